"""Roster > Merge with…, driven from the keyboard: confirm, see it done, Ctrl+Z, Ctrl+Shift+Z (issue 9)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QPushButton, QTableView, QWidget

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.gui.modal_dialogs import when_list_dialog_opens
from tests.gui.window_fixtures import open_window
from tests.helpers.fixtures import meets_today_draft
from tests.helpers.sqlite_files import raw


def _store(path: Path) -> None:
    """Amy since January with one session marked; "amy e" typed in later as a walk-in, marked twice."""
    store = open_store(path)
    services = build_services(store)
    today = date.today()
    group = services.groups.create_group(meets_today_draft())
    meetings = services.meetings.schedule_next(group.id, 4, today - timedelta(days=21))
    amy = services.members.add_member(MemberDraft("Amy"), group.id, today - timedelta(days=60))
    services.members.add_member(MemberDraft("Bob"), group.id, today - timedelta(days=60))
    dup = services.attendance.add_walk_in(meetings[1].id, "amy e").line.member
    services.members.update_member(dup.id, MemberDraft("amy e", full_name="Amy Example"))
    services.attendance.set_status(meetings[0].id, amy.id, AttendanceStatus.PRESENT)
    services.attendance.set_status(meetings[1].id, amy.id, AttendanceStatus.ABSENT)
    services.attendance.set_status(meetings[2].id, dup.id, AttendanceStatus.LATE)
    store.close()


def when_dialog_opens(qtbot, act: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    when_list_dialog_opens(qtbot, "mergeMembersList", act)


def _people(path: Path) -> list[str]:
    return sorted(name for (name,) in raw(path, "SELECT preferred_name FROM members WHERE deleted_at IS NULL"))


def _attendance(path: Path) -> list[tuple[str, str]]:
    return sorted(raw(path, "SELECT m.preferred_name, a.status FROM attendance a JOIN members m ON m.id = a.member_id "
                            "WHERE a.deleted_at IS NULL"))


def _roster_on_amy(qtbot, window) -> QTableView:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    roster = window.findChild(QTableView, "rosterView")
    qtbot.waitUntil(roster.isVisible)
    roster.setFocus()
    qtbot.keyClick(roster, Qt.Key.Key_Home)
    assert roster.currentIndex().data() == "Amy"
    return roster


def test_merge_with_confirm_undo_and_redo_from_the_keyboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path)
    window = open_window(qtbot, path, tmp_path)
    roster = _roster_on_amy(qtbot, window)
    before = _attendance(path)
    assert _people(path) == ["Amy", "Bob", "amy e"]
    seen: dict[str, object] = {}

    def confirm(dialog: QWidget) -> None:
        choices = dialog.findChild(QListWidget, "mergeMembersList")
        seen["name"] = dialog.objectName()
        seen["choices"] = [choices.item(row).text() for row in range(choices.count())]
        qtbot.keyClick(choices, Qt.Key.Key_Down)     # Bob: the summary follows the choice
        seen["bob"] = dialog.findChild(QLabel, "mergeMembersSummary").text()
        qtbot.keyClick(choices, Qt.Key.Key_Up)       # back to "amy e"
        seen["summary"] = dialog.findChild(QLabel, "mergeMembersSummary").text()
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QListWidget)) and widget.objectName():
                assert widget.accessibleName() and widget.toolTip(), widget.objectName()
        qtbot.keyClick(choices, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, confirm)
    qtbot.keyClick(roster, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen["name"] == "mergeMembersDialog"
    assert seen["choices"] == ["amy e (Amy Example)", "Bob"]
    assert str(seen["bob"]).startswith("“Bob” will be merged into “Amy”. 0 attendance records, 0 check-ins")
    assert seen["summary"] == (
        "“amy e (Amy Example)” will be merged into “Amy”. 2 attendance records, 0 check-ins and 1 group "
        "membership move over. Both have attendance at 1 session (the fuller record is kept). Details that "
        "Amy's record leaves blank are filled in from the other; then the other record is deleted. "
        "Ctrl+Z undoes the merge.")
    qtbot.waitUntil(lambda: _people(path) == ["Amy", "Bob"])
    assert _attendance(path) == [("Amy", "late"), ("Amy", "present"), ("Amy", "present")]
    assert window.statusBar().currentMessage() == "Merged amy e (Amy Example) into Amy. Ctrl+Z undoes it."
    qtbot.waitUntil(lambda: roster.model().rowCount() == 2)

    window.activateWindow()   # a closed dialog hands activation back on a desktop; offscreen Qt does not
    qtbot.waitUntil(window.isActiveWindow)
    roster.setFocus()
    qtbot.keyClick(roster, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _people(path) == ["Amy", "Bob", "amy e"]
    assert _attendance(path) == before
    assert window.statusBar().currentMessage() == \
        "Merge undone: Amy and amy e are two records again. Ctrl+Shift+Z merges them again."
    qtbot.waitUntil(lambda: roster.model().rowCount() == 3)
    qtbot.keyClick(roster, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _people(path) == ["Amy", "Bob"]
    assert window.statusBar().currentMessage() == "Merged amy e into Amy again. Ctrl+Z undoes it."


def test_escape_merges_nothing_and_the_button_is_there(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path)
    window = open_window(qtbot, path, tmp_path)
    _roster_on_amy(qtbot, window)
    button = window.findChild(QPushButton, "mergeMembers")
    assert button.isVisible() and button.isEnabled() and button.accessibleName() == "Merge with"
    when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog.findChild(QListWidget, "mergeMembersList"),
                                                           Qt.Key.Key_Escape))
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert _people(path) == ["Amy", "Bob", "amy e"]
    assert window.undo_stack.count() == 0


def test_an_undo_that_is_refused_leaves_the_undo_stack_in_step(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "store.sqlite3"
    _store(path)
    window = open_window(qtbot, path, tmp_path)
    roster = _roster_on_amy(qtbot, window)
    when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog.findChild(QListWidget, "mergeMembersList"),
                                                           Qt.Key.Key_Return))
    qtbot.keyClick(roster, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _people(path) == ["Amy", "Bob"])
    amy = next(m for m in window.services.members.list_members() if m.preferred_name == "Amy")
    window.services.members.update_member(amy.id, MemberDraft("Amy", phone="0123 456789"))   # an edit after it
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    stack = window.findChild(QUndoStack)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    roster.setFocus()
    qtbot.keyClick(roster, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and "can no longer be undone" in shown[0]
    assert _people(path) == ["Amy", "Bob"]                       # nothing was split, the edit stays
    assert raw(path, "SELECT phone FROM members WHERE preferred_name = 'Amy'") == [("0123 456789",)]
    assert not stack.canRedo()                                   # the refused merge is not offered for redo
    assert "Merge" not in stack.undoText()
