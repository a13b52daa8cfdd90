"""``db init``, ``db fingerprint``, ``sync with``, ``sync new-key``, ``sync export`` and ``sync import``
through the real command line, on real store files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.helpers.sqlite_files import snapshot


def _fingerprint(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--db", str(path), "db", "fingerprint"]) == 0
    line = capsys.readouterr().out.strip()
    assert len(line) == 64 and "\n" not in line
    return line


def _members(path: Path) -> set[str]:
    with open_store(path, create=False) as store:
        return {m.preferred_name for m in build_services(store).members.list_members()}


def _add(path: Path, name: str) -> None:
    with open_store(path, create=False) as store:
        build_services(store).members.add_member(MemberDraft(name))


@pytest.fixture
def filled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A store with the small sample data (built once per test: the CLI's own command)."""
    path = tmp_path / "server.sqlite3"
    assert main(["--db", str(path), "demo-data"]) == 0
    capsys.readouterr()
    return path


def test_db_init_makes_an_empty_store_and_refuses_an_existing_file(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite3"
    assert main(["--db", str(path), "db", "init"]) == 0
    assert "empty store" in capsys.readouterr().out
    assert _members(path) == set()
    assert main(["--db", str(path), "db", "init"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_two_empty_stores_have_the_same_fingerprint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a", "b"):
        assert main(["--db", str(tmp_path / f"{name}.sqlite3"), "db", "init"]) == 0
    assert _fingerprint(tmp_path / "a.sqlite3", capsys) == _fingerprint(tmp_path / "b.sqlite3", capsys)


def test_sync_with_merges_both_ways(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    assert main(["--db", str(laptop), "db", "init"]) == 0
    assert main(["--db", str(laptop), "sync", "with", str(filled)]) == 0
    assert _fingerprint(laptop, capsys) == _fingerprint(filled, capsys)
    _add(laptop, "Added On Laptop")
    _add(filled, "Added On Server")
    assert _fingerprint(laptop, capsys) != _fingerprint(filled, capsys)
    assert main(["--db", str(laptop), "sync", "with", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "Into this store: 1 row added" in out and "Into the other:  1 row added" in out
    assert _fingerprint(laptop, capsys) == _fingerprint(filled, capsys)
    for path in (laptop, filled):
        assert {"Added On Laptop", "Added On Server"} <= _members(path)


def test_sync_with_a_missing_store_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite3"
    assert main(["--db", str(path), "db", "init"]) == 0
    assert main(["--db", str(path), "sync", "with", str(tmp_path / "nowhere.sqlite3")]) == 1
    assert "nowhere.sqlite3" in capsys.readouterr().err


def test_new_key_is_private_and_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = tmp_path / "org.key"
    assert main(["sync", "new-key", "-o", str(key)]) == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    first = key.read_bytes()
    assert main(["sync", "new-key", "-o", str(key)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert key.read_bytes() == first


def test_a_bundle_fills_a_new_laptop_and_refuses_what_it_must(filled: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    key, other_key = tmp_path / "org.key", tmp_path / "other.key"
    assert main(["sync", "new-key", "-o", str(key)]) == 0
    assert main(["sync", "new-key", "-o", str(other_key)]) == 0
    bundle = tmp_path / "changes.fsync"
    assert main(["--db", str(filled), "sync", "export", "--key", str(key), "-o", str(bundle)]) == 0
    written = bundle.read_bytes()
    assert not [name for name in _members(filled) if len(name) >= 4 and name.encode() in written]  # encrypted
    laptop = tmp_path / "laptop.sqlite3"
    assert main(["--db", str(laptop), "db", "init"]) == 0
    before = snapshot(laptop)

    capsys.readouterr()
    assert main(["--db", str(laptop), "sync", "import", "--key", str(other_key), str(bundle)]) == 1
    assert "another organisation key" in capsys.readouterr().err
    tampered = tmp_path / "tampered.fsync"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    assert main(["--db", str(laptop), "sync", "import", "--key", str(key), str(tampered)]) == 1
    assert "changed after it was written" in capsys.readouterr().err
    assert snapshot(laptop) == before

    assert main(["--db", str(laptop), "sync", "import", "--key", str(key), str(bundle)]) == 0
    first = capsys.readouterr().out
    assert "added" in first and " 0 in conflict" in first
    assert _fingerprint(laptop, capsys) == _fingerprint(filled, capsys)
    assert main(["--db", str(laptop), "sync", "import", "--key", str(key), str(bundle)]) == 0
    assert "Imported changes.fsync: 0 added, 0 updated" in capsys.readouterr().out
    assert _fingerprint(laptop, capsys) == _fingerprint(filled, capsys)


def test_since_last_bundles_carry_only_the_new_changes(filled: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    key = tmp_path / "org.key"
    assert main(["sync", "new-key", "-o", str(key)]) == 0
    laptop = tmp_path / "laptop.sqlite3"
    assert main(["--db", str(laptop), "db", "init"]) == 0
    full = tmp_path / "full.fsync"
    assert main(["--db", str(filled), "sync", "export", "--key", str(key), "-o", str(full), "--since-last"]) == 0
    assert main(["--db", str(laptop), "sync", "import", "--key", str(key), str(full)]) == 0
    _add(filled, "Evening Walk-in")
    capsys.readouterr()
    evening = tmp_path / "evening.fsync"
    assert main(["--db", str(filled), "sync", "export", "--key", str(key), "-o", str(evening), "--since-last"]) == 0
    assert "1 rows" in capsys.readouterr().out
    assert main(["--db", str(laptop), "sync", "import", "--key", str(key), str(evening)]) == 0
    assert "1 added" in capsys.readouterr().out
    assert _fingerprint(laptop, capsys) == _fingerprint(filled, capsys)


def test_export_to_a_folder_names_the_bundle_without_personal_data(filled: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    key = tmp_path / "org.key"
    assert main(["sync", "new-key", "-o", str(key)]) == 0
    folder = tmp_path / "usb"
    folder.mkdir()
    assert main(["--db", str(filled), "sync", "export", "--key", str(key), "-o", str(folder)]) == 0
    (written,) = folder.iterdir()
    assert written.name.startswith("facilitator-changes-") and written.suffix == ".fsync"


def test_sync_commands_run_as_a_program(tmp_path: Path) -> None:
    key = tmp_path / "org.key"
    done = subprocess.run([sys.executable, "-m", "facilitator_app", "sync", "new-key", "-o", str(key)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert key.exists()


def test_import_into_a_new_laptop_makes_its_store(filled: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    key, bundle = tmp_path / "org.key", tmp_path / "all.fsync"
    assert main(["sync", "new-key", "-o", str(key)]) == 0
    assert main(["--db", str(filled), "sync", "export", "--key", str(key), "-o", str(bundle)]) == 0
    laptop = tmp_path / "new-laptop.sqlite3"
    assert main(["--db", str(laptop), "sync", "import", "--key", str(key), str(tmp_path / "missing.fsync")]) == 1
    assert not laptop.exists()
    assert main(["--db", str(laptop), "sync", "import", "--key", str(key), str(bundle)]) == 0
    assert "Recovery key" in capsys.readouterr().out
    assert _fingerprint(laptop, capsys) == _fingerprint(filled, capsys)


def test_two_sample_stores_made_apart_merge_into_one(filled: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Other ids for everything, but the same built-in instruments and the same handout files
    (natural keys): they end as one store with both organisations' data."""
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "demo-data", "--seed", "2"]) == 0
    before = len(_members(filled)), len(_members(other))
    assert main(["--db", str(other), "sync", "with", str(filled)]) == 0
    assert _fingerprint(other, capsys) == _fingerprint(filled, capsys)
    assert len(_members(filled)) <= sum(before)
    assert main(["--db", str(filled), "db", "check"]) == 0


def test_a_server_url_is_printed_without_its_password() -> None:
    from facilitator_app.cli_sync import _shown

    assert _shown("postgresql://ana:s3cret@db.example/org") == "postgresql://ana:***@db.example/org"
    assert _shown("postgresql://ana@db.example/org") == "postgresql://ana@db.example/org"
    assert _shown("/tmp/a.sqlite3") == "/tmp/a.sqlite3"


def test_sync_with_a_store_under_another_passphrase_says_so(filled: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator_app.storage import keys_source

    other = tmp_path / "other.sqlite3"
    ours = os.environ[keys_source.ENV_PASSPHRASE]
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, "another organisation passphrase")
    assert main(["--db", str(other), "db", "init"]) == 0
    keys_source.forget_unlocked()
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, ours)
    capsys.readouterr()
    assert main(["--db", str(filled), "sync", "with", str(other)]) == 2
    assert "other.sqlite3" in capsys.readouterr().err
