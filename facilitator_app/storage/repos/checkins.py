"""Check-ins and instruments."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.storage import orm
from facilitator_app.storage.repos.common import live


def instruments(session: Session) -> list[orm.Instrument]:
    return list(session.scalars(live(orm.Instrument).order_by(orm.Instrument.builtin.desc(),
                                                              orm.Instrument.name)))


def instrument_by_key(session: Session, key: str) -> orm.Instrument | None:
    return session.scalar(live(orm.Instrument).where(orm.Instrument.key == key))


def for_meeting(session: Session, meeting_id: uuid.UUID) -> list[orm.Checkin]:
    return list(session.scalars(live(orm.Checkin).where(orm.Checkin.meeting_id == meeting_id)))


def row_for(session: Session, meeting_id: uuid.UUID, member_id: uuid.UUID) -> orm.Checkin | None:
    return session.scalar(select(orm.Checkin).where(orm.Checkin.meeting_id == meeting_id,
                                                    orm.Checkin.member_id == member_id))


def history(session: Session, member_id: uuid.UUID, instrument_id: uuid.UUID,
            limit: int = 20, *, scored_only: bool = False) -> list[tuple[orm.Checkin, orm.Meeting]]:
    """A member's check-ins with one instrument, newest first (``scored_only`` leaves out passes)."""
    query = (select(orm.Checkin, orm.Meeting)
             .join(orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id)
             .where(orm.Checkin.member_id == member_id, orm.Checkin.instrument_id == instrument_id,
                    orm.Checkin.deleted_at.is_(None), orm.Meeting.deleted_at.is_(None))
             .order_by(orm.Meeting.date.desc(), orm.Meeting.start_time.desc())
             .limit(limit))
    if scored_only:
        query = query.where(orm.Checkin.passed.is_(False))
    return [(c, m) for c, m in session.execute(query)]
