"""Where the keyboard goes in the real window: Ctrl+1…5 put it in the tab's main view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QListView, QTabWidget

from tests.gui.window_fixtures import open_window

MAIN_VIEWS = [(1, "attendanceView"), (2, "checkinsView"), (3, "noteThemes"), (4, "handoutLibraryView"),
              (5, "rosterView")]


@pytest.mark.parametrize(("number", "name"), MAIN_VIEWS)
def test_ctrl_number_puts_the_keyboard_in_the_tab_main_view(qtbot, store_file: Path, tmp_path: Path,
                                                            number: int, name: str) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.services.handouts.add_starter_handouts()  # an empty library shows its Import button instead
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    # Start from another tab, so the shortcut has to change the tab as well as the focus.
    start = 5 if number != 5 else 1
    qtbot.keyClick(groups, getattr(Qt.Key, f"Key_{start}"), Qt.KeyboardModifier.ControlModifier)
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)

    qtbot.keyClick(groups, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    tabs = window.findChild(QTabWidget, "sessionTabs")
    assert tabs.currentIndex() == number - 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == name)
    focused = QApplication.focusWidget()
    if hasattr(focused, "currentIndex") and focused.model() is not None and focused.model().rowCount():
        assert focused.currentIndex().isValid(), name  # arrow and status keys work at once


def test_ctrl_1_then_a_status_key_marks_the_first_member(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    qtbot.keyClick(groups, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P)
    sheet = window.services.attendance.sheet(window._navigator.current_meeting().id)
    assert [line.status.value if line.status else None for line in sheet].count("present") == 1


def test_a_tab_whose_view_cannot_take_focus_falls_back_to_its_next_control(qtbot, store_file: Path,
                                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.findChild(QAction, "cancelSessionAction").trigger()  # a cancelled session takes no attendance
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    qtbot.keyClick(groups, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not groups
    assert focused.isEnabled() and focused.isVisible()
    assert window.findChild(QTabWidget, "sessionTabs").isAncestorOf(focused) or \
        focused is window.findChild(QTabWidget, "sessionTabs").tabBar()


def test_an_empty_library_puts_the_keyboard_on_import(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    qtbot.keyClick(groups, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget().objectName() == "handoutImport"


def _as_the_platform_shows_it(title: str) -> str:
    """Qt's rule on X11, Wayland and Windows (QPlatformWindow::formatWindowTitle): the application
    display name is appended unless the title already ends with it."""
    name = QApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} — {name}"


def test_the_title_names_the_file_and_the_app_once(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app import APP_NAME

    before = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName(APP_NAME)  # as run_gui sets it
    try:
        window = open_window(qtbot, store_file, tmp_path)
        assert window.windowTitle() == f"{store_file.name} — {APP_NAME}"
        shown = _as_the_platform_shows_it(window.windowTitle())
        assert shown.count(APP_NAME) == 1, shown
    finally:
        QApplication.setApplicationDisplayName(before)


def test_alt_i_goes_to_the_sessions_and_ctrl_i_inserts_initials(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu, QPlainTextEdit

    window = open_window(qtbot, store_file, tmp_path)
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    qtbot.keyClick(groups, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    themes = window.findChild(QPlainTextEdit, "noteThemes")
    qtbot.waitUntil(themes.hasFocus)
    qtbot.keyClicks(themes, "Talked with")

    qtbot.keyClick(themes, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    menu = window.findChild(QMenu, "noteInitialsMenu")
    qtbot.waitUntil(menu.isVisible)
    first = next(a for a in menu.actions() if a.isEnabled() and not a.isSeparator())
    assert menu.activeAction() is first  # highlighted at once: Enter alone inserts the first person
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert themes.toPlainText() == "Talked with " + first.text().split()[0]

    # Alt+I still means one thing: the sessions list, from the Notes tab too.
    qtbot.keyClick(themes, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.findChild(QListView, "sessionList").hasFocus)
    assert themes.toPlainText().startswith("Talked with ")


def _frame_pixels(view) -> list[int]:  # type: ignore[no-untyped-def]
    """The colours along the left and top edges of the current item, as the viewport paints them."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.currentIndex())
    points = [(rect.left() + 1, rect.center().y()), (rect.center().x(), rect.top() + 1)]
    return [image.pixel(x, y) for x, y in points]


@pytest.mark.parametrize(("number", "name"), [(1, "attendanceView"), (5, "rosterView"), (None, "sessionList")])
def test_the_focused_item_has_a_frame_a_selected_one_does_not(qtbot, store_file: Path, tmp_path: Path,
                                                              number: int | None, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractItemView

    window = open_window(qtbot, store_file, tmp_path)
    if number is not None:
        window.show_tab(number - 1)
    view = window.findChild(QAbstractItemView, name)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    if not view.currentIndex().isValid():
        view.setCurrentIndex(view.model().index(0, 0))
    assert view.selectionModel().isSelected(view.currentIndex())
    focused = _frame_pixels(view)

    elsewhere = window.findChild(QListView, "groupList" if name == "sessionList" else "sessionList")
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    assert view.selectionModel().isSelected(view.currentIndex())  # still selected, no longer focused
    unfocused = _frame_pixels(view)
    # Plainly different, not a shade: Fusion's own faint outline differs by a few levels only.
    assert all(_distance(a, b) >= 200 for a, b in zip(focused, unfocused, strict=True)), \
        [(hex(a), hex(b)) for a, b in zip(focused, unfocused, strict=True)]


def _distance(a: int, b: int) -> int:
    """The sum of the red, green and blue differences of two ARGB pixels (0 to 765)."""
    return sum(abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) for shift in (16, 8, 0))


def test_every_list_and_table_in_the_window_uses_the_focus_frame(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractItemView

    from facilitator_app.ui.focus_style import FocusFrameStyle

    window = open_window(qtbot, store_file, tmp_path)
    assert isinstance(QApplication.style(), FocusFrameStyle)
    views = window.findChildren(QAbstractItemView)
    assert len(views) >= 8
    for view in views:
        style = view.style()
        # A view with its own style sheet draws through Qt's sheet style, which falls back to ours.
        assert style is QApplication.style() or style.inherits("QStyleSheetStyle"), view.objectName()


def test_the_focus_frame_never_crosses_a_list_row_text(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Fusion's list rows are as tall as the text: the frame needs its own room above and below it."""
    from facilitator_app.ui.focus_style import FRAME_WIDTH

    window = open_window(qtbot, store_file, tmp_path)
    sessions = window.findChild(QListView, "sessionList")
    assert sessions is not None and sessions.model().rowCount() > 0
    text_height = sessions.fontMetrics().height()
    assert sessions.sizeHintForRow(0) >= text_height + 2 * FRAME_WIDTH


@pytest.mark.parametrize("how", ["ctrl_3", "activate_session"])
def test_the_notes_editor_takes_the_keyboard_at_the_end_of_an_existing_note(qtbot, store_file: Path,
                                                                            tmp_path: Path, how: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit

    from facilitator_app.domain.records import NoteSections

    window = open_window(qtbot, store_file, tmp_path)
    meeting = window._navigator.current_meeting()
    window.services.notes.save_note(meeting.id, NoteSections(themes="Sleep and routines"))
    themes = window.findChild(QPlainTextEdit, "noteThemes")
    qtbot.waitUntil(lambda: themes.toPlainText() == "Sleep and routines")
    window.show_tab(2)
    qtbot.waitUntil(themes.hasFocus)
    themes.moveCursor(themes.textCursor().MoveOperation.Start)  # where a freshly loaded note leaves it

    if how == "ctrl_3":
        groups = window.findChild(QListView, "groupList")
        groups.setFocus()
        qtbot.waitUntil(groups.hasFocus)
        qtbot.keyClick(groups, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    else:
        sessions = window.findChild(QListView, "sessionList")
        sessions.setFocus()
        qtbot.waitUntil(sessions.hasFocus)
        qtbot.keyClick(sessions, Qt.Key.Key_Return)
    qtbot.waitUntil(themes.hasFocus)
    qtbot.keyClicks(themes, ", and walks")
    assert themes.toPlainText() == "Sleep and routines, and walks"
