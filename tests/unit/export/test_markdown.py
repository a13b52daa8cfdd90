"""Simple Markdown for handouts and notes: structure kept, user text escaped."""

from __future__ import annotations

import pytest
from reportlab.platypus import HRFlowable, Paragraph

from facilitator_app.export.markdown import first_heading, inline, markdown_flowables, plain_text_flowables

TEXT = """# Sleep basics

*Small habits that help.*

## Before bed
- Keep the same **wake-up** time,
  even at weekends.
- Dim the lights
  - nested point
1. First
2) Second

A paragraph over
two lines.

> A quote.

---
Last line with <b>not markup</b> & an [example link](https://example.org).
"""


def _texts(flowables: list) -> list[tuple[str, str, str | None]]:
    return [(type(f).__name__, getattr(f, "text", ""), getattr(f, "bulletText", None)) for f in flowables]


def test_blocks() -> None:
    flowables = markdown_flowables(TEXT)
    paragraphs = [f for f in flowables if isinstance(f, Paragraph)]
    texts = [p.text for p in paragraphs]
    assert texts[0] == "Sleep basics" and paragraphs[0].style.fontSize == 16
    assert "<i>Small habits that help.</i>" in texts
    assert "Before bed" in texts
    assert "Keep the same <b>wake-up</b> time, even at weekends." not in texts  # a list item is one line
    bullets = [(p.bulletText, p.text) for p in paragraphs if p.bulletText]
    assert bullets[:3] == [("•", "Keep the same <b>wake-up</b> time,"), ("•", "Dim the lights"), ("–", "nested point")]
    assert ("1.", "First") in bullets and ("2.", "Second") in bullets
    assert "A paragraph over two lines." in texts
    assert "A quote." in texts
    assert any(isinstance(f, HRFlowable) for f in flowables)
    assert "Last line with &lt;b&gt;not markup&lt;/b&gt; &amp; an example link (https://example.org)." in texts


def test_first_heading_can_be_left_out() -> None:
    assert first_heading(TEXT) == "Sleep basics"
    assert first_heading("Intro\n# Later") is None
    texts = [f.text for f in markdown_flowables(TEXT, skip_first_heading=True) if isinstance(f, Paragraph)]
    assert "Sleep basics" not in texts and "Before bed" in texts


def test_hard_breaks_keep_each_typed_line() -> None:
    texts = [f.text for f in markdown_flowables("Line one\nLine two", hard_breaks=True)]
    assert texts == ["Line one", "Line two"]


def test_inline_never_lets_markup_through() -> None:
    assert inline("<script>") == "&lt;script&gt;"
    assert inline("**bold** and *soft* and 2 * 3 * 4") == "<b>bold</b> and <i>soft</i> and 2 * 3 * 4"
    assert inline('<font size="40">big</font>') == '&lt;font size="40"&gt;big&lt;/font&gt;'


def test_plain_text_keeps_line_breaks_and_prints_its_lists_as_lists() -> None:
    flowables = plain_text_flowables("Title\nSecond line\n\n- one\n* two <x>\n  - under two\n\n\n"
                                     "1. first\n2) second\nEnd **not bold**")
    assert [f.text for f in flowables] == ["Title<br/>Second line", "one", "two &lt;x&gt;", "under two", "first",
                                           "second", "End **not bold**"]
    assert [f.bulletText for f in flowables] == [None, "•", "•", "–", "1.", "2.", None]
    assert flowables[3].style.leftIndent > flowables[1].style.leftIndent   # a nested item sits further in


def test_large_print_scales_every_size() -> None:
    normal = markdown_flowables("# Title\n\nText\n\n- item")
    large = markdown_flowables("# Title\n\nText\n\n- item", scale=1.6)
    for small, big in zip(normal, large, strict=True):
        if isinstance(small, Paragraph):
            assert big.style.fontSize == pytest.approx(small.style.fontSize * 1.6)
            assert big.style.leading == pytest.approx(small.style.leading * 1.6)
    assert [f.style.fontSize for f in plain_text_flowables("Text\n- item", scale=2)] == [21, 21]
