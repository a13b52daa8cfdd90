"""The Notes panel driven as a facilitator would: typing, closing at once, searching, templates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QListView, QMenu, QPlainTextEdit, QWidget

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import MeetingRecord, NoteSections
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.notes import MAX_SECTION
from facilitator_app.services.sample_data import build_sample_store
from facilitator_app.storage.store import Store, open_store
from facilitator_app.ui.models.note_search_model import (
    DATE_ROLE,
    GROUP_ROLE,
    SECTION_ROLE,
    SNIPPET_HTML_ROLE,
    NoteSearchModel,
)
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.panels.notes_panel import NotesPanel
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import copy_store

SECTION_NAMES = {"themes": "noteThemes", "strategies": "noteStrategies", "follow_ups": "noteFollowUps",
                 "safety_concerns": "noteSafety", "free_text": "noteEditor"}


@dataclass
class Setup:
    path: Path
    store: Store
    services: Services
    sessions: list[MeetingRecord]
    host: QWidget | None = None  # keeps the host window alive for the test


class Host(QWidget):
    """A stand-in for the main window: on close it flushes the panel, then closes the store."""

    def __init__(self, panel: NotesPanel, store: Store) -> None:
        super().__init__()
        self.panel = panel
        self._store = store
        panel.setParent(self)
        self.resize(1076, 700)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        self._store.close()
        super().closeEvent(event)


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    services = build_services(store)
    group = services.groups.create_group(weekly_draft())
    sessions = services.meetings.schedule_next(group.id, 3, start=date(2026, 1, 1))
    for preferred, full in (("Zoë", "Zoë Martin"), ("Łukasz", ""), ("An", "Nguyễn Văn An")):
        member = services.members.add_member(MemberDraft(preferred, full_name=full), group.id, date(2026, 1, 1))
        if preferred != "Łukasz":
            services.attendance.set_status(sessions[0].id, member.id, AttendanceStatus.PRESENT)
    yield Setup(path, store, services, sessions)
    store.close()


@pytest.fixture
def panel(qtbot, setup: Setup) -> NotesPanel:  # type: ignore[no-untyped-def]
    panel = NotesPanel(setup.services)
    host = setup.host = Host(panel, setup.store)
    qtbot.addWidget(host)
    setup.services.changes.subscribe_batches(panel.on_batch)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    panel.show_meeting(setup.sessions[0])
    return panel


def editor(panel: NotesPanel, name: str = "noteEditor") -> QPlainTextEdit:
    widget = panel.findChild(QPlainTextEdit, name)
    assert widget is not None, name
    return widget


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ASCII with keyClicks and anything else as key events (Qt's key helper is ASCII-only)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def stored(path: Path, meeting: MeetingRecord) -> NoteSections | None:
    """The note as it is in the file, read through a freshly opened store."""
    with open_store(path) as store:
        note = build_services(store).notes.get_note(meeting.id)
    return note.sections if note else None


# ---------------------------------------------------------------------------- the model
@pytest.fixture(scope="module")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    build_sample_store(path, scale="small", seed=1, today=date(2026, 11, 26))
    return path


def test_search_model_on_sample_notes(qtmodeltester, sample_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.sqlite3"
    copy_store(sample_path, copy)
    with open_store(copy) as store:
        hits = build_services(store).notes.search("sleep")
    assert len(hits) >= 2
    model = NoteSearchModel()
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == len(hits)
    first = model.index(0)
    assert model.data(first, ID_ROLE) == hits[0].meeting_id
    assert model.data(first, GROUP_ROLE) == hits[0].group_name
    assert model.data(first, SECTION_ROLE) == hits[0].section_label
    assert "<b>" in model.data(first, SNIPPET_HTML_ROLE).lower()
    assert hits[0].group_name in model.data(first) and model.data(first, DATE_ROLE) in model.data(first)
    assert model.data(model.index(0, 1)) is None and model.data(first, Qt.ItemDataRole.DecorationRole) is None
    model.set_hits([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_search_model_escapes_note_text(qtmodeltester, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    setup.services.notes.save_note(setup.sessions[0].id, NoteSections(themes="<i>Tea</i> & biscuits\nfor Zoë"))
    model = NoteSearchModel()
    model.set_hits(setup.services.notes.search("biscuits"))
    qtmodeltester.check(model)
    html = model.data(model.index(0), SNIPPET_HTML_ROLE)
    assert html == "&lt;i&gt;Tea&lt;/i&gt; &amp; <b>biscuits</b> for Zoë"
    assert model.data(model.index(0)).endswith("Themes discussed: <i>Tea</i> & biscuits for Zoë")


# ---------------------------------------------------------------------------- names and layout
def test_object_names_accessible_names_and_tooltips(panel: NotesPanel) -> None:
    assert panel.objectName() == "notesPanel"
    for name in ("noteEditor", *SECTION_NAMES.values()):
        assert panel.findChild(QPlainTextEdit, name) is not None, name
    assert isinstance(panel.findChild(QLineEdit, "noteSearch"), QLineEdit)
    results = panel.findChild(QListView, "noteSearchResults")
    assert isinstance(results, QListView) and results.accessibleName() and results.toolTip()
    assert_all_named(panel)
    assert_mnemonics_sound(panel)


def test_tab_chain_goes_through_the_helpers_the_sections_then_the_search(panel: NotesPanel) -> None:
    chain = panel.tab_chain()
    names = [w.objectName() for w in chain]
    assert names[:3] == ["noteInsertInitials", "noteUseTemplate", "noteEditTemplate"]   # the row above them
    assert names[3:8] == list(SECTION_NAMES.values())
    assert names[-2:] == ["noteSearch", "noteSearchResults"]
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in chain)
    assert all(editor(panel, n).tabChangesFocus() for n in SECTION_NAMES.values())


def test_safety_concerns_stand_apart(panel: NotesPanel) -> None:
    frame = panel.findChild(QFrame, "noteSafetyFrame")
    assert frame is not None and frame.isAncestorOf(editor(panel, "noteSafety"))
    assert not frame.isAncestorOf(editor(panel, "noteThemes"))
    tint = frame.grab().toImage().pixelColor(3, frame.height() // 2)
    plain = panel.grab().toImage().pixelColor(2, 2)
    assert tint != plain


def test_no_session_disables_the_note(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    panel = NotesPanel(setup.services)
    qtbot.addWidget(panel)
    assert not editor(panel).isEnabled()
    assert panel.findChild(QLabel, "notesTitle").text() == "No session selected"
    assert panel.findChild(QLineEdit, "noteSearch").isEnabled()
    panel.show_meeting(setup.sessions[1])
    assert editor(panel).isEnabled()
    assert "Tuesday 13 January 2026" in panel.findChild(QLabel, "notesTitle").text()


# ---------------------------------------------------------------------------- saving
def test_type_close_at_once_reopen_the_text_is_there(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    """The autosave promise: nothing typed is lost when the window closes right after typing."""
    themes = editor(panel, "noteThemes")
    themes.setFocus()
    type_text(qtbot, themes, "Zoë: sleep")
    free = editor(panel)
    type_text(qtbot, free, "Warm session")
    assert stored(setup.path, setup.sessions[0]) is None  # the debounce timer has not fired yet
    panel.window().close()   # the host flushes the panel, then closes the store
    assert stored(setup.path, setup.sessions[0]) == NoteSections(themes="Zoë: sleep", free_text="Warm session")


def test_closing_the_panel_without_a_flush_still_saves(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    panel = NotesPanel(setup.services)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_meeting(setup.sessions[1])
    qtbot.keyClicks(editor(panel, "noteFollowUps"), "Call about the bus")
    assert stored(setup.path, setup.sessions[1]) is None
    panel.close()
    setup.store.close()
    assert stored(setup.path, setup.sessions[1]) == NoteSections(follow_ups="Call about the bus")


def test_saves_by_itself_after_a_pause(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(editor(panel, "noteStrategies"), "Box breathing")
    status = panel.findChild(QLabel, "noteStatus")
    assert status.text() == "Saving as you type…"
    qtbot.waitUntil(lambda: setup.services.notes.get_note(setup.sessions[0].id) is not None)
    assert setup.services.notes.get_note(setup.sessions[0].id).sections.strategies == "Box breathing"
    assert status.text().startswith("Saved · ")


def test_leaving_an_editor_saves(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    themes = editor(panel, "noteThemes")
    themes.setFocus()
    qtbot.waitUntil(themes.hasFocus)
    qtbot.keyClicks(themes, "Loneliness")
    assert setup.services.notes.get_note(setup.sessions[0].id) is None
    qtbot.keyClick(themes, Qt.Key.Key_Tab)   # Tab moves on to the next section
    assert editor(panel, "noteStrategies").hasFocus()
    assert setup.services.notes.get_note(setup.sessions[0].id).sections.themes == "Loneliness"


def test_switching_session_saves_the_one_left(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    first, second = setup.sessions[:2]
    setup.services.notes.save_note(second.id, NoteSections(themes="Second's own note"))
    qtbot.keyClicks(editor(panel), "Written for the first")
    panel.show_meeting(second)
    assert setup.services.notes.get_note(first.id).sections.free_text == "Written for the first"
    assert editor(panel, "noteThemes").toPlainText() == "Second's own note"
    assert editor(panel).toPlainText() == ""
    assert setup.services.notes.get_note(second.id).sections.free_text == ""


def test_showing_a_session_saves_nothing(panel: NotesPanel, setup: Setup) -> None:
    for meeting in (*setup.sessions, None, setup.sessions[0]):
        panel.show_meeting(meeting)
    panel.flush()
    assert all(setup.services.notes.get_note(m.id) is None for m in setup.sessions)


def test_a_failed_save_is_reported_once_and_the_text_kept(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    panel.error_raised.connect(errors.append)
    free = editor(panel)
    free.setPlainText("x" * (MAX_SECTION + 1))
    assert not panel.flush()
    qtbot.keyClicks(free, "y")
    assert not panel.flush()
    assert len(errors) == 1 and f"keep it to {MAX_SECTION}" in errors[0]
    assert panel.findChild(QLabel, "noteStatus").text().startswith("Not saved yet")
    assert setup.services.notes.get_note(setup.sessions[0].id) is None
    free.setPlainText("Shorter now")
    assert panel.flush()
    assert setup.services.notes.get_note(setup.sessions[0].id).sections.free_text == "Shorter now"


def test_a_note_saved_elsewhere_is_shown(panel: NotesPanel, setup: Setup) -> None:
    setup.services.notes.save_note(setup.sessions[0].id, NoteSections(follow_ups="From elsewhere"))
    assert editor(panel, "noteFollowUps").toPlainText() == "From elsewhere"


def test_a_deleted_session_clears_the_panel(panel: NotesPanel, setup: Setup) -> None:
    setup.services.meetings.delete_meeting(setup.sessions[0].id)
    assert panel.meeting_id is None
    assert not editor(panel).isEnabled()


# ---------------------------------------------------------------------------- templates and initials
def test_a_new_note_starts_from_the_template(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    group_id = setup.sessions[0].group_id
    setup.services.notes.set_template(group_id, "Opening round:\nTopic:")
    panel.show_meeting(setup.sessions[1])
    assert editor(panel).toPlainText() == "Opening round:\nTopic:"
    assert "template" in panel.findChild(QLabel, "noteStatus").text()
    panel.show_meeting(setup.sessions[2])   # only looked at: nothing saved
    assert setup.services.notes.get_note(setup.sessions[1].id) is None
    qtbot.keyClicks(editor(panel, "noteThemes"), "Hope")
    panel.flush()
    note = setup.services.notes.get_note(setup.sessions[2].id)
    assert (note.sections.themes, note.sections.free_text) == ("Hope", "Opening round:\nTopic:")


def test_use_template_adds_it_after_the_text(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    button = panel.findChild(QWidget, "noteUseTemplate")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "no note template" in messages[-1]
    qtbot.keyClicks(editor(panel), "Already here")
    panel.flush()
    setup.services.notes.set_template(setup.sessions[0].group_id, "Check-out:")  # the note keeps its text
    assert editor(panel).toPlainText() == "Already here"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor(panel).toPlainText() == "Already here\n\nCheck-out:"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # not twice
    assert editor(panel).toPlainText() == "Already here\n\nCheck-out:"
    panel.flush()
    assert setup.services.notes.get_note(setup.sessions[0].id).sections.free_text == "Already here\n\nCheck-out:"


def test_edit_template_dialog_saves_and_refreshes_an_untouched_new_note(qtbot, panel: NotesPanel,  # type: ignore[no-untyped-def]
                                                                        setup: Setup) -> None:
    dialog = panel.template_dialog()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "noteTemplateDialog"
    assert "Tuesday Evening Peer Support" in dialog.windowTitle()
    assert_all_named(dialog)
    dialog.findChild(QPlainTextEdit, "noteTemplateEditor").setPlainText("Agreement read:\nNext session:")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert setup.services.notes.template(setup.sessions[0].group_id) == "Agreement read:\nNext session:"
    assert editor(panel).toPlainText() == "Agreement read:\nNext session:"
    assert setup.services.notes.get_note(setup.sessions[0].id) is None


def test_insert_initials_of_the_people_who_came(qtbot, panel: NotesPanel) -> None:  # type: ignore[no-untyped-def]
    themes = editor(panel, "noteThemes")
    themes.setFocus()
    qtbot.waitUntil(themes.hasFocus)
    qtbot.keyClicks(themes, "Talked with")
    menu = panel.findChild(QMenu, "noteInitialsMenu")
    menu.aboutToShow.emit()
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == ["N.V.A.  —  An", "Z.M.  —  Zoë"]   # Łukasz did not come
    next(a for a in menu.actions() if a.text().startswith("Z.M.")).trigger()
    assert themes.toPlainText() == "Talked with Z.M."
    assert themes.hasFocus()


def test_before_attendance_everyone_is_offered(panel: NotesPanel, setup: Setup) -> None:
    panel.show_meeting(setup.sessions[1])
    menu = panel.findChild(QMenu, "noteInitialsMenu")
    menu.aboutToShow.emit()
    labels = [action.text() for action in menu.actions() if not action.isSeparator() and action.isEnabled()]
    assert labels == ["N.V.A.  —  An", "Ł.  —  Łukasz", "Z.M.  —  Zoë"]


def test_ctrl_i_highlights_the_first_person_so_enter_alone_inserts_them(qtbot, panel: NotesPanel,  # type: ignore[no-untyped-def]
                                                                          setup: Setup) -> None:
    panel.show_meeting(setup.sessions[1])  # nobody marked yet: a section heading comes first
    themes = editor(panel, "noteThemes")
    themes.setFocus()
    qtbot.waitUntil(themes.hasFocus)
    qtbot.keyClicks(themes, "Talked with")
    panel.show_initials_menu()
    menu = panel.findChild(QMenu, "noteInitialsMenu")
    qtbot.waitUntil(menu.isVisible)
    assert menu.activeAction() is not None and menu.activeAction().text().startswith("N.V.A.")
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: themes.toPlainText() == "Talked with N.V.A.")


# ---------------------------------------------------------------------------- search
def test_search_as_you_type_and_open_a_result(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    older, newer = setup.sessions[0], setup.sessions[2]
    setup.services.notes.save_note(older.id, NoteSections(themes="Zoë talked about gardening"))
    setup.services.notes.save_note(newer.id, NoteSections(follow_ups="Bring the gardening handout"))
    search = panel.findChild(QLineEdit, "noteSearch")
    results = panel.findChild(QListView, "noteSearchResults")
    search.setFocus()
    qtbot.keyClicks(search, "garden")
    qtbot.waitUntil(lambda: results.model().rowCount() == 2)
    assert [results.model().index(r).data(ID_ROLE) for r in range(2)] == [newer.id, older.id]
    assert "2 notes mention “garden”" in panel.findChild(QLabel, "noteSearchInfo").text()

    qtbot.keyClick(search, Qt.Key.Key_Down)     # Down goes to the results
    assert results.hasFocus() and results.currentIndex().row() == 0
    qtbot.keyClick(results, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.session_requested, timeout=1000) as opened:
        qtbot.keyClick(results, Qt.Key.Key_Return)
    assert opened.args == [older.id]


def test_search_accepts_any_text(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    setup.services.notes.save_note(setup.sessions[0].id, NoteSections(themes="Nguyễn shared; Zoë listened"))
    search = panel.findChild(QLineEdit, "noteSearch")
    results = panel.findChild(QListView, "noteSearchResults")
    info = panel.findChild(QLabel, "noteSearchInfo")
    errors: list[str] = []
    panel.error_raised.connect(errors.append)
    for text, count in (("zoe", 1), ("NGUYEN", 1), ('"', 0), ("NEAR(", 0), ("*", 0), ("zoë -", 1), ("", 0)):
        search.setText(text)
        qtbot.keyClick(search, Qt.Key.Key_Return)   # Return searches at once
        assert results.model().rowCount() == count, text
    assert errors == []
    assert info.text().startswith("Type a word")
    search.setText("walrus")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert info.text() == "No notes mention “walrus”."


def test_results_follow_notes_written_meanwhile(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    search = panel.findChild(QLineEdit, "noteSearch")
    results = panel.findChild(QListView, "noteSearchResults")
    search.setText("courage")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert results.model().rowCount() == 0
    qtbot.keyClicks(editor(panel), "It took courage")
    panel.flush()
    qtbot.waitUntil(lambda: results.model().rowCount() == 1)
    assert results.model().index(0).data(ID_ROLE) == setup.sessions[0].id


def test_search_result_paints(qtbot, panel: NotesPanel, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    """The delegate paints the date, group and snippet: the list is not blank."""
    setup.services.notes.save_note(setup.sessions[0].id, NoteSections(themes="A long walk " * 10))
    search = panel.findChild(QLineEdit, "noteSearch")
    search.setText("walk")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    results = panel.findChild(QListView, "noteSearchResults")
    rect = results.visualRect(results.model().index(0))
    assert rect.height() > 3 * results.fontMetrics().lineSpacing()
    image = results.viewport().grab(rect).toImage()
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    inked = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                if image.pixelColor(x, y) != background)
    assert inked > 50
