"""Meetings ("sessions" on screen)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.storage import orm
from facilitator_app.storage.repos.common import get_live


def meetings_of_group(session: Session, group_id: uuid.UUID,
                      start: date | None = None, end: date | None = None) -> list[Row[Any]]:
    """The group's live sessions in date order, as plain rows (read-only lists need no ORM
    identity map: a few hundred sessions load several times faster this way)."""
    table = orm.Meeting.__table__
    query = select(table).where(table.c.group_id == group_id, table.c.deleted_at.is_(None))
    if start is not None:
        query = query.where(table.c.date >= start)
    if end is not None:
        query = query.where(table.c.date <= end)
    return list(session.execute(query.order_by(table.c.date, table.c.start_time)))


def meeting_dates(session: Session, group_id: uuid.UUID) -> set[date]:
    rows = session.scalars(select(orm.Meeting.date).where(
        orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None)))
    return set(rows)


def meeting_row(session: Session, meeting_id: uuid.UUID) -> Row[Any] | None:
    """One live session as a plain row (for read-only paths that run on every click)."""
    table = orm.Meeting.__table__
    return session.execute(select(table).where(table.c.id == meeting_id, table.c.deleted_at.is_(None))).first()


def live_meeting(session: Session, meeting_id: uuid.UUID) -> orm.Meeting:
    """The live session ``meeting_id``, or a NotFoundError saying it is no longer in the store."""
    return get_live(session, orm.Meeting, meeting_id, "session")


def add_meetings(session: Session, group: orm.Group, days: Iterable[date]) -> list[orm.Meeting]:
    """New planned sessions of ``group`` on ``days``, at its usual time and venue, added to the transaction."""
    rows = []
    for day in days:
        end = (datetime.combine(day, group.start_time) + timedelta(minutes=group.duration_minutes)).time()
        rows.append(orm.Meeting(group_id=group.id, date=day, start_time=group.start_time, end_time=end,
                                venue=group.venue, status=MeetingStatus.PLANNED, visitor_count=0))
    session.add_all(rows)
    return rows
