"""Merging two people's versions of one note: a section one side changed takes that side; a
section both changed keeps both texts; nothing typed is ever dropped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.domain.note_versions import BOTH_MARK, merge_sections
from facilitator_app.domain.records import NoteSections

BASE = NoteSections(themes="sleep", strategies="walks", follow_ups="", safety_concerns="", free_text="")


def test_each_side_keeps_the_sections_only_it_changed() -> None:
    mine = NoteSections(themes="sleep and family", strategies="walks")
    theirs = NoteSections(themes="sleep", strategies="walks, breathing", follow_ups="call Ana")
    merged = merge_sections(BASE, mine, theirs)
    assert merged == NoteSections(themes="sleep and family", strategies="walks, breathing", follow_ups="call Ana")


def test_a_section_both_changed_keeps_both_theirs_first() -> None:
    merged = merge_sections(BASE, NoteSections(themes="mine"), NoteSections(themes="theirs"))
    assert merged.themes == f"theirs\n\n{BOTH_MARK}\nmine"
    assert merged.strategies == ""   # both cleared it


def test_the_same_change_on_both_sides_is_kept_once() -> None:
    same = NoteSections(themes="sleep, again")
    assert merge_sections(BASE, same, same) == same


def test_a_section_cleared_on_one_side_and_changed_on_the_other_keeps_the_text() -> None:
    assert merge_sections(BASE, NoteSections(themes=""), NoteSections(themes="sleep!")).themes == "sleep!"
    assert merge_sections(BASE, NoteSections(themes="sleep?"), NoteSections(themes="")).themes == "sleep?"


texts = st.text(alphabet="abc ", max_size=6)
sections = st.builds(NoteSections, themes=texts, strategies=texts, free_text=texts)


@given(sections, sections, sections)
def test_no_changed_text_is_ever_lost(base: NoteSections, mine: NoteSections, theirs: NoteSections) -> None:
    merged = merge_sections(base, mine, theirs)
    for name in ("themes", "strategies", "free_text"):
        kept = getattr(merged, name)
        for side in (mine, theirs):
            text = getattr(side, name)
            if text != getattr(base, name) and text.strip():
                assert text in kept
