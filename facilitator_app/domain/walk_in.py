"""Who a walk-in's typed name means: matching names the way people type them, and where the
person stood in the group on the session's day (in it, left before, or joined later).

Matching ignores letter case, accents and spacing (NFKC, casefold, then the base letters), so
"zoe", "ZOË" and "Zoë" are one name, and "nguyen van an" finds "Nguyễn Văn An". It compares the
whole name typed with a member's preferred name and with their full name.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import AttendanceLine, MemberRecord, MembershipRecord
from facilitator_app.domain.text import short_date, sort_key
from facilitator_app.errors import ValidationError


def name_key(text: str) -> str:
    """The form two names are compared in: compatibility-normalised, case- and accent-folded,
    with runs of spaces made one."""
    folded = sort_key(unicodedata.normalize("NFKC", text))[0]
    return " ".join(folded.split())


def name_matches(typed: str, member: MemberRecord) -> bool:
    """Whether ``typed`` is the member's preferred name or full name (see ``name_key``)."""
    key = name_key(typed)
    return bool(key) and key in {name_key(member.preferred_name), name_key(member.full_name)}


class Standing(StrEnum):
    """Where a member stood in the group on a session's day."""

    MEMBER = "member"      # in the group that day
    FORMER = "former"      # had left by then
    LATER = "later"        # joined after that day


@dataclass(frozen=True)
class WalkInCandidate:
    """A member the typed name may mean, with their standing on the session's day."""

    member: MemberRecord
    standing: Standing
    memberships: tuple[MembershipRecord, ...] = ()

    def describe(self) -> str:
        """One line for a chooser: the name, the full name when it helps, and the standing."""
        name = self.member.preferred_name
        if self.member.full_name and name_key(self.member.full_name) != name_key(name):
            name = f"{name} ({self.member.full_name})"
        return f"{name} — {self.standing_text()}"

    def standing_text(self) -> str:
        if self.standing is Standing.FORMER:
            left = max((m.left_on for m in self.memberships if m.left_on), default=None)
            return f"former member, left {short_date(left)}" if left else "former member"
        if self.standing is Standing.LATER:
            joined = min((m.joined_on for m in self.memberships), default=None)
            return f"joined later, on {short_date(joined)}" if joined else "joined later"
        return "member"


def standing_on(memberships: Iterable[MembershipRecord], day: date) -> Standing:
    """In the group on ``day`` wins; otherwise joined later if any membership starts after it."""
    spans = list(memberships)
    if any(m.active_on(day) for m in spans):
        return Standing.MEMBER
    if any(m.joined_on > day for m in spans):
        return Standing.LATER
    return Standing.FORMER


def candidates_for(typed: str, members: Iterable[tuple[MemberRecord, MembershipRecord]],
                   day: date) -> list[WalkInCandidate]:
    """Everyone in ``members`` (one pair per membership) whose name ``typed`` is, once each."""
    found: dict[uuid.UUID, tuple[MemberRecord, list[MembershipRecord]]] = {}
    for member, membership in members:
        if name_matches(typed, member):
            found.setdefault(member.id, (member, []))[1].append(membership)
    out = [WalkInCandidate(member, standing_on(spans, day), tuple(spans)) for member, spans in found.values()]
    order = {Standing.MEMBER: 0, Standing.LATER: 1, Standing.FORMER: 2}
    return sorted(out, key=lambda c: (order[c.standing], sort_key(c.member.preferred_name), c.member.id))


@dataclass(frozen=True)
class WalkIn:
    """What a walk-in did: the sheet line, whether a new member was created (for undo), the
    status the person had before, and (for someone already known) their standing that day."""

    line: AttendanceLine
    created: bool
    status_before: AttendanceStatus | None = None
    standing: Standing | None = None

    def summary(self) -> str:
        """The sentence the window shows, saying what happened to whom."""
        name = self.line.member.preferred_name
        if self.created:
            return f"{name} joined the group and is marked present."
        if self.status_before is AttendanceStatus.PRESENT:
            return f"{name} was already marked present."
        if self.standing is Standing.FORMER:
            return f"Marked {name} present (former member; they have not re-joined the group)."
        if self.standing is Standing.LATER:
            return f"Marked {name} present (joined the group after this session; membership unchanged)."
        return f"Marked {name} present (already in the group)."


class SeveralMatches(ValidationError):
    """The typed name fits more than one member: the facilitator chooses, the app never guesses."""

    def __init__(self, name: str, candidates: list[WalkInCandidate]) -> None:
        super().__init__(f"{len(candidates)} members are called “{name}”. Choose who came, "
                         "or add someone new with that name.")
        self.name = name
        self.candidates = candidates
