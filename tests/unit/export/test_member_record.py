"""Member record: everything stored about one member, in full, and nobody else."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from facilitator_app.export.document import CONFIDENTIAL
from facilitator_app.export.member_record import MemberRecordOptions, export_member_record
from facilitator_app.services.container import Services
from facilitator_app.services.member_record_data import member_record_data
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.reports import reports_for
from tests.unit.export.pdfs import TODAY, flat, has_name, names_in, pdftotext, pypdf_text, qpdf_ok


def _member(services: Services, name: str):  # noqa: ANN202 - a MemberRecord
    return next(m for m in services.members.list_members() if m.preferred_name == name)


def test_record_holds_everything_about_the_member(fresh: Services, tmp_path: Path) -> None:
    zoe = _member(fresh, "Zoë")
    zoe = fresh.members.update_member(zoe.id, MemberDraft(
        preferred_name="Zoë", full_name="Zoë Mensah", pronouns="she/her", phone="07700 900123",
        email="zoe@example.org", emergency_contact_name="Søren (brother)", emergency_contact_phone="07700 900456",
        notes="Prefers the chair by the window.", consent_to_contact=True))
    target = tmp_path / "record.pdf"
    result = export_member_record(fresh, MemberRecordOptions(zoe.id, today=TODAY), target)
    qpdf_ok(target)
    text = flat(pdftotext(target))
    for expected in ("Member record", "Zoë Mensah", "she/her", "07700 900123", "zoe@example.org",
                     "Søren (brother)", "Prefers the chair by the window.", "Happy to be contacted", "Yes",
                     "Tuesday Evening Peer Support", "Version 1, acknowledged", "Attendance", "Check-ins",
                     CONFIDENTIAL, f"Page 1 of {result.pages}"):
        assert expected in text, expected
    assert has_name(pypdf_text(target), "Zoë Mensah")
    data = member_record_data(reports_for(fresh), zoe.id)
    assert len(data.attendance) == sum(1 for _ in data.attendance) > 0
    assert len(data.checkins) > 0
    # The member's own name may be in the title (it is their record); the file's author is the organisation.
    meta = PdfReader(target).metadata
    assert meta.author == "Peer support group" and meta.subject == "Zoë Mensah"


def test_no_other_member_is_named(sample: Services, tmp_path: Path) -> None:
    an = _member(sample, "Nguyễn Văn An")
    target = tmp_path / "record.pdf"
    export_member_record(sample, MemberRecordOptions(an.id, today=TODAY), target)
    text = pdftotext(target)
    assert has_name(text, "Nguyễn Văn An")
    others = {n for m in sample.members.list_members() if m.id != an.id for n in (m.preferred_name, m.full_name)
              if n and n not in ("Nguyễn Văn An",)}
    assert names_in(text, others) == []


def test_every_attendance_and_check_in_is_listed(sample: Services) -> None:
    lukasz = _member(sample, "Łukasz")
    data = member_record_data(reports_for(sample), lukasz.id)
    group = sample.groups.find_group("Tuesday Evening Peer Support")
    expected_attendance = sum(1 for m in sample.meetings.list_meetings(group.id)
                              for a in sample.attendance.list_for_meeting(m.id) if a.member_id == lukasz.id)
    expected_checkins = sum(1 for m in sample.meetings.list_meetings(group.id)
                            for c in sample.checkins.list_for_meeting(m.id) if c.member_id == lukasz.id)
    assert len(data.attendance) == expected_attendance > 0
    assert len(data.checkins) == expected_checkins > 0
    assert [a.date for a in data.attendance] == sorted(a.date for a in data.attendance)
