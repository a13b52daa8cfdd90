"""What the exports share: the report service, a member as an export sees them, and the CSV tables' rows.

Each document's own reads live beside it, one module per kind (``services/<kind>_data.py``), as
functions of this service: one read transaction per document, handed over as frozen values.
The documents in ``export/`` only lay these out; the numbers (attendance counts, check-in
averages, gentle follow-up flags) are worked out here, with the domain's rules. Member names
are read only where a document can show them; contact details only for a member's own record.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import GroupRecord, MeetingRecord
from facilitator_app.domain.text import sort_key
from facilitator_app.errors import NotFoundError
from facilitator_app.services.base import Service
from facilitator_app.storage.repos import members as members_repo
from facilitator_app.storage.repos import reports as repo

MAX_SIGN_IN_SESSIONS = 8
MAX_WALK_IN_ROWS = 40


# --------------------------------------------------------------------------- shared values
@dataclass(frozen=True)
class Person:
    """A member as an export sees them: an id and names, nothing else."""

    id: uuid.UUID
    preferred_name: str
    full_name: str = ""


class MemberName(NamedTuple):
    """A member's names and nothing else (no id): what the name scrubber needs."""

    preferred_name: str
    full_name: str


def person(row: Any) -> Person:
    """The export's view of a member row (one with ``id`` or ``member_id``, and names)."""
    return Person(row.id if hasattr(row, "id") else row.member_id, row.preferred_name, row.full_name or "")


def by_name(people: Iterable[Person]) -> list[Person]:
    """People in the order of their preferred names."""
    return sorted(people, key=lambda p: (sort_key(p.preferred_name), p.id))


@dataclass(frozen=True)
class MemberLine:
    person: Person
    attended: int
    joined_on: date
    left_on: date | None


# --------------------------------------------------------------------------- the service
class ReportService(Service):
    """Read-only use cases behind the exports: one read transaction per document."""

    def read(self) -> AbstractContextManager[Any]:
        """A read transaction (what each document's reads run in)."""
        return self._store.read()

    def everyone(self) -> tuple[MemberName, ...]:
        """Every member the store knows (current, former, deleted), by names only, each pair of
        names once: what an export's name scrubber looks for in free text."""
        with self._store.read() as s:
            return tuple(MemberName(preferred or "", full or "") for preferred, full
                         in members_repo.all_member_names(s))

    # ---- CSV tables
    def attendance_rows(self, group_id: uuid.UUID) -> tuple[GroupRecord, list[Any], list[MeetingRecord]]:
        with self._store.read() as s:
            group = live_group(s, group_id)
            rows = repo.attendance_rows(s, group_id)
            meetings = repo.meetings(s, group_id)
        return group, rows, meetings

    def checkin_rows(self, group_id: uuid.UUID) -> tuple[GroupRecord, list[Any], dict[uuid.UUID,
                                                                                       InstrumentDefinition]]:
        with self._store.read() as s:
            group = live_group(s, group_id)
            rows = repo.checkin_rows(s, group_id)
            instruments = instrument_definitions(s)
        return group, rows, instruments

    def member_rows(self, group_id: uuid.UUID) -> tuple[GroupRecord, list[MemberLine]]:
        """Everyone ever in the group, with how many of its held sessions they attended."""
        with self._store.read() as s:
            group = live_group(s, group_id)
            memberships = repo.memberships_of_group(s, group_id)
            held = [m.id for m in repo.meetings_between(s, group_id, None, None) if m.status is MeetingStatus.HELD]
            attended = repo.attended_counts_by_member(s, held)
        lines = [MemberLine(person(r), attended.get(r.member_id, 0), r.joined_on, r.left_on) for r in memberships]
        return group, sorted(lines, key=lambda line: (sort_key(line.person.preferred_name), line.joined_on))


def live_group(s: Any, group_id: uuid.UUID) -> GroupRecord:
    """The group, or NotFoundError when it has been deleted meanwhile."""
    group = repo.group(s, group_id)
    if group is None:
        raise NotFoundError("That group is no longer in the store; it may have been deleted.")
    return group


def live_meeting(s: Any, meeting_id: uuid.UUID) -> MeetingRecord:
    """The session, or NotFoundError when it has been deleted meanwhile."""
    meeting = repo.meeting(s, meeting_id)
    if meeting is None:
        raise NotFoundError("That session is no longer in the store; it may have been deleted. "
                            "Choose another session.")
    return meeting


def instrument_definitions(s: Any) -> dict[uuid.UUID, InstrumentDefinition]:
    """Every check-in instrument's definition, by id."""
    return repo.instrument_definitions(s)


def reports_for(services: Any) -> ReportService:
    """The container's ReportService, or one made on the spot from its store and change feed."""
    existing = getattr(services, "reports", None)
    if isinstance(existing, ReportService):
        return existing
    return ReportService(services.store, services.changes)


__all__ = ["MemberLine", "Person", "ReportService", "reports_for"]
