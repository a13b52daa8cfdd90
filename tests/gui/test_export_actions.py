"""Export… and Print… in the window, on a copy of the small sample store: each action through its
dialog (answered by the test instead of a modal exec), the worker thread, Cancel, the privacy
defaults, file names without member names, printing through QPrinter, and the dialog's accessibility."""

from __future__ import annotations

import gc
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from sqlalchemy.pool import QueuePool

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import GroupRecord, MeetingRecord, MemberRecord
from facilitator_app.errors import ValidationError
from facilitator_app.export.kinds import DEFAULT_LEVELS, KINDS, ExportKind, ExportRequest, KindSpec
from facilitator_app.export.privacy import NameLevel
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.sample_data import build_sample_store
from facilitator_app.storage.store import open_store
from facilitator_app.ui.dialogs.export_dialog import (
    CONTACTS_KEY,
    ORGANISATION_KEY,
    ExportDialog,
    default_level,
)
from facilitator_app.ui.dialogs.export_fields import parse_contacts, year_before
from facilitator_app.ui.export_actions import ExportActions
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound
from tests.helpers.sqlite_files import copy_store

WAIT_MS = 20_000
ACTION_OF = {
    ExportKind.SESSION_SUMMARY: "exportSessionSummaryAction",
    ExportKind.SIGN_IN_SHEET: "exportSignInSheetAction",
    ExportKind.GROUP_REPORT: "exportGroupReportAction",
    ExportKind.MEMBER_RECORD: "exportMemberRecordAction",
    ExportKind.HANDOUT_PACK: "exportHandoutPackAction",
    ExportKind.CSV: "exportCsvAction",
}


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    build_sample_store(path, "small")
    return path


@pytest.fixture
def sample_services(sample_file: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "store.sqlite3"
    copy_store(sample_file, copy)
    store = open_store(copy)
    yield build_services(store)
    store.close()


@dataclass
class Selection:
    """What the window has selected; the actions read it through callables."""

    group: GroupRecord | None
    meeting: MeetingRecord | None
    member: MemberRecord | None


@pytest.fixture
def selection(sample_services: Services) -> Selection:
    services = sample_services
    for group in services.groups.list_groups():
        held = [m for m in services.meetings.list_meetings(group.id) if m.status is MeetingStatus.HELD]
        with_handouts = [m for m in held if services.handouts.given_at(m.id)]
        if with_handouts:
            member = services.members.group_members(group.id)[0].member
            return Selection(group, with_handouts[-1], member)
    pytest.fail("the small sample store has no session with handouts given")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    return folder


@pytest.fixture
def actions(qtbot, sample_services: Services, selection: Selection, settings: QSettings,  # type: ignore[no-untyped-def]
            documents: Path) -> Iterator[ExportActions]:
    window = QWidget()
    qtbot.addWidget(window)
    made = ExportActions(sample_services, window, lambda: selection.group, lambda: selection.meeting,
                         lambda: selection.member, settings=settings, documents_dir=documents)
    made.open_file = lambda path: pytest.fail(f"{path} opened in a test")
    yield made
    assert made.shutdown(WAIT_MS)


@pytest.fixture
def messages(actions: ExportActions) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"status": [], "error": []}
    actions.status_message.connect(seen["status"].append)
    actions.error_raised.connect(seen["error"].append)
    return seen


def dialog_for(kind: ExportKind, selection: Selection, sample_services: Services, documents: Path,
               settings: QSettings | None = None, **extra: object) -> ExportDialog:
    handouts = [h.title for h in sample_services.handouts.given_at(selection.meeting.id)] if selection.meeting else []
    return ExportDialog(kind, group=selection.group, meeting=selection.meeting, member=selection.member,
                        handout_titles=handouts, settings=settings, documents_dir=documents, **extra)  # type: ignore[arg-type]


def answer_with(target: Path, adjust: Callable[[ExportDialog], None] = lambda d: None,
                seen: list[ExportDialog] | None = None) -> Callable[[ExportDialog], ExportRequest]:
    """An ``ask`` for the actions: fill the dialog as a person would, then read its request."""

    def ask(dialog: ExportDialog) -> ExportRequest:
        if seen is not None:
            seen.append(dialog)
        adjust(dialog)
        if dialog.path_edit is not None:
            dialog.path_edit.setText(str(target))
            dialog.open_check.setChecked(False)  # type: ignore[union-attr]
        return dialog.request()

    return ask


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


# --------------------------------------------------------------------------- actions
def test_actions_have_object_names_tooltips_and_the_print_shortcut(actions: ExportActions) -> None:
    names = {action.objectName() for action in actions.all_actions}
    assert names == {*ACTION_OF.values(), "printAction", "printSignInSheetAction"}
    for action in actions.all_actions:
        assert action.toolTip() and action.statusTip() and action.text().endswith("…")
    assert actions.prints[ExportKind.SESSION_SUMMARY].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert actions.exports[ExportKind.GROUP_REPORT].text().replace("&", "") == "Group report…"


def test_actions_follow_what_is_selected(actions: ExportActions, selection: Selection) -> None:
    assert all(action.isEnabled() for action in actions.all_actions)
    member, selection.member = selection.member, None
    actions.update_enabled()
    assert not actions.export_member_record.isEnabled() and actions.exports[ExportKind.GROUP_REPORT].isEnabled()
    selection.meeting = None
    actions.update_enabled()
    assert not any(a.isEnabled() for a in actions.session_actions)
    assert all(a.isEnabled() for a in actions.group_actions)
    selection.group = None
    actions.update_enabled()
    assert not any(a.isEnabled() for a in actions.all_actions)
    selection.member = member
    actions.update_enabled()
    assert actions.export_member_record.isEnabled()


@pytest.mark.parametrize("kind", list(ExportKind))
def test_each_action_exports_its_document_through_the_dialog(qtbot, actions: ExportActions, kind: ExportKind,  # type: ignore[no-untyped-def]
                                                            messages: dict[str, list[str]], tmp_path: Path,
                                                            sample_services: Services) -> None:
    target = tmp_path / ("out.pdf" if kind.is_pdf else "out.csv")
    dialogs: list[ExportDialog] = []
    actions.ask = answer_with(target, seen=dialogs)
    action = next(a for a in actions.all_actions if a.objectName() == ACTION_OF[kind])
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as finished:
        action.trigger()
    assert dialogs[0].kind is kind
    assert finished.args[0] == kind.value and Path(finished.args[1].path) == target
    assert target.is_file() and not messages["error"]
    assert messages["status"][-1].startswith(f"{kind.label} saved to {target}")
    assert not list(tmp_path.glob(".*.part"))
    if kind.is_pdf:
        assert len(PdfReader(target).pages) == finished.args[1].pages >= 1
    else:
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")   # UTF-8 with a BOM, for Excel
    assert all(a.isEnabled() for a in actions.all_actions)      # enabled again once finished


@pytest.mark.parametrize("kind", [ExportKind.SESSION_SUMMARY, ExportKind.GROUP_REPORT])
def test_the_default_levels_name_nobody_in_full(qtbot, actions: ExportActions, kind: ExportKind,  # type: ignore[no-untyped-def]
                                                tmp_path: Path, sample_services: Services,
                                                selection: Selection) -> None:
    target = tmp_path / "out.pdf"
    actions.ask = answer_with(target)
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS):
        actions.export_from_dialog(kind)
    text = pdf_text(target)
    assert selection.group is not None and selection.group.name.split()[0] in text
    full_names = [m.full_name for m in sample_services.members.list_members() if len(m.full_name.split()) > 1]
    assert full_names and not [name for name in full_names if name in text]


def test_the_member_record_is_the_members_own(qtbot, actions: ExportActions, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              selection: Selection) -> None:
    target = tmp_path / "record.pdf"
    actions.ask = answer_with(target)
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS):
        actions.export_member_record.trigger()
    assert selection.member is not None and selection.member.preferred_name in pdf_text(target)


def test_a_closed_dialog_exports_nothing(actions: ExportActions, tmp_path: Path,
                                         messages: dict[str, list[str]]) -> None:
    actions.ask = lambda dialog: None
    actions.exports[ExportKind.SESSION_SUMMARY].trigger()
    assert not actions.busy and not list(tmp_path.glob("*.pdf")) and messages == {"status": [], "error": []}


def test_exports_run_off_the_gui_thread_on_the_windows_own_services(qtbot, actions: ExportActions,  # type: ignore[no-untyped-def]
                                                                    selection: Selection, tmp_path: Path,
                                                                    sample_services: Services) -> None:
    # A file store's engine hands each thread its own connection (QueuePool, check_same_thread off).
    assert isinstance(sample_services.store.engine.pool, QueuePool)
    threads: list[threading.Thread] = []

    def note_thread() -> bool:
        threads.append(threading.current_thread())
        return False

    dialog = dialog_for(ExportKind.GROUP_REPORT, selection, sample_services, tmp_path)
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS):
        assert actions.run_export(ExportKind.GROUP_REPORT, dialog.options(), tmp_path / "report.pdf",
                                  should_cancel=note_thread)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert (tmp_path / "report.pdf").is_file()


def test_open_the_pdf_afterwards(qtbot, actions: ExportActions, selection: Selection, tmp_path: Path,  # type: ignore[no-untyped-def]
                                 sample_services: Services) -> None:
    opened: list[Path] = []
    actions.open_file = lambda path: opened.append(path) or True
    options = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, tmp_path).options()
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS):
        actions.run_export(ExportKind.SESSION_SUMMARY, options, tmp_path / "summary.pdf", open_after=True)
    assert opened == [tmp_path / "summary.pdf"]


# --------------------------------------------------------------------------- Cancel and errors
def test_cancel_leaves_no_file(qtbot, actions: ExportActions, selection: Selection, tmp_path: Path,  # type: ignore[no-untyped-def]
                               sample_services: Services, messages: dict[str, list[str]]) -> None:
    target = tmp_path / "pack.pdf"
    options = dialog_for(ExportKind.HANDOUT_PACK, selection, sample_services, tmp_path).options()
    with qtbot.waitSignal(actions.export_ended, timeout=WAIT_MS):
        actions.run_export(ExportKind.HANDOUT_PACK, options, target, should_cancel=lambda: True)
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
    assert messages["status"][-1] == "The export was cancelled; no file was written."
    assert not messages["error"] and not actions.busy and actions.progress_dialog is None


def test_the_progress_dialogs_cancel_stops_a_running_pack(qtbot, actions: ExportActions, selection: Selection,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path, sample_services: Services,
                                                          messages: dict[str, list[str]]) -> None:
    target = tmp_path / "pack.pdf"
    gate = threading.Event()
    options = dialog_for(ExportKind.HANDOUT_PACK, selection, sample_services, tmp_path).options()
    # The worker waits at its first step until the test has pressed Cancel.
    actions.run_export(ExportKind.HANDOUT_PACK, options, target, should_cancel=lambda: not gate.wait(WAIT_MS))
    progress = actions.progress_dialog
    assert progress is not None and progress.objectName() == "exportProgress"
    assert not any(a.isEnabled() for a in actions.all_actions)          # one export at a time
    assert not actions.run_export(ExportKind.HANDOUT_PACK, options, tmp_path / "second.pdf")
    assert not gc.isenabled()       # no garbage collection on the worker thread while it runs
    qtbot.waitUntil(progress.isVisible, timeout=WAIT_MS)                # shown once it takes a moment
    cancel = progress.findChild(QPushButton, "exportProgressCancel")
    assert cancel is not None and cancel.accessibleName() == "Cancel the export"
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not actions.busy, timeout=WAIT_MS)
    assert not target.exists() and not (tmp_path / "second.pdf").exists()
    assert messages["status"][-1] == "The export was cancelled; no file was written."
    assert all(a.isEnabled() for a in actions.all_actions) and gc.isenabled()


def test_a_failed_export_says_why(qtbot, actions: ExportActions, selection: Selection, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  sample_services: Services, messages: dict[str, list[str]]) -> None:
    options = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, tmp_path).options()
    with qtbot.waitSignal(actions.error_raised, timeout=WAIT_MS) as raised:
        actions.run_export(ExportKind.SESSION_SUMMARY, options, tmp_path / "missing" / "summary.pdf")
    assert "does not exist" in raised.args[0]
    assert not actions.busy and not (tmp_path / "missing").exists()


# --------------------------------------------------------------------------- printing
@pytest.mark.parametrize("kind", [ExportKind.SESSION_SUMMARY, ExportKind.SIGN_IN_SHEET])
def test_print_paints_the_pages_onto_the_printer(qtbot, actions: ExportActions, selection: Selection,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path, sample_services: Services, kind: ExportKind,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    dialog = dialog_for(kind, selection, sample_services, tmp_path, for_print=True)
    if kind is ExportKind.SIGN_IN_SHEET:
        dialog.landscape_check.setChecked(True)   # type: ignore[union-attr]
    request = dialog.request()
    assert request.target is None and dialog.path_edit is None and dialog.ok_button.text() == "Print…"
    with qtbot.waitSignal(actions.print_finished, timeout=WAIT_MS) as finished:
        actions.print_document(kind, request.options, printer)
    assert finished.args == [kind.value, len(PdfReader(printed).pages)]
    assert not list(temp.iterdir())            # the temporary PDF is gone
    pdf = pdfium.PdfDocument(str(printed))
    try:
        page = pdf[0]
        width, height = page.get_size()
        assert height > width                   # on portrait paper, a landscape sheet is turned
        image = page.render(scale=0.5, grayscale=True).to_pil()
        dark = sum(image.histogram()[:128]) / (image.width * image.height)
        assert dark > 0.002                     # ink on the page: the document was painted
    finally:
        pdf.close()


def test_print_actions_ask_for_options_without_a_file(qtbot, actions: ExportActions,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[ExportDialog] = []
    actions.ask = lambda dialog: asked.append(dialog) or None
    actions.prints[ExportKind.SESSION_SUMMARY].trigger()
    actions.prints[ExportKind.SIGN_IN_SHEET].trigger()
    assert [(d.kind, d.for_print, d.path_edit) for d in asked] == [
        (ExportKind.SESSION_SUMMARY, True, None), (ExportKind.SIGN_IN_SHEET, True, None)]
    assert asked[0].windowTitle() == "Print session summary"


def test_closing_the_print_dialog_prints_nothing_and_leaves_no_file(qtbot, actions: ExportActions,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path, messages: dict[str, list[str]],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    actions.ask = answer_with(tmp_path / "unused.pdf")
    closed: list[str] = []

    def close_print_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintDialog) and widget.isVisible():
                closed.append(widget.windowTitle())
                widget.reject()

    timer = QTimer(interval=20, timeout=close_print_dialog)   # the system dialog is modal: answer it from a timer
    timer.start()
    try:
        with qtbot.waitSignal(actions.export_ended, timeout=WAIT_MS):
            actions.prints[ExportKind.SESSION_SUMMARY].trigger()
    finally:
        timer.stop()
    assert closed == ["Print session summary"]
    assert messages["status"][-1] == "Printing cancelled; nothing was sent to the printer."
    assert not list(temp.iterdir()) and not (tmp_path / "unused.pdf").exists()


def test_a_bug_in_an_export_reaches_the_exception_hook(qtbot, actions: ExportActions, selection: Selection,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path, sample_services: Services) -> None:
    def broken() -> bool:
        raise RuntimeError("a bug")

    options = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, tmp_path).options()
    with qtbot.captureExceptions() as caught, qtbot.waitSignal(actions.export_ended, timeout=WAIT_MS):
        actions.run_export(ExportKind.SESSION_SUMMARY, options, tmp_path / "summary.pdf", should_cancel=broken)
    assert [str(exc) for _type, exc, _tb in caught] == ["a bug"]
    assert not actions.busy and not (tmp_path / "summary.pdf").exists()


# --------------------------------------------------------------------------- the dialog
@pytest.mark.parametrize("kind", list(ExportKind))
def test_each_dialog_suggests_its_documents_privacy_level_first(qtbot, kind: ExportKind, selection: Selection,  # type: ignore[no-untyped-def]
                                                                sample_services: Services, documents: Path) -> None:
    dialog = dialog_for(kind, selection, sample_services, documents)
    qtbot.addWidget(dialog)
    expected = {ExportKind.SESSION_SUMMARY: NameLevel.INITIALS, ExportKind.GROUP_REPORT: NameLevel.NONE,
                ExportKind.MEMBER_RECORD: NameLevel.FULL, ExportKind.SIGN_IN_SHEET: NameLevel.FIRST,
                ExportKind.HANDOUT_PACK: NameLevel.NONE, ExportKind.CSV: NameLevel.INITIALS}[kind]
    assert dialog.level() is expected
    if dialog.level_combo is not None:
        assert dialog.level_combo.currentIndex() == 0
        assert dialog.level_combo.itemText(0) == f"{expected.label} (suggested)"
        assert dialog.level_combo.count() == len(NameLevel)
    explanation = dialog.level_explanation.text()
    assert explanation
    if kind is ExportKind.SESSION_SUMMARY:
        assert explanation == "Initials: for the group's own records."
    if kind is ExportKind.GROUP_REPORT:
        assert explanation.startswith("Headcount only: for funders")
    if kind is ExportKind.MEMBER_RECORD:
        assert "member's own record" in explanation


def test_the_explanation_follows_the_chosen_level(qtbot, selection: Selection, sample_services: Services,  # type: ignore[no-untyped-def]
                                                  documents: Path) -> None:
    dialog = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, documents)
    qtbot.addWidget(dialog)
    assert dialog.level_combo is not None
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(NameLevel.NONE.value))
    assert dialog.options().names is NameLevel.NONE
    assert dialog.level_explanation.text().startswith("Headcount only")
    assert dialog.level_combo.accessibleDescription() == dialog.level_explanation.text()


@pytest.mark.parametrize("kind", list(ExportKind))
def test_suggested_file_names_never_carry_a_members_name(qtbot, kind: ExportKind, selection: Selection,  # type: ignore[no-untyped-def]
                                                         sample_services: Services, documents: Path) -> None:
    dialog = dialog_for(kind, selection, sample_services, documents)
    qtbot.addWidget(dialog)
    target = dialog.request().target
    assert target is not None and target.parent == documents
    assert target.suffix == (".pdf" if kind.is_pdf else ".csv")
    lowered = target.name.lower()
    for member in sample_services.members.list_members():
        for name in (member.preferred_name, *member.full_name.split()):
            if len(name) > 2:
                assert name.lower() not in lowered, (name, target.name)
    assert dialog.request().open_after is True                 # "Open the PDF" is ticked by default


def test_a_suggested_name_does_not_replace_an_existing_file(qtbot, selection: Selection,  # type: ignore[no-untyped-def]
                                                            sample_services: Services, documents: Path) -> None:
    first = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, documents).request().target
    assert first is not None
    first.write_bytes(b"kept")
    second = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, documents).request().target
    assert second is not None and second != first and second.name == f"{first.stem}_2.pdf"


def test_the_group_report_covers_the_last_twelve_months(qtbot, selection: Selection,  # type: ignore[no-untyped-def]
                                                        sample_services: Services, documents: Path) -> None:
    dialog = dialog_for(ExportKind.GROUP_REPORT, selection, sample_services, documents, today=date(2026, 3, 3))
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert (options.start, options.end, options.names) == (date(2025, 3, 4), date(2026, 3, 3), NameLevel.NONE)
    assert dialog.request().target.name.endswith("_2025-03-04_to_2026-03-03.pdf")   # type: ignore[union-attr]
    dialog.start_edit.setDate(dialog.end_edit.date().addDays(1))   # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="starts after it ends"):
        dialog.options()
    assert year_before(date(2028, 2, 29)) == date(2027, 3, 1)


def test_the_sign_in_sheet_options(qtbot, selection: Selection, sample_services: Services,  # type: ignore[no-untyped-def]
                                   documents: Path) -> None:
    upcoming = [date(2026, 3, 3), date(2026, 3, 10), date(2026, 3, 17), date(2026, 3, 24)]
    dialog = dialog_for(ExportKind.SIGN_IN_SHEET, selection, sample_services, documents, upcoming=upcoming)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert (options.sessions, options.walk_ins, options.landscape, options.names) == (1, 6, False, NameLevel.FIRST)
    assert dialog.sessions_note.text() == "For Tue 3 Mar 2026."
    assert dialog.request().target.name.endswith("_2026-03-03.pdf")   # type: ignore[union-attr]
    dialog.sessions_spin.setValue(4)   # type: ignore[union-attr]
    dialog.walk_ins_spin.setValue(10)   # type: ignore[union-attr]
    options = dialog.options()
    assert (options.sessions, options.walk_ins, options.landscape) == (4, 10, True)   # landscape suggested
    assert dialog.sessions_note.text() == "From Tue 3 Mar 2026 to Tue 24 Mar 2026."
    dialog.landscape_check.setChecked(False)   # type: ignore[union-attr]
    dialog.sessions_spin.setValue(5)   # type: ignore[union-attr]
    assert dialog.options().landscape is False   # the person's own choice is kept


def test_the_session_summary_can_include_notes(qtbot, selection: Selection, sample_services: Services,  # type: ignore[no-untyped-def]
                                               documents: Path) -> None:
    dialog = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, documents)
    qtbot.addWidget(dialog)
    assert dialog.options().include_notes is False
    dialog.notes_check.setChecked(True)   # type: ignore[union-attr]
    assert dialog.options().include_notes is True


def test_including_the_notes_is_remembered_for_the_next_summary(qtbot, selection: Selection,  # type: ignore[no-untyped-def]
                                                                 sample_services: Services, documents: Path,
                                                                 settings: QSettings, tmp_path: Path) -> None:
    def summary_dialog(remembered: QSettings) -> ExportDialog:
        dialog = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, documents, settings=remembered)
        qtbot.addWidget(dialog)
        assert dialog.notes_check is not None and dialog.path_edit is not None
        dialog.path_edit.setText(str(documents / "summary.pdf"))
        return dialog

    first = summary_dialog(settings)
    assert not first.notes_check.isChecked()  # off the first time: notes are the most personal part
    first.notes_check.setFocus()
    qtbot.keyClick(first.notes_check, Qt.Key.Key_Space)
    first.ok_button.click()
    assert first.result() and first.result_value.options.include_notes is True

    second = summary_dialog(settings)
    assert second.notes_check.isChecked() and second.options().include_notes is True
    second.notes_check.setChecked(False)
    second.reject()  # cancelled: nothing is remembered
    settings.sync()
    after_restart = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    third = summary_dialog(after_restart)
    assert third.notes_check.isChecked()
    third.notes_check.setChecked(False)
    third.ok_button.click()
    assert third.result() and third.result_value.options.include_notes is False
    assert not summary_dialog(after_restart).notes_check.isChecked()


def test_the_spreadsheet_suggests_the_level_of_the_chosen_table(qtbot, selection: Selection,  # type: ignore[no-untyped-def]
                                                                sample_services: Services, documents: Path) -> None:
    dialog = dialog_for(ExportKind.CSV, selection, sample_services, documents)
    qtbot.addWidget(dialog)
    assert dialog.csv_kind_combo is not None and dialog.level_combo is not None
    dialog.csv_kind_combo.setCurrentIndex(dialog.csv_kind_combo.findData("members"))
    options = dialog.options()
    assert (options.kind.value, options.names) == ("members", DEFAULT_LEVELS["members-csv"])
    assert dialog.level_combo.itemText(0) == "First names (suggested)"
    assert dialog.request().target.name.startswith("members_")   # type: ignore[union-attr]
    assert default_level(ExportKind.CSV, "checkins") is NameLevel.INITIALS


def test_the_dialog_remembers_the_organisation_and_contacts(qtbot, selection: Selection,  # type: ignore[no-untyped-def]
                                                            sample_services: Services, documents: Path,
                                                            settings: QSettings) -> None:
    dialog = dialog_for(ExportKind.HANDOUT_PACK, selection, sample_services, documents, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.organisation_edit is not None and dialog.organisation_edit.text() == "Peer support group"
    dialog.organisation_edit.setText("Riverside Peer Support")
    dialog.contacts_edit.setPlainText("Crisis line: 0800 123 456\nGP out of hours = 111")   # type: ignore[union-attr]
    dialog.ok_button.click()
    assert dialog.result() and isinstance(dialog.result_value, ExportRequest)
    organisation = dialog.result_value.options.organisation
    assert organisation.name == "Riverside Peer Support"
    assert organisation.support_contacts == (("Crisis line", "0800 123 456"), ("GP out of hours", "111"))
    assert settings.value(ORGANISATION_KEY) == "Riverside Peer Support"
    assert settings.value(CONTACTS_KEY).startswith("Crisis line")
    again = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, documents, settings=settings)
    qtbot.addWidget(again)
    assert again.organisation_edit is not None and again.organisation_edit.text() == "Riverside Peer Support"
    assert again.options().organisation.name == "Riverside Peer Support"


def test_support_contacts_are_read_line_by_line() -> None:
    assert parse_contacts("Crisis line: 0800 123\n\nSamaritans = 116 123\nAsk at reception\n") == (
        ("Crisis line", "0800 123"), ("Samaritans", "116 123"), ("Ask at reception", ""))


def test_a_typed_file_name_gets_its_extension_and_a_missing_folder_is_refused(qtbot, selection: Selection,  # type: ignore[no-untyped-def]
                                                                               sample_services: Services,
                                                                               documents: Path) -> None:
    dialog = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, documents)
    qtbot.addWidget(dialog)
    assert dialog.path_edit is not None
    dialog.path_edit.setText("for the coordinator")
    assert dialog.request().target == documents / "for the coordinator.pdf"
    dialog.path_edit.setText(str(documents / "nowhere" / "x.pdf"))
    with pytest.raises(ValidationError, match="does not exist"):
        dialog.request()
    dialog.ok_button.click()
    error = dialog.findChild(QWidget, "dialogError")
    assert not dialog.result() and error is not None and "does not exist" in error.text()


@pytest.mark.parametrize("kind", list(ExportKind))
@pytest.mark.parametrize("for_print", [False, True])
def test_the_dialog_is_accessible(qtbot, kind: ExportKind, for_print: bool, selection: Selection,  # type: ignore[no-untyped-def]
                                  sample_services: Services, documents: Path) -> None:
    dialog = dialog_for(kind, selection, sample_services, documents, for_print=for_print)
    qtbot.addWidget(dialog)
    assert_all_named(dialog)
    assert_mnemonics_sound(dialog)


# --------------------------------------------------------------------------- the registry
@pytest.mark.parametrize("spec", KINDS, ids=lambda spec: spec.cli_name)
def test_the_registry_drives_the_dialog_and_the_actions(qtbot, spec: KindSpec, selection: Selection,  # type: ignore[no-untyped-def]
                                                        sample_services: Services, documents: Path,
                                                        actions: ExportActions) -> None:
    dialog = dialog_for(spec.kind, selection, sample_services, documents)
    qtbot.addWidget(dialog)
    if dialog.level_combo is None:
        assert dialog.level_explanation.text() == spec.fixed_level_note and dialog.level() in spec.levels
    else:
        offered = [NameLevel(dialog.level_combo.itemData(i)) for i in range(dialog.level_combo.count())]
        assert sorted(offered) == sorted(spec.levels) and offered[0] is default_level(spec.kind)
    assert spec.export_action is not None
    assert actions.exports[spec.kind].objectName() == spec.export_action.object_name
    assert actions.exports[spec.kind] in actions.all_actions
    if spec.print_action is not None:
        assert actions.prints[spec.kind].objectName() == spec.print_action.object_name


# --------------------------------------------------------------------------- the audit trail
def test_exports_and_prints_are_audited_with_kind_level_and_pages(  # type: ignore[no-untyped-def]
        qtbot, actions: ExportActions, selection: Selection, tmp_path: Path, sample_services: Services) -> None:
    options = dialog_for(ExportKind.SESSION_SUMMARY, selection, sample_services, tmp_path).options()
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as finished:
        actions.run_export(ExportKind.SESSION_SUMMARY, options, tmp_path / "summary.pdf")
    pages = finished.args[1].pages
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(actions.print_finished, timeout=WAIT_MS):
        actions.print_document(ExportKind.SESSION_SUMMARY, options, printer)
    events = sample_services.audit.entries(2)
    assert [(e.action, e.counts) for e in events] == [
        ("export.session_summary.initials", {"documents": 1, "pages": pages}),
        ("print.session_summary.initials", {"documents": 1, "pages": pages})]
    assert sample_services.audit.verify().intact


@pytest.mark.parametrize("kind", [spec.kind for spec in KINDS])
def test_every_pdf_dialog_offers_a4_or_letter_from_the_locale_and_remembers_it(  # type: ignore[no-untyped-def]
        qtbot, kind: ExportKind, selection: Selection, sample_services: Services, documents: Path,
        settings: QSettings) -> None:
    from PySide6.QtCore import QLocale

    from facilitator_app.export.paper import Paper
    from facilitator_app.ui.paper_choice import PAPER_KEY, locale_paper, paper_combo

    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) is Paper.LETTER
    assert locale_paper(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)) is Paper.LETTER
    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) is Paper.A4
    assert locale_paper(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)) is Paper.A4
    canadian = paper_combo("", QLocale(QLocale.Language.French, QLocale.Country.Canada))
    assert canadian.currentData() == "letter"
    assert paper_combo("a4", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)).currentData() == "a4"
    dialog = dialog_for(kind, selection, sample_services, documents, settings=settings)
    qtbot.addWidget(dialog)
    if not kind.is_pdf:
        assert dialog.paper_combo is None and "paper" not in dialog.choices()
        return
    assert dialog.paper_combo is not None and dialog.paper_combo.currentData() == locale_paper().value
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    assert dialog.options().paper is Paper.LETTER
    dialog.ok_button.click()
    assert dialog.result() and dialog.result_value.options.paper is Paper.LETTER
    assert settings.value(PAPER_KEY) == "letter"
    again = dialog_for(kind, selection, sample_services, documents, settings=settings)
    qtbot.addWidget(again)
    assert again.options().paper is Paper.LETTER


def test_a_pack_of_no_handouts_asks_before_it_is_made(qtbot, selection: Selection,  # type: ignore[no-untyped-def]
                                                       sample_services: Services, documents: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    for for_print in (False, True):
        asked.clear()
        answer[0] = QMessageBox.StandardButton.No
        dialog = ExportDialog(ExportKind.HANDOUT_PACK, group=selection.group, meeting=selection.meeting,
                              handout_titles=[], documents_dir=documents, for_print=for_print)
        qtbot.addWidget(dialog)
        dialog.ok_button.click()
        assert len(asked) == 1 and "No handouts were given at this session" in asked[0]
        assert not dialog.result()   # still open: nothing is made
        answer[0] = QMessageBox.StandardButton.Yes
        dialog.ok_button.click()
        assert dialog.result() and isinstance(dialog.result_value, ExportRequest)
    with_handouts = dialog_for(ExportKind.HANDOUT_PACK, selection, sample_services, documents)
    qtbot.addWidget(with_handouts)
    asked.clear()
    with_handouts.ok_button.click()
    assert asked == [] and with_handouts.result()
