"""The main window driven as a facilitator would: through object names and the keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from facilitator_app.app import create_main_window
from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.services.changes import ChangeBatch
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.models.roles import ID_ROLE, SORT_ROLE, STATUS_ROLE
from tests.helpers.fixtures import meets_today_draft
from tests.helpers.sqlite_files import connect as keyed_connect

NAMES = ["Zoë", "Łukasz", "Søren", "Nguyễn Văn An", "Aiyana", "Bea", "Chidi", "Dara", "Eli", "Farah",
         "Gus", "Hana"]
OBJECT_NAMES = ["mainWindow", "groupList", "sessionList", "rosterPanel", "rosterView", "attendancePanel",
                "attendanceView", "visitorCount", "walkInName", "checkinsPanel", "notesPanel", "handoutsPanel"]


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    """A weekly group of 12 members with sessions from two weeks ago to four weeks ahead."""
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    services = build_services(store)
    today = date.today()
    group = services.groups.create_group(meets_today_draft())
    for name in NAMES:
        services.members.add_member(MemberDraft(name), group.id, today - timedelta(days=60))
    services.meetings.schedule_next(group.id, 7, today - timedelta(days=14))
    store.close()
    return path


def open_window(qtbot, path: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(path, settings_file=tmp_path / "window.ini")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    # Shortcuts (Ctrl+Z, Ctrl+Shift+P) only fire in the active window, as on a desktop.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def attendance_rows(path: Path) -> dict[str, str]:
    with keyed_connect(path) as conn:
        return dict(conn.execute(
            "SELECT m.preferred_name, a.status FROM attendance a JOIN members m ON m.id = a.member_id "
            "WHERE a.deleted_at IS NULL"))


def view_statuses(window: MainWindow) -> list[AttendanceStatus | None]:
    view = window.findChild(QTableView, "attendanceView")
    model = view.model()
    return [model.index(row, 2).data(STATUS_ROLE) for row in range(model.rowCount())]


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


def test_today_session_is_preselected(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    sessions = window.findChild(QListView, "sessionList")
    assert sessions.model().rowCount() == 7
    assert "today" in sessions.currentIndex().data()
    assert window.findChild(QTableView, "attendanceView").model().rowCount() == 12


def test_attendance_for_twelve_members_in_fourteen_keystrokes(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    sessions = window.findChild(QListView, "sessionList")
    sessions.setFocus()
    qtbot.waitUntil(sessions.hasFocus)
    keystrokes = 0
    qtbot.keyClick(sessions, Qt.Key.Key_Return)
    keystrokes += 1
    view = window.findChild(QTableView, "attendanceView")
    qtbot.waitUntil(view.hasFocus)
    for _ in NAMES:
        qtbot.keyClick(view, Qt.Key.Key_P)
        keystrokes += 1
    assert keystrokes <= 14
    assert view_statuses(window) == [AttendanceStatus.PRESENT] * 12
    assert attendance_rows(store_file) == dict.fromkeys(NAMES, "present")
    assert "In the room: 12" in window.findChild(QLabel, "attendanceTotals").text()
    assert window.services.meetings.get_meeting(window._navigator.current_meeting().id).status is MeetingStatus.HELD


def test_status_keys_cycle_clear_undo_and_redo(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    view = window.findChild(QTableView, "attendanceView")
    view.setFocus()
    for key in (Qt.Key.Key_L, Qt.Key.Key_O, Qt.Key.Key_E, Qt.Key.Key_A):
        qtbot.keyClick(view, key)
    expected = [AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT]
    assert view_statuses(window)[:4] == expected
    # The selection moved on to the fifth member; go back up and cycle the fourth.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view_statuses(window)[3] == AttendanceStatus.PRESENT
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view_statuses(window)[3] is None
    names = [view.model().index(r, 0).data() for r in range(4)]
    assert attendance_rows(store_file) == dict(zip(names[:3], ["late", "left_early", "excused"], strict=True))

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo the clear
    assert view_statuses(window)[3] == AttendanceStatus.PRESENT
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo the cycle
    assert view_statuses(window)[3] == AttendanceStatus.ABSENT
    assert attendance_rows(store_file)[names[3]] == "absent"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view_statuses(window)[3] == AttendanceStatus.PRESENT
    assert attendance_rows(store_file)[names[3]] == "present"


def test_walk_in_everyone_present_and_visitors(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    walk_in = window.findChild(QLineEdit, "walkInName")
    walk_in.setFocus()
    qtbot.keyClicks(walk_in, "Ines")
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    assert walk_in.text() == ""
    view = window.findChild(QTableView, "attendanceView")
    qtbot.waitUntil(lambda: view.model().rowCount() == 13)
    assert attendance_rows(store_file) == {"Ines": "present"}
    roster = {e.member.preferred_name for e in window.services.members.roster(window._navigator.current_group().id)}
    assert "Ines" in roster

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert set(attendance_rows(store_file).values()) == {"present"} and len(attendance_rows(store_file)) == 13
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert attendance_rows(store_file) == {"Ines": "present"}

    visitors = window.findChild(QSpinBox, "visitorCount")
    visitors.setFocus()
    qtbot.keyClick(visitors, Qt.Key.Key_Up)
    qtbot.keyClick(visitors, Qt.Key.Key_Up)
    meeting_id = window._navigator.current_meeting().id
    assert window.services.meetings.get_meeting(meeting_id).visitor_count == 2
    assert "3" in window.findChild(QLabel, "attendanceTotals").text()  # Ines + 2 visitors
    window.undo_stack.undo()  # the two steps merged into one undo
    assert window.services.meetings.get_meeting(meeting_id).visitor_count == 0
    assert visitors.value() == 0


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


def test_empty_store_shows_the_welcome(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path / "new.sqlite3", tmp_path)
    welcome = window.findChild(QWidget, "welcomePanel")
    assert welcome.isVisible()
    assert window.findChild(QAbstractButton, "createFirstGroup").isVisible()
    assert window.findChild(QAbstractButton, "exploreSampleData").isVisible()


def test_roster_filters_as_you_type(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.findChild(QWidget, "sessionTabs").setCurrentIndex(4)
    roster = window.findChild(QTableView, "rosterView")
    qtbot.waitUntil(lambda: roster.model().rowCount() == 12)
    line = window.findChild(QLineEdit, "rosterFilter")
    qtbot.keyClicks(line, "an")
    shown = sorted(roster.model().index(r, 0).data() for r in range(roster.model().rowCount()))
    assert shown == sorted(n for n in NAMES if "an" in n.casefold())


def test_roster_header_click_sorts_and_clearing_the_filter_keeps_the_order(  # type: ignore[no-untyped-def]
        qtbot, store_file: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, store_file, tmp_path)
    window.findChild(QWidget, "sessionTabs").setCurrentIndex(4)
    roster = window.findChild(QTableView, "rosterView")
    qtbot.waitUntil(lambda: roster.model().rowCount() == 12)

    def names() -> list[str]:
        return [roster.model().index(r, 0).data(SORT_ROLE) for r in range(roster.model().rowCount())]

    assert names() == sorted(names())  # opens sorted by name
    header = roster.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2))
    descending = names()
    assert descending == sorted(descending, reverse=True) and len(descending) == 12
    line = window.findChild(QLineEdit, "rosterFilter")
    qtbot.keyClicks(line, "an")
    assert 0 < roster.model().rowCount() < 12
    line.clear()
    assert names() == descending


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


def test_walk_in_undo_and_cancel_undo(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    walk_in = window.findChild(QLineEdit, "walkInName")
    walk_in.setFocus()
    qtbot.keyClicks(walk_in, "Kai")
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    assert attendance_rows(store_file) == {"Kai": "present"}
    qtbot.keyClick(walk_in, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the empty field passes undo on
    assert attendance_rows(store_file) == {}
    assert walk_in.text() == ""
    group_id = window._navigator.current_group().id
    assert "Kai" not in [e.member.preferred_name for e in window.services.members.roster(group_id)]
    window.undo_stack.redo()
    assert attendance_rows(store_file) == {"Kai": "present"}
    # Typing an existing member's name marks that member instead of creating a namesake.
    qtbot.keyClicks(walk_in, "kai")
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    assert [e.member.preferred_name for e in window.services.members.roster(group_id)].count("Kai") == 1

    sessions = window.findChild(QListView, "sessionList")
    window.findChild(QAction, "cancelSessionAction").trigger()
    assert "cancelled" in sessions.currentIndex().data()
    window.undo_stack.undo()
    assert "cancelled" not in sessions.currentIndex().data()


def test_undo_brings_the_changed_session_back_on_screen(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    view = window.findChild(QTableView, "attendanceView")
    sessions = window.findChild(QListView, "sessionList")
    marked_session = sessions.currentIndex().data(ID_ROLE)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_P)
    sessions.setCurrentIndex(sessions.model().index(0, 0))
    assert sessions.currentIndex().data(ID_ROLE) != marked_session
    window.undo_stack.undo()
    assert sessions.currentIndex().data(ID_ROLE) == marked_session
    assert attendance_rows(store_file) == {}
    assert window.services.meetings.get_meeting(marked_session).status is MeetingStatus.PLANNED


def test_visitor_steps_that_return_to_the_start_leave_nothing_to_undo(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    visitors = window.findChild(QSpinBox, "visitorCount")
    visitors.setFocus()
    qtbot.keyClick(visitors, Qt.Key.Key_Up)
    qtbot.keyClick(visitors, Qt.Key.Key_Down)
    assert window.undo_stack.count() == 0


@pytest.mark.parametrize(("free", "size"), [((1920, 1040), (1280, 760)),   # room to spare: the roomy size
                                            ((1366, 728), (1280, 704)),    # a laptop with a panel: fits
                                            ((960, 600), (960, 600))])     # the smallest: never below it
def test_the_first_run_size_fits_the_free_screen(free: tuple[int, int], size: tuple[int, int]) -> None:
    from PySide6.QtCore import QSize

    from facilitator_app.ui.main_window import first_run_size

    assert first_run_size(QSize(*free)) == QSize(*size)
