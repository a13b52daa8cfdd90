"""The ``list`` command: the names a script needs for the headless exports, one a line.

    facilitator-app --db PATH list groups                        group names, by name
    facilitator-app --db PATH list sessions --group NAME         date<TAB>status, by date
    facilitator-app --db PATH list members [--group NAME] [--all]
                                                                 preferred<TAB>full name, by name

Output is UTF-8 whatever the console's code page, one entry a line; a name holding a tab or a
line break has it printed as a space, so the columns hold. Deleted rows are never listed. An
empty list prints nothing (and says so on stderr), with exit status 0; an unknown group is one
line on stderr and exit status 1. Listing only reads, so a read-only store works too.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from facilitator_app.cli_export import ServicesFactory
from facilitator_app.errors import AppError

# Tabs and line breaks (every kind Python's splitlines() knows) would break the columns.
_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def add_list_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``list`` and its three lists to the main parser's subcommands."""
    lists = subparsers.add_parser("list", help="names of groups, sessions or members, one a line (for scripts)",
                                  description="Names for scripts, one a line, in UTF-8. Deleted entries are "
                                              "never listed.")
    kinds = lists.add_subparsers(dest="list_kind", metavar="WHAT", required=True)
    kinds.add_parser("groups", help="every group's name, sorted by name",
                     description="Every group's name, one a line, sorted by name.")
    sessions = kinds.add_parser(
        "sessions", help="a group's sessions: date (YYYY-MM-DD), a tab, status; sorted by date",
        description="A group's sessions, one a line: the date (YYYY-MM-DD, as export --session takes it), a tab, "
                    "and the status (planned, held, cancelled or did not meet), sorted by date.")
    sessions.add_argument("--group", required=True, metavar="NAME")
    members = kinds.add_parser(
        "members", help="current members: preferred name, a tab, full name; sorted by name",
        description="Members, one a line: the preferred name, a tab, and the full name (empty when not "
                    "given), sorted by preferred name. Current members only: those in a group they have not "
                    "left (or are joining later), and members never put in a group. --all adds former members "
                    "(every group left, or deleted) and a third column, 'current' or 'former'.")
    members.add_argument("--group", metavar="NAME", help="only this group's members (current or former in it)")
    members.add_argument("--all", action="store_true",
                         help="former members too, with a third column: current or former")
    return lists


def run_list(args: argparse.Namespace, services_factory: ServicesFactory, out: TextIO | None = None) -> int:
    """Print one list. 0 on success (an empty list too); 1 with a one-line reason on stderr."""
    try:
        with services_factory() as services:
            lines, empty = _lines(args, services)
    except AppError as exc:
        print(f"facilitator-app: {exc.message}", file=sys.stderr)
        return 1
    if not lines:
        print(f"facilitator-app: {empty}", file=sys.stderr)
        return 0
    try:
        write_utf8(lines, out or sys.stdout)
    except BrokenPipeError:
        # The reader stopped early (`| head -1`): that is its choice, not a failure. Point stdout at
        # nothing so Python's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _lines(args: argparse.Namespace, services: Any) -> tuple[list[str], str]:
    """The lines to print, and the sentence that stands in for an empty list."""
    if args.list_kind == "groups":
        return [_cell(g.name) for g in services.groups.list_groups()], "There are no groups in this store yet."
    group = services.groups.find_group(args.group) if args.group else None
    if args.list_kind == "sessions":
        assert group is not None   # --group is required by the parser
        meetings = services.meetings.list_meetings(group.id)
        return [f"{m.date.isoformat()}\t{m.status.label.lower()}" for m in meetings], \
            f"{group.name} has no sessions yet."
    listed = services.members.names(group.id if group else None, include_former=args.all)
    lines = [f"{_cell(m.preferred_name)}\t{_cell(m.full_name)}" + (
        f"\t{'current' if m.current else 'former'}" if args.all else "") for m in listed]
    where = f" in {group.name}" if group else " in this store"
    return lines, f"There are no {'' if args.all else 'current '}members{where}."


def _cell(text: str) -> str:
    return _BREAKS.sub(" ", text)


def write_utf8(lines: Iterable[str], out: TextIO) -> None:
    """Write ``lines`` as UTF-8 with "\\n" endings, even where the console's encoding could not
    hold the names (a Windows code page, a C locale): scripts read the bytes, not the console."""
    data = "".join(f"{line}\n" for line in lines)
    buffer = getattr(out, "buffer", None)
    if buffer is None:   # a stream without bytes underneath (an io.StringIO): text is all it takes
        out.write(data)
        return
    out.flush()
    buffer.write(data.encode("utf-8"))
    buffer.flush()
