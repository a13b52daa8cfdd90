"""The ``db audit`` commands: check the audit trail's hash chain, and list its events.

    facilitator-app --db PATH db audit verify            exit 0: "Audit trail intact: N events."
    facilitator-app --db PATH db audit show [--limit N]  the newest N events: number, time, action, counts

``verify`` exits 1 with one line naming the first broken or missing event (its number and time).
Neither prints personal data: events hold actions and counts only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from facilitator_app.cli_list import write_utf8

DEFAULT_LIMIT = 50


def add_audit_parser(db_commands: Any) -> argparse.ArgumentParser:
    """Add ``audit`` and its two actions to the ``db`` command's subcommands."""
    audit = db_commands.add_parser("audit", help="check the audit trail (a hash chain) or list its events",
                                   description="The audit trail records what was done and how much (never who "
                                               "or what was written). Each event holds the hash of the one "
                                               "before it, so a changed, removed or reordered event shows.")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    actions.add_parser("verify", help="check every event; non-zero exit naming the first broken or missing one")
    show = actions.add_parser("show", help="list the newest events: number, time (UTC), action and counts")
    show.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT, metavar="N",
                      help=f"how many of the newest events to list (default: {DEFAULT_LIMIT})")
    return audit


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("give 1 or more")
    return value


def run_audit(args: argparse.Namespace, store_path: Path | str, backups_dir: Path, out: TextIO | None = None) -> int:
    from facilitator_app.domain.audit_chain import format_time
    from facilitator_app.services.audit import AuditService
    from facilitator_app.storage.store import open_store

    out = out or sys.stdout
    with open_store(store_path, create=False, backups_dir=backups_dir) as store:
        service = AuditService(store)
        if args.audit_command == "verify":
            check = service.verify()
            if not check.intact:
                print(f"facilitator-app: {check.message()}", file=sys.stderr)
                return 1
            write_utf8([check.message()], out)
            return 0
        entries = service.entries(args.limit)
    if not entries:
        write_utf8(["The audit trail is empty."], out)
        return 0
    lines = [f"{e.sequence:>6}  {format_time(e.occurred_at)}  {e.action}"
             + ("  " + ", ".join(f"{k}={v}" for k, v in sorted(e.counts.items())) if e.counts else "")
             for e in entries]
    write_utf8(lines, out)
    return 0
