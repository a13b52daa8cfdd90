"""The hybrid logical clock: monotonic whatever the wall clock does, ordered, and its text sorts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.domain.hlc import MAX_COUNTER, Clock, Timestamp, new_node_id, observe, tick

nodes = st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)
walls = st.integers(min_value=0, max_value=10 ** 14)
stamps = st.builds(Timestamp, walls, st.integers(min_value=0, max_value=MAX_COUNTER), nodes)
# Each step: ("tick", wall clock now) or ("observe", wall clock now, a remote stamp).
steps = st.lists(st.one_of(st.tuples(st.just("tick"), walls),
                           st.tuples(st.just("observe"), walls, stamps)), min_size=1, max_size=40)


@given(steps, nodes)
def test_every_stamp_is_later_than_everything_made_or_seen_before(script: list[tuple], node: str) -> None:
    clock_now = [0]
    clock = Clock(node, now=lambda: clock_now[0])
    seen: list[Timestamp] = []
    for step in script:
        clock_now[0] = step[1]  # the wall clock jumps anywhere, backwards too
        if step[0] == "tick":
            stamp = clock.tick()
        else:
            seen.append(step[2])
            stamp = clock.observe(step[2])
        assert all(stamp > earlier for earlier in seen)
        assert stamp.node == node
        assert stamp.wall >= step[1]  # never behind this computer's own clock
        seen.append(stamp)


@given(stamps, stamps)
def test_the_text_sorts_as_the_stamps_do(a: Timestamp, b: Timestamp) -> None:
    assert (a < b) == (a.text < b.text)
    assert (a == b) == (a.text == b.text)


@given(stamps)
def test_text_round_trips(a: Timestamp) -> None:
    assert Timestamp.parse(a.text) == a
    assert len(a.text) == 39


@given(st.lists(stamps, min_size=1, max_size=10), nodes, walls)
@settings(max_examples=50)
def test_observing_many_stamps_in_any_order_ends_later_than_all(remotes: list[Timestamp], node: str,
                                                                  now: int) -> None:
    last = None
    for remote in remotes:
        last = observe(last, remote, now, node)
    assert last is not None and all(last > r for r in remotes)


def test_a_wall_clock_that_goes_back_still_moves_the_clock_forward() -> None:
    node = "0123456789abcdef"
    first = tick(None, 5_000, node)
    assert tick(first, 1_000, node) == Timestamp(5_000, 1, node)
    assert tick(first, 6_000, node) == Timestamp(6_000, 0, node)


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    node = "0123456789abcdef"
    assert tick(Timestamp(7, MAX_COUNTER, node), 7, node) == Timestamp(8, 0, node)


@pytest.mark.parametrize("text", ["", "1.2.3", "000000000000001.000000.XYZ", "000000000000001.000000.0123456789abcdeg"])
def test_parse_refuses_what_is_not_a_stamp(text: str) -> None:
    with pytest.raises(ValueError):
        Timestamp.parse(text)


def test_new_node_ids_are_valid_and_differ() -> None:
    a, b = new_node_id(), new_node_id()
    assert a != b
    Clock(a).tick()
