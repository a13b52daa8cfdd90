"""Sign-in sheet: printed for the door, ticked or signed by hand.

First names by default (see ``privacy``): people find their own row and tick it. Blank rows
take walk-ins; a visitors row and a totals row are filled in by the facilitator.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from facilitator_app.errors import ValidationError
from facilitator_app.export.cli_support import output_path, pages
from facilitator_app.export.document import DocumentInfo, ExportResult, Organisation, export_story
from facilitator_app.export.paper import Paper, chosen_paper, parse_paper
from facilitator_app.export.privacy import NameLevel, told_apart
from facilitator_app.export.progress import CancelCheck, Progress, Steps
from facilitator_app.export.scrubber import NameScrubber, Passage, replaced_line, scrubber_for
from facilitator_app.export.style import (
    BAND_FILL,
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    MARGIN,
    MUTED,
    esc,
    para,
    styles,
)
from facilitator_app.export.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from facilitator_app.services.reports import MAX_WALK_IN_ROWS, reports_for
from facilitator_app.services.sign_in_sheet_data import SignInSheetData, sign_in_sheet_data

TITLE = QT_TRANSLATE_NOOP("SignInSheet", "Sign-in sheet")
DEFAULT_WALK_INS = 6


@dataclass(frozen=True)
class SignInSheetOptions:
    group_id: uuid.UUID
    sessions: int = 1
    walk_ins: int = DEFAULT_WALK_INS
    landscape: bool = False
    names: NameLevel = NameLevel.FIRST
    organisation: Organisation = field(default_factory=Organisation)
    today: date | None = None
    paper: Paper = Paper.A4


def export_sign_in_sheet(services: Any, options: SignInSheetOptions, target: Path,
                         progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> ExportResult:
    """Write the sign-in sheet PDF for the group's next ``options.sessions`` sessions."""
    if not 0 <= options.walk_ins <= MAX_WALK_IN_ROWS:
        raise ValidationError(f"Choose between 0 and {MAX_WALK_IN_ROWS} blank rows for walk-ins.")
    steps = Steps(2, progress, should_cancel)
    steps.start()
    reports = reports_for(services)
    data = sign_in_sheet_data(reports, options.group_id, options.sessions, options.today)
    scrubber = scrubber_for(reports, options.names)
    steps.advance()
    info, story = sign_in_sheet_story(data, options, scrubber)
    return replace(export_story(info, story, target, steps), replaced=scrubber.replaced)


def passages(services: Any, options: SignInSheetOptions) -> list[Passage]:
    """The free text that will leave with these options (the venue), replacements marked."""
    reports = reports_for(services)
    scrubber = scrubber_for(reports, options.names)
    scrubber.scrub(sign_in_sheet_data(reports, options.group_id, options.sessions, options.today).venue, "Venue")
    return scrubber.passages


def sign_in_sheet_story(data: SignInSheetData, options: SignInSheetOptions,
                        scrubber: NameScrubber | None = None) -> tuple[DocumentInfo, list[Flowable]]:
    _w = options.organisation.wording
    _t = _w.translate
    st = styles()
    level = options.names
    info = DocumentInfo(
        title=_t("SignInSheet", TITLE), wording=_w, subject=_t("SignInSheet", "{group}, from {date}").format(
            group=data.group.name, date=_w.short_date(data.dates[0])),
        organisation=options.organisation.display_name, produced_on=options.today or date.today(),
        confidential=level.shows_names and bool(data.members), landscape=options.landscape,
        paper=options.paper)
    when = _w.short_date(data.dates[0]) if len(data.dates) == 1 else \
        _t("SignInSheet", "{first} to {last}").format(first=_w.short_date(data.dates[0]),
                                                      last=_w.short_date(data.dates[-1]))
    venue = scrubber.scrub(data.venue, "Venue") if scrubber is not None else data.venue
    details = " · ".join(x for x in (when, f"{data.start_time:%H:%M}" if data.start_time else "", venue) if x)
    story: list[Flowable] = [
        para(_t("SignInSheet", TITLE), st.title),
        para(data.group.name, st.subtitle),
        para(details, st.body),
        para(_t("SignInSheet",
                "Please tick the box under today's date, or sign it. New here? Write your first name in an empty "
             "row. Visitors who prefer not to sign in are counted by the facilitator."), st.small),
    ]
    names = told_apart(data.members, level) if level.shows_names else []
    blanks = options.walk_ins + (0 if level.shows_names else len(data.members))
    story.append(_grid(data.dates, names, blanks, info.pagesize[0] - 2 * MARGIN, info.pagesize[1], _w=_w))
    return info, story


NAME_SIZE = 11.0          # points: a name as people look for it at the door
NAME_FLOOR = 8.5        # ... and the smallest it shrinks to before it wraps onto a second line
PAD_LEFT, PAD_RIGHT, PAD_V = 6, 4, 3


class AtLeast(Flowable):
    """A cell's content with a least height: the row is tall enough to sign in, and grows with the
    content when it needs more (measured when the page is laid out, after the text is set by script)."""

    def __init__(self, content: Flowable, height: float) -> None:
        super().__init__()
        self._content = [content]   # where shaping (export.shaping.scripted) looks for a Paragraph
        self.least = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _width, self._inner = self._content[0].wrap(avail_width, avail_height)
        self.width, self.height = avail_width, max(self.least, self._inner)
        return self.width, self.height

    def draw(self) -> None:
        self._content[0].drawOn(self.canv, 0, (self.height - self._inner) / 2)


def _name_cell(name: str, room: float, row_height: float) -> AtLeast:
    """A name's cell: the name at full size when it fits on one line, else smaller, down to a floor;
    a name still too long wraps and its row grows, so no rule ever crosses the text."""
    size = NAME_SIZE
    while size > NAME_FLOOR and stringWidth(name, FONT, size) > room:
        size -= 0.5
    cell = Paragraph(esc(name), ParagraphStyle(f"sign_in_name_{size}", parent=styles().cell, fontSize=size,
                                               leading=round(size * 1.2, 1)))
    return AtLeast(cell, row_height - 2 * PAD_V)


def _grid(dates: tuple[date, ...], names: list[str], blanks: int, width: float, page_height: float,
          _w: Wording = ENGLISH) -> Table:
    _t = _w.translate
    st = styles()
    cell = ParagraphStyle("sign_in_name", parent=st.cell, fontSize=NAME_SIZE, leading=13)
    head_style = st.cell_head_centre
    name_width = min(62 * mm, max(45 * mm, width - len(dates) * 30 * mm))
    date_width = (width - name_width) / len(dates)
    # The heading row is at least 12 mm and grows with its dates when narrow columns wrap them
    # (Letter, landscape, eight sessions).
    header: list[Any] = [AtLeast(Paragraph(_t("SignInSheet", "Name"), st.cell_head), 12 * mm - 2 * PAD_V)] + [
        Paragraph(esc(_w.short_date(d)).replace(" ", "<br/>", 1), head_style)
        for d in dates]
    body_rows = len(names) + blanks + 2
    # Aim for one page: rows between 8 and 10.5 mm tall (room to sign), header a little taller.
    room = page_height - 42 * mm - 60 * mm
    row_height = max(8 * mm, min(10.5 * mm, room / max(1, body_rows)))
    rows: list[list[Any]] = [header]
    rows += [[_name_cell(name, name_width - PAD_LEFT - PAD_RIGHT, row_height)] + [""] * len(dates) for name in names]
    rows += [[""] * (len(dates) + 1) for _ in range(blanks)]
    rows.append([Paragraph(_t("SignInSheet", "Visitors (headcount)"), st.label)] + [""] * len(dates))
    rows.append([Paragraph("<b>" + esc(_t("SignInSheet", "Total in the room")) + "</b>", cell)] + [""] * len(dates))
    # Rows with content size themselves (None) at layout time; blank rows keep the height to sign in.
    heights: list[float | None] = [None] * (1 + len(names)) + [row_height] * (blanks + 2)
    table = Table(rows, colWidths=[name_width] + [date_width] * len(dates),
                  rowHeights=heights, repeatRows=1, hAlign="LEFT")
    last = len(rows) - 1
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.6, MUTED),
        ("BOX", (0, 0), (-1, -1), 1.0, INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, INK),
        ("BACKGROUND", (0, last - 1), (-1, last), BAND_FILL),
        ("LINEABOVE", (0, last - 1), (-1, last - 1), 1.0, INK),
        ("FONTNAME", (0, last), (0, last), FONT_BOLD),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_LEFT),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_RIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_V),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_V),
    ]))
    return table


def export_from_cli(args: Any, services: Any, organisation: Organisation) -> str:
    """The command line's sheet for the next sessions: write it and say where."""
    group = services.groups.find_group(args.group)
    first = date.today()
    if Path(args.output).expanduser().is_dir():   # name the file after the first session on it
        first = sign_in_sheet_data(reports_for(services), group.id, args.sessions).dates[0]
    result = export_sign_in_sheet(services, SignInSheetOptions(
        group.id, sessions=args.sessions, walk_ins=args.walk_ins, landscape=args.landscape,
        organisation=organisation, paper=parse_paper(args.paper)), output_path(args, args.export_kind, group, first))
    return f"{TITLE} written to {result.path} ({pages(result.pages)})\n{replaced_line(result.replaced)}"


def options_from_dialog(subject: Any, level: NameLevel, organisation: Organisation,
                        choices: dict[str, Any]) -> SignInSheetOptions:
    """The export dialog's choices as options (its field set gives sessions, walk-ins and landscape)."""
    assert subject.group is not None
    return SignInSheetOptions(subject.group.id, sessions=int(choices["sessions"]), walk_ins=int(choices["walk_ins"]),
                              landscape=bool(choices["landscape"]), names=level, organisation=organisation,
                              paper=chosen_paper(choices))
