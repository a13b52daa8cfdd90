"""What each export shows, read in one transaction and handed over as frozen values.

The documents in ``export/`` only lay these out; the numbers (attendance counts, check-in
averages, gentle follow-up flags) are worked out here, with the domain's rules. Member names
are read only where a document can show them; contact details only for a member's own record.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from statistics import fmean
from typing import Any

from facilitator_app.domain.enums import AttendanceStatus, FlagRule, MeetingStatus
from facilitator_app.domain.instruments import InstrumentDefinition, is_flagged
from facilitator_app.domain.records import GroupRecord, MeetingRecord, MemberRecord, MembershipRecord, NoteSections
from facilitator_app.domain.text import long_date, same_name, short_date, sort_key
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.base import Service
from facilitator_app.storage.repos import reports as repo

MAX_SIGN_IN_SESSIONS = 8
MAX_WALK_IN_ROWS = 40


# --------------------------------------------------------------------------- shared values
@dataclass(frozen=True)
class Person:
    """A member as an export sees them: an id and names, nothing else."""

    id: uuid.UUID
    preferred_name: str
    full_name: str = ""


def _person(row: Any) -> Person:
    return Person(row.id if hasattr(row, "id") else row.member_id, row.preferred_name, row.full_name or "")


def _by_name(people: Iterable[Person]) -> list[Person]:
    return sorted(people, key=lambda p: (sort_key(p.preferred_name), p.id))


@dataclass(frozen=True)
class AttendanceEntry:
    person: Person
    status: AttendanceStatus | None   # None: on the sheet, nothing recorded


@dataclass(frozen=True)
class CheckinSummary:
    """The check-in round of one session, in numbers only."""

    instrument: InstrumentDefinition | None
    scored: int = 0
    passes: int = 0
    average: float | None = None
    lowest: int | None = None
    highest: int | None = None
    flags: int = 0
    words: tuple[tuple[str, int], ...] = ()   # (word, how many said it), most said first
    other_instrument: int = 0                 # check-ins made with another instrument (left out)

    @property
    def recorded(self) -> int:
        return self.scored + self.passes


@dataclass(frozen=True)
class HandoutTitle:
    id: uuid.UUID
    title: str
    media_type: str


@dataclass(frozen=True)
class SessionSummaryData:
    group: GroupRecord
    meeting: MeetingRecord
    attendance: tuple[AttendanceEntry, ...]   # by name
    checkins: CheckinSummary
    handouts: tuple[HandoutTitle, ...]
    note: NoteSections | None
    people: tuple[Person, ...]                # everyone ever in the group: to find names in the note

    def count(self, *statuses: AttendanceStatus | None) -> int:
        return sum(1 for entry in self.attendance if entry.status in statuses)

    @property
    def attended(self) -> int:
        return sum(1 for entry in self.attendance if entry.status is not None and entry.status.attended)


@dataclass(frozen=True)
class SignInSheetData:
    group: GroupRecord
    dates: tuple[date, ...]
    members: tuple[Person, ...]   # by name
    start_time: time | None
    venue: str
    joined: dict[uuid.UUID, date] = field(default_factory=dict)   # when each joined (tells namesakes apart)


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
class MonthLine:
    month: date   # the first of the month
    held: int
    attendance: float | None   # average people in the room per held session (members + visitors)
    checkins: int
    passes: int
    average: float | None      # average total with the charted instrument


@dataclass(frozen=True)
class MemberLine:
    person: Person
    attended: int
    joined_on: date
    left_on: date | None


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
    members: tuple[MemberLine, ...]           # empty unless names were asked for

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


@dataclass(frozen=True)
class PackHandout:
    id: uuid.UUID
    title: str
    description: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class HandoutPackData:
    group: GroupRecord
    meeting: MeetingRecord
    handouts: tuple[PackHandout, ...]   # in the order asked for


# --------------------------------------------------------------------------- the service
class ReportService(Service):
    """Read-only use cases behind the exports: one read transaction per document."""

    # ---- session summary
    def session_summary(self, meeting_id: uuid.UUID, include_notes: bool = False) -> SessionSummaryData:
        with self._store.read() as s:
            meeting = repo.meeting(s, meeting_id)
            if meeting is None:
                raise NotFoundError("That session is no longer in the store; it may have been deleted. "
                                    "Choose another session.")
            group = self._group(s, meeting.group_id)
            entries = [AttendanceEntry(_person(r), r.status) for r in repo.attendance_names(s, meeting)]
            entries.sort(key=lambda e: (sort_key(e.person.preferred_name), e.person.id))
            instruments = self._instruments(s)
            checkins = self._checkin_summary(s, meeting, group, repo.checkins_at(s, meeting_id), instruments)
            handouts = tuple(HandoutTitle(r.id, r.title, r.media_type) for r in repo.handouts_given(s, meeting_id))
            note = None
            people: tuple[Person, ...] = ()
            if include_notes:
                note = repo.note_sections(s, meeting_id)
                people = tuple(_person(r) for r in repo.group_people(s, group.id))
        return SessionSummaryData(group=group, meeting=meeting, attendance=tuple(entries), checkins=checkins,
                                  handouts=handouts, note=note, people=people)

    @staticmethod
    def _checkin_summary(s: Any, meeting: MeetingRecord, group: GroupRecord, rows: Sequence[Any],
                         instruments: dict[uuid.UUID, InstrumentDefinition]) -> CheckinSummary:
        if not rows:
            return CheckinSummary(instrument=instruments.get(group.instrument_id) if group.instrument_id else None)
        # The instrument most used at the session (the group's own, unless it changed that day).
        used = Counter(r.instrument_id for r in rows)
        top = max(used, key=lambda key: (used[key], key == group.instrument_id))
        defn = instruments.get(top)
        mine = [r for r in rows if r.instrument_id == top]
        scored = [r for r in mine if not r.passed and r.total is not None]
        totals = [r.total for r in scored]
        flags = 0
        if defn is not None and defn.flag_rule is not FlagRule.NONE and scored:
            window = defn.flag_window or 4
            previous: dict[uuid.UUID, list[int]] = defaultdict(list)
            if defn.flag_rule is FlagRule.DROP_BELOW_AVERAGE:
                for row in repo.previous_scored_totals(s, [r.member_id for r in scored], top, meeting.date, window):
                    previous[row.member_id].append(row.total)
            flags = sum(1 for r in scored if is_flagged(defn, r.total, previous.get(r.member_id, [])))
        words = Counter(r.word.strip().lower() for r in mine if r.word and r.word.strip())
        return CheckinSummary(
            instrument=defn, scored=len(scored), passes=sum(1 for r in mine if r.passed),
            average=fmean(totals) if totals else None, lowest=min(totals, default=None),
            highest=max(totals, default=None), flags=flags,
            words=tuple(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))),
            other_instrument=len(rows) - len(mine))

    # ---- sign-in sheet
    def sign_in_sheet(self, group_id: uuid.UUID, sessions: int = 1, today: date | None = None) -> SignInSheetData:
        """The group's next ``sessions`` dates (planned sessions, else its pattern) and its members then."""
        if not 1 <= sessions <= MAX_SIGN_IN_SESSIONS:
            raise ValidationError(f"A sign-in sheet has room for 1 to {MAX_SIGN_IN_SESSIONS} sessions.")
        day = today or date.today()
        with self._store.read() as s:
            group = self._group(s, group_id)
            meetings = repo.meetings_between(s, group_id, day, None)
            planned = {m.date for m in meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.HELD)}
            taken = {m.date for m in meetings} | set(group.skipped_dates)
            pattern = group.recurrence.next_dates(day, sessions + len(taken), skipped=taken)
            dates = tuple(sorted(planned | set(pattern))[:sessions])
            first, last = dates[0], dates[-1]
            rows = [r for r in repo.memberships_of_group(s, group_id)
                    if r.joined_on <= last and (r.left_on is None or r.left_on > first)]
            upcoming = next((m for m in meetings if m.date == first), None)
        unique = {r.member_id: _person(r) for r in rows}
        joined = {r.member_id: min(x.joined_on for x in rows if x.member_id == r.member_id) for r in rows}
        return SignInSheetData(
            group=group, dates=dates, members=tuple(_by_name(unique.values())),
            start_time=upcoming.start_time if upcoming is not None else group.recurrence.start_time,
            venue=(upcoming.venue if upcoming is not None and upcoming.venue else group.venue), joined=joined)

    # ---- group report
    def group_report(self, group_id: uuid.UUID, start: date, end: date, with_names: bool = False) -> GroupReportData:
        if end < start:
            raise ValidationError(f"The report would end ({long_date(end)}) before it starts ({long_date(start)}). "
                                  "Swap the dates.")
        with self._store.read() as s:
            group = self._group(s, group_id)
            meetings = repo.meetings_between(s, group_id, start, end)
            counts: dict[uuid.UUID, Counter[AttendanceStatus]] = defaultdict(Counter)
            for meeting_id, status, count in repo.attendance_counts(s, [m.id for m in meetings]):
                counts[meeting_id][AttendanceStatus(status)] += count
            checkins = repo.checkins_between(s, group_id, start, end)
            instruments = self._instruments(s)
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
        lines: list[MemberLine] = []
        if with_names:
            in_range = [r for r in memberships if r.joined_on <= end and (r.left_on is None or r.left_on > start)]
            seen: dict[uuid.UUID, MemberLine] = {}
            for r in sorted(in_range, key=lambda r: r.joined_on):
                seen.setdefault(r.member_id, MemberLine(_person(r), attended_by.get(r.member_id, 0), r.joined_on,
                                                        r.left_on))
            lines = sorted(seen.values(), key=lambda line: (sort_key(line.person.preferred_name), line.person.id))
        return GroupReportData(
            group=group, start=start, end=end, sessions=tuple(sessions), months=tuple(months), instrument=defn,
            other_instrument_checkins=sum(n for key, n in used.items() if key != top),
            members_at_start=len(active_start), members_at_end=len(active_end), new_members=len(new),
            members_left=len(left), members=tuple(lines))

    # ---- member record
    def find_members(self, name: str, group_name: str | None = None, joined_on: date | None = None
                     ) -> list[MemberCandidate]:
        """Members called ``name`` (preferred or full name, ignoring case), optionally only those in a
        group and/or who joined it on a date. Only names, group names and joining dates are read."""
        with self._store.read() as s:
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

    def member_record(self, member_id: uuid.UUID) -> MemberRecordData:
        with self._store.read() as s:
            found = repo.member(s, member_id)
            if found is None:
                raise NotFoundError("That member is no longer in the store; they may have been deleted.")
            member = found
            instruments = self._instruments(s)
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

    # ---- handout pack
    def find_handouts(self, titles: Sequence[str]) -> list[uuid.UUID]:
        """The handouts with these titles (ignoring case), in the order given."""
        with self._store.read() as s:
            rows = repo.handout_titles(s)
        out = []
        for title in titles:
            matches = [r for r in rows if same_name(r.title, title)]
            if not matches:
                raise NotFoundError(f"There is no handout called '{title}' in the library. "
                                    "Check the title (the Handouts panel lists them).")
            if len(matches) > 1:
                raise ValidationError(f"{len(matches)} handouts are called '{title}'. Give one of them another "
                                      "title in the Handouts panel, then try again.")
            out.append(matches[0].id)
        return out

    def handout_pack(self, meeting_id: uuid.UUID, handout_ids: Sequence[uuid.UUID] | None = None) -> HandoutPackData:
        """The session, its group, and the handouts (with their files) in order: those given at the
        session when ``handout_ids`` is None."""
        with self._store.read() as s:
            meeting = repo.meeting(s, meeting_id)
            if meeting is None:
                raise NotFoundError("That session is no longer in the store; it may have been deleted. "
                                    "Choose another session.")
            group = self._group(s, meeting.group_id)
            ids = list(handout_ids) if handout_ids is not None else [r.id for r in repo.handouts_given(s, meeting_id)]
            rows = {r.id: r for r in repo.handouts_with_content(s, ids)}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise NotFoundError(f"{len(missing)} of the chosen handouts are no longer in the library. "
                                "Refresh the list and choose again.")
        handouts = tuple(PackHandout(i, rows[i].title, rows[i].description or "", rows[i].media_type,
                                     rows[i].content) for i in dict.fromkeys(ids))
        return HandoutPackData(group=group, meeting=meeting, handouts=handouts)

    # ---- CSV
    def attendance_rows(self, group_id: uuid.UUID) -> tuple[GroupRecord, list[Any], list[MeetingRecord]]:
        with self._store.read() as s:
            group = self._group(s, group_id)
            rows = repo.attendance_rows(s, group_id)
            meetings = repo.meetings(s, group_id)
        return group, rows, meetings

    def checkin_rows(self, group_id: uuid.UUID) -> tuple[GroupRecord, list[Any], dict[uuid.UUID,
                                                                                       InstrumentDefinition]]:
        with self._store.read() as s:
            group = self._group(s, group_id)
            rows = repo.checkin_rows(s, group_id)
            instruments = self._instruments(s)
        return group, rows, instruments

    def member_rows(self, group_id: uuid.UUID) -> tuple[GroupRecord, list[MemberLine]]:
        """Everyone ever in the group, with how many of its held sessions they attended."""
        with self._store.read() as s:
            group = self._group(s, group_id)
            memberships = repo.memberships_of_group(s, group_id)
            held = [m.id for m in repo.meetings_between(s, group_id, None, None) if m.status is MeetingStatus.HELD]
            attended = repo.attended_counts_by_member(s, held)
        lines = [MemberLine(_person(r), attended.get(r.member_id, 0), r.joined_on, r.left_on) for r in memberships]
        return group, sorted(lines, key=lambda line: (sort_key(line.person.preferred_name), line.joined_on))

    # ---- helpers
    @staticmethod
    def _group(s: Any, group_id: uuid.UUID) -> GroupRecord:
        group = repo.group(s, group_id)
        if group is None:
            raise NotFoundError("That group is no longer in the store; it may have been deleted.")
        return group

    @staticmethod
    def _instruments(s: Any) -> dict[uuid.UUID, InstrumentDefinition]:
        return repo.instrument_definitions(s)


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


def reports_for(services: Any) -> ReportService:
    """The container's ReportService, or one made on the spot from its store and change feed."""
    existing = getattr(services, "reports", None)
    if isinstance(existing, ReportService):
        return existing
    return ReportService(services.store, services.changes)


__all__ = [
    "AttendanceEntry", "CheckinSummary", "GroupReportData", "HandoutPackData", "HandoutTitle", "MemberAttendance",
    "MemberCandidate", "MemberCheckin", "MemberLine", "MemberMembership", "MemberRecordData", "MonthLine",
    "PackHandout", "Person", "ReportService", "SessionLine", "SessionSummaryData", "SignInSheetData", "reports_for",
]
