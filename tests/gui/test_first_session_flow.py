"""A new facilitator's first session, start to finish, through the window's own dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListView, QTableView, QWidget

from facilitator_app.app import create_main_window
from tests.gui.modal_dialogs import when_dialog_opens
from tests.helpers.sqlite_files import connect as keyed_connect


def test_create_group_schedule_add_members_and_take_attendance(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.sqlite3"
    window = create_main_window(path, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.findChild(QWidget, "welcomePanel").isVisible()

    def fill_group(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "groupName")
        qtbot.keyClicks(name, "Thursday Peer Support")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, fill_group)
    window.findChild(QAbstractButton, "createFirstGroup").click()
    groups = window.findChild(QListView, "groupList")
    assert groups.model().rowCount() == 1
    assert groups.currentIndex().data() == "Thursday Peer Support"
    assert window.findChild(QWidget, "attendancePanel").isVisible()

    when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))  # 8 sessions by default
    window.findChild(QAction, "scheduleSessionsAction").trigger()
    sessions = window.findChild(QListView, "sessionList")
    assert sessions.model().rowCount() == 8
    assert sessions.currentIndex().row() == 0

    window.findChild(QWidget, "sessionTabs").setCurrentIndex(4)
    for name in ("Zoë", "Aiyana", "Søren"):
        def add(dialog: QWidget, name: str = name) -> None:
            dialog.findChild(QLineEdit, "memberPreferredName").setText(name)
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        when_dialog_opens(qtbot, add)
        window.findChild(QAbstractButton, "addMember").click()
    roster = window.findChild(QTableView, "rosterView")
    assert roster.model().rowCount() == 3

    window.findChild(QWidget, "sessionTabs").setCurrentIndex(0)
    view = window.findChild(QTableView, "attendanceView")
    assert view.model().rowCount() == 3
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # back to the top
    for key in (Qt.Key.Key_P, Qt.Key.Key_L, Qt.Key.Key_P):
        qtbot.keyClick(view, key)
    # F2 opens the drop-down: choose "Excused" for the last member.
    view.setCurrentIndex(view.model().index(2, 2))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData("excused"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model().index(2, 2).data() == "Excused")
    window.close()

    with keyed_connect(path) as conn:
        rows = dict(conn.execute("SELECT m.preferred_name, a.status FROM attendance a "
                                 "JOIN members m ON m.id = a.member_id WHERE a.deleted_at IS NULL"))
        held = conn.execute("SELECT count(*) FROM meetings WHERE status = 'held'").fetchone()[0]
    assert rows == {"Aiyana": "present", "Søren": "late", "Zoë": "excused"}
    assert held == 1
