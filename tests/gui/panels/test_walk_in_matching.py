"""Typing a known name as a walk-in marks that member, on any session (issue 9, "filling in history")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListView, QListWidget, QTableView, QWidget

from facilitator_app.domain.text import short_date
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from facilitator_app.ui.models.roles import ID_ROLE
from tests.gui.modal_dialogs import when_list_dialog_opens
from tests.gui.window_fixtures import attendance_rows, open_window
from tests.helpers.fixtures import meets_today_draft
from tests.helpers.sqlite_files import raw


def _store(path: Path, members: tuple[tuple[str, str], ...]) -> None:
    """A weekly group with sessions from five weeks ago, whose members were all added today."""
    store = open_store(path)
    services = build_services(store)
    today = date.today()
    group = services.groups.create_group(meets_today_draft())
    services.meetings.schedule_next(group.id, 6, today - timedelta(days=35))
    for name, full in members:
        services.members.add_member(MemberDraft(name, full_name=full), group.id, today)
    store.close()


def _open_last_month(qtbot, window) -> QListView:  # type: ignore[no-untyped-def]
    sessions = window.findChild(QListView, "sessionList")
    sessions.setFocus()
    sessions.setCurrentIndex(sessions.model().index(0, 0))
    assert "today" not in sessions.currentIndex().data()
    return sessions


def _type_walk_in(qtbot, window, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    walk_in = window.findChild(QLineEdit, "walkInName")
    window.activateWindow()  # a closed dialog hands activation back on a desktop; offscreen Qt does not
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(walk_in.hasFocus)
    qtbot.keyClicks(walk_in, text)
    return walk_in


def _live_members(path: Path) -> list[str]:
    return sorted(name for (name,) in raw(path, "SELECT preferred_name FROM members WHERE deleted_at IS NULL"))


def test_a_member_added_today_is_marked_on_last_months_sheet(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path, (("Amy", ""), ("Zoë", "")))
    window = open_window(qtbot, path, tmp_path)
    sessions = _open_last_month(qtbot, window)
    view = window.findChild(QTableView, "attendanceView")
    assert view.model().rowCount() == 0   # nobody was in the group yet on that day
    walk_in = _type_walk_in(qtbot, window, "ZOE")
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert _live_members(path) == ["Amy", "Zoë"]
    assert attendance_rows(path) == {"Zoë": "present"}
    assert view.model().index(0, 0).data() == "Zoë"
    assert window.statusBar().currentMessage() == \
        "Marked Zoë present (joined the group after this session; membership unchanged)."
    assert walk_in.text() == ""

    qtbot.keyClick(walk_in, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the empty field passes undo on
    assert attendance_rows(path) == {}
    assert _live_members(path) == ["Amy", "Zoë"]
    window.undo_stack.redo()
    assert attendance_rows(path) == {"Zoë": "present"}
    assert sessions.currentIndex().row() == 0


def test_a_former_member_is_marked_and_told_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path, (("Amy", "Amy Example"),))
    window = open_window(qtbot, path, tmp_path)
    group_id = window.current_group_id()
    amy = window.services.members.roster(group_id)[0].member
    window.services.members.leave_group(amy.id, group_id, date.today())
    sessions = window.findChild(QListView, "sessionList")
    sessions.setCurrentIndex(sessions.model().index(sessions.model().rowCount() - 1, 0))   # a session to come
    walk_in = _type_walk_in(qtbot, window, "amy example")
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: attendance_rows(path) == {"Amy": "present"})
    assert window.statusBar().currentMessage() == \
        "Marked Amy present (former member; they have not re-joined the group)."
    assert window.services.members.roster(group_id) == []
    assert _live_members(path) == ["Amy"]


def test_two_members_of_that_name_are_chosen_from_with_the_keyboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path, (("Amy", "Amy Example"), ("Amy", "Amy Sample")))
    window = open_window(qtbot, path, tmp_path)
    _open_last_month(qtbot, window)
    meeting_id = window.findChild(QListView, "sessionList").currentIndex().data(ID_ROLE)
    shown: list[list[str]] = []

    def cancel(dialog: QWidget) -> None:
        choices = dialog.findChild(QListWidget, "walkInChoices")
        shown.append([choices.item(row).text() for row in range(choices.count())])
        assert dialog.objectName() == "walkInChooser" and choices.hasFocus() and choices.accessibleName()
        qtbot.keyClick(choices, Qt.Key.Key_Escape)

    walk_in = _type_walk_in(qtbot, window, "amy")
    when_dialog_opens(qtbot, cancel)
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    assert shown == [[f"Amy (Amy Example) — joined later, on {short_date(date.today())}",
                      f"Amy (Amy Sample) — joined later, on {short_date(date.today())}",
                      "Someone new called “amy” (joins the group from this session)"]]
    assert attendance_rows(path) == {} and walk_in.text() == "amy"   # nothing saved, the name kept

    def second(dialog: QWidget) -> None:
        choices = dialog.findChild(QListWidget, "walkInChoices")
        qtbot.keyClick(choices, Qt.Key.Key_Down)
        qtbot.keyClick(choices, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, second)
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: walk_in.text() == "")
    marked = raw(path, "SELECT m.full_name FROM attendance a JOIN members m ON m.id = a.member_id "
                       "WHERE a.deleted_at IS NULL AND a.meeting_id = ?", meeting_id.hex)
    assert marked == [("Amy Sample",)]
    assert _live_members(path) == ["Amy", "Amy"]

    def someone_new(dialog: QWidget) -> None:
        choices = dialog.findChild(QListWidget, "walkInChoices")
        qtbot.keyClick(choices, Qt.Key.Key_End)
        qtbot.keyClick(choices, Qt.Key.Key_Return)

    _type_walk_in(qtbot, window, "Amy")
    when_dialog_opens(qtbot, someone_new)
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _live_members(path) == ["Amy", "Amy", "Amy"])
    assert window.statusBar().currentMessage() == "Amy joined the group and is marked present."
    window.undo_stack.undo()     # the new Amy goes again
    assert _live_members(path) == ["Amy", "Amy"]
    window.undo_stack.redo()     # and comes back as someone new, without asking again
    assert _live_members(path) == ["Amy", "Amy", "Amy"]


def when_dialog_opens(qtbot, act: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    when_list_dialog_opens(qtbot, "walkInChoices", act)


def test_an_empty_old_sheet_says_nobody_was_a_member_then_not_that_the_group_has_none(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    path = tmp_path / "store.sqlite3"
    _store(path, (("Amy", ""), ("Bob", ""), ("Cat", ""), ("Zoë", "")))
    window = open_window(qtbot, path, tmp_path)
    _open_last_month(qtbot, window)
    note = window.findChild(QLabel, "attendanceNote")
    qtbot.waitUntil(lambda: window.findChild(QTableView, "attendanceView").model().rowCount() == 0)
    assert "no members yet" not in note.text()
    assert note.text() == ("Nobody was a member on this date. Type a walk-in's name below to mark who came; "
                           "people who joined later are found too.")


def test_an_empty_sheet_of_a_group_without_members_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    path = tmp_path / "store.sqlite3"
    _store(path, ())
    window = open_window(qtbot, path, tmp_path)
    _open_last_month(qtbot, window)
    note = window.findChild(QLabel, "attendanceNote")
    assert note.text().startswith("This group has no members yet.")
