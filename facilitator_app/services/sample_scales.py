"""What a sample is (rows per table name, and their counts) and the sizes it comes in.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from facilitator_app.domain.enums import Cadence

AUDIT_ACTION = "sample_data.created"

Row = dict[str, Any]


@dataclass(frozen=True)
class SampleSummary:
    """How many rows of each kind the sample holds (counts only, so it is deterministic too)."""

    groups: int
    members: int
    memberships: int
    meetings: int
    attendance: int
    checkins: int
    session_notes: int
    handouts: int
    meeting_handouts: int
    skipped_dates: int

    @property
    def counts(self) -> dict[str, int]:
        """The counts by table-like name, in a fixed order (for the audit event and the command line)."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class SampleData:
    """Generated rows per table, ready for ``bulk_insert``, and their counts."""

    rows: dict[str, list[Row]]
    summary: SampleSummary


@dataclass(frozen=True)
class Scale:
    groups: int
    members: int
    cadences: tuple[tuple[Cadence, int], ...]   # (cadence, how many groups), dealt out in order
    past_sessions: dict[Cadence, int]           # per group, before jitter
    jitter: float                               # +- fraction of past_sessions
    roster: tuple[int, int]                     # members a group settles around
    handouts: int
    upcoming: int
    cross_members: int                          # extra memberships of people already in another group
    note_share: float                           # held sessions that get notes


SCALES: dict[str, Scale] = {
    # Two groups a facilitator can read through in a demo: about 30 past sessions.
    "small": Scale(groups=2, members=25, cadences=((Cadence.WEEKLY, 1), (Cadence.FORTNIGHTLY, 1)),
                    past_sessions={Cadence.WEEKLY: 17, Cadence.FORTNIGHTLY: 13, Cadence.MONTHLY: 8},
                    jitter=0.0, roster=(9, 11), handouts=12, upcoming=4, cross_members=2, note_share=0.9),
    # An organisation's six years: the size the app must stay fast at.
    "large": Scale(groups=40, members=2000,
                    cadences=((Cadence.WEEKLY, 24), (Cadence.FORTNIGHTLY, 12), (Cadence.MONTHLY, 4)),
                    past_sessions={Cadence.WEEKLY: 310, Cadence.FORTNIGHTLY: 155, Cadence.MONTHLY: 66},
                    jitter=0.1, roster=(18, 26), handouts=200, upcoming=4, cross_members=50, note_share=0.96),
}
