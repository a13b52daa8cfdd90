"""Encrypted bundles: an organisation's changes on a USB stick, readable only with its key.

A key file holds 32 random bytes (AES-256) and is written 0600. A bundle is::

    MAGIC (8 bytes) | header length (4, big-endian) | header (JSON) | nonce (12) | AES-GCM ciphertext

The header says the format version and which key made it (a hash of the key, never the key),
and holds nothing about people; it is authenticated with the ciphertext (associated data), so a
changed byte anywhere makes the bundle refused as a whole. The plaintext is the changes as JSON,
compressed. A bundle's file name is the user's choice; ``default_bundle_name`` holds only a date.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from facilitator_app.errors import ValidationError
from facilitator_app.storage.sync_repo import Changes

MAGIC = b"FACSYNC\x00"
FORMAT_VERSION = 1
KEY_HEADER = "facilitator-organisation-key-v1"
KEY_BYTES = 32
NONCE_BYTES = 12


@dataclass(frozen=True)
class Bundle:
    """An opened bundle: its changes and the node id of the store that wrote it."""

    changes: Changes
    node_id: str

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.changes.values())


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"facilitator-sync-key-id" + key).hexdigest()[:16]


def new_key_file(path: Path) -> None:
    """Write a new organisation key to ``path`` (mode 0600); an existing file is never replaced."""
    key = AESGCM.generate_key(bit_length=KEY_BYTES * 8)
    text = f"{KEY_HEADER}\n{base64.urlsafe_b64encode(key).decode('ascii')}\n"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ValidationError(f"{path} already exists; a key is never written over another. "
                              "Choose another file name.") from None
    except OSError as exc:
        raise ValidationError(f"The key could not be written to {path} ({exc.strerror}).") from exc
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def read_key_file(path: Path) -> bytes:
    try:
        lines = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"The organisation key {path} could not be read.") from exc
    try:
        if len(lines) != 2 or lines[0] != KEY_HEADER:
            raise ValueError
        key = base64.urlsafe_b64decode(lines[1])
        if len(key) != KEY_BYTES:
            raise ValueError
    except ValueError:
        raise ValidationError(f"{path} is not an organisation key made with 'sync new-key'.") from None
    return key


def seal(changes: Changes, node_id: str, key: bytes) -> bytes:
    """The bundle's bytes: the changes compressed, encrypted and authenticated with ``key``."""
    header = json.dumps({"format": FORMAT_VERSION, "key": key_id(key)}, sort_keys=True).encode("ascii")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    payload = zlib.compress(json.dumps({"node": node_id, "changes": changes}, separators=(",", ":"),
                                       ensure_ascii=False).encode("utf-8"), 6)
    nonce = os.urandom(NONCE_BYTES)
    return prefix + nonce + AESGCM(key).encrypt(nonce, payload, prefix)


def unseal(data: bytes, key: bytes) -> Bundle:
    """The changes in a bundle; refused with one sentence if it is not ours, another
    organisation's, or changed since it was written."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise ValidationError("This file is not a Facilitator bundle. Nothing was changed.")
    (length,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    try:
        header: dict[str, Any] = json.loads(data[len(MAGIC) + 4:end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("This bundle is damaged or was changed after it was written; it was refused "
                              "and nothing was changed.") from None
    if header.get("format") != FORMAT_VERSION:
        raise ValidationError("This bundle was written by another version of Facilitator (format "
                              f"{header.get('format')!r}); update Facilitator. Nothing was changed.")
    if header.get("key") != key_id(key):
        raise ValidationError("This bundle was made with another organisation key, so it cannot be read. "
                              "Nothing was changed.")
    nonce, ciphertext = data[end:end + NONCE_BYTES], data[end + NONCE_BYTES:]
    try:
        payload = AESGCM(key).decrypt(nonce, ciphertext, data[:end])
        content = json.loads(zlib.decompress(payload).decode("utf-8"))
    except (InvalidTag, ValueError, zlib.error):
        raise ValidationError("This bundle is damaged or was changed after it was written; it was refused "
                              "and nothing was changed.") from None
    return Bundle(changes=content["changes"], node_id=str(content["node"]))


def write_bundle(path: Path, data: bytes) -> None:
    """Write the bundle beside its place and rename it in, so a half-written bundle never exists."""
    partial = path.with_name(f".{path.name}.writing")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationError(f"The bundle could not be written to {path} ({exc.strerror}).") from exc


def default_bundle_name(today: date) -> str:
    """A file name with no personal data in it."""
    return f"facilitator-changes-{today.isoformat()}.fsync"
