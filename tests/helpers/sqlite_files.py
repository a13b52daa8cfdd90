"""Reading a store file with plain sqlite3: what is really in the file, not what the app says."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def snapshot(path: Path) -> dict[str, list[str]]:
    """Every row of every table, read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}


def raw(path: Path, sql: str, *params: object) -> list[tuple]:
    """The rows of one query, read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        return con.execute(sql, params).fetchall()


TRAIL_TABLES = ("audit_events", "settings")


def snapshot_besides_trail(path: Path) -> dict[str, list[str]]:
    """``snapshot`` without the audit trail and its head (a restore adds its own event there)."""
    return {name: rows for name, rows in snapshot(path).items() if name not in TRAIL_TABLES}


def trail(path: Path) -> list[str]:
    """The audit trail's actions in order."""
    return [r[0] for r in raw(path, "SELECT action FROM audit_events ORDER BY sequence")]
