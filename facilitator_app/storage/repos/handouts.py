"""Handouts, their files, and where they were given."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, func, select
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


def handout_with_file(session: Session, handout_id: uuid.UUID) -> tuple[orm.Handout, orm.HandoutFile] | None:
    """One handout (deleted ones too: undo brings them back) with its file's metadata."""
    query = (select(orm.Handout, orm.HandoutFile)
             .join(orm.HandoutFile, orm.HandoutFile.id == orm.Handout.file_id)
             .where(orm.Handout.id == handout_id)
             .options(defer(orm.HandoutFile.content)))
    row = session.execute(query).first()
    return None if row is None else (row[0], row[1])


def file_by_sha(session: Session, sha256: str) -> orm.HandoutFile | None:
    return session.scalar(select(orm.HandoutFile).where(orm.HandoutFile.sha256 == sha256))


def live_shas(session: Session) -> set[str]:
    """The sha256 of every file that a live handout uses."""
    query = (select(orm.HandoutFile.sha256)
             .join(orm.Handout, orm.Handout.file_id == orm.HandoutFile.id)
             .where(orm.Handout.deleted_at.is_(None)))
    return set(session.scalars(query))


def topic_lists(session: Session) -> list[str]:
    """The comma-separated topics of every live handout."""
    return list(session.scalars(select(orm.Handout.topics).where(orm.Handout.deleted_at.is_(None),
                                                                   orm.Handout.topics != "")))


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


def given_ids_at(session: Session, meeting_id: uuid.UUID) -> set[uuid.UUID]:
    """The handouts given at one session (ids only)."""
    return set(session.scalars(select(orm.MeetingHandout.handout_id).where(
        orm.MeetingHandout.meeting_id == meeting_id, orm.MeetingHandout.deleted_at.is_(None))))


def _live_givings() -> Select[uuid.UUID, uuid.UUID]:
    """Given-at rows whose session and group are still there."""
    return (select(orm.MeetingHandout.handout_id, orm.MeetingHandout.meeting_id)
            .join(orm.Meeting, orm.Meeting.id == orm.MeetingHandout.meeting_id)
            .join(orm.Group, orm.Group.id == orm.Meeting.group_id)
            .where(orm.MeetingHandout.deleted_at.is_(None), orm.Meeting.deleted_at.is_(None),
                   orm.Group.deleted_at.is_(None)))


def given_counts(session: Session) -> dict[uuid.UUID, int]:
    """How many sessions each handout was given at (handouts never given are left out)."""
    givings = _live_givings().subquery()
    query = select(givings.c.handout_id, func.count()).group_by(givings.c.handout_id)
    return {handout_id: count for handout_id, count in session.execute(query)}


def sessions_given(session: Session, handout_id: uuid.UUID) -> list[tuple[uuid.UUID, str, date]]:
    """(session id, group name, date) of every session the handout was given at, newest first."""
    query = (select(orm.Meeting.id, orm.Group.name, orm.Meeting.date)
             .join(orm.MeetingHandout, orm.MeetingHandout.meeting_id == orm.Meeting.id)
             .join(orm.Group, orm.Group.id == orm.Meeting.group_id)
             .where(orm.MeetingHandout.handout_id == handout_id, orm.MeetingHandout.deleted_at.is_(None),
                    orm.Meeting.deleted_at.is_(None), orm.Group.deleted_at.is_(None))
             .order_by(orm.Meeting.date.desc(), orm.Meeting.start_time.desc()))
    return [(meeting_id, name, day) for meeting_id, name, day in session.execute(query)]


def next_position(session: Session, meeting_id: uuid.UUID) -> int:
    current = session.scalar(select(func.max(orm.MeetingHandout.position))
                             .where(orm.MeetingHandout.meeting_id == meeting_id))
    return 0 if current is None else current + 1
