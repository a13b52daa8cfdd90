"""The window keeps the data file safe: a read-only file, a link to the file, a closing backup that fails."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from facilitator_app.app import create_main_window
from facilitator_app.errors import StoreLockedError
from facilitator_app.services import backups as backup_service
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage import access
from facilitator_app.storage import backup as backup_files
from facilitator_app.storage.store import open_store
from facilitator_app.ui.main_window import MainWindow
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import snapshot


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    """A group of two members with a session today."""
    from datetime import date

    path = tmp_path / "store.sqlite3"
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        for name in ("Zoë", "Søren"):
            services.members.add_member(MemberDraft(name), group.id)
        services.meetings.create_meeting(group.id, date.today())
    return path


def open_window(qtbot, path: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(path, settings_file=tmp_path / "window.ini")
    qtbot.addWidget(window)
    return window


def answer_next_message_box(qtbot, seen: list[tuple[str, str, object]]) -> None:  # type: ignore[no-untyped-def]
    """Read and dismiss the next real message box as soon as it is shown (it would otherwise wait for a person)."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), box.parent()))
            box.done(QMessageBox.StandardButton.Ok)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


# ====================================================================== a read-only data file
def test_a_read_only_data_file_opens_for_reading_and_refuses_changes_in_one_sentence(
        qtbot, store_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(access, "can_write", lambda _path: False)  # the decision only: SQLite itself opens it read-only
    before = snapshot(store_file)
    window = open_window(qtbot, store_file, tmp_path)
    assert window.windowTitle() == f"{store_file.name} (read-only) — Facilitator"
    assert "(read-only)" in window.findChild(QLabel, "storeLabel").text()
    assert not window.findChild(QAction, "restoreBackupAction").isEnabled()
    assert not window.findChild(QAction, "importMembersAction").isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    walk_in = window.findChild(QLineEdit, "walkInName")
    walk_in.setFocus()
    qtbot.keyClicks(walk_in, "Ines")
    qtbot.keyClick(walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [access.read_only_message(store_file)]
    window.close()
    assert len(shown) == 1  # closing a file that cannot change makes no backup and says nothing
    assert snapshot(store_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.sqlite3", "store.sqlite3.key", "window.ini"]


OPEN_THE_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from facilitator_app.app import create_main_window
app = QApplication([])
window = create_main_window(Path(sys.argv[1]), settings_file=Path(sys.argv[2]))
print(window.windowTitle(), len(window.services.members.list_members()))
window.close()
"""


def test_a_data_file_in_a_really_read_only_folder_opens_in_a_read_only_window(store_file: Path,
                                                                             tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.helpers.permissions import REPO, read_only, without_write_override

    folder = tmp_path / "shared"
    folder.mkdir()
    store_file.rename(folder / store_file.name)
    Path(f"{store_file}.key").rename(folder / f"{store_file.name}.key")
    path = folder / store_file.name
    with read_only(path, folder):
        shown = subprocess.run(without_write_override([sys.executable, "-c", OPEN_THE_WINDOW, str(path),
                                                       str(tmp_path / "window.ini")]),
                               capture_output=True, text=True, cwd=REPO, timeout=120,
                               env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == f"{path.name} (read-only) — Facilitator 2"
    assert sorted(p.name for p in folder.iterdir()) == ["store.sqlite3", "store.sqlite3.key"]


# ====================================================================== a link to the data file
def test_a_link_to_an_open_data_file_is_the_same_file(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    link = tmp_path / "desktop" / "groups.sqlite3"
    link.parent.mkdir()
    link.symlink_to(store_file)
    window = open_window(qtbot, link, tmp_path)
    assert window.services.store.path == store_file
    with pytest.raises(StoreLockedError, match="already open"):
        create_main_window(store_file, settings_file=tmp_path / "window.ini")
    window.close()
    assert link.is_symlink() and not (link.parent / "backups").exists()  # backups live beside the real file


def test_a_damaged_file_opened_through_a_link_offers_its_backup_and_keeps_the_link(
        qtbot, store_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.app import AppController
    from facilitator_app.paths import resolve_paths

    window = open_window(qtbot, store_file, tmp_path)
    window.close()  # leaves a checked backup of store.sqlite3
    link = tmp_path / "desktop" / "groups.sqlite3"
    link.parent.mkdir()
    link.symlink_to(store_file)
    damaged = bytearray(store_file.read_bytes())
    damaged[:100] = bytes(100)  # a zeroed header
    store_file.write_bytes(bytes(damaged))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *rest: shown.append(text))
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if "Restore" in b.text()))
    controller = AppController(resolve_paths(link))
    assert controller.open_window(link)
    assert len(shown) == 1 and "newest verified backup" in shown[0]
    reopened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()][-1]
    qtbot.addWidget(reopened)
    assert {m.preferred_name for m in reopened.services.members.list_members()} == {"Zoë", "Søren"}
    reopened.close()
    assert link.is_symlink() and link.resolve() == store_file
    assert list(tmp_path.glob("store.sqlite3.damaged-*"))


# ====================================================================== a closing backup that fails
def _close_with_failing_backup(qtbot, window: MainWindow) -> list[tuple[str, str, object]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str, object]] = []
    answer_next_message_box(qtbot, seen)
    window.close()
    return seen


def _raise(exc: BaseException) -> Callable[..., object]:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise exc
    return fail


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
], ids=["OSError ENOSPC", "SQLite disk full"])
def test_a_closing_backup_on_a_full_disk_is_explained_before_the_window_goes(
        qtbot, store_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        failure: BaseException) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.services.members.add_member(MemberDraft("Nguyen"))
    if isinstance(failure, OSError):
        monkeypatch.setattr(backup_service, "make_backup", _raise(failure))  # the service's own boundary
    else:
        monkeypatch.setattr(backup_files, "copy_database", _raise(failure))  # where SQLite says it
    seen = _close_with_failing_backup(qtbot, window)
    assert len(seen) == 1
    title, text, parent = seen[0]
    assert parent is window and "closing backup" in title
    assert text == ("The closing backup could not be written: the disk is full. Your data file is saved; free some "
                    "space, then open Facilitator again and use File > Back up now.")
    monkeypatch.undo()
    with open_store(store_file, create=False) as store:  # the change itself was saved
        assert "Nguyen" in {m.preferred_name for m in build_services(store).members.list_members()}


def test_a_closing_backup_into_a_read_only_backups_folder_says_which_folder(
        qtbot, store_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.services.members.add_member(MemberDraft("Nguyen"))
    monkeypatch.setattr(backup_files, "copy_database", _raise(OSError(errno.EROFS, "Read-only file system")))
    ((_title, text, _parent),) = _close_with_failing_backup(qtbot, window)
    assert text.startswith(f"The closing backup could not be written: the backups folder {tmp_path / 'backups'} "
                           "cannot be written to.")
    assert "Your data file is saved" in text and "File > Back up now" in text


def test_a_closing_backup_that_works_says_nothing(qtbot, store_file: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    window.services.members.add_member(MemberDraft("Nguyen"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    window.close()
    assert shown == []
    assert len(backup_service.list_backups(tmp_path / "backups")) == 1
