"""Handouts, their files, and where they were given."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from facilitator_app.domain.text import sort_key
from facilitator_app.storage import orm


def list_handouts(session: Session) -> list[tuple[orm.Handout, orm.HandoutFile]]:
    """Every live handout with its file's metadata; the bytes themselves are not loaded."""
    query = (select(orm.Handout, orm.HandoutFile)
             .join(orm.HandoutFile, orm.HandoutFile.id == orm.Handout.file_id)
             .where(orm.Handout.deleted_at.is_(None))
             .options(defer(orm.HandoutFile.content)))
    return sorted(((h, f) for h, f in session.execute(query)), key=lambda pair: sort_key(pair[0].title))


def file_by_sha(session: Session, sha256: str) -> orm.HandoutFile | None:
    return session.scalar(select(orm.HandoutFile).where(orm.HandoutFile.sha256 == sha256))


def content(session: Session, file_id: uuid.UUID) -> bytes | None:
    return session.scalar(select(orm.HandoutFile.content).where(orm.HandoutFile.id == file_id))


def given_row(session: Session, meeting_id: uuid.UUID, handout_id: uuid.UUID) -> orm.MeetingHandout | None:
    return session.scalar(select(orm.MeetingHandout).where(orm.MeetingHandout.meeting_id == meeting_id,
                                                           orm.MeetingHandout.handout_id == handout_id))


def given_at_meeting(session: Session, meeting_id: uuid.UUID) -> list[tuple[orm.Handout, orm.HandoutFile]]:
    query = (select(orm.Handout, orm.HandoutFile)
             .join(orm.MeetingHandout, orm.MeetingHandout.handout_id == orm.Handout.id)
             .join(orm.HandoutFile, orm.HandoutFile.id == orm.Handout.file_id)
             .where(orm.MeetingHandout.meeting_id == meeting_id, orm.MeetingHandout.deleted_at.is_(None),
                    orm.Handout.deleted_at.is_(None))
             .options(defer(orm.HandoutFile.content))
             .order_by(orm.MeetingHandout.position, orm.Handout.title))
    return [(h, f) for h, f in session.execute(query)]


def next_position(session: Session, meeting_id: uuid.UUID) -> int:
    current = session.scalar(select(func.max(orm.MeetingHandout.position))
                             .where(orm.MeetingHandout.meeting_id == meeting_id))
    return 0 if current is None else current + 1
