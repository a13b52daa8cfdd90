"""Merging stores: with another store directly, or through changes carried in a bundle.

One engine for laptop and server, laptop and laptop (``storage/sync_repo.py`` applies the rows,
``domain/sync_merge.py`` decides each one). Each import is one transaction: it all lands, or
nothing does. After an import, members that came in and share a name with a member already here
are reported: the same person added on two laptops, to merge with the member merge (Roster).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator_app.domain.text import plural
from facilitator_app.errors import AppError, ValidationError
from facilitator_app.storage import sync_repo
from facilitator_app.storage.repos import audit
from facilitator_app.storage.store import Store, Transaction
from facilitator_app.storage.sync_repo import ConflictPlace

BUNDLE_PEER = "bundle"
BUNDLE_IN_PEER = "bundle-in"  # the last bundle taken in (so a bundle import counts as an exchange)

# progress(done, total): may raise ``SyncCancelled`` to stop; the work so far is rolled back.
Progress = Callable[[int, int], None]

__all__ = ["BUNDLE_PEER", "BUNDLE_IN_PEER", "ConflictPlace", "OutgoingChanges", "PossibleDuplicate", "Progress",
           "SyncCancelled", "SyncReport", "SyncService", "sync_stores"]


class SyncCancelled(AppError):
    """The person stopped a sync, an export or an import before it finished; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("Sync cancelled; nothing was changed.")


def _scaled(progress: Progress | None, start: int, span: int, steps: int = 1000) -> Progress | None:
    """A progress callback for one phase, mapped onto ``start``..``start + span`` of ``steps``."""
    if progress is None:
        return None
    outer = progress

    def report(done: int, total: int) -> None:
        outer(start + (span * done // total if total else span), steps)

    return report


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

    def conflict_places(self) -> list[ConflictPlace]:
        """The open conflicts, each with the session (date, group) it belongs to where there is one."""
        with self._store.read() as s:
            return sync_repo.conflict_places(s)

    def has_written_bundle(self) -> bool:
        """Whether this store wrote a bundle before (so "only the changes since" has a start)."""
        with self._store.read() as s:
            return sync_repo.peer_state(s, BUNDLE_PEER) is not None

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

    def take_in(self, changes: sync_repo.Changes, *, peer: str | None = None, peer_node: str | None = None,
                progress: Progress | None = None) -> tuple[SyncReport, str | None]:
        """Merge another store's rows into this one, in one transaction. Returns what happened and
        this store's clock afterwards (the other side has everything up to it, once it took ours in).
        ``progress`` may raise ``SyncCancelled``: the transaction is rolled back, nothing changes."""
        with self._store.write() as s:
            self._store.claim_node_id(s)
            return _take_in(s, changes, peer, peer_node, progress)

    def export_bundle(self, key: bytes, output: Path, *, since_last: bool,
                      progress: Progress | None = None) -> OutgoingChanges:
        """Write this store's changes (all, or since the last bundle) to ``output``, sealed with ``key``.
        Cancelling (``progress`` raising) before the bundle is written leaves no file and no record."""
        from facilitator_app.services import sync_bundle

        _step(progress, 0)
        outgoing = self.outgoing(BUNDLE_PEER if since_last else None)
        _step(progress, 500)
        data = sync_bundle.seal(outgoing.changes, outgoing.node_id, key)
        _step(progress, 800)   # the last moment to stop: from here the bundle is written and recorded
        sync_bundle.write_bundle(output, data)
        self.mark_bundle_written(outgoing)
        if progress is not None:
            progress(1000, 1000)
        return outgoing

    def import_bundle(self, key: bytes, source: Path, *, progress: Progress | None = None) -> SyncReport:
        """Merge the bundle at ``source`` (sealed with ``key``) into this store, in one transaction;
        refused (and nothing changed) if it is not readable with this key, or was changed."""
        from facilitator_app.services import sync_bundle

        _step(progress, 0)
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ValidationError(f"The bundle {source} could not be read ({exc.strerror}). "
                                  "Nothing was changed.") from exc
        bundle = sync_bundle.unseal(data, key)
        with self._store.write() as s:
            self._store.claim_node_id(s)
            report, _ = _take_in(s, bundle.changes, BUNDLE_IN_PEER, bundle.node_id, _scaled(progress, 100, 900))
        return report


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, 1000)


def _take_in(s: Transaction, changes: sync_repo.Changes, peer: str | None, peer_node: str | None,
             progress: Progress | None) -> tuple[SyncReport, str | None]:
    counts = sync_repo.apply_changes(s, changes, progress)
    duplicates = _duplicates(s, counts.added_ids.get("members", []))
    audit.record(s, "sync.imported", added=counts.added, updated=counts.updated, conflicts=counts.conflicts)
    clock = sync_repo.current_clock(s)
    if peer is not None and peer_node is not None:
        state = sync_repo.peer_state(s, peer)
        sync_repo.record_exchange(s, peer, peer_node, state.sent_until if state else None)
    return SyncReport(counts.added, counts.updated, counts.unchanged, counts.conflicts, duplicates), clock


def sync_stores(here: Store, there: Store, progress: Progress | None = None) -> tuple[SyncReport, SyncReport]:
    """Merge two stores both ways: each takes in what changed on the other since they last met.

    Returns (what came in here, what went in there). Each side's import is one transaction, and
    here's stays open until there's has committed, so a failure or a cancel (``progress`` raising
    ``SyncCancelled``) before that leaves both stores as they were. The record of what each side
    has is written only after both imports committed.
    """
    mine, theirs = SyncService(here), SyncService(there)
    _step(progress, 0)
    my_node, their_node = mine.node_id(), theirs.node_id()
    if my_node == their_node:
        raise ValidationError("Both are the same store, so there is nothing to merge. Nothing was changed.")
    to_there = mine.outgoing(their_node)
    _step(progress, 50)
    to_here = theirs.outgoing(my_node)
    _step(progress, 100)
    with here.write() as here_s:
        came_here, clock_here = _take_in(here_s, to_here.changes, their_node, their_node,
                                         _scaled(progress, 100, 450))
        with there.write() as there_s:
            went_there, clock_there = _take_in(there_s, to_there.changes, my_node, my_node,
                                               _scaled(progress, 550, 440))
            _step(progress, 990)   # the last moment to stop: the two commits follow
    mine.sent(their_node, their_node, clock_here)
    theirs.sent(my_node, my_node, clock_there)
    if progress is not None:
        progress(1000, 1000)
    return came_here, went_there


def sync_with_other(here: Store, other: str | Path, progress: Progress | None = None) -> tuple[SyncReport, SyncReport]:
    """``sync_stores`` with the store at ``other``: a server URL, or a data file (already unlocked,
    as opening any store: keyring, environment, or a passphrase typed in the window first)."""
    from facilitator_app.storage.store import open_store

    if isinstance(other, Path):
        there = open_store(other, create=False, backups_dir=other.parent / "backups")
    else:
        there = open_store(other, create=False)
    with there:
        return sync_stores(here, there, progress)
