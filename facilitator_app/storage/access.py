"""May this store be written? And how SQLite should open a store it may only read.

A store is read-only for us when its file, or the folder it sits in, cannot be written
(a shared drive, a CD, a copy from someone else's account): SQLite needs the folder too,
for the -wal and -shm files of the WAL journal. Such a store is opened with
``mode=ro``, which SQLite itself enforces, so reading, checking and exporting work and
every write is refused with ``read_only_message``.

A read-only connection to a store in WAL mode still needs the -shm file. When the store
was closed cleanly there is no -wal or -shm beside it, and SQLite could not create them
in a read-only folder, so the file is opened ``immutable`` (nobody can be writing it:
a writer would have those files open). When they are there (the store is open
elsewhere, or was not closed cleanly) SQLite reads them as they are.
"""

from __future__ import annotations

import os
from pathlib import Path


def read_only_message(path: Path, why: str = "nothing can be saved to it") -> str:
    """What every refused write says: what happened and what to do."""
    return (f"This data file is read-only: {path} (or its folder) cannot be written, so {why}. Copy it "
            "somewhere you can write, such as your Documents folder, and open the copy, or ask whoever "
            "manages that folder to let you write there.")


def can_write(path: Path) -> bool:
    """Whether both the store file (when it exists) and its folder may be written."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _companions_exist(path: Path) -> bool:
    return any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI that opens ``path`` for reading only (see the module's docstring)."""
    absolute = path.absolute()
    query = "mode=ro" if _companions_exist(absolute) else "mode=ro&immutable=1"
    return f"{absolute.as_uri()}?{query}"


def unreadable_journal_message(path: Path) -> str | None:
    """For a read-only store: a sentence when SQLite cannot read it as it stands, else None.

    A store that was not closed cleanly keeps its latest changes in ``-wal``; reading them
    needs ``-shm``, which a read-only folder cannot get.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        return None
    if pending and not shm.exists():
        return (f"This data file is read-only and was not closed cleanly: its latest changes are in {wal.name} "
                "beside it, which cannot be read where it is. Copy both files to a folder you can write to, "
                "and open the copy there.")
    return None
