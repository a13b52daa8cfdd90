"""Every store is encrypted; an unencrypted one from an earlier version is converted with consent,
and nothing readable is left beside it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from facilitator_app.errors import PassphraseNeededError, PlainStoreError, WrongPassphraseError
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage import backup as files
from facilitator_app.storage import encryption, keys, keys_source
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import write_plain_copy

CANARY = "Zarthex Quillonbury"
FORMS = (CANARY, CANARY.upper(), CANARY.lower(), "Quillonbury")


def _leaks(folder: Path) -> list[str]:
    """Every file under ``folder`` that holds any form of the planted name, in UTF-8 or UTF-16."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(form.encode(enc) in data for form in FORMS for enc in ("utf-8", "utf-16-le")):
                found.append(path.name)
    return found


def _fill(path: Path) -> None:
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        services.members.add_member(MemberDraft(CANARY, full_name=CANARY, notes=f"{CANARY} asked for a call"),
                                    group_id=group.id)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_store_holds_no_readable_name_in_any_file(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    _fill(path)
    files.make_verified_backup(path, tmp_path / "backups", "manual", files.datetime(2026, 11, 26, 14, 0))
    assert inspect_file(path) is FileKind.STORE
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert _leaks(tmp_path) == []
    assert (os.stat(keys.key_file_of(path)).st_mode & 0o777) == 0o600


def test_a_wrong_passphrase_is_refused_and_the_file_is_unchanged(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.sqlite3"
    _fill(path)
    before = {p.name: _digest(p) for p in tmp_path.iterdir() if p.is_file()}
    keys_source.forget_unlocked()
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, "not the passphrase at all")
    with pytest.raises(WrongPassphraseError) as caught:
        open_store(path)
    assert "\n" not in caught.value.message and "not changed" in caught.value.message
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
    with pytest.raises(PassphraseNeededError):
        open_store(path)
    with pytest.raises(WrongPassphraseError):
        open_store(path, passphrase="still not it")
    assert {p.name: _digest(p) for p in tmp_path.iterdir() if p.is_file()} == before


def test_a_typed_passphrase_opens_the_store_without_the_environment(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.sqlite3"
    _fill(path)
    passphrase = os.environ[keys_source.ENV_PASSPHRASE]
    keys_source.forget_unlocked()
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
    assert keys_source.passphrase_matches(path, passphrase)
    assert not keys_source.passphrase_matches(path, "wrong one")
    with open_store(path, passphrase=passphrase) as store:
        assert [m.preferred_name for m in build_services(store).members.list_members()] == [CANARY]


def test_a_plain_store_is_refused_then_converted_with_nothing_readable_left(tmp_path: Path) -> None:
    source = tmp_path / "source" / "store.sqlite3"
    source.parent.mkdir()
    _fill(source)
    folder = tmp_path / "old"
    folder.mkdir()
    path = write_plain_copy(source, folder / "store.sqlite3")
    plain_backup = files.make_verified_backup(path, folder / "backups", "on-close",
                                              files.datetime(2026, 11, 20, 17, 45))
    assert inspect_file(path) is FileKind.PLAIN_STORE
    assert set(_leaks(folder)) == {path.name, plain_backup.path.name}  # the check can fail

    before = _digest(path)
    with pytest.raises(PlainStoreError, match="db encrypt"):
        open_store(path, backups_dir=folder / "backups")
    assert _digest(path) == before

    done = encryption.encrypt_plain_store(path, folder / "backups", "a new passphrase for it")
    assert len(keys.normalise_recovery_key(done.recovery_key)) == 40 and done.backups_encrypted == 2
    assert _leaks(folder) == []
    assert inspect_file(path) is FileKind.STORE
    with open_store(path, backups_dir=folder / "backups") as store:
        services = build_services(store)
        assert [m.preferred_name for m in services.members.list_members()] == [CANARY]
    for info in files.list_backups(folder / "backups", path):
        assert info.verified and inspect_file(info.path) is FileKind.STORE
        assert files.verify_backup(info.path).counts == info.counts
    keys_source.forget_unlocked()
    assert keys_source.passphrase_matches(path, "a new passphrase for it")
