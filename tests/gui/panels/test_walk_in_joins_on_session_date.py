"""A new member created as a walk-in at an old session joins the group on that session's date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from tests.gui.panels.test_walk_in_matching import _open_last_month, _store, _type_walk_in
from tests.gui.window_fixtures import attendance_rows, open_window
from tests.helpers.sqlite_files import raw


def _roster_row(window, name: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    roster = window.findChild(QTableView, "rosterView").model()
    for row in range(roster.rowCount()):
        if roster.index(row, 0).data() == name:
            return roster.index(row, 2).data(), roster.index(row, 3).data()
    raise AssertionError(f"{name} is not on the roster")


def test_a_new_walk_in_at_last_months_session_joins_on_that_date(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store.sqlite3"
    _store(path, (("Amy", ""),))
    window = open_window(qtbot, path, tmp_path)
    _open_last_month(qtbot, window)
    walk_in = _type_walk_in(qtbot, window, "Noor")
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: attendance_rows(path) == {"Noor": "present"})
    (joined,) = raw(path, "SELECT ms.joined_on FROM memberships ms JOIN members m ON m.id = ms.member_id "
                          "WHERE m.preferred_name = 'Noor' AND ms.deleted_at IS NULL")[0]
    (held,) = raw(path, "SELECT date FROM meetings WHERE id IN (SELECT meeting_id FROM attendance)")[0]
    assert joined == held
    group_id = window._navigator.current_group().id
    entry = next(e for e in window.services.members.roster(group_id) if e.member.preferred_name == "Noor")
    assert entry.membership.joined_on.isoformat() == held == entry.last_attended.isoformat()
    roster = window.findChild(QTableView, "rosterView")
    roster.window().findChild(QWidget, "rosterPanel").show()
    qtbot.waitUntil(lambda: _roster_row(window, "Noor")[0] == _roster_row(window, "Noor")[1])

    qtbot.keyClick(walk_in, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo takes the new member back
    qtbot.waitUntil(lambda: attendance_rows(path) == {})
    assert raw(path, "SELECT count(*) FROM members WHERE preferred_name = 'Noor' AND deleted_at IS NULL") == [(0,)]
    assert raw(path, "SELECT count(*) FROM memberships WHERE deleted_at IS NULL") == [(1,)]
