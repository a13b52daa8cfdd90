"""The check-in round of a session, the gentle follow-up list, and the organisation's own check-ins.

Follow-up rules are checked on hand-made histories for each built-in instrument, at their boundaries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import event

from facilitator_app.domain.enums import AttendanceStatus, FlagRule
from facilitator_app.domain.instruments import MOOD, PHQ2, WHO5, InstrumentItem, Why
from facilitator_app.domain.records import MeetingRecord, MemberRecord
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.checkins import InstrumentDraft, round_instrument_id
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

TODAY = date(2026, 3, 10)
JOINED = date(2026, 1, 1)
NAMES = ("Zoë", "Łukasz", "Søren", "Aiyana", "Nguyễn Văn An")


@dataclass(frozen=True)
class World:
    group_id: uuid.UUID
    meetings: list[MeetingRecord]   # weekly Tuesdays from 6 January 2026
    people: dict[str, MemberRecord]


def make_world(services: Services, instrument_id: uuid.UUID | None = MOOD.id, name: str = "Tuesday Evening",
               names: tuple[str, ...] = NAMES) -> World:
    group = services.groups.create_group(weekly_draft(name, instrument_id=instrument_id))
    people = {n: services.members.add_member(MemberDraft(n), group_id=group.id, joined_on=JOINED) for n in names}
    meetings = services.meetings.schedule_next(group.id, 8, start=JOINED)
    return World(group.id, meetings, people)


@pytest.fixture
def world(services: Services, changes: list[Change]) -> World:
    made = make_world(services)
    changes.clear()
    return made


def history(services: Services, world: World, name: str, values: list[int | list[int] | None],
            instrument_id: uuid.UUID = MOOD.id) -> None:
    """A member's check-ins at consecutive sessions, oldest first; None is a pass."""
    member_id = world.people[name].id
    for meeting, value in zip(world.meetings, values, strict=False):
        if value is None:
            services.checkins.record(meeting.id, member_id, instrument_id, [], passed=True)
        else:
            answers = value if isinstance(value, list) else [value]
            services.checkins.record(meeting.id, member_id, instrument_id, answers)


# --- the round ----------------------------------------------------------------------------------

def test_round_lists_everyone_who_attended_sorted_by_name(services: Services, world: World) -> None:
    meeting = world.meetings[0]
    statuses = {"Zoë": AttendanceStatus.PRESENT, "Łukasz": AttendanceStatus.LATE,
                "Søren": AttendanceStatus.LEFT_EARLY, "Aiyana": AttendanceStatus.ABSENT,
                "Nguyễn Văn An": AttendanceStatus.EXCUSED}
    for name, status in statuses.items():
        services.attendance.set_status(meeting.id, world.people[name].id, status)
    lines = services.checkins.round(meeting.id)
    assert [(line.member.preferred_name, line.attendance, line.checkin) for line in lines] == [
        ("Łukasz", AttendanceStatus.LATE, None),
        ("Søren", AttendanceStatus.LEFT_EARLY, None),
        ("Zoë", AttendanceStatus.PRESENT, None),
    ]


def test_round_of_a_session_nobody_was_marked_at_is_empty(services: Services, world: World) -> None:
    assert services.checkins.round(world.meetings[0].id) == []


def test_round_carries_scores_words_and_passes(services: Services, world: World) -> None:
    meeting = world.meetings[1]
    for name in ("Zoë", "Łukasz", "Aiyana"):
        services.attendance.set_status(meeting.id, world.people[name].id, AttendanceStatus.PRESENT)
    zoe = services.checkins.record(meeting.id, world.people["Zoë"].id, MOOD.id, [7], word="hopeful")
    lukasz = services.checkins.record(meeting.id, world.people["Łukasz"].id, MOOD.id, [], passed=True)
    services.checkins.record(world.meetings[0].id, world.people["Aiyana"].id, MOOD.id, [2])  # another session
    by_name = {line.member.preferred_name: line.checkin for line in services.checkins.round(meeting.id)}
    assert by_name == {"Aiyana": None, "Łukasz": lukasz, "Zoë": zoe}
    assert (lukasz.passed, lukasz.total, lukasz.scores) == (True, None, ())  # a pass, not a zero
    assert (zoe.scores, zoe.total, zoe.word) == ((7,), 7, "hopeful")


def test_a_round_shows_the_instrument_its_check_ins_were_recorded_with(services: Services, world: World) -> None:
    meeting = world.meetings[1]
    for name in ("Zoë", "Łukasz", "Aiyana"):
        services.attendance.set_status(meeting.id, world.people[name].id, AttendanceStatus.PRESENT)
    assert round_instrument_id(services.checkins.round(meeting.id), WHO5.id) == WHO5.id   # none yet: current
    assert round_instrument_id(services.checkins.round(meeting.id), None) is None
    services.checkins.record(meeting.id, world.people["Zoë"].id, MOOD.id, [7])
    assert round_instrument_id(services.checkins.round(meeting.id), WHO5.id) == MOOD.id
    assert round_instrument_id(services.checkins.round(meeting.id), None) == MOOD.id
    services.checkins.record(meeting.id, world.people["Łukasz"].id, WHO5.id, [1, 2, 3, 4, 5])
    lines = services.checkins.round(meeting.id)
    assert round_instrument_id(lines, WHO5.id) == WHO5.id                # a tie: the group's current one
    services.checkins.record(meeting.id, world.people["Aiyana"].id, MOOD.id, [], passed=True)
    assert round_instrument_id(services.checkins.round(meeting.id), WHO5.id) == MOOD.id   # most were Mood


def test_round_keeps_a_check_in_whose_attendance_was_cleared(services: Services, world: World) -> None:
    meeting = world.meetings[0]
    zoe = world.people["Zoë"]
    services.attendance.set_status(meeting.id, zoe.id, AttendanceStatus.PRESENT)
    record = services.checkins.record(meeting.id, zoe.id, MOOD.id, [6])
    services.attendance.clear_status(meeting.id, zoe.id)
    [line] = services.checkins.round(meeting.id)
    assert (line.member.id, line.attendance, line.checkin) == (zoe.id, None, record)


def test_round_of_a_deleted_session_is_refused(services: Services, world: World) -> None:
    services.meetings.delete_meeting(world.meetings[0].id)
    with pytest.raises(NotFoundError, match="session"):
        services.checkins.round(world.meetings[0].id)
    with pytest.raises(NotFoundError):
        services.checkins.round(uuid.uuid4())


def test_clear_forgets_a_check_in_and_says_so(services: Services, store: Store, world: World,
                                              changes: list[Change]) -> None:
    meeting = world.meetings[0]
    zoe = world.people["Zoë"]
    record = services.checkins.record(meeting.id, zoe.id, MOOD.id, [4], word="tired")
    changes.clear()
    assert services.checkins.clear(meeting.id, zoe.id) == record
    assert services.checkins.list_for_meeting(meeting.id) == []
    assert changes == [Change(Entity.CHECKIN, Action.DELETED, frozenset({record.id}), group_id=world.group_id,
                              meeting_id=meeting.id)]
    changes.clear()
    assert services.checkins.clear(meeting.id, zoe.id) is None  # nothing left to clear: nothing published
    assert changes == []
    again = services.checkins.record(meeting.id, zoe.id, MOOD.id, [5])
    assert again.id == record.id  # the tombstoned row comes back: still one row per member and session
    assert raw(store.path, "SELECT COUNT(*) FROM checkins") == [(1,)]


# --- gentle follow-ups: Mood (2 or below; or a drop of 3 or more below the average of the previous 4) --

@pytest.mark.parametrize(("values", "reason"), [
    ([8, 8, 8, 8, 5], "Mood 5 on 3 Feb, 3 below their usual 8"),
    ([6, 6, 6, 6, 3], "Mood 3 on 3 Feb, 3 below their usual 6"),   # a drop of exactly 3
    ([7, 7, 7, 7, 4], "Mood 4 on 3 Feb, 3 below their usual 7"),   # exactly 3 again, from 7
    ([6, 7, 7, 7, 4], None),                               # 6.75 - 4 = 2.75
    ([6, 6, 6, 6, 4], None),                               # a drop of 2
    ([8, 8, 8, 7, 5], None),                               # 7.75 - 5 = 2.75
    ([0, 8, 8, 8, 8, 5], "Mood 5 on 10 Feb, 3 below their usual 8"),   # the old 0 is outside the window
    ([2, 8, 8, 8, None, 5], None),                         # passes do not shrink the window: 6.5 - 5
    ([8, 8, 8, 8, None, None, 5], "Mood 5 on 17 Feb, 3 below their usual 8"),  # ...nor hide a drop
    ([9, 9, 9, 9, None], None),                            # the latest is a pass: never a suggestion
    ([3], None),                                           # no earlier check-ins to compare with
    ([10, 7], "Mood 7 on 13 Jan, 3 below their usual 10"),  # fewer than four earlier ones: those there are
    ([2], "Mood 2 on 6 Jan"),                              # 2 or below: at a first check-in too
    ([0], "Mood 0 on 6 Jan"),
    ([3, 3, 3, 3, 2], "Mood 2 on 3 Feb"),                  # low, though hardly below their usual
    ([2, 2, 2, 2, 2], "Mood 2 on 3 Feb"),                  # steady, and still 2 or below
    ([9, 9, 8, 9, 1], "Mood 1 on 3 Feb, 8 below their usual 9"),  # both: one line says it all
    ([1, 1, 1, 1, None], None),                            # the latest is a pass, whatever came before
])
def test_mood_follow_up(services: Services, world: World, values: list[int | None], reason: str | None) -> None:
    history(services, world, "Zoë", values)  # type: ignore[arg-type]
    follow_ups = services.checkins.gentle_follow_ups(world.group_id, today=TODAY)
    assert [f.reason for f in follow_ups] == ([reason] if reason else [])
    assert services.checkins.is_flagged(world.people["Zoë"].id, MOOD.id) == bool(reason)  # the same rule
    if reason:
        [entry] = follow_ups
        assert entry.member == world.people["Zoë"]
        assert entry.total == [v for v in values if v is not None][-1]
        assert entry.on == world.meetings[len(values) - 1].date


def test_a_first_check_in_of_one_is_listed_at_once(services: Services, world: World) -> None:
    """A new member says "1, rough" at their first session: no usual to compare with, still listed."""
    meeting = world.meetings[2]
    services.checkins.record(meeting.id, world.people["Søren"].id, MOOD.id, [1], word="rough")
    services.checkins.record(meeting.id, world.people["Zoë"].id, MOOD.id, [3])
    [entry] = services.checkins.gentle_follow_ups(world.group_id, today=meeting.date)
    assert (entry.member.preferred_name, entry.reason, entry.usual) == ("Søren", "Mood 1 today", None)
    assert entry.found.reasons == {Why.LOW}
    assert services.checkins.is_flagged(world.people["Søren"].id, MOOD.id)
    assert not services.checkins.is_flagged(world.people["Zoë"].id, MOOD.id)


def test_mood_follow_ups_for_several_members_sorted_by_name(services: Services, world: World) -> None:
    history(services, world, "Zoë", [8, 8, 8, 8, 4])
    history(services, world, "Łukasz", [5, 5, 5, 5, 5])
    history(services, world, "Aiyana", [9, 9, 8, 9, 2])
    history(services, world, "Søren", [7, 7, 7, 7, None])
    follow_ups = services.checkins.gentle_follow_ups(world.group_id, today=TODAY)
    assert [(f.member.preferred_name, f.reason) for f in follow_ups] == [
        ("Aiyana", "Mood 2 on 3 Feb, 7 below their usual 9"), ("Zoë", "Mood 4 on 3 Feb, 4 below their usual 8")]
    assert follow_ups[0].usual == pytest.approx(8.75)
    # Asked about some members only (one member's check-in changed): the same answers for them.
    only = services.checkins.gentle_follow_ups(world.group_id, today=TODAY, only={world.people["Zoë"].id})
    assert only == follow_ups[1:]
    assert services.checkins.gentle_follow_ups(world.group_id, today=TODAY, only={world.people["Łukasz"].id}) == []


def test_follow_ups_count_only_current_members(services: Services, world: World) -> None:
    history(services, world, "Zoë", [8, 8, 8, 8, 4])
    history(services, world, "Aiyana", [8, 8, 8, 8, 4])
    services.members.leave_group(world.people["Aiyana"].id, world.group_id, left_on=date(2026, 3, 1))
    names = [f.member.preferred_name for f in services.checkins.gentle_follow_ups(world.group_id, today=TODAY)]
    assert names == ["Zoë"]


def test_follow_ups_look_only_at_this_groups_sessions_and_instrument(services: Services, world: World) -> None:
    other = make_world(services, name="Thursday Daytime", names=())
    zoe = world.people["Zoë"]
    services.members.join_group(zoe.id, other.group_id, JOINED)
    history(services, world, "Zoë", [8, 8, 8, 8])
    # A low mood at another group, and a low WHO-5 here, say nothing about this group's Mood round.
    services.checkins.record(other.meetings[5].id, zoe.id, MOOD.id, [1])
    services.checkins.record(world.meetings[5].id, zoe.id, WHO5.id, [0, 0, 0, 0, 0])
    assert services.checkins.gentle_follow_ups(world.group_id, today=TODAY) == []
    services.checkins.record(world.meetings[6].id, zoe.id, MOOD.id, [5])
    assert [f.reason for f in services.checkins.gentle_follow_ups(world.group_id, today=TODAY)] == [
        "Mood 5 on 17 Feb, 3 below their usual 8"]


def test_follow_ups_reach_back_past_the_recent_sessions(services: Services) -> None:
    """The list looks at recent sessions first; a latest check-in (or the ones before it) from long ago
    still counts, exactly as if the whole history had been read."""
    world = make_world(services, name="Long running")
    services.meetings.schedule_next(world.group_id, 30, start=date(2026, 3, 1))
    world = World(world.group_id, services.meetings.list_meetings(world.group_id), world.people)
    assert len(world.meetings) == 38
    history(services, world, "Zoë", [8, 8, 8, 8, 4])                                  # months ago, nothing since
    history(services, world, "Łukasz", [8, 8, 8, 8] + [None] * 30 + [3])             # four 8s, then passes, a 3
    history(services, world, "Søren", [3, 3, 3, 3] + [None] * 30 + [3])              # steady: no suggestion
    history(services, world, "Aiyana", [2] * 36 + [5])                                # a rise is never flagged
    follow_ups = services.checkins.gentle_follow_ups(world.group_id, today=date(2026, 11, 1))
    assert [(f.member.preferred_name, f.reason, f.on) for f in follow_ups] == [
        ("Łukasz", "Mood 3 on 1 Sep, 5 below their usual 8", world.meetings[34].date),
        ("Zoë", "Mood 4 on 3 Feb, 4 below their usual 8", world.meetings[4].date)]


def test_follow_ups_skip_deleted_sessions(services: Services, world: World) -> None:
    history(services, world, "Zoë", [8, 8, 8, 8, 4])
    services.meetings.delete_meeting(world.meetings[4].id)
    assert services.checkins.gentle_follow_ups(world.group_id, today=TODAY) == []


# --- gentle follow-ups: WHO-5 (raw below 13) and PHQ-2 (3 or more) --------------------------------

@pytest.mark.parametrize(("answers", "reason"), [
    ([3, 2, 4, 1, 2], "WHO-5 12 of 25 (48%) on 13 Jan"),
    ([3, 2, 4, 1, 3], None),                      # 13: not below 13
    ([0, 0, 0, 0, 0], "WHO-5 0 of 25 (0%) on 13 Jan"),
    ([5, 5, 5, 5, 5], None),
])
def test_who5_follow_up(services: Services, answers: list[int], reason: str | None) -> None:
    world = make_world(services, instrument_id=WHO5.id)
    history(services, world, "Søren", [[5, 5, 5, 5, 5], answers], instrument_id=WHO5.id)
    assert [f.reason for f in services.checkins.gentle_follow_ups(world.group_id, today=TODAY)] == (
        [reason] if reason else [])


def test_who5_follow_up_looks_only_at_the_latest(services: Services) -> None:
    world = make_world(services, instrument_id=WHO5.id)
    history(services, world, "Søren", [[0, 0, 0, 0, 0], [3, 3, 3, 3, 3]], instrument_id=WHO5.id)
    assert services.checkins.gentle_follow_ups(world.group_id, today=TODAY) == []


@pytest.mark.parametrize(("answers", "reason"), [
    ([2, 1], "PHQ-2 3 of 6 on 6 Jan"),     # exactly 3
    ([1, 1], None),
    ([3, 3], "PHQ-2 6 of 6 on 6 Jan"),
    ([0, 0], None),
])
def test_phq2_follow_up(services: Services, answers: list[int], reason: str | None) -> None:
    world = make_world(services, instrument_id=PHQ2.id)
    history(services, world, "Łukasz", [answers], instrument_id=PHQ2.id)
    assert [f.reason for f in services.checkins.gentle_follow_ups(world.group_id, today=TODAY)] == (
        [reason] if reason else [])


def test_no_follow_ups_for_a_group_without_a_scored_check_in(services: Services) -> None:
    world = make_world(services, instrument_id=None)
    assert services.checkins.gentle_follow_ups(world.group_id, today=TODAY) == []


def test_follow_ups_take_a_fixed_number_of_queries(services: Services, store: Store) -> None:
    """Bulk queries: a group of 30 members costs as many statements as a group of 3."""

    def statements_for(world: World) -> int:
        seen: list[str] = []

        def count(*args: object) -> None:
            seen.append(str(args[2]))

        event.listen(store.engine, "before_cursor_execute", count)
        try:
            assert services.checkins.gentle_follow_ups(world.group_id, today=TODAY)
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        return len(seen)

    small = make_world(services, name="Small", names=("Zoë", "Łukasz", "Søren"))
    large = make_world(services, name="Large", names=tuple(f"Member {n}" for n in range(30)))
    for world in (small, large):
        for name in world.people:
            history(services, world, name, [8, 8, 8, 8, 4])
    assert statements_for(large) == statements_for(small) <= 6


# --- the organisation's own check-ins -------------------------------------------------------------

CALM = InstrumentDraft(
    name="Evening calm",
    items=(InstrumentItem("How settled do you feel?", 1, 7), InstrumentItem("How was your sleep?", 0, 4)),
    flag_rule=FlagRule.BELOW, flag_value=4, period="this week",
)


def test_create_a_custom_check_in_and_score_with_it(services: Services, world: World,
                                                    changes: list[Change]) -> None:
    defn = services.checkins.create_instrument(CALM)
    assert (defn.name, defn.items, defn.flag_rule, defn.flag_value, defn.period, defn.builtin) == (
        "Evening calm", CALM.items, FlagRule.BELOW, 4, "this week", False)
    assert (defn.min_total, defn.max_total) == (1, 11)
    assert changes == [Change(Entity.INSTRUMENT, Action.ADDED, frozenset({defn.id}))]
    assert services.checkins.instrument(defn.id) == defn
    assert defn in services.checkins.instruments()
    assert defn.key not in {MOOD.key, WHO5.key, PHQ2.key}

    record = services.checkins.record(world.meetings[0].id, world.people["Zoë"].id, defn.id, [6, 3])
    assert record.total == 9
    with pytest.raises(ValidationError, match="from 1 to 7"):
        services.checkins.record(world.meetings[0].id, world.people["Zoë"].id, defn.id, [0, 3])

    custom = make_world(services, instrument_id=defn.id, name="Calm group")
    history(services, custom, "Aiyana", [[7, 4], [1, 2]], instrument_id=defn.id)   # 3: below 4
    history(services, custom, "Søren", [[2, 2]], instrument_id=defn.id)            # 4: not below 4
    assert [(f.member.preferred_name, f.reason) for f in services.checkins.gentle_follow_ups(
        custom.group_id, today=TODAY)] == [("Aiyana", "Evening calm 3 of 11 on 13 Jan")]


def test_a_custom_check_in_without_a_threshold_suggests_nothing(services: Services) -> None:
    defn = services.checkins.create_instrument(InstrumentDraft("Plain scale", (InstrumentItem("Today?", 0, 5),)))
    assert (defn.flag_rule, defn.flag_value) == (FlagRule.NONE, None)
    world = make_world(services, instrument_id=defn.id)
    history(services, world, "Zoë", [[5], [5], [5], [5], [0]], instrument_id=defn.id)
    assert services.checkins.gentle_follow_ups(world.group_id, today=TODAY) == []


def test_an_at_least_threshold(services: Services) -> None:
    defn = services.checkins.create_instrument(InstrumentDraft(
        "Worry", (InstrumentItem("How much has worry got in the way?", 0, 4),), FlagRule.AT_LEAST, 3))
    world = make_world(services, instrument_id=defn.id)
    history(services, world, "Zoë", [[3]], instrument_id=defn.id)
    history(services, world, "Łukasz", [[2]], instrument_id=defn.id)
    assert [f.member.preferred_name for f in services.checkins.gentle_follow_ups(world.group_id, today=TODAY)] == [
        "Zoë"]


def _item(text: str = "How are things?", low: int = 0, high: int = 5) -> InstrumentItem:
    return InstrumentItem(text, low, high)


@pytest.mark.parametrize(("draft", "message"), [
    (InstrumentDraft("  ", (_item(),)), "name"),
    (InstrumentDraft("Mood", (_item(),)), "already a check-in called"),
    (InstrumentDraft("wHO-5 WELL-BEING INDEX", (_item(),)), "already a check-in called"),
    (InstrumentDraft("Empty", ()), "at least one question"),
    (InstrumentDraft("Long", tuple(_item() for _ in range(13))), "up to 12 questions"),
    (InstrumentDraft("Blank question", (_item(), _item("   "))), "Question 2 has no wording"),
    (InstrumentDraft("Backwards", (_item(low=5, high=5),)), "must be above its lowest"),
    (InstrumentDraft("Huge", (_item(high=150),)), "0 to 100 at most"),
    (InstrumentDraft("Negative", (_item(low=-2),)), "0 to 100 at most"),
    (InstrumentDraft("Fraction", (InstrumentItem("Half?", 0, 2.5),)), "whole numbers"),  # type: ignore[arg-type]
    (InstrumentDraft("No value", (_item(),), FlagRule.BELOW, None), "Enter the total"),
    (InstrumentDraft("Too high", (_item(), _item()), FlagRule.AT_LEAST, 11), "between 1 and 10"),
    (InstrumentDraft("Too low", (_item(low=1),), FlagRule.BELOW, 1), "between 2 and 5"),
    (InstrumentDraft("Drop", (_item(),), FlagRule.DROP_BELOW_AVERAGE, 3), "below a number, or at least"),
])
def test_custom_check_in_refused_with_a_clear_sentence(services: Services, store: Store, changes: list[Change],
                                                       draft: InstrumentDraft, message: str) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match=message):
        services.checkins.create_instrument(draft)
    assert snapshot(store.path) == before
    assert changes == []


def test_edit_a_custom_check_in(services: Services, changes: list[Change]) -> None:
    defn = services.checkins.create_instrument(CALM)
    changes.clear()
    edited = services.checkins.update_instrument(defn.id, InstrumentDraft(
        "Evening calm (v2)", (_item("How settled are you?", 0, 6), _item("Sleep?", 0, 4)), FlagRule.NONE, None))
    assert (edited.id, edited.key, edited.name, edited.flag_rule, edited.flag_value) == (
        defn.id, defn.key, "Evening calm (v2)", FlagRule.NONE, None)
    assert edited.items[0] == InstrumentItem("How settled are you?", 0, 6)
    assert changes == [Change(Entity.INSTRUMENT, Action.UPDATED, frozenset({defn.id}))]
    # Its own name is not a clash with itself.
    assert services.checkins.update_instrument(defn.id, InstrumentDraft(
        "EVENING CALM (V2)", edited.items)).name == "EVENING CALM (V2)"


@pytest.mark.parametrize("builtin", [MOOD, WHO5, PHQ2])
def test_built_in_check_ins_cannot_be_edited(services: Services, store: Store, changes: list[Change],
                                             builtin: object) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="built in"):
        services.checkins.update_instrument(builtin.id, InstrumentDraft("Mine now", (_item(),)))  # type: ignore[attr-defined]
    assert snapshot(store.path) == before
    assert changes == []
    assert services.checkins.instrument(builtin.id) == builtin  # type: ignore[attr-defined]


def test_a_used_check_in_keeps_its_questions_and_ranges(services: Services, world: World) -> None:
    defn = services.checkins.create_instrument(CALM)
    services.checkins.record(world.meetings[0].id, world.people["Zoë"].id, defn.id, [6, 3])
    for items in ((_item("How settled do you feel?", 1, 10), CALM.items[1]), CALM.items[:1]):
        with pytest.raises(ValidationError, match="already been used for 1 check-in,"):
            services.checkins.update_instrument(defn.id, InstrumentDraft("Evening calm", items))
    # Wording, name and threshold may still change.
    reworded = (InstrumentItem("How settled are you this evening?", 1, 7), CALM.items[1])
    edited = services.checkins.update_instrument(defn.id, InstrumentDraft("Calm", reworded, FlagRule.AT_LEAST, 9))
    assert (edited.name, edited.items, edited.flag_rule) == ("Calm", reworded, FlagRule.AT_LEAST)


def test_editing_an_unknown_check_in(services: Services) -> None:
    with pytest.raises(NotFoundError, match="check-in instrument"):
        services.checkins.update_instrument(uuid.uuid4(), InstrumentDraft("Ghost", (_item(),)))
