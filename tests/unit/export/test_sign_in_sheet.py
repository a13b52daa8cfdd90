"""Sign-in sheet: upcoming dates as columns, the active members, blank rows, a totals row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.errors import ValidationError
from facilitator_app.export.document import CONFIDENTIAL
from facilitator_app.export.privacy import NameLevel
from facilitator_app.export.sign_in_sheet import SignInSheetOptions, export_sign_in_sheet, sign_in_sheet_story
from facilitator_app.services.container import Services
from facilitator_app.services.reports import reports_for
from facilitator_app.services.sign_in_sheet_data import sign_in_sheet_data
from tests.unit.export.pdfs import MAIN_GROUP, TODAY, has_name, metadata_text, names_in, pdftotext, qpdf_ok


def _current_names(services: Services) -> list[str]:
    group = services.groups.find_group(MAIN_GROUP)
    return [gm.member.preferred_name for gm in services.members.group_members(group.id, active_on=date(2026, 3, 3))]


def test_sheet_for_four_sessions(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "sheet.pdf"
    result = export_sign_in_sheet(sample, SignInSheetOptions(group.id, sessions=4, today=TODAY), target)
    qpdf_ok(target)
    text = pdftotext(target)
    assert result.pages == 1   # a group of this size fits one page, walk-in rows included
    for expected in ("Sign-in sheet", MAIN_GROUP, "3 Mar 2026", "10 Mar 2026", "17 Mar 2026", "24 Mar 2026",
                     "Visitors (headcount)", "Total in the room", "Tuesday", "Community Hall, Room 2"):
        assert expected in text, expected
    current = _current_names(sample)
    assert current and all(has_name(text, name) for name in current)
    assert "Zoë" not in text   # she left the group in November
    assert CONFIDENTIAL in text
    assert names_in(metadata_text(target), current) == []
    page = PdfReader(target).pages[0]
    assert float(page.mediabox.width) < float(page.mediabox.height)   # portrait by default


def test_first_names_by_default_never_full_names(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "sheet.pdf"
    export_sign_in_sheet(sample, SignInSheetOptions(group.id, today=TODAY), target)
    text = pdftotext(target)
    full = [gm.member.full_name for gm in sample.members.group_members(group.id, active_on=date(2026, 3, 3))
            if gm.member.full_name]
    assert full and names_in(text, full) == []


def test_rows_are_members_walk_ins_visitors_and_total(sample: Services) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    options = SignInSheetOptions(group.id, sessions=2, walk_ins=9, today=TODAY)
    data = sign_in_sheet_data(reports_for(sample), group.id, 2, TODAY)
    _, story = sign_in_sheet_story(data, options)
    table = story[-1]
    assert len(table._cellvalues) == 1 + len(data.members) + 9 + 2
    assert len(table._cellvalues[0]) == 1 + 2
    assert data.dates == (date(2026, 3, 3), date(2026, 3, 10))


def test_headcount_level_prints_blank_rows_only(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "sheet.pdf"
    export_sign_in_sheet(sample, SignInSheetOptions(group.id, names=NameLevel.NONE, today=TODAY), target)
    text = pdftotext(target)
    assert names_in(text, _current_names(sample)) == []
    assert CONFIDENTIAL not in text


def test_landscape_and_dates_from_the_pattern_when_none_are_planned(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "sheet.pdf"
    # Only four sessions are planned (to 24 March); the next ones follow the weekly pattern.
    export_sign_in_sheet(sample, SignInSheetOptions(group.id, sessions=6, landscape=True, today=TODAY), target)
    page = PdfReader(target).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = pdftotext(target)
    assert "31 Mar 2026" in text and "7 Apr 2026" in text


@pytest.mark.parametrize("sessions", [0, 9])
def test_the_number_of_sessions_is_checked(sample: Services, tmp_path: Path, sessions: int) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    with pytest.raises(ValidationError, match="1 to 8 sessions"):
        export_sign_in_sheet(sample, SignInSheetOptions(group.id, sessions=sessions, today=TODAY),
                             tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="walk-ins"):
        export_sign_in_sheet(sample, SignInSheetOptions(group.id, walk_ins=-1, today=TODAY), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_namesakes_can_tell_their_rows_apart(fresh: Services, tmp_path: Path) -> None:
    from facilitator_app.services.members import MemberDraft

    group = fresh.groups.find_group(MAIN_GROUP)
    fresh.members.add_member(MemberDraft(preferred_name="Søren", full_name="Søren Kowalczyk"), group_id=group.id,
                             joined_on=date(2026, 2, 24))
    fresh.members.add_member(MemberDraft(preferred_name="Omar"), group_id=group.id, joined_on=date(2026, 2, 24))
    target = tmp_path / "sheet.pdf"
    export_sign_in_sheet(fresh, SignInSheetOptions(group.id, today=TODAY), target)
    text = pdftotext(target)
    assert "Søren K." in text            # the surname's initial, where a full name is stored
    # Told apart by a number, never by how long they have come.
    assert "Omar (1)" in text and "Omar (2)" in text and "joined" not in text
    assert "Kowalczyk" not in text


def _flowable(cell: object) -> object:
    """A table cell's flowable (a table that sizes its rows keeps each cell's content in a tuple)."""
    return cell[0] if isinstance(cell, list | tuple) and cell else cell


LONG_NAMES = ("Maria-Fernanda Constanza de los Ángeles Villanueva-Echevería",   # 60 characters
              "Wiremu Te Rangi Hohepa Ngata-Whakaaro Pōtae Kingi Tūhoe Ariki",
              "Bartholomew")


@pytest.mark.parametrize("landscape", [False, True])
def test_long_names_fit_their_rows(fresh: Services, tmp_path: Path, landscape: bool) -> None:
    from facilitator_app.domain.records import MemberDraft

    group = fresh.groups.find_group(MAIN_GROUP)
    for name in LONG_NAMES:
        fresh.members.add_member(MemberDraft(name), group.id, joined_on=date(2026, 1, 6))
    assert len(LONG_NAMES[0]) == 60
    options = SignInSheetOptions(group.id, sessions=8, landscape=landscape, today=TODAY)
    target = tmp_path / "long.pdf"
    export_sign_in_sheet(fresh, options, target)
    text = " ".join(pdftotext(target).split())
    for name in LONG_NAMES:
        assert name in text   # whole, in reading order (a wrapped name continues on the next line)
    _, story = sign_in_sheet_story(sign_in_sheet_data(reports_for(fresh), group.id, 8, TODAY), options)
    table = story[-1]
    table.wrap(10_000, 10_000)
    name_width = table._colWidths[0]
    checked = 0
    for row, height in zip(table._cellvalues[1:], table._rowHeights[1:], strict=True):
        cell = _flowable(row[0])
        cell = getattr(cell, "_content", [cell])[0]   # a name's Paragraph (inside its least-height cell)
        if not hasattr(cell, "blPara") and not hasattr(cell, "style"):
            continue
        checked += 1
        _w, needed = cell.wrap(name_width - 10, 10_000)
        assert needed + 6 <= height   # the text stays between the row's rules
        assert height >= 8 * 2.8346   # and there is room to sign
        assert cell.style.fontSize >= 8   # still easy to read at the door
        if cell.style.fontSize > 8.5:
            assert len(cell.blPara.lines) == 1   # shrunk only as far as one line needs
    assert checked >= len(LONG_NAMES) + 2   # the long names and the sample's own, visitors and total rows


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_date_headings_stay_inside_their_row(sample: Services, paper: str) -> None:
    from facilitator_app.export.paper import Paper

    group = sample.groups.find_group(MAIN_GROUP)
    options = SignInSheetOptions(group.id, sessions=8, landscape=True, today=TODAY, paper=Paper(paper))
    _, story = sign_in_sheet_story(sign_in_sheet_data(reports_for(sample), group.id, 8, TODAY), options)
    table = story[-1]
    table.wrap(10_000, 10_000)
    for cell, width in zip(table._cellvalues[0], table._colWidths, strict=True):
        assert _flowable(cell).wrap(width - 10, 10_000)[1] + 6 <= table._rowHeights[0]
    assert table._rowHeights[0] >= 12 * 2.8346
