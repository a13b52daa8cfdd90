"""Merging stores: with another store directly, or through changes carried in a bundle.

One engine for laptop and server, laptop and laptop (``storage/sync_repo.py`` applies the rows,
``domain/sync_merge.py`` decides each one). Each import is one transaction: it all lands, or
nothing does. After an import, members that came in and share a name with a member already here
are reported: the same person added on two laptops, to merge with the member merge (Roster).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from facilitator_app.domain.text import plural
from facilitator_app.storage import sync_repo
from facilitator_app.storage.repos import audit
from facilitator_app.storage.store import Store, Transaction

BUNDLE_PEER = "bundle"


@dataclass(frozen=True)
class PossibleDuplicate:
    """A member who came in, and a member already here with the same name."""

    incoming_id: uuid.UUID
    existing_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class SyncReport:
    """What one store took in from the other side."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    duplicates: tuple[PossibleDuplicate, ...] = ()

    def summary(self) -> str:
        return (f"{plural(self.added, 'row', 'rows')} added, {self.updated:,} updated, {self.unchanged:,} unchanged, "
                f"{self.conflicts:,} in conflict")

    def duplicate_lines(self) -> list[str]:
        return [f"Possibly the same person, added on two computers: {d.name} ({d.incoming_id} and {d.existing_id}); "
                "merge them on the Roster (Merge members) if so." for d in self.duplicates]


@dataclass(frozen=True)
class OutgoingChanges:
    """Rows to send, the sending store's node id, and its clock when they were read."""

    changes: sync_repo.Changes
    node_id: str
    clock: str | None

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.changes.values())


def _person_key(preferred: str, full: str) -> tuple[str, str]:
    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    return norm(preferred), norm(full)


def _duplicates(s: Transaction, added_members: Iterable[uuid.UUID]) -> tuple[PossibleDuplicate, ...]:
    added = set(added_members)
    if not added:
        return ()
    everyone = sync_repo.live_member_names(s)
    by_key: dict[tuple[str, str], list[uuid.UUID]] = {}
    for member_id, preferred, full in everyone:
        if member_id not in added:
            by_key.setdefault(_person_key(preferred, full), []).append(member_id)
    found = []
    for member_id, preferred, full in everyone:
        if member_id in added:
            found += [PossibleDuplicate(member_id, other, preferred)
                      for other in by_key.get(_person_key(preferred, full), [])]
    return tuple(sorted(found, key=lambda d: (d.name, str(d.incoming_id))))


class SyncService:
    """One store's side of an exchange."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def fingerprint(self) -> str:
        with self._store.read() as s:
            return sync_repo.fingerprint(s)

    def node_id(self) -> str:
        with self._store.write() as s:
            self._store.claim_node_id(s)
            return sync_repo.node_id(s)

    def last_exchange(self) -> datetime | None:
        """When this store last exchanged with another (None for a copy that has not exchanged yet)."""
        with self._store.read() as s:
            return sync_repo.last_exchange(s) if self._store.has_own_node_id(s) else None

    def open_conflicts(self) -> list[tuple[str, uuid.UUID, str]]:
        with self._store.read() as s:
            return sync_repo.open_conflicts(s)

    def outgoing(self, peer: str | None) -> OutgoingChanges:
        """Everything (``peer`` None), or what changed here since the last exchange with ``peer``."""
        with self._store.write() as s:
            self._store.claim_node_id(s)
            state = sync_repo.peer_state(s, peer) if peer is not None else None
            since = state.sent_until if state is not None else None
            clock = sync_repo.tick(s)  # everything changed up to this stamp is in what is read now
            return OutgoingChanges(sync_repo.read_changes(s, since), sync_repo.node_id(s), clock)

    def sent(self, peer: str, peer_node: str, until: str | None) -> None:
        """Record that ``peer`` has everything this store held up to ``until``."""
        with self._store.write() as s:
            sync_repo.record_exchange(s, peer, peer_node, until)

    def mark_bundle_written(self, outgoing: OutgoingChanges) -> None:
        """The bundle with ``outgoing`` is written: the next ``--since-last`` bundle starts after it."""
        with self._store.write() as s:
            sync_repo.record_exchange(s, BUNDLE_PEER, BUNDLE_PEER, outgoing.clock)
            audit.record(s, "sync.exported", rows=outgoing.rows)

    def take_in(self, changes: sync_repo.Changes, *, peer: str | None = None, peer_node: str | None = None
                ) -> tuple[SyncReport, str | None]:
        """Merge another store's rows into this one, in one transaction. Returns what happened and
        this store's clock afterwards (the other side has everything up to it, once it took ours in)."""
        with self._store.write() as s:
            self._store.claim_node_id(s)
            counts = sync_repo.apply_changes(s, changes)
            duplicates = _duplicates(s, counts.added_ids.get("members", []))
            audit.record(s, "sync.imported", added=counts.added, updated=counts.updated, conflicts=counts.conflicts)
            clock = sync_repo.current_clock(s)
            if peer is not None and peer_node is not None:
                state = sync_repo.peer_state(s, peer)
                sync_repo.record_exchange(s, peer, peer_node, state.sent_until if state else None)
        return SyncReport(counts.added, counts.updated, counts.unchanged, counts.conflicts, duplicates), clock


def sync_stores(here: Store, there: Store) -> tuple[SyncReport, SyncReport]:
    """Merge two stores both ways: each takes in what changed on the other since they last met.

    Returns (what came in here, what went in there). Each side's import is one transaction; the
    record of what each side has is written only after both imports succeeded.
    """
    mine, theirs = SyncService(here), SyncService(there)
    my_node, their_node = mine.node_id(), theirs.node_id()
    if my_node == their_node:
        from facilitator_app.errors import ValidationError

        raise ValidationError("Both stores are the same store (or one is a copy of the other made outside "
                              "Facilitator); there is nothing to merge. Nothing was changed.")
    to_there = mine.outgoing(their_node)
    to_here = theirs.outgoing(my_node)
    came_here, clock_here = mine.take_in(to_here.changes, peer=their_node, peer_node=their_node)
    went_there, clock_there = theirs.take_in(to_there.changes, peer=my_node, peer_node=my_node)
    mine.sent(their_node, their_node, clock_here)
    theirs.sent(my_node, my_node, clock_there)
    return came_here, went_there
