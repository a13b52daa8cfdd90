"""Unlocking, changing and resetting a store's passphrase, for the window and the lock screen.

The key work is in ``storage.keys`` and ``storage.keys_source``; this is the face the UI uses.
``passphrase_matches(store_path, passphrase)`` is the lock screen's check (MainWindow's
``unlock_check``): it derives the passphrase's key and tries it, changing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from facilitator_app.errors import WrongPassphraseError
from facilitator_app.storage import keys_source
from facilitator_app.storage.encryption import Encrypted, encrypt_plain_store
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.keys import check_new_passphrase, has_key_file
from facilitator_app.storage.repos import audit
from facilitator_app.storage.store import Store

__all__ = ["Encrypted", "KeyNeed", "Store", "check_new_passphrase", "passphrase_matches"]


class KeyNeed(Enum):
    """What opening the store at a path needs from the person at the window."""

    NOTHING = "nothing"  # the key is at hand (this process, the keyring, the environment), or not a store
    PASSPHRASE = "passphrase"  # an encrypted store: ask for its passphrase
    NEW_PASSPHRASE = "new passphrase"  # a new store and no passphrase in the environment: ask twice
    CONSENT = "consent"  # an unencrypted store from an earlier version: ask to encrypt it


@dataclass(frozen=True)
class Unlocked:
    remembered: bool


def key_need(store_path: Path) -> KeyNeed:
    kind = inspect_file(store_path)
    if kind is FileKind.MISSING:
        return KeyNeed.NOTHING if keys_source.env_passphrase() else KeyNeed.NEW_PASSPHRASE
    if kind is FileKind.PLAIN_STORE:
        return KeyNeed.CONSENT
    if kind is FileKind.STORE and has_key_file(store_path):
        try:
            at_hand = keys_source.is_unlocked(store_path)
        except WrongPassphraseError:
            at_hand = False  # FACILITATOR_APP_PASSPHRASE is not this store's: the window asks instead
        return KeyNeed.NOTHING if at_hand else KeyNeed.PASSPHRASE
    return KeyNeed.NOTHING


def unlock(store_path: Path, passphrase: str, *, remember: bool = False) -> None:
    """Unlock with a typed passphrase (``WrongPassphraseError`` when it does not fit); with
    ``remember``, keep the key in this computer's keyring."""
    keys_source.unlock(store_path, passphrase)
    if remember:
        keys_source.remember_on_this_computer(store_path)


def env_passphrase() -> str | None:
    return keys_source.env_passphrase()


def remember_on_this_computer(store_path: Path) -> None:
    keys_source.remember_on_this_computer(store_path)


def passphrase_matches(store_path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the store (the lock screen's check; nothing is changed)."""
    return keys_source.passphrase_matches(store_path, passphrase)


def encrypt(store_path: Path, backups_dir: Path, passphrase: str) -> Encrypted:
    """Convert an unencrypted store from an earlier version (the facilitator agreed to it)."""
    return encrypt_plain_store(store_path, backups_dir, passphrase)


def change_passphrase(store: Store, old: str, new: str, backups_dir: Path | None) -> None:
    """Set a new passphrase (the old one proves the right), for the store and its backups; audited."""
    keys_source.change_passphrase(store.path, old, new, backups_dir)
    with store.write() as session:
        audit.record(session, "passphrase.change")


def reset_passphrase(store: Store, recovery_key: str, new: str, backups_dir: Path | None) -> None:
    keys_source.reset_passphrase(store.path, recovery_key, new, backups_dir)
    with store.write() as session:
        audit.record(session, "passphrase.reset")


