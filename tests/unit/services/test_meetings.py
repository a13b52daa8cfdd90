"""MeetingService on a real store: scheduling from the pattern, status, headcount, finding a session."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

import pytest

from facilitator_app.domain.enums import Cadence, MeetingStatus
from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.recurrence import LAST_WEEK, Recurrence
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.meetings import MAX_SCHEDULE, MeetingDetails
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

JAN_1 = date(2026, 1, 1)


@pytest.fixture
def group(services: Services) -> GroupRecord:
    return services.groups.create_group(weekly_draft())


def dates_of(services: Services, group_id: uuid.UUID) -> list[date]:
    return [m.date for m in services.meetings.list_meetings(group_id)]


# --- schedule_next ------------------------------------------------------------------------

def test_schedule_next_creates_planned_sessions_from_the_pattern(services: Services, group: GroupRecord,
                                                                 changes: list[Change]) -> None:
    changes.clear()
    meetings = services.meetings.schedule_next(group.id, 4, start=JAN_1)
    assert [m.date for m in meetings] == [date(2026, 1, 6), date(2026, 1, 13), date(2026, 1, 20),
                                          date(2026, 1, 27)]
    for m in meetings:
        assert m.status is MeetingStatus.PLANNED
        assert (m.start_time, m.end_time) == (time(18, 30), time(20, 0))
        assert m.venue == "Community Hall, Room 2"
        assert m.visitor_count == 0
        assert m.group_id == group.id
    assert services.meetings.list_meetings(group.id) == meetings
    assert changes == [Change(Entity.MEETING, Action.ADDED, frozenset(m.id for m in meetings), group_id=group.id)]


def test_schedule_next_leaves_out_skipped_dates(services: Services) -> None:
    group = services.groups.create_group(weekly_draft(skipped_dates=(date(2026, 1, 13), date(2026, 1, 27))))
    meetings = services.meetings.schedule_next(group.id, 3, start=JAN_1)
    assert [m.date for m in meetings] == [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]


def test_schedule_next_from_a_date_before_the_group_began_fills_in_history(services: Services,
                                                                          group: GroupRecord) -> None:
    # Issue 9: the group was set up starting 6 January 2026, but it met before the app was used.
    meetings = services.meetings.schedule_next(group.id, 3, start=date(2025, 12, 1))
    assert [m.date for m in meetings] == [date(2025, 12, 2), date(2025, 12, 9), date(2025, 12, 16)]
    assert services.groups.get_group(group.id).recurrence.anchor == date(2026, 1, 6)   # the group is unchanged


def test_schedule_next_without_a_start_begins_at_the_groups_first_date(services: Services) -> None:
    later = date.today().replace(day=1) + timedelta(days=62)
    group = services.groups.create_group(weekly_draft(
        recurrence=Recurrence(Cadence.WEEKLY, weekday=later.weekday(), anchor=later)))
    assert [m.date for m in services.meetings.schedule_next(group.id, 2)] == [later, later + timedelta(days=7)]


def test_schedule_next_does_not_double_book(services: Services, group: GroupRecord) -> None:
    extra = services.meetings.create_meeting(group.id, date(2026, 1, 13))
    first = services.meetings.schedule_next(group.id, 3, start=JAN_1)
    assert date(2026, 1, 13) not in [m.date for m in first]
    again = services.meetings.schedule_next(group.id, 2, start=JAN_1)
    all_dates = dates_of(services, group.id)
    assert len(all_dates) == len(set(all_dates)) == 1 + 3 + 2
    assert not {m.date for m in again} & {m.date for m in first}
    assert extra.id in {m.id for m in services.meetings.list_meetings(group.id)}
    assert raw(services.store.path, "SELECT COUNT(*), COUNT(DISTINCT date) FROM meetings") == [(6, 6)]


def test_schedule_next_with_a_cancelled_session_does_not_add_another(services: Services,
                                                                     group: GroupRecord) -> None:
    [first] = services.meetings.schedule_next(group.id, 1, start=JAN_1)
    services.meetings.set_status(first.id, MeetingStatus.CANCELLED)
    services.meetings.schedule_next(group.id, 1, start=JAN_1)
    assert dates_of(services, group.id) == [date(2026, 1, 6), date(2026, 1, 13)]


def test_schedule_next_monthly_group(services: Services) -> None:
    rec = Recurrence(Cadence.MONTHLY, weekday=4, anchor=date(2026, 11, 1), week_of_month=LAST_WEEK)
    group = services.groups.create_group(weekly_draft("Last Friday", recurrence=rec))
    meetings = services.meetings.schedule_next(group.id, 3, start=date(2026, 11, 1))
    assert [m.date for m in meetings] == [date(2026, 11, 27), date(2026, 12, 25), date(2027, 1, 29)]


@pytest.mark.parametrize("count", [0, -1, MAX_SCHEDULE + 1, 1000])
def test_schedule_count_out_of_range_refused(services: Services, store: Store, group: GroupRecord,
                                             changes: list[Change], count: int) -> None:
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="between 1 and 104"):
        services.meetings.schedule_next(group.id, count, start=JAN_1)
    assert snapshot(store.path) == before
    assert changes == []


@pytest.mark.parametrize("count", [1, MAX_SCHEDULE])
def test_schedule_count_bounds_accepted(services: Services, group: GroupRecord, count: int) -> None:
    assert len(services.meetings.schedule_next(group.id, count, start=JAN_1)) == count
    assert MAX_SCHEDULE == 104


def test_schedule_for_a_deleted_group_refused(services: Services, group: GroupRecord,
                                              changes: list[Change]) -> None:
    services.groups.delete_group(group.id)
    changes.clear()
    with pytest.raises(NotFoundError):
        services.meetings.schedule_next(group.id, 2, start=JAN_1)
    assert changes == []


# --- create / details / delete --------------------------------------------------------------

def test_create_meeting_with_details(services: Services, group: GroupRecord, changes: list[Change]) -> None:
    changes.clear()
    details = MeetingDetails(topic="Sleep and worry", venue="Library", co_facilitators="Aiyana",
                             start_time=time(17, 0), end_time=time(18, 15))
    meeting = services.meetings.create_meeting(group.id, date(2026, 1, 8), details)
    assert (meeting.date, meeting.topic, meeting.venue, meeting.co_facilitators) == (
        date(2026, 1, 8), "Sleep and worry", "Library", "Aiyana")
    assert (meeting.start_time, meeting.end_time) == (time(17, 0), time(18, 15))
    assert services.meetings.get_meeting(meeting.id) == meeting
    assert changes == [Change(Entity.MEETING, Action.ADDED, frozenset({meeting.id}), group_id=group.id)]


def test_create_meeting_without_times_uses_the_groups(services: Services, group: GroupRecord) -> None:
    meeting = services.meetings.create_meeting(group.id, date(2026, 1, 8), MeetingDetails(topic="Coping"))
    assert (meeting.start_time, meeting.end_time, meeting.venue) == (time(18, 30), time(20, 0),
                                                                    "Community Hall, Room 2")


def test_create_meeting_ending_before_it_starts_refused(services: Services, store: Store, group: GroupRecord,
                                                        changes: list[Change]) -> None:
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="end after it starts"):
        services.meetings.create_meeting(group.id, date(2026, 1, 8),
                                         MeetingDetails(start_time=time(19, 0), end_time=time(18, 0)))
    assert snapshot(store.path) == before
    assert changes == []


def test_update_details(services: Services, group: GroupRecord, changes: list[Change]) -> None:
    [meeting] = services.meetings.schedule_next(group.id, 1, start=JAN_1)
    changes.clear()
    updated = services.meetings.update_details(meeting.id, MeetingDetails(
        topic="Treatment options", start_time=time(18, 0), end_time=time(19, 30)))
    assert (updated.topic, updated.start_time, updated.end_time) == ("Treatment options", time(18, 0), time(19, 30))
    assert updated.venue == "Community Hall, Room 2"
    assert services.meetings.get_meeting(meeting.id) == updated
    assert changes == [Change(Entity.MEETING, Action.UPDATED, frozenset({meeting.id}), group_id=group.id,
                              meeting_id=meeting.id)]


def test_delete_meeting_leaves_a_tombstone(services: Services, store: Store, group: GroupRecord,
                                           changes: list[Change]) -> None:
    first, second = services.meetings.schedule_next(group.id, 2, start=JAN_1)
    changes.clear()
    services.meetings.delete_meeting(first.id)
    assert services.meetings.list_meetings(group.id) == [second]
    with pytest.raises(NotFoundError):
        services.meetings.get_meeting(first.id)
    [(deleted_at,)] = raw(store.path, "SELECT deleted_at FROM meetings WHERE id = ?", first.id.hex)
    assert deleted_at is not None
    assert changes == [Change(Entity.MEETING, Action.DELETED, frozenset({first.id}), group_id=group.id,
                              meeting_id=first.id)]


def test_list_meetings_between_dates_inclusive(services: Services, group: GroupRecord) -> None:
    services.meetings.schedule_next(group.id, 5, start=JAN_1)
    between = services.meetings.list_meetings(group.id, start=date(2026, 1, 13), end=date(2026, 1, 27))
    assert [m.date for m in between] == [date(2026, 1, 13), date(2026, 1, 20), date(2026, 1, 27)]


def test_list_meetings_only_the_groups_own(services: Services, group: GroupRecord) -> None:
    other = services.groups.create_group(weekly_draft("Søren's Group"))
    services.meetings.schedule_next(group.id, 2, start=JAN_1)
    services.meetings.schedule_next(other.id, 3, start=JAN_1)
    assert len(services.meetings.list_meetings(group.id)) == 2
    assert len(services.meetings.list_meetings(other.id)) == 3


# --- status -------------------------------------------------------------------------------

@pytest.mark.parametrize("status", [MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET, MeetingStatus.HELD])
def test_set_status_keeps_the_session_in_the_list(services: Services, group: GroupRecord,
                                                  changes: list[Change], status: MeetingStatus) -> None:
    first, second = services.meetings.schedule_next(group.id, 2, start=JAN_1)
    changes.clear()
    updated = services.meetings.set_status(first.id, status)
    assert updated.status is status
    listed = services.meetings.list_meetings(group.id)
    assert [m.id for m in listed] == [first.id, second.id]
    assert listed[0].status is status
    assert changes == [Change(Entity.MEETING, Action.UPDATED, frozenset({first.id}), group_id=group.id,
                              meeting_id=first.id)]


def test_set_status_accepts_the_stored_word(services: Services, group: GroupRecord) -> None:
    [meeting] = services.meetings.schedule_next(group.id, 1, start=JAN_1)
    assert services.meetings.set_status(meeting.id, "did_not_meet").status is MeetingStatus.DID_NOT_MEET  # type: ignore[arg-type]


def test_set_status_unknown_word_refused_and_nothing_written(services: Services, store: Store,
                                                             group: GroupRecord, changes: list[Change]) -> None:
    [meeting] = services.meetings.schedule_next(group.id, 1, start=JAN_1)
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValueError):
        services.meetings.set_status(meeting.id, "postponed")  # type: ignore[arg-type]
    assert snapshot(store.path) == before
    assert changes == []


# --- visitors -----------------------------------------------------------------------------

@pytest.mark.parametrize("count", [0, 7, 500])
def test_visitor_count_accepted(services: Services, group: GroupRecord, changes: list[Change], count: int) -> None:
    [meeting] = services.meetings.schedule_next(group.id, 1, start=JAN_1)
    changes.clear()
    assert services.meetings.set_visitor_count(meeting.id, count).visitor_count == count
    assert services.meetings.get_meeting(meeting.id).visitor_count == count
    assert changes == [Change(Entity.MEETING, Action.UPDATED, frozenset({meeting.id}), group_id=group.id,
                              meeting_id=meeting.id)]


@pytest.mark.parametrize("count", [-1, 501])
def test_visitor_count_out_of_range_refused(services: Services, store: Store, group: GroupRecord,
                                            changes: list[Change], count: int) -> None:
    [meeting] = services.meetings.schedule_next(group.id, 1, start=JAN_1)
    services.meetings.set_visitor_count(meeting.id, 3)
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="between 0 and 500"):
        services.meetings.set_visitor_count(meeting.id, count)
    assert snapshot(store.path) == before
    assert services.meetings.get_meeting(meeting.id).visitor_count == 3
    assert changes == []


# --- find_meeting -------------------------------------------------------------------------

def test_find_meeting_latest_held(services: Services, group: GroupRecord) -> None:
    a, b, c, d = services.meetings.schedule_next(group.id, 4, start=JAN_1)
    services.meetings.set_status(a.id, MeetingStatus.HELD)
    services.meetings.set_status(b.id, MeetingStatus.HELD)
    services.meetings.set_status(c.id, MeetingStatus.CANCELLED)
    assert services.meetings.find_meeting(group.id, None).id == b.id


def test_find_meeting_without_held_sessions_gives_the_latest(services: Services, group: GroupRecord) -> None:
    meetings = services.meetings.schedule_next(group.id, 3, start=JAN_1)
    assert services.meetings.find_meeting(group.id, None).id == meetings[-1].id


def test_find_meeting_by_date(services: Services, group: GroupRecord) -> None:
    meetings = services.meetings.schedule_next(group.id, 3, start=JAN_1)
    assert services.meetings.find_meeting(group.id, date(2026, 1, 13)).id == meetings[1].id
    with pytest.raises(NotFoundError, match="14 January 2026"):
        services.meetings.find_meeting(group.id, date(2026, 1, 14))


def test_find_meeting_with_no_sessions(services: Services, group: GroupRecord) -> None:
    with pytest.raises(NotFoundError, match="no sessions yet"):
        services.meetings.find_meeting(group.id, None)
