"""The window opens a store from release 0.1.0 at an older schema: backed up, upgraded, all there.

The command-line and storage side is in tests/unit/storage/test_release_upgrade.py; this is the
path a facilitator takes after installing a new version: start the app, and the window opens on
the store in the data folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.storage.schema import HEAD_REVISION
from tests.helpers.release_store import OLDER, assert_release_data, downgraded, install_release_store, revision


def test_the_window_upgrades_an_older_release_store_after_a_backup(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator_app.app import create_main_window

    paths = install_release_store(monkeypatch)
    downgraded(paths.store, OLDER)
    window = create_main_window(paths.store, backups_dir=paths.backups, settings_file=tmp_path / "window.ini")
    qtbot.addWidget(window)
    try:
        assert_release_data(window.services)
        assert revision(paths.store) == HEAD_REVISION
    finally:
        window.close()
    backups = sorted(paths.backups.glob("*before-upgrade*.sqlite3"))
    assert len(backups) == 1 and revision(backups[0]) == OLDER
