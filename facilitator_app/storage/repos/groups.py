"""Groups and their skipped dates."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.storage import orm
from facilitator_app.storage.repos.common import live


def list_groups(session: Session) -> list[orm.Group]:
    return list(session.scalars(live(orm.Group).order_by(func.lower(orm.Group.name))))


def name_taken(session: Session, name: str, except_id: uuid.UUID | None = None) -> bool:
    query = select(orm.Group.id).where(orm.Group.deleted_at.is_(None),
                                       func.lower(orm.Group.name) == name.lower())
    if except_id is not None:
        query = query.where(orm.Group.id != except_id)
    return session.scalar(query.limit(1)) is not None


def find_by_name(session: Session, name: str) -> list[orm.Group]:
    """Live groups whose name matches, case-insensitively (exact match first)."""
    return list(session.scalars(live(orm.Group).where(func.lower(orm.Group.name) == name.strip().lower())))


def skipped_dates(session: Session, group_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[orm.SkippedDate]]:
    out: dict[uuid.UUID, list[orm.SkippedDate]] = defaultdict(list)
    if group_ids:
        rows = session.scalars(live(orm.SkippedDate).where(orm.SkippedDate.group_id.in_(group_ids)))
        for row in rows:
            out[row.group_id].append(row)
    return out


def skipped_date_rows(session: Session, group_id: uuid.UUID) -> dict[date, orm.SkippedDate]:
    """Every skipped-date row of a group, tombstoned ones too (so one can be revived)."""
    rows = session.scalars(select(orm.SkippedDate).where(orm.SkippedDate.group_id == group_id))
    return {row.date: row for row in rows}
