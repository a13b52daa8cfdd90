"""The roster tab (ui/panels/roster_panel.py) in the real window: filtering and sorting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from facilitator_app.ui.models.roles import SORT_ROLE
from tests.gui.window_fixtures import NAMES, open_window


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
