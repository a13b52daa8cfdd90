"""Whole-store questions: row counts and integrity checks."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text

from facilitator_app.storage import orm


def live_counts(connection: Connection) -> dict[str, int]:
    """Live (not deleted) rows per table, in the order ``db info`` shows them."""
    out: dict[str, int] = {}
    for model in orm.COUNTED_TABLES:
        out[model.__tablename__] = connection.scalar(
            select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
    return out


def integrity_problems(connection: Connection) -> list[str]:
    """What SQLite's integrity_check reports (empty when the file is sound)."""
    rows = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(connection: Connection) -> list[str]:
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table} row {rowid} refers to a missing {parent} row" for table, rowid, parent, _ in rows]


def application_id(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA application_id").scalar() or 0)


def journal_mode(connection: Connection) -> str:
    return str(connection.execute(text("PRAGMA journal_mode")).scalar())
