"""ORM objects and table rows to frozen records: nothing outside storage ever holds an ORM object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator_app.domain.enums import FlagRule
from facilitator_app.domain.instruments import InstrumentDefinition, InstrumentItem
from facilitator_app.domain.records import (
    AttendanceRecord,
    CheckinRecord,
    GroupRecord,
    HandoutRecord,
    MeetingRecord,
    MemberRecord,
    MembershipRecord,
    NoteRecord,
    NoteSections,
)
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.storage import orm

if TYPE_CHECKING:
    from facilitator_app.storage.repos.common import AnyRow


def group_record(row: Any, skipped: list[Any]) -> GroupRecord:
    """From an ORM Group or a plain row of the groups table (the same attribute names)."""
    return GroupRecord(
        id=row.id, name=row.name, description=row.description, venue=row.venue,
        recurrence=Recurrence(cadence=row.cadence, weekday=row.weekday, anchor=row.anchor_date,
                              start_time=row.start_time, duration_minutes=row.duration_minutes,
                              week_of_month=row.week_of_month),
        skipped_dates=tuple(sorted(s.date for s in skipped if s.deleted_at is None)),
        instrument_id=row.instrument_id, agreement_text=row.agreement_text,
        agreement_version=row.agreement_version, updated_at=row.updated_at,
    )


def member_record(row: orm.Member | AnyRow) -> MemberRecord:
    return MemberRecord(
        id=row.id, preferred_name=row.preferred_name, full_name=row.full_name, pronouns=row.pronouns,
        phone=row.phone, email=row.email, emergency_contact_name=row.emergency_contact_name,
        emergency_contact_phone=row.emergency_contact_phone, notes=row.notes,
        consent_to_contact=row.consent_to_contact, updated_at=row.updated_at,
    )


def membership_record(row: orm.Membership | AnyRow) -> MembershipRecord:
    return MembershipRecord(
        id=row.id, member_id=row.member_id, group_id=row.group_id, joined_on=row.joined_on,
        left_on=row.left_on, agreement_version=row.agreement_version,
        agreement_acknowledged_at=row.agreement_acknowledged_at,
    )


def meeting_record(row: orm.Meeting | AnyRow) -> MeetingRecord:
    return MeetingRecord(
        id=row.id, group_id=row.group_id, date=row.date, start_time=row.start_time,
        end_time=row.end_time, venue=row.venue, topic=row.topic, status=row.status,
        visitor_count=row.visitor_count, co_facilitators=row.co_facilitators,
    )


def attendance_record(row: orm.Attendance) -> AttendanceRecord:
    return AttendanceRecord(id=row.id, meeting_id=row.meeting_id, member_id=row.member_id,
                            status=row.status, comment=row.comment)


def checkin_record(row: orm.Checkin) -> CheckinRecord:
    return CheckinRecord(id=row.id, meeting_id=row.meeting_id, member_id=row.member_id,
                         instrument_id=row.instrument_id, scores=tuple(row.scores or ()),
                         total=row.total, word=row.word, passed=row.passed)


def note_record(row: orm.SessionNote) -> NoteRecord:
    return NoteRecord(
        id=row.id, meeting_id=row.meeting_id,
        sections=NoteSections(themes=row.themes, strategies=row.strategies, follow_ups=row.follow_ups,
                              safety_concerns=row.safety_concerns, free_text=row.free_text),
        created_at=row.created_at, updated_at=row.updated_at,
    )


def handout_record(row: orm.Handout, file: orm.HandoutFile) -> HandoutRecord:
    return HandoutRecord(
        id=row.id, title=row.title,
        topics=tuple(t.strip() for t in row.topics.split(",") if t.strip()),
        description=row.description, version=row.version, file_name=row.file_name,
        media_type=file.media_type, size=file.size, sha256=file.sha256,
    )


def instrument_definition(row: orm.Instrument | AnyRow) -> InstrumentDefinition:
    return InstrumentDefinition(
        id=row.id, key=row.key, name=row.name,
        items=tuple(InstrumentItem(i["text"], int(i["min"]), int(i["max"])) for i in row.items),
        flag_rule=FlagRule(row.flag_rule), flag_value=row.flag_value, flag_window=row.flag_window,
        period=row.period, builtin=row.builtin,
    )
