"""CheckinService on a real store: scores, passes (never zeros), trends and the gentle flag."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from facilitator_app.domain.instruments import MOOD, PHQ2, WHO5
from facilitator_app.domain.records import MeetingRecord, MemberRecord
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.checkins import CheckinPoint
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot


@dataclass(frozen=True)
class World:
    group_id: uuid.UUID
    meetings: list[MeetingRecord]  # weekly Tuesdays from 6 January 2026
    zoe: MemberRecord
    aiyana: MemberRecord


@pytest.fixture
def world(services: Services, changes: list[Change]) -> World:
    group = services.groups.create_group(weekly_draft())
    zoe = services.members.add_member(MemberDraft("Zoë"), group_id=group.id, joined_on=date(2026, 1, 1))
    aiyana = services.members.add_member(MemberDraft("Aiyana"), group_id=group.id, joined_on=date(2026, 1, 1))
    meetings = services.meetings.schedule_next(group.id, 8, start=date(2026, 1, 1))
    changes.clear()
    return World(group.id, meetings, zoe, aiyana)


def mood_history(services: Services, world: World, values: list[int | None]) -> None:
    """Zoë's Mood check-ins at consecutive sessions, oldest first; None is a pass."""
    for meeting, value in zip(world.meetings, values, strict=False):
        if value is None:
            services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [], passed=True)
        else:
            services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [value])


# --- record -------------------------------------------------------------------------------

def test_record_a_mood_check_in(services: Services, world: World, changes: list[Change]) -> None:
    meeting = world.meetings[0]
    record = services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [7], word=" hopeful ")
    assert (record.meeting_id, record.member_id, record.instrument_id) == (meeting.id, world.zoe.id, MOOD.id)
    assert (record.scores, record.total, record.word, record.passed) == ((7,), 7, "hopeful", False)
    assert services.checkins.list_for_meeting(meeting.id) == [record]
    assert changes == [Change(Entity.CHECKIN, Action.UPDATED, frozenset({record.id}), group_id=world.group_id,
                              meeting_id=meeting.id)]


def test_record_who5_and_phq2_totals(services: Services, world: World) -> None:
    who5 = services.checkins.record(world.meetings[0].id, world.zoe.id, WHO5.id, [3, 2, 4, 1, 2])
    assert (who5.total, who5.scores) == (12, (3, 2, 4, 1, 2))
    phq2 = services.checkins.record(world.meetings[0].id, world.aiyana.id, PHQ2.id, [2, 1])
    assert phq2.total == 3


def test_replacing_a_check_in_keeps_one_row(services: Services, store: Store, world: World,
                                            changes: list[Change]) -> None:
    meeting = world.meetings[0]
    first = services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [7], word="hopeful")
    changes.clear()
    second = services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [4], word="tired")
    assert second.id == first.id
    assert (second.total, second.word) == (4, "tired")
    assert services.checkins.list_for_meeting(meeting.id) == [second]
    assert raw(store.path, "SELECT COUNT(*) FROM checkins") == [(1,)]
    assert changes == [Change(Entity.CHECKIN, Action.UPDATED, frozenset({first.id}), group_id=world.group_id,
                              meeting_id=meeting.id)]


def test_replacing_with_another_instrument(services: Services, world: World) -> None:
    meeting = world.meetings[0]
    services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [7])
    replaced = services.checkins.record(meeting.id, world.zoe.id, PHQ2.id, [0, 1])
    assert (replaced.instrument_id, replaced.scores, replaced.total) == (PHQ2.id, (0, 1), 1)


def test_a_pass_is_stored_with_no_total_and_no_scores(services: Services, store: Store, world: World) -> None:
    meeting = world.meetings[0]
    record = services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [], word="", passed=True)
    assert (record.passed, record.total, record.scores) == (True, None, ())
    [(total, scores, passed)] = raw(store.path, "SELECT total, scores, passed FROM checkins WHERE id = ?",
                                    record.id.hex)
    assert total is None  # NULL, never 0
    assert json.loads(scores) == []
    assert passed == 1


def test_a_pass_with_empty_answer_slots_is_stored_without_them(services: Services, world: World) -> None:
    record = services.checkins.record(world.meetings[0].id, world.zoe.id, WHO5.id, [None] * 5, passed=True)
    assert (record.total, record.scores) == (None, ())


def test_a_score_replaced_by_a_pass(services: Services, world: World) -> None:
    meeting = world.meetings[0]
    services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [5], word="okay")
    record = services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [], passed=True)
    assert (record.total, record.scores, record.passed, record.word) == (None, (), True, "")


@pytest.mark.parametrize(("instrument", "answers", "passed"), [
    (MOOD, [11], False), (MOOD, [-1], False), (WHO5, [5, 5, 5, 5, 6], False), (PHQ2, [4, 0], False),
    (PHQ2, [1], False), (MOOD, [None], False), (MOOD, [True], False), (MOOD, [5], True),
])
def test_invalid_check_in_refused_and_nothing_written(services: Services, store: Store, world: World,
                                                      changes: list[Change], instrument: object,
                                                      answers: list, passed: bool) -> None:
    meeting = world.meetings[0]
    previous = services.checkins.record(meeting.id, world.zoe.id, MOOD.id, [6], word="calm")
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError):
        services.checkins.record(meeting.id, world.zoe.id, instrument.id, answers, passed=passed)  # type: ignore[attr-defined]
    assert snapshot(store.path) == before
    assert changes == []
    assert services.checkins.list_for_meeting(meeting.id) == [previous]


def test_a_long_phrase_instead_of_a_word_refused(services: Services, store: Store, world: World,
                                                 changes: list[Change]) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="one word"):
        services.checkins.record(world.meetings[0].id, world.zoe.id, MOOD.id, [6],
                                 word="it has been a long week")
    assert snapshot(store.path) == before
    assert changes == []
    assert services.checkins.record(world.meetings[0].id, world.zoe.id, MOOD.id, [6],
                                    word="up and down").word == "up and down"


def test_unknown_instrument_refused(services: Services, store: Store, world: World,
                                    changes: list[Change]) -> None:
    before = snapshot(store.path)
    with pytest.raises(NotFoundError, match="check-in instrument"):
        services.checkins.record(world.meetings[0].id, world.zoe.id, uuid.uuid4(), [5])
    assert snapshot(store.path) == before
    assert changes == []


def test_instruments_are_the_builtins(services: Services) -> None:
    assert {d.key for d in services.checkins.instruments()} == {"mood", "who5", "phq2"}
    assert services.checkins.instrument(WHO5.id) == WHO5
    assert services.checkins.instrument(MOOD.id) == MOOD


# --- trend --------------------------------------------------------------------------------

def test_trend_is_oldest_first(services: Services, world: World) -> None:
    m = world.meetings
    # Entered out of order, on purpose.
    services.checkins.record(m[2].id, world.zoe.id, MOOD.id, [3])
    services.checkins.record(m[0].id, world.zoe.id, MOOD.id, [8])
    services.checkins.record(m[1].id, world.zoe.id, MOOD.id, [], passed=True)
    services.checkins.record(m[0].id, world.aiyana.id, MOOD.id, [1])  # someone else's
    services.checkins.record(m[3].id, world.zoe.id, WHO5.id, [1, 1, 1, 1, 1])  # another instrument
    assert services.checkins.trend(world.zoe.id, MOOD.id) == [
        CheckinPoint(date(2026, 1, 6), 8, False),
        CheckinPoint(date(2026, 1, 13), None, True),
        CheckinPoint(date(2026, 1, 20), 3, False),
    ]


def test_trend_limit_keeps_the_most_recent(services: Services, world: World) -> None:
    mood_history(services, world, [1, 2, 3, 4, 5])
    assert [p.total for p in services.checkins.trend(world.zoe.id, MOOD.id, limit=2)] == [4, 5]


def test_trend_of_someone_without_check_ins_is_empty(services: Services, world: World) -> None:
    assert services.checkins.trend(world.aiyana.id, MOOD.id) == []


# --- is_flagged ---------------------------------------------------------------------------

def test_flagged_after_a_drop_of_three_below_own_average(services: Services, world: World) -> None:
    mood_history(services, world, [8, 8, 8, 8, 5])
    assert services.checkins.is_flagged(world.zoe.id, MOOD.id)


def test_not_flagged_for_a_smaller_drop(services: Services, world: World) -> None:
    mood_history(services, world, [8, 8, 8, 7, 5])  # average 7.75, drop 2.75
    assert not services.checkins.is_flagged(world.zoe.id, MOOD.id)


def test_without_history_only_a_low_mood_is_flagged(services: Services, world: World) -> None:
    assert not services.checkins.is_flagged(world.zoe.id, MOOD.id)
    mood_history(services, world, [3])
    assert not services.checkins.is_flagged(world.zoe.id, MOOD.id)
    mood_history(services, world, [0])      # the same session, now 0: 2 or below needs no history
    assert services.checkins.is_flagged(world.zoe.id, MOOD.id)


def test_not_flagged_when_the_latest_is_a_pass(services: Services, world: World) -> None:
    mood_history(services, world, [9, 9, 9, 9, None])
    assert not services.checkins.is_flagged(world.zoe.id, MOOD.id)


def test_only_the_last_four_previous_check_ins_count(services: Services, world: World) -> None:
    # An old 0 falls outside the window: the average of the last four is 8.
    mood_history(services, world, [0, 8, 8, 8, 8, 5])
    assert services.checkins.is_flagged(world.zoe.id, MOOD.id)


def test_passes_in_the_history_do_not_shrink_the_window(services: Services, world: World) -> None:
    # Oldest first: 2, 8, 8, 8, pass, then 5. The rule averages the previous four check-ins that are not
    # passes (8, 8, 8, 2 -> 6.5): a drop of 1.5, so no flag.
    mood_history(services, world, [2, 8, 8, 8, None, 5])
    assert not services.checkins.is_flagged(world.zoe.id, MOOD.id)


def test_passes_in_the_history_do_not_hide_a_drop(services: Services, world: World) -> None:
    # Oldest first: 8, 8, 8, 8, pass, pass, then 5: the previous four non-pass values average 8: flag.
    mood_history(services, world, [8, 8, 8, 8, None, None, 5])
    assert services.checkins.is_flagged(world.zoe.id, MOOD.id)


def test_who5_flag_through_the_service(services: Services, world: World) -> None:
    services.checkins.record(world.meetings[0].id, world.zoe.id, WHO5.id, [3, 2, 4, 1, 2])  # 12
    services.checkins.record(world.meetings[0].id, world.aiyana.id, WHO5.id, [3, 2, 4, 1, 3])  # 13
    assert services.checkins.is_flagged(world.zoe.id, WHO5.id)
    assert not services.checkins.is_flagged(world.aiyana.id, WHO5.id)
