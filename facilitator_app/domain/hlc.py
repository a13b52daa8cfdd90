"""A hybrid logical clock: which of two changes made on different laptops came later.

A laptop's wall clock can be wrong or go back, so a change is stamped with a hybrid logical
clock (Kulkarni et al., 2014): the greatest wall time seen so far (this laptop's clock, or any
stamp received from another store), a counter that orders stamps within one millisecond, and
the id of the store that made it (which breaks the last ties). A stamp from this clock is always
later than every stamp it made or saw before, whatever the wall clock does.

``Timestamp.text`` is the stored form: fixed width, so comparing the strings orders them as the
stamps are ordered (SQL ``>`` and ``max`` work on the column).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_COUNTER = 10 ** COUNTER_DIGITS - 1
NODE_HEX = 16
_TEXT = re.compile(rf"^(\d{{{WALL_DIGITS}}})\.(\d{{{COUNTER_DIGITS}}})\.([0-9a-f]{{{NODE_HEX}}})$")


def new_node_id() -> str:
    """A random id for a new store (64 bits, lower-case hex)."""
    return os.urandom(NODE_HEX // 2).hex()


def wall_ms() -> int:
    """This computer's clock in milliseconds since 1970."""
    return time.time_ns() // 1_000_000


def _check_node(node: str) -> str:
    if len(node) != NODE_HEX or any(ch not in "0123456789abcdef" for ch in node):
        raise ValueError(f"a node id is {NODE_HEX} lower-case hex digits, not {node!r}")
    return node


@dataclass(frozen=True, order=True)
class Timestamp:
    """One stamp: ordered by wall time, then counter, then node id."""

    wall: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall < 10 ** WALL_DIGITS:
            raise ValueError(f"wall time out of range: {self.wall}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"counter out of range: {self.counter}")
        _check_node(self.node)

    @property
    def text(self) -> str:
        return f"{self.wall:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.node}"

    def __str__(self) -> str:
        return self.text

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        match = _TEXT.match(text)
        if match is None:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(match[1]), int(match[2]), match[3])


def _next(wall: int, counter: int, node: str) -> Timestamp:
    if counter > MAX_COUNTER:  # a million stamps in one millisecond: borrow the next one
        return Timestamp(wall + 1, 0, node)
    return Timestamp(wall, counter, node)


def tick(last: Timestamp | None, now: int, node: str) -> Timestamp:
    """The stamp for a change made here, after ``last`` (the latest stamp made or seen)."""
    if last is None or now > last.wall:
        return Timestamp(now, 0, node)
    return _next(last.wall, last.counter + 1, node)


def observe(last: Timestamp | None, remote: Timestamp, now: int, node: str) -> Timestamp:
    """The clock after receiving ``remote``: later than both it and ``last``."""
    wall = max(now, remote.wall, last.wall if last is not None else -1)
    if last is not None and wall == last.wall == remote.wall:
        counter = max(last.counter, remote.counter) + 1
    elif last is not None and wall == last.wall:
        counter = last.counter + 1
    elif wall == remote.wall:
        counter = remote.counter + 1
    else:
        counter = 0
    return _next(wall, counter, node)


class Clock:
    """A store's clock: ``tick()`` for a change made here, ``observe()`` for a stamp received."""

    def __init__(self, node: str, last: Timestamp | None = None, now: Callable[[], int] = wall_ms) -> None:
        self.node = _check_node(node)
        self.last = last
        self._now = now

    def tick(self) -> Timestamp:
        self.last = tick(self.last, self._now(), self.node)
        return self.last

    def observe(self, remote: Timestamp) -> Timestamp:
        self.last = observe(self.last, remote, self._now(), self.node)
        return self.last
