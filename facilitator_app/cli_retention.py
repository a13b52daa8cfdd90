"""Retention and erasure from the command line.

    facilitator-app --db PATH db retention                    the periods, and what is due (counts only)
    facilitator-app --db PATH db retention --names            ... with the names of the members due
    facilitator-app --db PATH db retention --apply [--yes]    erase what is due, after a backup
    facilitator-app --db PATH db retention set [--checkins-years N|off] [--notes-years N|off]
                                               [--erase-unseen-years N|off]
    facilitator-app --db PATH db erase-member ID|NAME [--yes] erase one member (GDPR Art. 17)

Erasing asks "y/N" first unless --yes is given (for scripts); without a "y" nothing changes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator_app.errors import StoreReadOnlyError

Confirm = Callable[[str], bool]

# Said after erasing on a server store, where no backup file is made (the administrator's backups are the server's).
SERVER_BACKUPS_HOLD = ("No backup was made here: a server store is backed up by its administrator, and the server's "
                       "own backups hold what was erased until they expire.")


def add_retention_parser(db_commands: Any) -> None:
    """Add ``retention`` and ``erase-member`` to the ``db`` command's subcommands."""
    retention = db_commands.add_parser(
        "retention", help="how long check-ins and notes are kept; list or erase what is due",
        description="The organisation's retention periods, kept in the store. Each is off (nothing removed) "
                    "until set. With no option, lists the periods and what is due today, as counts.")
    retention.add_argument("--names", action="store_true", help="also list the names of the members due")
    retention.add_argument("--apply", action="store_true",
                           help="erase what is due (asks first; a backup is made before anything changes)")
    retention.add_argument("--yes", action="store_true", help="with --apply: do not ask (for scripts)")
    commands = retention.add_subparsers(dest="retention_command", metavar="ACTION")
    change = commands.add_parser("set", help="set the periods (in whole years, or 'off')",
                                 description="Set the retention periods. A period not given stays as it is.")
    for flag, what in (("--checkins-years", "how long check-ins are kept"),
                       ("--notes-years", "how long session notes are kept"),
                       ("--erase-unseen-years", "erase members not seen at a session for this long")):
        change.add_argument(flag, type=_years, metavar="N|off", help=what)

    erase = db_commands.add_parser(
        "erase-member", help="erase a member's details, check-ins and mentions (GDPR Art. 17)",
        description="Removes the member's details, check-ins, attendance and memberships, and replaces their "
                    "name with [erased] in the notes, topics, comments and words of their groups. Each session "
                    "they attended keeps its headcount (they count as an anonymous visitor). A backup is made "
                    "first.")
    erase.add_argument("member", metavar="ID|NAME", help="the member's id, or their preferred or full name")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation (for scripts)")


def _years(text: str) -> int:
    """Months for N years; 0 for 'off'."""
    if text.strip().lower() == "off":
        return 0
    try:
        years = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of years or 'off'") from None
    if not 1 <= years <= 100:
        raise argparse.ArgumentTypeError("give between 1 and 100 years, or 'off'")
    return years * 12


def ask(question: str) -> bool:
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def run_retention(args: argparse.Namespace, store_path: Path | str, backups_dir: Path, confirm: Confirm = ask) -> int:
    from facilitator_app.services.retention import RetentionPolicy, RetentionService

    with _open(store_path, backups_dir, write=bool(args.apply or args.retention_command)) as store:
        service = RetentionService(store, backups_dir)
        if args.retention_command == "set":
            old = service.policy()
            new = RetentionPolicy(*(old_value if given is None else (given or None) for old_value, given in (
                (old.checkins_months, args.checkins_years), (old.notes_months, args.notes_years),
                (old.erase_unseen_months, args.erase_unseen_years))))
            service.set_policy(new)
            _say("Retention set.")
            for line in new.describe():
                _say(f"  {line}")
            return 0
        due = service.due()
        for line in due.policy.describe():
            _say(line)
        if due.policy.is_off:
            _say("Retention is off: nothing is ever removed. Set it with 'db retention set'.")
            return 0
        _say(f"Due today ({due.today.isoformat()}):")
        _say(_due_lines(due))
        if args.names and due.members:
            for person in sorted(service.names(due.members), key=lambda c: c.preferred_name.casefold()):
                full = f" ({person.full_name})" if person.full_name else ""
                _say(f"    {person.preferred_name}{full}  {person.id}")
        if not args.apply:
            if not due.nothing:
                _say("Nothing was changed. Add --apply to erase this (a backup is made first).")
            return 0
        if due.nothing:
            _say("Nothing is due; nothing was changed.")
            return 0
        if not args.yes and not confirm("Erase all of this now? It cannot be undone (except from a backup)."):
            _say("Nothing was changed.")
            return 0
        result = service.apply(due.today)
    _say(f"Erased {result.checkins:,} check-ins, {result.notes:,} session notes and {result.members:,} members.")
    if result.backup is not None:
        _say(f"A backup was made first: {result.backup}")
    elif isinstance(store_path, str):
        _say(SERVER_BACKUPS_HOLD)
    return 0


def _say(line: str) -> None:
    """Names may be in any script: UTF-8 whatever the console's encoding (as ``list`` does)."""
    from facilitator_app.cli_list import write_utf8

    write_utf8([line], sys.stdout)


def _due_lines(due: Any) -> str:
    lines = []
    if "checkins" in due.cutoffs:
        lines.append(f"  {due.checkins:,} check-ins from sessions before {due.cutoffs['checkins'].isoformat()}")
    if "notes" in due.cutoffs:
        lines.append(f"  {due.notes:,} session notes from sessions before {due.cutoffs['notes'].isoformat()}")
    if "erase_unseen" in due.cutoffs:
        lines.append(f"  {len(due.members):,} members not seen since before "
                     f"{due.cutoffs['erase_unseen'].isoformat()}")
    return "\n".join(lines)


def run_erase_member(args: argparse.Namespace, store_path: Path | str, backups_dir: Path,
                     confirm: Confirm = ask) -> int:
    from facilitator_app.services.changes import ChangeFeed
    from facilitator_app.services.erasure import ErasureService

    with _open(store_path, backups_dir, write=True) as store:
        service = ErasureService(store, ChangeFeed(), backups_dir)
        person = service.find(args.member)
        who = person.full_name or person.preferred_name
        if person.deleted:
            who = f"the deleted member {person.id}"
        if not args.yes and not confirm(f"Erase {who} for good: details, check-ins, attendance and mentions "
                                        "in notes? Counts stay."):
            _say("Nothing was changed.")
            return 0
        counts, backup = service.erase_member(person.id)
    _say(f"Erased the member: {counts.checkins:,} check-ins and {counts.attendance:,} attendance records removed "
          f"({counts.visitors:,} now counted as a visitor), {counts.mentions:,} mentions replaced with [erased].")
    if backup is not None:
        _say(f"A backup was made first: {backup} (it still holds the member until rotation removes it).")
    elif isinstance(store_path, str):
        _say(SERVER_BACKUPS_HOLD)
    return 0


def _open(store_path: Path | str, backups_dir: Path, *, write: bool) -> Any:
    """The store, checked; a laptop's file is locked against the window while it is written."""
    import contextlib

    from facilitator_app.storage.access import read_only_message
    from facilitator_app.storage.lock import acquire
    from facilitator_app.storage.store import open_store

    @contextlib.contextmanager
    def opened() -> Any:
        with contextlib.ExitStack() as stack:
            if write and isinstance(store_path, Path):   # a server store has no lock file
                stack.enter_context(acquire(store_path))
            store = stack.enter_context(open_store(store_path, create=False, backups_dir=backups_dir,
                                                   full_check=True))
            if write and store.read_only:
                raise StoreReadOnlyError(read_only_message(store.path))
            yield store

    return opened()
