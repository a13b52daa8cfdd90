"""Stamping every change with the store's hybrid logical clock, whoever makes it through the ORM.

``install(sessions)`` adds a ``before_flush`` hook to the store's sessions: each row inserted or
changed in the flush gets the next stamp of this store's clock in ``hlc`` and ``changed_hlc``
(``storage/base.py``), and a changed note section gets a new version (``domain/sync_merge.py``).
The clock's node id and its last stamp live in ``sync_state`` (the "self" row), read and written
in the flush's own transaction, so two processes on one store still stamp in order.
``stamp_rows`` does the same for rows loaded with Core (``storage/bulk.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, event, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from facilitator_app.domain import sync_merge
from facilitator_app.domain.hlc import Clock, Timestamp, new_node_id
from facilitator_app.domain.ids import new_id, utc_now
from facilitator_app.storage import orm
from facilitator_app.storage.base import Base

SELF = "self"
HOME = "home"   # the row naming the file this store's node id belongs to (``claim_home``)
VERSIONS_COLUMN = "versions"  # where a table with versioned columns keeps their versions
_STATE = Base.metadata.tables[orm.SyncState.__tablename__]


def is_synced(table: Table) -> bool:
    """Whether the table's rows travel between stores (every table but the local ones)."""
    return table.info.get("sync", True) is not False


@functools.cache
def versioned_columns(table: Table) -> tuple[str, ...]:
    """The columns that merge version by version (a note's sections)."""
    return tuple(c.name for c in table.columns if c.info.get("sync") == "versions")


def load_clock(connection: Connection) -> Clock:
    """This store's clock, as the last change left it (a store without a node id gets one)."""
    # FOR UPDATE: on a server, writers take turns with the clock (SQLite has one writer anyway).
    row = connection.execute(select(_STATE.c.node_id, _STATE.c.clock).where(_STATE.c.peer == SELF)
                             .with_for_update()).first()
    if row is None:
        node = new_node_id()
        now = utc_now()
        connection.execute(_STATE.insert().values(
            id=new_id(), peer=SELF, node_id=node, clock=None, sent_until=None, exchanged_at=None,
            created_at=now, updated_at=now, deleted_at=None))
        return Clock(node)
    return Clock(row.node_id, Timestamp.parse(row.clock) if row.clock else None)


def is_home(connection: Connection, home: str) -> bool:
    """Whether ``home`` is the file this store's node id belongs to (or no file was named yet)."""
    row = connection.execute(select(_STATE.c.node_id).where(_STATE.c.peer == HOME)).first()
    return row is None or row.node_id == home


def claim_home(connection: Connection, home: str) -> bool:
    """Make sure this store's node id is its own: ``home`` names the file it is in (its path and
    file identity). A file copied by hand to another laptop, or a backup put back, is no longer the
    store the other stores exchanged with under this node id: it takes a new node id and forgets
    those exchanges, so its next exchange with each of them is a full one and nothing is missed.
    Returns True when it did so."""
    row = connection.execute(select(_STATE.c.node_id).where(_STATE.c.peer == HOME)).first()
    now = utc_now()
    if row is None:
        connection.execute(_STATE.insert().values(
            id=new_id(), peer=HOME, node_id=home, clock=None, sent_until=None, exchanged_at=None,
            created_at=now, updated_at=now, deleted_at=None))
        return False
    if row.node_id == home:
        return False
    connection.execute(update(_STATE).where(_STATE.c.peer == SELF).values(node_id=new_node_id(), updated_at=now))
    connection.execute(_STATE.delete().where(_STATE.c.peer.not_in([SELF, HOME])))
    connection.execute(update(_STATE).where(_STATE.c.peer == HOME).values(node_id=home, updated_at=now))
    return True


def save_clock(connection: Connection, clock: Clock) -> None:
    if clock.last is not None:
        connection.execute(update(_STATE).where(_STATE.c.peer == SELF).values(clock=clock.last.text))


def stamp_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows for a Core insert, with this store's next stamp where they have none."""
    if not rows or not is_synced(table) or "hlc" in rows[0]:
        return [dict(r) for r in rows]
    clock = load_clock(connection)
    stamp = clock.tick().text
    save_clock(connection, clock)
    return [{**r, "hlc": stamp, "changed_hlc": stamp} for r in rows]


def _table_of(row: Base) -> Table:
    return Base.metadata.tables[row.__tablename__]


def record_removed(connection: Connection, table: Table, ids: Sequence[Any]) -> None:
    """Note rows of ``table`` removed for good, so other stores remove them too (``sync_removals``)."""
    if not ids or not is_synced(table):
        return
    removals = Base.metadata.tables[orm.SyncRemoval.__tablename__]
    known = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        known |= set(connection.execute(select(removals.c.row_id).where(removals.c.row_id.in_(chunk))).scalars())
    now = utc_now()
    rows = [{"id": new_id(), "table_name": table.name, "row_id": i, "created_at": now, "updated_at": now,
             "deleted_at": None} for i in ids if i not in known]
    if rows:
        connection.execute(removals.insert(), stamp_rows(connection, removals, rows))


def _changed(session: Session) -> list[Base]:
    rows = [o for o in session.new if isinstance(o, Base)]
    rows += [o for o in session.dirty if isinstance(o, Base) and session.is_modified(o)]
    return [o for o in rows if is_synced(_table_of(o))]


def _new_versions(row: Base, columns: Iterable[str], node: str, is_new: bool) -> list[str]:
    """Give each edited versioned column one new version that saw all before; returns their names."""
    state = inspect(row)
    versions: dict[str, Any] = dict(getattr(row, VERSIONS_COLUMN, None) or {})
    touched: list[str] = []
    for name in columns:
        value = getattr(row, name) or ""
        if is_new:
            if not value:
                continue
        else:
            history = state.attrs[name].history
            before = history.deleted[0] if history.deleted else None
            if not history.added or before is None or (history.added[0] or "") == before:
                continue
        versions[name] = sync_merge.edit(versions.get(name) or sync_merge.implicit(""), value, node)
        touched.append(name)
    if touched:
        setattr(row, VERSIONS_COLUMN, versions)  # only the versioned models have the column
    return touched


def _settle(connection: Connection, table: Table, row_id: Any, columns: list[str]) -> None:
    """An edit of a field in conflict settles it: it saw both versions."""
    conflicts = Base.metadata.tables[orm.SyncConflict.__tablename__]
    now = utc_now()
    connection.execute(update(conflicts).where(
        conflicts.c.table_name == table.name, conflicts.c.row_id == row_id, conflicts.c.column_name.in_(columns),
        conflicts.c.settled_at.is_(None)).values(settled_at=now, updated_at=now))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    rows = _changed(session)
    if not rows:
        return
    connection = session.connection()
    clock = load_clock(connection)
    stamp = clock.tick().text
    for row in rows:
        table = _table_of(row)
        columns = versioned_columns(table)
        if columns:
            edited = _new_versions(row, columns, clock.node, row in session.new)
            if edited and row not in session.new:
                _settle(connection, table, row.id, edited)
        row.hlc = stamp
        row.changed_hlc = stamp
    save_clock(connection, clock)


def install(sessions: sessionmaker[Session]) -> None:
    """Stamp every flush of sessions made by ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)
