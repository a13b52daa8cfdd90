"""Handout pack: one printable PDF for a session.

A cover (group, session, date), a contents page, the group agreement, the chosen handouts in
order and a "support contacts" page. Text and Markdown handouts are typeset, images are
scaled to fit a page, and PDF handouts are merged with pypdf page for page, as they are.

How the page numbers stay right: the typeset part is laid out once, with page numbers reserved
for every page of every PDF handout (``SkipPages``), so "Page x of y" counts the finished pack;
the contents page's numbers are PDF forms filled in when the layout is complete. pypdf then
puts each PDF handout's pages in after the page where its numbers were reserved, and stamps the
pack's footer (what the pack is, "Page x of y") on each of them from a reportlab overlay, so every
page of the printed pack is numbered. The pack's outline has one entry per handout, and its page
labels run 1, 2, 3... like the printed numbers.
"""

from __future__ import annotations

import io
import sys
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.errors import DependencyError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    TextStringObject,
)
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Image, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from facilitator_app.domain.text import same_name, short_date, time_span
from facilitator_app.errors import ExportError
from facilitator_app.export.cli_support import find_meeting, output_path, pages
from facilitator_app.export.document import (
    CREATOR,
    NORMAL,
    PLAIN,
    DocumentInfo,
    ExportResult,
    Organisation,
    PageMarker,
    SkipPages,
    atomic_write,
    check_target,
    fit_text,
    overlay_canvas,
    render,
)
from facilitator_app.export.markdown import first_heading, markdown_flowables, plain_text_flowables
from facilitator_app.export.pack_images import print_image
from facilitator_app.export.paper import Paper, chosen_paper, parse_paper
from facilitator_app.export.privacy import NameLevel
from facilitator_app.export.progress import CancelCheck, Progress, Steps
from facilitator_app.export.scrubber import NameScrubber, Passage, replaced_line, scrubber_for
from facilitator_app.export.style import ACCENT, BODY_SIZE, FONT, INK, MARGIN, MUTED, RULE, para, styles
from facilitator_app.export.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from facilitator_app.services.handout_inspection import (
    MAX_IMAGE_MEGAPIXELS,
    Problem,
    UnusableHandout,
    open_pdf,
)
from facilitator_app.services.handout_pack_data import HandoutPackData, PackHandout, find_handouts, handout_pack_data
from facilitator_app.services.reports import reports_for

TITLE = QT_TRANSLATE_NOOP("HandoutPack", "Handout pack")
CRISIS_LINE = QT_TRANSLATE_NOOP("HandoutPack", "Crisis line")
CRISIS_LINE_HINT = QT_TRANSLATE_NOOP("HandoutPack",
                                     "Write your local crisis line's number here, to have it to hand day and night.")
NO_HANDOUTS = ("The pack holds no handouts: none were given at this session. It has the cover, the group "
               "agreement and the support contacts; add handouts with --handouts TITLE..., or tick them in the "
               "Handouts tab.")
PDF, PNG, JPEG, TEXT, MARKDOWN = "application/pdf", "image/png", "image/jpeg", "text/plain", "text/markdown"
BLANK_CONTACT_ROWS = 6
LARGE_PRINT = "large print"   # in a handout's title or description: its text is set at LARGE_PRINT_SIZE
LARGE_PRINT_SIZE = 16         # points: the usual floor for large print (body text is BODY_SIZE)
# The pack's own pages (cover, contents, agreement, contacts, handout titles) set their titles in
# the regular face, larger, over a short rule: a softer look for what members take home, and one
# embedded font instead of two, which keeps a pack of PDF handouts close to the cost of merging
# them (benchmarks/bench_exports.py). Text handouts' own **bold** still uses the bold face.
PACK_FONT = FONT


@dataclass(frozen=True)
class HandoutPackOptions:
    meeting_id: uuid.UUID
    handout_ids: tuple[uuid.UUID, ...] | None = None   # None: the handouts given at the session
    organisation: Organisation = field(default_factory=Organisation)
    today: date | None = None
    paper: Paper = Paper.A4


@dataclass
class _Prepared:
    handout: PackHandout
    reader: PdfReader | None = None      # PDF handouts
    flowables: list[Flowable] = field(default_factory=list)

    @property
    def pdf_pages(self) -> int:
        return len(self.reader.pages) if self.reader is not None else 0


def export_handout_pack(services: Any, options: HandoutPackOptions, target: Path,
                        progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> ExportResult:
    """Write the handout pack to ``target``. ``progress(done, total)`` is called as each handout is
    read and merged; ``should_cancel()`` is polled throughout and True raises ExportCancelled."""
    target = check_target(target)
    data, scrubber = handout_pack_view(services, options)
    return replace(build_handout_pack(data, options, target, progress, should_cancel), replaced=scrubber.replaced)


def handout_pack_view(services: Any, options: HandoutPackOptions,
                      with_content: bool = True) -> tuple[HandoutPackData, NameScrubber]:
    """The pack's data as it will leave, and the scrubber: a pack names nobody, so a member's name
    in the session's topic or venue or in a handout's title (which is also the pack's outline
    entry) becomes "[name]". The handouts' own pages are printed as they are."""
    reports = reports_for(services)
    data = handout_pack_data(reports, options.meeting_id, options.handout_ids, with_content=with_content)
    scrubber = scrubber_for(reports, NameLevel.NONE)
    meeting = replace(data.meeting, topic=scrubber.scrub(data.meeting.topic, "Topic"),
                      venue=scrubber.scrub(data.meeting.venue, "Venue"))
    handouts = tuple(replace(h, title=scrubber.scrub(h.title, "Handout")) for h in data.handouts)
    return replace(data, meeting=meeting, handouts=handouts), scrubber


def passages(services: Any, options: HandoutPackOptions) -> list[Passage]:
    """The free text that will leave in the pack (topic, venue, handout titles), replacements marked."""
    return handout_pack_view(services, options, with_content=False)[1].passages


def build_handout_pack(data: HandoutPackData, options: HandoutPackOptions, target: Path,
                       progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> ExportResult:
    count = len(data.handouts)
    pdfs = sum(1 for h in data.handouts if h.media_type == PDF)
    # Steps: read each handout, lay out, merge each PDF handout, write the file.
    steps = Steps(count + 1 + pdfs + 1, progress, should_cancel)
    steps.start()
    info = DocumentInfo(title=options.organisation.wording.translate("HandoutPack", TITLE),
                        wording=options.organisation.wording,
                        subject=f"{data.group.name}, {short_date(data.meeting.date)}",
                        organisation=options.organisation.display_name, produced_on=options.today or date.today(),
                        paper=options.paper)
    frame_width, frame_height = info.pagesize[0] - 2 * MARGIN, info.pagesize[1] - 42 * mm
    prepared = []
    for handout in data.handouts:
        prepared.append(_prepare(handout, frame_width, frame_height))
        steps.advance()

    # The typeset part is laid out once, numbered as the finished pack: the PDF handouts' pages
    # are reserved (SkipPages) and merged in afterwards; the contents page shows page numbers
    # that are only known at the end (forward references).
    main = render(info, _story(data, options, prepared, info), steps, first_template=PLAIN)
    total = main.pages + sum(item.pdf_pages for item in prepared)
    steps.advance()

    base = PdfReader(io.BytesIO(main.data))
    inserts: dict[int, list[_Prepared]] = defaultdict(list)   # page laid out here -> handouts merged in after it
    for k, item in enumerate(prepared):
        if item.reader is not None:
            inserts[main.markers[("handout", k)][1]].append(item)
    writer = PdfWriter()
    merged: list[int] = []   # the merged pages' indexes in the pack
    for number, page in enumerate(base.pages, start=1):
        writer.add_page(page)
        for item in inserts.get(number, ()):
            first = len(writer.pages)
            _merge(writer, item)
            merged += range(first, len(writer.pages))
            steps.advance()
    assert len(writer.pages) == total, (len(writer.pages), total)
    _stamp_footers(writer, merged, info, total)
    for k, item in enumerate(prepared):
        writer.add_outline_item(item.handout.title, main.markers[("handout", k)][0] - 1)
    # pypdf types ``style`` as its PageLabelStyle class, whose constants are plain str.
    writer.set_page_label(0, total - 1, style=PageLabelStyle.DECIMAL, start=1)  # type: ignore[arg-type]
    writer.add_metadata({"/Title": info.metadata_title, "/Author": info.organisation, "/Subject": info.subject,
                         "/Creator": CREATOR})
    writer.page_mode = "/UseOutlines"
    writer.root_object[NameObject("/Lang")] = TextStringObject(info.language)   # for screen readers, as reportlab's
    # pypdf declares display_doctitle as a bare property (no setter in its types); it has one at run time.
    writer.create_viewer_preferences().display_doctitle = True  # type: ignore[assignment]
    steps.check()

    def write(handle: BinaryIO) -> None:
        writer.write(handle)

    path = atomic_write(target, write)
    steps.finish()
    return ExportResult(path, total)


# --------------------------------------------------------------------------- reading the handouts
def _prepare(handout: PackHandout, width: float, height: float) -> _Prepared:
    if handout.media_type == PDF:
        return _Prepared(handout, reader=_pdf_reader(handout))
    if handout.media_type in (PNG, JPEG):
        return _Prepared(handout, flowables=[_image(handout, width, height - 22 * mm)])
    if handout.media_type in (TEXT, MARKDOWN):
        text = _decode(handout.content)
        scale = LARGE_PRINT_SIZE / BODY_SIZE if is_large_print(handout) else 1.0
        if handout.media_type == MARKDOWN:
            heading = first_heading(text)
            skip = heading is not None and same_name(heading.replace("*", ""), handout.title)
            return _Prepared(handout, flowables=markdown_flowables(text, skip_first_heading=skip, scale=scale))
        lines = text.splitlines()
        if lines and same_name(lines[0], handout.title):
            text = "\n".join(lines[1:])
        return _Prepared(handout, flowables=plain_text_flowables(text, scale=scale))
    raise ExportError(f"The handout '{handout.title}' is a kind of file a pack cannot hold ({handout.media_type}). "
                      "Leave it out, or add it again as a PDF, image or text file.")


def is_large_print(handout: PackHandout) -> bool:
    """Whether a handout is a large print edition: its title or description says so."""
    return LARGE_PRINT in f"{handout.title} {handout.description}".casefold().replace("-", " ")


def _pdf_reader(handout: PackHandout) -> PdfReader:
    try:
        return open_pdf(handout.content)
    except UnusableHandout as unusable:
        raise _unusable(handout, unusable) from unusable


def _merge(writer: PdfWriter, item: _Prepared) -> None:
    """Copy a PDF handout's pages into the pack; a file damaged inside (imported before the import
    checked for that) is named in a sentence here, where it shows."""
    assert item.reader is not None
    try:
        for page in item.reader.pages:
            writer.add_page(page)
    except DependencyError as exc:
        raise _unusable(item.handout, UnusableHandout(Problem.NEEDS_CRYPTOGRAPHY, repr(exc))) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf on a damaged file raises almost anything
        raise _unusable(item.handout, UnusableHandout(Problem.DAMAGED, repr(exc))) from exc


def _stamp_footers(writer: PdfWriter, indexes: Sequence[int], info: DocumentInfo, total: int) -> None:
    """Put the pack's footer on merged pages: one overlay PDF made with reportlab (a page per merged
    page, its size), each page's drawing added after the merged page's own. The text sits on a small
    white patch, so it reads on a handout that prints to its own edge."""
    if not indexes:
        return
    buffer = io.BytesIO()
    overlay = overlay_canvas(buffer)
    for index in indexes:
        page = writer.pages[index]
        if page.get("/Rotate", 0):
            page.transfer_rotation_to_content()   # so "the foot" is where the reader sees it
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        overlay.setPageSize((width, height))
        overlay.translate(float(box.left), float(box.bottom))
        margin = min(MARGIN, width * 0.08)
        right = info.wording.translate("HandoutPack", "Page {number} of {total}").format(
            number=info.wording.number(index + 1), total=info.wording.number(total))
        left = fit_text(overlay, info.running_title, FONT, 8, width - 2 * margin - overlay.stringWidth(right, FONT, 8)
                        - 8 * mm)
        baseline = min(10 * mm, height * 0.03)
        overlay.setFillColor(colors.white)
        for text, x in ((left, margin), (right, width - margin - overlay.stringWidth(right, FONT, 8))):
            overlay.rect(x - 2, baseline - 3, overlay.stringWidth(text, FONT, 8) + 4, 11, stroke=0, fill=1)
        overlay.setFillColor(MUTED)
        overlay.setFont(FONT, 8)
        overlay.drawString(margin, baseline, left)
        overlay.drawRightString(width - margin, baseline, right)
        overlay.showPage()
    overlay.save()
    stamps = PdfReader(io.BytesIO(buffer.getvalue())).pages
    fonts: dict[str, IndirectObject] = {}   # the overlay's fonts, copied into the pack once
    # The merged page's drawing is wrapped in q ... Q, so whatever state it leaves does not move the stamp.
    save = _stream(writer, b"q\n")
    for index, stamp in zip(indexes, stamps, strict=True):
        _stamp(writer, writer.pages[index], stamp, fonts, save)


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return writer._add_object(stream)


def _stamp(writer: PdfWriter, page: PageObject, stamp: PageObject, fonts: dict[str, IndirectObject],
           save: IndirectObject) -> None:
    """Lay ``stamp`` over ``page`` by adding its content stream after the page's own, its fonts under
    names of their own in the page's resources. Neither content stream is parsed, as pypdf's
    merge_page would: stamping stays a small part of the cost of merging (benchmarks/bench_exports.py)."""
    drawn = stamp.get_contents()
    content = drawn.get_data() if drawn is not None else b""
    if "/Resources" not in page:
        page[NameObject("/Resources")] = DictionaryObject()
    resources = page["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    if "/Font" not in resources:
        resources[NameObject("/Font")] = DictionaryObject()
    page_fonts = resources["/Font"].get_object()
    assert isinstance(page_fonts, DictionaryObject)
    stamp_resources = stamp["/Resources"].get_object()
    assert isinstance(stamp_resources, DictionaryObject)
    for name, ref in stamp_resources.get("/Font", DictionaryObject()).get_object().items():
        ours = "/FacilitatorStamp" + "".join(ch for ch in name if ch.isalnum())
        if name not in fonts:
            fonts[name] = ref.get_object().clone(writer).indirect_reference
        page_fonts[NameObject(ours)] = fonts[name]
        content = content.replace(f"{name} ".encode(), f"{ours} ".encode())
    existing = page.get("/Contents")
    own = existing.get_object() if existing is not None else None
    streams = list(own) if isinstance(own, ArrayObject) else [existing] if existing is not None else []
    page[NameObject("/Contents")] = ArrayObject([save, *streams, _stream(writer, b"\nQ\n" + content)])


def _image(handout: PackHandout, width: float, height: float) -> Image:
    """The image sized for the page: turned upright (phone photos say "turn me" only in their EXIF
    data), and no larger than print needs (a small JPEG is embedded as it is)."""
    try:
        ready = print_image(handout.content, handout.media_type, width, height)
    except UnusableHandout as unusable:
        raise _unusable(handout, unusable) from unusable
    return Image(io.BytesIO(ready.data), width=ready.width, height=ready.height)


def _unusable(handout: PackHandout, unusable: UnusableHandout) -> ExportError:
    """The sentence for a handout that cannot go into the pack, naming it and saying what to do."""
    title, problem = handout.title, unusable.problem
    if problem is Problem.PASSWORD:
        message = (f"The handout '{title}' is protected with a password, so it cannot go into a pack. "
                   "Add a copy without a password, or leave it out.")
    elif problem is Problem.NEEDS_CRYPTOGRAPHY:
        message = (f"The handout '{title}' is an encrypted PDF, and this installation of Facilitator is missing the "
                   "part that opens it (the “cryptography” package). Reinstall Facilitator, or leave it out.")
    elif problem is Problem.NO_PAGES:
        message = f"The handout '{title}' is a PDF without any pages. Leave it out, or add it again from the original."
    elif problem is Problem.TOO_MANY_PIXELS:
        width, height = unusable.size
        message = (f"The handout '{title}' is an image of {width:,} × {height:,} pixels, too large to go into a "
                   f"pack (at most {MAX_IMAGE_MEGAPIXELS} megapixels). Import a smaller copy of it, or leave it out.")
    else:
        kind = "PDF" if handout.media_type == PDF else "image"
        message = (f"The handout '{title}' is not a readable {kind} (the file may be damaged). "
                   "Add it again from the original, or leave it out.")
    return ExportError(message, detail=unusable.detail or None)


def _decode(content: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return content.decode("latin-1")


# --------------------------------------------------------------------------- the typeset part
def _title(text: str) -> list[Flowable]:
    st = styles()
    style = ParagraphStyle("pack_title", parent=st.title, fontName=PACK_FONT, fontSize=20, leading=25, spaceAfter=3)
    return [para(text, style), HRFlowable(width=24 * mm, thickness=1.2, color=ACCENT, hAlign="LEFT",
                                          spaceBefore=1, spaceAfter=8)]


def _story(data: HandoutPackData, options: HandoutPackOptions, prepared: Sequence[_Prepared],
           info: DocumentInfo) -> list[Flowable]:
    _w = options.organisation.wording
    _t = _w.translate
    st = styles()
    meeting, group = data.meeting, data.group
    when = _w.long_date(meeting.date) + (f", {time_span(meeting)}" if time_span(meeting) else "")
    story: list[Flowable] = [
        NextPageTemplate(NORMAL),
        Spacer(1, 70 * mm),
        para(info.organisation, st.cover_line),
        Spacer(1, 6 * mm),
        para(_t("HandoutPack", TITLE), ParagraphStyle("pack_cover_title", parent=st.cover_title, fontName=PACK_FONT,
                                                      fontSize=30,
                                   leading=36)),
        HRFlowable(width="40%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=14),
        para(group.name, ParagraphStyle("cover_group", parent=st.cover_line, fontSize=17, leading=23,
                                        textColor=st.body.textColor)),
        para(when, st.cover_line),
    ]
    if meeting.venue or group.venue:
        story.append(para(meeting.venue or group.venue, st.cover_line))
    if meeting.topic:
        story.append(para(_t("HandoutPack", "Topic: {topic}").format(topic=meeting.topic), st.cover_line))
    parts = [(_t("HandoutPack", "Group agreement"), "agreement"),
             *((item.handout.title, ("handout", k)) for k, item in enumerate(prepared)),
             (_t("HandoutPack", "Support contacts"), "contacts")]
    story += [PageBreak(), *_title(_t("HandoutPack", "Contents")),
              ContentsList(parts)]

    story += [PageBreak(), PageMarker("agreement"),
              *_title(_t("HandoutPack", "Group agreement")),
              para(_t("HandoutPack", "Version {version}. Read aloud at the start of each session.").format(
                  version=group.agreement_version), st.subtitle)]
    # Read aloud to the room: a larger size, one paragraph per line as written.
    spoken = ParagraphStyle("agreement", parent=st.body, fontSize=12.5, leading=18, spaceAfter=7)
    lines = [line.strip() for line in group.agreement_text.splitlines() if line.strip()]
    story += [para(line, spoken) for line in lines] or [
        para(_t("HandoutPack", "The group has not written down its agreement yet."), st.body)]

    for k, item in enumerate(prepared):
        handout = item.handout
        if item.reader is not None:
            # Its pages are merged in after the page this lands on.
            story.append(SkipPages(("handout", k), item.pdf_pages))
            continue
        # The handout's own words follow its title (its description is for the library, not the page).
        story += [PageBreak(), PageMarker(("handout", k)), *_title(handout.title), *item.flowables]

    contacts = _filled(options.organisation.support_contacts)
    story += [PageBreak(), PageMarker("contacts"), *_title(_t("HandoutPack", "Support contacts")),
              para(_t("HandoutPack", "People and services you can contact between sessions."), st.subtitle)]
    if not contacts:
        # Nothing set up yet: the one number everyone should have gets a box of its own to write it in.
        story += [_crisis_line_box(_w=_w), Spacer(1, 6 * mm)]
    story.append(_contacts(contacts, _t("HandoutPack",
                                        "If you or someone else is in immediate danger, call your local emergency "
                                     "number.")))
    return story


class ContentsList(Flowable):
    """The contents: a title, dot leaders and the page number (filled in when the whole pack is laid
    out) per line. One flowable for all lines, drawn in one go; it splits across pages if need be."""

    LINE = 21
    SIZE = 11.5
    ROOM = 30   # for the page number

    def __init__(self, entries: Sequence[tuple[str, Any]]) -> None:
        super().__init__()
        self.entries = list(entries)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.LINE * len(self.entries)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.LINE)
        if fits < 1 or fits >= len(self.entries):
            return []
        return [ContentsList(self.entries[:fits]), ContentsList(self.entries[fits:])]

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(INK)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.9)
        c.setLineCap(1)
        c.setDash([0.01, 4.5])
        text = c.beginText()
        text.setFont(FONT, self.SIZE)
        room = self.width - self.ROOM - 30
        leaders = []
        for row, (title, key) in enumerate(self.entries):
            y = self.LINE * (len(self.entries) - row - 1) + 6
            width = c.stringWidth(title, FONT, self.SIZE)
            if width > room:
                title = fit_text(c, title, FONT, self.SIZE, room)
                width = c.stringWidth(title, FONT, self.SIZE)
            text.setTextOrigin(0, y)
            text.textOut(title)
            leaders.append((width + 8, y, self.width - self.ROOM, y))
            c.page_number_of(key, self.width, y, FONT, self.SIZE)
        c.drawText(text)
        c.lines(leaders)


def _filled(contacts: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(label, value) for label, value in contacts if (label or "").strip() or (value or "").strip()]


def _crisis_line_box(_w: Wording = ENGLISH) -> Table:
    """A framed box headed "Crisis line", to write the local number in by hand."""
    _t = _w.translate
    st = styles()
    label = ParagraphStyle("crisis_label", parent=st.body, fontName=PACK_FONT, fontSize=13, leading=17,
                           spaceAfter=1)
    cell = [para(_t("HandoutPack", CRISIS_LINE), label), para(_t("HandoutPack", CRISIS_LINE_HINT), st.small)]
    table = Table([[cell]], colWidths=[174 * mm], rowHeights=[30 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 1.4, INK),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 7)]))
    return table


def _contacts(contacts: Sequence[tuple[str, str]], closing: str) -> Table:
    """The contacts (or blank lines to write on), then the closing line as the table's last row, never
    split from the contact above it: a long list does not leave the line alone on a last page."""
    st = styles()
    filled = _filled(contacts)
    if filled:
        rows: list[list[Any]] = [[para(label, st.label), para(value, st.body)] for label, value in filled]
        heights: list[float | None] = [None] * len(rows)
    else:
        # Nothing set up yet: lines to write on by hand.
        rows = [["", ""] for _ in range(BLANK_CONTACT_ROWS)]
        heights = [13 * mm] * BLANK_CONTACT_ROWS
    rows.append([para(closing, st.body), ""])
    heights.append(None)
    table = Table(rows, colWidths=[60 * mm, 114 * mm], rowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.6, RULE if filled else MUTED),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                               ("SPAN", (0, -1), (-1, -1)), ("LEFTPADDING", (0, -1), (-1, -1), 0),
                               ("TOPPADDING", (0, -1), (-1, -1), 6 * mm),
                               ("NOSPLIT", (0, -2), (-1, -1))]))
    return table


def export_from_cli(args: Any, services: Any, organisation: Organisation) -> str:
    """The command line's pack for one session: write it and say where."""
    group = services.groups.find_group(args.group)
    meeting = find_meeting(services, group, args.session)
    ids = tuple(find_handouts(reports_for(services), args.handouts)) if args.handouts else None
    if ids is None and not services.handouts.given_at(meeting.id):
        print(f"Warning: {NO_HANDOUTS}", file=sys.stderr)
    result = export_handout_pack(services, HandoutPackOptions(meeting.id, ids, organisation=organisation,
                                                              paper=parse_paper(args.paper)),
                                 output_path(args, args.export_kind, group, meeting.date))
    return f"{TITLE} written to {result.path} ({pages(result.pages)})\n{replaced_line(result.replaced)}"


def options_from_dialog(subject: Any, level: Any, organisation: Organisation,
                        choices: dict[str, Any]) -> HandoutPackOptions:
    """The export dialog's choices as options: the session's handouts, the organisation and its contacts."""
    assert subject.meeting is not None
    return HandoutPackOptions(subject.meeting.id, organisation=organisation, paper=chosen_paper(choices))
