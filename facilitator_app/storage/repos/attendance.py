"""Attendance rows and the per-member summaries built from them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import case, func, select
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
    return sorted(rows, key=lambda r: (sort_key(r[1]), r[0]))  # type: ignore[return-value]
