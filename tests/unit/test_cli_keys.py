"""The command line with encrypted stores: a wrong passphrase, passphrase change and reset, the
keyring, a new laptop with only a backup, and converting a store from an earlier version."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.cli import main
from facilitator_app.storage import keys, keys_source
from facilitator_app.storage.backup import list_backups
from facilitator_app.storage.identity import FileKind, inspect_file
from tests.conftest import TEST_PASSPHRASE
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.sqlite_files import write_plain_copy

REPO = Path(__file__).resolve().parents[2]
NEW = "a different passphrase"


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A new sample store made by the CLI, one backup of it, and the recovery key it printed once."""
    path = tmp_path / "store.sqlite3"
    assert main(["--db", str(path), "--recovery-sheet", str(tmp_path / "sheet.pdf"), "demo-data"]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.startswith("    "))
    assert main(["--db", str(path), "db", "backup"]) == 0
    capsys.readouterr()
    return path, line.strip()


def test_a_new_store_prints_its_recovery_key_once_and_writes_the_sheet(sample: tuple[Path, str],
                                                                        tmp_path: Path) -> None:
    path, recovery_key = sample
    assert len(recovery_key.split("-")) == 8 and all(len(g) == 5 for g in recovery_key.split("-"))
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "sheet.pdf").pages)
    for group in recovery_key.split("-"):
        assert group in text
    assert path.name in text
    assert recovery_key not in keys.key_file_of(path).read_text(encoding="utf-8")


def test_a_wrong_passphrase_is_one_line_exit_2_and_changes_nothing(sample: tuple[Path, str], tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = sample
    before = _digests(tmp_path)
    env = {**__import__("os").environ, keys_source.ENV_PASSPHRASE: "not the passphrase",
           "PYTHONPATH": str(REPO)}
    for argv in (["list", "groups"], ["db", "check"], ["db", "info"], ["db", "backup"]):
        result = subprocess.run([sys.executable, "-m", "facilitator_app", "--db", str(path), *argv], env=env,
                                capture_output=True, text=True, cwd=tmp_path, stdin=subprocess.DEVNULL)
        assert result.returncode == 2, argv
        assert result.stderr.count("\n") == 1 and "does not open" in result.stderr
        assert "Traceback" not in result.stderr
    assert _digests(tmp_path) == before


def test_without_any_passphrase_a_script_is_told_how_to_give_one(sample: tuple[Path, str],
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = sample
    keys_source.forget_unlocked()
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
    assert main(["--db", str(path), "list", "groups"]) == 2
    assert keys_source.ENV_PASSPHRASE in capsys.readouterr().err


def test_change_then_reset_with_the_recovery_key(sample: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path, recovery_key = sample
    monkeypatch.setenv(keys_source.ENV_NEW_PASSPHRASE, NEW)
    assert main(["--db", str(path), "db", "passphrase", "change"]) == 0
    keys_source.forget_unlocked()
    assert not keys_source.passphrase_matches(path, TEST_PASSPHRASE) and keys_source.passphrase_matches(path, NEW)
    (backup,) = list_backups(path.parent / "backups", path)
    assert keys_source.passphrase_matches(backup.path, NEW)  # the backups follow
    assert main(["--db", str(path), "list", "groups"]) == 2  # the old one no longer opens it

    monkeypatch.setenv(keys_source.ENV_RECOVERY_KEY, "AAAAA-" * 7 + "AAAAA")
    monkeypatch.setenv(keys_source.ENV_NEW_PASSPHRASE, "forgotten and replaced")
    assert main(["--db", str(path), "db", "passphrase", "reset", "--recovery-key"]) == 2
    monkeypatch.setenv(keys_source.ENV_RECOVERY_KEY, recovery_key.lower().replace("-", " "))
    assert main(["--db", str(path), "db", "passphrase", "reset", "--recovery-key"]) == 0
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, "forgotten and replaced")
    keys_source.forget_unlocked()
    capsys.readouterr()
    assert main(["--db", str(path), "list", "groups"]) == 0
    assert "Tuesday" in capsys.readouterr().out


def test_remember_and_forget_use_the_keyring(sample: tuple[Path, str], memory_keyring: MemoryKeyring,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = sample
    assert main(["--db", str(path), "db", "remember"]) == 0
    assert len(memory_keyring.entries) == 1
    keys_source.forget_unlocked()
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
    assert main(["--db", str(path), "list", "groups"]) == 0  # the raw key from the keyring, no passphrase
    assert main(["--db", str(path), "db", "forget"]) == 0
    assert memory_keyring.entries == {}
    keys_source.forget_unlocked()
    assert main(["--db", str(path), "list", "groups"]) == 2


def test_a_store_never_remembered_does_not_ask_the_keyring(sample: tuple[Path, str], memory_keyring: MemoryKeyring,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading the OS keyring costs about 0.1 s of every start: only a remembered store pays it."""
    path, _ = sample
    asked: list[str] = []
    real_get = memory_keyring.get_password
    monkeypatch.setattr(memory_keyring, "get_password",
                        lambda service, user: asked.append(user) or real_get(service, user))
    keys_source.forget_unlocked()
    assert main(["--db", str(path), "list", "groups"]) == 0
    assert asked == []
    assert main(["--db", str(path), "db", "remember"]) == 0
    keys_source.forget_unlocked()
    assert main(["--db", str(path), "list", "groups"]) == 0
    assert asked == [keys.read_key_file(path).store_id]


@pytest.mark.parametrize("how", ["passphrase", "recovery key"])
def test_a_backup_restores_on_a_new_laptop_with_an_empty_keyring(sample: tuple[Path, str], tmp_path: Path,
                                                                 how: str, memory_keyring: MemoryKeyring,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path, recovery_key = sample
    assert main(["--db", str(path), "db", "remember"]) == 0
    (backup,) = list_backups(path.parent / "backups", path)
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    for file in (backup.path, keys.key_file_of(backup.path)):
        shutil.copy2(file, usb / file.name)
    # The new laptop: nothing unlocked, nothing in its keyring, no store yet.
    keys_source.forget_unlocked()
    memory_keyring.entries.clear()
    laptop = tmp_path / "laptop" / "store.sqlite3"
    laptop.parent.mkdir()
    if how == "recovery key":
        monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
        monkeypatch.setenv(keys_source.ENV_RECOVERY_KEY, recovery_key)
        monkeypatch.setenv(keys_source.ENV_NEW_PASSPHRASE, "the new laptop's passphrase")
        copy = usb / backup.path.name
        assert main(["--db", str(copy), "db", "passphrase", "reset", "--recovery-key"]) == 0
        monkeypatch.setenv(keys_source.ENV_PASSPHRASE, "the new laptop's passphrase")
    keys_source.forget_unlocked()
    assert main(["--db", str(laptop), "db", "restore", str(usb / backup.path.name)]) == 0
    keys_source.forget_unlocked()
    capsys.readouterr()
    assert main(["--db", str(laptop), "list", "groups"]) == 0
    assert "Tuesday" in capsys.readouterr().out
    assert inspect_file(laptop) is FileKind.STORE


def test_a_plain_store_is_refused_by_name_until_db_encrypt(tmp_path: Path, sample: tuple[Path, str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = sample
    old = write_plain_copy(path, tmp_path / "old.sqlite3")
    before = old.read_bytes()
    assert main(["--db", str(old), "list", "groups"]) == 1
    assert "db encrypt" in capsys.readouterr().err
    assert old.read_bytes() == before
    assert main(["--db", str(old), "db", "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "now encrypted" in out and "Recovery key" in out
    assert inspect_file(old) is FileKind.STORE
    assert main(["--db", str(old), "list", "groups"]) == 0
