"""Walk-ins typed into a past session's sheet find the members the group already has (issue 9)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.walk_in import SeveralMatches, Standing
from facilitator_app.errors import NotFoundError
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

P = AttendanceStatus.PRESENT


@pytest.fixture
def world(services: Services):  # type: ignore[no-untyped-def]
    """Members added "today" (1 March 2026), sessions from January on: filling in history."""
    group = services.groups.create_group(weekly_draft())
    today = date(2026, 3, 1)
    people = {n: services.members.add_member(MemberDraft(n, full_name=full), group.id, today)
              for n, full in (("Amy", "Amy Example"), ("Zoë", ""), ("Khai", "Nguyễn Thị Minh Khai"))}
    meetings = services.meetings.schedule_next(group.id, 6, date(2026, 1, 6))
    return group, people, meetings


def live_members(store) -> int:  # type: ignore[no-untyped-def]
    return raw(store.path, "SELECT count(*) FROM members WHERE deleted_at IS NULL")[0][0]


def test_a_member_who_joined_later_is_marked_not_duplicated(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    group, people, meetings = world
    last_month = meetings[1]
    walk_in = services.attendance.add_walk_in(last_month.id, "amy")
    assert not walk_in.created and walk_in.standing is Standing.LATER
    assert walk_in.line.member.id == people["Amy"].id
    assert live_members(store) == 3
    assert {line.member.preferred_name: line.status for line in services.attendance.sheet(last_month.id)} \
        == {"Amy": P}
    # Marking attendance does not rewrite the membership.
    assert [m.joined_on for m in services.members.memberships(people["Amy"].id)] == [date(2026, 3, 1)]
    assert "joined the group after this session" in walk_in.summary()


@pytest.mark.parametrize(("typed", "who"), [("ZOE", "Zoë"), ("Zoe\u0308", "Zoë"), ("nguyen thi minh khai", "Khai"),
                                            ("  amy   example ", "Amy")])
def test_names_match_ignoring_case_accents_and_the_full_name(services: Services, store, world,  # type: ignore[no-untyped-def]
                                                             typed: str, who: str) -> None:
    _group, people, meetings = world
    walk_in = services.attendance.add_walk_in(meetings[0].id, typed)
    assert walk_in.line.member.id == people[who].id and not walk_in.created
    assert live_members(store) == 3


def test_a_former_member_is_marked_present_without_rejoining(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    group, people, meetings = world
    services.members.leave_group(people["Zoë"].id, group.id, date(2026, 3, 20))
    later = services.meetings.schedule_next(group.id, 1, date(2026, 3, 24))[0]
    walk_in = services.attendance.add_walk_in(later.id, "zoë")
    assert walk_in.standing is Standing.FORMER and not walk_in.created
    assert walk_in.summary() == "Marked Zoë present (former member; they have not re-joined the group)."
    spans = services.members.memberships(people["Zoë"].id)
    assert [(m.joined_on, m.left_on) for m in spans] == [(date(2026, 3, 1), date(2026, 3, 20))]
    assert "Zoë" in [line.member.preferred_name for line in services.attendance.sheet(later.id)]
    assert "Zoë" not in [e.member.preferred_name for e in services.members.roster(group.id)]


def test_several_matches_are_offered_never_guessed(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    group, people, meetings = world
    other = services.members.add_member(MemberDraft("amy", full_name="Amy Other"), group.id, date(2026, 1, 1))
    before = snapshot(store.path)
    with pytest.raises(SeveralMatches) as raised:
        services.attendance.add_walk_in(meetings[2].id, "AMY")
    assert snapshot(store.path) == before
    assert "2 members are called “AMY”" in raised.value.message
    assert [c.member.id for c in raised.value.candidates] == [other.id, people["Amy"].id]  # members that day first
    assert [c.member.id for c in services.attendance.walk_in_candidates(meetings[2].id, "amy")] == \
        [other.id, people["Amy"].id]
    chosen = services.attendance.add_walk_in(meetings[2].id, "AMY", member_id=people["Amy"].id)
    assert chosen.line.member.id == people["Amy"].id and not chosen.created
    fresh = services.attendance.add_walk_in(meetings[3].id, "Amy", new_member=True)
    assert fresh.created and live_members(store) == 5
    with pytest.raises(NotFoundError):
        services.attendance.add_walk_in(meetings[2].id, "Zoë", member_id=people["Amy"].id)


def test_a_namesake_in_another_group_is_not_this_groups_member(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    _group, _people, meetings = world
    elsewhere = services.groups.create_group(weekly_draft("Thursday Circle"))
    services.members.add_member(MemberDraft("Bea"), elsewhere.id, date(2026, 1, 1))
    walk_in = services.attendance.add_walk_in(meetings[0].id, "bea")
    assert walk_in.created and live_members(store) == 5


def test_a_known_members_walk_in_is_undone_by_restoring_the_status(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    _group, people, meetings = world
    walk_in = services.attendance.add_walk_in(meetings[1].id, "khai")
    assert walk_in.status_before is None
    services.attendance.restore(meetings[1].id, {people["Khai"].id: walk_in.status_before})
    assert services.attendance.list_for_meeting(meetings[1].id) == []
    assert live_members(store) == 3
    again = services.attendance.add_walk_in(meetings[1].id, "khai")
    assert again.summary() == "Marked Khai present (joined the group after this session; membership unchanged)."
    assert services.attendance.add_walk_in(meetings[1].id, "khai").summary() == "Khai was already marked present."


def test_a_new_walk_in_still_joins_from_that_day(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    group, _people, meetings = world
    walk_in = services.attendance.add_walk_in(meetings[0].id, "Siobhán")
    assert walk_in.created and walk_in.standing is None
    assert walk_in.summary() == "Siobhán joined the group and is marked present."
    entry = next(e for e in services.members.roster(group.id) if e.member.id == walk_in.line.member.id)
    assert entry.membership.joined_on == meetings[0].date
    assert meetings[0].date < date(2026, 3, 1) - timedelta(days=30)
