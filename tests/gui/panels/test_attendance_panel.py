"""The attendance sheet (ui/panels/attendance_panel.py) in the real window: status keys, undo, walk-ins, visitors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QSpinBox, QTableView

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.ui.models.roles import ID_ROLE
from tests.gui.window_fixtures import NAMES, attendance_rows, open_window, view_statuses


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
