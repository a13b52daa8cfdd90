"""Loading many rows at once (sample data, imports) with Core executemany.

The ORM's unit of work costs tens of microseconds per object; a Core ``insert()``
given a list of dicts becomes one ``executemany`` per table, which is what makes a
store of 150,000 attendance rows build in seconds. Rows are plain dicts holding
every column (ids and timestamps included): Core would otherwise fill missing
columns from the Python defaults, which read the clock and the random generator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, exists, select
from sqlalchemy.orm import Session

from facilitator_app.storage import sync_clock
from facilitator_app.storage.base import Base

# Rows per executemany call: bounds the memory of the processed parameter list
# without costing speed (the compiled statement is cached between chunks).
CHUNK_ROWS = 10_000

Row = Mapping[str, Any]
TableLike = Table | type[Base] | str  # a table, its mapped class, or its name
# A Mapping's key type is invariant: the TypeVar lets callers pass a dict keyed by names only (or classes only).
K = TypeVar("K", bound=TableLike)


def _connection(target: Connection | Session) -> Connection:
    # A Session hands out the connection of its current transaction, so the rows
    # join the caller's unit of work instead of committing on their own.
    return target.connection() if isinstance(target, Session) else target


def _table(key: TableLike) -> Table:
    if isinstance(key, Table):
        return key
    if isinstance(key, str):
        if key not in Base.metadata.tables:
            raise ValueError(f"not a table of the store: {key!r}")
        return Base.metadata.tables[key]
    table = getattr(key, "__table__", None)
    if not isinstance(table, Table):
        raise TypeError(f"{key!r} is neither a Table nor a mapped class")
    return table


def fk_order(tables: Sequence[TableLike]) -> list[Table]:
    """The given tables sorted so that every table comes after the ones it refers to."""
    wanted = {_table(t) for t in tables}
    unknown = wanted - set(Base.metadata.sorted_tables)
    if unknown:
        raise ValueError(f"not tables of the store: {sorted(t.name for t in unknown)}")
    return [t for t in Base.metadata.sorted_tables if t in wanted]


ANALYZE_AFTER_ROWS = 100


def bulk_insert(target: Connection | Session, table_rows: Mapping[K, Sequence[Row]]) -> dict[str, int]:
    """Insert every table's rows with Core executemany, parents before children.

    ``target`` is a Connection, or a Session whose transaction the rows join; nothing
    is committed here. Each row must carry the same keys as the other rows of its
    table. Returns the number of rows inserted per table name.
    """
    connection = _connection(target)
    by_table = {_table(key): rows for key, rows in table_rows.items()}
    inserted: dict[str, int] = {}
    for table in fk_order(list(by_table)):
        rows = sync_clock.stamp_rows(connection, table, by_table[table])  # one clock stamp per table
        statement = table.insert()
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start:start + CHUNK_ROWS]
            connection.execute(statement, list(chunk))
        inserted[table.name] = len(rows)
    if connection.dialect.name == "postgresql" and sum(inserted.values()) >= ANALYZE_AFTER_ROWS:
        # A server plans from its statistics, and a bulk load (sample data, an import) leaves them
        # empty until autovacuum comes by: a search then ran 20x slower. ANALYZE may run inside the
        # transaction, and samples the rows it inserted.
        for name, count in inserted.items():
            if count:
                connection.exec_driver_sql(f'ANALYZE "{name}"')
    return inserted


def has_live_rows(target: Connection | Session, table: TableLike) -> bool:
    """Whether ``table`` holds at least one row that is not tombstoned."""
    t = _table(table)
    query = select(exists().where(t.c.deleted_at.is_(None)))
    return bool(_connection(target).execute(query).scalar())
