"""What a group report shows over a period: sessions, months, members' comings and goings, in numbers."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean
from typing import Any, cast

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.text import long_date, sort_key
from facilitator_app.errors import ValidationError
from facilitator_app.services.reports import Person, ReportService, instrument_definitions, live_group, person
from facilitator_app.storage.repos import reports as repo


@dataclass(frozen=True)
class SessionLine:
    """One session of a group report."""

    date: date
    status: MeetingStatus
    topic: str
    attended: int
    visitors: int
    excused: int
    absent: int

    @property
    def in_room(self) -> int:
        return self.attended + self.visitors


@dataclass(frozen=True)
class ReportMemberLine:
    """A member of a group report's table: their sessions counted over the part of the period they
    were a member, and a leaving date only when it falls inside the period."""

    person: Person
    attended: int
    possible: int                 # sessions held in the period while they were a member
    joined_on: date               # when they (first) joined, before the period perhaps
    left_on: date | None          # only a leaving inside the period; None for someone still a member at its end


@dataclass(frozen=True)
class MonthLine:
    month: date   # the first of the month
    held: int
    attendance: float | None   # average people in the room per held session (members + visitors)
    checkins: int
    passes: int
    average: float | None      # average total with the charted instrument


@dataclass(frozen=True)
class GroupReportData:
    group: GroupRecord
    start: date
    end: date
    sessions: tuple[SessionLine, ...]
    months: tuple[MonthLine, ...]
    instrument: InstrumentDefinition | None   # the instrument charted (the one used most)
    other_instrument_checkins: int
    members_at_start: int
    members_at_end: int
    new_members: int
    members_left: int
    members: tuple[ReportMemberLine, ...]     # empty unless names were asked for; by preferred name

    def sessions_with(self, status: MeetingStatus) -> int:
        return sum(1 for s in self.sessions if s.status is status)

    @property
    def held(self) -> tuple[SessionLine, ...]:
        return tuple(s for s in self.sessions if s.status is MeetingStatus.HELD)

    @property
    def average_attendance(self) -> float | None:
        held = self.held
        return fmean(s.in_room for s in held) if held else None

    @property
    def average_members(self) -> float | None:
        held = self.held
        return fmean(s.attended for s in held) if held else None

    @property
    def average_visitors(self) -> float | None:
        held = self.held
        return fmean(s.visitors for s in held) if held else None

    @property
    def checkins(self) -> int:
        return sum(m.checkins for m in self.months)

    @property
    def passes(self) -> int:
        return sum(m.passes for m in self.months)

    @property
    def average_checkin(self) -> float | None:
        """The average score over the whole period (passes are not scores)."""
        scored = [(m.average, m.checkins - m.passes) for m in self.months if m.average is not None]
        count = sum(n for _, n in scored)
        return sum(a * n for a, n in scored) / count if count else None


def group_report_data(reports: ReportService, group_id: uuid.UUID, start: date, end: date,
                      with_names: bool = False) -> GroupReportData:
    """The group's sessions, months and members' comings and goings over ``start``..``end``."""
    if end < start:
        raise ValidationError(f"The report would end ({long_date(end)}) before it starts ({long_date(start)}). "
                              "Swap the dates.")
    with reports.read() as s:
        group = live_group(s, group_id)
        meetings = repo.meetings_between(s, group_id, start, end)
        counts: dict[uuid.UUID, Counter[AttendanceStatus]] = defaultdict(Counter)
        for row in repo.attendance_counts(s, [m.id for m in meetings]):
            meeting_id, status, count = cast("tuple[uuid.UUID, str, int]", tuple(row))   # the query's three columns
            counts[meeting_id][AttendanceStatus(status)] += count
        checkins = repo.checkins_between(s, group_id, start, end)
        instruments = instrument_definitions(s)
        memberships = repo.memberships_of_group(s, group_id)
        held_ids = [m.id for m in meetings if m.status is MeetingStatus.HELD]
        attended_by = repo.attended_counts_by_member(s, held_ids) if with_names else {}
    sessions = []
    for m in meetings:
        c = counts.get(m.id, Counter())
        held = m.status is MeetingStatus.HELD
        sessions.append(SessionLine(
            date=m.date, status=MeetingStatus(m.status), topic=m.topic or "",
            attended=sum(n for st, n in c.items() if st.attended) if held else 0,
            visitors=m.visitor_count if held else 0,
            excused=c.get(AttendanceStatus.EXCUSED, 0), absent=c.get(AttendanceStatus.ABSENT, 0)))
    used = Counter(r.instrument_id for r in checkins)
    top = max(used, key=lambda key: (used[key], key == group.instrument_id)) if used else group.instrument_id
    defn = instruments.get(top) if top is not None else None
    months = _months(start, end, sessions, [r for r in checkins if r.instrument_id == top])
    active_start = {r.member_id for r in memberships if _active(r, start)}
    active_end = {r.member_id for r in memberships if _active(r, end)}
    new = {r.member_id for r in memberships if start <= r.joined_on <= end} - {
        r.member_id for r in memberships if r.joined_on < start}
    left = {r.member_id for r in memberships if r.left_on is not None and start < r.left_on <= end} - active_end
    lines: list[ReportMemberLine] = []
    if with_names:
        in_range = [r for r in memberships if r.joined_on <= end and (r.left_on is None or r.left_on > start)]
        spans: dict[uuid.UUID, list[Any]] = defaultdict(list)   # a member who left and came back has two
        for r in sorted(in_range, key=lambda r: r.joined_on):
            spans[r.member_id].append(r)
        held_dates = [line.date for line in sessions if line.status is MeetingStatus.HELD]
        for rows in spans.values():
            last = rows[-1]
            left_on = last.left_on if last.left_on is not None and last.left_on <= end else None
            # A session on the day someone joined or left counts: they may well have been there.
            possible = sum(1 for day in held_dates
                           if any(r.joined_on <= day and (r.left_on is None or day <= r.left_on) for r in rows))
            lines.append(ReportMemberLine(person(rows[0]), attended_by.get(rows[0].member_id, 0), possible,
                                          rows[0].joined_on, left_on))
        lines.sort(key=lambda line: (sort_key(line.person.preferred_name), line.person.id))
    return GroupReportData(
        group=group, start=start, end=end, sessions=tuple(sessions), months=tuple(months), instrument=defn,
        other_instrument_checkins=sum(n for key, n in used.items() if key != top),
        members_at_start=len(active_start), members_at_end=len(active_end), new_members=len(new),
        members_left=len(left), members=tuple(lines))


def session_topics(reports: ReportService, group_id: uuid.UUID, start: date, end: date) -> list[tuple[date, str]]:
    """(date, topic) of the group's sessions over ``start``..``end`` that have a topic: the report's
    only free text, read alone for the export dialog's preview (the whole report reads far more)."""
    with reports.read() as s:
        live_group(s, group_id)
        return [(m.date, m.topic) for m in repo.meetings_between(s, group_id, start, end) if m.topic]


def _active(row: Any, day: date) -> bool:
    return row.joined_on <= day and (row.left_on is None or row.left_on > day)


def _months(start: date, end: date, sessions: Sequence[SessionLine], checkins: Sequence[Any]) -> list[MonthLine]:
    """One line per calendar month of the range, in order (months without sessions too)."""
    keys: list[date] = []
    cursor = start.replace(day=1)
    while cursor <= end:
        keys.append(cursor)
        cursor = date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
    held: dict[date, list[int]] = defaultdict(list)
    for line in sessions:
        if line.status is MeetingStatus.HELD:
            held[line.date.replace(day=1)].append(line.in_room)
    totals: dict[date, list[int]] = defaultdict(list)
    passes: Counter[date] = Counter()
    for r in checkins:
        key = r.date.replace(day=1)
        if r.passed:
            passes[key] += 1
        elif r.total is not None:
            totals[key].append(r.total)
    return [MonthLine(month=k, held=len(held[k]), attendance=fmean(held[k]) if held[k] else None,
                      checkins=len(totals[k]) + passes[k], passes=passes[k],
                      average=fmean(totals[k]) if totals[k] else None) for k in keys]
