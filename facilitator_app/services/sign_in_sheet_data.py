"""What a sign-in sheet shows: the group's next session dates and who is a member then."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import GroupRecord
from facilitator_app.errors import ValidationError
from facilitator_app.services.reports import MAX_SIGN_IN_SESSIONS, Person, ReportService, by_name, live_group, person
from facilitator_app.storage.repos import reports as repo


@dataclass(frozen=True)
class SignInSheetData:
    group: GroupRecord
    dates: tuple[date, ...]
    members: tuple[Person, ...]   # by name
    start_time: time | None
    venue: str


def sign_in_sheet_data(reports: ReportService, group_id: uuid.UUID, sessions: int = 1,
                       today: date | None = None) -> SignInSheetData:
    """The group's next ``sessions`` dates (planned sessions, else its pattern) and its members then."""
    if not 1 <= sessions <= MAX_SIGN_IN_SESSIONS:
        raise ValidationError(f"A sign-in sheet has room for 1 to {MAX_SIGN_IN_SESSIONS} sessions.")
    day = today or date.today()
    with reports.read() as s:
        group = live_group(s, group_id)
        meetings = repo.meetings_between(s, group_id, day, None)
        planned = {m.date for m in meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.HELD)}
        taken = {m.date for m in meetings} | set(group.skipped_dates)
        pattern = group.recurrence.next_dates(day, sessions + len(taken), skipped=taken)
        dates = tuple(sorted(planned | set(pattern))[:sessions])
        first, last = dates[0], dates[-1]
        rows = [r for r in repo.memberships_of_group(s, group_id)
                if r.joined_on <= last and (r.left_on is None or r.left_on > first)]
        upcoming = next((m for m in meetings if m.date == first), None)
    unique = {r.member_id: person(r) for r in rows}
    return SignInSheetData(
        group=group, dates=dates, members=tuple(by_name(unique.values())),
        start_time=upcoming.start_time if upcoming is not None else group.recurrence.start_time,
        venue=(upcoming.venue if upcoming is not None and upcoming.venue else group.venue))
