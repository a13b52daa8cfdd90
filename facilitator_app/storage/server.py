"""A store on an organisation's PostgreSQL server: ``--db postgresql://user@host/dbname``.

The same tables, migrations and services as a laptop's SQLite file, through psycopg 3
(``postgresql+psycopg://``). What belongs to a file does not apply here: no SQLCipher key or
passphrase (the server's own logins and TLS protect the data: see README, "Organisation
server"), no file permissions, no lock file, no backup file beside the store. A URL's password
is never printed or logged: messages show ``masked(url)`` (``paths.masked_url``).

Connections are checked before use (``pool_pre_ping``), so a server that restarted between two
actions is reconnected to; a connection lost in the middle of an action rolls that whole action
back (one transaction per action) and is reported with one sentence (``storage/errors.py``).
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.engine import URL

from facilitator_app.paths import is_server_url, masked_url, server_folder_name

CONNECT_TIMEOUT_S = 10

__all__ = ["display_name", "engine_url", "folder_name", "is_server_url", "make_server_engine", "masked"]

masked = masked_url
folder_name = server_folder_name


def engine_url(url: str) -> URL:
    """The URL SQLAlchemy connects with: always the psycopg 3 driver."""
    parsed = make_url(url.strip().replace("postgres://", "postgresql://", 1)
                      if url.strip().lower().startswith("postgres://") else url.strip())
    return parsed.set(drivername="postgresql+psycopg")


def display_name(url: str) -> str:
    """A short name for a window title: ``dbname on host``."""
    parsed = engine_url(url)
    host = parsed.host or "this computer"
    return f"{parsed.database or '(default database)'} on {host}"


def make_server_engine(url: str) -> Engine:
    """An engine on the server: psycopg 3, connections tested before use, a connect timeout."""
    return create_engine(engine_url(url), pool_pre_ping=True, pool_size=2, max_overflow=4,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                       "application_name": "facilitator-app"})
