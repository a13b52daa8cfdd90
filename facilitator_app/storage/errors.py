"""Turning SQLite (and PostgreSQL server) failures into sentences: the environment's fault becomes StorageError.

Bugs (a broken constraint, a syntax error) are not translated: they reach the crash
hook and the log, as they should.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from sqlalchemy import exc as sa_exc

from facilitator_app.errors import ServerConnectionError, StorageError, StoreDamagedError
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


# The login has no privileges on the store's tables (or on this table: the audit trail is append-only).
NOT_GRANTED = ("Your login on the organisation server may not do that: it has not been given this store, or "
               "not that part of it. Ask the store's administrator ('facilitator-app server grant'); nothing "
               "was changed.")

# A server store's failures that are the network's or the server's, not a bug (psycopg's words).
_SERVER_FAULTS = (
    (("permission denied for database",), NOT_GRANTED),
    (("password authentication failed", "no password supplied", "role \"", "authentication"),
     "The organisation server refused the login in the database URL (user name or password). Check them with "
     "the server's administrator; nothing was changed."),
    (("does not exist",),
     "The database named in the URL does not exist on the organisation server. Ask its administrator to create "
     "an empty database for Facilitator; nothing was changed."),
    (("ssl", "certificate"),
     "A secure connection to the organisation server could not be made. Check sslmode in the database URL "
     "(README, \"Organisation server\"); nothing was changed."),
    (("server closed the connection", "terminating connection", "connection lost", "consuming input failed",
      "server conn crashed", "connection already closed", "the connection is closed", "eof detected"),
     "The connection to the organisation server was lost. The last action was not saved (none of it): "
     "try it again once the server can be reached."),
)
CONNECTION_LOST = _SERVER_FAULTS[-1][1]
LOST_WHILE_SAVING = ("The connection to the organisation server was lost while it was saving the last action, so "
                     "it may or may not have kept it. Look at what you changed before doing it again.")
SERVER_UNREACHABLE = ("The organisation server could not be reached. Check the network, the address in the "
                      "database URL and that the server is running, then try again; nothing was changed.")


NOT_ALLOWED = ("The login in the database URL may not do that on the organisation server (it lacks a privilege, "
               "such as creating the store's tables). Ask the server's administrator to make it the owner of the "
               "database; nothing was changed.")


# Row-level security (storage/server_logins.py) refused a row: it belongs to another facilitator's group.
NOT_YOUR_GROUP = ("Your login on the organisation server may not change that: it belongs to a group that is not "
                  "one of yours. Ask a coordinator to give you that group; nothing was saved.")


def is_server_fault(exc: BaseException) -> bool:
    """A psycopg OperationalError (connection refused, lost, login refused, server shut down) or a
    missing privilege. psycopg is looked up, not imported: a laptop's store never loads it."""
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.OperationalError | psycopg.errors.InsufficientPrivilege)


def describe_server_error(exc: BaseException) -> str:
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(exc, psycopg.errors.InsufficientPrivilege):
        text = str(exc).lower()
        if "row-level security" in text:
            return NOT_YOUR_GROUP
        if "permission denied for table" in text or "permission denied for database" in text:
            return NOT_GRANTED
        return NOT_ALLOWED
    text = str(exc).lower()
    for needles, sentence in _SERVER_FAULTS:
        if any(needle in text for needle in needles):
            return sentence
    return SERVER_UNREACHABLE


def storage_error_for(exc: BaseException) -> StorageError:
    if is_server_fault(exc):
        sentence = describe_server_error(exc)
        if sentence in (CONNECTION_LOST, SERVER_UNREACHABLE):
            return ServerConnectionError(sentence, detail=repr(exc))
        return StorageError(sentence, detail=repr(exc))
    cls = StoreDamagedError if is_damage(exc) else StorageError
    return cls(describe_sqlite_error(exc), detail=repr(exc))


@contextmanager
def translated_errors() -> Iterator[None]:
    """Re-raise the environment's SQLite failures as StorageError with a sentence a person understands."""
    try:
        yield
    except sa_exc.DBAPIError as exc:
        if exc.orig is None or not (_is_environmental(exc.orig) or is_server_fault(exc.orig)):
            raise
        raise storage_error_for(exc.orig) from exc
    except DB_ERRORS as exc:
        if not _is_environmental(exc):
            raise
        raise storage_error_for(exc) from exc


def is_connection_loss(exc: BaseException) -> bool:
    """A DBAPI error that is a dropped or unreachable server connection (not a refused login)."""
    return is_server_fault(exc) and describe_server_error(exc) in (CONNECTION_LOST, SERVER_UNREACHABLE)


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
