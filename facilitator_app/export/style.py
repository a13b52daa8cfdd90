"""The house style of every PDF: embedded Unicode fonts, calm sizes and light grey tables.

DejaVu Sans ships in ``export/fonts`` with its licence, so names such as Zoë, Łukasz, Søren
and Nguyễn Văn An print as written (reportlab's built-in Helvetica has no glyph for several
of them); Arabic, Hebrew and CJK text falls back run by run to the fonts beside it
(``export.shaping``, applied to every document in ``export.document.render``). All user text
goes through :func:`para`, which escapes it: Paragraph text is markup.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from facilitator_app.export.shaping import FONT_DIR as FONT_DIR  # where the fonts and their licences are
from facilitator_app.export.shaping import FONTS, LATIN

FONT = LATIN.face(bold=False, italic=False)
FONT_BOLD = LATIN.face(bold=True, italic=False)
FONT_ITALIC = LATIN.face(bold=False, italic=True)

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B5B5B5")
HEADER_FILL = colors.HexColor("#E6E6E6")
BAND_FILL = colors.HexColor("#F5F5F5")
ACCENT = colors.HexColor("#4F6D8F")        # a quiet slate blue: charts, the cover's rule
ACCENT_LIGHT = colors.HexColor("#B7C7D9")

MARGIN = 18 * mm
BODY_SIZE = 10.5

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans with reportlab, once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        # DejaVu Sans in its four styles (<i> and <b><i> map to the real oblique faces); the
        # Arabic, Hebrew and CJK fonts register when a text first needs them (export.shaping).
        FONTS.family(LATIN)
        # Binary (compressed) streams rather than ASCII85 text: smaller files, and a third faster to
        # write with reportlab's pure-Python encoder. ASCII85 only helps 7-bit mail transports.
        rl_config.useA85 = 0
        _registered = True


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the house style."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_head_centre: ParagraphStyle
    label: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    toc: ParagraphStyle


def _styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=14.5, textColor=INK,
                          spaceAfter=5, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=10),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=13, leading=17, spaceBefore=12,
                          spaceAfter=5, keepWithNext=True),
        h3=ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=8,
                          spaceAfter=3, keepWithNext=True),
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2,
                              bulletFontName=FONT),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD),
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell, fontName=FONT_BOLD, alignment=TA_RIGHT),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        cell_head_centre=ParagraphStyle("cell_head_centre", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        cover_title=ParagraphStyle("cover_title", parent=body, fontName=FONT_BOLD, fontSize=26, leading=32,
                                   alignment=TA_CENTER, spaceAfter=14),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=14, leading=20, alignment=TA_CENTER,
                                  textColor=MUTED, spaceAfter=4),
        toc=ParagraphStyle("toc", parent=body, fontSize=11, leading=16),
    )


_styles_cache: Styles | None = None


def styles() -> Styles:
    global _styles_cache
    if _styles_cache is None:
        _styles_cache = _styles()
    return _styles_cache


def esc(text: object) -> str:
    """User text made safe for Paragraph markup, with line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of plain (user) text: always escaped."""
    return Paragraph(esc(text), style or styles().body)


def markup(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of markup the app built itself (every user part already escaped with :func:`esc`)."""
    return Paragraph(text, style or styles().body)


def base_table_style(header: bool = True, banded: bool = True) -> list[tuple]:
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
                     ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD)]
    if banded:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, BAND_FILL]))
    return commands


def data_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               numeric: Sequence[int] = (), extra: Sequence[tuple] = (), centred: bool = False) -> Table:
    """A table of user data: every cell wraps (a Paragraph), the header repeats on each page.

    ``numeric`` lists the columns aligned right; ``centred`` centres every column.
    """
    st = styles()

    def style(i: int, head: bool) -> ParagraphStyle:
        if centred:
            return st.cell_head_centre if head else st.cell_centre
        if i in numeric:
            return st.cell_head_right if head else st.cell_right
        return st.cell_head if head else st.cell

    head = [Paragraph(esc(h), style(i, True)) for i, h in enumerate(header)]
    body = [[Paragraph(esc(value), style(i, False)) for i, value in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*base_table_style(), *extra]))
    return table


def facts_table(pairs: Sequence[tuple[str, object]], widths: Sequence[float] = (48 * mm, 126 * mm)) -> Table:
    """Label and value, one pair a line (details of a session, a member, a report)."""
    st = styles()
    rows = [[Paragraph(esc(label), st.label), Paragraph(esc(value) if value not in (None, "") else "—", st.cell)]
            for label, value in pairs]
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([*base_table_style(header=False, banded=False),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))
    return table


def bullet_list(items: Sequence[str]) -> list[Flowable]:
    st = styles()
    return [Paragraph(esc(item), st.bullet, bulletText="•") for item in items]
