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
