"""The window at its smallest size (960x600) and on the smallest laptop screen (1366x768).

Issue 9: at 960x600 the Notes tab drew the safety reminder over its editor and wrapped the
initials hint one word per line, and the roster needed a horizontal scrollbar. These tests
lay the real window out on the sample store (invented people) and check the geometry.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from facilitator_app.app import create_main_window
from facilitator_app.services.sample_data import build_sample_store
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.optional_columns import OptionalColumns
from tests.helpers.sqlite_files import copy_store

SIZES = [(960, 600), (1366, 768)]
NOTE_PARTS = ["notesTitle", "noteInsertInitials", "noteUseTemplate", "noteEditTemplate", "noteHint", "noteThemes",
              "noteStrategies", "noteFollowUps", "noteSafetyFrame", "noteEditor", "noteStatus", "noteSearchColumn"]
TAB_NAMES = ["Attendance", "Check-ins", "Notes", "Handouts", "Roster"]


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    build_sample_store(path, scale="small", seed=1, today=date(2026, 12, 4))
    return path


def open_at(qtbot, sample_file: Path, tmp_path: Path, size: tuple[int, int],  # type: ignore[no-untyped-def]
            store: str = "sample.sqlite3") -> MainWindow:
    path = tmp_path / store
    if store == "sample.sqlite3":
        copy_store(sample_file, path)
    window = create_main_window(path, settings_file=tmp_path / "window.ini", back_up=False)
    qtbot.addWidget(window)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0] and window.size().height() == size[1])
    QApplication.processEvents()
    return window


def show_latest_held(window: MainWindow, group_row: int) -> None:
    groups = window.findChild(QListView, "groupList")
    groups.setCurrentIndex(groups.model().index(group_row, 0))
    sessions = window.findChild(QListView, "sessionList")
    model = sessions.model()
    held = [r for r in range(model.rowCount()) if "held" in (model.index(r, 0).data() or "")]
    sessions.setCurrentIndex(model.index(held[-1], 0))


def show_tab(window: MainWindow, name: str) -> QWidget:
    tabs = window.findChild(QTabWidget, "sessionTabs")
    tabs.setCurrentIndex(TAB_NAMES.index(name))
    QApplication.processEvents()
    return tabs.currentWidget()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def in_scroll_area(widget: QWidget, page: QWidget) -> bool:
    """Inside a scroll area (the handout preview): it scrolls, so it may be taller than its box."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def squeezed(page: QWidget) -> list[str]:
    """Visible controls laid out smaller than the least they need to show their text."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.objectName().startswith("qt_") or in_scroll_area(widget, page):
            continue
        least = widget.minimumSizeHint()
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton) and least.isValid() and widget.width() < least.width() \
                and widget.sizePolicy().horizontalPolicy().name != "Ignored":
            found.append(f"{name}: {widget.width()} px wide, needs {least.width()}")
        if not isinstance(widget, QAbstractScrollArea) and least.isValid() and widget.height() < least.height():
            found.append(f"{name}: {widget.height()} px high, needs {least.height()}")
        if isinstance(widget, QLabel) and widget.hasHeightForWidth() \
                and widget.height() < widget.heightForWidth(widget.width()):
            found.append(f"{name}: its wrapped text is cut off")
        if isinstance(widget, QPlainTextEdit) and widget.height() < widget.minimumHeight():
            found.append(f"{name}: below its minimum height")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_and_the_welcome_fit_the_window(qtbot, sample_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  size: tuple[int, int]) -> None:
    window = open_at(qtbot, sample_file, tmp_path, size)
    for group_row in (0, 1):
        show_latest_held(window, group_row)
        for name in TAB_NAMES:
            page = show_tab(window, name)
            assert squeezed(page) == [], name
    window.close()
    empty = open_at(qtbot, sample_file, tmp_path, size, store="empty.sqlite3")
    welcome = empty.centralWidget()
    assert squeezed(welcome) == []
    for button in welcome.findChildren(QAbstractButton):
        if button.isVisibleTo(welcome):
            assert welcome.rect().contains(rect_in(button, welcome)), button.text()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_roster_columns_fit_without_a_horizontal_scrollbar(qtbot, sample_file: Path,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path, size: tuple[int, int]) -> None:
    window = open_at(qtbot, sample_file, tmp_path, size)
    for group_row in (0, 1):
        show_latest_held(window, group_row)
        show_tab(window, "Roster")
        view = window.findChild(QTableView, "rosterView")
        assert view.model().rowCount() > 5
        header = view.horizontalHeader()
        assert header.length() <= view.viewport().width()
        assert view.horizontalScrollBar().maximum() == 0
        # Every name and every cell is shown whole, not elided ("Nguyễn Văn A…").
        metrics = view.fontMetrics()
        for row in range(view.model().rowCount()):
            for column in range(view.model().columnCount()):
                text = view.model().index(row, column).data() or ""
                assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(column), text


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_notes_tab_parts_do_not_overlap(qtbot, sample_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            size: tuple[int, int]) -> None:
    window = open_at(qtbot, sample_file, tmp_path, size)
    show_latest_held(window, 1)
    panel = show_tab(window, "Notes")
    parts = {name: panel.findChild(QWidget, name) for name in NOTE_PARTS}
    rects = {name: rect_in(widget, panel) for name, widget in parts.items()}
    for name, rect in rects.items():
        assert parts[name].isVisible(), name
        assert panel.rect().contains(rect), name
    names = list(rects)
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            assert not rects[first].intersects(rects[second]), (first, second)

    # Inside the safety box: its label, editor and reminder one under the other.
    frame = panel.findChild(QFrame, "noteSafetyFrame")
    editor = frame.findChild(QPlainTextEdit, "noteSafety")
    reminder = frame.findChild(QLabel, "noteSafetyHint")
    assert rect_in(editor, frame).bottom() < rect_in(reminder, frame).top()
    assert frame.rect().contains(rect_in(reminder, frame))
    assert reminder.height() >= reminder.heightForWidth(reminder.width())
    for field in ("noteThemes", "noteStrategies", "noteFollowUps", "noteSafety", "noteEditor"):
        box = panel.findChild(QPlainTextEdit, field)
        assert box.height() >= box.minimumHeight() >= 3 * box.fontMetrics().lineSpacing(), field


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_initials_hint_takes_at_most_two_lines(qtbot, sample_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   size: tuple[int, int]) -> None:
    window = open_at(qtbot, sample_file, tmp_path, size)
    show_latest_held(window, 0)
    panel = show_tab(window, "Notes")
    hint = panel.findChild(QLabel, "noteHint")
    lines = hint.fontMetrics().lineSpacing()
    assert "initials" in hint.text()
    assert lines <= hint.height() <= 2 * lines + 4
    assert hint.height() >= hint.heightForWidth(hint.width())  # and those lines are all shown


def test_the_handout_titles_are_whole_and_the_extra_columns_come_back_when_there_is_room(  # type: ignore[no-untyped-def]
        qtbot, sample_file: Path, tmp_path: Path) -> None:
    window = open_at(qtbot, sample_file, tmp_path, (960, 600))
    show_latest_held(window, 1)
    show_tab(window, "Handouts")
    view = window.findChild(QTableView, "handoutLibraryView")
    header = view.horizontalHeader()

    def check_fits() -> list[str]:
        QApplication.processEvents()
        assert view.horizontalScrollBar().maximum() == 0
        assert header.length() <= view.viewport().width()
        metrics = view.fontMetrics()
        for row in range(view.model().rowCount()):
            title = view.model().index(row, 1).data()
            assert metrics.horizontalAdvance(title) + 8 <= header.sectionSize(1), title
        return [str(view.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())
                if not header.isSectionHidden(c)]

    small = check_fits()
    assert small[:2] == ["This session", "Title"] and "Version" not in small
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    assert check_fits() == ["This session", "Title", "Topics", "Kind", "Version", "Given at"]
    window.resize(960, 600)
    qtbot.waitUntil(lambda: window.width() == 960)
    assert check_fits() == small


def test_optional_columns_step_aside_last_first_and_keep_a_dragged_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(3, 4)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2, 3):
        header.resizeSection(column, 100)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    fit = OptionalColumns(view, stretch=0, stretch_min=150, optional=(1, 2, 3))
    assert fit.hidden() == []
    view.resize(400, 200)   # room for 150 + two of them
    qtbot.waitUntil(lambda: fit.hidden() == [3])
    view.resize(300, 200)
    qtbot.waitUntil(lambda: fit.hidden() == [2, 3])
    header.resizeSection(1, 60)   # dragged narrower by the facilitator
    view.resize(600, 200)
    qtbot.waitUntil(lambda: fit.hidden() == [])
    assert header.sectionSize(1) == 60 and header.sectionSize(3) == 100


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_who5_round_fits_without_a_horizontal_scrollbar(qtbot, sample_file: Path,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path, size: tuple[int, int]) -> None:
    """Issue 9 follow-up: at 960x600, WHO-5's Q5, Total, %, Word and Passed were off-screen."""
    window = open_at(qtbot, sample_file, tmp_path, size)
    label = window.findChild(QLabel, "checkinsInstrument")
    for group_row in range(window.findChild(QListView, "groupList").model().rowCount()):
        show_latest_held(window, group_row)
        page = show_tab(window, "Check-ins")
        if label.text().startswith("WHO-5"):
            break
    assert label.text().startswith("WHO-5")
    view = window.findChild(QTableView, "checkinsView")
    assert view.model().rowCount() > 3
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    for column in range(1, header.count()):                    # every header but the name's is whole
        text = view.model().headerData(column, Qt.Orientation.Horizontal)
        assert view.fontMetrics().horizontalAdvance(text) + 8 <= header.sectionSize(column), text
    assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance("Nguyễn Văn")   # names elide past this
    assert squeezed(page) == []
