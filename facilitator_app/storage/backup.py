"""Consistent copies of a store through SQLite's online backup API (never a file copy).

A backup is written to a temporary file beside its destination and renamed into place
only once it is complete, so a full disk never leaves half a backup behind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from facilitator_app.errors import StorageError
from facilitator_app.storage.errors import describe_sqlite_error


def new_backup_path(folder: Path, when: datetime, reason: str) -> Path:
    """A free name like ``facilitator-2026-11-26T134501-manual.sqlite3`` (they sort by time).

    Two backups within one second get ``-2``, ``-3``... rather than failing.
    """
    stem = f"facilitator-{when:%Y-%m-%dT%H%M%S}-{reason}"
    candidate = folder / f"{stem}.sqlite3"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}.sqlite3"
        counter += 1
    return candidate


def backup_store(source: Path, destination: Path) -> Path:
    """Copy the store at ``source`` to ``destination`` consistently, even while it is in use."""
    if destination.exists():
        raise StorageError(f"{destination} already exists. Choose another name for the backup; "
                           "nothing was overwritten.")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"The backup folder {destination.parent} could not be created "
                           f"({exc.strerror}). Choose another place for the backup.") from exc
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        with contextlib.closing(sqlite3.connect(source)) as src, \
                contextlib.closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            # The backup is a standalone file: no WAL left beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, sqlite3.Error):
            reason = describe_sqlite_error(exc)
        else:
            reason = exc.strerror or str(exc)
        raise StorageError(f"The backup to {destination} could not be written: {reason} "
                           "Your store itself is unchanged.", detail=repr(exc)) from exc
    return destination
