"""What a backup or restore killed half-way leaves (a whole copy of members' data, hidden) is
removed at the next open and before the next backup; a backup, or a copy still being written,
is never touched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from facilitator_app.services import backups
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage import backup as files
from facilitator_app.storage import leftovers
from facilitator_app.storage.store import Store, open_store

REPO = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 11, 26, 13, 45, 1)

KILLED_WHILE_RENAMING_THE_BACKUP = """
import os, signal, sys
from datetime import datetime
from pathlib import Path
from facilitator_app.storage import backup as files
from facilitator_app.storage import leftovers

def killed(_partial, _destination):
    os.kill(os.getpid(), signal.SIGKILL)  # the copy is complete, its rename never happens

files.place_new = killed
files.make_verified_backup(Path(sys.argv[1]), Path(sys.argv[2]), "scheduled", datetime(2026, 11, 26, 14, 0))
"""


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    return int(finished.stdout)


@pytest.fixture
def filled(store: Store) -> Store:
    build_services(store).members.add_member(MemberDraft("Zoë Ørsted", notes="Finding the evenings hard"))
    return store


def _kill_a_backup(store: Store, folder: Path) -> Path:
    result = subprocess.run([sys.executable, "-c", KILLED_WHILE_RENAMING_THE_BACKUP, str(store.path), str(folder)],
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == -9
    (leftover,) = [folder / name for name in _hidden(folder)]
    # A whole copy of the store, encrypted like it: the name is not readable in it.
    assert leftover.name.endswith(".partial") and leftover.stat().st_size > 0
    assert "Zoë Ørsted".encode() not in leftover.read_bytes()
    return leftover


def test_a_backup_killed_half_way_leaves_nothing_after_the_next_open(filled: Store) -> None:
    folder = filled.path.parent / "backups"
    kept = backups.make_backup(filled, "manual", folder, now=NOW)
    _kill_a_backup(filled, folder)
    filled.close()
    with open_store(filled.path) as again:
        assert not again.read_only
    assert _hidden(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == [kept.path.name, files.sidecar_of(kept.path).name,
                                                        f"{kept.path.name}.key"]
    assert backups.list_backups(folder)[0].verified


def test_a_backup_killed_half_way_is_cleared_before_the_next_backup(filled: Store) -> None:
    folder = filled.path.parent / "backups"
    _kill_a_backup(filled, folder)
    made = backups.make_backup(filled, "scheduled", folder, now=NOW)
    assert _hidden(folder) == []
    assert made.verified


def test_only_our_own_leftovers_of_finished_processes_are_removed(filled: Store) -> None:
    folder = filled.path.parent / "backups"
    real = backups.make_backup(filled, "manual", folder, now=NOW).path
    dead, alive = _dead_pid(), os.getppid()
    stem = ".facilitator-2026-11-26T140000-scheduled.sqlite3"
    gone = [f"{stem}.{dead}.partial", f"{stem}.{dead}.partial-journal", f"{stem}.partial",
            f".{real.name}.json.{dead}.partial"]
    stays = [f"{stem}.{alive}.partial", f"{stem}.{os.getpid()}.partial", ".facilitator-notes.txt",
             "facilitator-copy.sqlite3.partial"]
    for name in gone + stays:
        shutil.copyfile(real, folder / name)
    beside = filled.path.parent
    restoring = [f".{filled.path.name}.{dead}.restoring", f".{filled.path.name}.{alive}.restoring",
                 f".other.sqlite3.{dead}.restoring"]
    for name in restoring:
        shutil.copyfile(real, beside / name)
    filled.close()
    open_store(filled.path).close()
    assert sorted(p.name for p in folder.iterdir()) == sorted([real.name, files.sidecar_of(real).name,
                                                               f"{real.name}.key", *stays])
    assert _hidden(beside) == sorted(restoring[1:])


def test_an_old_leftover_of_a_live_but_unrelated_pid_is_removed(filled: Store) -> None:
    """After a restart the pid in a name may belong to another program: an untouched copy is stale."""
    folder = filled.path.parent / "backups"
    real = backups.make_backup(filled, "manual", folder, now=NOW).path
    alive = os.getppid()
    stale, fresh = (folder / f".facilitator-2026-11-2{n}T140000-scheduled.sqlite3.{alive}.partial" for n in (5, 6))
    for path in (stale, fresh):
        shutil.copyfile(real, path)
    hours_ago = stale.stat().st_mtime - leftovers.STALE_AFTER_SECONDS - 60
    os.utime(stale, (hours_ago, hours_ago))
    assert leftovers.clear_leftovers(folder) == [stale]
    assert fresh.exists()


def test_the_temporary_names_carry_the_writers_process(tmp_path: Path) -> None:
    temp = leftovers.temp_name(tmp_path / "facilitator-2026-11-26T134501-manual.sqlite3", "partial")
    assert temp.name == f".facilitator-2026-11-26T134501-manual.sqlite3.{os.getpid()}.partial"
    assert leftovers.clear_leftovers(tmp_path) == []
