"""A store's data key and the small key file beside the store that keeps it wrapped.

Each store is encrypted (SQLCipher 4) with its own random 256-bit data key, given to SQLCipher
raw (``PRAGMA key = "x'...'"``), so opening a store with the key in hand costs no key derivation.
The data key is kept in ``<store>.key`` twice, each time wrapped with AES-256-GCM:

- by a key derived from the facilitator's passphrase with **scrypt** (``cryptography`` already
  ships it, so no new native dependency; it is memory-hard like Argon2id, and its parameters are
  written into the file, so they can be raised later without breaking older files);
- by the recovery key, shown once when the store is made: 40 random base32 characters
  (200 bits) in 8 groups of 5. It has full entropy already, so HKDF-SHA256 is enough to turn it
  into a wrapping key (no slow KDF needed).

The file also holds the store's id (the AES-GCM "associated data", so a wrapped key cannot be
moved to another store's file) and a short check value, so a raw key from the OS keyring is
verified without a KDF. The key file holds no personal data; it travels with every backup
(``<backup>.key``), so a backup restores on a new laptop with the passphrase or the recovery key.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from facilitator_app.errors import StorageError, WrongPassphraseError

KEY_SUFFIX = ".key"
FORMAT = "facilitator-app-key/1"
KEY_BYTES = 32

# scrypt cost: 2**16 x 8 x 1 takes about 0.15 s on a small laptop core and 64 MB of memory.
# Paid once per start when the passphrase is typed or given in FACILITATOR_APP_PASSPHRASE; never
# when the raw key comes from the keyring. Read when a key file is *written* (the file records the
# parameters it was made with), so tests lower it at the boundary (tests/conftest.py).
SCRYPT_N = 2 ** 16
SCRYPT_R = 8
SCRYPT_P = 1

_RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_SIZE = 5

MIN_PASSPHRASE_LENGTH = 8


def key_file_of(store: Path) -> Path:
    """Where the key file of the store (or backup) at ``store`` lives: ``<name>.key`` beside it."""
    return store.with_name(store.name + KEY_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Wrapped:
    """One wrapped copy of the data key: AES-GCM ``nonce`` and ``ciphertext`` (with its tag)."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    """What ``<store>.key`` holds. No personal data: ids, parameters and wrapped keys only."""

    store_id: str
    check: str
    scrypt_n: int
    scrypt_r: int
    scrypt_p: int
    by_passphrase: Wrapped
    by_recovery: Wrapped
    # Set by "remember on this computer": only then is the OS keyring asked at all, so a start
    # without it never pays for loading the keyring (about 0.1 s). A hint, not a secret.
    keyring_hint: bool = False

    def to_json(self) -> str:
        def wrapped(w: Wrapped) -> dict[str, str]:
            return {"salt": _b64(w.salt), "nonce": _b64(w.nonce), "ciphertext": _b64(w.ciphertext)}

        data = {"format": FORMAT, "store_id": self.store_id, "check": self.check,
                "kdf": {"name": "scrypt", "n": self.scrypt_n, "r": self.scrypt_r, "p": self.scrypt_p},
                "passphrase": wrapped(self.by_passphrase), "recovery": wrapped(self.by_recovery),
                "keyring": self.keyring_hint}
        return json.dumps(data, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a Facilitator key file")
        kdf = data["kdf"]

        def wrapped(raw: object) -> Wrapped:
            if not isinstance(raw, dict):
                raise ValueError("wrapped key missing")
            return Wrapped(_unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["ciphertext"]))

        if kdf.get("name") != "scrypt":
            raise ValueError("unknown key derivation")
        return cls(store_id=str(data["store_id"]), check=str(data["check"]), scrypt_n=int(kdf["n"]),
                   scrypt_r=int(kdf["r"]), scrypt_p=int(kdf["p"]), by_passphrase=wrapped(data["passphrase"]),
                   by_recovery=wrapped(data["recovery"]), keyring_hint=bool(data.get("keyring", False)))


# ------------------------------------------------------------------ the pieces
def key_check(store_id: str, data_key: bytes) -> str:
    """A value that shows a raw key belongs to the store, without any key derivation."""
    return hmac.new(data_key, f"facilitator-app key check {store_id}".encode(), hashlib.sha256).hexdigest()[:32]


def _passphrase_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def normalise_recovery_key(text: str) -> str:
    """The recovery key's characters without spaces or dashes, in capitals (as typed, or as printed)."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _recovery_wrapping_key(recovery_key: str, salt: bytes) -> bytes:
    material = normalise_recovery_key(recovery_key).encode("ascii", "replace")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"facilitator-app recovery key").derive(material)


def _wrap(wrapping_key: bytes, data_key: bytes, store_id: str, purpose: str, salt: bytes) -> Wrapped:
    nonce = os.urandom(12)
    return Wrapped(salt, nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, f"{store_id}/{purpose}".encode()))


def _unwrap(wrapping_key: bytes, wrapped: Wrapped, store_id: str, purpose: str) -> bytes | None:
    try:
        return AESGCM(wrapping_key).decrypt(wrapped.nonce, wrapped.ciphertext, f"{store_id}/{purpose}".encode())
    except InvalidTag:
        return None


def new_recovery_key() -> str:
    """40 random base32 characters in 8 groups of 5, e.g. ``K7QXM-...`` (200 bits)."""
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_SIZE))
    return "-".join(chars[i:i + RECOVERY_GROUP_SIZE] for i in range(0, len(chars), RECOVERY_GROUP_SIZE))


def _wrap_by_passphrase(store_id: str, data_key: bytes, passphrase: str) -> Wrapped:
    salt = os.urandom(16)
    return _wrap(_passphrase_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P), data_key, store_id,
                 "passphrase", salt)


@dataclass(frozen=True)
class NewKeys:
    """A new store's keys: the raw data key, its key file, and the recovery key (shown once)."""

    data_key: bytes
    key_file: KeyFile
    recovery_key: str


def check_new_passphrase(passphrase: str) -> None:
    from facilitator_app.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(f"The passphrase is too short: use at least {MIN_PASSPHRASE_LENGTH} characters "
                              "(a few words you can remember is best).")


def new_keys(passphrase: str) -> NewKeys:
    """A random data key, wrapped by ``passphrase`` and by a new recovery key."""
    check_new_passphrase(passphrase)
    data_key = os.urandom(KEY_BYTES)
    store_id = secrets.token_hex(16)
    recovery_key = new_recovery_key()
    recovery_salt = os.urandom(16)
    key_file = KeyFile(
        store_id=store_id, check=key_check(store_id, data_key), scrypt_n=SCRYPT_N, scrypt_r=SCRYPT_R,
        scrypt_p=SCRYPT_P, by_passphrase=_wrap_by_passphrase(store_id, data_key, passphrase),
        by_recovery=_wrap(_recovery_wrapping_key(recovery_key, recovery_salt), data_key, store_id, "recovery",
                          recovery_salt))
    return NewKeys(data_key, key_file, recovery_key)


def unwrap_with_passphrase(key_file: KeyFile, passphrase: str, store: Path) -> bytes:
    """The data key, or ``WrongPassphraseError`` (one sentence) when ``passphrase`` is not the store's."""
    w = key_file.by_passphrase
    key = _unwrap(_passphrase_key(passphrase, w.salt, key_file.scrypt_n, key_file.scrypt_r, key_file.scrypt_p),
                  w, key_file.store_id, "passphrase")
    if key is None:
        raise WrongPassphraseError(wrong_passphrase_message(store))
    return key


def unwrap_with_recovery_key(key_file: KeyFile, recovery_key: str, store: Path) -> bytes:
    w = key_file.by_recovery
    key = _unwrap(_recovery_wrapping_key(recovery_key, w.salt), w, key_file.store_id, "recovery")
    if key is None:
        raise WrongPassphraseError(f"That recovery key does not open {store}. Check the recovery sheet (the "
                                   "letters O, I, 0, 1 and 8 do not occur in it); the file was not changed.")
    return key


def matches(key_file: KeyFile, data_key: bytes) -> bool:
    return hmac.compare_digest(key_check(key_file.store_id, data_key), key_file.check)


def with_new_passphrase(key_file: KeyFile, data_key: bytes, passphrase: str) -> KeyFile:
    """The same key file with the data key wrapped by a new passphrase (the recovery key is kept)."""
    check_new_passphrase(passphrase)
    return replace(key_file, scrypt_n=SCRYPT_N, scrypt_r=SCRYPT_R, scrypt_p=SCRYPT_P,
                   by_passphrase=_wrap_by_passphrase(key_file.store_id, data_key, passphrase))


def wrong_passphrase_message(store: Path) -> str:
    return (f"That passphrase does not open {store}. The file was not changed. Try again, or reset the "
            "passphrase with the recovery key ('db passphrase reset').")


# ------------------------------------------------------------------ the file
def has_key_file(store: Path) -> bool:
    return key_file_of(store).is_file()


def read_key_file(store: Path) -> KeyFile:
    """The key file of the store at ``store``; a sentence when it is missing or unreadable."""
    path = key_file_of(store)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise StorageError(f"The key file {path} is missing, so {store} cannot be opened. Put it back beside the "
                           "store (a backup has its own key file beside it); the store was not changed.",
                           detail=repr(exc)) from exc
    except OSError as exc:
        raise StorageError(f"The key file {path} could not be read ({exc.strerror}); the store was not changed.",
                           detail=repr(exc)) from exc
    try:
        return KeyFile.from_json(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(f"The key file {path} is damaged, so {store} cannot be opened with it. A backup's key "
                           "file from the same store works too; the store was not changed.",
                           detail=repr(exc)) from exc


def write_key_file(store: Path, key_file: KeyFile) -> Path:
    """Write ``<store>.key`` atomically with mode 0600 (a temp file renamed into place)."""
    return write_key_text(key_file_of(store), key_file.to_json())


def write_key_text(target: Path, text: str) -> Path:
    temp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StorageError(f"The key file {target} could not be written ({exc.strerror}). Check that the folder "
                           "is writable and the disk is not full.", detail=repr(exc)) from exc
    return target


def copy_key_file(source_store: Path, destination_store: Path) -> Path | None:
    """Give ``destination_store`` (a backup or restored copy) the key file of ``source_store``."""
    source = key_file_of(source_store)
    if not source.is_file():
        return None
    return write_key_text(key_file_of(destination_store), source.read_text(encoding="utf-8"))
