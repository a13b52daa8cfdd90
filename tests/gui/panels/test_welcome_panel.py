"""The welcome (ui/panels/welcome_panel.py) that an empty store opens on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.gui.window_fixtures import open_window


def test_empty_store_shows_the_welcome(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path / "new.sqlite3", tmp_path)
    welcome = window.findChild(QWidget, "welcomePanel")
    assert welcome.isVisible()
    assert window.findChild(QAbstractButton, "createFirstGroup").isVisible()
    assert window.findChild(QAbstractButton, "exploreSampleData").isVisible()
