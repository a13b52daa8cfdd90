"""The schema revisions this version of the app knows, and building a new store.

A new store is built straight from the models and stamped with the head revision,
so opening the app never imports Alembic unless an older store needs upgrading.
A test proves that migrating an empty database gives exactly the same schema.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, inspect, text

from facilitator_app.domain.ids import utc_now
from facilitator_app.domain.instruments import BUILTIN_INSTRUMENTS
from facilitator_app.storage import fts, orm, server_logins, sync_clock
from facilitator_app.storage.base import Base
from facilitator_app.storage.db import APPLICATION_ID

# Oldest first. Each Alembic revision in migrations/versions must be listed here
# (a test checks both ways), and the last one is the head.
REVISIONS: tuple[str, ...] = ("0001_initial", "0002_notes_search", "0003_audit_chain", "0004_sync",
                              "0005_server_logins")
HEAD_REVISION = REVISIONS[-1]

ALEMBIC_VERSION_DDL = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def builtin_instrument_rows() -> list[dict[str, Any]]:
    """The built-in instruments as rows of the ``instruments`` table, as a new store is seeded."""
    now = utc_now()
    return [
        {
            "id": d.id, "key": d.key, "name": d.name,
            "items": [{"text": i.text, "min": i.minimum, "max": i.maximum} for i in d.items],
            "flag_rule": d.flag_rule.value, "flag_value": d.flag_value, "flag_window": d.flag_window,
            "period": d.period, "builtin": True,
            "created_at": now, "updated_at": now, "deleted_at": None,
        }
        for d in BUILTIN_INSTRUMENTS
    ]


def create_schema(connection: Connection) -> None:
    """Create every table and the notes' full-text index, seed the built-ins and stamp the head
    revision, in one transaction (on a server too: PostgreSQL's DDL is transactional)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    Base.metadata.create_all(connection)
    for statement in fts.create_statements(dialect):  # the notes' full-text index (storage/fts.py)
        connection.exec_driver_sql(statement)
    for statement in server_logins.create_statements(dialect):  # on a server: who sees what
        connection.exec_driver_sql(statement)
    connection.execute(insert(orm.Instrument), builtin_instrument_rows())
    sync_clock.load_clock(connection)  # makes this store's node id
    connection.exec_driver_sql(ALEMBIC_VERSION_DDL)
    connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": HEAD_REVISION})


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: what is made by hand rather than from the models (the notes' search index,
    the server's logins tables) is left out of comparisons with the models."""
    return fts.include_object(obj, name, type_, reflected, compare_to) and \
        server_logins.include_object(obj, name, type_, reflected, compare_to)


def read_revision(connection: Connection) -> str | None:
    """The store's schema revision, or None if it has never been stamped."""
    if connection.dialect.name == "sqlite":
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first() is not None
    else:
        has_table = inspect(connection).has_table("alembic_version")
    if not has_table:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def is_empty(connection: Connection) -> bool:
    """True when the database holds no tables at all (a server database made for a new store)."""
    return not inspect(connection).get_table_names()
