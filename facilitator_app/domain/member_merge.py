"""Rules for merging two member records that turn out to be one person.

Where both have a record for the same session, the more informative one is kept:
- attendance: late or left early (says the most) > present > excused > absent; then one with
  a comment; then the kept member's own. A comment is never dropped for an empty one.
- check-ins: one person has one check-in per session, so two cannot both stay (the round and
  the trends would count the person twice). Scores beat a pass, a pass beats nothing; then one
  with a word; then the kept member's own. The other is tombstoned, and undo brings it back.
Memberships of one group that overlap or touch become one: the earliest join, and the latest
leave (or none if either is still in the group), keeping the latest agreement acknowledgement.
Separate spans stay separate, so a gap when the person was not in the group stays a gap.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from facilitator_app.domain.enums import AttendanceStatus

_ATTENDANCE_RANK = {
    AttendanceStatus.LATE: 3, AttendanceStatus.LEFT_EARLY: 3, AttendanceStatus.PRESENT: 2,
    AttendanceStatus.EXCUSED: 1, AttendanceStatus.ABSENT: 0,
}


def attendance_rank(status: AttendanceStatus, comment: str) -> tuple[int, bool]:
    """How much an attendance record says (higher says more)."""
    return _ATTENDANCE_RANK[AttendanceStatus(status)], bool(comment.strip())


def checkin_rank(total: int | None, passed: bool, word: str) -> tuple[int, bool]:
    """How much a check-in says (higher says more)."""
    return (2 if total is not None else 1 if passed else 0), bool(word.strip())


def span_clusters(spans: list[tuple[date, date | None]]) -> list[list[int]]:
    """Indexes of ``spans`` (joined, left or None for still in) grouped where they overlap or touch
    (one leaves the day before, or the day, the other joins)."""
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    clusters: list[list[int]] = []
    end: date | None = None
    for i in order:
        joined, left = spans[i]
        if clusters and (end is None or joined <= end + timedelta(days=1)):
            clusters[-1].append(i)
            end = None if end is None or left is None else max(end, left)
        else:
            clusters.append([i])
            end = left
    return clusters


@dataclass(frozen=True)
class MergeCounts:
    """What a merge moves: rows handed to the kept member, and sessions where both had a record."""

    attendance_moved: int = 0
    attendance_combined: int = 0
    checkins_moved: int = 0
    checkins_combined: int = 0
    groups: int = 0

    def describe(self) -> str:
        """A sentence for the confirm dialog (no names: the dialog names the two people)."""
        parts = [f"{self.attendance_moved + self.attendance_combined} attendance "
                 f"record{'s' if self.attendance_moved + self.attendance_combined != 1 else ''}",
                 f"{self.checkins_moved + self.checkins_combined} check-in"
                 f"{'s' if self.checkins_moved + self.checkins_combined != 1 else ''}",
                 f"{self.groups} group membership{'s' if self.groups != 1 else ''}"]
        text = f"{', '.join(parts[:2])} and {parts[2]} move over."
        both = []
        if self.attendance_combined:
            both.append(f"attendance at {self.attendance_combined} session"
                        f"{'s' if self.attendance_combined != 1 else ''} (the fuller record is kept)")
        if self.checkins_combined:
            plural = "s" if self.checkins_combined != 1 else ""
            both.append(f"a check-in at {self.checkins_combined} session{plural} "
                        "(one check-in per session: the fuller one is kept)")
        if both:
            text += " Both have " + " and ".join(both) + "."
        return text


@dataclass(frozen=True)
class RowState:
    """One row's columns at a moment of a merge (kept only in memory, for undo)."""

    table: str
    id: uuid.UUID
    values: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class MemberMerge:
    """A merge that happened: who was kept, who became a tombstone, and how to undo it."""

    survivor_id: uuid.UUID
    absorbed_id: uuid.UUID
    counts: MergeCounts
    snapshot: tuple[RowState, ...]
    groups: tuple[uuid.UUID, ...] = ()
    meetings: tuple[tuple[uuid.UUID, uuid.UUID], ...] = ()   # (session, its group) with records moved
    after: tuple[RowState, ...] = ()   # the same rows right after the merge: undo refuses if any changed
