"""File > Sync… from a laptop's window with the organisation's server: both end with the same data,
and the server's password is neither shown nor remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator_app.cli import main
from facilitator_app.services.sync import SyncService
from facilitator_app.storage.store import open_store
from facilitator_app.ui.dialogs.sync_dialog import OTHER_KEY, SyncDialog
from tests.gui.test_sync_dialog import plain
from tests.gui.window_fixtures import open_window, store_file

__all__ = ["store_file"]


def test_a_laptop_window_syncs_with_the_server(qtbot: QtBot, pg_url: str, store_file: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", pg_url, "demo-data"]) == 0
    capsys.readouterr()
    window = open_window(qtbot, store_file, tmp_path)
    window.findChild(QAction, "syncAction").trigger()
    dialog = window._syncs.dialog
    assert isinstance(dialog, SyncDialog)
    scheme, rest = pg_url.split("://", 1)
    login, host = rest.split("@", 1)
    typed = f"{scheme}://{login}:not-to-be-kept@{host}"   # the test server trusts local logins: any password
    dialog.other_field.setText(typed)
    qtbot.mouseClick(dialog.with_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    text = plain(dialog.result_label.text())
    assert text.startswith("Synced with postgresql://") and "Came in here: " in text, text
    with open_store(pg_url, create=False) as server:
        assert SyncService(server).fingerprint() == SyncService(window.services.store).fingerprint()
    assert window.findChild(QLabel, "lastSyncedLabel").text().startswith("Last synced: ")
    groups = window.services.groups.list_groups()
    assert len(groups) > 1   # the server's groups came into the laptop, and the window lists them
    assert window._navigator.group_count() == len(groups)
    remembered = str(QSettings(window._settings.fileName(), QSettings.Format.IniFormat).value(OTHER_KEY))
    assert remembered == pg_url and "not-to-be-kept" not in dialog.other_field.text()
    assert "not-to-be-kept" not in text and f"{login}:***@" in text
    dialog.close()
    window.close()


def test_the_servers_window_syncs_with_a_laptop_file(qtbot: QtBot, pg_url: str, store_file: Path,
                                                     tmp_path: Path) -> None:
    from facilitator_app.app import create_server_window

    window = create_server_window(pg_url, settings_file=tmp_path / "server-window.ini")
    qtbot.addWidget(window)
    assert window.services.store.is_server
    window.findChild(QAction, "syncAction").trigger()
    dialog = window._syncs.dialog
    assert isinstance(dialog, SyncDialog)
    dialog.other_field.setText(str(store_file))
    qtbot.mouseClick(dialog.with_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert "Came in here: " in dialog.result_label.text(), dialog.result_label.text()
    dialog.close()
    window.close()
    with open_store(pg_url, create=False) as server, open_store(store_file, create=False) as laptop:
        assert SyncService(server).fingerprint() == SyncService(laptop).fingerprint()
