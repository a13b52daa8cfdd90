"""Simple Markdown (and plain text) to Platypus flowables, for text handouts and note sections.

Headings (#, ##, ###), bullet and numbered lists, paragraphs, block quotes, horizontal rules,
**bold** and *emphasis*. Everything is escaped before any markup is added, so text from a
handout or a note can never inject reportlab markup. Plain text keeps its line breaks, and its
lists ("- ", "* ", "1. ") print as lists. ``scale`` sets everything larger (large print).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import copy
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from facilitator_app.export.style import RULE, esc, styles

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+•]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def inline(text: str) -> str:
    """One line of Markdown as escaped Paragraph markup (bold and emphasis kept)."""
    out = esc(text)
    out = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", out)
    out = _CODE.sub(r"\1", out)
    out = _BOLD.sub(r"<b>\2</b>", out)
    return _EMPHASIS.sub(r"<i>\1</i>", out)


def first_heading(text: str) -> str | None:
    """The text of a level-1 heading on the first non-blank line, if there is one."""
    for line in text.splitlines():
        if line.strip():
            match = _HEADING.match(line)
            return match.group(2) if match and len(match.group(1)) == 1 else None
    return None


def scaled(style: ParagraphStyle, factor: float) -> ParagraphStyle:
    """A copy of ``style`` with its sizes, spacing and indents times ``factor``."""
    if factor == 1:
        return style
    bigger = copy(style)
    for name in ("fontSize", "leading", "spaceBefore", "spaceAfter", "leftIndent", "bulletIndent",
                 "bulletFontSize"):
        setattr(bigger, name, getattr(style, name) * factor)
    bigger.name = f"{style.name}_x{factor:.2f}"
    return bigger


@dataclass(frozen=True)
class _Styles:
    """The styles a text handout uses, at one scale."""

    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    indent: float   # one list level


def _styles(factor: float) -> _Styles:
    st = styles()
    h1 = copy(st.h2)
    h1.fontSize, h1.leading, h1.spaceBefore = 16, 21, 4
    quote = copy(st.body)
    quote.leftIndent, quote.textColor = 12, st.small.textColor
    return _Styles(scaled(h1, factor), scaled(st.h2, factor), scaled(st.h3, factor), scaled(st.body, factor),
                   scaled(st.bullet, factor), scaled(quote, factor), 14 * factor)


def _item(words: str, st: _Styles, depth: int, bullet: str, numbered: bool = False) -> Paragraph:
    item = copy(st.bullet)
    step = st.indent
    if numbered:
        item.leftIndent, item.bulletIndent = step * (1.3 + depth), step * (0.15 + depth)
    else:
        item.leftIndent, item.bulletIndent = step * (1 + depth), step * (0.2 + depth)
    return Paragraph(words, item, bulletText=bullet)


def markdown_flowables(text: str, *, skip_first_heading: bool = False, hard_breaks: bool = False,
                       scale: float = 1.0) -> list[Flowable]:
    """The flowables of a Markdown text. ``hard_breaks`` keeps each line break (as people type notes);
    ``scale`` sets it larger (large print)."""
    st = _styles(scale)
    h1 = st.h1
    out: list[Flowable] = []
    skipped = not skip_first_heading
    for kind, payload in _blocks(text, hard_breaks):
        if kind == "heading":
            level, words = payload
            if not skipped and level == 1:
                skipped = True
                continue
            out.append(Paragraph(inline(words), h1 if level == 1 else st.h2 if level == 2 else st.h3))
        elif kind == "paragraph":
            out.append(Paragraph(inline(payload), st.body))
        elif kind == "quote":
            out.append(Paragraph(inline(payload), st.quote))
        elif kind == "bullet":
            depth, words = payload
            out.append(_item(inline(words), st, depth, "–" if depth else "•"))
        elif kind == "numbered":
            depth, number, words = payload
            out.append(_item(inline(words), st, depth, f"{number}.", numbered=True))
        elif kind == "rule":
            out.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=6))
        else:
            out.append(Spacer(1, 2 * mm * scale))
        skipped = skipped or kind != "blank"
    return out


def _blocks(text: str, hard_breaks: bool = False) -> Iterator[tuple[str, Any]]:
    """Blocks of a Markdown text: consecutive lines of one paragraph are joined (soft breaks),
    or each stands alone with ``hard_breaks``."""
    paragraph: list[str] = []

    def flush() -> Iterator[tuple[str, object]]:
        if paragraph:
            yield "paragraph", " ".join(line.strip() for line in paragraph)
            paragraph.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            yield from flush()
            continue
        if _RULE.match(line):
            yield from flush()
            yield "rule", None
        elif match := _HEADING.match(line):
            yield from flush()
            yield "heading", (len(match.group(1)), match.group(2))
        elif match := _BULLET.match(line):
            yield from flush()
            yield "bullet", (min(2, len(match.group(1).expandtabs(4)) // 2), match.group(2))
        elif match := _NUMBERED.match(line):
            yield from flush()
            yield "numbered", (min(2, len(match.group(1).expandtabs(4)) // 2), match.group(2), match.group(3))
        elif match := _QUOTE.match(line):
            yield from flush()
            yield "quote", match.group(1)
        else:
            paragraph.append(line)
            if hard_breaks:
                yield from flush()
    yield from flush()


_PLAIN_BULLET = re.compile(r"^(\s*)[-*•]\s+(.*)$")


def plain_text_flowables(text: str, *, scale: float = 1.0) -> list[Flowable]:
    """Plain text as written: paragraphs at blank lines, line breaks kept inside them; lines that
    start "- ", "* ", "• " or "1. " are list items (nothing else is read as markup)."""
    st = _styles(scale)
    out: list[Flowable] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            out.append(Paragraph("<br/>".join(esc(line) for line in lines), st.body))
            lines.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n"):
        if match := _PLAIN_BULLET.match(line):
            flush()
            depth = min(2, len(match.group(1).expandtabs(4)) // 2)
            out.append(_item(esc(match.group(2)), st, depth, "–" if depth else "•"))
        elif match := _NUMBERED.match(line):
            flush()
            depth = min(2, len(match.group(1).expandtabs(4)) // 2)
            out.append(_item(esc(match.group(3)), st, depth, f"{match.group(2)}.", numbered=True))
        elif not line.strip():
            flush()
        else:
            lines.append(line.rstrip())
    flush()
    return out
