"""A store in a read-only folder, or a read-only file: it reads, checks and exports; writes are
refused with one sentence, and nothing is created beside it.

The commands run in a subprocess that file permissions really apply to (tests/helpers/permissions.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.errors import StoreReadOnlyError
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage import access
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.permissions import REPO, read_only, run_app
from tests.helpers.sqlite_files import snapshot

GROUP = "Tuesday Evening Peer Support"


def _filled_store(folder: Path) -> Path:
    """A store with a group and two members, closed cleanly (no -wal or -shm beside it)."""
    folder.mkdir()
    path = folder / "store.sqlite3"
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft(GROUP))
        services.members.add_member(MemberDraft("Zoë Ørsted"), group_id=group.id)
        services.members.add_member(MemberDraft("Siobhán"), group_id=group.id)
    assert sorted(p.name for p in folder.iterdir()) == ["store.sqlite3", "store.sqlite3.key"]
    return path


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A store in a folder of its own (as on a shared drive)."""
    return _filled_store(tmp_path / "shared")


def test_a_store_in_a_read_only_folder_reads_checks_and_exports(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(shared)
    with read_only(shared, shared.parent):
        check = run_app("--db", str(shared), "db", "check")
        info = run_app("--db", str(shared), "db", "info")
        export = run_app("--db", str(shared), "export", "csv", "members", "--group", GROUP, "-o", str(out / "m.csv"))
        backups = run_app("--db", str(shared), "db", "backups")
        listing = sorted(p.name for p in shared.parent.iterdir())
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("ok:") and "damaged" not in check.stdout + check.stderr
    assert info.returncode == 0, info.stderr
    assert "members" in info.stdout and " 2" in info.stdout
    assert export.returncode == 0, export.stderr
    assert "Zoë Ørsted" in (out / "m.csv").read_text(encoding="utf-8-sig")
    assert backups.returncode == 0, backups.stderr
    assert listing == ["store.sqlite3", "store.sqlite3.key"]  # no -wal, -shm or lock file left (nor could there be)
    assert snapshot(shared) == before


def test_writing_to_a_store_in_a_read_only_folder_is_refused_with_one_sentence(shared: Path, tmp_path: Path) -> None:
    csv = tmp_path / "new.csv"
    csv.write_text("Name\nNguyen Thi Minh Khai\n", encoding="utf-8")
    backup = tmp_path / "copy.sqlite3"
    assert subprocess.run([sys.executable, "-m", "facilitator_app", "--db", str(shared), "db", "backup",
                           str(backup)], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True).returncode == 0
    before = snapshot(shared)
    with read_only(shared, shared.parent):
        imported = run_app("--db", str(shared), "import", "members", str(csv))
        restored = run_app("--db", str(shared), "db", "restore", str(backup))
    for result in (imported, restored):
        assert result.returncode == 1
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"facilitator-app: This data file is read-only: {shared}")
        assert "Copy it somewhere you can write" in line
    assert snapshot(shared) == before


def test_a_read_only_file_in_a_writable_folder_is_read_and_left_without_companions(shared: Path) -> None:
    with read_only(shared):
        check = run_app("--db", str(shared), "db", "check")
        info = run_app("--db", str(shared), "db", "info")
    assert check.returncode == 0, check.stderr
    assert info.returncode == 0, info.stderr
    assert sorted(p.name for p in shared.parent.iterdir()) == ["store.sqlite3", "store.sqlite3.key"]


WRITER_KILLED_AFTER_A_CHANGE = """
import os, sys
from pathlib import Path
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
store = open_store(Path(sys.argv[1]))
build_services(store).members.add_member(MemberDraft("Only in the WAL"))
os._exit(0)  # like a crash: the change is in -wal, never folded back into the file
"""


def _crash_after_a_change(path: Path) -> None:
    subprocess.run([sys.executable, "-c", WRITER_KILLED_AFTER_A_CHANGE, str(path)], check=True, cwd=REPO,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    assert Path(f"{path}-wal").stat().st_size > 0 and Path(f"{path}-shm").exists()


def test_a_read_only_folder_with_a_wal_left_by_a_crash_shows_the_latest_changes(shared: Path) -> None:
    _crash_after_a_change(shared)
    companions = [Path(f"{shared}-wal"), Path(f"{shared}-shm")]
    with read_only(shared, *companions, shared.parent):
        info = run_app("--db", str(shared), "db", "info")
    assert info.returncode == 0, info.stderr
    assert "members                   3" in info.stdout


def test_a_wal_without_its_shm_in_a_read_only_place_is_explained(shared: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _crash_after_a_change(shared)
    Path(f"{shared}-shm").unlink()
    monkeypatch.setattr(access, "can_write", lambda _path: False)
    with pytest.raises(StoreReadOnlyError, match="was not closed cleanly.*Copy both files"):
        open_store(shared, create=False)


def test_a_read_only_store_refuses_every_write_before_sqlite_sees_it(shared: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(access, "can_write", lambda _path: False)
    before = snapshot(shared)
    with open_store(shared, create=False) as store:
        assert store.read_only
        services = build_services(store)
        assert sorted(m.preferred_name for m in services.members.list_members()) == ["Siobhán", "Zoë Ørsted"]
        with pytest.raises(StoreReadOnlyError) as caught:
            services.members.add_member(MemberDraft("Łukasz"))
    assert caught.value.message == access.read_only_message(shared)
    assert snapshot(shared) == before
    assert sorted(p.name for p in shared.parent.iterdir()) == ["store.sqlite3", "store.sqlite3.key"]


def test_a_writable_store_is_not_read_only(shared: Path) -> None:
    with open_store(shared, create=False) as store:
        assert not store.read_only
