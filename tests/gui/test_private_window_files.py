"""The window's own files are private: its settings file, and an old store it opens."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from facilitator_app import private_files
from facilitator_app.app import create_main_window
from facilitator_app.storage.store import open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="permission bits exist on POSIX only")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_settings_file_is_made_private(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "config" / "window.ini"
    with private_files.private_umask():  # what the entry point (cli.main) sets for the whole run
        window = create_main_window(tmp_path / "store.sqlite3", settings_file=settings)
        qtbot.addWidget(window)
        window.close()  # the settings are written on close
    assert mode(settings) == 0o600
    assert mode(settings.parent) == 0o700


def test_an_old_store_and_settings_file_are_tightened_when_the_window_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "store.sqlite3"
    open_store(store).close()
    settings = tmp_path / "window.ini"
    settings.write_text("[window]\n", encoding="utf-8")
    backups = tmp_path / "backups"
    backups.mkdir()
    for path, old in ((store, 0o644), (settings, 0o644), (backups, 0o755)):
        path.chmod(old)
    window = create_main_window(store, settings_file=settings, back_up=False)
    qtbot.addWidget(window)
    assert (mode(store), mode(settings), mode(backups)) == (0o600, 0o600, 0o700)
    window.close()
