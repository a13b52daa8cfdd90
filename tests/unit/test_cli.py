"""The headless commands: demo-data, db info, db check, db backup, and their exit statuses."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.paths import STORE_FILE_NAME
from facilitator_app.storage.schema import HEAD_REVISION
from tests.helpers.sqlite_files import connect as keyed_connect


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.sqlite3"
    assert main(["--db", str(path), "demo-data", "--scale", "small", "--seed", "3"]) == 0
    return path


def test_demo_data_then_check_and_info(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(sample), "db", "check"]) == 0
    assert capsys.readouterr().out.startswith("ok:")
    assert main(["--db", str(sample), "db", "info"]) == 0
    out = capsys.readouterr().out
    assert HEAD_REVISION in out
    for table in ("groups", "members", "meetings", "attendance", "checkins", "session_notes", "handouts"):
        assert table in out
    conn = keyed_connect(sample)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_demo_data_refuses_a_store_that_holds_groups(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sample.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(sample), "demo-data"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("facilitator-app: ") and err.count("\n") == 1
    assert sample.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"Name,Phone\nZo\xc3\xab,07700 900123\n", b"\x00" * 4096],
                         ids=["zero bytes", "text file", "zeroed file"])
@pytest.mark.parametrize("command", [["db", "check"], ["db", "info"], ["db", "backup"]])
def test_wrong_files_fail_with_one_line_and_stay_unchanged(tmp_path: Path, content: bytes, command: list[str],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "given.db"
    path.write_bytes(content)
    assert main(["--db", str(path), *command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["given.db"]


def test_check_reports_another_programs_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "recipes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path), "db", "check"]) == 1
    assert "another program's SQLite database" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_check_fails_on_a_damaged_store(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Overwrite a page in the middle of the file: the header still says "ours".
    data = bytearray(sample.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xa5" * page
    sample.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--db", str(sample), "db", "check"]) == 1
    assert capsys.readouterr().err.startswith("facilitator-app: ")


def test_missing_store_is_explained_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nothing-here.sqlite3"
    assert main(["--db", str(path), "db", "info"]) == 1
    assert "There is no store" in capsys.readouterr().err
    assert not path.exists()


def test_backup_to_default_folder_and_to_a_file(sample: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(sample), "db", "backup"]) == 0
    backups = list((sample.parent / "backups").glob("facilitator-*-manual.sqlite3"))
    assert len(backups) == 1
    target = tmp_path / "copy.sqlite3"
    assert main(["--db", str(sample), "db", "backup", str(target)]) == 0
    capsys.readouterr()
    assert main(["--db", str(target), "db", "check"]) == 0
    for copy in (backups[0], target):
        with keyed_connect(copy) as conn:
            assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == \
                keyed_connect(sample).execute("SELECT count(*) FROM members").fetchone()[0]
    assert main(["--db", str(sample), "db", "backup", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_environment_variable_names_the_store(sample: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FACILITATOR_APP_DB", str(sample))
    capsys.readouterr()
    assert main(["db", "info"]) == 0
    assert str(sample) in capsys.readouterr().out


def test_default_store_lives_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["demo-data"]) == 0
    assert (tmp_path / "data" / "facilitator-app" / STORE_FILE_NAME).exists()


def test_demo_cannot_be_combined_with_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--demo", "db", "info"])
    assert caught.value.code == 2


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "facilitator_app", "--db", str(tmp_path / "x.sqlite3"),
                             "db", "check"], capture_output=True, text=True)
    assert result.returncode == 1
    assert "There is no store" in result.stderr and "Traceback" not in result.stderr
