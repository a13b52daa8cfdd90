"""What every PDF keeps, whatever the kind and the paper: a title, a language, the running header read
first on each page, and the page size asked for."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from facilitator_app.export.document import Organisation
from facilitator_app.export.group_report import GroupReportOptions, export_group_report
from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack
from facilitator_app.export.member_record import MemberRecordOptions, export_member_record
from facilitator_app.export.paper import Paper
from facilitator_app.export.privacy import NameLevel
from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary
from facilitator_app.export.sign_in_sheet import SignInSheetOptions, export_sign_in_sheet
from facilitator_app.services.container import Services
from tests.unit.export.pdfs import MAIN_GROUP, TODAY, qpdf_ok

ORGANISATION = Organisation("Millbrook Mind")
SIZES = {Paper.A4: (595, 842), Paper.LETTER: (612, 792)}


def _summary(services: Services, paper: Paper, target: Path) -> Any:
    group = services.groups.find_group(MAIN_GROUP)
    meeting = services.meetings.find_meeting(group.id, None)
    return export_session_summary(services, SessionSummaryOptions(
        meeting.id, names=NameLevel.INITIALS, include_notes=True, organisation=ORGANISATION, today=TODAY,
        paper=paper), target)


def _sheet(services: Services, paper: Paper, target: Path) -> Any:
    group = services.groups.find_group(MAIN_GROUP)
    return export_sign_in_sheet(services, SignInSheetOptions(group.id, sessions=4, organisation=ORGANISATION,
                                                             today=TODAY, paper=paper), target)


def _report(services: Services, paper: Paper, target: Path) -> Any:
    group = services.groups.find_group(MAIN_GROUP)
    return export_group_report(services, GroupReportOptions(
        group.id, date(2025, 9, 1), date(2026, 2, 28), names=NameLevel.FIRST, organisation=ORGANISATION,
        today=TODAY, paper=paper), target)


def _record(services: Services, paper: Paper, target: Path) -> Any:
    member = next(m for m in services.members.list_members() if m.preferred_name == "Zoë")
    return export_member_record(services, MemberRecordOptions(member.id, organisation=ORGANISATION, today=TODAY,
                                                              paper=paper), target)


def _pack(services: Services, paper: Paper, target: Path) -> Any:
    group = services.groups.find_group(MAIN_GROUP)
    meeting = next(m for m in reversed(services.meetings.list_meetings(group.id)) if services.handouts.given_at(m.id))
    return export_handout_pack(services, HandoutPackOptions(meeting.id, organisation=ORGANISATION, today=TODAY,
                                                            paper=paper), target)


DOCUMENTS: dict[str, tuple[str, Callable[[Services, Paper, Path], Any]]] = {
    "session-summary": ("Session summary", _summary),
    "sign-in-sheet": ("Sign-in sheet", _sheet),
    "group-report": ("Group report", _report),
    "member-record": ("Member record", _record),
    "handout-pack": ("Handout pack", _pack),
}


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_every_document_keeps_a_title_a_language_and_its_header_first(sample: Services, tmp_path: Path,
                                                                       kind: str, paper: Paper) -> None:
    title, export = DOCUMENTS[kind]
    target = tmp_path / f"{kind}.pdf"
    result = export(sample, paper, target)
    qpdf_ok(target)
    reader = PdfReader(target)
    assert result.pages == len(reader.pages) >= 1
    assert reader.metadata.title.startswith(f"{title}: ")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    decorated = reader.pages[1:] if kind == "handout-pack" else reader.pages   # a pack's cover has no header
    for page in decorated:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == SIZES[paper]
        # In drawing order (what a screen reader follows on an untagged PDF) the running header comes first.
        assert page.extract_text().lstrip().startswith("Millbrook Mind"), page.extract_text()[:200]
