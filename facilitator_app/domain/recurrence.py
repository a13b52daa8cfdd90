"""When a group meets: weekly, fortnightly, or monthly on the nth weekday.

Pure date arithmetic, so the schedule can be unit-tested without a store.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.text import WEEKDAYS
from facilitator_app.errors import ValidationError

WEEKDAY_NAMES = WEEKDAYS
LAST_WEEK = -1  # "the last <weekday> of the month"


@dataclass(frozen=True)
class Recurrence:
    """A group's meeting pattern.

    ``anchor`` is the first date of the pattern: it fixes which weeks a fortnightly
    group meets in. Dates before it come only when asked for (``before_anchor``): a
    facilitator filling in sessions held before the app was used.
    ``week_of_month`` (1-4, or -1 for the last) is used only by monthly groups.
    """

    cadence: Cadence
    weekday: int
    anchor: date
    start_time: time = time(18, 30)
    duration_minutes: int = 90
    week_of_month: int = 1

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "cadence", Cadence(self.cadence))
        except ValueError:
            raise ValidationError("A group meets weekly, fortnightly or monthly.") from None
        if not 0 <= self.weekday <= 6:
            raise ValidationError("The meeting day must be a day of the week (Monday to Sunday).")
        if self.cadence is Cadence.MONTHLY and self.week_of_month not in (1, 2, 3, 4, LAST_WEEK):
            raise ValidationError("A monthly group meets on the 1st, 2nd, 3rd, 4th or last weekday of the month.")
        if not 15 <= self.duration_minutes <= 8 * 60:
            raise ValidationError("A session lasts between 15 minutes and 8 hours.")

    def describe(self) -> str:
        """A sentence for the screen, e.g. "Every other Tuesday at 18:30 (90 min)"."""
        day = WEEKDAY_NAMES[self.weekday]
        at = f"at {self.start_time:%H:%M} ({self.duration_minutes} min)"
        if self.cadence is Cadence.WEEKLY:
            return f"Every {day} {at}"
        if self.cadence is Cadence.FORTNIGHTLY:
            return f"Every other {day} {at}"
        nth = {1: "first", 2: "second", 3: "third", 4: "fourth", LAST_WEEK: "last"}[self.week_of_month]
        return f"The {nth} {day} of each month {at}"

    def dates_from(self, start: date, *, before_anchor: bool = False) -> Iterator[date]:
        """Every meeting date on or after ``start`` (and the anchor, unless ``before_anchor``), in
        order, without end. Before the anchor the pattern runs backwards in the same phase."""
        if not before_anchor:
            start = max(start, self.anchor)
        if self.cadence is Cadence.MONTHLY:
            year, month = start.year, start.month
            while True:
                day = nth_weekday(year, month, self.weekday, self.week_of_month)
                if day >= start:
                    yield day
                month += 1
                if month == 13:
                    year, month = year + 1, 1
        step = 7 if self.cadence is Cadence.WEEKLY else 14
        first = self.anchor + timedelta(days=(self.weekday - self.anchor.weekday()) % 7)
        steps = -(-(start - first).days // step)  # ceiling division; negative before the anchor
        first += timedelta(days=steps * step)
        day = first
        while True:
            yield day
            day += timedelta(days=step)

    def next_dates(self, start: date, count: int, skipped: Iterable[date] = (), *,
                   before_anchor: bool = False) -> list[date]:
        """The next ``count`` meeting dates from ``start``, leaving out the skipped ones."""
        if count < 0:
            raise ValidationError("The number of sessions to schedule cannot be negative.")
        skip = set(skipped)
        out: list[date] = []
        for day in self.dates_from(start, before_anchor=before_anchor):
            if len(out) == count:
                break
            if day not in skip:
                out.append(day)
        return out


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The nth ``weekday`` of a month; ``n = -1`` gives the last one."""
    if n == LAST_WEEK:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
