"""Is this file a Facilitator store? Decided from its first bytes and its key file alone.

An encrypted store's bytes are indistinguishable from random, so it is recognised by the key
file beside it (``<name>.key``, see ``keys``), and its contents are checked once it is unlocked.
An unencrypted file is read by its SQLite header: our application id marks a plain store from
an earlier version (converted with the facilitator's consent), anything else is another
program's database. Reading never changes the file, so a wrong file given by mistake (an empty
file, a text file, another program's database) is refused and left byte-for-byte as it was.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from facilitator_app.storage.db import APPLICATION_ID
from facilitator_app.storage.keys import has_key_file

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


class FileKind(Enum):
    MISSING = "missing"
    DIRECTORY = "directory"
    EMPTY_FILE = "empty file"
    NOT_SQLITE = "not sqlite"
    EMPTY_SQLITE = "empty sqlite"
    OTHER_SQLITE = "other sqlite"
    STORE = "store"  # an encrypted Facilitator store (its key file is beside it)
    PLAIN_STORE = "plain store"  # an unencrypted store from an earlier version


def inspect_file(path: Path) -> FileKind:
    """Classify ``path`` by its header without opening it as a database."""
    if not path.exists():
        return FileKind.MISSING
    if path.is_dir():
        return FileKind.DIRECTORY
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if not header:
        return FileKind.EMPTY_FILE
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return FileKind.STORE if has_key_file(path) and _looks_encrypted(header) else FileKind.NOT_SQLITE
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return FileKind.PLAIN_STORE
    page_count = int.from_bytes(header[28:32], "big")
    return FileKind.EMPTY_SQLITE if page_count <= 1 else FileKind.OTHER_SQLITE


def _looks_encrypted(header: bytes) -> bool:
    """An encrypted store starts with 16 random bytes (its salt): not zeros (a wiped header), and
    not text (a text file saved over the store; random bytes are all printable once in ~10**7)."""
    salt = header[:16]
    if len(header) < HEADER_SIZE or salt.strip(b"\x00") == b"":
        return False
    return not all(32 <= b < 127 or b in (9, 10, 13) for b in salt)


def missing_message(path: Path) -> str:
    return (f"There is no store at {path}. Check the path, or run "
            "'facilitator-app --db PATH demo-data' to make a sample store there.")


def plain_store_message(path: Path) -> str:
    return (f"{path} is an unencrypted store from an earlier version of Facilitator. Encrypt it first: run "
            f"'facilitator-app --db {path} db encrypt' (a backup is made first), or open it in the window, "
            "which offers to. Nothing was changed.")


def refusal_message(path: Path, kind: FileKind) -> str:
    """One sentence saying why ``path`` is not used as a store, and what to do instead."""
    if kind is FileKind.MISSING:
        return missing_message(path)
    if kind is FileKind.PLAIN_STORE:
        return plain_store_message(path)
    what = {
        FileKind.DIRECTORY: "is a folder, not a file",
        FileKind.EMPTY_FILE: "is an empty file (0 bytes), not a Facilitator store",
        FileKind.NOT_SQLITE: "is not a Facilitator store (it is not a database file at all)",
        FileKind.EMPTY_SQLITE: "is an empty SQLite database, not a Facilitator store",
        FileKind.OTHER_SQLITE: "is another program's SQLite database, not a Facilitator store",
    }[kind]
    return (f"{path} {what}. It was left untouched: choose your Facilitator store "
            f"(a .sqlite3 file), or give a path where no file exists yet to start a new one.")
