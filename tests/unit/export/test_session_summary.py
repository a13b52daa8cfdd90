"""Session summary: contents, numbers, privacy levels, non-ASCII names, metadata, structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.instruments import is_flagged
from facilitator_app.domain.records import MeetingRecord, MemberDraft, NoteSections
from facilitator_app.domain.text import sort_key
from facilitator_app.errors import NotFoundError
from facilitator_app.export.document import CONFIDENTIAL
from facilitator_app.export.privacy import NameLevel, initials
from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary
from facilitator_app.services.container import Services
from facilitator_app.services.reports import reports_for
from facilitator_app.services.session_summary_data import session_summary_data
from tests.unit.export.pdfs import (
    MAIN_GROUP,
    NON_ASCII,
    TODAY,
    font_names,
    has_name,
    metadata_text,
    names_in,
    pdftotext,
    pypdf_text,
    qpdf_ok,
)


def _meeting_with_everyone(services: Services) -> MeetingRecord:
    """A held session of the main group that Zoë, Łukasz, Søren and Nguyễn Văn An all came to."""
    group = services.groups.find_group(MAIN_GROUP)
    for meeting in services.meetings.list_meetings(group.id):
        came = {line.member.preferred_name for line in services.attendance.sheet(meeting.id)
                if line.status is not None and line.status.attended}
        if set(NON_ASCII) <= came:
            return meeting
    raise AssertionError("the sample has no session with all four names")


def _all_names(services: Services) -> set[str]:
    names = set()
    for member in services.members.list_members():
        names.add(member.preferred_name)
        if member.full_name:
            names.add(member.full_name)
    return names


def _export(services: Services, tmp_path: Path, meeting: MeetingRecord, **options: object) -> tuple[Path, str]:
    target = tmp_path / "summary.pdf"
    result = export_session_summary(services, SessionSummaryOptions(meeting.id, today=TODAY, **options), target)
    assert result.path == target and target.exists() and result.pages >= 1
    qpdf_ok(target)
    return target, pdftotext(target)


def test_default_summary_holds_the_session_at_initials(sample: Services, tmp_path: Path) -> None:
    meeting = _meeting_with_everyone(sample)
    path, text = _export(sample, tmp_path, meeting)
    for expected in ("Session summary", MAIN_GROUP, "Tuesday 4 November 2025", meeting.topic, "Attendance",
                     "Check-in round", "Handouts given", "Page 1 of", "Names shown as: initials",
                     "Peer support group"):
        assert expected in text, expected
    for member in ("Z.M.", "Ł.", "S.", "N.V.A."):
        assert member in text
    # At initials level no member's preferred or full name appears: not in the text, not in the metadata.
    assert names_in(text, _all_names(sample)) == []
    assert names_in(metadata_text(path), _all_names(sample)) == []
    assert CONFIDENTIAL in text
    assert "Notes" not in text.split("Handouts given")[1]   # notes only when asked for
    assert font_names(path) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_numbers_match_the_records(sample: Services, tmp_path: Path) -> None:
    meeting = _meeting_with_everyone(sample)
    data = session_summary_data(reports_for(sample), meeting.id)
    sheet = sample.attendance.sheet(meeting.id)
    attended = sum(1 for line in sheet if line.status is not None and line.status.attended)
    assert data.attended == attended
    checkins = sample.checkins.list_for_meeting(meeting.id)
    assert data.checkins.passes == sum(1 for c in checkins if c.passed)
    totals = [c.total for c in checkins if not c.passed]
    assert data.checkins.scored == len(totals)
    assert data.checkins.average == pytest.approx(sum(totals) / len(totals))
    assert data.checkins.lowest == min(totals) and data.checkins.highest == max(totals)


def test_follow_up_flags_use_each_members_previous_totals(sample: Services) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    defn = sample.checkins.instrument(group.instrument_id)
    reports = reports_for(sample)
    flagged_somewhere = 0
    for meeting in sample.meetings.list_meetings(group.id):
        if meeting.status is not MeetingStatus.HELD:
            continue
        expected = 0
        for checkin in sample.checkins.list_for_meeting(meeting.id):
            if checkin.passed:
                continue
            history = sample.checkins.trend(checkin.member_id, defn.id, limit=200)
            earlier = [p.total for p in reversed(history) if p.date < meeting.date and not p.passed]
            expected += is_flagged(defn, checkin.total, earlier)
        assert session_summary_data(reports, meeting.id).checkins.flags == expected, meeting.date
        flagged_somewhere += expected
    assert flagged_somewhere > 0   # the sample has hard weeks, so the rule is exercised


def test_full_names_come_back_as_written(sample: Services, tmp_path: Path) -> None:
    meeting = _meeting_with_everyone(sample)
    path, text = _export(sample, tmp_path, meeting, names=NameLevel.FULL)
    for name in ("Zoë Mensah", "Łukasz", "Søren", "Nguyễn Văn An"):
        assert has_name(text, name), name
        assert has_name(pypdf_text(path), name), name
    assert CONFIDENTIAL in text
    assert names_in(metadata_text(path), _all_names(sample)) == []   # never in the metadata


def test_first_names_level(sample: Services, tmp_path: Path) -> None:
    meeting = _meeting_with_everyone(sample)
    _, text = _export(sample, tmp_path, meeting, names=NameLevel.FIRST)
    assert all(has_name(text, name) for name in NON_ASCII)
    assert not has_name(text, "Zoë Mensah")


def test_headcount_level_names_nobody_and_is_not_marked_confidential(sample: Services, tmp_path: Path) -> None:
    meeting = _meeting_with_everyone(sample)
    path, text = _export(sample, tmp_path, meeting, names=NameLevel.NONE)
    assert names_in(text, _all_names(sample)) == []
    members = sample.members.list_members()
    assert [m for m in members if initials(m.full_name or m.preferred_name) in text] == []
    assert "Who came" not in text and CONFIDENTIAL not in text
    assert "Pádraig" not in text and "P. (volunteer)" not in text   # the co-facilitator is not named either
    assert "In the room" in text and "11" in text


def test_notes_are_included_on_request_with_typed_names_written_at_the_level(fresh: Services,
                                                                             tmp_path: Path) -> None:
    meeting = _meeting_with_everyone(fresh)
    fresh.notes.save_note(meeting.id, NoteSections(
        themes="Sleep, and how Zoë Mensah found the new routine.", strategies="- Box breathing\n- A walk",
        follow_ups="Ask Łukasz about the GP.", safety_concerns="", free_text="S. brought biscuits.\nWarm room."))
    _, text = _export(fresh, tmp_path, meeting, include_notes=True)
    for heading in ("Notes", "Themes", "Strategies shared", "Follow-ups", "Other notes"):
        assert heading in text
    assert "Safety concerns" not in text          # empty sections are left out
    assert "how Z.M. found the new routine" in text and "Ask Ł. about the GP." in text
    assert not has_name(text, "Zoë") and not has_name(text, "Łukasz")
    assert "• Box breathing" in text
    _, text = _export(fresh, tmp_path, meeting, include_notes=True, names=NameLevel.NONE)
    assert "how [name] found the new routine" in text and "[name] brought biscuits" in text


def test_a_cancelled_session_says_so(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    cancelled = next(m for m in sample.meetings.list_meetings(group.id) if m.status is MeetingStatus.CANCELLED)
    _, text = _export(sample, tmp_path, cancelled)
    assert "marked 'Cancelled', so no attendance was recorded" in text
    assert "No check-ins were recorded" in text
    assert CONFIDENTIAL not in text


def test_metadata(sample: Services, tmp_path: Path) -> None:
    from pypdf import PdfReader

    meeting = _meeting_with_everyone(sample)
    target = tmp_path / "s.pdf"
    from facilitator_app.export.document import Organisation

    export_session_summary(sample, SessionSummaryOptions(meeting.id, organisation=Organisation("Millbrook Mind"),
                                                         today=TODAY), target)
    meta = PdfReader(target).metadata
    assert meta.title == f"Session summary: {MAIN_GROUP}, Tue 4 Nov 2025"
    assert meta.author == "Millbrook Mind" and meta.creator == "Facilitator"
    assert meta.subject == f"{MAIN_GROUP}, Tue 4 Nov 2025"
    assert "Millbrook Mind" in pdftotext(target)


def test_an_unknown_session_is_a_sentence(sample: Services, tmp_path: Path) -> None:
    import uuid

    with pytest.raises(NotFoundError, match="no longer in the store"):
        export_session_summary(sample, SessionSummaryOptions(uuid.uuid4()), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("level", list(NameLevel))
def test_printed_notes_carry_the_confidentiality_footer_at_every_level(fresh: Services, tmp_path: Path,
                                                                        level: NameLevel) -> None:
    meeting = _meeting_with_everyone(fresh)
    fresh.notes.save_note(meeting.id, NoteSections(safety_concerns="A member spoke of a hard week; a crisis "
                                                                   "line number was given."))
    _, text = _export(fresh, tmp_path, meeting, include_notes=True, names=level)
    assert "Safety concerns" in text and CONFIDENTIAL in text
    _, without = _export(fresh, tmp_path, meeting, include_notes=False, names=level)
    assert (CONFIDENTIAL in without) is level.shows_names   # names alone decide it when no notes are printed


def test_who_came_is_in_the_order_of_the_names_as_printed(fresh: Services, tmp_path: Path) -> None:
    group = fresh.groups.find_group(MAIN_GROUP)
    meeting = _meeting_with_everyone(fresh)
    # By preferred name Aaliyah comes first; by initials her "Z.Q." comes last and "Å.B." (Zed) first.
    for preferred, full in (("Aaliyah", "Zainab Quist"), ("Zed", "Åke Berg")):
        member = fresh.members.add_member(MemberDraft(preferred, full), group.id, joined_on=meeting.date)
        fresh.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)
    for level in (NameLevel.INITIALS, NameLevel.FULL, NameLevel.FIRST):
        _, text = _export(fresh, tmp_path, meeting, names=level)
        came = text.split("Who came")[1].split("Check-in round")[0]
        shown = [line.strip() for line in came.splitlines()
                 if line.strip() and line.strip() not in ("Name", "Took part") and
                 line.strip() not in {s.label for s in AttendanceStatus}]
        assert len(shown) >= 10
        # The text runs row by row across two columns; the names read down the left column, then the right.
        keys = [sort_key(name) for name in shown[0::2] + shown[1::2]]
        assert keys == sorted(keys), (level, shown)


def test_namesakes_in_who_came_are_told_apart(fresh: Services, tmp_path: Path) -> None:
    group = fresh.groups.find_group(MAIN_GROUP)
    meeting = _meeting_with_everyone(fresh)
    for preferred, full in (("Jo", "Jo Quarrie"), ("Jude", "Jude Quint")):
        member = fresh.members.add_member(MemberDraft(preferred, full), group.id, joined_on=meeting.date)
        fresh.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)
    _, text = _export(fresh, tmp_path, meeting)
    came = text.split("Who came")[1].split("Check-in round")[0]
    assert "J.Q. (1)" in came and "J.Q. (2)" in came
