"""Shared test set-up: headless Qt, user folders kept inside the test's temp dir, and encryption.

Every store is encrypted, so every test runs with a passphrase in ``FACILITATOR_APP_PASSPHRASE``
(a test about its absence deletes it), an in-memory keyring in place of the computer's (the only
boundary replaced), no key left unlocked by an earlier test, and a cheap scrypt cost for the key
files the tests write (``keys.SCRYPT_N``; the files record their own cost, so reading them is
unaffected; the real cost is measured in tests/unit/storage/test_keys.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import pytest

from facilitator_app.storage import keys, keys_source
from tests.helpers.memory_keyring import MemoryKeyring

# Qt needs no screen for the tests; set before any test imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.helpers.fixtures"]

TEST_PASSPHRASE = "correct horse battery staple"
TEST_SCRYPT_N = 2 ** 4

# Also for session-scoped fixtures (sample stores built once), which run before any per-test fixture.
os.environ[keys_source.ENV_PASSPHRASE] = TEST_PASSPHRASE
keys.SCRYPT_N = TEST_SCRYPT_N
keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs honours the XDG variables: no test touches the real user's data or logs."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("FACILITATOR_APP_DB", raising=False)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every store encrypted with a known passphrase; the keyring replaced at its boundary."""
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, TEST_PASSPHRASE)
    for var in (keys_source.ENV_NEW_PASSPHRASE, keys_source.ENV_RECOVERY_KEY):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(keys, "SCRYPT_N", TEST_SCRYPT_N)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    keys_source.forget_unlocked()
    yield backend
    keys_source.forget_unlocked()
    keyring.set_keyring(previous)
