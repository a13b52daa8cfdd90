"""Sentences about past dates: a group that started before today, sessions to record after the fact."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.ui.dialogs.submit_dialog import format_day
from facilitator_app.ui.language import translate

MAX_PAST = 104  # the most sessions one Schedule adds (the meeting service's limit)


def past_dates(rec: Recurrence, start: date, today: date, skipped: Iterable[date] = ()) -> list[date]:
    """The pattern's dates from ``start`` that are before ``today`` (at most ``MAX_PAST``)."""
    return [d for d in rec.next_dates(start, MAX_PAST, skipped=skipped, before_anchor=True) if d < today]


def past_dates_sentence(past: int, total: int) -> str:
    """What happens to the ``past`` dates before today among the ``total`` to be added."""
    if total == 1:
        return translate("HistoryWording", "This date is in the past: it will be added as a session to record.")
    which = translate("HistoryWording", "All {past}").format(past=past) if past == total else str(past)
    return translate("HistoryWording", "{which} of these dates are in the past: they will be added as sessions to "
                                       "record.").format(which=which)


def first_session_line(rec: Recurrence, today: date, skipped: Iterable[date] = ()) -> str | None:
    """A new group's first session, and what happens when it is already past; None without one."""
    skip = set(skipped)
    first = rec.next_dates(rec.anchor, 1, skipped=skip)
    if not first:
        return None
    if first[0] >= today:
        return translate("HistoryWording", "First session: {format_day}.").format(format_day=format_day(first[0]))
    past = len(past_dates(rec, rec.anchor, today, skip))
    dates = translate("HistoryWording", "%n date(s) before today", "", past)
    return (translate("HistoryWording", "First session: {format_day}, in the past. Schedule sessions… starts from "
                                        "it: the {dates} will be added as sessions to record.").format(
                                            format_day=format_day(first[0]), dates=dates))
