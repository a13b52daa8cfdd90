"""Text in any script on a PDF page: a font for each run, Arabic joined, right-to-left text in order.

reportlab draws one font at a time, left to right, a glyph per character. A name such as
"李小龍", "محمد الأحمد" or "שרה כהן" needs three more things, done here once for every document:

* **Fallback by run.** The text is split into runs by which font has the glyphs: DejaVu Sans
  first (Latin, Greek, Cyrillic, Vietnamese), Noto Sans Arabic and Noto Sans Hebrew for those
  scripts, then Droid Sans Fallback (Chinese, Japanese kana, Korean Hangul). Spaces and
  punctuation stay in the run they sit in, combining marks with their letter.
* **Order.** The Unicode bidirectional algorithm (python-bidi) gives every character its level;
  the runs are then laid out in visual order (rule L2), each right-to-left word as one run.
* **Shaping.** Right-to-left and Arabic runs go through HarfBuzz (uharfbuzz, through reportlab's
  ``shapeFragWord``), which joins the letters and returns the glyphs in visual order. Each glyph
  is kept as the character the font maps it to (an Arabic presentation form, or a private-use
  code reportlab assigns), so a Paragraph measures, wraps and draws it like any other text.

Copying text out of the PDF gives the logical order back: the glyphs stand in visual order, as in
any PDF, and readers (poppler's pdftotext, Acrobat) reverse right-to-left runs; the fonts'
ToUnicode maps give the base letters for the joined forms (see :class:`ShapedTTFont`).

Plain text with right-to-left words (a name, a note) is broken into lines first and each line
reordered on its own (:class:`BidiParagraph`), so a long Arabic note reads top to bottom, and
starts at the right margin. The trade-offs: a Paragraph with markup (``<b>`` and the like) is
reordered stretch by stretch between its tags, before reportlab wraps it, so right-to-left words
that wrap there have their lines in reverse order, and a right-to-left phrase split by a tag keeps
its pieces in logical order; the app's own markup never puts right-to-left text in that position.
A line that mixes right-to-left and left-to-right phrases is drawn right, but copied-out text may
give its phrases in display order (poppler reverses right-to-left runs one by one).

Latin-only text (what most documents hold) takes a fast path: one set look-up per character and
nothing else. No Qt here (export is below ui/).
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from bidi import algorithm as bidi_algorithm
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, shapeFragWord
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph, Table, XPreformatted

FONT_DIR = Path(__file__).with_name("fonts")


@dataclass(frozen=True)
class Family:
    """One typeface: its family name (what ``<font face=...>`` takes) and a file per style."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, bold: bool, italic: bool) -> str:
        """The registered font name of a style."""
        return {(False, False): self.name, (True, False): f"{self.name}-Bold",
                (False, True): f"{self.name}-Oblique", (True, True): f"{self.name}-BoldOblique"}[(bold, italic)]

    def files(self) -> dict[str, str]:
        return {self.face(False, False): self.regular, self.face(True, False): self.bold,
                self.face(False, True): self.italic, self.face(True, True): self.bold_italic}


LATIN = Family("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
               "DejaVuSans-BoldOblique.ttf")
# No italic Arabic, Hebrew or CJK face exists in these families: italic uses the upright one.
ARABIC = Family("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
                "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
HEBREW = Family("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
                "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf")
CJK = Family("DroidSansFallback", "DroidSansFallback.ttf", "DroidSansFallback.ttf", "DroidSansFallback.ttf",
             "DroidSansFallback.ttf")
FAMILIES = (LATIN, ARABIC, HEBREW, CJK)

# HarfBuzz features: kerning and the required ligatures (lam-alef), not the discretionary ones
# (which would turn محمد into one decorative glyph).
_FEATURES = {"kern": True, "liga": True}
_MIRRORED = str.maketrans(MIRRORED)

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_PRESENTATION_FORMS = ((0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
# Explicit direction marks and embeddings: invisible, and the levels below are computed without them.
_BIDI_CONTROLS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _within(code: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(low <= code <= high for low, high in ranges)


class ShapedTTFont(TTFont):
    """A TrueType font whose ToUnicode map gives the letters behind shaped glyphs.

    HarfBuzz's joined Arabic forms are drawn as presentation-form characters (U+FE8E ...) or, for
    glyphs the font maps from no character, as private-use codes. Without this, copying the text
    out of the PDF would give those codes instead of the letters typed.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.letters: dict[int, str] = {}     # drawn code -> the text it stands for

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None and any(self._meaning(code) != chr(code) for code in subset):
                stream.content = _to_unicode_cmap(base, [self._meaning(code) for code in subset])

    def _meaning(self, code: int) -> str:
        if code in self.letters:
            text = self.letters[code]
        elif _within(code, _PRESENTATION_FORMS):
            # (the forms of vowel signs decompose with a space in front: " َّ" for shadda with fatha)
            text = unicodedata.normalize("NFKC", chr(code)).replace(" ", "") or chr(code)
        else:
            return chr(code)
        # A glyph for several right-to-left letters (lam-alef) stands in a line drawn in visual
        # order, which readers reverse letter by letter: give its letters in visual order too.
        if len(text) > 1 and unicodedata.bidirectional(text[0]) in ("R", "AL"):
            return text[::-1]
        return text


def _to_unicode_cmap(name: str, meanings: Sequence[str]) -> str:
    """A ToUnicode CMap (PDF reference 9.10.3) in which a code may stand for several characters."""

    def utf16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper() or "FFFD"

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(meanings) - 1:02X}>", "endcodespacerange",
        f"{len(meanings)} beginbfchar",
        *[f"<{code:02X}> <{utf16(text)}>" for code, text in enumerate(meanings)],
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


class Fonts:
    """The registered families, loaded on first use (Droid Sans Fallback is 3 MB: a Latin-only
    document never reads it). Registration is process-wide in reportlab, so this is too."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._families: set[str] = set()
        self._plain: frozenset[int] | None = None
        self._styles: dict[str, tuple[Family, bool, bool]] = {}
        for family in FAMILIES:
            for bold in (False, True):
                for italic in (False, True):
                    self._styles[family.face(bold, italic)] = (family, bold, italic)

    def family(self, family: Family) -> Family:
        """Register ``family`` with reportlab (once), and return it."""
        if family.name in self._families:
            return family
        with self.lock:
            if family.name not in self._families:
                shaped = family is not LATIN
                loaded: dict[str, TTFont] = {}
                for face, file in family.files().items():
                    if file not in loaded:
                        path = str(FONT_DIR / file)
                        loaded[file] = ShapedTTFont(face, path) if shaped else TTFont(face, path)
                        pdfmetrics.registerFont(loaded[file])
                    elif face not in pdfmetrics._fonts:
                        # The same file under a second name (an upright face standing in for italic).
                        pdfmetrics._fonts[face] = loaded[file]
                pdfmetrics.registerFontFamily(family.name, normal=family.face(False, False),
                                              bold=family.face(True, False), italic=family.face(False, True),
                                              boldItalic=family.face(True, True))
                self._families.add(family.name)
        return family

    def cmap(self, family: Family) -> dict[int, int]:
        self.family(family)
        return pdfmetrics.getFont(family.name).face.charToGlyph

    def plain(self) -> frozenset[int]:
        """Characters DejaVu Sans draws as they are: no fallback, no shaping, no reordering."""
        if self._plain is None:
            self._plain = frozenset(code for code in self.cmap(LATIN)
                                    if unicodedata.bidirectional(chr(code)) not in ("R", "AL", "AN")
                                    and not _within(code, _ARABIC_RANGES) and not _within(code, _HEBREW_RANGES))
        return self._plain

    def style_of(self, font_name: str) -> tuple[Family, bool, bool]:
        """The family and style of a registered face; other fonts (Helvetica) count as DejaVu's."""
        if font_name in self._styles:
            return self._styles[font_name]
        try:
            _family, bold, italic = ps2tt(font_name)
        except ValueError:
            bold = italic = 0
        return LATIN, bool(bold), bool(italic)

    def family_for(self, char: str, previous: Family | None) -> Family:
        """The font for one character (``previous`` is the run it would join)."""
        code = ord(char)
        if _within(code, _ARABIC_RANGES):
            return ARABIC
        if _within(code, _HEBREW_RANGES):
            return HEBREW
        if previous is not None and (unicodedata.combining(char) or not char.isalnum()) \
                and code in self.cmap(previous):
            return previous       # marks, spaces and punctuation stay with their run
        if code in self.plain() or code in self.cmap(LATIN):
            return LATIN
        if code in self.cmap(CJK):
            return CJK
        return LATIN              # no shipped font has it: DejaVu's empty box, at least in the text


FONTS = Fonts()


def plain(text: str) -> bool:
    """True when ``text`` needs nothing from this module (the fast path)."""
    if text.isascii():
        return True
    table = FONTS.plain()
    return all(ord(ch) in table for ch in text) and unicodedata.is_normalized("NFC", text)


@dataclass(frozen=True)
class Run:
    """A piece of a line in visual order: the font to draw it with and the characters to draw."""

    font: str
    text: str


def _levels(text: str) -> list[int]:
    """The embedding level of each character (UAX #9, rules P2 to I2)."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return [0] * len(text)
    storage = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage, False, False)
    bidi_algorithm.explicit_embed_and_overrides(storage, False)
    bidi_algorithm.resolve_weak_types(storage, False)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [int(ch["level"]) for ch in storage["chars"]]
    # L1: trailing whitespace goes back to the paragraph level.
    for i in range(len(text) - 1, -1, -1):
        if not text[i].isspace():
            break
        levels[i] = base
    return levels


def _logical_runs(text: str) -> list[tuple[str, Family, int]]:
    """(text, family, level) in logical order; right-to-left runs split at spaces, so a run is a word."""
    levels = _levels(text)
    runs: list[tuple[str, Family, int]] = []
    previous: Family | None = None
    for ch, level in zip(text, levels, strict=True):
        family = FONTS.family_for(ch, previous)
        previous = family
        if runs:
            last_text, last_family, last_level = runs[-1]
            rtl_break = level % 2 == 1 and (ch.isspace() != last_text[-1].isspace())
            if last_family is family and last_level == level and not rtl_break:
                runs[-1] = (last_text + ch, family, level)
                continue
        runs.append((ch, family, level))
    return runs


def _visual(runs: list[tuple[str, Family, int]]) -> list[tuple[str, Family, int]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs at
    that level or above. Inside a run the order stays logical (HarfBuzz reverses right-to-left runs)."""
    if not runs:
        return runs
    odd = [level for _t, _f, level in runs if level % 2]
    if not odd:
        return runs
    out = list(runs)
    for level in range(max(level for _t, _f, level in runs), min(odd) - 1, -1):
        i = 0
        while i < len(out):
            if out[i][2] >= level:
                j = i
                while j < len(out) and out[j][2] >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out


def _shape(text: str, font_name: str, size: float = 10) -> str:
    """HarfBuzz's glyphs for one run, in visual order, as the characters reportlab draws them with."""
    font = pdfmetrics.getFont(font_name)
    word = [0, (ABag(fontName=font_name, fontSize=size), text)]
    with FONTS.lock:   # shaping may add private-use codes to the font's tables: one thread at a time
        shaped = shapeFragWord(word, features=_FEATURES, force=True)
    if shaped is word:
        return text
    drawn = "".join(str(piece[1]) for piece in shaped[1:])
    data = [d for piece in shaped[1:] for d in piece[1].__shapeData__]
    starts = sorted({d.cluster for d in data}) + [len(text)]
    letters = getattr(font, "letters", None)
    for ch, d in zip(drawn, data, strict=False):
        code = ord(ch)
        if letters is not None and 0xE000 <= code <= 0xF8FF and code not in letters:
            end = next(s for s in starts if s > d.cluster)
            letters[code] = text[d.cluster:end]
    return drawn


@lru_cache(maxsize=4096)
def runs(text: str, font_name: str) -> tuple[Run, ...] | None:
    """``text`` (logical order) as runs in visual order, for a line set in ``font_name``; None when
    the text can be drawn as it is in that font."""
    if plain(text):
        return None
    _family, bold, italic = FONTS.style_of(font_name)
    text = unicodedata.normalize("NFC", text).translate(_BIDI_CONTROLS)
    out: list[Run] = []
    for piece, family, level in _visual(_logical_runs(text)):
        face = FONTS.family(family).face(bold, italic)
        strong_rtl = _right_to_left(piece)
        if level % 2 and not strong_rtl:
            # Punctuation and spaces between right-to-left words (a closing bracket, a comma): HarfBuzz
            # would take them for left to right, so reverse them here and draw their mirrored glyphs
            # (UAX #9 rule L4: ")" at the end of a right-to-left phrase is drawn as "(" on its left).
            piece = piece[::-1].translate(_MIRRORED)
        elif level % 2 or (family is ARABIC and strong_rtl):
            # Right-to-left runs, and Arabic letters anywhere, are shaped. A left-to-right run of
            # Arabic-Indic digits is not: HarfBuzz would take their script for right to left and
            # reverse the number.
            piece = _shape(piece, face)
        if out and out[-1].font == face:
            out[-1] = Run(face, out[-1].text + piece)
        else:
            out.append(Run(face, piece))
    return tuple(out)


def width(text: str, font_name: str, size: float) -> float:
    """The width of ``text`` set with fallback and shaping."""
    found = runs(text, font_name)
    if found is None:
        return float(pdfmetrics.stringWidth(text, font_name, size))
    return float(sum(pdfmetrics.stringWidth(run.text, run.font, size) for run in found))


# --------------------------------------------------------------------------- Paragraph markup
_TAG = re.compile(r"(<[^>]*>)")
_BOLD = {"b", "strong"}
_ITALIC = {"i", "em"}


def markup(text: str, base_font: str) -> str | None:
    """Paragraph markup with every text stretch set by run (``<font face=...>`` around what DejaVu
    cannot draw) and in visual order; None when nothing changes. ``base_font`` is the style's font."""
    if plain(text):
        return None
    _family, bold, italic = FONTS.style_of(base_font)
    depth = {"b": 0, "i": 0}
    out: list[str] = []
    changed = False
    for part in _TAG.split(text):
        if not part:
            continue
        if part.startswith("<"):
            name = part.strip("</> ").split()[0].lower() if part.strip("</> ") else ""
            step = -1 if part.startswith("</") else (0 if part.endswith("/>") else 1)
            if name in _BOLD:
                depth["b"] += step
            elif name in _ITALIC:
                depth["i"] += step
            out.append(part)
            continue
        face = FONTS.family(LATIN).face(bold or depth["b"] > 0, italic or depth["i"] > 0)
        found = runs(html.unescape(part), face)
        if found is None:
            out.append(part)
            continue
        changed = True
        for run in found:
            family = FONTS.style_of(run.font)[0]
            chunk = escape(run.text)
            # The exact face: <font face=...> resets bold and italic to the face's own.
            out.append(chunk if family is LATIN else f'<font face="{run.font}">{chunk}</font>')
    return "".join(out) if changed else None


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


class BidiParagraph(Paragraph):
    """A paragraph of plain text with right-to-left words, broken into lines before it is reordered.

    The bidi algorithm orders each *line* (UAX #9, rule L1 onwards), so the lines must be known
    first: on each new width the logical text is broken greedily by its shaped width, each line is
    set by run and in visual order (:func:`markup`), and the lines are joined with ``<br/>``.
    Only text without markup (besides line breaks) takes this route; see :func:`scripted`."""

    _logical: str | None = None    # the logical text, escaped; None for the halves of a split
    _width: float | None = None    # the width the lines were broken for

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's name)
        style = self.style
        room = availWidth - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0)
        if self._logical is not None and room != self._width:
            lines = [line for part in _BREAK.split(self._logical)
                     for line in _broken(html.unescape(part), style.fontName, style.fontSize, room)]
            set_lines = [markup(escape(line), style.fontName) or escape(line) for line in lines]
            if len(lines) > 1 and style.alignment == TA_LEFT and bidi_algorithm.get_base_level(self._logical):
                # A block of right-to-left lines starts at the right margin (one line, a name in a
                # table column, stays where the other names are).
                style = _right_aligned(style)
            Paragraph.__init__(self, "<br/>".join(set_lines), style, bulletText=self.bulletText)
            self._width = room
        return super().wrap(availWidth, availHeight)


@lru_cache(maxsize=64)
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def _broken(text: str, font_name: str, size: float, room: float) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``room`` (a longer word stands alone)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and width(candidate, font_name, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current or not lines else lines


def scripted(story: Sequence[Any]) -> None:
    """Set every Paragraph in ``story`` (tables and groups included) by run, in place."""

    def visit(item: Any) -> None:
        if isinstance(item, XPreformatted):
            return   # its own line handling: left as it is (the app prints none)
        if isinstance(item, Paragraph):
            text = getattr(item, "text", None)
            if not isinstance(text, str) or plain(text):
                return
            if type(item) is Paragraph and _right_to_left(text) and _TAG.search(_BREAK.sub("", text)) is None:
                item.__class__ = BidiParagraph
                item._logical = text
                return
            new = markup(text, item.style.fontName)
            if new is not None:
                Paragraph.__init__(item, new, item.style, bulletText=item.bulletText)
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    visit(cell)
        elif isinstance(item, list | tuple):
            for inner in item:
                visit(inner)
        else:
            content = getattr(item, "_content", None)
            if isinstance(content, list):
                for inner in content:
                    visit(inner)

    for flowable in story:
        visit(flowable)


# --------------------------------------------------------------------------- canvas
class ScriptTextObject(PDFTextObject):
    """A text object whose public ``textOut``/``textLine`` set text by run (Paragraphs draw through
    the private ``_textOut`` with text :func:`markup` has already set)."""

    def textOut(self, text: str) -> None:  # noqa: N802 (reportlab's name)
        found = runs(text, self._fontname) if isinstance(text, str) else None
        if found is None:
            super().textOut(text)
            return
        font, size, leading = self._fontname, self._fontsize, self._leading
        for run in found:
            self.setFont(run.font, size, leading)
            super().textOut(run.text)
        self.setFont(font, size, leading)

    def textLine(self, text: str = "") -> None:  # noqa: N802 (reportlab's name)
        if not text or (isinstance(text, str) and runs(text, self._fontname) is None):
            super().textLine(text)
            return
        self.textOut(text)
        super().textLine("")


class ScriptCanvas(rl_canvas.Canvas):
    """A canvas whose drawString and friends, text objects and string widths work in any script."""

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:  # noqa: N802
        return ScriptTextObject(self, x, y, direction=direction)

    def stringWidth(self, text: str, fontName: str | None = None,  # noqa: N802, N803 (reportlab's names)
                    fontSize: float | None = None) -> float:
        return width(text, fontName or self._fontname, self._fontsize if fontSize is None else fontSize)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self._aligned(super().drawRightString, 1.0, x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        self._aligned(super().drawCentredString, 0.5, x, y, text, *args, **kwargs)

    def _aligned(self, draw: Callable[..., None], share: float, x: float, y: float, text: str,
                 *args: Any, **kwargs: Any) -> None:
        if runs(text, self._fontname) is None:
            draw(x, y, text, *args, **kwargs)
        else:
            self.drawString(x - share * self.stringWidth(text), y, text)

