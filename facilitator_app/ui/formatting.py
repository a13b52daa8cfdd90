"""How dates, statuses and rates read on screen (one place, so every panel agrees)."""

from __future__ import annotations

from datetime import date

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.text import MONTHS, long_date, short_date  # noqa: F401 (the UI's date formats)
from facilitator_app.ui.language import translate


def day_date(day: date | None) -> str:
    """E.g. "1 Dec 2026", for narrow columns where the weekday says nothing; "" for no date."""
    return translate("Formatting", "{day} {value} {year}").format(day=day.day, value=MONTHS[day.month - 1][:3],
                                                                  year=day.year) if day else ""


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
