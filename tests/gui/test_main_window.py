"""The main window driven as a facilitator would: through object names and the keyboard.

What belongs to the window as a whole (names, tab order, mnemonics, menus, quit and reopen, backup);
each panel's own behaviour is in tests/gui/panels/test_<panel>.py, as in facilitator_app/ui/panels/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from facilitator_app.app import create_main_window
from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.services.changes import ChangeBatch
from facilitator_app.services.container import build_services
from facilitator_app.ui.models.roles import ID_ROLE
from tests.gui.window_fixtures import open_window, view_statuses

OBJECT_NAMES = ["mainWindow", "groupList", "sessionList", "rosterPanel", "rosterView", "attendancePanel",
                "attendanceView", "visitorCount", "walkInName", "checkinsPanel", "notesPanel", "handoutsPanel"]


def test_every_named_object_is_there_with_an_accessible_name(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    for name in OBJECT_NAMES:
        widget = window if name == "mainWindow" else window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName() or name == "mainWindow", name
    interactive = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QListView, QTableView)
    for widget in window.findChildren(QWidget):
        if isinstance(widget, interactive) and widget.isVisibleTo(window) and widget.objectName() \
                and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget.objectName()
            assert widget.toolTip(), widget.objectName()


def test_cancelled_session_stays_listed_and_takes_no_attendance(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.findChild(QAction, "cancelSessionAction").trigger()
    sessions = window.findChild(QListView, "sessionList")
    assert sessions.model().rowCount() == 7
    assert "cancelled" in sessions.currentIndex().data()
    assert not window.findChild(QTableView, "attendanceView").isEnabled()
    window.findChild(QAction, "plannedAction").trigger()
    assert window.findChild(QTableView, "attendanceView").isEnabled()
    window.findChild(QAction, "didNotMeetAction").trigger()
    assert "did not meet" in sessions.currentIndex().data()


def test_quit_and_reopen_brings_back_the_same_state(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    sessions = window.findChild(QListView, "sessionList")
    sessions.setCurrentIndex(sessions.model().index(1, 0))  # a past session, not the default
    chosen = sessions.currentIndex().data(ID_ROLE)
    view = window.findChild(QTableView, "attendanceView")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_P)
    qtbot.keyClick(view, Qt.Key.Key_A)
    before = view_statuses(window)
    window.close()

    again = open_window(qtbot, store_file, tmp_path)
    assert again.findChild(QListView, "sessionList").currentIndex().data(ID_ROLE) == chosen
    assert view_statuses(again) == before
    assert again.findChild(QStackedWidget) is not None


def test_one_action_reloads_the_roster_and_the_sessions_once(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The navigator and the roster follow whole batches: a merge (members, memberships, attendance at
    three sessions) reloads the roster once; two sessions removed in one batch reload the list once."""
    window = open_window(qtbot, store_file, tmp_path)
    window.findChild(QWidget, "sessionTabs").setCurrentIndex(4)
    roster = window.findChild(QTableView, "rosterView")
    qtbot.waitUntil(lambda: roster.model().rowCount() == 12)
    sessions = window.findChild(QListView, "sessionList")
    services = window.services
    group_id = window.current_group_id()
    assert group_id is not None
    people = {m.preferred_name: m for m in services.members.list_members()}
    meetings = services.meetings.list_meetings(group_id)
    for meeting in meetings[:3]:
        services.attendance.set_status(meeting.id, people["Bea"].id, AttendanceStatus.PRESENT)
    resets = {"roster": 0, "sessions": 0}
    roster.model().modelReset.connect(lambda: resets.update(roster=resets["roster"] + 1))
    sessions.model().modelReset.connect(lambda: resets.update(sessions=resets["sessions"] + 1))

    services.merges.merge(people["Zoë"].id, people["Bea"].id)
    assert resets == {"roster": 1, "sessions": 0} and roster.model().rowCount() == 11

    elsewhere = build_services(services.store)  # removed without the window hearing it...
    removed: list[ChangeBatch] = []
    elsewhere.changes.subscribe_batches(removed.append)
    for meeting in meetings[-2:]:
        elsewhere.meetings.delete_meeting(meeting.id)
    services.changes.publish(ChangeBatch(tuple(c for b in removed for c in b.changes)))  # ...then as one batch
    assert resets["sessions"] == 1 and sessions.model().rowCount() == len(meetings) - 2


def test_back_up_now_writes_a_backup(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(store_file, backups_dir=tmp_path / "backups", settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.findChild(QAction, "backupNowAction").trigger()
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1
    assert "Backup written" in window.statusBar().currentMessage()


def test_closing_the_window_closes_the_store(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.close()
    assert not Path(f"{store_file}-wal").exists()


def test_tab_goes_round_the_whole_window(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    visited = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
        if QApplication.focusWidget() is groups:
            break
    for name in ("sessionList", "attendanceView", "markEveryonePresent", "walkInName", "visitorCount"):
        assert name in visited, visited
    assert visited[-1] == "groupList", " > ".join(visited)  # and back to the start: no trap


def test_mnemonics_do_not_clash(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Across the menu bar, the session tabs, the groups pane and each tab page (and the welcome),
    # including the "(Alt+X)" that tooltips and hints promise: the old check read only "&" texts,
    # so "Insert initials (Alt+I)" in the Notes tab hid behind "Sess&ions".
    from facilitator_app.ui.actions import SHORTCUTS
    from tests.gui.window_keys import ALT, problems, window_scopes

    window = open_window(qtbot, store_file, tmp_path)
    tabs = window.findChild(QTabWidget, "sessionTabs")
    stack = tabs.parentWidget()
    assert problems(window, tabs, stack) == []
    bound = {b.letter for common, own in window_scopes(window, tabs, stack).values() for b in common + own}
    listed = {m.group(1).lower() for keys, _ in SHORTCUTS for m in ALT.finditer(keys)}
    assert listed and listed <= bound, listed - bound  # the F1 list names only keys that work


@pytest.mark.parametrize(("free", "size"), [((1920, 1040), (1280, 760)),   # room to spare: the roomy size
                                            ((1366, 728), (1280, 704)),    # a laptop with a panel: fits
                                            ((960, 600), (960, 600))])     # the smallest: never below it
def test_the_first_run_size_fits_the_free_screen(free: tuple[int, int], size: tuple[int, int]) -> None:
    from PySide6.QtCore import QSize

    from facilitator_app.ui.main_window import first_run_size

    assert first_run_size(QSize(*free)) == QSize(*size)
