"""What a member's own record shows: everything kept about them; and finding a member by name."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import MemberRecord, MembershipRecord
from facilitator_app.domain.text import same_name, short_date
from facilitator_app.errors import NotFoundError
from facilitator_app.services.reports import ReportService, instrument_definitions
from facilitator_app.storage.repos import reports as repo


@dataclass(frozen=True)
class MemberMembership:
    group_name: str
    group_deleted: bool
    membership: MembershipRecord


@dataclass(frozen=True)
class MemberAttendance:
    date: date
    group_name: str
    status: AttendanceStatus
    comment: str
    session_deleted: bool


@dataclass(frozen=True)
class MemberCheckin:
    date: date
    group_name: str
    instrument_name: str
    scores: tuple[int | None, ...]
    total: int | None
    max_total: int | None
    word: str
    passed: bool
    session_deleted: bool


@dataclass(frozen=True)
class MemberRecordData:
    member: MemberRecord
    memberships: tuple[MemberMembership, ...]
    attendance: tuple[MemberAttendance, ...]
    checkins: tuple[MemberCheckin, ...]


@dataclass(frozen=True)
class MemberCandidate:
    """One of several members with the same name: told apart by group and joining date only."""

    member_id: uuid.UUID
    preferred_name: str
    groups: tuple[tuple[str, date], ...]

    def describe(self) -> str:
        """E.g. "in Tuesday Evening Peer Support (joined Tue 4 Nov 2025)": no contact details."""
        if not self.groups:
            return "in no group"
        return "in " + " and ".join(f"{name} (joined {short_date(day)})" for name, day in self.groups)


def find_members(reports: ReportService, name: str, group_name: str | None = None, joined_on: date | None = None
                 ) -> list[MemberCandidate]:
    """Members called ``name`` (preferred or full name, ignoring case), optionally only those in a
    group and/or who joined it on a date. Only names, group names and joining dates are read."""
    with reports.read() as s:
        rows = repo.members_named(s, name)
        groups: dict[uuid.UUID, list[tuple[str, date]]] = defaultdict(list)
        for r in repo.member_groups(s, [r.id for r in rows]):
            groups[r.member_id].append((r.name, r.joined_on))
    out = []
    for r in rows:
        held = groups.get(r.id, [])
        if group_name is not None:
            held = [g for g in held if same_name(g[0], group_name)]
        if joined_on is not None:
            held = [g for g in held if g[1] == joined_on]
        if (group_name is not None or joined_on is not None) and not held:
            continue
        out.append(MemberCandidate(r.id, r.preferred_name, tuple(held)))
    return out


def member_record_data(reports: ReportService, member_id: uuid.UUID) -> MemberRecordData:
    """Everything kept about the member: details, memberships, attendance and check-ins."""
    with reports.read() as s:
        found = repo.member(s, member_id)
        if found is None:
            raise NotFoundError("That member is no longer in the store; they may have been deleted.")
        member = found
        instruments = instrument_definitions(s)
        memberships = tuple(MemberMembership(name, deleted, ms)
                            for name, deleted, ms in repo.member_membership_records(s, member_id))
        attendance = tuple(MemberAttendance(r.date, r.group_name, AttendanceStatus(r.status), r.comment or "",
                                            r.meeting_deleted_at is not None)
                           for r in repo.member_attendance(s, member_id))
        checkins = []
        for r in repo.member_checkins(s, member_id):
            defn = instruments.get(r.instrument_id)
            checkins.append(MemberCheckin(
                date=r.date, group_name=r.group_name, instrument_name=defn.name if defn else "(unknown check-in)",
                scores=tuple(r.scores or ()), total=r.total, max_total=defn.max_total if defn else None,
                word=r.word or "", passed=bool(r.passed), session_deleted=r.meeting_deleted_at is not None))
    return MemberRecordData(member=member, memberships=memberships, attendance=attendance,
                            checkins=tuple(checkins))
