"""How dates, statuses and rates read on screen (one place, so every panel agrees)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QLocale

from facilitator_app.domain.enums import AttendanceStatus, Cadence
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.ui.language import (
    DAY_DATE,
    DAY_MONTH,
    LONG_DATE,
    QT_TRANSLATE_NOOP,
    SHORT_DATE,
    format_date,
    translate,
)


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


# The words of the domain's vocabularies (domain/enums.py, export/privacy.py), marked for the .ts files.
_LABELS = (
    QT_TRANSLATE_NOOP("Labels", "Present"), QT_TRANSLATE_NOOP("Labels", "Late"),
    QT_TRANSLATE_NOOP("Labels", "Left early"), QT_TRANSLATE_NOOP("Labels", "Excused"),
    QT_TRANSLATE_NOOP("Labels", "Absent"), QT_TRANSLATE_NOOP("Labels", "Planned"), QT_TRANSLATE_NOOP("Labels", "Held"),
    QT_TRANSLATE_NOOP("Labels", "Cancelled"), QT_TRANSLATE_NOOP("Labels", "Did not meet"),
    QT_TRANSLATE_NOOP("Labels", "Weekly"), QT_TRANSLATE_NOOP("Labels", "Fortnightly"),
    QT_TRANSLATE_NOOP("Labels", "Monthly"), QT_TRANSLATE_NOOP("Labels", "Full names"),
    QT_TRANSLATE_NOOP("Labels", "First names"), QT_TRANSLATE_NOOP("Labels", "Initials"),
    QT_TRANSLATE_NOOP("Labels", "Headcount only"),
)


def label_of(value: Labelled) -> str:
    """A status's, cadence's or names level's label in the window's language ("Present": "Presente")."""
    return translate("Labels", value.label)


def describe_recurrence(rec: Recurrence) -> str:
    """The meeting pattern in the window's language, e.g. "Every other Tuesday at 18:30 (90 min)"."""
    day = QLocale().standaloneDayName(rec.weekday + 1)
    time = f"{rec.start_time:%H:%M}"   # the 24-hour clock the group dialog uses
    if rec.cadence is Cadence.WEEKLY:
        text = translate("Recurrence", "Every {day} at {time} ({minutes} min)")
    elif rec.cadence is Cadence.FORTNIGHTLY:
        text = translate("Recurrence", "Every other {day} at {time} ({minutes} min)")
    else:
        nth = {1: QT_TRANSLATE_NOOP("Recurrence", "first"), 2: QT_TRANSLATE_NOOP("Recurrence", "second"),
               3: QT_TRANSLATE_NOOP("Recurrence", "third"), 4: QT_TRANSLATE_NOOP("Recurrence", "fourth")}
        which = translate("Recurrence", nth.get(rec.week_of_month, QT_TRANSLATE_NOOP("Recurrence", "last")))
        text = translate("Recurrence", "The {which} {day} of each month at {time} ({minutes} min)").format(
            which=which, day="{day}", time="{time}", minutes="{minutes}")
    return text.format(day=day, time=time, minutes=rec.duration_minutes)


def day_date(day: date | None) -> str:
    """E.g. "1 Dec 2026", for narrow columns where the weekday says nothing; "" for no date.
    Dates on screen follow the language's format (translated) and the locale's month names."""
    return format_date(day, DAY_DATE) if day else ""


def short_date(day: date | None) -> str:
    """E.g. "Tue 1 Dec 2026"; "" for no date."""
    return format_date(day, SHORT_DATE) if day else ""


def long_date(day: date) -> str:
    """E.g. "Tuesday 1 December 2026"."""
    return format_date(day, LONG_DATE)


def month_day(day: date) -> str:
    """E.g. "1 Dec", for a chart's axis."""
    return format_date(day, DAY_MONTH)


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


STATUS_KEYS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: "P",
    AttendanceStatus.LATE: "L",
    AttendanceStatus.LEFT_EARLY: "O",
    AttendanceStatus.EXCUSED: "E",
    AttendanceStatus.ABSENT: "A",
}

# Space cycles through the statuses in the order they are most often needed.
STATUS_CYCLE: tuple[AttendanceStatus, ...] = (
    AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY,
    AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
)


def next_status(current: AttendanceStatus | None) -> AttendanceStatus:
    if current is None:
        return STATUS_CYCLE[0]
    return STATUS_CYCLE[(STATUS_CYCLE.index(current) + 1) % len(STATUS_CYCLE)]
