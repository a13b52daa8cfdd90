"""The passphrase's key derived on a thread while the window's modules load (cli.main's start path):
the open uses that result instead of deriving again, and a wrong or changed passphrase is still
found and said by the open itself."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from facilitator_app.errors import WrongPassphraseError
from facilitator_app.storage import keys, keys_source
from facilitator_app.storage.store import open_store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    open_store(path).close()
    keys_source.forget_unlocked()
    return path


threads: list[str] = []


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The passphrases scrypt was run for, in order (and the threads it ran on, in ``threads``)."""
    seen: list[str] = []
    threads.clear()
    real = keys.unwrap_with_passphrase

    def counting(key_file: keys.KeyFile, passphrase: str, store: Path) -> bytes:
        seen.append(passphrase)
        threads.append(threading.current_thread().name)
        return real(key_file, passphrase, store)

    monkeypatch.setattr(keys, "unwrap_with_passphrase", counting)
    return seen


def test_the_open_takes_the_key_derived_ahead(store_path: Path, derivations: list[str]) -> None:
    keys_source.derive_ahead(store_path)
    key = keys_source.data_key_for(store_path)
    assert len(derivations) == 1 and threads == ["derive-key"]
    assert keys.matches(keys.read_key_file(store_path), key)
    with open_store(store_path, create=False) as store:   # opens with it, no second derivation
        assert store.path.exists()
    assert len(derivations) == 1


def test_a_wrong_passphrase_is_still_refused_with_its_sentence(store_path: Path, derivations: list[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, "not the passphrase")
    keys_source.derive_ahead(store_path)
    with pytest.raises(WrongPassphraseError, match=keys_source.ENV_PASSPHRASE):
        keys_source.data_key_for(store_path)


def test_a_passphrase_changed_after_the_start_is_derived_again(store_path: Path, derivations: list[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    right = keys_source.env_passphrase()
    assert right is not None
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, "a guess")
    keys_source.derive_ahead(store_path)
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, right)
    keys_source.data_key_for(store_path)
    assert derivations[-1] == right and len(derivations) == 2


def test_nothing_is_started_without_a_passphrase_or_a_key_file(tmp_path: Path, store_path: Path,
                                                              derivations: list[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    keys_source.derive_ahead(tmp_path / "missing.sqlite3")
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
    keys_source.derive_ahead(store_path)
    assert derivations == []
