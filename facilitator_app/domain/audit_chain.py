"""The audit trail's hash chain: pure rules, shared by the store, its migration's frozen copy and the tests.

Each event's hash is SHA-256 over a canonical encoding (JSON with sorted keys, no spaces, ASCII
only) of its sequence number, time, action, counts and the hash of the event before it; the
first event's "previous hash" is 64 zeros. Changing, removing or reordering an event breaks
the chain at that event, and ``verify_chain`` names the first one that does not fit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS = "0" * 64


def canonical_time(when: datetime) -> str:
    """The time as the chain encodes it: always with microseconds, so a round trip through the
    store gives the same text."""
    return when.strftime("%Y-%m-%dT%H:%M:%S.%f")


def event_hash(sequence: int, when: datetime, action: str, counts: Mapping[str, Any], previous: str) -> str:
    payload = json.dumps({"sequence": sequence, "time": canonical_time(when), "action": action,
                          "counts": dict(counts), "previous": previous},
                         sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ChainedEvent:
    """One stored event as read back. ``occurred_at`` or ``counts`` is None when the stored value
    could not be read (itself a sign the row was changed by hand)."""

    sequence: int
    occurred_at: datetime | None
    action: str
    counts: Mapping[str, Any] | None
    previous_hash: str
    hash: str

    def expected_hash(self) -> str | None:
        if self.occurred_at is None or self.counts is None:
            return None
        return event_hash(self.sequence, self.occurred_at, self.action, self.counts, self.previous_hash)


@dataclass(frozen=True)
class ChainHead:
    """The last event written, as recorded beside the trail: it makes a removed last event visible.
    A sequence below 0 stands for a record that could not be read."""

    sequence: int
    hash: str


@dataclass(frozen=True)
class ChainProblem:
    """The first event that does not fit: its sequence number, its time when known, and why."""

    sequence: int
    occurred_at: datetime | None
    reason: str

    def message(self) -> str:
        if self.sequence <= 0:
            return f"Audit trail broken: {self.reason}"
        when = f" ({format_time(self.occurred_at)})" if self.occurred_at is not None else ""
        return f"Audit trail broken at event {self.sequence}{when}: {self.reason}"


def format_time(when: datetime | None) -> str:
    return "unknown time" if when is None else f"{when:%Y-%m-%d %H:%M:%S} UTC"


def verify_chain(events: Iterable[ChainedEvent], head: ChainHead | None = None) -> ChainProblem | None:
    """None when the events (in any order) form an unbroken chain 1..N that ends at ``head`` (when
    given), else the first event that is broken or missing."""
    if head is not None and head.sequence < 0:
        return ChainProblem(0, None, "the record of its last event was changed by hand and cannot be read.")
    expected, previous_hash = 1, GENESIS
    before: ChainedEvent | None = None
    for event in sorted(events, key=lambda e: e.sequence):
        if event.sequence != expected:
            after = f"event {before.sequence} ({format_time(before.occurred_at)})" if before else "the start"
            return ChainProblem(expected, None, f"it is missing: the trail goes from {after} to event "
                                                f"{event.sequence} ({format_time(event.occurred_at)}).")
        if event.previous_hash != previous_hash:
            return ChainProblem(event.sequence, event.occurred_at,
                                "it does not follow the event before it (an event was removed, changed or moved).")
        if event.expected_hash() != event.hash:
            return ChainProblem(event.sequence, event.occurred_at,
                                "its contents were changed after it was written (they no longer match its hash).")
        before, previous_hash, expected = event, event.hash, expected + 1
    last = expected - 1
    if head is not None and head.sequence > last:
        after = f"after event {last} ({format_time(before.occurred_at)})" if before else "(the trail is empty)"
        return ChainProblem(last + 1, None, f"it is missing: {head.sequence} events were written, and the "
                                            f"trail ends {after}.")
    if head is not None and head.sequence == last and last > 0 and head.hash != previous_hash:
        assert before is not None
        return ChainProblem(last, before.occurred_at,
                            "it is not the last event that was written (it was changed or replaced).")
    return None
