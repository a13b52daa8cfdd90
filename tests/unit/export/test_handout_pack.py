"""Handout pack: cover, contents, agreement, handouts merged or typeset in order, contacts, outline."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter

from facilitator_app.errors import ExportError
from facilitator_app.export.document import Organisation
from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack
from facilitator_app.export.progress import ExportCancelled
from facilitator_app.services.container import Services
from facilitator_app.services.handout_pack_data import find_handouts
from facilitator_app.services.handouts import HandoutDraft
from facilitator_app.services.reports import reports_for
from tests.unit.export.pdfs import (
    MAIN_GROUP,
    TODAY,
    font_names,
    layout_text,
    metadata_text,
    outline_titles,
    pdftotext,
    qpdf_ok,
    small_pdf,
)


def _session(services: Services):  # noqa: ANN202 - a MeetingRecord
    group = services.groups.find_group(MAIN_GROUP)
    return services.meetings.find_meeting(group.id, date(2026, 3, 3))


def _png(width: int = 1200, height: int = 800) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 220, 240)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def pack(fresh: Services) -> tuple[Services, list]:
    """A session and six handouts: text, a 3-page PDF, Markdown, a US-letter PDF, a PNG, Markdown."""
    worksheet = fresh.handouts.add_handout(HandoutDraft("Crisis plan worksheet", small_pdf("Crisis plan worksheet", 3),
                                                        "application/pdf", "worksheet.pdf"))
    services_pdf = fresh.handouts.add_handout(HandoutDraft("Local services", small_pdf("Local services", 1, letter),
                                                           "application/pdf", "services.pdf"))
    poster = fresh.handouts.add_handout(HandoutDraft("Walk group poster", _png(), "image/png", "poster.png"))
    library = {h.title: h for h in fresh.handouts.list_handouts()}
    plain = next(h for h in library.values() if h.media_type == "text/plain")
    chosen = [plain, worksheet, library["Sleep basics"], services_pdf, poster, library["Worry time"]]
    return fresh, chosen


def test_pack_in_order_with_merged_pages_contents_and_outline(pack: tuple[Services, list], tmp_path: Path) -> None:
    services, chosen = pack
    meeting = _session(services)
    target = tmp_path / "pack.pdf"
    seen: list[tuple[int, int]] = []
    organisation = Organisation("Millbrook Mind", (("Crisis line", "0800 000 0000 (24 hours)"), ("GP", "Surgery")))
    result = export_handout_pack(services, HandoutPackOptions(
        meeting.id, tuple(h.id for h in chosen), organisation=organisation, today=TODAY), target,
        progress=lambda done, total: seen.append((done, total)))
    qpdf_ok(target)
    reader = PdfReader(target)
    # cover, contents, agreement, text, 3 PDF pages, Markdown, 1 PDF page, image, Markdown, contacts
    assert result.pages == len(reader.pages) == 12
    text = pdftotext(target)
    pages = [pdftotext_page for pdftotext_page in text.split("\f")]
    assert "Handout pack" in pages[0] and MAIN_GROUP in pages[0] and "Tuesday 3 March 2026" in pages[0]
    assert "Millbrook Mind" in pages[0]
    assert "Contents" in pages[1]
    assert "Group agreement" in pages[2] and "What is said in the group stays in the group." in pages[2]
    for number in (1, 2, 3):
        assert f"Crisis plan worksheet: page {number} of 3" in pages[3 + number]
    assert "Local services: page 1 of 1" in pages[8]
    assert "Support contacts" in pages[11] and "0800 000 0000 (24 hours)" in pages[11]
    # The merged pages keep their own size.
    assert round(float(reader.pages[8].mediabox.width)) == 612
    # One outline entry per handout, in order, each pointing at its first page.
    assert outline_titles(target) == [h.title for h in chosen]
    assert [reader.get_destination_page_number(o) for o in reader.outline] == [3, 4, 7, 8, 9, 10]
    # The contents page lists each part with the page it starts on (1-based, like the footers).
    contents = layout_text(target, 2)
    for title, page in [("Group agreement", 3), (chosen[0].title, 4), ("Crisis plan worksheet", 5),
                        ("Sleep basics", 8), ("Local services", 9), ("Walk group poster", 10), ("Worry time", 11),
                        ("Support contacts", 12)]:
        assert re.search(rf"^{re.escape(title)} +{page}$", contents, re.MULTILINE), (title, page)
    # Every page but the cover is numbered, merged ones included (their footer is stamped on); labels match.
    for number in range(2, 13):
        assert f"Page {number} of 12" in pages[number - 1], number
    for merged in (4, 5, 6, 8):
        assert f"Handout pack · {MAIN_GROUP}, Tue 3 Mar 2026" in pages[merged]
    assert reader.page_labels == [str(n) for n in range(1, 13)]
    meta = reader.metadata
    assert meta.author == "Millbrook Mind" and meta.title == f"Handout pack: {MAIN_GROUP}, Tue 3 Mar 2026"
    assert "Zoë" not in metadata_text(target)
    # Progress went up to the end, never backwards.
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_markdown_is_typeset_and_its_title_not_repeated(pack: tuple[Services, list], tmp_path: Path) -> None:
    services, chosen = pack
    sleep = next(h for h in chosen if h.title == "Sleep basics")
    target = tmp_path / "pack.pdf"
    export_handout_pack(services, HandoutPackOptions(_session(services).id, (sleep.id,), today=TODAY), target)
    page = pdftotext(target).split("\f")[3]
    assert page.count("Sleep basics") == 1
    assert "Before bed" in page and "• Keep the same wake-up time, even at weekends." in page
    assert "**" not in page and "##" not in page


def test_default_handouts_are_those_given_at_the_session(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    meeting = next(m for m in reversed(sample.meetings.list_meetings(group.id)) if sample.handouts.given_at(m.id))
    given = sample.handouts.given_at(meeting.id)
    target = tmp_path / "pack.pdf"
    export_handout_pack(sample, HandoutPackOptions(meeting.id, today=TODAY), target)
    assert outline_titles(target) == [h.title for h in given]
    qpdf_ok(target)


def test_blank_support_contacts_and_no_handouts(sample: Services, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    result = export_handout_pack(sample, HandoutPackOptions(_session(sample).id, (), today=TODAY), target)
    assert result.pages == 4 and outline_titles(target) == []
    assert font_names(target) == {"DejaVuSans"}   # the pack's own pages: one embedded face
    last = pdftotext(target).split("\f")[3]
    assert "Support contacts" in last and "immediate danger" in last
    qpdf_ok(target)


def test_cancel_leaves_no_file(pack: tuple[Services, list], tmp_path: Path) -> None:
    services, chosen = pack
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"an earlier pack")
    calls = []

    def cancel_on_third() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(ExportCancelled):
        export_handout_pack(services, HandoutPackOptions(_session(services).id, tuple(h.id for h in chosen)), target,
                            should_cancel=cancel_on_third)
    assert target.read_bytes() == b"an earlier pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_cancel_during_layout(pack: tuple[Services, list], tmp_path: Path) -> None:
    services, chosen = pack
    calls = []

    def cancel_late() -> bool:
        calls.append(1)
        return len(calls) > len(chosen) + 5   # after the handouts are read: while laying out

    with pytest.raises(ExportCancelled):
        export_handout_pack(services, HandoutPackOptions(_session(services).id, tuple(h.id for h in chosen)),
                            tmp_path / "pack.pdf", should_cancel=cancel_late)
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_pdf_handout_is_a_sentence(fresh: Services, tmp_path: Path) -> None:
    broken = fresh.handouts.add_handout(HandoutDraft("Broken", b"%PDF-1.4\n garbage", "application/pdf", "b.pdf"))
    with pytest.raises(ExportError, match="'Broken' is not a readable PDF"):
        export_handout_pack(fresh, HandoutPackOptions(_session(fresh).id, (broken.id,)), tmp_path / "p.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_password_protected_pdf_is_refused(fresh: Services, tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(small_pdf("Secret", 1))))
    writer.encrypt("open sesame")
    buffer = io.BytesIO()
    writer.write(buffer)
    locked = fresh.handouts.add_handout(HandoutDraft("Locked", buffer.getvalue(), "application/pdf", "l.pdf"))
    with pytest.raises(ExportError, match="protected with a password"):
        export_handout_pack(fresh, HandoutPackOptions(_session(fresh).id, (locked.id,)), tmp_path / "p.pdf")


def test_images_are_scaled_to_fit_a_page(fresh: Services, tmp_path: Path) -> None:
    tall = fresh.handouts.add_handout(HandoutDraft("Tall poster", _png(600, 4000), "image/png", "tall.png"))
    tiny = fresh.handouts.add_handout(HandoutDraft("Tiny icon", _png(40, 40), "image/png", "tiny.png"))
    target = tmp_path / "pack.pdf"
    result = export_handout_pack(fresh, HandoutPackOptions(_session(fresh).id, (tall.id, tiny.id)), target)
    assert result.pages == 6   # each image on one page of its own
    qpdf_ok(target)


def test_unknown_handout_titles_are_sentences(sample: Services) -> None:
    from facilitator_app.errors import NotFoundError

    reports = reports_for(sample)
    assert len(find_handouts(reports, ["sleep basics", "Worry time"])) == 2
    with pytest.raises(NotFoundError, match="no handout called 'Sleep'"):
        find_handouts(reports, ["Sleep"])


def _sizes(path: Path, page: int) -> dict[str, float]:
    """Each piece of text on a page (0-based) and the size it is set in, as the PDF draws it."""
    sizes: dict[str, float] = {}

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes[text.strip()] = round(size * tm[3], 1)

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return sizes


def test_plain_text_lists_and_large_print(fresh: Services, tmp_path: Path) -> None:
    plain = fresh.handouts.add_handout(HandoutDraft(
        "Grounding steps", b"Grounding steps\nTry these when a wave comes.\n\n- Five things you can see\n"
        b"* Four things you can touch\n1. Breathe out slowly\n2. Name the day\n", "text/plain", "g.txt"))
    large = fresh.handouts.add_handout(HandoutDraft(
        "Sleep basics (large print)", b"# Sleep basics (large print)\n\nKeep the same wake-up time.\n\n- No screens",
        "text/markdown", "s.md"))
    target = tmp_path / "pack.pdf"
    export_handout_pack(fresh, HandoutPackOptions(_session(fresh).id, (plain.id, large.id), today=TODAY), target)
    pages = pdftotext(target).split("\f")
    listed = pages[3]
    for item in ("• Five things you can see", "• Four things you can touch", "1. Breathe out slowly",
                 "2. Name the day"):
        assert item in listed, listed
    assert "- Five" not in listed and "* Four" not in listed
    normal, bigger = _sizes(target, 3), _sizes(target, 4)
    assert normal["Try these when a wave comes."] == 10.5
    assert bigger["Keep the same wake-up time."] >= 16   # large print prints large
    assert bigger["No screens"] >= 16


def test_an_empty_contacts_page_offers_a_crisis_line_box(sample: Services, tmp_path: Path) -> None:
    from facilitator_app.export.handout_pack import CRISIS_LINE_HINT

    target = tmp_path / "pack.pdf"
    export_handout_pack(sample, HandoutPackOptions(_session(sample).id, (), today=TODAY), target)
    last = " ".join(pdftotext(target).split("\f")[3].split())
    assert "Crisis line" in last and CRISIS_LINE_HINT in last
    filled = tmp_path / "filled.pdf"
    export_handout_pack(sample, HandoutPackOptions(_session(sample).id, (), today=TODAY, organisation=Organisation(
        "Millbrook Mind", (("Samaritans", "116 123"),))), filled)
    assert CRISIS_LINE_HINT not in " ".join(pdftotext(filled).split())   # set up: the contacts, no box


def test_a_turned_pdf_handout_is_numbered_at_its_foot_as_read(fresh: Services, tmp_path: Path) -> None:
    reader = PdfReader(io.BytesIO(small_pdf("Turned map", 1)))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    writer.pages[0].rotate(90)
    turned = io.BytesIO()
    writer.write(turned)
    handout = fresh.handouts.add_handout(HandoutDraft("Turned map", turned.getvalue(), "application/pdf", "map.pdf"))
    target = tmp_path / "pack.pdf"
    result = export_handout_pack(fresh, HandoutPackOptions(_session(fresh).id, (handout.id,), today=TODAY), target)
    qpdf_ok(target)
    page = PdfReader(target).pages[3]
    assert f"Page 4 of {result.pages}" in pdftotext(target).split("\f")[3]
    # Shown as it was (landscape), with the footer along its foot as read: the turn moved into the content.
    assert page.get("/Rotate", 0) == 0 and page.mediabox.width > page.mediabox.height


def test_the_closing_line_never_sits_alone_after_a_long_list_of_contacts(sample: Services, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    for count in range(20, 32):   # around the length where the list alone fills the page
        contacts = tuple((f"Service {k}", f"0800 000 {k:03d}") for k in range(count))
        export_handout_pack(sample, HandoutPackOptions(_session(sample).id, (), today=TODAY,
                                                       organisation=Organisation("Millbrook Mind", contacts)), target)
        last = pdftotext(target).split("\f")[-2]
        assert "immediate danger" in last and "Service" in last, count
