"""The headless safety commands: db backups, db restore, import members, and damaged stores."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.storage.backup import list_backups
from tests.helpers.sqlite_files import raw, snapshot_besides_trail, trail
from tests.unit.storage import test_recovery as damage

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample store and one verified backup of it, built once and copied by each test."""
    folder = tmp_path_factory.mktemp("sample")
    assert main(["--db", str(folder / "store.sqlite3"), "demo-data", "--seed", "5"]) == 0
    assert main(["--db", str(folder / "store.sqlite3"), "db", "backup"]) == 0
    return folder


@pytest.fixture
def sample(sample_folder: Path, tmp_path: Path) -> Path:
    shutil.copytree(sample_folder, tmp_path, dirs_exist_ok=True)
    return tmp_path / "store.sqlite3"


def err_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


# ====================================================================== db backups, db restore
def test_backups_are_listed_with_date_reason_and_counts(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(sample), "db", "backups"]) == 0
    out = capsys.readouterr().out
    (backup,) = list_backups(sample.parent / "backups")
    assert backup.label in out and "made by hand" in out and backup.path.name in out
    assert "members" in out and "sessions" in out


def test_no_backups_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "store.sqlite3"), "db", "backups"]) == 0
    assert "no backups" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_restore_a_named_backup(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (backup,) = list_backups(sample.parent / "backups")
    raw_before, trail_before = snapshot_besides_trail(backup.path), trail(backup.path)
    assert main(["--db", str(sample), "import", "members", str(_csv(sample.parent, "Name\nZoë\n"))]) == 0
    capsys.readouterr()
    assert main(["--db", str(sample), "db", "restore", str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {sample}" in out and "kept as a backup" in out
    assert snapshot_besides_trail(sample) == raw_before
    assert trail(sample) == [*trail_before, "restore"]   # the restore is in the restored store's trail
    assert not Path(f"{sample}.lock").exists()


def test_restore_through_a_symbolic_link_restores_the_file_and_keeps_the_link(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (backup,) = list_backups(sample.parent / "backups")
    raw_before, trail_before = snapshot_besides_trail(backup.path), trail(backup.path)
    link = tmp_path / "desktop" / "groups.sqlite3"
    link.parent.mkdir()
    link.symlink_to(sample)
    assert main(["--db", str(link), "import", "members", str(_csv(tmp_path, "Name\nZoë\n"))]) == 0
    assert main(["--db", str(link), "db", "restore", str(backup.path)]) == 0
    assert f"Restored {sample}" in capsys.readouterr().out
    assert link.is_symlink() and link.resolve() == sample
    assert snapshot_besides_trail(sample) == raw_before
    assert trail(sample) == [*trail_before, "restore"]   # the restore is in the restored store's trail
    assert sorted(p.name for p in link.parent.iterdir()) == ["groups.sqlite3"]  # no backups or lock by the link


def test_restore_latest_moves_a_damaged_store_aside(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage._zero_header(sample)
    damaged = sample.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(sample), "db", "restore", "--latest"]) == 0
    out = capsys.readouterr().out
    assert "moved aside, not deleted" in out
    (aside,) = [p for p in sample.parent.glob("store.sqlite3.damaged-*") if p.suffix != ".key"]
    assert aside.read_bytes() == damaged
    assert main(["--db", str(sample), "db", "check"]) == 0


def test_restore_needs_a_backup_or_latest(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(sample), "db", "restore"])
    assert caught.value.code == 2


def test_restore_latest_without_backups_changes_nothing(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(sample.parent / "backups")
    before = sample.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(sample), "db", "restore", "--latest"]) == 1
    lines = err_lines(capsys)
    assert len(lines) == 1 and "No verified backup" in lines[0]
    assert sample.read_bytes() == before


def test_restore_is_refused_while_a_window_has_the_store_open(sample: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom pathlib import Path\nfrom facilitator_app.storage.lock import "
                               "acquire\nheld = acquire(Path(sys.argv[1]))\nprint('locked', flush=True)\n"
                               "sys.stdin.readline()\n", str(sample)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        before = sample.read_bytes()
        capsys.readouterr()
        assert main(["--db", str(sample), "db", "restore", "--latest"]) == 1
        assert err_lines(capsys) == ["facilitator-app: This data file is already open in another Facilitator "
                                     "window. Switch to that window, or close it first."]
        assert main(["--db", str(sample), "import", "members", str(_csv(sample.parent, "Name\nZoë\n"))]) == 1
        assert sample.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()


# ====================================================================== damaged stores, headless
@pytest.mark.parametrize("command", [["db", "info"], ["db", "check"], ["db", "backup"],
                                     ["import", "members", "members.csv"]], ids=" ".join)
@pytest.mark.parametrize("kind", sorted(damage.DAMAGE))
def test_a_damaged_store_fails_headless_with_one_line_naming_the_newest_backup(
        sample: Path, kind: str, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    (backup,) = list_backups(sample.parent / "backups")
    _csv(sample.parent, "Name\nZoë\n")
    make, _, words = damage.DAMAGE[kind]
    make(sample)
    before, listing = sample.read_bytes(), sorted(p.name for p in sample.parent.iterdir())
    capsys.readouterr()
    command = [str(sample.parent / c) if c.endswith(".csv") else c for c in command]

    status = main(["--db", str(sample), *command])

    lines = err_lines(capsys)
    assert status == 1
    assert len(lines) == 1 and lines[0].startswith("facilitator-app: ")
    assert str(sample) in lines[0] and str(backup.path) in lines[0] and "db restore --latest" in lines[0]
    if command[:2] != ["db", "check"]:
        assert words in lines[0]
    assert sample.read_bytes() == before
    assert sorted(p.name for p in sample.parent.iterdir()) == listing


# ====================================================================== import members
def _csv(folder: Path, text: str, name: str = "members.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_rejects_bad_rows_with_their_lines_and_changes_nothing(
        sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(sample.parent / "backups")
    path = _csv(sample.parent, "Name,Email\nZoë,zoe@example.org\n,nobody@example.org\nSam,not an email\n")
    before = sample.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(sample), "import", "members", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0].startswith("facilitator-app: 2 rows were rejected, so nothing was imported")
    assert "--import-good-rows" in lines[0]
    assert lines[1:] == ["line 3: no name: every member needs at least a preferred name",
                         "line 4: 'not an email' is not an email address"]
    assert sample.read_bytes() == before
    assert sorted(p.name for p in sample.parent.iterdir()) == ["members.csv", "store.sqlite3", "store.sqlite3.key"]


def test_import_dry_run_then_good_rows_then_again(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (group,) = raw(sample, "SELECT name FROM groups WHERE deleted_at IS NULL ORDER BY name LIMIT 1")
    path = _csv(sample.parent, "Name;Email\nZoë Quinn;zoe.q@example.org\n;x@example.org\nSam Reyes;\n")
    before = sample.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(sample), "import", "members", str(path), "--dry-run", "--import-good-rows"]) == 0
    out = capsys.readouterr().out
    assert "would add 2 members" in out and "line 3: no name" in out and "dry run" in out
    assert sample.read_bytes() == before

    assert main(["--db", str(sample), "import", "members", str(path), "--import-good-rows",
                 "--group", group[0]]) == 0
    out = capsys.readouterr().out
    assert "added 2 members" in out and "A backup was made first" in out and "semicolon" in out
    assert len(raw(sample, "SELECT 1 FROM members WHERE preferred_name IN ('Zoë Quinn', 'Sam Reyes')")) == 2

    assert main(["--db", str(sample), "import", "members", str(path), "--import-good-rows"]) == 0
    assert "added 0 members; 2 rows match a member already in the store" in capsys.readouterr().out


def test_import_into_an_unknown_group_is_explained(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(sample.parent, "Name\nZoë\n")
    capsys.readouterr()
    assert main(["--db", str(sample), "import", "members", str(path), "--group", "No Such Group"]) == 1
    lines = err_lines(capsys)
    assert len(lines) == 1 and "There is no group called 'No Such Group'" in lines[0]


def test_import_into_a_missing_store_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path, "Name\nZoë\n")
    assert main(["--db", str(tmp_path / "store.sqlite3"), "import", "members", str(path)]) == 1
    assert "There is no store" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["members.csv"]


def test_check_names_damage_in_a_large_store_that_opens_without_the_page_check(
        sample: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from facilitator_app.storage import recovery

    monkeypatch.setattr(recovery, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    (backup,) = list_backups(sample.parent / "backups")
    damage._garbage_page(sample)
    capsys.readouterr()
    assert main(["--db", str(sample), "db", "check"]) == 1
    first = err_lines(capsys)[0]
    assert "is damaged" in first and str(backup.path) in first and "db restore --latest" in first
