"""Whole-store questions: row counts and integrity checks."""

from __future__ import annotations

from sqlalchemy import Connection, func, inspect, select, text

from facilitator_app.storage import fts, orm
from facilitator_app.storage.base import Base


def live_counts(connection: Connection) -> dict[str, int]:
    """Live (not deleted) rows per table, in the order ``db info`` shows them."""
    out: dict[str, int] = {}
    for model in orm.COUNTED_TABLES:
        out[model.__tablename__] = connection.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
    return out


def integrity_problems(connection: Connection) -> list[str]:
    """What SQLite's integrity_check reports (empty when the file is sound). A PostgreSQL server
    looks after its own pages; there the check is that every table and the notes' index are there."""
    if connection.dialect.name != "sqlite":
        inspector = inspect(connection)
        present = set(inspector.get_table_names())
        problems = [f"the table {name} is missing" for name in Base.metadata.tables if name not in present]
        if fts.CONTENT_TABLE in present and fts.PG_INDEX not in {
                ix["name"] for ix in inspector.get_indexes(fts.CONTENT_TABLE)}:
            problems.append(f"the notes' search index {fts.PG_INDEX} is missing")
        return problems
    rows = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(connection: Connection) -> list[str]:
    if connection.dialect.name != "sqlite":
        return _orphans(connection)
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table} row {rowid} refers to a missing {parent} row" for table, rowid, parent, _ in rows]


def _orphans(connection: Connection) -> list[str]:
    """Rows whose foreign key names a missing row, found with plain queries (any database)."""
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            child, parent = key.parent, key.column
            missing = (select(table.c.id).where(child.is_not(None))
                       .where(~select(parent).where(parent == child).exists()).limit(20))
            problems += [f"{table.name} row {row_id} refers to a missing {parent.table.name} row"
                         for row_id in connection.scalars(missing)]
    return problems


def database_size(connection: Connection) -> int | None:
    """The server database's size in bytes (PostgreSQL); None for a file, whose size is the file's."""
    if connection.dialect.name != "postgresql":
        return None
    return int(connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() or 0)


def application_id(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA application_id").scalar() or 0)


def journal_mode(connection: Connection) -> str:
    return str(connection.execute(text("PRAGMA journal_mode")).scalar())
