"""The tables of a Facilitator store (SQLAlchemy 2 typed ORM).

Names follow the domain guide: a "session" on screen is a ``Meeting`` here.
Enums are stored as their string values with a CHECK constraint, so the file
stays readable with any SQLite tool.
"""


import enum
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.domain.enums import AttendanceStatus, Cadence, FlagRule, MeetingStatus
from facilitator_app.domain.ids import utc_now
from facilitator_app.storage.base import Base

# ``Table.info["sync"] = False``: the table is this store's own and never merged with another
# (the audit chain, settings, the sync bookkeeping). ``Column.info["sync"] = "versions"``: the
# column merges field by field, keeping both texts of concurrent edits (``storage/sync_clock.py``).
LOCAL_TABLE: dict[str, Any] = {"info": {"sync": False}}
VERSIONED: dict[str, Any] = {"sync": "versions"}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, create_constraint=True, length=24,
                values_callable=lambda e: [m.value for m in e], validate_strings=True)


class Instrument(Base):
    """A check-in instrument: items with ranges, summed, with an optional flag rule."""

    __tablename__ = "instruments"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    flag_rule: Mapped[FlagRule] = mapped_column(_enum(FlagRule, "flag_rule"), default=FlagRule.NONE)
    flag_value: Mapped[float | None] = mapped_column(Float)
    flag_window: Mapped[int | None] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(200), default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Group(Base):
    """A peer support group and its meeting pattern."""

    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("week_of_month IN (-1, 1, 2, 3, 4)", name="week_of_month"),
        CheckConstraint("duration_minutes > 0", name="duration"),
        CheckConstraint("agreement_version >= 1", name="agreement_version"),
    )

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    cadence: Mapped[Cadence] = mapped_column(_enum(Cadence, "cadence"), default=Cadence.WEEKLY)
    weekday: Mapped[int] = mapped_column(Integer, default=0)
    week_of_month: Mapped[int] = mapped_column(Integer, default=1)
    anchor_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time, default=time(18, 30))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    instrument_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("instruments.id"))
    agreement_text: Mapped[str] = mapped_column(Text, default="")
    agreement_version: Mapped[int] = mapped_column(Integer, default=1)
    # The text a new session note starts from (migration 0002 added it, hence the server default).
    note_template: Mapped[str] = mapped_column(Text, default="", server_default="")


class SkippedDate(Base):
    """A date on which a group does not meet (a holiday, the venue closed)."""

    __tablename__ = "group_skipped_dates"
    __table_args__ = (UniqueConstraint("group_id", "date"),)

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("groups.id"))
    date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")


class Member(Base):
    """A person who attends. Only the preferred name is required (data minimisation)."""

    __tablename__ = "members"

    preferred_name: Mapped[str] = mapped_column(String(200))
    full_name: Mapped[str] = mapped_column(String(300), default="")
    pronouns: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    emergency_contact_name: Mapped[str] = mapped_column(String(300), default="")
    emergency_contact_phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_to_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when the member was erased (GDPR Art. 17): the row keeps only its id and this tombstone,
    # so nothing brings the person back (migration 0003 added it).
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)


class Membership(Base):
    """A member in a group from a date until (not including) a date."""

    __tablename__ = "memberships"
    __table_args__ = (
        Index("ix_memberships_group_id", "group_id"),
        Index("ix_memberships_member_id", "member_id"),
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="dates"),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("groups.id"))
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    # Each group has its own agreement, so the acknowledgement belongs to the membership.
    agreement_version: Mapped[int | None] = mapped_column(Integer)
    agreement_acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)


class Meeting(Base):
    """One session of a group (the UI says "session")."""

    __tablename__ = "meetings"
    __table_args__ = (
        Index("ix_meetings_group_id_date", "group_id", "date"),
        CheckConstraint("visitor_count >= 0", name="visitor_count"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("groups.id"))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(300), default="")
    topic: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[MeetingStatus] = mapped_column(_enum(MeetingStatus, "meeting_status"),
                                                  default=MeetingStatus.PLANNED)
    visitor_count: Mapped[int] = mapped_column(Integer, default=0)
    co_facilitators: Mapped[str] = mapped_column(String(300), default="")


class Attendance(Base):
    """Whether and how a member took part in a session."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id"),
        Index("ix_attendance_member_id", "member_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus, "attendance_status"))
    comment: Mapped[str] = mapped_column(String(500), default="")


class Checkin(Base):
    """A member's check-in at a session; a pass has no scores and no total."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id"),
        Index("ix_checkins_member_id", "member_id"),
        CheckConstraint("NOT passed OR total IS NULL", name="pass_has_no_total"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id"))
    scores: Mapped[list[int | None]] = mapped_column(JSON, default=list)
    total: Mapped[int | None] = mapped_column(Integer)
    word: Mapped[str] = mapped_column(String(60), default="")
    passed: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionNote(Base):
    """What the facilitator wrote after a session, in sections."""

    __tablename__ = "session_notes"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"), unique=True)
    themes: Mapped[str] = mapped_column(Text, default="", info=VERSIONED)
    strategies: Mapped[str] = mapped_column(Text, default="", info=VERSIONED)
    follow_ups: Mapped[str] = mapped_column(Text, default="", info=VERSIONED)
    safety_concerns: Mapped[str] = mapped_column(Text, default="", info=VERSIONED)
    free_text: Mapped[str] = mapped_column(Text, default="", info=VERSIONED)
    # Each section's live versions with their version vectors (domain/sync_merge.py), so a merge
    # tells an edit that saw the other from a concurrent one (migration 0004 added it).
    versions: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)


class HandoutFile(Base):
    """A handout's bytes, kept apart so listing handouts never reads file contents."""

    __tablename__ = "handout_files"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Handout(Base):
    """A resource handed out or shown: PDF, image or text."""

    __tablename__ = "handouts"

    title: Mapped[str] = mapped_column(String(300))
    topics: Mapped[str] = mapped_column(String(500), default="")  # comma-separated
    description: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[str] = mapped_column(String(60), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handout_files.id"))


class MeetingHandout(Base):
    """A handout given (or shown) at a session."""

    __tablename__ = "meeting_handouts"
    __table_args__ = (
        UniqueConstraint("meeting_id", "handout_id"),
        Index("ix_meeting_handouts_handout_id", "handout_id"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meetings.id"))
    handout_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handouts.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AuditEvent(Base):
    """What was done and how much, for the organisation's records. Never personal data.

    The events form a hash chain (``domain/audit_chain.py``): ``sequence`` numbers them from 1,
    and each holds the hash of the one before it and its own (migration 0003 added the three).
    """

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_occurred_at", "occurred_at"), LOCAL_TABLE)

    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    action: Mapped[str] = mapped_column(String(100))
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """One organisation setting kept in the store (retention periods, the audit trail's head), as JSON."""

    __tablename__ = "settings"
    __table_args__ = LOCAL_TABLE

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[Any] = mapped_column(JSON)


class SyncState(Base):
    """This store's node id and clock (``peer`` "self"), and per peer what was sent to it.

    Local: a store's own bookkeeping, never merged (migration 0004).
    """

    __tablename__ = "sync_state"
    __table_args__ = LOCAL_TABLE

    peer: Mapped[str] = mapped_column(String(64), unique=True)
    node_id: Mapped[str] = mapped_column(String(32))
    clock: Mapped[str | None] = mapped_column(String(48))
    sent_until: Mapped[str | None] = mapped_column(String(48))
    exchanged_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncConflict(Base):
    """A field where a merge kept two concurrent versions, for the facilitator to settle."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("table_name", "row_id", "column_name"), LOCAL_TABLE)

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    column_name: Mapped[str] = mapped_column(String(64))
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    settled_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncRemoval(Base):
    """A row removed for good (retention, erasure), so every store removes it and none sends it back.

    Merged like any other table: the list of removals travels between stores (ids only).
    """

    __tablename__ = "sync_removals"

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)


class SyncAlias(Base):
    """A row made twice (two laptops, one natural key): the id that gave way, and the one kept."""

    __tablename__ = "sync_aliases"
    __table_args__ = LOCAL_TABLE

    table_name: Mapped[str] = mapped_column(String(64))
    alias_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)


# Tables counted by ``db info``, in the order shown.
COUNTED_TABLES: tuple[type[Base], ...] = (
    Group, Member, Membership, Meeting, Attendance, Checkin, SessionNote, Handout,
    MeetingHandout, Instrument, AuditEvent,
)
