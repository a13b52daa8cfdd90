"""Is this file a Facilitator store? Decided from the SQLite header alone.

Reading 100 bytes never changes the file, so a wrong file given by mistake (an empty
file, a text file, another program's database) is refused and left byte-for-byte as it was.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from facilitator_app.storage.db import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


class FileKind(Enum):
    MISSING = "missing"
    DIRECTORY = "directory"
    EMPTY_FILE = "empty file"
    NOT_SQLITE = "not sqlite"
    EMPTY_SQLITE = "empty sqlite"
    OTHER_SQLITE = "other sqlite"
    STORE = "store"


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
        return FileKind.NOT_SQLITE
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return FileKind.STORE
    page_count = int.from_bytes(header[28:32], "big")
    return FileKind.EMPTY_SQLITE if page_count <= 1 else FileKind.OTHER_SQLITE


def missing_message(path: Path) -> str:
    return (f"There is no store at {path}. Check the path, or run "
            "'facilitator-app --db PATH demo-data' to make a sample store there.")


def refusal_message(path: Path, kind: FileKind) -> str:
    """One sentence saying why ``path`` is not used as a store, and what to do instead."""
    if kind is FileKind.MISSING:
        return missing_message(path)
    what = {
        FileKind.DIRECTORY: "is a folder, not a file",
        FileKind.EMPTY_FILE: "is an empty file (0 bytes), not a Facilitator store",
        FileKind.NOT_SQLITE: "is not a Facilitator store (it is not a database file at all)",
        FileKind.EMPTY_SQLITE: "is an empty SQLite database, not a Facilitator store",
        FileKind.OTHER_SQLITE: "is another program's SQLite database, not a Facilitator store",
    }[kind]
    return (f"{path} {what}. It was left untouched: choose your Facilitator store "
            f"(a .sqlite3 file), or give a path where no file exists yet to start a new one.")
