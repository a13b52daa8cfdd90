"""The sheet's keys start at the top row as displayed, not at the member added first (issue 9)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QTableView

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from facilitator_app.ui.models.roles import ID_ROLE
from tests.gui.window_fixtures import attendance_rows, open_window
from tests.helpers.fixtures import meets_today_draft

ADDED_IN_THIS_ORDER = ("Zed", "Amy", "Bob")


def _group_with_sessions(path: Path, members: tuple[str, ...]) -> None:
    store = open_store(path)
    services = build_services(store)
    today = date.today()
    group = services.groups.create_group(meets_today_draft())
    services.meetings.schedule_next(group.id, 4, today - timedelta(days=14))
    for name in members:
        services.members.add_member(MemberDraft(name), group.id, today - timedelta(days=60))
    store.close()


def _names(view: QTableView) -> list[str]:
    return [view.model().index(row, 0).data() for row in range(view.model().rowCount())]


def _press_p(qtbot, window) -> QTableView:  # type: ignore[no-untyped-def]
    view = window.findChild(QTableView, "attendanceView")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_P)
    return view


@pytest.mark.parametrize("when", ["before the window opened", "while the sheet was on screen"])
def test_p_marks_the_top_row_as_displayed(qtbot, tmp_path: Path, when: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    early = when == "before the window opened"
    _group_with_sessions(path, ADDED_IN_THIS_ORDER if early else ())
    window = open_window(qtbot, path, tmp_path)
    if not early:
        group_id = window.current_group_id()
        for name in ADDED_IN_THIS_ORDER:
            window.services.members.add_member(MemberDraft(name), group_id, date.today() - timedelta(days=60))
    view = window.findChild(QTableView, "attendanceView")
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    assert _names(view) == ["Amy", "Bob", "Zed"]
    assert view.currentIndex().row() == 0
    _press_p(qtbot, window)
    assert attendance_rows(path) == {"Amy": "present"}
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert attendance_rows(path) == {"Amy": "present", "Bob": "present"}


def test_switching_sessions_starts_at_the_top_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _group_with_sessions(path, ADDED_IN_THIS_ORDER)
    window = open_window(qtbot, path, tmp_path)
    view = window.findChild(QTableView, "attendanceView")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    sessions = window.findChild(QListView, "sessionList")
    earlier = sessions.model().index(sessions.currentIndex().row() - 1, 0).data(ID_ROLE)
    amy = next(line.member.id for line in window.services.attendance.sheet(earlier)
               if line.member.preferred_name == "Amy")
    window.services.attendance.set_status(earlier, amy, AttendanceStatus.EXCUSED)
    sessions.setFocus()
    qtbot.keyClick(sessions, Qt.Key.Key_Up)
    assert sessions.currentIndex().data(ID_ROLE) == earlier
    assert view.currentIndex().row() == 0  # the top row, even though Amy already has a status
    qtbot.keyClick(sessions, Qt.Key.Key_Return)  # Enter takes the keys to the sheet
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert attendance_rows(path) == {"Amy": "present"}


def test_a_place_the_facilitator_chose_survives_a_member_added_elsewhere(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _group_with_sessions(path, ADDED_IN_THIS_ORDER)
    window = open_window(qtbot, path, tmp_path)
    view = window.findChild(QTableView, "attendanceView")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)   # on Bob
    window.services.members.add_member(MemberDraft("Abe"), window.current_group_id(),
                                       date.today() - timedelta(days=60))
    qtbot.waitUntil(lambda: view.model().rowCount() == 4)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert attendance_rows(path) == {"Bob": "present"}
