"""Check-in scoring against the published rules of WHO-5, PHQ-2 and the built-in Mood check-in."""

from __future__ import annotations

import uuid

import pytest

from facilitator_app.domain.enums import FlagRule
from facilitator_app.domain.instruments import (
    BUILTIN_INSTRUMENTS,
    LOW_MOOD,
    MOOD,
    PHQ2,
    WHO5,
    InstrumentDefinition,
    InstrumentItem,
    QuietWord,
    Why,
    is_flagged,
    quiet_word,
    score,
    suggests_anything,
    who5_percentage,
)
from facilitator_app.errors import ValidationError

# --- the definitions themselves -----------------------------------------------------------


def test_who5_has_five_items_of_zero_to_five() -> None:
    assert len(WHO5.items) == 5
    assert all((i.minimum, i.maximum) == (0, 5) for i in WHO5.items)
    assert (WHO5.min_total, WHO5.max_total) == (0, 25)


def test_phq2_has_two_items_of_zero_to_three() -> None:
    assert len(PHQ2.items) == 2
    assert all((i.minimum, i.maximum) == (0, 3) for i in PHQ2.items)
    assert (PHQ2.min_total, PHQ2.max_total) == (0, 6)


def test_mood_is_one_item_of_zero_to_ten() -> None:
    assert [(i.minimum, i.maximum) for i in MOOD.items] == [(0, 10)]


def test_builtin_ids_are_stable_and_distinct() -> None:
    ids = [d.id for d in BUILTIN_INSTRUMENTS]
    assert len(set(ids)) == 3
    assert MOOD.id == uuid.uuid5(uuid.NAMESPACE_URL, "facilitator-app:instrument:mood")
    assert all(d.builtin for d in BUILTIN_INSTRUMENTS)


# --- WHO-5 --------------------------------------------------------------------------------

@pytest.mark.parametrize(("answers", "raw"), [
    ([0, 0, 0, 0, 0], 0),
    ([5, 5, 5, 5, 5], 25),
    ([3, 2, 4, 1, 3], 13),
    ([3, 2, 4, 1, 2], 12),
    ([1, 0, 0, 0, 0], 1),
])
def test_who5_raw_and_percentage(answers: list[int], raw: int) -> None:
    result = score(WHO5, answers)
    assert result.total == raw
    assert result.percentage == raw * 4
    assert who5_percentage(raw) == raw * 4


def test_who5_percentage_helper_spans_zero_to_a_hundred() -> None:
    assert who5_percentage(0) == 0
    assert who5_percentage(25) == 100
    assert who5_percentage(13) == 52


def test_who5_flag_below_thirteen() -> None:
    assert is_flagged(WHO5, 12, [])
    assert not is_flagged(WHO5, 13, [])
    assert is_flagged(WHO5, 0, [])
    assert not is_flagged(WHO5, 25, [])


# --- PHQ-2 --------------------------------------------------------------------------------

@pytest.mark.parametrize(("answers", "total"), [([0, 0], 0), ([1, 1], 2), ([2, 1], 3), ([3, 3], 6)])
def test_phq2_total(answers: list[int], total: int) -> None:
    result = score(PHQ2, answers)
    assert result.total == total
    assert result.percentage == pytest.approx(100 * total / 6)


def test_phq2_flag_at_three_or_more() -> None:
    assert not is_flagged(PHQ2, 2, [])
    assert is_flagged(PHQ2, 3, [])
    assert is_flagged(PHQ2, 6, [])
    assert not is_flagged(PHQ2, 0, [])


# --- Mood ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [0, 4, 10])
def test_mood_total_is_the_number_itself(value: int) -> None:
    assert score(MOOD, [value]).total == value


def test_mood_no_history_no_flag_above_the_low_mark() -> None:
    assert not is_flagged(MOOD, 3, [])
    assert not is_flagged(MOOD, 10, [])


def test_mood_only_passes_in_history_no_flag_above_the_low_mark() -> None:
    assert not is_flagged(MOOD, 3, [None, None, None])


@pytest.mark.parametrize("history", [[], [None, None], [2, 2, 2, 2], [1, 1, 1, 1], [3, 3, 3, 3]])
@pytest.mark.parametrize("value", [0, 1, 2])
def test_a_mood_of_two_or_below_suggests_a_quiet_word_whatever_came_before(value: int,
                                                                          history: list[int | None]) -> None:
    assert MOOD.low_mark == LOW_MOOD == 2
    found = quiet_word(MOOD, value, history)
    assert found is not None and Why.LOW in found.reasons and found.total == value
    assert is_flagged(MOOD, value, history)


def test_the_reasons_say_which_rule_met() -> None:
    assert quiet_word(MOOD, 1, []) == QuietWord(1, frozenset({Why.LOW}))
    assert quiet_word(MOOD, 4, [7, 7, 7, 7]) == QuietWord(4, frozenset({Why.DROP}), usual=7)
    assert quiet_word(MOOD, 1, [8, 8, 8, 7]) == QuietWord(1, frozenset({Why.LOW, Why.DROP}), usual=7.75)
    assert quiet_word(MOOD, 2, [3, 3]) == QuietWord(2, frozenset({Why.LOW}))     # low, but no drop of 3
    assert quiet_word(MOOD, 3, [5, 5]) is None
    assert quiet_word(MOOD, None, [8, 8]) is None                                 # a pass: never
    assert quiet_word(WHO5, 12, []) == QuietWord(12, frozenset({Why.THRESHOLD}))
    assert quiet_word(WHO5, 2, []) == QuietWord(2, frozenset({Why.THRESHOLD}))    # no low mark but Mood's
    assert quiet_word(PHQ2, 3, [6]) == QuietWord(3, frozenset({Why.THRESHOLD}))
    assert quiet_word(PHQ2, 2, []) is None


def test_only_the_built_in_mood_has_a_low_mark() -> None:
    assert [d.key for d in BUILTIN_INSTRUMENTS if d.low_mark is not None] == ["mood"]
    look_alike = InstrumentDefinition(id=uuid.uuid4(), key="mood", name="Mood", items=MOOD.items)  # not built in
    assert look_alike.low_mark is None
    assert not is_flagged(look_alike, 0, [])
    assert not suggests_anything(look_alike)
    assert all(suggests_anything(d) for d in BUILTIN_INSTRUMENTS)


def test_mood_drop_of_exactly_three_is_flagged() -> None:
    assert is_flagged(MOOD, 5, [8, 8, 8, 8])


def test_mood_drop_of_two_and_three_quarters_is_not_flagged() -> None:
    # Average of 8, 8, 8, 7 is 7.75; 7.75 - 5 = 2.75.
    assert not is_flagged(MOOD, 5, [8, 8, 8, 7])


def test_mood_rise_is_not_flagged() -> None:
    assert not is_flagged(MOOD, 10, [2, 2, 2, 2])


def test_mood_single_previous_value_is_the_average() -> None:
    assert is_flagged(MOOD, 4, [7])
    assert not is_flagged(MOOD, 5, [7])


def test_mood_passes_in_history_are_skipped_not_zeros() -> None:
    # If the passes counted as zeros the average would be 4 and there would be no drop.
    assert is_flagged(MOOD, 5, [None, 8, None, 8, 8, 8])


def test_mood_only_the_four_most_recent_non_pass_values_count() -> None:
    # Newest first: 8, 8, 8, 8 average 8 (flag); the fifth value, 0, must not drag it down.
    assert is_flagged(MOOD, 5, [8, 8, 8, 8, 0])
    # Newest first: 6, 6, 6, 6 average 6 (no flag); the older 10s must not push it up.
    assert not is_flagged(MOOD, 4, [6, 6, 6, 6, 10, 10, 10])


def test_mood_window_counts_non_pass_values_only() -> None:
    # Newest first, passes skipped: 8, 8, 8, 2 average 6.5, a drop of 1.5: no flag.
    assert not is_flagged(MOOD, 5, [None, 8, 8, 8, None, 2, 10])


def test_mood_previous_are_newest_first() -> None:
    # Same values, other order: newest 4 are 8s (flag) versus newest 4 are 5s (no flag).
    history = [8, 8, 8, 8, 5, 5, 5, 5]
    assert is_flagged(MOOD, 5, history)
    assert not is_flagged(MOOD, 5, list(reversed(history)))


def test_a_pass_is_never_flagged() -> None:
    for defn in BUILTIN_INSTRUMENTS:
        assert not is_flagged(defn, None, [10, 10, 10, 10])


def test_custom_instrument_without_a_rule_never_flags() -> None:
    custom = InstrumentDefinition(id=uuid.uuid4(), key="sleep", name="Sleep",
                                  items=(InstrumentItem("Hours slept", 0, 12),))
    assert custom.flag_rule is FlagRule.NONE
    assert not is_flagged(custom, 0, [12, 12, 12])


def test_custom_instrument_percentage_uses_its_own_range() -> None:
    custom = InstrumentDefinition(id=uuid.uuid4(), key="energy", name="Energy",
                                  items=(InstrumentItem("Energy", 1, 5), InstrumentItem("Focus", 1, 5)))
    assert score(custom, [1, 1]).percentage == 0
    assert score(custom, [5, 5]).percentage == 100
    assert score(custom, [3, 3]).total == 6


# --- passes -------------------------------------------------------------------------------

@pytest.mark.parametrize("defn", BUILTIN_INSTRUMENTS, ids=lambda d: d.key)
def test_a_pass_has_no_total_and_is_not_a_zero(defn: InstrumentDefinition) -> None:
    result = score(defn, [], passed=True)
    assert result.total is None
    assert result.percentage is None
    assert score(defn, [None] * len(defn.items), passed=True).total is None


def test_passing_with_scores_refused() -> None:
    with pytest.raises(ValidationError, match="pass is recorded without scores"):
        score(MOOD, [5], passed=True)
    with pytest.raises(ValidationError, match="pass is recorded without scores"):
        score(WHO5, [None, None, 0, None, None], passed=True)


# --- refusals -----------------------------------------------------------------------------

@pytest.mark.parametrize(("defn", "answers", "question", "low", "high", "value"), [
    (WHO5, [0, 0, 6, 0, 0], 3, 0, 5, 6),
    (WHO5, [-1, 0, 0, 0, 0], 1, 0, 5, -1),
    (PHQ2, [0, 4], 2, 0, 3, 4),
    (MOOD, [11], 1, 0, 10, 11),
    (MOOD, [-1], 1, 0, 10, -1),
])
def test_out_of_range_answer_refused(defn: InstrumentDefinition, answers: list[int], question: int,
                                     low: int, high: int, value: int) -> None:
    with pytest.raises(ValidationError) as info:
        score(defn, answers)
    message = str(info.value)
    assert f"Question {question} of {defn.name}" in message
    assert f"from {low} to {high}" in message
    assert str(value) in message


def test_missing_answer_refused_with_a_hint_to_pass() -> None:
    with pytest.raises(ValidationError, match="Question 2 of PHQ-2 has no answer.*record a pass"):
        score(PHQ2, [1, None])


@pytest.mark.parametrize(("defn", "answers"), [(WHO5, [1, 2, 3, 4]), (PHQ2, [1, 1, 1]), (MOOD, []),
                                               (MOOD, [5, 5])])
def test_wrong_number_of_answers_refused(defn: InstrumentDefinition, answers: list[int]) -> None:
    with pytest.raises(ValidationError) as info:
        score(defn, answers)
    assert f"{defn.name} has {len(defn.items)} question(s), but {len(answers)} answer(s)" in str(info.value)


@pytest.mark.parametrize("bad", [True, False, 3.0, 2.5, "3"])
def test_non_integer_answers_refused(bad: object) -> None:
    with pytest.raises(ValidationError, match="Question 1 of Mood needs a whole number"):
        score(MOOD, [bad])  # type: ignore[list-item]


def test_bool_in_a_later_question_is_named() -> None:
    with pytest.raises(ValidationError, match="Question 2 of PHQ-2 needs a whole number"):
        score(PHQ2, [1, True])  # type: ignore[list-item]
