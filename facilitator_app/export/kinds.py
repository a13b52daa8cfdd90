"""Every export kind in one place: one Qt-free descriptor per document and the registry ``KINDS``.

The CLI (``cli_export``), the export dialog, the window's Export…/Print… actions and the privacy
defaults all read this list. Adding a kind means: its exporter module, one entry in ``KINDS``, its tests.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from facilitator_app.export.privacy import NameLevel

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
        return _BY_KIND[self]

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

    @property
    def menu(self) -> str:
        """Which menu holds its actions (and what must be selected): "session", "group" or "member"."""
        return "session" if self.scope == "handouts" else self.scope

    @property
    def cli_name(self) -> str:
        return self.kind.value

    @property
    def file_stem(self) -> str:
        return self.kind.value

    def exporter(self) -> Callable[..., Any]:
        return getattr(importlib.import_module(self.module), self.function)


# The CSV tables and their default levels: initials for attendance and check-ins, first names for the roster.
CSV_TABLES: tuple[tuple[str, str, NameLevel], ...] = (
    ("attendance", "Attendance", NameLevel.INITIALS),
    ("members", "Members", NameLevel.FIRST),
    ("checkins", "Check-ins", NameLevel.INITIALS),
)

_PACKAGE = "facilitator_app.export"

KINDS: tuple[KindSpec, ...] = (
    KindSpec(ExportKind.SESSION_SUMMARY, "Session summary", "session summary", f"{_PACKAGE}.session_summary",
             "export_session_summary", "session", NameLevel.INITIALS, ALL_LEVELS,
             "what happened at one session", cli_names_option=True,
             export_action=ActionText("&Export session summary…", "exportSessionSummaryAction",
                                      "Save a PDF summary of this session: attendance, check-in round, handouts "
                                      "(initials by default)"),
             print_action=ActionText("P&rint session summary…", "printAction",
                                     "Print this session's summary through the system print dialog (Ctrl+P)",
                                     standard_key="Print")),
    KindSpec(ExportKind.SIGN_IN_SHEET, "Sign-in sheet", "sign-in sheet", f"{_PACKAGE}.sign_in_sheet",
             "export_sign_in_sheet", "group", NameLevel.FIRST, ALL_LEVELS, "a sheet to tick or sign at the door",
             export_action=ActionText("Sign-&in sheet…", "exportSignInSheetAction",
                                      "Save a sign-in sheet for the door: first names, the next sessions as columns, "
                                      "blank rows for walk-ins"),
             print_action=ActionText("Print si&gn-in sheet…", "printSignInSheetAction",
                                     "Print a sign-in sheet for the door through the system print dialog")),
    KindSpec(ExportKind.GROUP_REPORT, "Group report", "group report", f"{_PACKAGE}.group_report",
             "export_group_report", "group", NameLevel.NONE, ALL_LEVELS,
             "sessions and attendance over a period, for coordinators and funders", cli_names_option=True,
             export_action=ActionText("Group &report…", "exportGroupReportAction",
                                      "Save a report for coordinators and funders over a date range "
                                      "(headcounts only by default)")),
    KindSpec(ExportKind.MEMBER_RECORD, "Member's record", "member's own record", f"{_PACKAGE}.member_record",
             "export_member_record", "member", NameLevel.FULL, (NameLevel.FULL,),
             "everything stored about one member, for their own request",
             fixed_level_note="Full details: this is the member's own record, made at their request. "
                              "Give it only to them.",
             export_action=ActionText("Member's own rec&ord…", "exportMemberRecordAction",
                                      "Everything kept about the selected member, as a PDF for them "
                                      "(at their request)")),
    KindSpec(ExportKind.HANDOUT_PACK, "Handout pack", "handout pack", f"{_PACKAGE}.handout_pack",
             "export_handout_pack", "handouts", NameLevel.NONE, (NameLevel.NONE,),
             "cover, contents, group agreement, handouts and support contacts",
             fixed_level_note="No names: the pack holds the group's agreement, the handouts and support contacts.",
             export_action=ActionText("Handout p&ack…", "exportHandoutPackAction",
                                      "One PDF to print and hand out: a cover, the group agreement, the handouts "
                                      "given at this session and support contacts")),
    KindSpec(ExportKind.CSV, "Spreadsheet", "spreadsheet", f"{_PACKAGE}.csv_export", "export_csv", "group",
             NameLevel.INITIALS, ALL_LEVELS, "attendance, members or check-ins of a group as a CSV file",
             extension="csv",
             export_action=ActionText("Spreadsheet (&CSV)…", "exportCsvAction",
                                      "Save the group's attendance, members or check-ins as a spreadsheet file")),
)

_BY_KIND = {spec.kind: spec for spec in KINDS}

# The privacy defaults by key: each PDF kind's value, and "<table>-csv" for each CSV table.
DEFAULT_LEVELS: dict[str, NameLevel] = {
    **{spec.kind.value: spec.default_level for spec in KINDS if spec.kind is not ExportKind.CSV},
    **{f"{table}-csv": level for table, _label, level in CSV_TABLES},
}


def default_level(kind: ExportKind, csv_kind: str = "attendance") -> NameLevel:
    """The suggested privacy level of a document (a CSV file's depends on its table)."""
    key = f"{csv_kind}-csv" if kind is ExportKind.CSV else ExportKind(kind).value
    return DEFAULT_LEVELS[key]


def exporter(kind: ExportKind) -> Callable[..., Any]:
    """The ``export_x(services, options, target, progress, should_cancel)`` function for ``kind``."""
    return ExportKind(kind).spec.exporter()


@dataclass(frozen=True)
class ExportRequest:
    """What the export dialog collected: the document, its options, where to save it (None when
    printing) and whether to open it afterwards."""

    kind: ExportKind
    options: Any
    target: Path | None = None
    open_after: bool = False
