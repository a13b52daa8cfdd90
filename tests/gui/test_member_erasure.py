"""Roster > Erase member…: the dialog says what happens; Cancel changes nothing; Erase erases after a backup."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.gui.modal_dialogs import when_dialog_opens
from tests.gui.window_fixtures import open_window
from tests.helpers.fixtures import meets_today_draft
from tests.helpers.sqlite_files import raw


def _store(path: Path) -> None:
    with open_store(path) as store:
        services = build_services(store)
        today = date.today()
        group = services.groups.create_group(meets_today_draft())
        meeting = services.meetings.schedule_next(group.id, 1, today - timedelta(days=7))[0]
        amy = services.members.add_member(MemberDraft("Amy", full_name="Amy Quennell"), group.id,
                                          today - timedelta(days=60))
        services.members.add_member(MemberDraft("Bob"), group.id, today - timedelta(days=60))
        services.attendance.set_status(meeting.id, amy.id, AttendanceStatus.PRESENT)


def _names(path: Path) -> list[str]:
    return sorted(name for (name,) in raw(path, "SELECT preferred_name FROM members"))


def _select_amy(qtbot, window) -> QTableView:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    roster = window.findChild(QTableView, "rosterView")
    qtbot.waitUntil(roster.isVisible)
    roster.setFocus()
    qtbot.keyClick(roster, Qt.Key.Key_Home)
    assert roster.currentIndex().data() == "Amy"
    return roster


def test_cancel_erases_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path)
    window = open_window(qtbot, path, tmp_path)
    roster = _select_amy(qtbot, window)
    action = window.findChild(QAction, "eraseMemberAction")
    assert action in roster.actions() and action.isEnabled()
    seen: dict[str, str] = {}

    def cancel(dialog: QWidget) -> None:
        seen["name"] = dialog.objectName()
        seen["text"] = dialog.findChild(QLabel, "eraseMemberSummary").text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(qtbot, cancel)
    action.trigger()
    assert seen["name"] == "eraseMemberDialog"
    assert seen["text"].startswith("Erase Amy (Amy Quennell) for good, as they asked?")
    assert _names(path) == ["Amy", "Bob"]


def test_erase_removes_the_member_and_keeps_the_headcount(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path)
    window = open_window(qtbot, path, tmp_path)
    roster = _select_amy(qtbot, window)
    when_dialog_opens(qtbot, lambda dialog: dialog.findChild(QPushButton, "eraseMemberOk").click())
    window.findChild(QAction, "eraseMemberAction").trigger()
    assert _names(path) == ["Bob", "[erased]"]
    assert raw(path, "SELECT count(*) FROM attendance") == [(0,)]
    assert raw(path, "SELECT sum(visitor_count) FROM meetings") == [(1,)]
    assert raw(path, "SELECT action FROM audit_events ORDER BY sequence DESC LIMIT 1") == [("erase.member",)]
    assert window.statusBar().currentMessage().startswith("The member was erased.")
    qtbot.waitUntil(lambda: roster.model().rowCount() == 1)
    assert window.undo_stack.count() == 0
    assert list((tmp_path / "backups").glob("*before-erase*"))
