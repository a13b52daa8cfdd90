"""The window on a small store, for tests anywhere under tests/gui/: a weekly group of twelve members
(``store_file``, registered for every test there by tests/gui/conftest.py), the window opened on it
as a facilitator would see it, and what the attendance sheet and the store hold.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView

from facilitator_app.app import create_main_window
from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.models.roles import STATUS_ROLE
from tests.helpers.fixtures import meets_today_draft
from tests.helpers.sqlite_files import connect as keyed_connect

NAMES = ["Zoë", "Łukasz", "Søren", "Nguyễn Văn An", "Aiyana", "Bea", "Chidi", "Dara", "Eli", "Farah",
         "Gus", "Hana"]


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
