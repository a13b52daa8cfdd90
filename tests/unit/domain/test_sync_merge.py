"""The merge rules are joins: commutative, associative, idempotent; an edit that saw another wins."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.domain.sync_merge import (
    CONFLICT_HEAD,
    dominates,
    edit,
    implicit,
    in_conflict,
    join,
    row_key,
    shown_text,
)

texts = st.sampled_from(["", "Sleep", "Sleep and winter", "Walks"])
vectors = st.dictionaries(st.sampled_from(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc"]),
                          st.integers(min_value=1, max_value=4), max_size=3)
versions = st.lists(st.fixed_dictionaries({"text": texts, "vv": vectors}), min_size=1, max_size=3).map(
    lambda vs: join(vs, []))


@given(versions, versions)
def test_join_is_commutative(a: list, b: list) -> None:
    assert join(a, b) == join(b, a)


@given(versions, versions, versions)
def test_join_is_associative(a: list, b: list, c: list) -> None:
    assert join(join(a, b), c) == join(a, join(b, c))


@given(versions)
def test_join_is_idempotent(a: list) -> None:
    assert join(a, a) == a


@given(versions, texts)
def test_an_edit_wins_over_everything_it_saw(a: list, text: str) -> None:
    edited = edit(a, text, "aaaaaaaaaaaaaaaa")
    assert join(a, edited) == edited
    assert shown_text(edited) == text


def test_concurrent_edits_keep_both_texts() -> None:
    base = edit(implicit(""), "Sleep", "aaaaaaaaaaaaaaaa")
    mine = edit(base, "Sleep and winter", "aaaaaaaaaaaaaaaa")
    theirs = edit(base, "Walks", "bbbbbbbbbbbbbbbb")
    both = join(mine, theirs)
    assert in_conflict(both)
    shown = shown_text(both)
    assert shown.startswith(CONFLICT_HEAD) and "Sleep and winter" in shown and "Walks" in shown
    settled = edit(both, "Sleep, winter and walks", "bbbbbbbbbbbbbbbb")
    assert join(both, settled) == settled and not in_conflict(settled)


def test_dominates_is_strict() -> None:
    assert dominates({"a": 2}, {"a": 1}) and dominates({"a": 1, "b": 1}, {"a": 1})
    assert not dominates({"a": 1}, {"a": 1}) and not dominates({"a": 1}, {"b": 1})


def test_erased_beats_any_later_stamp_and_a_later_stamp_beats_an_earlier() -> None:
    erased = {"erased_at": "2026-01-01T00:00:00", "hlc": "1"}
    edited = {"erased_at": None, "hlc": "9"}
    assert row_key(erased, "") > row_key(edited, "")
    assert row_key({"hlc": "2"}, "") > row_key({"hlc": "1"}, "z") > row_key({"hlc": None}, "z")
