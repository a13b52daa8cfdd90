"""The groups and sessions lists (ui/panels/navigator.py) in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QListView, QTableView

from tests.gui.window_fixtures import open_window


def test_today_session_is_preselected(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    sessions = window.findChild(QListView, "sessionList")
    assert sessions.model().rowCount() == 7
    assert "today" in sessions.currentIndex().data()
    assert window.findChild(QTableView, "attendanceView").model().rowCount() == 12
