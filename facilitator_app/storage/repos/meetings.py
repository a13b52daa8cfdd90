"""Meetings ("sessions" on screen)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.storage import orm
from facilitator_app.storage.repos.common import live


def meetings_of_group(session: Session, group_id: uuid.UUID,
                      start: date | None = None, end: date | None = None) -> list[orm.Meeting]:
    query = live(orm.Meeting).where(orm.Meeting.group_id == group_id)
    if start is not None:
        query = query.where(orm.Meeting.date >= start)
    if end is not None:
        query = query.where(orm.Meeting.date <= end)
    return list(session.scalars(query.order_by(orm.Meeting.date, orm.Meeting.start_time)))


def meeting_dates(session: Session, group_id: uuid.UUID) -> set[date]:
    rows = session.scalars(select(orm.Meeting.date).where(
        orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None)))
    return set(rows)
