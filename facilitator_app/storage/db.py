"""The one place where a connection to a store file is made, and the key given to it.

Every store is a SQLCipher 4 database (``sqlcipher3``, whose wheel bundles SQLCipher with FTS5).
Every connection first gets the store's raw 256-bit data key (``PRAGMA key = "x'<hex>'"``: no key
derivation on open; see ``storage/keys.py``), then: SQLCipher's log silenced (a wrong key or a
damaged page is reported as an exception, not as lines on stderr), temporary tables and indexes
kept in memory (never in a plain temporary file), foreign keys on, the WAL journal (whose pages
SQLCipher encrypts too), synchronous FULL and a busy timeout. SQLAlchemy, not the DB-API module,
decides where transactions begin, so a service's unit of work really is one transaction
(SQLAlchemy's documented recipe). A read-only engine opens the file as ``access.read_only_uri``
says. ``key=None`` opens an unencrypted file (an older store being converted, or a file being
identified).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event

from facilitator_app.storage import access

BUSY_TIMEOUT_MS = 5000

# "FAC1" in ASCII: written into the store so the file says it is ours (inside the encryption).
APPLICATION_ID = 0x46414331

# Every DB-API error a store connection can raise (sqlcipher3's classes are its own).
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DB_OR_OS_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, OSError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlcipher.OperationalError)
Connection = sqlcipher.Connection


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes | None) -> None:
    """Key a fresh connection (before anything else touches the file) and keep SQLCipher quiet."""
    if key is None:
        return
    connection.execute(key_pragma(key))
    connection.execute("PRAGMA cipher_log_level = NONE")


def connect(path: Path, key: bytes | None, *, read_only: bool = False, existing: bool = False,
            timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlcipher.Connection:
    """A DB-API connection to ``path`` with ``key`` applied, autocommit (``isolation_level=None``).

    ``existing`` refuses to create a file that is not there; ``read_only`` opens it for reading only.
    """
    if read_only:
        target, uri = access.read_only_uri(path), True
    elif existing:
        target, uri = f"{path.absolute().as_uri()}?mode=rw", True
    else:
        target, uri = str(path), False
    connection = sqlcipher.connect(target, uri=uri, timeout=timeout, isolation_level=None,
                                   check_same_thread=False)
    try:
        apply_key(connection, key)
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(path: Path, key: bytes | None, *, read_only: bool = False) -> Engine:
    """An engine on the store file at ``path`` with the store's key and pragmas on every connection."""

    def _connect() -> sqlcipher.Connection:
        return connect(path, key, read_only=read_only)

    engine = create_engine(f"sqlite:///{path.as_posix()}", module=sqlcipher, creator=_connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlcipher.Connection, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (see the "begin" listener below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
