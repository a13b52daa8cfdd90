"""Read-only queries for the PDF and CSV exports. Plain rows only, never ORM objects.

Each export reads what it needs in a handful of queries (aggregates in SQL where the
volume is large), so a 12-month report on a large store stays well under a second.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.orm import Session

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import GroupRecord, MeetingRecord, MemberRecord, MembershipRecord, NoteSections
from facilitator_app.domain.text import same_name, sort_key
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import groups as groups_repo
from facilitator_app.storage.repos.attendance import ATTENDED

if TYPE_CHECKING:
    from facilitator_app.storage.repos.common import AnyRow

_MEMBER_NAMES = (orm.Member.id, orm.Member.preferred_name, orm.Member.full_name)


# --------------------------------------------------------------------------- groups and sessions
def group_row(session: Session, group_id: uuid.UUID) -> Row[Any] | None:
    table = orm.Group.__table__
    return session.execute(select(table).where(table.c.id == group_id, table.c.deleted_at.is_(None))).first()


def skipped_dates(session: Session, group_id: uuid.UUID) -> list[date]:
    return list(session.scalars(select(orm.SkippedDate.date).where(
        orm.SkippedDate.group_id == group_id, orm.SkippedDate.deleted_at.is_(None))))


def meeting_row(session: Session, meeting_id: uuid.UUID) -> Row[Any] | None:
    table = orm.Meeting.__table__
    return session.execute(select(table).where(table.c.id == meeting_id, table.c.deleted_at.is_(None))).first()


def meetings_between(session: Session, group_id: uuid.UUID, start: date | None, end: date | None) -> list[Row[Any]]:
    """The group's live sessions in date order, optionally between two dates (inclusive)."""
    table = orm.Meeting.__table__
    query = select(table).where(table.c.group_id == group_id, table.c.deleted_at.is_(None))
    if start is not None:
        query = query.where(table.c.date >= start)
    if end is not None:
        query = query.where(table.c.date <= end)
    return list(session.execute(query.order_by(table.c.date, table.c.start_time)))


def instrument_rows(session: Session) -> list[Row[Any]]:
    """Every instrument, deleted ones too: old check-ins still need their instrument's name and range."""
    return list(session.execute(select(orm.Instrument.__table__)))


# --------------------------------------------------------------------------- one session
def attendance_names(session: Session, meeting: Any) -> list[Row[Any]]:
    """Everyone on the session's sheet (in the group that day, or recorded at it): id, names and
    status (None when not recorded). Names only: no contact details are read."""
    ms = orm.Membership
    in_group = select(ms.member_id).where(ms.group_id == meeting.group_id, ms.deleted_at.is_(None),
                                          ms.joined_on <= meeting.date,
                                          or_(ms.left_on.is_(None), ms.left_on > meeting.date))
    recorded = select(orm.Attendance.member_id).where(orm.Attendance.meeting_id == meeting.id,
                                                      orm.Attendance.deleted_at.is_(None))
    query = (select(*_MEMBER_NAMES, orm.Attendance.status)
             .outerjoin(orm.Attendance, and_(orm.Attendance.member_id == orm.Member.id,
                                             orm.Attendance.meeting_id == meeting.id,
                                             orm.Attendance.deleted_at.is_(None)))
             .where(orm.Member.deleted_at.is_(None),
                    or_(orm.Member.id.in_(in_group), orm.Member.id.in_(recorded))))
    return list(session.execute(query))


def checkins_at(session: Session, meeting_id: uuid.UUID) -> list[Row[Any]]:
    query = (select(orm.Checkin.member_id, orm.Checkin.instrument_id, orm.Checkin.total, orm.Checkin.passed,
                    orm.Checkin.word)
             .join(orm.Member, orm.Member.id == orm.Checkin.member_id)
             .where(orm.Checkin.meeting_id == meeting_id, orm.Checkin.deleted_at.is_(None),
                    orm.Member.deleted_at.is_(None)))
    return list(session.execute(query))


def previous_scored_totals(session: Session, member_ids: Sequence[uuid.UUID], instrument_id: uuid.UUID,
                           before: date, limit: int) -> list[Row[Any]]:
    """Each member's ``limit`` newest scored totals with the instrument before a date, newest first
    (one query: a window function ranks each member's history)."""
    if not member_ids:
        return []
    order = (orm.Meeting.date.desc(), orm.Meeting.start_time.desc())
    ranked = (select(orm.Checkin.member_id, orm.Checkin.total,
                     func.row_number().over(partition_by=orm.Checkin.member_id, order_by=order).label("n"))
              .join(orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id)
              .where(orm.Checkin.member_id.in_(list(member_ids)), orm.Checkin.instrument_id == instrument_id,
                     orm.Checkin.passed.is_(False), orm.Checkin.deleted_at.is_(None),
                     orm.Meeting.deleted_at.is_(None), orm.Meeting.date < before)
              .subquery())
    return list(session.execute(select(ranked.c.member_id, ranked.c.total)
                                .where(ranked.c.n <= limit).order_by(ranked.c.member_id, ranked.c.n)))


def handouts_given(session: Session, meeting_id: uuid.UUID) -> list[Row[Any]]:
    """Title, media type and id of the handouts given at a session, in the order given."""
    query = (select(orm.Handout.id, orm.Handout.title, orm.HandoutFile.media_type)
             .join(orm.MeetingHandout, orm.MeetingHandout.handout_id == orm.Handout.id)
             .join(orm.HandoutFile, orm.HandoutFile.id == orm.Handout.file_id)
             .where(orm.MeetingHandout.meeting_id == meeting_id, orm.MeetingHandout.deleted_at.is_(None),
                    orm.Handout.deleted_at.is_(None))
             .order_by(orm.MeetingHandout.position, orm.Handout.title))
    return list(session.execute(query))


def note_row(session: Session, meeting_id: uuid.UUID) -> Row[Any] | None:
    table = orm.SessionNote.__table__
    return session.execute(select(table).where(table.c.meeting_id == meeting_id,
                                               table.c.deleted_at.is_(None))).first()


def group_people(session: Session, group_id: uuid.UUID) -> list[Row[Any]]:
    """Everyone ever in the group (id and names), to find their names in free text."""
    query = (select(*_MEMBER_NAMES).distinct()
             .join(orm.Membership, orm.Membership.member_id == orm.Member.id)
             .where(orm.Membership.group_id == group_id, orm.Membership.deleted_at.is_(None),
                    orm.Member.deleted_at.is_(None)))
    return list(session.execute(query))


# --------------------------------------------------------------------------- a group over time
def memberships_of_group(session: Session, group_id: uuid.UUID) -> list[Row[Any]]:
    """Every live membership of the group with the member's names."""
    query = (select(orm.Membership.member_id, orm.Membership.joined_on, orm.Membership.left_on,
                    orm.Member.preferred_name, orm.Member.full_name)
             .join(orm.Member, orm.Member.id == orm.Membership.member_id)
             .where(orm.Membership.group_id == group_id, orm.Membership.deleted_at.is_(None),
                    orm.Member.deleted_at.is_(None)))
    return list(session.execute(query))


def attendance_counts(session: Session, meeting_ids: Sequence[uuid.UUID]) -> list[Row[Any]]:
    """(meeting_id, status, count) for the sessions: one aggregate query."""
    if not meeting_ids:
        return []
    query = (select(orm.Attendance.meeting_id, orm.Attendance.status, func.count())
             .join(orm.Member, orm.Member.id == orm.Attendance.member_id)
             .where(orm.Attendance.meeting_id.in_(list(meeting_ids)), orm.Attendance.deleted_at.is_(None),
                    orm.Member.deleted_at.is_(None))
             .group_by(orm.Attendance.meeting_id, orm.Attendance.status))
    return list(session.execute(query))


def checkins_between(session: Session, group_id: uuid.UUID, start: date, end: date) -> list[Row[Any]]:
    """(date, instrument_id, total, passed) of every check-in at the group's held sessions in the range.

    Check-ins typed in ahead at a planned session, or left at one later cancelled or marked "did not
    meet", are not part of what happened: the report counts held sessions only, as its other figures do.
    """
    query = (select(orm.Meeting.date, orm.Checkin.instrument_id, orm.Checkin.total, orm.Checkin.passed)
             .join(orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id)
             .join(orm.Member, orm.Member.id == orm.Checkin.member_id)
             .where(orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None),
                    orm.Meeting.status == MeetingStatus.HELD,
                    orm.Meeting.date >= start, orm.Meeting.date <= end, orm.Checkin.deleted_at.is_(None),
                    orm.Member.deleted_at.is_(None)))
    return list(session.execute(query))


def attended_counts_by_member(session: Session, meeting_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many of the sessions each member attended (present, late or left early)."""
    if not meeting_ids:
        return {}
    query = (select(orm.Attendance.member_id, func.count())
             .where(orm.Attendance.meeting_id.in_(list(meeting_ids)), orm.Attendance.deleted_at.is_(None),
                    orm.Attendance.status.in_(ATTENDED))
             .group_by(orm.Attendance.member_id))
    return {member_id: count for member_id, count in session.execute(query)}


def attendance_rows(session: Session, group_id: uuid.UUID, start: date | None = None,
                    end: date | None = None) -> list[Row[Any]]:
    """Every live attendance row at the group's live sessions: date, session status, member names, status."""
    query = (select(orm.Attendance.meeting_id, orm.Meeting.date, orm.Meeting.status.label("meeting_status"),
                    orm.Attendance.member_id,
                    orm.Member.preferred_name, orm.Member.full_name, orm.Attendance.status)
             .join(orm.Meeting, orm.Meeting.id == orm.Attendance.meeting_id)
             .join(orm.Member, orm.Member.id == orm.Attendance.member_id)
             .where(orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None),
                    orm.Attendance.deleted_at.is_(None), orm.Member.deleted_at.is_(None)))
    if start is not None:
        query = query.where(orm.Meeting.date >= start)
    if end is not None:
        query = query.where(orm.Meeting.date <= end)
    return list(session.execute(query.order_by(orm.Meeting.date, orm.Meeting.start_time)))


def checkin_rows(session: Session, group_id: uuid.UUID, start: date | None = None,
                 end: date | None = None) -> list[Row[Any]]:
    """Every live check-in at the group's live sessions: date, member names, instrument, scores."""
    query = (select(orm.Meeting.date, orm.Checkin.member_id, orm.Member.preferred_name, orm.Member.full_name,
                    orm.Checkin.instrument_id, orm.Checkin.scores, orm.Checkin.total, orm.Checkin.passed,
                    orm.Checkin.word)
             .join(orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id)
             .join(orm.Member, orm.Member.id == orm.Checkin.member_id)
             .where(orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None),
                    orm.Checkin.deleted_at.is_(None), orm.Member.deleted_at.is_(None)))
    if start is not None:
        query = query.where(orm.Meeting.date >= start)
    if end is not None:
        query = query.where(orm.Meeting.date <= end)
    return list(session.execute(query.order_by(orm.Meeting.date, orm.Meeting.start_time)))


# --------------------------------------------------------------------------- one member
def members_named(session: Session, name: str) -> list[AnyRow]:
    """Live members whose preferred or full name is ``name`` (ignoring case, in any script).

    Compared in Python: SQLite's lower() knows only ASCII. Only the names are read.
    """
    rows = session.execute(select(*_MEMBER_NAMES).where(orm.Member.deleted_at.is_(None)))
    found = [r for r in rows if same_name(r.preferred_name, name) or (r.full_name and same_name(r.full_name, name))]
    return sorted(found, key=lambda r: (sort_key(r.preferred_name), r.id))


def member_groups(session: Session, member_ids: Sequence[uuid.UUID]) -> list[Row[Any]]:
    """(member_id, group name, joined_on, left_on) of the members' live memberships, oldest first."""
    if not member_ids:
        return []
    query = (select(orm.Membership.member_id, orm.Group.name, orm.Membership.joined_on, orm.Membership.left_on)
             .join(orm.Group, orm.Group.id == orm.Membership.group_id)
             .where(orm.Membership.member_id.in_(list(member_ids)), orm.Membership.deleted_at.is_(None))
             .order_by(orm.Membership.joined_on))
    return list(session.execute(query))


def member_row(session: Session, member_id: uuid.UUID) -> Row[Any] | None:
    table = orm.Member.__table__
    return session.execute(select(table).where(table.c.id == member_id, table.c.deleted_at.is_(None))).first()


def member_memberships(session: Session, member_id: uuid.UUID) -> list[Row[Any]]:
    """Every live membership of the member with its group's name (and whether the group was deleted)."""
    ms = orm.Membership.__table__
    query = (select(ms, orm.Group.name.label("group_name"), orm.Group.deleted_at.label("group_deleted_at"))
             .join(orm.Group, orm.Group.id == ms.c.group_id)
             .where(ms.c.member_id == member_id, ms.c.deleted_at.is_(None))
             .order_by(ms.c.joined_on))
    return list(session.execute(query))


def member_attendance(session: Session, member_id: uuid.UUID) -> list[Row[Any]]:
    """Every live attendance row of the member, with the session's date and group (deleted or not)."""
    query = (select(orm.Meeting.date, orm.Group.name.label("group_name"), orm.Attendance.status,
                    orm.Attendance.comment, orm.Meeting.deleted_at.label("meeting_deleted_at"))
             .join(orm.Meeting, orm.Meeting.id == orm.Attendance.meeting_id)
             .join(orm.Group, orm.Group.id == orm.Meeting.group_id)
             .where(orm.Attendance.member_id == member_id, orm.Attendance.deleted_at.is_(None))
             .order_by(orm.Meeting.date, orm.Meeting.start_time))
    return list(session.execute(query))


def member_checkins(session: Session, member_id: uuid.UUID) -> list[Row[Any]]:
    """Every live check-in of the member, with the session's date and group."""
    query = (select(orm.Meeting.date, orm.Group.name.label("group_name"), orm.Checkin.instrument_id,
                    orm.Checkin.scores, orm.Checkin.total, orm.Checkin.passed, orm.Checkin.word,
                    orm.Meeting.deleted_at.label("meeting_deleted_at"))
             .join(orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id)
             .join(orm.Group, orm.Group.id == orm.Meeting.group_id)
             .where(orm.Checkin.member_id == member_id, orm.Checkin.deleted_at.is_(None))
             .order_by(orm.Meeting.date, orm.Meeting.start_time))
    return list(session.execute(query))


# --------------------------------------------------------------------------- handouts
def handouts_with_content(session: Session, handout_ids: Sequence[uuid.UUID]) -> list[Row[Any]]:
    """The live handouts asked for, each with its file's media type and bytes (unordered)."""
    if not handout_ids:
        return []
    query = (select(orm.Handout.id, orm.Handout.title, orm.Handout.description, orm.Handout.version,
                    orm.Handout.file_name, orm.HandoutFile.media_type, orm.HandoutFile.content)
             .join(orm.HandoutFile, orm.HandoutFile.id == orm.Handout.file_id)
             .where(orm.Handout.id.in_(list(handout_ids)), orm.Handout.deleted_at.is_(None)))
    return list(session.execute(query))


def handout_titles(session: Session) -> list[Row[Any]]:
    """(id, title) of every live handout."""
    return list(session.execute(select(orm.Handout.id, orm.Handout.title).where(orm.Handout.deleted_at.is_(None))))



# -- the same reads as frozen records ------------------------------------------------------------------
def meeting(session: Session, meeting_id: uuid.UUID) -> MeetingRecord | None:
    """The live session, or None."""
    row = meeting_row(session, meeting_id)
    return None if row is None else mappers.meeting_record(row)


def meetings(session: Session, group_id: uuid.UUID) -> list[MeetingRecord]:
    """Every live session of the group, in date order."""
    return [mappers.meeting_record(m) for m in meetings_between(session, group_id, None, None)]


def group(session: Session, group_id: uuid.UUID) -> GroupRecord | None:
    """The live group with its skipped dates, or None."""
    row = group_row(session, group_id)
    if row is None:
        return None
    return mappers.group_record(row, groups_repo.skipped_dates(session, [group_id]).get(group_id, []))


def member(session: Session, member_id: uuid.UUID) -> MemberRecord | None:
    """The live member, or None."""
    row = member_row(session, member_id)
    return None if row is None else mappers.member_record(row)


def member_membership_records(session: Session, member_id: uuid.UUID) -> list[tuple[str, bool, MembershipRecord]]:
    """The member's live memberships as (group name, whether the group was deleted, membership)."""
    return [(r.group_name, r.group_deleted_at is not None, mappers.membership_record(r))
            for r in member_memberships(session, member_id)]


def instrument_definitions(session: Session) -> dict[uuid.UUID, InstrumentDefinition]:
    """Every instrument by id, deleted ones too (old check-ins still need them)."""
    return {r.id: mappers.instrument_definition(r) for r in instrument_rows(session)}


def note_sections(session: Session, meeting_id: uuid.UUID) -> NoteSections | None:
    """The session's live note, section by section, or None."""
    row = note_row(session, meeting_id)
    if row is None:
        return None
    return NoteSections(themes=row.themes, strategies=row.strategies, follow_ups=row.follow_ups,
                        safety_concerns=row.safety_concerns, free_text=row.free_text)
