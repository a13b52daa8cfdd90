"""Handouts, their files, and where they were given."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, defer

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import HandoutRecord
from facilitator_app.domain.text import sort_key
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import common


def list_handouts(session: Session) -> list[HandoutRecord]:
    """Every live handout with its file's metadata, by title; the bytes themselves are not loaded."""
    query = (select(orm.Handout, orm.HandoutFile)
             .join(orm.HandoutFile, orm.HandoutFile.id == orm.Handout.file_id)
             .where(orm.Handout.deleted_at.is_(None))
             .options(defer(orm.HandoutFile.content)))
    pairs = sorted(((h, f) for h, f in session.execute(query)), key=lambda pair: sort_key(pair[0].title))
    return [mappers.handout_record(h, f) for h, f in pairs]


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


def given_at_meeting(session: Session, meeting_id: uuid.UUID) -> list[HandoutRecord]:
    """The live handouts given at one session, in the order they were given."""
    query = (select(orm.Handout, orm.HandoutFile)
             .join(orm.MeetingHandout, orm.MeetingHandout.handout_id == orm.Handout.id)
             .join(orm.HandoutFile, orm.HandoutFile.id == orm.Handout.file_id)
             .where(orm.MeetingHandout.meeting_id == meeting_id, orm.MeetingHandout.deleted_at.is_(None),
                    orm.Handout.deleted_at.is_(None))
             .options(defer(orm.HandoutFile.content))
             .order_by(orm.MeetingHandout.position, orm.Handout.title))
    return [mappers.handout_record(h, f) for h, f in session.execute(query)]


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


# -- writing: each takes the caller's transaction and returns a frozen record or a plain value -------
def require_live(session: Session, handout_id: uuid.UUID) -> None:
    """Raise a NotFoundError unless the handout is in the library."""
    common.get_live(session, orm.Handout, handout_id, "handout")


def file_id_of(session: Session, handout_id: uuid.UUID) -> uuid.UUID:
    """The id of the live handout's stored file (NotFoundError when the handout is gone)."""
    return common.get_live(session, orm.Handout, handout_id, "handout").file_id


def insert_handout(session: Session, *, title: str, topics: Sequence[str], description: str, version: str,
                   file_name: str, media_type: str, content: bytes) -> HandoutRecord:
    """Add a handout; its file is stored once per content (an existing file with the same sha256 is reused)."""
    digest = hashlib.sha256(content).hexdigest()
    file = file_by_sha(session, digest)
    if file is None:
        file = orm.HandoutFile(sha256=digest, media_type=media_type, size=len(content), content=content)
        session.add(file)
        session.flush()
    row = orm.Handout(title=title, topics=", ".join(topics), description=description, version=version,
                      file_name=file_name, file_id=file.id)
    session.add(row)
    session.flush()
    return mappers.handout_record(row, file)


def update_details(session: Session, handout_id: uuid.UUID, *, title: str, topics: Sequence[str],
                   description: str, version: str) -> HandoutRecord:
    """Change a live handout's title, topics, description and version (the file stays)."""
    row = common.get_live(session, orm.Handout, handout_id, "handout")
    row.title, row.topics, row.description, row.version = title, ", ".join(topics), description, version
    session.flush()
    pair = handout_with_file(session, handout_id)
    assert pair is not None
    return mappers.handout_record(*pair)


def remove(session: Session, handout_id: uuid.UUID) -> None:
    """Tombstone a live handout (NotFoundError when it is already gone)."""
    common.tombstone(common.get_live(session, orm.Handout, handout_id, "handout"))


def restore(session: Session, handout_id: uuid.UUID) -> HandoutRecord | None:
    """Bring a tombstoned handout back; None when no such handout was ever stored."""
    pair = handout_with_file(session, handout_id)
    if pair is None:
        return None
    row, file = pair
    row.deleted_at = None
    session.flush()
    return mappers.handout_record(row, file)


def is_given(session: Session, meeting_id: uuid.UUID, handout_id: uuid.UUID) -> bool:
    """Whether the handout is recorded as given at the session."""
    row = given_row(session, meeting_id, handout_id)
    return row is not None and row.deleted_at is None


def set_given(session: Session, meeting_id: uuid.UUID, handout_id: uuid.UUID, given: bool) -> None:
    """Record (a new row at the end, or the old one brought back) or tombstone the giving."""
    row = given_row(session, meeting_id, handout_id)
    if row is None:
        if given:
            session.add(orm.MeetingHandout(meeting_id=meeting_id, handout_id=handout_id,
                                           position=next_position(session, meeting_id)))
    elif given:
        row.deleted_at = None
    else:
        common.tombstone(row)


def meeting_for_giving(session: Session, meeting_id: uuid.UUID) -> tuple[MeetingStatus, uuid.UUID]:
    """The live session's status and group id (NotFoundError when the session is gone)."""
    meeting = common.get_live(session, orm.Meeting, meeting_id, "session")
    return meeting.status, meeting.group_id


def live_handout(session: Session, handout_id: uuid.UUID) -> HandoutRecord | None:
    """The handout if it is in the library (None when unknown or taken out)."""
    pair = handout_with_file(session, handout_id)
    return None if pair is None or pair[0].deleted_at is not None else mappers.handout_record(*pair)
