"""AttendanceService on a real store: ticking names, "everyone present", and per-member summaries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.records import MeetingRecord, MemberRecord
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

P, L, LE, EX, AB = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY,
                    AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT)


@dataclass(frozen=True)
class World:
    group_id: uuid.UUID
    meetings: list[MeetingRecord]
    zoe: MemberRecord
    lukasz: MemberRecord
    soren: MemberRecord


@pytest.fixture
def world(services: Services, changes: list[Change]) -> World:
    """A weekly group with three members since 1 January 2026 and four planned sessions in January."""
    group = services.groups.create_group(weekly_draft())
    members = [services.members.add_member(MemberDraft(n), group_id=group.id, joined_on=date(2026, 1, 1))
               for n in ("Zoë", "Łukasz", "Søren")]
    meetings = services.meetings.schedule_next(group.id, 4, start=date(2026, 1, 1))
    changes.clear()
    return World(group.id, meetings, *members)


def statuses(services: Services, meeting_id: uuid.UUID) -> dict[uuid.UUID, AttendanceStatus]:
    return {a.member_id: a.status for a in services.attendance.list_for_meeting(meeting_id)}


# --- set / overwrite / clear --------------------------------------------------------------

def test_set_status_records_and_marks_a_planned_session_held(services: Services, world: World,
                                                             changes: list[Change]) -> None:
    meeting = world.meetings[0]
    record = services.attendance.set_status(meeting.id, world.zoe.id, P, comment=" arrived with a friend ")
    assert (record.meeting_id, record.member_id, record.status, record.comment) == (
        meeting.id, world.zoe.id, P, "arrived with a friend")
    assert services.attendance.list_for_meeting(meeting.id) == [record]
    assert services.meetings.get_meeting(meeting.id).status is MeetingStatus.HELD
    assert changes == [
        Change(Entity.ATTENDANCE, Action.UPDATED, frozenset({record.id}), group_id=world.group_id,
               meeting_id=meeting.id),
        Change(Entity.MEETING, Action.UPDATED, frozenset({meeting.id}), group_id=world.group_id,
               meeting_id=meeting.id),
    ]


@pytest.mark.parametrize("status", [L, LE])
def test_late_and_left_early_also_mark_held(services: Services, world: World, status: AttendanceStatus) -> None:
    services.attendance.set_status(world.meetings[0].id, world.zoe.id, status)
    assert services.meetings.get_meeting(world.meetings[0].id).status is MeetingStatus.HELD


@pytest.mark.parametrize("status", [EX, AB])
def test_excused_or_absent_leave_the_session_planned(services: Services, world: World, changes: list[Change],
                                                     status: AttendanceStatus) -> None:
    meeting = world.meetings[0]
    record = services.attendance.set_status(meeting.id, world.zoe.id, status)
    assert services.meetings.get_meeting(meeting.id).status is MeetingStatus.PLANNED
    assert changes == [Change(Entity.ATTENDANCE, Action.UPDATED, frozenset({record.id}), group_id=world.group_id,
                              meeting_id=meeting.id)]


def test_overwrite_keeps_one_row(services: Services, store: Store, world: World, changes: list[Change]) -> None:
    meeting = world.meetings[0]
    first = services.attendance.set_status(meeting.id, world.zoe.id, P, comment="on time")
    changes.clear()
    second = services.attendance.set_status(meeting.id, world.zoe.id, L)
    assert second.id == first.id
    assert second.status is L
    assert second.comment == "on time"  # no comment given: the old one stays
    assert services.attendance.list_for_meeting(meeting.id) == [second]
    assert raw(store.path, "SELECT COUNT(*) FROM attendance") == [(1,)]
    # Already held: only the attendance change.
    assert changes == [Change(Entity.ATTENDANCE, Action.UPDATED, frozenset({first.id}), group_id=world.group_id,
                              meeting_id=meeting.id)]


def test_clear_then_set_again_revives_the_same_row(services: Services, store: Store, world: World,
                                                   changes: list[Change]) -> None:
    meeting = world.meetings[0]
    first = services.attendance.set_status(meeting.id, world.lukasz.id, P)
    changes.clear()

    services.attendance.clear_status(meeting.id, world.lukasz.id)
    assert services.attendance.list_for_meeting(meeting.id) == []
    assert changes == [Change(Entity.ATTENDANCE, Action.DELETED, frozenset({first.id}), group_id=world.group_id,
                              meeting_id=meeting.id)]
    [(deleted_at,)] = raw(store.path, "SELECT deleted_at FROM attendance WHERE id = ?", first.id.hex)
    assert deleted_at is not None

    again = services.attendance.set_status(meeting.id, world.lukasz.id, EX)
    assert again.id == first.id
    assert statuses(services, meeting.id) == {world.lukasz.id: EX}
    assert raw(store.path, "SELECT COUNT(*), COUNT(deleted_at) FROM attendance") == [(1, 0)]


def test_clear_without_a_status_does_nothing(services: Services, store: Store, world: World,
                                             changes: list[Change]) -> None:
    meeting = world.meetings[0]
    before = snapshot(store.path)
    services.attendance.clear_status(meeting.id, world.soren.id)
    assert snapshot(store.path) == before
    assert changes == []


def test_clearing_twice_changes_nothing_the_second_time(services: Services, store: Store, world: World,
                                                        changes: list[Change]) -> None:
    meeting = world.meetings[0]
    services.attendance.set_status(meeting.id, world.soren.id, AB)
    services.attendance.clear_status(meeting.id, world.soren.id)
    changes.clear()
    before = snapshot(store.path)
    services.attendance.clear_status(meeting.id, world.soren.id)
    assert snapshot(store.path) == before
    assert changes == []


def test_statuses_accept_the_stored_word(services: Services, world: World) -> None:
    record = services.attendance.set_status(world.meetings[0].id, world.zoe.id, "left_early")  # type: ignore[arg-type]
    assert record.status is LE


def test_overlong_comment_refused_and_nothing_written(services: Services, store: Store, world: World,
                                                      changes: list[Change]) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="comment"):
        services.attendance.set_status(world.meetings[0].id, world.zoe.id, P, comment="x" * 501)
    assert snapshot(store.path) == before
    assert changes == []
    assert services.meetings.get_meeting(world.meetings[0].id).status is MeetingStatus.PLANNED


@pytest.mark.parametrize("status", [MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET])
def test_cancelled_or_did_not_meet_refuses_attendance(services: Services, store: Store, world: World,
                                                      changes: list[Change], status: MeetingStatus) -> None:
    meeting = world.meetings[0]
    services.meetings.set_status(meeting.id, status)
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="nothing is recorded"):
        services.attendance.set_status(meeting.id, world.zoe.id, P)
    with pytest.raises(ValidationError, match="nothing is recorded"):
        services.attendance.mark_everyone_present(meeting.id)
    assert snapshot(store.path) == before
    assert changes == []
    assert services.meetings.get_meeting(meeting.id).status is status


def test_deleted_member_refused(services: Services, store: Store, world: World, changes: list[Change]) -> None:
    services.members.delete_member(world.soren.id)
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(NotFoundError, match="member"):
        services.attendance.set_status(world.meetings[0].id, world.soren.id, P)
    assert snapshot(store.path) == before
    assert changes == []


# --- everyone present ---------------------------------------------------------------------

def test_mark_everyone_present_keeps_existing_statuses(services: Services, world: World,
                                                       changes: list[Change]) -> None:
    meeting = world.meetings[0]
    excused = services.attendance.set_status(meeting.id, world.zoe.id, EX)
    changes.clear()

    added = services.attendance.mark_everyone_present(meeting.id)

    assert {r.member_id for r in added} == {world.lukasz.id, world.soren.id}
    assert all(r.status is P for r in added)
    assert statuses(services, meeting.id) == {world.zoe.id: EX, world.lukasz.id: P, world.soren.id: P}
    kept = [a for a in services.attendance.list_for_meeting(meeting.id) if a.member_id == world.zoe.id]
    assert kept == [excused]
    assert services.meetings.get_meeting(meeting.id).status is MeetingStatus.HELD
    assert changes == [
        Change(Entity.ATTENDANCE, Action.UPDATED, frozenset(r.id for r in added), group_id=world.group_id,
               meeting_id=meeting.id),
        Change(Entity.MEETING, Action.UPDATED, frozenset({meeting.id}), group_id=world.group_id,
               meeting_id=meeting.id),
    ]


def test_mark_everyone_present_only_members_active_on_the_meeting_date(services: Services, world: World) -> None:
    meeting = world.meetings[1]  # 13 January 2026
    services.members.leave_group(world.soren.id, world.group_id, left_on=date(2026, 1, 13))
    late_joiner = services.members.add_member(MemberDraft("Nguyễn Văn An"), group_id=world.group_id,
                                              joined_on=date(2026, 1, 14))
    on_the_day = services.members.add_member(MemberDraft("Aiyana"), group_id=world.group_id,
                                             joined_on=date(2026, 1, 13))
    services.members.add_member(MemberDraft("Mika"))  # in no group at all

    services.attendance.mark_everyone_present(meeting.id)

    assert set(statuses(services, meeting.id)) == {world.zoe.id, world.lukasz.id, on_the_day.id}
    assert late_joiner.id not in statuses(services, meeting.id)


def test_mark_everyone_present_revives_a_cleared_status(services: Services, store: Store, world: World) -> None:
    meeting = world.meetings[0]
    services.attendance.set_status(meeting.id, world.zoe.id, AB)
    services.attendance.clear_status(meeting.id, world.zoe.id)
    services.attendance.mark_everyone_present(meeting.id)
    assert statuses(services, meeting.id)[world.zoe.id] is P
    assert raw(store.path, "SELECT COUNT(*) FROM attendance WHERE member_id = ?", world.zoe.id.hex) == [(1,)]


def test_mark_everyone_present_twice_adds_nothing_more(services: Services, store: Store, world: World) -> None:
    meeting = world.meetings[0]
    services.attendance.mark_everyone_present(meeting.id)
    assert services.attendance.mark_everyone_present(meeting.id) == []
    assert raw(store.path, "SELECT COUNT(*) FROM attendance") == [(3,)]


# --- summaries ----------------------------------------------------------------------------

def test_member_summaries_count_only_held_sessions(services: Services, world: World) -> None:
    m1, m2, m3, m4 = world.meetings  # 6, 13, 20, 27 January 2026
    sa = services.attendance.set_status
    sa(m1.id, world.zoe.id, P)
    sa(m1.id, world.lukasz.id, P)
    sa(m1.id, world.soren.id, EX)
    sa(m2.id, world.zoe.id, L)
    sa(m2.id, world.lukasz.id, EX)
    sa(m3.id, world.zoe.id, LE)
    sa(m3.id, world.lukasz.id, AB)
    # The fourth session is cancelled after ticks were made: it no longer counts.
    sa(m4.id, world.zoe.id, P)
    sa(m4.id, world.soren.id, P)
    services.meetings.set_status(m4.id, MeetingStatus.CANCELLED)

    summaries = {s.member_id: s for s in services.attendance.member_summaries(world.group_id)}

    zoe, lukasz, soren = summaries[world.zoe.id], summaries[world.lukasz.id], summaries[world.soren.id]
    assert (zoe.sessions_attended, zoe.sessions_recorded, zoe.last_attended) == (3, 3, date(2026, 1, 20))
    assert (lukasz.sessions_attended, lukasz.sessions_recorded, lukasz.last_attended) == (1, 3, date(2026, 1, 6))
    assert (soren.sessions_attended, soren.sessions_recorded, soren.last_attended) == (0, 1, None)
    assert zoe.preferred_name == "Zoë"
    assert zoe.rate == 1.0
    assert lukasz.rate == pytest.approx(1 / 3)
    assert soren.rate == 0.0


def test_member_summaries_ignore_planned_sessions_and_cleared_statuses(services: Services, world: World) -> None:
    m1, m2 = world.meetings[:2]
    services.attendance.set_status(m1.id, world.zoe.id, P)           # held
    services.attendance.set_status(m1.id, world.lukasz.id, P)
    services.attendance.clear_status(m1.id, world.lukasz.id)         # cleared: not counted
    services.attendance.set_status(m2.id, world.soren.id, EX)        # m2 stays planned
    summaries = services.attendance.member_summaries(world.group_id)
    assert [(s.member_id, s.sessions_attended, s.sessions_recorded) for s in summaries] == [(world.zoe.id, 1, 1)]


def test_member_summaries_did_not_meet_is_not_counted(services: Services, world: World) -> None:
    m1 = world.meetings[0]
    services.attendance.set_status(m1.id, world.zoe.id, P)
    services.meetings.set_status(m1.id, MeetingStatus.DID_NOT_MEET)
    assert services.attendance.member_summaries(world.group_id) == []


def test_member_summaries_belong_to_the_group(services: Services, world: World) -> None:
    other = services.groups.create_group(weekly_draft("Aiyana's Circle"))
    [elsewhere] = services.meetings.schedule_next(other.id, 1, start=date(2026, 1, 1))
    services.attendance.set_status(elsewhere.id, world.zoe.id, P)
    assert services.attendance.member_summaries(world.group_id) == []
    assert [s.member_id for s in services.attendance.member_summaries(other.id)] == [world.zoe.id]


def test_member_summaries_with_no_attendance(services: Services, world: World) -> None:
    assert services.attendance.member_summaries(world.group_id) == []
