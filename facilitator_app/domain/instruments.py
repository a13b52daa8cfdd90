"""Check-in instruments as data, and their scoring.

An instrument is a list of items (each with its own range) summed into a total,
plus an optional flag rule that suggests a gentle, private follow-up. The built-in
ones follow the published scoring; organisations define their own the same way.
A member may always pass: a pass has no total, and is never counted as a zero.

Mood also has a low mark: a mood of 2 or below suggests a quiet word on its own, at a
first check-in too, when there is no usual to compare with.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from facilitator_app.domain.enums import FlagRule
from facilitator_app.errors import ValidationError


@dataclass(frozen=True)
class InstrumentItem:
    """One question of an instrument and the range of its answer."""

    text: str
    minimum: int
    maximum: int


@dataclass(frozen=True)
class InstrumentDefinition:
    """Everything needed to score an instrument; ``key`` is stable across laptops."""

    id: uuid.UUID
    key: str
    name: str
    items: tuple[InstrumentItem, ...]
    flag_rule: FlagRule = FlagRule.NONE
    flag_value: float | None = None
    flag_window: int | None = None   # previous check-ins averaged by DROP_BELOW_AVERAGE
    period: str = ""                 # e.g. "over the last two weeks"
    builtin: bool = False

    @property
    def low_mark(self) -> int | None:
        """A total at or below this suggests a quiet word whatever came before (Mood: 2); None if none."""
        return _LOW_MARKS.get(self.key) if self.builtin else None

    @property
    def max_total(self) -> int:
        return sum(item.maximum for item in self.items)

    @property
    def min_total(self) -> int:
        return sum(item.minimum for item in self.items)


@dataclass(frozen=True)
class Score:
    """The result of scoring one check-in; ``total`` is None for a pass."""

    total: int | None
    percentage: float | None


def score(defn: InstrumentDefinition, answers: Sequence[int | None], passed: bool = False) -> Score:
    """Validate the answers against the items and sum them.

    A pass must carry no answers. Otherwise every item needs an answer within its range.
    """
    if passed:
        if any(a is not None for a in answers):
            raise ValidationError("A pass is recorded without scores: clear the scores or untick 'passed'.")
        return Score(total=None, percentage=None)
    if len(answers) != len(defn.items):
        raise ValidationError(
            f"{defn.name} has {len(defn.items)} question(s), but {len(answers)} answer(s) were given.")
    for number, (item, answer) in enumerate(zip(defn.items, answers, strict=True), start=1):
        if answer is None:
            raise ValidationError(
                f"Question {number} of {defn.name} has no answer: enter a number or record a pass.")
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValidationError(f"Question {number} of {defn.name} needs a whole number.")
        if not item.minimum <= answer <= item.maximum:
            raise ValidationError(
                f"Question {number} of {defn.name} takes a number from {item.minimum} to {item.maximum}; "
                f"{answer} is outside that range.")
    total = sum(answers)  # type: ignore[arg-type]
    span = defn.max_total - defn.min_total
    percentage = 100.0 * (total - defn.min_total) / span if span else None
    return Score(total=total, percentage=percentage)


class Why(enum.Enum):
    """One reason a check-in suggests a quiet word."""

    LOW = "low"                # at or below the instrument's low mark (a mood of 2 or below)
    DROP = "drop"              # well below the member's own usual (the average of their last few)
    THRESHOLD = "threshold"    # past the instrument's own total (WHO-5 below 13, PHQ-2 3 or more)


@dataclass(frozen=True)
class QuietWord:
    """Why a check-in suggests offering a private conversation; a suggestion, never a diagnosis.
    ``usual`` is the average the total was compared with, when the drop is one of the reasons."""

    total: int
    reasons: frozenset[Why]
    usual: float | None = None


def quiet_word(defn: InstrumentDefinition, latest: int | None,
               previous: Sequence[int | None]) -> QuietWord | None:
    """Whether (and why) the latest total suggests offering a private conversation; None if not.

    ``previous`` holds the member's earlier totals, newest first; passes are skipped, never zeros.
    A pass (``latest`` None) never suggests anything. The low mark needs no history, so a first
    check-in can suggest a quiet word; a drop needs at least one earlier total.
    """
    if latest is None:
        return None
    reasons: set[Why] = set()
    usual: float | None = None
    if defn.low_mark is not None and latest <= defn.low_mark:
        reasons.add(Why.LOW)
    value = defn.flag_value
    if value is not None and (defn.flag_rule is FlagRule.BELOW and latest < value
                              or defn.flag_rule is FlagRule.AT_LEAST and latest >= value):
        reasons.add(Why.THRESHOLD)
    if value is not None and defn.flag_rule is FlagRule.DROP_BELOW_AVERAGE:
        earlier = [t for t in previous if t is not None][:defn.flag_window or 4]
        if earlier and fmean(earlier) - latest >= value:
            reasons.add(Why.DROP)
            usual = fmean(earlier)
    return QuietWord(latest, frozenset(reasons), usual) if reasons else None


def is_flagged(defn: InstrumentDefinition, latest: int | None, previous: Sequence[int | None]) -> bool:
    """Whether the latest total suggests offering a private conversation (see ``quiet_word``)."""
    return quiet_word(defn, latest, previous) is not None


def suggests_anything(defn: InstrumentDefinition) -> bool:
    """Whether any check-in with this instrument could suggest a quiet word."""
    return defn.low_mark is not None or (defn.flag_rule is not FlagRule.NONE and defn.flag_value is not None)


def _fixed_id(key: str) -> uuid.UUID:
    # Built-ins share one id on every laptop, so stores can later be merged.
    return uuid.uuid5(uuid.NAMESPACE_URL, f"facilitator-app:instrument:{key}")


LOW_MOOD = 2   # of 0-10: said in a round, it is worth a private word even at a first check-in
_LOW_MARKS = {"mood": LOW_MOOD}   # by built-in key: not stored, so every laptop follows the same rule

MOOD = InstrumentDefinition(
    id=_fixed_id("mood"), key="mood", name="Mood",
    items=(InstrumentItem("How are you today?", 0, 10),),
    flag_rule=FlagRule.DROP_BELOW_AVERAGE, flag_value=3, flag_window=4,
    period="today", builtin=True,
)

WHO5 = InstrumentDefinition(
    id=_fixed_id("who5"), key="who5", name="WHO-5 Well-Being Index",
    items=tuple(InstrumentItem(text, 0, 5) for text in (
        "I have felt cheerful and in good spirits",
        "I have felt calm and relaxed",
        "I have felt active and vigorous",
        "I woke up feeling fresh and rested",
        "My daily life has been filled with things that interest me",
    )),
    flag_rule=FlagRule.BELOW, flag_value=13,
    period="over the last two weeks", builtin=True,
)

PHQ2 = InstrumentDefinition(
    id=_fixed_id("phq2"), key="phq2", name="PHQ-2",
    items=(
        InstrumentItem("Little interest or pleasure in doing things", 0, 3),
        InstrumentItem("Feeling down, depressed or hopeless", 0, 3),
    ),
    flag_rule=FlagRule.AT_LEAST, flag_value=3,
    period="over the last two weeks", builtin=True,
)

BUILTIN_INSTRUMENTS: tuple[InstrumentDefinition, ...] = (MOOD, WHO5, PHQ2)


def who5_percentage(raw: int) -> int:
    """WHO-5's published percentage: the raw score (0-25) times four."""
    return raw * 4


def percentage(defn: InstrumentDefinition, total: int | None) -> int | None:
    """The published percentage where an instrument has one (WHO-5: raw x 4), else None."""
    return who5_percentage(total) if defn.key == WHO5.key and total is not None else None


def short_name(defn: InstrumentDefinition) -> str:
    """The name used in headings and reasons ("WHO-5" rather than the full index name)."""
    return "WHO-5" if defn.key == WHO5.key else defn.name
