"""The status-bar sentences about an export or a print, worded in the window's language."""

from __future__ import annotations

from typing import Any

from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate

# The export kinds' texts (export/kinds.py) marked for the .ts files here, as export/ stays free of Qt
# and keeps its table plain; tests/unit/test_translations.py checks that every text of KINDS is listed.
KIND_TEXTS = (
    QT_TRANSLATE_NOOP("ExportKinds", "Session summary"),
    QT_TRANSLATE_NOOP("ExportKinds", "session summary"),
    QT_TRANSLATE_NOOP("ExportKinds", "{group_comma}session of {meeting_date}."),
    QT_TRANSLATE_NOOP("ExportKinds", "&Export session summary…"),
    QT_TRANSLATE_NOOP("ExportKinds", "Save a PDF summary of this session: attendance, check-in round, "
                                     "handouts (initials by default)"),
    QT_TRANSLATE_NOOP("ExportKinds", "P&rint session summary…"),
    QT_TRANSLATE_NOOP("ExportKinds", "Print this session's summary through the system print dialog (Ctrl+P)"),
    QT_TRANSLATE_NOOP("ExportKinds", "Sign-in sheet"),
    QT_TRANSLATE_NOOP("ExportKinds", "sign-in sheet"),
    QT_TRANSLATE_NOOP("ExportKinds", "{group}: a sheet to tick or sign at the door, with the next sessions "
                                     "as columns."),
    QT_TRANSLATE_NOOP("ExportKinds", "Sign-&in sheet…"),
    QT_TRANSLATE_NOOP("ExportKinds", "Save a sign-in sheet for the door: first names, the next sessions as "
                                     "columns, blank rows for walk-ins"),
    QT_TRANSLATE_NOOP("ExportKinds", "Print si&gn-in sheet…"),
    QT_TRANSLATE_NOOP("ExportKinds", "Print a sign-in sheet for the door through the system print dialog"),
    QT_TRANSLATE_NOOP("ExportKinds", "Group report"),
    QT_TRANSLATE_NOOP("ExportKinds", "group report"),
    QT_TRANSLATE_NOOP("ExportKinds", "{group}: sessions, attendance and check-ins over a period, for "
                                     "coordinators and funders."),
    QT_TRANSLATE_NOOP("ExportKinds", "Group &report…"),
    QT_TRANSLATE_NOOP("ExportKinds", "Save a report for coordinators and funders over a date range "
                                     "(headcounts only by default)"),
    QT_TRANSLATE_NOOP("ExportKinds", "Member's record"),
    QT_TRANSLATE_NOOP("ExportKinds", "member's own record"),
    QT_TRANSLATE_NOOP("ExportKinds", "Everything kept about {member}: details, consent, groups, attendance "
                                     "and check-ins. For them to keep, at their request."),
    QT_TRANSLATE_NOOP("ExportKinds", "Full details: this is the member's own record, made at their request. "
                                     "Give it only to them."),
    QT_TRANSLATE_NOOP("ExportKinds", "Member's own rec&ord…"),
    QT_TRANSLATE_NOOP("ExportKinds", "Everything kept about the selected member, as a PDF for them (at their request)"),
    QT_TRANSLATE_NOOP("ExportKinds", "Handout pack"),
    QT_TRANSLATE_NOOP("ExportKinds", "handout pack"),
    QT_TRANSLATE_NOOP("ExportKinds", "No names: the pack holds the group's agreement, the handouts and "
                                     "support contacts."),
    QT_TRANSLATE_NOOP("ExportKinds", "Handout p&ack…"),
    QT_TRANSLATE_NOOP("ExportKinds", "One PDF to print and hand out: a cover, the group agreement, the "
                                     "handouts given at this session and support contacts"),
    QT_TRANSLATE_NOOP("ExportKinds", "Spreadsheet"),
    QT_TRANSLATE_NOOP("ExportKinds", "spreadsheet"),
    QT_TRANSLATE_NOOP("ExportKinds", "{group}: a table to open in a spreadsheet program."),
    QT_TRANSLATE_NOOP("ExportKinds", "Spreadsheet (&CSV)…"),
    QT_TRANSLATE_NOOP("ExportKinds", "Save the group's attendance, members or check-ins as a spreadsheet file"),
    QT_TRANSLATE_NOOP("ExportKinds", "Attendance"),
    QT_TRANSLATE_NOOP("ExportKinds", "Members"),
    QT_TRANSLATE_NOOP("ExportKinds", "Check-ins"),
)


def kind_label(label: str) -> str:
    """One of an export kind's texts (a label, an action's text or tip...) in the window's language."""
    return translate("ExportKinds", label)


def saved_message(label: str, result: Any) -> str:
    """E.g. "Sign-in sheet saved to /path/file.pdf (2 pages); 1 name replaced in free text"."""
    text = translate("ExportMessages", "{label} saved to {path}").format(label=kind_label(label), path=result.path)
    if pages := result.pages:
        text += " " + translate("ExportMessages", "(%n page(s))", "", pages)
    replaced = getattr(result, "replaced", 0)
    if replaced:
        text += translate("ExportMessages", "; %n name(s) replaced in free text", "", replaced)
    return text


def not_opened_message(label: str, path: Any) -> str:
    return translate("ExportMessages", "{label} saved to {path}. No program to open it was found.").format(
        label=kind_label(label), path=path)


def printed_message(label: str, pages: int) -> str:
    return translate("ExportMessages", "{label} sent to the printer (%n page(s))", "", pages).format(
        label=kind_label(label))
