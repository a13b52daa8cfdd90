"""The ``export`` command: PDFs and CSV files without opening the window.

    facilitator-app --db PATH export session-summary --group NAME --session DATE|latest
                                     [--names full|first|initials|none] [--notes] -o FILE.pdf
    facilitator-app --db PATH export sign-in-sheet --group NAME [--sessions N] [--walk-ins N]
                                     [--landscape] -o FILE.pdf
    facilitator-app --db PATH export group-report --group NAME --from DATE --to DATE
                                     [--names full|first|initials|none] -o FILE.pdf
    facilitator-app --db PATH export member-record --member NAME [--group NAME] [--joined DATE] -o FILE.pdf
    facilitator-app --db PATH export handout-pack --group NAME --session DATE|latest
                                     [--handouts TITLE ...] [--contact "LABEL=VALUE" ...] -o FILE.pdf
    facilitator-app --db PATH export csv attendance|members|checkins --group NAME
                                     [--names full|first|initials|none] -o FILE.csv

Every document also takes ``--organisation NAME`` (printed at the top of each page).
``-o`` may name an existing folder: the file then gets its default name, which never holds a
member's name. Exit status 0 on success; 1 with a one-line reason when the export could not be
made (nothing is left behind); 2 for a mistake in the command itself.

Importing this module is cheap: reportlab and pypdf load only when an export runs.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any

from facilitator_app.errors import AppError, ExportError, NotFoundError

log = logging.getLogger(__name__)

LEVELS = ("full", "first", "initials", "none")
LATEST = "latest"

ServicesFactory = Callable[[], AbstractContextManager[Any]]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: use YYYY-MM-DD, for example 2026-03-03") from None


def _session(text: str) -> date | str:
    return LATEST if text.strip().lower() == LATEST else _day(text)


def _count(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"choose a number from {low} to {high}")
        return value
    return parse


def _contact(text: str) -> tuple[str, str]:
    label, sep, value = text.partition("=")
    if not sep or not label.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not LABEL=VALUE, for example \"Crisis line=0800 000 000\"")
    return label.strip(), value.strip()


def add_export_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``export`` and its documents to the main parser's subcommands."""
    from facilitator_app.export.kinds import CSV_TABLES, KINDS, ExportKind

    names = ", ".join(spec.document_name.replace("member's own", "member") for spec in KINDS[:-1])
    export = subparsers.add_parser("export", help=f"write a PDF or CSV file ({names}, csv)")
    kinds = export.add_subparsers(dest="export_kind", metavar="DOCUMENT", required=True)

    def document(kind: ExportKind) -> argparse.ArgumentParser:
        spec = kind.spec
        parser = kinds.add_parser(spec.cli_name, help=spec.cli_help, description=spec.cli_help)
        default_names = spec.default_level.value if spec.cli_names_option else None
        parser.add_argument("-o", "--output", required=True, metavar="FILE",
                            help="the file to write (or an existing folder: the default file name is used)")
        parser.add_argument("--organisation", metavar="NAME", default=None,
                            help="the organisation's name at the top of each page (default: Peer support group)")
        if default_names is not None:
            parser.add_argument("--names", choices=LEVELS, default=default_names,
                                help=f"how members are named (default: {default_names})")
        return parser

    summary = document(ExportKind.SESSION_SUMMARY)
    summary.add_argument("--group", required=True, metavar="NAME")
    summary.add_argument("--session", required=True, type=_session, metavar="DATE|latest",
                         help="the session's date (YYYY-MM-DD), or 'latest' for the latest held")
    summary.add_argument("--notes", action="store_true", help="include the session note's sections")

    sheet = document(ExportKind.SIGN_IN_SHEET)
    sheet.add_argument("--group", required=True, metavar="NAME")
    sheet.add_argument("--sessions", type=_count(1, 8), default=1, metavar="N",
                       help="how many upcoming sessions, as columns (1 to 8; default 1)")
    sheet.add_argument("--walk-ins", type=_count(0, 40), default=6, metavar="N",
                       help="blank rows for walk-ins (default 6)")
    sheet.add_argument("--landscape", action="store_true", help="landscape pages (room for more sessions)")

    report = document(ExportKind.GROUP_REPORT)
    report.add_argument("--group", required=True, metavar="NAME")
    report.add_argument("--from", dest="start", required=True, type=_day, metavar="DATE")
    report.add_argument("--to", dest="end", required=True, type=_day, metavar="DATE")

    record = document(ExportKind.MEMBER_RECORD)
    record.add_argument("--member", required=True, metavar="NAME", help="the member's preferred or full name")
    record.add_argument("--group", metavar="NAME", help="only members of this group (when names are shared)")
    record.add_argument("--joined", type=_day, metavar="DATE", help="only members who joined on this date")

    pack = document(ExportKind.HANDOUT_PACK)
    pack.add_argument("--group", required=True, metavar="NAME")
    pack.add_argument("--session", required=True, type=_session, metavar="DATE|latest")
    pack.add_argument("--handouts", nargs="+", metavar="TITLE",
                      help="handouts by title, in order (default: those given at the session)")
    pack.add_argument("--contact", action="append", type=_contact, default=[], metavar="LABEL=VALUE",
                      help="a line of the support contacts page (repeat for more; blank lines when none)")

    table = kinds.add_parser(ExportKind.CSV.spec.cli_name, help=ExportKind.CSV.spec.cli_help)
    table.add_argument("table", choices=tuple(table for table, _label, _level in CSV_TABLES))
    table.add_argument("--group", required=True, metavar="NAME")
    table.add_argument("--names", choices=LEVELS, default=None,
                       help="how members are named (default: initials; first names for members)")
    table.add_argument("-o", "--output", required=True, metavar="FILE")
    return export


@contextlib.contextmanager
def open_services(store_path: Path, backups_dir: Path | None = None) -> Iterator[Any]:
    """The services of an existing store, closed afterwards (the default factory for ``run_export``
    and ``run_list``). They only read, so a store that cannot be written is opened read-only."""
    from facilitator_app.services.container import build_services
    from facilitator_app.storage.store import open_store

    with open_store(Path(store_path), create=False, backups_dir=backups_dir) as store:
        yield build_services(store)


def run_export(args: argparse.Namespace, services_factory: ServicesFactory) -> int:
    """Run one export. 0 on success; 1 with a one-line reason on stderr when it could not be made."""
    try:
        with services_factory() as services:
            message = _run(args, services)
    except AppError as exc:
        log.warning("export %s failed: %s (%s)", args.export_kind, exc.message, exc.detail)
        print(f"facilitator-app: {exc.message}", file=sys.stderr)
        return 1
    print(message)
    return 0


def _run(args: argparse.Namespace, services: Any) -> str:
    from facilitator_app.export.document import Organisation
    from facilitator_app.export.privacy import default_file_name, parse_level

    organisation = Organisation(getattr(args, "organisation", None) or Organisation().name,
                                tuple(getattr(args, "contact", ()) or ()))
    kind = args.export_kind
    if kind == "member-record":
        return _member_record(args, services, organisation)
    group = services.groups.find_group(args.group)

    def target(day: date | None, until: date | None = None, name: str = kind, extension: str = "pdf") -> Path:
        chosen = Path(args.output).expanduser()
        return chosen / default_file_name(name, group, day, until=until, extension=extension) if chosen.is_dir() \
            else chosen

    if kind == "session-summary":
        from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary

        meeting = _meeting(services, group, args.session)
        result = export_session_summary(services, SessionSummaryOptions(
            meeting.id, names=parse_level(args.names), include_notes=args.notes, organisation=organisation),
            target(meeting.date))
        return f"Session summary written to {result.path} ({_pages(result.pages)})"
    if kind == "sign-in-sheet":
        from facilitator_app.export.sign_in_sheet import SignInSheetOptions, export_sign_in_sheet

        first = date.today()
        if Path(args.output).expanduser().is_dir():   # name the file after the first session on it
            from facilitator_app.services.reports import reports_for

            first = reports_for(services).sign_in_sheet(group.id, args.sessions).dates[0]
        result = export_sign_in_sheet(services, SignInSheetOptions(
            group.id, sessions=args.sessions, walk_ins=args.walk_ins, landscape=args.landscape,
            organisation=organisation), target(first))
        return f"Sign-in sheet written to {result.path} ({_pages(result.pages)})"
    if kind == "group-report":
        from facilitator_app.export.group_report import GroupReportOptions, export_group_report

        result = export_group_report(services, GroupReportOptions(
            group.id, args.start, args.end, names=parse_level(args.names), organisation=organisation),
            target(args.start, args.end))
        return f"Group report written to {result.path} ({_pages(result.pages)})"
    if kind == "handout-pack":
        from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack
        from facilitator_app.services.reports import reports_for

        meeting = _meeting(services, group, args.session)
        ids = tuple(reports_for(services).find_handouts(args.handouts)) if args.handouts else None
        result = export_handout_pack(services, HandoutPackOptions(meeting.id, ids, organisation=organisation),
                                     target(meeting.date))
        return f"Handout pack written to {result.path} ({_pages(result.pages)})"
    if kind == "csv":
        from facilitator_app.export.csv_export import CsvKind, CsvOptions, export_csv

        level = parse_level(args.names) if args.names else None
        result = export_csv(services, CsvOptions(CsvKind(args.table), group.id, level),
                            target(date.today(), name=f"{args.table}", extension="csv"))
        label = {"attendance": "Attendance", "members": "Members", "checkins": "Check-ins"}[args.table]
        return f"{label} CSV written to {result.path}"
    raise ExportError(f"There is no export called '{kind}'.")


def _pages(count: int) -> str:
    return f"{count} page{'s' if count != 1 else ''}"


def _meeting(services: Any, group: Any, when: date | str) -> Any:
    return services.meetings.find_meeting(group.id, None if when == LATEST else when)


def _member_record(args: argparse.Namespace, services: Any, organisation: Any) -> str:
    from facilitator_app.export.member_record import MemberRecordOptions, export_member_record
    from facilitator_app.export.privacy import default_file_name
    from facilitator_app.services.reports import reports_for

    candidates = reports_for(services).find_members(args.member, args.group, args.joined)
    if not candidates:
        where = f" in {args.group}" if args.group else ""
        when = f" who joined on {args.joined.isoformat()}" if args.joined else ""
        raise NotFoundError(f"There is no member called '{args.member}'{where}{when}. "
                            "Check the spelling of their preferred or full name.")
    if len(candidates) > 1:
        shown = 8   # a line, not a page: the rest are counted
        listed = "; ".join(f"{n}) {c.describe()}" for n, c in enumerate(candidates[:shown], start=1))
        if len(candidates) > shown:
            listed += f"; and {len(candidates) - shown} more"
        raise ExportError(f"{len(candidates)} members are called '{args.member}': {listed}. "
                          "Add --group NAME, and --joined DATE if needed, to choose one.")
    chosen = Path(args.output).expanduser()
    target = chosen / default_file_name("member-record", None, date.today()) if chosen.is_dir() else chosen
    result = export_member_record(services, MemberRecordOptions(candidates[0].member_id, organisation=organisation),
                                  target)
    return f"Member record written to {result.path} ({_pages(result.pages)})"
