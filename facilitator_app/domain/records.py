"""Frozen records that services hand to the window and the command line.

They are plain values: never ORM objects, so nothing outside storage can lazy-load
or write by accident.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.recurrence import Recurrence


@dataclass(frozen=True)
class GroupRecord:
    """A group as stored: its meeting pattern, skipped dates, instrument and agreement."""

    id: uuid.UUID
    name: str
    description: str
    venue: str
    recurrence: Recurrence
    skipped_dates: tuple[date, ...]
    instrument_id: uuid.UUID | None
    agreement_text: str
    agreement_version: int
    updated_at: datetime


@dataclass(frozen=True)
class MemberDraft:
    """What a facilitator fills in for a member; everything but the preferred name is optional."""

    preferred_name: str
    full_name: str = ""
    pronouns: str = ""
    phone: str = ""
    email: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    notes: str = ""
    consent_to_contact: bool = False


@dataclass(frozen=True, kw_only=True)
class MemberRecord(MemberDraft):
    """A stored member: the draft's fields plus the id and when it last changed (keyword-only)."""

    id: uuid.UUID
    updated_at: datetime | None = None


@dataclass(frozen=True)
class MembershipRecord:
    """A member's time in a group: from ``joined_on`` until before ``left_on`` (None: still there)."""

    id: uuid.UUID
    member_id: uuid.UUID
    group_id: uuid.UUID
    joined_on: date
    left_on: date | None
    agreement_version: int | None = None
    agreement_acknowledged_at: datetime | None = None

    def active_on(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day < self.left_on)


@dataclass(frozen=True)
class MeetingRecord:
    """A session of a group (a ``Meeting`` in the store) and what happened to it."""

    id: uuid.UUID
    group_id: uuid.UUID
    date: date
    start_time: time | None
    end_time: time | None
    venue: str
    topic: str
    status: MeetingStatus
    visitor_count: int
    co_facilitators: str


@dataclass(frozen=True)
class AttendanceRecord:
    """One member's attendance at one session."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    member_id: uuid.UUID
    status: AttendanceStatus
    comment: str


@dataclass(frozen=True)
class CheckinRecord:
    """One member's check-in at one session: the item scores, their total, a word."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    member_id: uuid.UUID
    instrument_id: uuid.UUID
    scores: tuple[int | None, ...]
    total: int | None
    word: str
    passed: bool


@dataclass(frozen=True)
class NoteSections:
    """The parts of a session note a facilitator writes afterwards."""

    themes: str = ""
    strategies: str = ""
    follow_ups: str = ""
    safety_concerns: str = ""
    free_text: str = ""


@dataclass(frozen=True)
class NoteRecord:
    """A session's note: its sections and when it was written and last changed."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    sections: NoteSections
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class HandoutRecord:
    """A handout's description; the file's bytes are fetched separately, when needed."""

    id: uuid.UUID
    title: str
    topics: tuple[str, ...]
    description: str
    version: str
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class MemberAttendanceSummary:
    """How often one member came to one group's held sessions."""

    member_id: uuid.UUID
    preferred_name: str
    sessions_attended: int
    sessions_recorded: int
    last_attended: date | None

    @property
    def rate(self) -> float | None:
        return self.sessions_attended / self.sessions_recorded if self.sessions_recorded else None


@dataclass(frozen=True)
class StoreInfo:
    """An open store at a glance: its file, schema revision, the app version, size and live row counts."""

    path: str
    schema_revision: str
    app_version: str
    size_bytes: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckReport:
    """The result of ``db check``: ``problems`` is empty when the store is healthy."""

    schema_revision: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RosterEntry:
    """A member of a group with how often they come (over the group's held sessions)."""

    member: MemberRecord
    membership: MembershipRecord
    sessions_attended: int = 0
    sessions_recorded: int = 0
    last_attended: date | None = None

    @property
    def rate(self) -> float | None:
        return self.sessions_attended / self.sessions_recorded if self.sessions_recorded else None


@dataclass(frozen=True)
class AttendanceLine:
    """One line of a session's attendance sheet: a member and their status (None until set)."""

    member: MemberRecord
    status: AttendanceStatus | None
    comment: str = ""


@dataclass(frozen=True)
class FollowUpEntry:
    """A member who missed the group's last few held sessions: someone to give a caring call."""

    member: MemberRecord
    missed: int
    last_attended: date | None
