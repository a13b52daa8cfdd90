"""Where a store's data key comes from when it is opened, in order:

1. this process has already unlocked the store (``unlocked`` below: the window's lock screen,
   a backup, a restore and a check reuse the key instead of asking again);
2. the OS keyring ("remember on this computer"): the raw data key, checked against the key file,
   so no key derivation on the start path;
3. ``FACILITATOR_APP_PASSPHRASE`` (scripts, tests, the window too when it is set): one scrypt;
4. otherwise ``PassphraseNeededError``: the window shows its passphrase dialog and the CLI asks
   with getpass when it has a terminal, then call ``unlock``.

The keys unlocked by this process are held in one mapping, from the store's id (in its key file)
to its data key: it is the process's own memory of what the facilitator has already unlocked,
like ssh-agent, not shared state between parts of the app. ``forget_unlocked`` clears it (tests
do so before each test, so each one starts as a fresh start of the app).
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from facilitator_app.errors import PassphraseNeededError, WrongPassphraseError
from facilitator_app.storage import db, keys
from facilitator_app.storage.keys import KeyFile

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "FACILITATOR_APP_PASSPHRASE"
ENV_NEW_PASSPHRASE = "FACILITATOR_APP_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "FACILITATOR_APP_RECOVERY_KEY"
KEYRING_SERVICE = "facilitator-app"

_unlocked: dict[str, bytes] = {}


@dataclass
class _Derivation:
    """A key derivation started ahead (``derive_ahead``): the passphrase it used and its result."""

    passphrase: str
    thread: threading.Thread
    key: list[bytes] = field(default_factory=list)


_ahead: dict[str, _Derivation] = {}


def forget_unlocked() -> None:
    """Drop every key this process has unlocked (a new start of the app, as far as keys go)."""
    _unlocked.clear()
    _ahead.clear()


def derive_ahead(store: Path) -> None:
    """Start deriving the key from ``FACILITATOR_APP_PASSPHRASE`` on a thread, so that the window's
    modules load meanwhile: scrypt runs outside the GIL, so on a second core the start-up pays for
    the derivation only where it outlasts the imports. ``data_key_for`` takes the result; anything
    wrong (no key file, a wrong passphrase) is left for it to find and say, as without this."""
    passphrase = env_passphrase()
    if passphrase is None or not keys.has_key_file(store):
        return
    try:
        key_file = keys.read_key_file(store)
    except Exception:  # noqa: BLE001 - the open path reads it again and names the problem
        return
    if key_file.keyring_hint or key_file.store_id in _unlocked or key_file.store_id in _ahead:
        return

    def derive() -> None:
        try:
            derivation.key.append(keys.unwrap_with_passphrase(key_file, passphrase, store))
        except Exception:  # noqa: BLE001 - WrongPassphraseError and the rest: data_key_for says it
            log.debug("the key could not be derived ahead", exc_info=True)

    derivation = _Derivation(passphrase, threading.Thread(target=derive, name="derive-key", daemon=True))
    _ahead[key_file.store_id] = derivation
    derivation.thread.start()


def _derived_ahead(key_file: KeyFile, passphrase: str) -> bytes | None:
    derivation = _ahead.pop(key_file.store_id, None)
    if derivation is None or derivation.passphrase != passphrase:
        return None
    derivation.thread.join()
    key = derivation.key[0] if derivation.key else None
    return key if key is not None and keys.matches(key_file, key) else None


def remember_unlocked(key_file: KeyFile, data_key: bytes) -> None:
    _unlocked[key_file.store_id] = data_key


def env_passphrase() -> str | None:
    value = os.environ.get(ENV_PASSPHRASE)
    return value if value else None


def needs_passphrase_message(store: Path) -> str:
    return (f"{store} is encrypted and no passphrase was given. Type it when asked (in a terminal), or set "
            f"{ENV_PASSPHRASE} for scripts; the file was not changed.")


# ------------------------------------------------------------------ the OS keyring
def keyring_key(key_file: KeyFile) -> bytes | None:
    """The raw data key remembered on this computer, if any (and only if it fits the key file)."""
    if not key_file.keyring_hint:
        return None  # never remembered: the keyring is not even loaded
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, key_file.store_id)
    except Exception:  # no keyring on this computer, a locked one, a D-Bus failure: just not remembered
        log.info("the keyring could not be read", exc_info=True)
        return None
    if not stored:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return None
    return key if keys.matches(key_file, key) else None


def remember_on_this_computer(store: Path) -> None:
    """Keep the store's raw data key in the OS keyring (the store must be unlocked already)."""
    from facilitator_app.errors import StorageError

    key_file = keys.read_key_file(store)
    key = data_key_for(store)
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key_file.store_id, key.hex())
    except Exception as exc:
        raise StorageError("This computer's keyring could not keep the key, so the passphrase will be asked "
                           "for as before.", detail=repr(exc)) from exc
    if not key_file.keyring_hint:
        keys.write_key_file(store, replace(key_file, keyring_hint=True))


def forget_on_this_computer(store: Path) -> bool:
    """Remove the store's key from the OS keyring; whether there was one."""
    key_file = keys.read_key_file(store)
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, key_file.store_id)
        except PasswordDeleteError:
            return False
    except Exception:
        log.info("the keyring could not be changed", exc_info=True)
        return False
    return True


# ------------------------------------------------------------------ resolving the key
def data_key_for(store: Path) -> bytes:
    """The data key of the encrypted store (or backup) at ``store``, from the first source that has it."""
    key_file = keys.read_key_file(store)
    cached = _unlocked.get(key_file.store_id)
    if cached is not None and keys.matches(key_file, cached):
        return cached
    remembered = keyring_key(key_file)
    if remembered is not None:
        remember_unlocked(key_file, remembered)
        return remembered
    passphrase = env_passphrase()
    if passphrase is None:
        raise PassphraseNeededError(needs_passphrase_message(store))
    derived = _derived_ahead(key_file, passphrase)
    if derived is not None:
        remember_unlocked(key_file, derived)
        return derived
    try:
        key = keys.unwrap_with_passphrase(key_file, passphrase, store)
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(f"The passphrase in {ENV_PASSPHRASE} does not open {store}. The file was "
                                   "not changed.") from exc
    remember_unlocked(key_file, key)
    return key


def unlock(store: Path, passphrase: str) -> bytes:
    """Unlock ``store`` with a typed passphrase (``WrongPassphraseError`` when it does not fit)."""
    key_file = keys.read_key_file(store)
    key = keys.unwrap_with_passphrase(key_file, passphrase, store)
    remember_unlocked(key_file, key)
    return key


def unlock_with_recovery_key(store: Path, recovery_key: str) -> bytes:
    key_file = keys.read_key_file(store)
    key = keys.unwrap_with_recovery_key(key_file, recovery_key, store)
    remember_unlocked(key_file, key)
    return key


def passphrase_matches(store: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens ``store`` (the lock screen's check); nothing is changed."""
    try:
        keys.unwrap_with_passphrase(keys.read_key_file(store), passphrase, store)
    except WrongPassphraseError:
        return False
    return True


def is_unlocked(store: Path) -> bool:
    """Whether the key is at hand without asking anyone (this process, the keyring or the environment)."""
    try:
        data_key_for(store)
    except PassphraseNeededError:
        return False
    return True


def key_for_file(path: Path) -> bytes | None:
    """The key to open ``path`` with: None for an unencrypted file (no key file beside it)."""
    return data_key_for(path) if keys.has_key_file(path) else None


def connect_file(path: Path, *, read_only: bool = False, existing: bool = True) -> db.Connection:
    """The one way storage code outside the engine opens a store or backup file: keyed when it is encrypted."""
    return db.connect(path, key_for_file(path), read_only=read_only, existing=existing)


# ------------------------------------------------------------------ changing the passphrase
def _rewrap_backups(backups_dir: Path | None, key_file: KeyFile) -> int:
    """Give this store's backups in ``backups_dir`` the new key file too (same store, same data key),
    so an old passphrase no longer opens any of them. Returns how many were updated."""
    if backups_dir is None or not backups_dir.is_dir():
        return 0
    updated = 0
    for path in backups_dir.glob(f"*{keys.KEY_SUFFIX}"):
        try:
            if KeyFile.from_json(path.read_text(encoding="utf-8")).store_id != key_file.store_id:
                continue
        except (OSError, ValueError, KeyError, TypeError):
            continue
        keys.write_key_text(path, key_file.to_json())
        updated += 1
    return updated


def change_passphrase(store: Path, old: str, new: str, backups_dir: Path | None = None) -> None:
    """Wrap the store's data key by ``new`` (after ``old`` proved it), here and in its backups.

    The data key itself, the store's bytes and the recovery key stay as they are: only the small
    key files change, so this takes one key derivation per passphrase, whatever the store's size.
    """
    key_file = keys.read_key_file(store)
    data_key = keys.unwrap_with_passphrase(key_file, old, store)
    _apply_new_passphrase(store, key_file, data_key, new, backups_dir)


def reset_passphrase(store: Path, recovery_key: str, new: str, backups_dir: Path | None = None) -> None:
    """A forgotten passphrase: the recovery key proves the right to set a new one."""
    key_file = keys.read_key_file(store)
    data_key = keys.unwrap_with_recovery_key(key_file, recovery_key, store)
    _apply_new_passphrase(store, key_file, data_key, new, backups_dir)


def _apply_new_passphrase(store: Path, key_file: KeyFile, data_key: bytes, new: str,
                          backups_dir: Path | None) -> None:
    updated = keys.with_new_passphrase(key_file, data_key, new)
    keys.write_key_file(store, updated)
    _rewrap_backups(backups_dir, updated)
    remember_unlocked(updated, data_key)
    log.info("the passphrase of %s was changed", store)
