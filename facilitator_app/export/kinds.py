"""Every export kind in one place: one Qt-free descriptor per document and the registry ``KINDS``.

The CLI (``cli_export``), the export dialog, the window's Export…/Print… actions and the privacy
defaults all read this list; this is the only module that names the kinds. Adding a kind means: its
exporter module (with ``export_x``, ``export_from_cli`` and ``options_from_dialog``), one entry in
``KINDS`` (its command-line arguments, the dialog's field set, its texts), its tests.

Each default privacy level is the least identifying one that still serves the document:

- session summary: initials, a record the facilitators keep and pass on to each other;
- group report: headcounts only, for coordinators and funders;
- member record: full names, because it is the member's own record, made at their request;
- sign-in sheet: first (preferred) names, because people find and sign their own row at the
  door. Initials would leave two "J.M."s guessing, and a full name would be read by everyone
  walking past the table; the preferred name is how people already know each other in the room;
- CSV files: initials for attendance and check-ins (like a session summary), first names for
  the member list (a roster for the facilitator).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from facilitator_app.export.cli_support import CliArgument, arg, contact, count, day, document_arguments, session
from facilitator_app.export.privacy import NameLevel
from facilitator_app.export.wording import QT_TRANSLATE_NOOP

ALL_LEVELS = tuple(NameLevel)


class ExportKind(StrEnum):
    """The documents the app exports; the values are the CLI names and the file names' stems."""

    SESSION_SUMMARY = "session-summary"
    SIGN_IN_SHEET = "sign-in-sheet"
    GROUP_REPORT = "group-report"
    MEMBER_RECORD = "member-record"
    HANDOUT_PACK = "handout-pack"
    CSV = "csv"

    @property
    def spec(self) -> KindSpec:
        return spec_for(self)

    @property
    def label(self) -> str:
        """'Session summary': the document's name in titles and status messages."""
        return self.spec.label

    @property
    def is_pdf(self) -> bool:
        return self.spec.extension == "pdf"


@dataclass(frozen=True)
class ActionText:
    """A window action's text, object name (a contract: tests and accessibility find it by it) and tip."""

    text: str
    object_name: str
    tip: str
    standard_key: str = ""   # a QKeySequence.StandardKey name, e.g. "Print"


@dataclass(frozen=True)
class KindSpec:
    """One export kind: its texts, exporter, privacy levels, scope and CLI name."""

    kind: ExportKind
    label: str                      # "Session summary"
    document_name: str              # "session summary", inside sentences
    module: str                     # the exporter's module, imported on first use (reportlab is slow to import)
    function: str                   # its ``export_x(services, options, target, progress, should_cancel)``
    scope: str                      # "session", "group", "member" or "handouts"
    default_level: NameLevel        # the least identifying level that serves the document
    levels: tuple[NameLevel, ...]   # the levels a person may choose (one: no choice)
    cli_help: str
    cli_names_option: bool = False  # whether the CLI offers --names for it
    fixed_level_note: str = ""      # what the dialog says when there is no choice
    extension: str = "pdf"
    export_action: ActionText | None = None   # the window's Export… action
    print_action: ActionText | None = None    # and its Print… action, when it has one
    cli_arguments: tuple[CliArgument, ...] = ()   # its command's arguments, in --help order
    cli_description: bool = True    # whether its command's --help repeats cli_help as a description
    dialog_fields: str = ""         # the export dialog's extra fields (a key of ui/dialogs/export_fields.FIELD_SETS)
    about: str = ""                 # the dialog's first line; {group}, {group_comma}, {meeting_date}, {member}
    variants: tuple[tuple[str, str, NameLevel], ...] = ()   # (value, label, default level): e.g. CSV tables

    @property
    def menu(self) -> str:
        """Which menu holds its actions (and what must be selected): "session", "group" or "member"."""
        return "session" if self.scope == "handouts" else self.scope

    def exporter(self) -> Callable[..., Any]:
        return self._hook(self.function)

    def cli_runner(self) -> Callable[..., str]:
        """Its module's ``export_from_cli(args, services, organisation) -> message``."""
        return self._hook("export_from_cli")

    def dialog_options(self) -> Callable[..., Any]:
        """Its module's ``options_from_dialog(subject, level, organisation, choices) -> options``."""
        return self._hook("options_from_dialog")

    def preview(self) -> Callable[..., Any] | None:
        """Its module's ``passages(services, options) -> list[Passage]``: the free text that will leave,
        with the names it replaced marked (the export dialog's preview); None for a kind without one."""
        found: Callable[..., Any] | None = getattr(importlib.import_module(self.module), "passages", None)
        return found

    def _hook(self, name: str) -> Callable[..., Any]:
        return getattr(importlib.import_module(self.module), name)

    @property
    def cli_name(self) -> str:
        return self.kind.value

    @property
    def file_stem(self) -> str:
        return self.kind.value


# The CSV tables and their default levels: initials for attendance and check-ins, first names for the roster.
CSV_TABLES: tuple[tuple[str, str, NameLevel], ...] = (
    ("attendance", QT_TRANSLATE_NOOP("ExportKinds", "Attendance"), NameLevel.INITIALS),
    ("members", QT_TRANSLATE_NOOP("ExportKinds", "Members"), NameLevel.FIRST),
    ("checkins", QT_TRANSLATE_NOOP("ExportKinds", "Check-ins"), NameLevel.INITIALS),
)

_PACKAGE = "facilitator_app.export"
_GROUP = arg("--group", required=True, metavar="NAME")

KINDS: tuple[KindSpec, ...] = (
    KindSpec(ExportKind.SESSION_SUMMARY, QT_TRANSLATE_NOOP("ExportKinds", "Session summary"),
             QT_TRANSLATE_NOOP("ExportKinds", "session summary"), f"{_PACKAGE}.session_summary",
             "export_session_summary", "session", NameLevel.INITIALS, ALL_LEVELS,
             "what happened at one session", cli_names_option=True,
             cli_arguments=(*document_arguments(NameLevel.INITIALS.value), _GROUP,
                            arg("--session", required=True, type=session, metavar="DATE|latest",
                                help="the session's date (YYYY-MM-DD), or 'latest' for the latest held"),
                            arg("--notes", "--include-notes", action="store_true",
                                help="include the session note's sections"),
                            arg("--include-words", action="store_true",
                                help="at --names none, include the words shared in the check-in round "
                                     "(left out by default)")),
             dialog_fields="notes", about=QT_TRANSLATE_NOOP("ExportKinds", "{group_comma}session of {meeting_date}."),
             export_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "&Export session summary…"),
                                      "exportSessionSummaryAction",
                                      QT_TRANSLATE_NOOP(
                                          "ExportKinds", "Save a PDF summary of this session: attendance, check-in "
                                                         "round, handouts (initials by default)")),
             print_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "P&rint session summary…"), "printAction",
                                     QT_TRANSLATE_NOOP(
                                         "ExportKinds", "Print this session's summary through the system print "
                                                        "dialog (Ctrl+P)"),
                                     standard_key="Print")),
    KindSpec(ExportKind.SIGN_IN_SHEET, QT_TRANSLATE_NOOP("ExportKinds", "Sign-in sheet"),
             QT_TRANSLATE_NOOP("ExportKinds", "sign-in sheet"), f"{_PACKAGE}.sign_in_sheet",
             "export_sign_in_sheet", "group", NameLevel.FIRST, ALL_LEVELS, "a sheet to tick or sign at the door",
             cli_arguments=(*document_arguments(None), _GROUP,
                            arg("--sessions", type=count(1, 8), default=1, metavar="N",
                                help="how many upcoming sessions, as columns (1 to 8; default 1)"),
                            arg("--walk-ins", type=count(0, 40), default=6, metavar="N",
                                help="blank rows for walk-ins (default 6)"),
                            arg("--landscape", action="store_true", help="landscape pages (room for more sessions)")),
             dialog_fields="sign-in",
             about=QT_TRANSLATE_NOOP(
                       "ExportKinds", "{group}: a sheet to tick or sign at the door, with the next sessions as "
                                      "columns."),
             export_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "Sign-&in sheet…"), "exportSignInSheetAction",
                                      QT_TRANSLATE_NOOP(
                                          "ExportKinds", "Save a sign-in sheet for the door: first names, the next "
                                                         "sessions as columns, blank rows for walk-ins")),
             print_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "Print si&gn-in sheet…"),
                                     "printSignInSheetAction",
                                     QT_TRANSLATE_NOOP(
                                         "ExportKinds", "Print a sign-in sheet for the door through the system print "
                                                        "dialog"))),
    KindSpec(ExportKind.GROUP_REPORT, QT_TRANSLATE_NOOP("ExportKinds", "Group report"),
             QT_TRANSLATE_NOOP("ExportKinds", "group report"), f"{_PACKAGE}.group_report",
             "export_group_report", "group", NameLevel.NONE, ALL_LEVELS,
             "sessions and attendance over a period, for coordinators and funders", cli_names_option=True,
             cli_arguments=(*document_arguments(NameLevel.NONE.value), _GROUP,
                            arg("--from", dest="start", required=True, type=day, metavar="DATE"),
                            arg("--to", dest="end", required=True, type=day, metavar="DATE")),
             dialog_fields="period",
             about=QT_TRANSLATE_NOOP(
                       "ExportKinds", "{group}: sessions, attendance and check-ins over a period, for coordinators "
                                      "and funders."),
             export_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "Group &report…"), "exportGroupReportAction",
                                      QT_TRANSLATE_NOOP(
                                          "ExportKinds", "Save a report for coordinators and funders over a date "
                                                         "range (headcounts only by default)"))),
    KindSpec(ExportKind.MEMBER_RECORD, QT_TRANSLATE_NOOP("ExportKinds", "Member's record"),
             QT_TRANSLATE_NOOP("ExportKinds", "member's own record"), f"{_PACKAGE}.member_record",
             "export_member_record", "member", NameLevel.FULL, (NameLevel.FULL,),
             "everything stored about one member, for their own request",
             cli_arguments=(*document_arguments(None),
                            arg("--member", required=True, metavar="NAME",
                                help="the member's preferred or full name"),
                            arg("--group", metavar="NAME", help="only members of this group (when names are shared)"),
                            arg("--joined", type=day, metavar="DATE", help="only members who joined on this date")),
             about=QT_TRANSLATE_NOOP(
                       "ExportKinds", "Everything kept about {member}: details, consent, groups, attendance and "
                                      "check-ins. For them to keep, at their request."),
             fixed_level_note=QT_TRANSLATE_NOOP(
                                  "ExportKinds", "Full details: this is the member's own record, made at their "
                                                 "request. Give it only to them."),
             export_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "Member's own rec&ord…"),
                                      "exportMemberRecordAction",
                                      QT_TRANSLATE_NOOP(
                                          "ExportKinds", "Everything kept about the selected member, as a PDF for "
                                                         "them (at their request)"))),
    KindSpec(ExportKind.HANDOUT_PACK, QT_TRANSLATE_NOOP("ExportKinds", "Handout pack"),
             QT_TRANSLATE_NOOP("ExportKinds", "handout pack"), f"{_PACKAGE}.handout_pack",
             "export_handout_pack", "handouts", NameLevel.NONE, (NameLevel.NONE,),
             "cover, contents, group agreement, handouts and support contacts",
             cli_arguments=(*document_arguments(None), _GROUP,
                            arg("--session", required=True, type=session, metavar="DATE|latest"),
                            arg("--handouts", nargs="+", metavar="TITLE",
                                help="handouts by title, in order (default: those given at the session)"),
                            arg("--contact", action="append", type=contact, default=[], metavar="LABEL=VALUE",
                                help="a line of the support contacts page (repeat for more; blank lines when none)")),
             dialog_fields="handouts", about=QT_TRANSLATE_NOOP(
                                                 "ExportKinds", "{group_comma}session of {meeting_date}."),
             fixed_level_note=QT_TRANSLATE_NOOP(
                                  "ExportKinds", "No names: the pack holds the group's agreement, the handouts and "
                                                 "support contacts."),
             export_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "Handout p&ack…"), "exportHandoutPackAction",
                                      QT_TRANSLATE_NOOP(
                                          "ExportKinds", "One PDF to print and hand out: a cover, the group "
                                                         "agreement, the handouts given at this session and support "
                                                         "contacts"))),
    KindSpec(ExportKind.CSV, QT_TRANSLATE_NOOP("ExportKinds", "Spreadsheet"),
             QT_TRANSLATE_NOOP("ExportKinds", "spreadsheet"), f"{_PACKAGE}.csv_export", "export_csv", "group",
             NameLevel.INITIALS, ALL_LEVELS, "attendance, members or check-ins of a group as a CSV file",
             extension="csv", variants=CSV_TABLES, cli_description=False,
             cli_arguments=(arg("table", choices=tuple(table for table, _label, _level in CSV_TABLES)), _GROUP,
                            arg("--names", choices=("full", "first", "initials", "none"), default=None,
                                help="how members are named (default: initials; first names for members)"),
                            arg("-o", "--output", required=True, metavar="FILE")),
             dialog_fields="table", about=QT_TRANSLATE_NOOP(
                                              "ExportKinds", "{group}: a table to open in a spreadsheet program."),
             export_action=ActionText(QT_TRANSLATE_NOOP("ExportKinds", "Spreadsheet (&CSV)…"), "exportCsvAction",
                                      QT_TRANSLATE_NOOP(
                                          "ExportKinds", "Save the group's attendance, members or check-ins as a "
                                                         "spreadsheet file"))),
)


def spec_for(kind: str) -> KindSpec:
    """The registered descriptor of ``kind`` (an ExportKind or its CLI name)."""
    for spec in KINDS:
        if spec.kind == kind:
            return spec
    raise KeyError(f"no export kind called {kind!r}")


def _default_levels() -> dict[str, NameLevel]:
    levels: dict[str, NameLevel] = {}
    for spec in KINDS:
        if spec.variants:
            levels.update({f"{value}-{spec.cli_name}": level for value, _label, level in spec.variants})
        else:
            levels[spec.cli_name] = spec.default_level
    return levels


# The privacy defaults by key: each kind's CLI name, and "<variant>-<name>" for a kind with variants (CSV tables).
DEFAULT_LEVELS: dict[str, NameLevel] = _default_levels()


def default_level(kind: str, variant: str = "") -> NameLevel:
    """The suggested privacy level of a document (a CSV file's depends on its table: its first by default)."""
    spec = spec_for(kind)
    if not spec.variants:
        return spec.default_level
    chosen = variant or spec.variants[0][0]
    return next(level for value, _label, level in spec.variants if value == chosen)


def exporter(kind: ExportKind) -> Callable[..., Any]:
    """The ``export_x(services, options, target, progress, should_cancel)`` function for ``kind``."""
    return spec_for(kind).exporter()


@dataclass(frozen=True)
class ExportSubject:
    """What an export from the window is about: the selected group, session and member (records, or None)."""

    group: Any = None
    meeting: Any = None
    member: Any = None


@dataclass(frozen=True)
class ExportRequest:
    """What the export dialog collected: the document, its options, where to save it (None when
    printing) and whether to open it afterwards."""

    kind: ExportKind
    options: Any
    target: Path | None = None
    open_after: bool = False
