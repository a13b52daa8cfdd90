"""The Handouts tab driven as a facilitator would: import through the file dialog (and by dropping files),
tick handouts given at the session, filter, preview, edit, remove and undo; the models pass qtmodeltester."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.domain.text import short_date
from facilitator_app.services.changes import ChangeBatch, Entity
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.handouts import HandoutDetails
from facilitator_app.services.sample_data import build_sample_store
from facilitator_app.storage.store import open_store
from facilitator_app.ui.dialogs.handout_dialog import HandoutDialog
from facilitator_app.ui.models.handout_library_model import (
    GIVEN,
    SESSIONS,
    TITLE,
    HandoutFilterModel,
    HandoutLibraryModel,
)
from facilitator_app.ui.models.roles import ID_ROLE, SORT_ROLE
from facilitator_app.ui.panels.handouts_panel import HandoutsPanel
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import copy_store, raw

TODAY = date(2026, 11, 26)


def make_pdf(title: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 28)
    pdf.drawString(72, 760, title)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    build_sample_store(path, scale="small", seed=1, today=TODAY)
    return path


@pytest.fixture
def sample(sample_path: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "copy.sqlite3"
    copy_store(sample_path, copy)
    store = open_store(copy)
    yield build_services(store)
    store.close()


@pytest.fixture
def session(sample: Services) -> MeetingRecord:
    """A held session of the sample's first group."""
    group = sample.groups.list_groups()[0]
    return [m for m in sample.meetings.list_meetings(group.id) if m.status is MeetingStatus.HELD][-1]


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, sample: Services, session: MeetingRecord, undo_stack: QUndoStack) -> HandoutsPanel:  # type: ignore[no-untyped-def]
    widget = HandoutsPanel(sample, undo_stack)
    sample.changes.subscribe_batches(widget.on_batch)
    qtbot.addWidget(widget)
    widget.resize(1076, 700)
    widget.show_group(sample.groups.list_groups()[0])
    widget.show_meeting(session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "chosen"
    folder.mkdir()
    pdf = folder / "crisis-plan.pdf"
    pdf.write_bytes(make_pdf("My crisis plan"))
    text = folder / "zoës_breathing_notes.txt"
    text.write_bytes("\ufeffBreathe in for 4, out for 6.\nZoë's tip: name five things you can see.\n".encode())
    return {"pdf": pdf, "text": text}


def view_of(panel: HandoutsPanel) -> QTableView:
    return panel.findChild(QTableView, "handoutLibraryView")


def titles(panel: HandoutsPanel) -> list[str]:
    proxy = view_of(panel).model()
    return [proxy.index(row, TITLE).data() for row in range(proxy.rowCount())]


def row_of_title(panel: HandoutsPanel, title: str) -> int:
    return titles(panel).index(title)


def import_through_dialog(qtbot, panel: HandoutsPanel, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                          paths: list[Path]) -> None:
    asked: list[str] = []

    def choose(parent: object, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return [str(p) for p in paths], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    qtbot.mouseClick(panel.findChild(QPushButton, "handoutImport"), Qt.MouseButton.LeftButton)
    assert asked and "*.pdf" in asked[0] and "*.md" in asked[0]


def preview_label(panel: HandoutsPanel) -> QLabel:
    return panel.findChild(QLabel, "handoutPreview")


# --- the models ---------------------------------------------------------------------------------

def test_library_model_and_filter(qtmodeltester, sample: Services, session: MeetingRecord) -> None:  # type: ignore[no-untyped-def]
    ticked: list[tuple[object, bool]] = []
    model = HandoutLibraryModel(given_editor=lambda handout_id, given: ticked.append((handout_id, given)) or True)
    model.set_entries(sample.handouts.library(None), "none")
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    assert model.index(0, GIVEN).data(Qt.ItemDataRole.CheckStateRole) is None
    assert not model.flags(model.index(0, GIVEN)) & Qt.ItemFlag.ItemIsUserCheckable

    entries = sample.handouts.library(session.id)
    model.set_entries(entries, "open")
    qtmodeltester.check(model)
    given_rows = [row for row, e in enumerate(entries) if e.given_here]
    for row, entry in enumerate(entries):
        state = model.index(row, GIVEN).data(Qt.ItemDataRole.CheckStateRole)
        assert Qt.CheckState(state) == (Qt.CheckState.Checked if entry.given_here else Qt.CheckState.Unchecked)
        assert model.index(row, SESSIONS).data() == ("Not yet" if entry.sessions_given == 0 else
                                                     f"{entry.sessions_given} session"
                                                     f"{'s' if entry.sessions_given != 1 else ''}")
    assert model.flags(model.index(0, GIVEN)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(0, GIVEN), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ticked == [(entries[0].handout.id, True)]
    assert not model.setData(model.index(0, TITLE), "New title", Qt.ItemDataRole.EditRole)

    proxy = HandoutFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("BREATH")
    assert [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())] == ["Box breathing"]
    proxy.set_filter_text("")
    proxy.set_topic("Worry")
    assert sorted(proxy.index(r, TITLE).data() for r in range(proxy.rowCount())) == [
        "Box breathing", "Grounding: 5-4-3-2-1", "Worry time"]
    qtmodeltester.check(proxy)
    proxy.sort(SESSIONS, Qt.SortOrder.DescendingOrder)
    counts = [proxy.index(r, SESSIONS).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert given_rows == [r for r in range(model.rowCount()) if model.index(r, GIVEN).data(SORT_ROLE)]


# --- importing and ticking ----------------------------------------------------------------------

def test_import_a_pdf_and_a_text_handout_and_mark_them_given(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                                           session: MeetingRecord, files: dict[str, Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before = set(titles(panel))
    with qtbot.assertNotEmitted(panel.error_raised):
        import_through_dialog(qtbot, panel, monkeypatch, [files["pdf"], files["text"]])
    assert set(titles(panel)) - before == {"Crisis plan", "Zoës breathing notes"}
    path = sample.store.path
    assert raw(path, "SELECT COUNT(*) FROM handouts WHERE title IN ('Crisis plan', 'Zoës breathing notes')") == [(2,)]

    view = view_of(panel)
    view.setFocus()
    for title in ("Crisis plan", "Zoës breathing notes"):
        view.setCurrentIndex(view.model().index(row_of_title(panel, title), TITLE))
        qtbot.keyClick(view, Qt.Key.Key_Space)  # keyboard first
        row = row_of_title(panel, title)
        assert Qt.CheckState(view.model().index(row, GIVEN).data(Qt.ItemDataRole.CheckStateRole)) \
            == Qt.CheckState.Checked
        assert view.model().index(row, SESSIONS).data() == "1 session"

    given = {h.title for h in sample.handouts.given_at(session.id)}
    assert {"Crisis plan", "Zoës breathing notes"} <= given
    sessions = panel.findChild(QListWidget, "handoutSessionsList")
    assert sessions.isVisible()
    assert [sessions.item(r).data(ID_ROLE) for r in range(sessions.count())] == [session.id]
    group = sample.groups.list_groups()[0]
    assert sessions.item(0).text() == f"{short_date(session.date)} · {group.name}"
    sessions.setFocus()
    sessions.setCurrentRow(0)
    with qtbot.waitSignal(panel.session_requested) as opened:
        qtbot.keyClick(sessions, Qt.Key.Key_Return)
    assert opened.args == [session.id]

    # Space again unticks; the list of sessions follows.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "Zoës breathing notes" not in {h.title for h in sample.handouts.given_at(session.id)}
    assert not sessions.isVisible()
    assert panel.findChild(QLabel, "handoutSessionsEmpty").text() == "Not given at any session yet."


def test_a_mouse_click_on_the_tick_box_saves_it(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                                session: MeetingRecord) -> None:
    view = view_of(panel)
    row = next(r for r in range(view.model().rowCount())
               if Qt.CheckState(view.model().index(r, GIVEN).data(Qt.ItemDataRole.CheckStateRole))
               == Qt.CheckState.Unchecked)
    handout_id = view.model().index(row, TITLE).data(ID_ROLE)
    rect = view.visualRect(view.model().index(row, GIVEN))
    # The tick box sits at the left of its cell, as the style draws it.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert handout_id in {h.id for h in sample.handouts.given_at(session.id)}


def test_undo_a_tick_and_a_removal(qtbot, panel: HandoutsPanel, sample: Services, session: MeetingRecord,  # type: ignore[no-untyped-def]
                                   undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch) -> None:
    view = view_of(panel)
    view.setFocus()
    row = row_of_title(panel, "Setting boundaries")
    view.setCurrentIndex(view.model().index(row, TITLE))
    handout_id = view.model().index(row, TITLE).data(ID_ROLE)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert handout_id in {h.id for h in sample.handouts.given_at(session.id)}
    undo_stack.undo()
    assert handout_id not in {h.id for h in sample.handouts.given_at(session.id)}
    undo_stack.redo()
    assert handout_id in {h.id for h in sample.handouts.given_at(session.id)}

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Ok)
    view.setCurrentIndex(view.model().index(row_of_title(panel, "Setting boundaries"), TITLE))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Setting boundaries" not in titles(panel)
    assert raw(sample.store.path, "SELECT deleted_at IS NOT NULL FROM handouts WHERE title = 'Setting boundaries'") \
        == [(1,)]
    undo_stack.undo()
    assert "Setting boundaries" in titles(panel)
    assert view.currentIndex().data(ID_ROLE) == handout_id
    assert handout_id in {h.id for h in sample.handouts.given_at(session.id)}


def test_no_ticks_without_a_session_or_at_a_cancelled_one(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                                          session: MeetingRecord) -> None:
    view = view_of(panel)
    label = panel.findChild(QLabel, "handoutSessionLabel")
    panel.show_meeting(None)
    assert "No session selected" in label.text()
    assert view.model().index(0, GIVEN).data(Qt.ItemDataRole.CheckStateRole) is None
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, TITLE))
    with qtbot.waitSignal(panel.status_message) as message:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "Choose a session" in message.args[0]

    cancelled = sample.meetings.set_status(session.id, MeetingStatus.CANCELLED)
    given_before = sample.handouts.given_at(session.id)
    panel.show_meeting(cancelled)
    assert "Cancelled" in label.text()
    assert not view.model().flags(view.model().index(0, GIVEN)) & Qt.ItemFlag.ItemIsUserCheckable
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert sample.handouts.given_at(session.id) == given_before


def test_the_ticks_follow_the_session_shown(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                            session: MeetingRecord) -> None:
    group = sample.groups.list_groups()[0]
    other = next(m for m in sample.meetings.list_meetings(group.id) if m.id != session.id)
    handout = sample.handouts.list_handouts()[0]
    sample.handouts.mark_given(other.id, handout.id)  # made elsewhere: the change reaches the panel
    model = view_of(panel).model()
    row = row_of_title(panel, handout.title)
    checked = {h.id for h in sample.handouts.given_at(session.id)}
    state = Qt.CheckState(model.index(row, GIVEN).data(Qt.ItemDataRole.CheckStateRole))
    assert (state == Qt.CheckState.Checked) == (handout.id in checked)
    panel.show_meeting(other)
    assert Qt.CheckState(model.index(row_of_title(panel, handout.title), GIVEN).data(
        Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked


# --- bad files, dropping files ------------------------------------------------------------------

def test_a_bad_file_is_explained_and_the_good_ones_still_come_in(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                                                 files: dict[str, Path], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "chosen" / "leaflet.pdf"
    fake.write_text("Not a PDF at all, just words.")
    count = len(sample.handouts.list_handouts())
    with qtbot.waitSignal(panel.error_raised) as error:
        import_through_dialog(qtbot, panel, monkeypatch, [fake, files["pdf"]])
    assert "1 of the 2 files were not imported; the others were" in error.args[0]
    assert "“leaflet.pdf” is named like a PDF but is really a text file" in error.args[0]
    assert len(sample.handouts.list_handouts()) == count + 1

    with qtbot.waitSignal(panel.error_raised) as error:
        panel.import_files([fake])
    assert error.args[0].startswith("“leaflet.pdf” is named like a PDF")
    assert len(sample.handouts.list_handouts()) == count + 1


def test_several_files_come_in_as_one_batch_and_one_undo_step(qtbot, panel: HandoutsPanel,  # type: ignore[no-untyped-def]
                                                                sample: Services, files: dict[str, Path],
                                                                undo_stack: QUndoStack) -> None:
    fake = files["pdf"].parent / "leaflet.pdf"
    fake.write_text("Not a PDF at all, just words.")
    extra = files["pdf"].parent / "grounding.md"
    extra.write_text("# Grounding\n\nFive things you can see.\n", encoding="utf-8")
    batches: list[ChangeBatch] = []
    sample.changes.subscribe_batches(batches.append)
    count, steps = len(sample.handouts.list_handouts()), undo_stack.count()
    with qtbot.waitSignal(panel.error_raised) as error:
        added = panel.import_files([files["pdf"], fake, files["text"], extra])
    assert len(added) == 3 and len(sample.handouts.list_handouts()) == count + 3
    assert len(batches) == 1 and batches[0].made_by(panel)
    assert batches[0].of(Entity.HANDOUT)[0].ids == {h.id for h in added}
    assert error.args[0].startswith("1 of the 4 files were not imported; the others were:")
    assert "“leaflet.pdf” is named like a PDF but is really a text file" in error.args[0]
    assert undo_stack.count() == steps + 1
    undo_stack.undo()
    assert len(sample.handouts.list_handouts()) == count


def test_drop_files_onto_the_panel(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                   files: dict[str, Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["pdf"])), QUrl("https://example.invalid/not-a-file.pdf")])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert event.isAccepted()
    assert "Crisis plan" in titles(panel)
    assert view_of(panel).currentIndex().data() == "Crisis plan"


# --- filters and preview ------------------------------------------------------------------------

def test_filter_by_text_and_topic(qtbot, panel: HandoutsPanel, sample: Services) -> None:  # type: ignore[no-untyped-def]
    handout = next(h for h in sample.handouts.list_handouts() if h.title == "Worry time")
    sample.handouts.update_handout(handout.id, HandoutDetails("Worry time for Søren's group", ("worry", "Łódź")))
    text_filter = panel.findChild(QLineEdit, "handoutFilter")
    topic = panel.findChild(QComboBox, "handoutTopicFilter")
    qtbot.keyClicks(text_filter, "breathing")
    assert titles(panel) == ["Box breathing"]
    text_filter.setText("SOREN")  # accents and case do not matter
    assert titles(panel) == ["Worry time for Søren's group"]
    text_filter.setText("")
    assert len(titles(panel)) == 12

    items = [topic.itemText(i) for i in range(topic.count())]
    assert items[0] == "All topics" and "worry" in items and "Łódź" in items
    topic.setCurrentIndex(items.index("worry"))
    assert sorted(titles(panel)) == ["Box breathing", "Grounding: 5-4-3-2-1", "Worry time for Søren's group"]
    qtbot.keyClicks(text_filter, "box")
    assert titles(panel) == ["Box breathing"]
    qtbot.keyClicks(text_filter, "zzz")
    no_match = panel.findChild(QLabel, "handoutNoMatch")
    assert titles(panel) == [] and no_match.isVisible()
    text_filter.clear()
    topic.setCurrentIndex(0)
    assert len(titles(panel)) == 12 and not no_match.isVisible()


def test_preview_of_a_pdf_and_a_text_handout(qtbot, panel: HandoutsPanel, files: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    [pdf] = panel.import_files([files["pdf"]])
    label = preview_label(panel)
    qtbot.waitUntil(lambda: not label.pixmap().isNull())
    assert label.pixmap().width() > 200
    assert "1 page" in panel.findChild(QLabel, "handoutDetailsMeta").text()

    [text] = panel.import_files([files["text"]])
    qtbot.waitUntil(lambda: "Zoë's tip" in label.text())
    assert label.pixmap().isNull()
    assert "\ufeff" not in label.text()

    panel.select_handout(pdf.id)  # shown again from the cache at once
    assert not label.pixmap().isNull()


def test_a_markdown_preview_shows_html_as_text(qtbot, panel: HandoutsPanel, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tips.md"
    path.write_text("# Tips\n\n<b>not bold</b> and **bold**\n", encoding="utf-8")
    panel.import_files([path])
    label = preview_label(panel)
    qtbot.waitUntil(lambda: "bold" in label.text())
    assert "&lt;b&gt;" in label.text()  # the raw HTML tag is shown, not obeyed
    assert panel.findChild(QLabel, "handoutDetailsTitle").text() == "Tips"


# --- an empty library, editing, names -----------------------------------------------------------

def test_an_empty_library_offers_the_starter_handouts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "new.sqlite3")
    services = build_services(store)
    group = services.groups.create_group(weekly_draft())
    [meeting] = services.meetings.schedule_next(group.id, 1, start=date(2026, 1, 1))
    panel = HandoutsPanel(services)
    services.changes.subscribe_batches(panel.on_batch)
    qtbot.addWidget(panel)
    panel.show_group(group)
    panel.show_meeting(meeting)
    panel.resize(1076, 700)
    panel.show()
    starter = panel.findChild(QPushButton, "addStarterHandouts")
    importer = panel.findChild(QPushButton, "handoutImport")
    assert starter.isVisible() and importer.isVisible()
    assert not view_of(panel).isVisible()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.mouseClick(starter, Qt.MouseButton.LeftButton)
    assert titles(panel) == ["Grounding: the 5-4-3-2-1 technique", "Our group agreement", "Sleep basics",
                             "Support contacts"]
    assert not starter.isVisible() and importer.isVisible() and view_of(panel).isVisible()
    qtbot.waitUntil(view_of(panel).hasFocus)  # the keyboard follows the new handouts, not the vanished button
    topic = panel.findChild(QComboBox, "handoutTopicFilter")
    assert "support contacts" in [topic.itemText(i) for i in range(topic.count())]
    store.close()


def test_edit_a_handout_through_its_dialog(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch, undo_stack: QUndoStack) -> None:
    seen: list[HandoutDialog] = []

    def fill_in(dialog: HandoutDialog) -> int:
        seen.append(dialog)
        dialog.title_edit.setText("")
        dialog.ok_button.click()  # a blank title is explained in the dialog, which stays open
        assert "title" in dialog.findChild(QLabel, "dialogError").text()
        dialog.title_edit.setText("Sleep basics for Aiyana's group")
        dialog.topics_edit.setText("sleep, Routine, sleep")
        dialog.version_edit.setText("3")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(HandoutDialog, "exec", fill_in)
    view = view_of(panel)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row_of_title(panel, "Sleep basics"), TITLE))
    handout_id = view.currentIndex().data(ID_ROLE)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen
    assert_all_named(seen[0])
    assert_mnemonics_sound(seen[0])
    edited = sample.handouts.get_handout(handout_id)
    assert (edited.title, edited.topics, edited.version) == ("Sleep basics for Aiyana's group", ("sleep", "Routine"),
                                                             "3")
    assert view.currentIndex().data() == "Sleep basics for Aiyana's group"
    undo_stack.undo()
    assert sample.handouts.get_handout(handout_id).title == "Sleep basics"
    assert "Sleep basics" in titles(panel)


def test_every_control_is_named_and_in_the_tab_chain(panel: HandoutsPanel) -> None:
    assert panel.objectName() == "handoutsPanel"
    for name in ("handoutLibraryView", "handoutPreview", "handoutImport"):
        assert panel.findChild(object, name) is not None, name
    assert_all_named(panel)
    assert_mnemonics_sound(panel)
    chain = panel.tab_chain()
    assert view_of(panel) in chain and panel.findChild(QPushButton, "handoutImport") in chain
    assert all(widget.accessibleName() for widget in chain)


def test_after_an_import_the_keyboard_is_on_the_new_handout(qtbot, panel: HandoutsPanel, sample: Services,  # type: ignore[no-untyped-def]
                                                           session: MeetingRecord, files: dict[str, Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    button = panel.findChild(QPushButton, "handoutImport")
    panel.window().activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    import_through_dialog(qtbot, panel, monkeypatch, [files["pdf"]])
    view = view_of(panel)
    qtbot.waitUntil(view.hasFocus)
    current = view.currentIndex()
    assert current.isValid() and current.siblingAtColumn(TITLE).data() == "Crisis plan"
    assert view.selectionModel().isRowSelected(current.row())

    # Space, as the hint says, ticks the new handout instead of opening the file dialog again.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: pytest.fail("dialog reopened")))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "Crisis plan" in {h.title for h in sample.handouts.given_at(session.id)}


def test_the_panel_ignores_its_own_batch_but_follows_another_origins(panel: HandoutsPanel,  # type: ignore[no-untyped-def]
                                                                     sample: Services) -> None:
    handout = sample.handouts.get_handout(view_of(panel).model().index(0, TITLE).data(ID_ROLE))
    sample.handouts.update_handout(handout.id, HandoutDetails(title="Renamed by the panel"),
                                   origin=panel)
    assert "Renamed by the panel" not in titles(panel)  # the panel shows its own saves itself
    sample.handouts.update_handout(handout.id, HandoutDetails(title="Renamed elsewhere"), origin=object())
    assert "Renamed elsewhere" in titles(panel)
    assert handout.title not in titles(panel)
