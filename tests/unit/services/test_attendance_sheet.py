"""The attendance sheet, walk-ins, undo's restore, the roster and the "not seen lately" list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.errors import ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@pytest.fixture
def world(services: Services):  # type: ignore[no-untyped-def]
    group = services.groups.create_group(weekly_draft())
    people = {name: services.members.add_member(MemberDraft(name), group.id, date(2026, 1, 1))
              for name in ("Zoë", "Łukasz", "Søren", "Aiyana")}
    meetings = services.meetings.schedule_next(group.id, 5, date(2026, 1, 6))
    return group, people, meetings


def test_sheet_lists_members_of_that_day_sorted_with_statuses(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    group, people, meetings = world
    services.attendance.set_status(meetings[0].id, people["Søren"].id, E)
    services.members.leave_group(people["Aiyana"].id, group.id, date(2026, 1, 10))
    first = services.attendance.sheet(meetings[0].id)
    assert [line.member.preferred_name for line in first] == ["Aiyana", "Łukasz", "Søren", "Zoë"]
    assert [line.status for line in first] == [None, None, E, None]
    # After she left, Aiyana is only on sheets where she was recorded.
    assert [line.member.preferred_name for line in services.attendance.sheet(meetings[1].id)] == \
        ["Łukasz", "Søren", "Zoë"]
    services.attendance.set_status(meetings[0].id, people["Aiyana"].id, P)
    assert "Aiyana" in [line.member.preferred_name for line in services.attendance.sheet(meetings[0].id)]


def test_walk_in_joins_the_group_and_is_present_in_one_transaction(
        services: Services, world, changes: list[Change]) -> None:  # type: ignore[no-untyped-def]
    group, _people, meetings = world
    changes.clear()
    walk_in = services.attendance.add_walk_in(meetings[2].id, "  Nguyễn Văn An ")
    assert walk_in.created and walk_in.status_before is None
    line = walk_in.line
    assert line.member.preferred_name == "Nguyễn Văn An" and line.status is P
    roster = services.members.roster(group.id)
    entry = next(e for e in roster if e.member.id == line.member.id)
    assert entry.membership.joined_on == meetings[2].date
    assert services.meetings.get_meeting(meetings[2].id).status is MeetingStatus.HELD
    assert [c.entity for c in changes] == [Entity.MEMBER, Entity.MEMBERSHIP, Entity.ATTENDANCE, Entity.MEETING]
    assert changes[0] == Change(Entity.MEMBER, Action.ADDED, frozenset({line.member.id}), group_id=group.id)


def test_walk_in_refused_leaves_nothing(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    _group, _people, meetings = world
    services.meetings.set_status(meetings[0].id, MeetingStatus.CANCELLED)
    before = snapshot(store.path)
    for meeting_id, name in ((meetings[0].id, "Bea"), (meetings[1].id, "   ")):
        with pytest.raises(ValidationError):
            services.attendance.add_walk_in(meeting_id, name)
    assert snapshot(store.path) == before


def test_restore_puts_statuses_back_in_one_go(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    _group, people, meetings = world
    meeting = meetings[0].id
    services.attendance.set_status(meeting, people["Zoë"].id, P)
    services.attendance.restore(meeting, {people["Zoë"].id: None, people["Søren"].id: A})
    statuses = {line.member.preferred_name: line.status for line in services.attendance.sheet(meeting)}
    assert statuses == {"Aiyana": None, "Łukasz": None, "Søren": A, "Zoë": None}
    # Cleared rows are tombstones, revived (not duplicated) when set again.
    services.attendance.restore(meeting, {people["Zoë"].id: P})
    assert raw(store.path, "SELECT count(*) FROM attendance WHERE meeting_id = ?",
               meeting.hex)[0][0] == 2


def test_roster_counts_held_sessions_only(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    group, people, meetings = world
    for meeting in meetings[:3]:
        services.attendance.set_status(meeting.id, people["Zoë"].id, P)
    services.attendance.set_status(meetings[1].id, people["Łukasz"].id, A)
    services.meetings.set_status(meetings[2].id, MeetingStatus.CANCELLED)
    entries = {e.member.preferred_name: e for e in services.members.roster(group.id)}
    assert (entries["Zoë"].sessions_attended, entries["Zoë"].sessions_recorded) == (2, 2)
    assert entries["Zoë"].last_attended == meetings[1].date and entries["Zoë"].rate == 1.0
    assert (entries["Łukasz"].sessions_attended, entries["Łukasz"].rate) == (0, 0.0)
    assert entries["Søren"].rate is None and entries["Søren"].last_attended is None


def test_follow_ups_list_who_missed_the_last_sessions(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    group, people, meetings = world
    for meeting in meetings[:4]:
        services.attendance.set_status(meeting.id, people["Søren"].id, P)
    services.attendance.set_status(meetings[0].id, people["Zoë"].id, P)
    services.attendance.set_status(meetings[3].id, people["Łukasz"].id, E)  # excused still missed
    late_joiner = services.members.add_member(MemberDraft("Bea"), group.id, meetings[3].date)
    after = meetings[3].date
    missed = services.attendance.follow_ups(group.id, sessions=3, today=after)
    assert [e.member.preferred_name for e in missed] == ["Aiyana", "Łukasz", "Zoë"]
    assert next(e for e in missed if e.member.preferred_name == "Zoë").last_attended == meetings[0].date
    assert late_joiner.id not in {e.member.id for e in missed}
    assert services.attendance.follow_ups(group.id, sessions=5, today=after) == []  # only 4 held so far
    with pytest.raises(ValidationError):
        services.attendance.follow_ups(group.id, sessions=0)


def test_walk_in_with_a_members_name_marks_that_member(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    _group, people, meetings = world
    services.attendance.set_status(meetings[1].id, people["Zoë"].id, E)
    walk_in = services.attendance.add_walk_in(meetings[1].id, "ZOË")
    assert not walk_in.created and walk_in.status_before is E
    assert walk_in.line.member.id == people["Zoë"].id
    assert raw(store.path, "SELECT count(*) FROM members WHERE deleted_at IS NULL")[0][0] == 4


def test_undo_walk_in_removes_the_new_member_but_keeps_others(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    group, _people, meetings = world
    walk_in = services.attendance.add_walk_in(meetings[1].id, "Kai")
    services.attendance.undo_walk_in(meetings[1].id, walk_in.line.member.id)
    assert "Kai" not in [e.member.preferred_name for e in services.members.roster(group.id, include_former=True)]
    assert raw(store.path, "SELECT deleted_at IS NOT NULL FROM members WHERE preferred_name = 'Kai'") == [(1,)]
    # Someone with history elsewhere keeps their record.
    again = services.attendance.add_walk_in(meetings[1].id, "Kai")
    services.attendance.set_status(meetings[2].id, again.line.member.id, P)
    services.attendance.undo_walk_in(meetings[1].id, again.line.member.id)
    assert raw(store.path, "SELECT count(*) FROM members WHERE preferred_name = 'Kai' AND deleted_at IS NULL") \
        == [(1,)]


def test_a_future_session_is_not_marked_held(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    group, people, _meetings = world
    future = services.meetings.create_meeting(group.id, date.today() + timedelta(days=7))
    services.attendance.set_status(future.id, people["Zoë"].id, P)
    assert services.meetings.get_meeting(future.id).status is MeetingStatus.PLANNED


def test_restore_sets_the_session_status_back_and_guards_cancelled_sessions(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    _group, people, meetings = world
    meeting = meetings[0].id
    services.attendance.set_status(meeting, people["Zoë"].id, P)
    assert services.meetings.get_meeting(meeting).status is MeetingStatus.HELD
    services.attendance.restore(meeting, {people["Zoë"].id: None}, meeting_status=MeetingStatus.PLANNED)
    assert services.meetings.get_meeting(meeting).status is MeetingStatus.PLANNED
    services.meetings.set_status(meeting, MeetingStatus.CANCELLED)
    with pytest.raises(ValidationError):
        services.attendance.restore(meeting, {people["Zoë"].id: P})
    services.attendance.restore(meeting, {people["Zoë"].id: None})  # clearing is always allowed


def test_enough_history(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    group, people, meetings = world
    assert not services.attendance.enough_history(group.id, 3)
    for meeting in meetings[:3]:
        services.attendance.set_status(meeting.id, people["Zoë"].id, P)
    assert services.attendance.enough_history(group.id, 3)


def test_roster_lists_members_who_join_later(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    group, _people, _meetings = world
    services.members.add_member(MemberDraft("Bea"), group.id, date.today() + timedelta(days=10))
    assert "Bea" in [e.member.preferred_name for e in services.members.roster(group.id)]
