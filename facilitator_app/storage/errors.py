"""Turning SQLite failures into sentences: the environment's fault becomes StorageError.

Bugs (a broken constraint, a syntax error) are not translated: they reach the crash
hook and the log, as they should.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from sqlalchemy import exc as sa_exc

from facilitator_app.errors import StorageError, StoreDamagedError
from facilitator_app.storage.db import DB_ERRORS, OPERATIONAL_ERRORS, sqlcipher

_ENVIRONMENT_FAULTS = (
    ("disk is full", "The disk is full. Free some space, then try again; nothing already saved was lost."),
    ("readonly", "The store cannot be written (the file or its folder is read-only). "
                 "Check the folder's permissions, or open a copy you can write to."),
    ("unable to open", "The store could not be opened. Check that its folder exists and that you may write there."),
    ("database is locked", "The store is busy: another Facilitator window may be using it. "
                           "Close the other window, then try again."),
    ("disk i/o error", "The computer could not read or write the store (a disk error). "
                       "Check the drive, then try again; consider restoring a backup."),
)
_DAMAGE = ("malformed", "not a database", "file is encrypted")


def describe_sqlite_error(exc: BaseException) -> str:
    """A sentence for a sqlite3 error message, or a generic one."""
    text = str(exc).lower()
    for needle, sentence in _ENVIRONMENT_FAULTS:
        if needle in text:
            return sentence
    if any(needle in text for needle in _DAMAGE):
        return "The store is damaged. Restore it from a backup."
    return "The store could not be read or written."


def is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(needle in text for needle in _DAMAGE)


def _is_environmental(exc: BaseException) -> bool:
    # OperationalError covers full disks, locks and I/O; a bare DatabaseError is how
    # sqlite3 reports a damaged file. Integrity and programming errors are bugs.
    return isinstance(exc, OPERATIONAL_ERRORS) or type(exc) in (sqlite3.DatabaseError, sqlcipher.DatabaseError)


def storage_error_for(exc: BaseException) -> StorageError:
    cls = StoreDamagedError if is_damage(exc) else StorageError
    return cls(describe_sqlite_error(exc), detail=repr(exc))


@contextmanager
def translated_errors() -> Iterator[None]:
    """Re-raise the environment's SQLite failures as StorageError with a sentence a person understands."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        if exc.orig is None or not _is_environmental(exc.orig):
            raise
        raise storage_error_for(exc.orig) from exc
    except DB_ERRORS as exc:
        if not _is_environmental(exc):
            raise
        raise storage_error_for(exc) from exc


def write_failure_kind(exc: BaseException) -> Literal["disk full", "not writable"] | None:
    """Why a write failed, when the environment is to blame: read from ``exc`` and every exception
    it was raised from (an OSError from a file copy, or SQLite's own words)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for cause in chain:
        if isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT):
            return "disk full"
        if isinstance(cause, DB_ERRORS) and "disk is full" in str(cause).lower():
            return "disk full"
    for cause in chain:
        if isinstance(cause, OSError) and cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "not writable"
        if isinstance(cause, DB_ERRORS) and "readonly" in str(cause).lower():
            return "not writable"
    return None
