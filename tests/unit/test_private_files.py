"""Private files: what the app writes is readable by its user only (0600 files in 0700 folders).

The real entry point runs in a subprocess, so the umask it sets is the one a facilitator's
run has; the helpers are tested on real files here too.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app import private_files
from facilitator_app.export.document import write_bytes
from facilitator_app.logging_setup import LOG_FILE_NAME, PrivateRotatingFileHandler, configure_logging
from facilitator_app.paths import resolve_paths
from facilitator_app.storage.store import open_store

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="permission bits exist on POSIX only")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run_app(*args: str, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    """``python -m facilitator_app ARGS`` started the way a shell starts it, with a common umask."""
    def preexec() -> None:
        os.umask(umask)
    result = subprocess.run([sys.executable, "-m", "facilitator_app", *args], capture_output=True, text=True,
                            cwd=REPO, timeout=180, env={**os.environ, "PYTHONPATH": str(REPO)},
                            preexec_fn=preexec)
    assert result.returncode == 0, result.stderr
    return result


def test_a_new_store_its_backups_and_the_log_are_private(tmp_path: Path) -> None:
    store = tmp_path / "new folder" / "store.sqlite3"
    run_app("--db", str(store), "demo-data")
    run_app("--db", str(store), "db", "backup")

    assert mode(store) == 0o600
    assert mode(store.parent) == 0o700  # made by the app, so it is the app's
    backups = store.parent / "backups"
    assert mode(backups) == 0o700
    made = sorted(backups.iterdir())
    assert len(made) >= 2  # the backup and its sidecar
    assert {p.name: mode(p) for p in made} == {p.name: 0o600 for p in made}
    lock = store.with_name(store.name + ".lock")
    if lock.exists():
        assert mode(lock) == 0o600
    logs = resolve_paths(store).logs
    assert mode(logs) == 0o700
    assert mode(logs / LOG_FILE_NAME) == 0o600


def test_files_an_older_version_left_readable_are_tightened_when_opened(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    open_store(store).close()
    backups = tmp_path / "backups"
    backups.mkdir()
    old_backup = backups / "old.sqlite3"
    old_backup.write_bytes(store.read_bytes())
    wal = store.with_name(store.name + "-wal")
    wal.write_bytes(b"")
    logs = resolve_paths(store).logs
    logs.mkdir(parents=True)
    (logs / LOG_FILE_NAME).write_text("an old line\n", encoding="utf-8")
    for path, old in ((store, 0o644), (wal, 0o644), (old_backup, 0o644), (backups, 0o755), (logs, 0o755),
                      (logs / LOG_FILE_NAME, 0o644)):
        path.chmod(old)
    folder_mode = mode(tmp_path)

    run_app("--db", str(store), "db", "info")

    assert mode(store) == 0o600
    assert not wal.exists() or mode(wal) == 0o600
    assert mode(old_backup) == 0o600
    assert mode(backups) == 0o700
    assert mode(logs) == 0o700
    assert mode(logs / LOG_FILE_NAME) == 0o600
    assert mode(tmp_path) == folder_mode  # the folder chosen with --db is the user's own


def test_the_default_data_folder_is_private(tmp_path: Path) -> None:
    paths = resolve_paths()
    assert paths.data is not None and paths.data in paths.own_folders
    run_app("demo-data")
    assert mode(paths.data) == 0o700
    assert mode(paths.store) == 0o600
    assert resolve_paths(tmp_path / "x.sqlite3").data is None


def test_the_wal_and_shm_of_an_open_store_are_private(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with private_files.private_umask():
        store = open_store(path)
    try:
        from facilitator_app.services.container import build_services
        from tests.helpers.fixtures import meets_today_draft

        build_services(store).groups.create_group(meets_today_draft())
        companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
        assert all(p.exists() for p in companions)
        assert [mode(p) for p in [path, *companions]] == [0o600] * 3
    finally:
        store.close()


def test_make_private_takes_off_group_and_other_bits_only(tmp_path: Path) -> None:
    readable = tmp_path / "a"
    readable.write_text("x", encoding="utf-8")
    readable.chmod(0o664)
    read_only = tmp_path / "b"
    read_only.write_text("x", encoding="utf-8")
    read_only.chmod(0o444)
    folder = tmp_path / "c"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)

    assert private_files.make_private(readable) and mode(readable) == 0o600
    assert private_files.make_private(read_only) and mode(read_only) == 0o400  # still read-only
    assert private_files.make_private(folder) and mode(folder) == 0o700
    assert not private_files.make_private(tmp_path / "missing")


def test_a_link_is_not_followed_to_tighten_another_file(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_text("x", encoding="utf-8")
    target.chmod(0o644)
    link = tmp_path / "link"
    link.symlink_to(target)
    assert not private_files.make_private(link)
    assert mode(target) == 0o644


def test_private_dir_makes_only_the_app_folder_private(tmp_path: Path) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    parent.chmod(0o755)
    existing = parent / "existing"
    existing.mkdir()
    existing.chmod(0o775)
    assert mode(private_files.private_dir(parent / "new")) == 0o700
    assert mode(private_files.private_dir(existing)) == 0o700
    assert mode(parent) == 0o755


def test_the_private_umask_is_for_the_block_only(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        with private_files.private_umask():
            (tmp_path / "made").write_text("x", encoding="utf-8")
            (tmp_path / "folder").mkdir()
        (tmp_path / "after").write_text("x", encoding="utf-8")
    finally:
        os.umask(before)
    assert mode(tmp_path / "made") == 0o600
    assert mode(tmp_path / "folder") == 0o700
    assert mode(tmp_path / "after") == 0o644


def test_an_export_is_private_too(tmp_path: Path) -> None:
    # Decided: a PDF left on a shared laptop is health data, so a saved export is 0600 as well.
    with private_files.private_umask():
        written = write_bytes(tmp_path / "summary.pdf", b"%PDF-1.4 invented")
    assert mode(written) == 0o600


def test_the_log_and_its_rotated_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    log_dir = tmp_path / "logs"
    try:
        log_file = configure_logging(log_dir)
        assert log_file is not None
        handler = next(h for h in root.handlers if h not in before)
        assert isinstance(handler, PrivateRotatingFileHandler)
        logging.getLogger("test").warning("a line")
        handler.doRollover()
        logging.getLogger("test").warning("another line")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    assert mode(log_dir) == 0o700
    assert mode(log_file) == 0o600
    assert mode(log_dir / f"{LOG_FILE_NAME}.1") == 0o600
