"""Attendance rows and the per-member summaries built from them."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Row, and_, case, func, or_, select, union
from sqlalchemy.orm import Session

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.text import sort_key
from facilitator_app.storage import orm
from facilitator_app.storage.repos.common import live

ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


def for_meeting(session: Session, meeting_id: uuid.UUID) -> list[orm.Attendance]:
    return list(session.scalars(live(orm.Attendance).where(orm.Attendance.meeting_id == meeting_id)))


def row_for(session: Session, meeting_id: uuid.UUID, member_id: uuid.UUID) -> orm.Attendance | None:
    """The attendance row of a member at a meeting, tombstoned or not (it is unique per pair)."""
    return session.scalar(select(orm.Attendance).where(orm.Attendance.meeting_id == meeting_id,
                                                       orm.Attendance.member_id == member_id))


def member_summaries(session: Session, group_id: uuid.UUID) -> list[tuple[uuid.UUID, str, int, int, date | None]]:
    """Per member of the group: (id, preferred name, attended, recorded, last attended) over held sessions."""
    attended = orm.Attendance.status.in_(ATTENDED)
    query = (
        select(
            orm.Member.id,
            orm.Member.preferred_name,
            func.count(case((attended, 1))),
            func.count(orm.Attendance.id),
            func.max(case((attended, orm.Meeting.date))),
        )
        .select_from(orm.Attendance)
        .join(orm.Meeting, orm.Meeting.id == orm.Attendance.meeting_id)
        .join(orm.Member, orm.Member.id == orm.Attendance.member_id)
        .where(orm.Meeting.group_id == group_id, orm.Meeting.status == MeetingStatus.HELD,
               orm.Meeting.deleted_at.is_(None), orm.Attendance.deleted_at.is_(None),
               orm.Member.deleted_at.is_(None))
        .group_by(orm.Member.id)
    )
    rows = [tuple(row) for row in session.execute(query)]
    return sorted(rows, key=lambda r: (sort_key(r[1]), r[0]))


def last_held_meetings(session: Session, group_id: uuid.UUID, count: int, on_or_before: date) -> list[orm.Meeting]:
    """The group's ``count`` most recent held sessions up to a date, newest first."""
    query = (live(orm.Meeting)
             .where(orm.Meeting.group_id == group_id, orm.Meeting.status == MeetingStatus.HELD,
                    orm.Meeting.date <= on_or_before)
             .order_by(orm.Meeting.date.desc(), orm.Meeting.start_time.desc())
             .limit(count))
    return list(session.scalars(query))


def attended_member_ids(session: Session, meeting_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Members who attended (present, late or left early) at least one of the meetings."""
    if not meeting_ids:
        return set()
    query = select(orm.Attendance.member_id).where(
        orm.Attendance.meeting_id.in_(meeting_ids), orm.Attendance.deleted_at.is_(None),
        orm.Attendance.status.in_(ATTENDED))
    return set(session.scalars(query))


def last_attended_dates(session: Session, group_id: uuid.UUID,
                        member_ids: list[uuid.UUID]) -> dict[uuid.UUID, date]:
    if not member_ids:
        return {}
    query = (select(orm.Attendance.member_id, func.max(orm.Meeting.date))
             .join(orm.Meeting, orm.Meeting.id == orm.Attendance.meeting_id)
             .where(orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None),
                    orm.Attendance.deleted_at.is_(None), orm.Attendance.status.in_(ATTENDED),
                    orm.Attendance.member_id.in_(member_ids))
             .group_by(orm.Attendance.member_id))
    return {member_id: day for member_id, day in session.execute(query)}


def has_history(session: Session, member_id: uuid.UUID) -> bool:
    """Whether a member has any live attendance or check-in anywhere."""
    for model in (orm.Attendance, orm.Checkin):
        found = session.scalar(select(model.id).where(model.member_id == member_id,
                                                      model.deleted_at.is_(None)).limit(1))
        if found is not None:
            return True
    return False


def sheet_rows(session: Session, meeting: Any) -> list[Row[Any]]:
    """One query for a session's sheet: the group's members on that day, plus anyone recorded at
    the session since, each with their status (or None). Plain rows, no ORM objects."""
    members = orm.Member.__table__
    attendance = orm.Attendance.__table__.alias("a")
    ms = orm.Membership
    candidates = union(
        select(ms.member_id).where(ms.group_id == meeting.group_id, ms.deleted_at.is_(None),
                                   ms.joined_on <= meeting.date,
                                   or_(ms.left_on.is_(None), ms.left_on > meeting.date)),
        select(orm.Attendance.member_id).where(orm.Attendance.meeting_id == meeting.id,
                                               orm.Attendance.deleted_at.is_(None)),
    )
    query = (select(members, attendance.c.status.label("attendance_status"),
                    attendance.c.comment.label("attendance_comment"))
             .outerjoin(attendance, and_(attendance.c.member_id == members.c.id,
                                         attendance.c.meeting_id == meeting.id,
                                         attendance.c.deleted_at.is_(None)))
             .where(members.c.id.in_(candidates), members.c.deleted_at.is_(None)))
    return list(session.execute(query))
