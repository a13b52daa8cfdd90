"""The quiet-word list's words: one plain line per person, one line of rules, never a diagnosis."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from facilitator_app.domain.enums import FlagRule
from facilitator_app.domain.instruments import (
    BUILTIN_INSTRUMENTS,
    MOOD,
    PHQ2,
    WHO5,
    InstrumentDefinition,
    InstrumentItem,
    quiet_word,
)
from facilitator_app.services.quiet_words import reason_text, rules_text, when

TODAY = date(2026, 12, 4)
CALM = InstrumentDefinition(id=uuid.uuid4(), key="custom-calm", name="Evening calm",
                            items=(InstrumentItem("Settled?", 1, 7), InstrumentItem("Rested?", 0, 4)),
                            flag_rule=FlagRule.BELOW, flag_value=4.0)
WORRY = InstrumentDefinition(id=uuid.uuid4(), key="custom-worry", name="Worry",
                             items=(InstrumentItem("Worry in the way?", 0, 4),), flag_rule=FlagRule.AT_LEAST,
                             flag_value=3.0)
PLAIN = InstrumentDefinition(id=uuid.uuid4(), key="custom-plain", name="Plain scale",
                             items=(InstrumentItem("Today?", 0, 5),))
# Words a peer supporter would not use about a friend: the list must never sound like them.
CLINICAL = ("risk", "symptom", "depress", "diagnos", "disorder", "patient", "severe", "alert", "warning")


def test_when_says_today_or_the_day() -> None:
    assert when(TODAY, TODAY) == "today"
    assert when(date(2026, 11, 27), TODAY) == "on 27 Nov"
    assert when(date(2025, 12, 30), TODAY) == "on 30 Dec 2025"


@pytest.mark.parametrize(("defn", "latest", "previous", "on", "text"), [
    (MOOD, 1, [], TODAY, "Mood 1 today"),
    (MOOD, 4, [7, 7, 7, 7], TODAY, "Mood 4 today, 3 below their usual 7"),
    (MOOD, 5, [8, 8, 8, 8], date(2026, 11, 27), "Mood 5 on 27 Nov, 3 below their usual 8"),
    (MOOD, 4, [8, 8, 8, 7], TODAY, "Mood 4 today, 4 below their usual 8"),      # 7.75 is "their usual 8"
    (MOOD, 2, [9, 9, 9, 8], TODAY, "Mood 2 today, 7 below their usual 9"),
    (MOOD, 2, [3, 3, 3, 3], TODAY, "Mood 2 today"),                             # low; no drop to speak of
    (WHO5, 12, [], TODAY, "WHO-5 12 of 25 (48%) today"),
    (PHQ2, 3, [], date(2026, 12, 1), "PHQ-2 3 of 6 on 1 Dec"),
    (CALM, 3, [], TODAY, "Evening calm 3 of 11 today"),
])
def test_each_person_listed_gets_one_plain_line(defn: InstrumentDefinition, latest: int, previous: list[int],
                                                on: date, text: str) -> None:
    found = quiet_word(defn, latest, previous)
    assert found is not None
    assert reason_text(defn, found, on, TODAY) == text


def test_the_rules_in_one_line_per_instrument() -> None:
    assert rules_text(MOOD) == ("Listed when someone's mood is 2 or below, or 3 or more below their usual "
                                "(the average of their last 4); a pass never is.")
    assert rules_text(WHO5) == "Listed when someone's WHO-5 total is below 13 (of 25); a pass never is."
    assert rules_text(PHQ2) == "Listed when someone's PHQ-2 total is 3 or more (of 6); a pass never is."
    assert rules_text(CALM) == "Listed when someone's Evening calm total is below 4 (of 11); a pass never is."
    assert rules_text(WORRY) == "Listed when someone's Worry total is 3 or more (of 4); a pass never is."
    assert rules_text(PLAIN) == "Plain scale has no follow-up total, so nobody is listed."


def test_the_words_never_sound_like_a_diagnosis() -> None:
    texts = [rules_text(d) for d in (*BUILTIN_INSTRUMENTS, CALM, WORRY, PLAIN)]
    for defn, latest, previous in ((MOOD, 0, [10, 10]), (WHO5, 0, []), (PHQ2, 6, []), (CALM, 1, [])):
        found = quiet_word(defn, latest, previous)
        assert found is not None
        texts.append(reason_text(defn, found, TODAY, TODAY))
    for text in texts:
        assert "\n" not in text
        assert not [word for word in CLINICAL if word in text.lower()], text
