"""Meeting patterns: weekly, fortnightly and monthly on the nth weekday, as pure date arithmetic."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.recurrence import LAST_WEEK, Recurrence, nth_weekday
from facilitator_app.errors import ValidationError

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekly(weekday: int = TUE, anchor: date = date(2026, 1, 6)) -> Recurrence:
    return Recurrence(Cadence.WEEKLY, weekday=weekday, anchor=anchor)


def fortnightly(weekday: int = TUE, anchor: date = date(2026, 1, 6)) -> Recurrence:
    return Recurrence(Cadence.FORTNIGHTLY, weekday=weekday, anchor=anchor)


def monthly(weekday: int, week: int, anchor: date = date(2026, 1, 1)) -> Recurrence:
    return Recurrence(Cadence.MONTHLY, weekday=weekday, anchor=anchor, week_of_month=week)


# --- weekly -------------------------------------------------------------------------------

def test_weekly_starts_at_the_anchor_and_steps_one_week() -> None:
    assert weekly().next_dates(date(2026, 1, 1), 4) == [
        date(2026, 1, 6), date(2026, 1, 13), date(2026, 1, 20), date(2026, 1, 27)]


def test_weekly_start_on_a_meeting_day_includes_that_day() -> None:
    assert weekly().next_dates(date(2026, 1, 13), 2) == [date(2026, 1, 13), date(2026, 1, 20)]


def test_weekly_start_midweek_gives_the_next_meeting_day() -> None:
    assert weekly().next_dates(date(2026, 1, 14), 2) == [date(2026, 1, 20), date(2026, 1, 27)]


def test_weekly_anchor_on_another_weekday_meets_on_the_first_matching_day_after_it() -> None:
    # 1 January 2026 is a Thursday; the group meets on Tuesdays.
    assert weekly(TUE, anchor=date(2026, 1, 1)).next_dates(date(2025, 12, 1), 2) == [
        date(2026, 1, 6), date(2026, 1, 13)]


def test_weekly_crosses_the_year_boundary() -> None:
    rec = weekly(THU, anchor=date(2026, 1, 1))
    assert rec.next_dates(date(2026, 12, 20), 3) == [date(2026, 12, 24), date(2026, 12, 31), date(2027, 1, 7)]


def test_weekly_crosses_a_leap_day() -> None:
    rec = weekly(MON, anchor=date(2028, 1, 3))
    assert rec.next_dates(date(2028, 2, 20), 3) == [date(2028, 2, 21), date(2028, 2, 28), date(2028, 3, 6)]


# --- fortnightly --------------------------------------------------------------------------

def test_fortnightly_steps_two_weeks_from_the_anchor() -> None:
    assert fortnightly().next_dates(date(2026, 1, 1), 3) == [
        date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]


def test_fortnightly_start_in_the_off_week_skips_to_the_meeting_week() -> None:
    # 13 January is a Tuesday, but not one of this group's Tuesdays.
    assert fortnightly().next_dates(date(2026, 1, 13), 2) == [date(2026, 1, 20), date(2026, 2, 3)]


def test_fortnightly_start_between_two_meetings() -> None:
    assert fortnightly().next_dates(date(2026, 1, 8), 2) == [date(2026, 1, 20), date(2026, 2, 3)]
    assert fortnightly().next_dates(date(2026, 1, 21), 1) == [date(2026, 2, 3)]


def test_fortnightly_anchor_decides_which_weeks() -> None:
    odd = fortnightly(anchor=date(2026, 1, 6))
    even = fortnightly(anchor=date(2026, 1, 13))
    start = date(2026, 2, 1)
    assert odd.next_dates(start, 2) == [date(2026, 2, 3), date(2026, 2, 17)]
    assert even.next_dates(start, 2) == [date(2026, 2, 10), date(2026, 2, 24)]


def test_fortnightly_anchor_not_on_the_weekday() -> None:
    # Anchor Thursday 8 January 2026, meeting on Mondays: first Monday after is 12 January.
    rec = fortnightly(MON, anchor=date(2026, 1, 8))
    assert rec.next_dates(date(2026, 3, 1), 2) == [date(2026, 3, 9), date(2026, 3, 23)]


def test_fortnightly_far_from_the_anchor_keeps_the_phase() -> None:
    rec = fortnightly()
    [day] = rec.next_dates(date(2027, 6, 1), 1)
    assert day.weekday() == TUE
    assert (day - date(2026, 1, 6)).days % 14 == 0
    assert day - date(2027, 6, 1) < timedelta(days=14)


# --- monthly ------------------------------------------------------------------------------

@pytest.mark.parametrize(("week", "expected"), [
    (1, [date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2)]),
    (2, [date(2026, 1, 12), date(2026, 2, 9), date(2026, 3, 9)]),
    (3, [date(2026, 1, 19), date(2026, 2, 16), date(2026, 3, 16)]),
    (4, [date(2026, 1, 26), date(2026, 2, 23), date(2026, 3, 23)]),
    (LAST_WEEK, [date(2026, 1, 26), date(2026, 2, 23), date(2026, 3, 30)]),
])
def test_monthly_nth_monday(week: int, expected: list[date]) -> None:
    assert monthly(MON, week).next_dates(date(2026, 1, 1), 3) == expected


def test_monthly_fourth_and_last_differ_in_a_month_with_five_such_weekdays() -> None:
    # March 2026 has five Mondays (2, 9, 16, 23, 30).
    assert nth_weekday(2026, 3, MON, 4) == date(2026, 3, 23)
    assert nth_weekday(2026, 3, MON, LAST_WEEK) == date(2026, 3, 30)
    # December 2026 has five Thursdays; the last is the 31st.
    assert nth_weekday(2026, 12, THU, LAST_WEEK) == date(2026, 12, 31)


def test_monthly_in_february() -> None:
    # February 2026 has exactly four of every weekday.
    assert nth_weekday(2026, 2, SUN, 4) == date(2026, 2, 22)
    assert nth_weekday(2026, 2, SUN, LAST_WEEK) == date(2026, 2, 22)
    assert nth_weekday(2026, 2, SAT, LAST_WEEK) == date(2026, 2, 28)
    assert nth_weekday(2026, 2, SUN, 1) == date(2026, 2, 1)
    # Leap February 2028 has five Tuesdays: the last one is the 29th.
    assert nth_weekday(2028, 2, TUE, LAST_WEEK) == date(2028, 2, 29)
    assert nth_weekday(2028, 2, TUE, 4) == date(2028, 2, 22)


def test_monthly_last_friday_through_february() -> None:
    assert monthly(FRI, LAST_WEEK).next_dates(date(2026, 1, 1), 3) == [
        date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]


def test_monthly_across_the_year_boundary() -> None:
    assert monthly(FRI, 1).next_dates(date(2026, 11, 15), 3) == [
        date(2026, 12, 4), date(2027, 1, 1), date(2027, 2, 5)]
    assert monthly(THU, LAST_WEEK).next_dates(date(2026, 12, 1), 2) == [date(2026, 12, 31), date(2027, 1, 28)]


def test_monthly_start_after_this_months_date_moves_to_next_month() -> None:
    assert monthly(MON, 1).next_dates(date(2026, 1, 6), 1) == [date(2026, 2, 2)]
    assert monthly(MON, 1).next_dates(date(2026, 1, 5), 1) == [date(2026, 1, 5)]


def test_monthly_anchor_mid_month_leaves_out_that_months_earlier_date() -> None:
    rec = monthly(MON, 1, anchor=date(2026, 1, 10))
    assert rec.next_dates(date(2025, 6, 1), 2) == [date(2026, 2, 2), date(2026, 3, 2)]


# --- skipped dates, counts, anchor --------------------------------------------------------

def test_skipped_dates_are_left_out_and_the_count_still_met() -> None:
    skipped = {date(2026, 1, 13), date(2026, 1, 27)}
    assert weekly().next_dates(date(2026, 1, 1), 3, skipped=skipped) == [
        date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]


def test_skipped_monthly_date_moves_on_to_the_next_month() -> None:
    rec = monthly(WED, 2)
    assert rec.next_dates(date(2026, 1, 1), 2, skipped=[date(2026, 1, 14)]) == [
        date(2026, 2, 11), date(2026, 3, 11)]


def test_a_skipped_date_outside_the_pattern_changes_nothing() -> None:
    rec = fortnightly()
    plain = rec.next_dates(date(2026, 1, 1), 3)
    assert rec.next_dates(date(2026, 1, 1), 3, skipped=[date(2026, 1, 13), date(2026, 1, 7)]) == plain


def test_skipped_accepts_any_iterable_including_a_generator() -> None:
    gen = (d for d in [date(2026, 1, 6)])
    assert weekly().next_dates(date(2026, 1, 1), 1, skipped=gen) == [date(2026, 1, 13)]


def test_zero_count_gives_no_dates() -> None:
    assert weekly().next_dates(date(2026, 1, 1), 0) == []


@pytest.mark.parametrize("rec", [
    weekly(), fortnightly(), monthly(TUE, 1, anchor=date(2026, 1, 6)),
    monthly(TUE, LAST_WEEK, anchor=date(2026, 1, 6)),
], ids=["weekly", "fortnightly", "monthly-first", "monthly-last"])
def test_no_date_before_the_anchor(rec: Recurrence) -> None:
    dates = rec.next_dates(date(2020, 1, 1), 6)
    assert len(dates) == 6
    assert min(dates) >= rec.anchor


@pytest.mark.parametrize(("rec", "expected"), [
    (weekly(), [date(2025, 12, 16), date(2025, 12, 23), date(2025, 12, 30), date(2026, 1, 6)]),
    (fortnightly(), [date(2025, 11, 25), date(2025, 12, 9), date(2025, 12, 23), date(2026, 1, 6)]),
    (fortnightly(MON, anchor=date(2026, 1, 8)), [date(2025, 12, 1), date(2025, 12, 15), date(2025, 12, 29),
                                                 date(2026, 1, 12)]),
    (monthly(TUE, LAST_WEEK, anchor=date(2026, 1, 6)), [date(2025, 9, 30), date(2025, 10, 28), date(2025, 11, 25),
                                                        date(2025, 12, 30)]),
], ids=["weekly", "fortnightly", "fortnightly-anchor-off-day", "monthly-last"])
def test_dates_before_the_anchor_when_asked_keep_the_pattern(rec: Recurrence, expected: list[date]) -> None:
    # Filling in history: the pattern runs backwards from the anchor, in the same phase.
    assert rec.next_dates(expected[0] - timedelta(days=1), 4, before_anchor=True) == expected
    assert rec.next_dates(expected[0], 4, before_anchor=True) == expected
    assert rec.next_dates(expected[0], 4)[0] >= rec.anchor   # not asked: the anchor still holds


def test_dates_from_is_endless_and_ordered() -> None:
    gen = weekly().dates_from(date(2026, 1, 1))
    first = [next(gen) for _ in range(60)]
    assert first[0] == date(2026, 1, 6)
    assert first[-1] == date(2026, 1, 6) + timedelta(weeks=59)


# --- describe -----------------------------------------------------------------------------

def test_describe_weekly() -> None:
    assert weekly().describe() == "Every Tuesday at 18:30 (90 min)"


def test_describe_fortnightly() -> None:
    rec = Recurrence(Cadence.FORTNIGHTLY, weekday=THU, anchor=date(2026, 1, 8),
                     start_time=time(10, 0), duration_minutes=120)
    assert rec.describe() == "Every other Thursday at 10:00 (120 min)"


@pytest.mark.parametrize(("week", "word"), [(1, "first"), (2, "second"), (3, "third"), (4, "fourth"),
                                            (LAST_WEEK, "last")])
def test_describe_monthly(week: int, word: str) -> None:
    rec = Recurrence(Cadence.MONTHLY, weekday=SUN, anchor=date(2026, 1, 1), start_time=time(9, 5),
                     duration_minutes=60, week_of_month=week)
    assert rec.describe() == f"The {word} Sunday of each month at 09:05 (60 min)"


# --- invalid input ------------------------------------------------------------------------

@pytest.mark.parametrize("weekday", [-1, 7, 12])
def test_weekday_out_of_range_refused(weekday: int) -> None:
    with pytest.raises(ValidationError, match="day of the week"):
        Recurrence(Cadence.WEEKLY, weekday=weekday, anchor=date(2026, 1, 6))


@pytest.mark.parametrize("week", [0, 5, -2, 6])
def test_monthly_week_of_month_out_of_range_refused(week: int) -> None:
    with pytest.raises(ValidationError, match="1st, 2nd, 3rd, 4th or last"):
        monthly(MON, week)


@pytest.mark.parametrize("minutes", [0, 14, 481, -90])
def test_duration_out_of_range_refused(minutes: int) -> None:
    with pytest.raises(ValidationError, match="between 15 minutes and 8 hours"):
        Recurrence(Cadence.WEEKLY, weekday=MON, anchor=date(2026, 1, 5), duration_minutes=minutes)


@pytest.mark.parametrize("minutes", [15, 480])
def test_duration_bounds_accepted(minutes: int) -> None:
    assert Recurrence(Cadence.WEEKLY, weekday=MON, anchor=date(2026, 1, 5),
                      duration_minutes=minutes).duration_minutes == minutes


def test_negative_count_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be negative"):
        weekly().next_dates(date(2026, 1, 1), -1)


# --- property -----------------------------------------------------------------------------

def _on_pattern(rec: Recurrence, day: date) -> bool:
    """An independent statement of the pattern, one day at a time."""
    if day < rec.anchor or day.weekday() != rec.weekday:
        return False
    if rec.cadence is Cadence.WEEKLY:
        return True
    if rec.cadence is Cadence.FORTNIGHTLY:
        first = rec.anchor + timedelta(days=(rec.weekday - rec.anchor.weekday()) % 7)
        return (day - first).days % 14 == 0
    if rec.week_of_month == LAST_WEEK:
        return (day + timedelta(days=7)).month != day.month
    return (day.day - 1) // 7 + 1 == rec.week_of_month


@st.composite
def recurrences(draw: st.DrawFn) -> Recurrence:
    cadence = draw(st.sampled_from(list(Cadence)))
    week = draw(st.sampled_from([1, 2, 3, 4, LAST_WEEK]))
    return Recurrence(cadence, weekday=draw(st.integers(0, 6)),
                      anchor=draw(st.dates(date(2000, 1, 1), date(2060, 12, 31))), week_of_month=week)


@settings(max_examples=150, deadline=None)
@given(rec=recurrences(), offset=st.integers(-400, 400), count=st.integers(0, 15), data=st.data())
def test_next_dates_property(rec: Recurrence, offset: int, count: int, data: st.DataObject) -> None:
    start = rec.anchor + timedelta(days=offset)
    candidates = rec.next_dates(start, count + 4)
    skipped = data.draw(st.sets(st.sampled_from(candidates), max_size=4) if candidates else st.just(set()))
    dates = rec.next_dates(start, count, skipped=skipped)

    assert len(dates) == count
    assert all(a < b for a, b in zip(dates, dates[1:], strict=False))
    assert all(d.weekday() == rec.weekday for d in dates)
    assert not set(dates) & skipped
    assert all(d >= start and d >= rec.anchor for d in dates)
    assert all(_on_pattern(rec, d) for d in dates)
    # Nothing on the pattern is missed between the start and the last date, except the skipped ones.
    if dates:
        day, expected = max(start, rec.anchor), []
        while day <= dates[-1]:
            if _on_pattern(rec, day) and day not in skipped:
                expected.append(day)
            day += timedelta(days=1)
        assert dates == expected
    # Without skipped dates, the steps are exact.
    plain = rec.next_dates(start, count)
    gaps = {(b - a).days for a, b in zip(plain, plain[1:], strict=False)}
    if rec.cadence is Cadence.WEEKLY:
        assert gaps <= {7}
    elif rec.cadence is Cadence.FORTNIGHTLY:
        assert gaps <= {14}
    else:
        assert gaps <= {28, 35}
        months = [d.year * 12 + d.month for d in plain]
        assert all(b - a == 1 for a, b in zip(months, months[1:], strict=False))
