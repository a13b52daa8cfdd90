"""The one place where an engine is made, so a future encryption key is added here only.

Every connection gets: foreign keys on, the WAL journal, synchronous FULL and a busy
timeout. SQLAlchemy, not the sqlite3 module, decides where transactions begin, so a
service's unit of work really is one transaction (SQLAlchemy's documented recipe). A
read-only engine opens the file as ``access.read_only_uri`` says.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from facilitator_app.storage import access

BUSY_TIMEOUT_MS = 5000

# "FAC1" in ASCII: written into the SQLite header so the file says it is ours.
APPLICATION_ID = 0x46414331


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the SQLite file at ``path`` with the store's pragmas on every connection."""
    url = f"sqlite:///{path.as_posix()}"
    if read_only:
        # SQLAlchemy would unquote a URI in its URL (a '#' or '?' in a folder name): connect ourselves.
        def connect() -> sqlite3.Connection:
            return sqlite3.connect(access.read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)

        engine = create_engine(url, creator=connect)
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
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
