"""Group report: headcounts by default, the numbers, the charts' labels, names only on request."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.errors import ValidationError
from facilitator_app.export.document import CONFIDENTIAL
from facilitator_app.export.group_report import GroupReportOptions, export_group_report
from facilitator_app.export.privacy import NameLevel
from facilitator_app.services.container import Services
from facilitator_app.services.group_report_data import group_report_data
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.reports import reports_for
from tests.helpers.fixtures import weekly_draft
from tests.unit.export.pdfs import (
    MAIN_GROUP,
    NON_ASCII,
    TODAY,
    font_names,
    has_name,
    metadata_text,
    names_in,
    pdftotext,
    qpdf_ok,
)

START, END = date(2025, 9, 1), date(2026, 2, 28)


def _names(services: Services) -> set[str]:
    return {n for m in services.members.list_members() for n in (m.preferred_name, m.full_name) if n}


def test_headcount_report(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "report.pdf"
    result = export_group_report(sample, GroupReportOptions(group.id, START, END, today=TODAY), target)
    qpdf_ok(target)
    text = pdftotext(target)
    meetings = sample.meetings.list_meetings(group.id, START, END)
    held = sum(1 for m in meetings if m.status is MeetingStatus.HELD)
    for expected in ("Group report", MAIN_GROUP, "Monday 1 September 2025 to Saturday 28 February 2026",
                     f"Sessions held\n\n{held}", "Attendance per session", "People in the room", "Session date",
                     "Check-ins over time", "Average Mood", "Month", "Month by month", "Nov 2025", "Feb 2026",
                     "Names shown as: headcount only", f"Page 1 of {result.pages}"):
        assert expected in text, expected
    assert names_in(text, _names(sample)) == []
    assert names_in(metadata_text(target), _names(sample)) == []
    assert CONFIDENTIAL not in text
    assert font_names(target) == {"DejaVuSans", "DejaVuSans-Bold"}   # the charts too: nothing unembedded


def test_the_numbers(sample: Services) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    data = group_report_data(reports_for(sample), group.id, START, END)
    meetings = sample.meetings.list_meetings(group.id, START, END)
    assert len(data.sessions) == len(meetings)
    for line, meeting in zip(data.sessions, meetings, strict=True):
        assert line.date == meeting.date and line.status is meeting.status
        if meeting.status is MeetingStatus.HELD:
            came = sum(1 for a in sample.attendance.list_for_meeting(meeting.id) if a.status.attended)
            assert (line.attended, line.visitors) == (came, meeting.visitor_count)
    assert data.sessions_with(MeetingStatus.CANCELLED) + data.sessions_with(MeetingStatus.DID_NOT_MEET) >= 1
    held = [s for s in data.sessions if s.status is MeetingStatus.HELD]
    assert data.average_attendance == pytest.approx(sum(s.in_room for s in held) / len(held))
    roster = sample.members.group_members(group.id, include_former=True)
    joined = {gm.member.id for gm in roster if START <= gm.membership.joined_on <= END}
    assert data.new_members == len(joined)
    assert data.members_at_start == 0   # the group began in November
    assert data.members_at_end == len(sample.members.group_members(group.id, active_on=END))
    checkins = [c for m in meetings if m.status is MeetingStatus.HELD for c in sample.checkins.list_for_meeting(m.id)]
    assert data.checkins == len(checkins) and data.passes == sum(c.passed for c in checkins)
    scored = [c.total for c in checkins if not c.passed]
    assert data.average_checkin == pytest.approx(sum(scored) / len(scored))
    assert [m.month for m in data.months] == [date(2025, m, 1) for m in (9, 10, 11, 12)] + \
        [date(2026, 1, 1), date(2026, 2, 1)]


def test_with_first_names_a_members_table_follows(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "report.pdf"
    export_group_report(sample, GroupReportOptions(group.id, START, END, names=NameLevel.FIRST, today=TODAY), target)
    text = pdftotext(target)
    assert "Sessions attended" in text and CONFIDENTIAL in text
    assert all(has_name(text, name) for name in NON_ASCII)
    assert names_in(metadata_text(target), _names(sample)) == []


def test_a_period_without_sessions(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "report.pdf"
    export_group_report(sample, GroupReportOptions(group.id, date(2020, 1, 1), date(2020, 3, 31), today=TODAY),
                        target)
    text = pdftotext(target)
    assert "No sessions were held in this period." in text
    assert "No check-ins with a score were recorded in this period." in text
    qpdf_ok(target)


def test_dates_in_the_wrong_order(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    with pytest.raises(ValidationError, match="Swap the dates"):
        export_group_report(sample, GroupReportOptions(group.id, END, START), tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_only_check_ins_at_held_sessions_count(services: Services) -> None:
    """Check-ins typed in ahead at a planned session, or left at one later cancelled or marked
    "did not meet", are not part of what happened (issue 9)."""
    group = services.groups.create_group(weekly_draft())
    zoe = services.members.add_member(MemberDraft("Zoë"), group_id=group.id, joined_on=date(2026, 1, 1))
    held, planned, cancelled, did_not_meet = services.meetings.schedule_next(group.id, 4, start=date(2026, 1, 1))
    for meeting, mood in ((held, 7), (planned, 2), (cancelled, 1), (did_not_meet, 0)):
        services.checkins.record(meeting.id, zoe.id, MOOD.id, [mood])
    services.meetings.set_status(held.id, MeetingStatus.HELD)
    services.meetings.set_status(cancelled.id, MeetingStatus.CANCELLED)
    services.meetings.set_status(did_not_meet.id, MeetingStatus.DID_NOT_MEET)
    data = group_report_data(reports_for(services), group.id, date(2026, 1, 1), date(2026, 1, 31))
    assert (data.checkins, data.passes, data.average_checkin) == (1, 0, 7)
    assert [(m.month, m.checkins, m.average) for m in data.months] == [(date(2026, 1, 1), 1, 7)]
    assert data.other_instrument_checkins == 0
    services.meetings.set_status(planned.id, MeetingStatus.HELD)   # once held, it counts
    data = group_report_data(reports_for(services), group.id, date(2026, 1, 1), date(2026, 1, 31))
    assert (data.checkins, data.average_checkin) == (2, 4.5)


def test_members_table_counts_sessions_since_joining_and_tells_namesakes_apart(services: Services,
                                                                                tmp_path: Path) -> None:
    from facilitator_app.domain.enums import AttendanceStatus

    group = services.groups.create_group(weekly_draft())
    meetings = services.meetings.schedule_next(group.id, 8, start=date(2026, 1, 6))   # Tuesdays 6 Jan to 24 Feb
    people = {name: services.members.add_member(MemberDraft(name, full), group_id=group.id, joined_on=joined)
              for name, full, joined in (("Ada", "", date(2026, 1, 6)), ("Bea", "", date(2026, 2, 3)),
                                         ("Omar", "Omar Haddad", date(2026, 1, 6)),
                                         ("Omar", "Omar Farouk", date(2026, 1, 6)),
                                         ("Cy", "", date(2026, 1, 6)), ("Di", "", date(2026, 1, 6)))}
    services.members.leave_group(people["Cy"].id, group.id, left_on=date(2026, 1, 21))   # inside the period
    services.members.leave_group(people["Di"].id, group.id, left_on=date(2026, 4, 1))    # after it
    for meeting in meetings:
        services.attendance.set_status(meeting.id, people["Ada"].id, AttendanceStatus.PRESENT)
    for meeting in meetings[4:]:
        services.attendance.set_status(meeting.id, people["Bea"].id, AttendanceStatus.PRESENT)
    target = tmp_path / "report.pdf"
    export_group_report(services, GroupReportOptions(group.id, date(2026, 1, 1), date(2026, 2, 28),
                                                     names=NameLevel.FIRST, today=TODAY), target)
    rows = " ".join(pdftotext(target).split("Sessions attended")[1].split())
    assert "Ada Tue 6 Jan 2026 — 8 of 8" in rows
    assert "Bea Tue 3 Feb 2026 — 4 of 4" in rows            # sessions since she joined, not all eight
    assert "Cy Tue 6 Jan 2026 Wed 21 Jan 2026 0 of 3" in rows
    assert "Di Tue 6 Jan 2026 — 0 of 8" in rows             # left after the period: not shown as left
    assert "Omar F." in rows and "Omar H." in rows         # namesakes: two rows a reader can tell apart
    assert "Apr 2026" not in rows


def test_axis_labels_carry_the_year_where_it_starts_and_changes() -> None:
    from facilitator_app.export.group_report import _axis_labels

    days = [date(2025, 12, 2), date(2025, 12, 9), date(2025, 12, 30), date(2026, 1, 6), date(2026, 1, 13)]
    labels = _axis_labels(days, lambda day: f"{day.day}/{day.month}", room=14)
    assert labels == ["2/12\n2025", "9/12", "30/12", "6/1\n2026", "13/1"]
    # Thinned: the year moves to the first label shown in the new year.
    many = [date(2025, 12, 1 + k) for k in range(31)] + [date(2026, 1, 1 + k) for k in range(31)]
    thinned = _axis_labels(many, lambda day: str(day.day), room=10)
    shown = [(day, text) for day, text in zip(many, thinned, strict=True) if text]
    assert shown[0][1].endswith("\n2025")
    first_2026 = next(text for day, text in shown if day.year == 2026)
    assert first_2026.endswith("\n2026")
    assert sum(text.count("\n") for _day, text in shown) == 2


def test_the_subtitle_never_breaks_inside_a_date(services: Services, tmp_path: Path) -> None:
    start, end = date(2025, 9, 1), date(2026, 2, 28)
    for extra in range(0, 40, 3):
        group = services.groups.create_group(weekly_draft(f"Group {'x' * extra} of Millbrook Peer Support"))
        target = tmp_path / f"report-{extra}.pdf"
        export_group_report(services, GroupReportOptions(group.id, start, end, today=TODAY), target)
        head = pdftotext(target).split("Period")[0]
        for day in ("Monday 1 September 2025", "Saturday 28 February 2026"):
            assert day in head, (extra, head)   # on one line, never split across two
