"""What a session summary shows: the session's attendance, check-in round, handouts and note, read in one go."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from facilitator_app.domain.enums import AttendanceStatus, FlagRule
from facilitator_app.domain.instruments import InstrumentDefinition, is_flagged
from facilitator_app.domain.records import GroupRecord, MeetingRecord, NoteSections
from facilitator_app.domain.text import sort_key
from facilitator_app.services.reports import (
    Person,
    ReportService,
    instrument_definitions,
    live_group,
    live_meeting,
    person,
)
from facilitator_app.storage.repos import reports as repo


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

    def count(self, *statuses: AttendanceStatus | None) -> int:
        return sum(1 for entry in self.attendance if entry.status in statuses)

    @property
    def attended(self) -> int:
        return sum(1 for entry in self.attendance if entry.status is not None and entry.status.attended)


def session_summary_data(reports: ReportService, meeting_id: uuid.UUID,
                         include_notes: bool = False) -> SessionSummaryData:
    """The session's attendance by name, check-in round, handouts and (asked for) note."""
    with reports.read() as s:
        meeting = live_meeting(s, meeting_id)
        group = live_group(s, meeting.group_id)
        entries = [AttendanceEntry(person(r), r.status) for r in repo.attendance_names(s, meeting)]
        entries.sort(key=lambda e: (sort_key(e.person.preferred_name), e.person.id))
        instruments = instrument_definitions(s)
        checkins = _checkin_summary(s, meeting, group, repo.checkins_at(s, meeting_id), instruments)
        handouts = tuple(HandoutTitle(r.id, r.title, r.media_type) for r in repo.handouts_given(s, meeting_id))
        note = repo.note_sections(s, meeting_id) if include_notes else None
    return SessionSummaryData(group=group, meeting=meeting, attendance=tuple(entries), checkins=checkins,
                              handouts=handouts, note=note)


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
