"""Groups and their skipped dates."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from facilitator_app.domain.text import same_name, sort_key
from facilitator_app.storage import orm
from facilitator_app.storage.repos.common import get_live, tombstone

if TYPE_CHECKING:
    from facilitator_app.storage.repos.common import AnyRow


def list_groups(session: Session) -> list[Row[Any]]:
    """Live groups as plain rows, sorted by name as a reader expects (Python-side: see domain.text)."""
    table = orm.Group.__table__
    rows = session.execute(select(table).where(table.c.deleted_at.is_(None)))
    return sorted(rows, key=lambda g: sort_key(g.name))


def name_taken(session: Session, name: str, except_id: uuid.UUID | None = None) -> bool:
    return any(g.id != except_id for g in find_by_name(session, name))


def find_by_name(session: Session, name: str) -> list[orm.Group]:
    """Live groups whose name matches ignoring case, in any script. Groups are few: compare in Python."""
    rows = session.execute(select(orm.Group.id, orm.Group.name).where(orm.Group.deleted_at.is_(None)))
    ids = [gid for gid, gname in rows if same_name(gname, name)]
    return [session.get_one(orm.Group, gid) for gid in ids]


def skipped_dates(session: Session, group_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[AnyRow]]:
    """Each group's live skipped dates (plain rows with ``date`` and ``deleted_at``)."""
    out: dict[uuid.UUID, list[AnyRow]] = defaultdict(list)
    if group_ids:
        table = orm.SkippedDate.__table__
        rows = session.execute(select(table.c.group_id, table.c.date, table.c.deleted_at)
                               .where(table.c.deleted_at.is_(None), table.c.group_id.in_(group_ids)))
        for row in rows:
            out[row.group_id].append(row)
    return out


def skipped_date_rows(session: Session, group_id: uuid.UUID) -> dict[date, orm.SkippedDate]:
    """Every skipped-date row of a group, tombstoned ones too (so one can be revived)."""
    rows = session.scalars(select(orm.SkippedDate).where(orm.SkippedDate.group_id == group_id))
    return {row.date: row for row in rows}


def live_group(session: Session, group_id: uuid.UUID, *, lock: bool = False) -> orm.Group:
    """The live group ``group_id``, or a NotFoundError saying it is no longer in the store
    (``lock``: held until the transaction ends)."""
    return get_live(session, orm.Group, group_id, "group", lock=lock)


def add_group(session: Session, values: dict[str, Any]) -> orm.Group:
    """A new group from validated ``values``, on its first agreement version, with its id assigned."""
    row = orm.Group(**values, agreement_version=1)
    session.add(row)
    session.flush()
    return row


def update_group(row: orm.Group, values: dict[str, Any]) -> None:
    """Write validated ``values`` onto a live group row."""
    for key, value in values.items():
        setattr(row, key, value)


def replace_skipped_dates(session: Session, group_id: uuid.UUID, dates: Iterable[date]) -> None:
    """Make the group's live skipped dates exactly ``dates``: revive, tombstone or add rows."""
    wanted = set(dates)
    existing = skipped_date_rows(session, group_id)
    for day, row in existing.items():
        if day in wanted and row.deleted_at is not None:
            row.deleted_at = None
        elif day not in wanted and row.deleted_at is None:
            tombstone(row)
    for day in wanted - existing.keys():
        session.add(orm.SkippedDate(group_id=group_id, date=day))
