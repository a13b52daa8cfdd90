"""A planted member's name in every kind of free text never leaves at first-name, initials or
headcount level, in any export kind, in any case or accent: not in the PDF's text, outline or
metadata, not in a CSV cell. At full-name level it does (the test would notice a scrubber that
hid everything, or an export that dropped the text).

The kinds, levels and CSV tables come from ``export.kinds.KINDS``, so a new kind is covered here
without an edit, through its ``options_from_dialog`` hook.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import MeetingRecord, MemberRecord, NoteSections
from facilitator_app.export.document import Organisation
from facilitator_app.export.kinds import KINDS, ExportSubject, KindSpec
from facilitator_app.export.privacy import NameLevel
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import HandoutDraft
from facilitator_app.services.meetings import MeetingDetails
from facilitator_app.services.members import MemberDraft
from tests.unit.export.pdfs import MAIN_GROUP, TODAY, pdftotext

PREFERRED, FULL = "Zed", "Zarthex Ólafsdóttir"
FORBIDDEN = ("zarthex", "olafsdottir")   # folded: any case, any accents


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def leaks(text: str) -> list[str]:
    plain = folded(text)
    return [word for word in FORBIDDEN if word in plain]


@dataclass(frozen=True)
class Planted:
    services: Services
    member: MemberRecord
    meeting: MeetingRecord


@pytest.fixture(scope="module")
def planted(sample: Services) -> Planted:
    """The module's copy of the sample store with Zarthex Ólafsdóttir ("Zed") written everywhere
    free text can go: the session's topic, every note section, a check-in word, a handout title."""
    services = sample
    group = services.groups.find_group(MAIN_GROUP)
    held = [m for m in services.meetings.list_meetings(group.id)
            if m.status is MeetingStatus.HELD and m.date < TODAY]
    meeting = held[-1]
    member = services.members.add_member(MemberDraft(preferred_name=PREFERRED, full_name=FULL), group_id=group.id,
                                         joined_on=meeting.date - timedelta(days=60))
    services.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)
    services.meetings.update_details(meeting.id, MeetingDetails(
        topic="Welcome back, Zarthex Ólafsdóttir", venue="ZARTHEX'S kitchen",
        co_facilitators=meeting.co_facilitators))
    services.notes.save_note(meeting.id, NoteSections(
        themes="Zarthex asked for a call.", strategies="- zarthex’s plan\n- OLAFSDOTTIR's list",
        follow_ups="Ring Ólafsdóttir", safety_concerns="Zarthex' sister", free_text="zarthex ólafsdóttir left early."))
    other = next(line.member for line in services.attendance.sheet(meeting.id)
                 if line.status is not None and line.status.attended and line.member.id != member.id)
    services.checkins.record(meeting.id, other.id, MOOD.id, [6], word="missing zarthex")
    services.checkins.record(meeting.id, member.id, MOOD.id, [5], word="Ólafsdóttir's")
    handout = services.handouts.add_handout(HandoutDraft("Safety plan for Zarthex Ólafsdóttir", b"Breathe slowly.",
                                                         "text/plain"))
    services.handouts.mark_given(meeting.id, handout.id)
    return Planted(services, services.members.get_member(member.id), services.meetings.get_meeting(meeting.id))


def cases() -> list[tuple[KindSpec, str, NameLevel]]:
    out = []
    for spec in KINDS:
        for variant in [value for value, _label, _level in spec.variants] or [""]:
            for level in spec.levels:
                if variant == "members" and level is NameLevel.NONE:
                    continue   # a member list needs names (refused with a sentence: test_csv_export)
                out.append((spec, variant, level))
    return out


def _export(planted: Planted, spec: KindSpec, variant: str, level: NameLevel, target: Path) -> Any:
    services = planted.services
    group = services.groups.get_group(planted.meeting.group_id)
    subject = ExportSubject(group, planted.meeting, planted.member)
    choices = {"include_notes": True, "include_words": True, "sessions": 1, "walk_ins": 0, "landscape": False,
               "start": planted.meeting.date - timedelta(days=30), "end": planted.meeting.date, "variant": variant}
    options = spec.dialog_options()(subject, level, Organisation("Millbrook Peer Support"), choices)
    if spec.kind.value == "sign-in-sheet":   # the sheet is for the next sessions: the member is in the group then
        options = replace(options, today=planted.meeting.date)
    return spec.exporter()(services, options, target)


def everything_in(path: Path) -> str:
    """What leaves in the file: a PDF's text, outline and metadata; a CSV file's cells."""
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    reader = PdfReader(path)

    def titles(items: list[Any]) -> list[str]:
        return [t for item in items for t in (titles(item) if isinstance(item, list) else [item.title])]

    meta = " ".join(str(value) for value in (reader.metadata or {}).values())
    return "\n".join([pdftotext(path), *titles(reader.outline), meta])


@pytest.mark.parametrize(("spec", "variant", "level"), cases(),
                         ids=lambda value: getattr(value, "cli_name", None) or str(value) or "-")
def test_a_planted_name_never_leaves_below_full_names(planted: Planted, tmp_path: Path, spec: KindSpec,
                                                      variant: str, level: NameLevel) -> None:
    target = tmp_path / f"export.{spec.extension}"
    result = _export(planted, spec, variant, level, target)
    text = everything_in(Path(result.path))
    if level is NameLevel.FULL:
        assert leaks(text) == list(FORBIDDEN)
        assert result.replaced == 0
    else:
        assert leaks(text) == []
    if level is NameLevel.INITIALS and spec.kind.value == "session-summary":
        # Replaced by the member's initials, not dropped; the words shared are kept.
        assert "Welcome back, Z.Ó." in text and "missing z.ó." in text.lower() and result.replaced >= 9
    if level is NameLevel.FIRST and spec.kind.value == "session-summary":
        assert "Welcome back, Zed" in text and "Zed left early." in text


def test_at_headcount_level_words_and_notes_leave_only_when_asked_for(planted: Planted, tmp_path: Path) -> None:
    from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary

    target = tmp_path / "summary.pdf"
    export_session_summary(planted.services, SessionSummaryOptions(planted.meeting.id, names=NameLevel.NONE),
                           target)
    text = pdftotext(target)
    assert "Left out (headcount only)" in text and "missing" not in text
    assert "Notes" not in text.split("Handouts given")[1] and "asked for a call" not in text
    export_session_summary(planted.services, SessionSummaryOptions(
        planted.meeting.id, names=NameLevel.NONE, include_notes=True, include_words=True), target)
    text = pdftotext(target)
    assert "missing [name]" in text and "[name] asked for a call" in text and "Welcome back, [name]" in text
    assert re.search(r"\[name\]'s", text)   # the possessive's ending stays


def test_the_pack_outline_and_contents_carry_the_scrubbed_title(planted: Planted, tmp_path: Path) -> None:
    from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack

    result = export_handout_pack(planted.services, HandoutPackOptions(planted.meeting.id), tmp_path / "pack.pdf")
    outline = [item.title for item in PdfReader(result.path).outline if not isinstance(item, list)]
    assert "Safety plan for [name]" in outline
    assert "Safety plan for [name]" in pdftotext(result.path)
    assert result.replaced >= 3   # the topic, the venue and the title


def test_the_names_of_the_sample_members_are_not_needed_for_the_planted_test(planted: Planted) -> None:
    # The planted name is invented and unlike any sample name, so a leak cannot hide behind a namesake.
    names = {folded(m.full_name + " " + m.preferred_name) for m in planted.services.members.list_members()
             if m.id != planted.member.id}
    assert not [n for n in names if any(word in n for word in FORBIDDEN)]


def test_the_light_previews_list_what_the_exports_scrub(planted: Planted) -> None:
    """The group report's and the pack's previews read less than their exports: the same passages."""
    from facilitator_app.export import group_report, handout_pack

    services, meeting = planted.services, planted.meeting
    report = group_report.GroupReportOptions(meeting.group_id, meeting.date - timedelta(days=90), meeting.date,
                                             names=NameLevel.INITIALS)
    listed = group_report.passages(services, report)
    assert listed == group_report.group_report_view(services, report)[1].passages
    assert any(p.marked().endswith("Welcome back, «Z.Ó.»") for p in listed)
    pack = handout_pack.HandoutPackOptions(meeting.id)
    listed = handout_pack.passages(services, pack)
    assert listed == handout_pack.handout_pack_view(services, pack)[1].passages
    assert [p.marked() for p in listed if p.field == "Handout"][-1] == "Safety plan for «[name]»"
