"""The audit trail as the rest of the app uses it: record an event, verify the chain, list events.

Any service (and the window) records through ``AuditService.record(action, **counts)``, which writes
in its own short transaction; code already inside a ``store.write()`` block calls
``storage.repos.audit.record(session, action, **counts)`` so the event commits with its change.
Actions are short dotted words ("export.session_summary.initials", "erase.member"); counts are whole
numbers. Neither ever holds a name or free text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from facilitator_app.domain.audit_chain import ChainProblem, verify_chain
from facilitator_app.storage.repos import audit as repo
from facilitator_app.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditEntry:
    """One event as ``db audit show`` lists it: no personal data by construction."""

    sequence: int
    occurred_at: datetime | None
    action: str
    counts: dict[str, object]


@dataclass(frozen=True)
class AuditCheck:
    """What verifying the chain found: how many events, and the first problem (None when intact)."""

    events: int
    problem: ChainProblem | None

    @property
    def intact(self) -> bool:
        return self.problem is None

    def message(self) -> str:
        if self.problem is None:
            return f"Audit trail intact: {self.events} event{'s' if self.events != 1 else ''}."
        return self.problem.message()


def action_name(what: str, kind: str, level: str | None = None) -> str:
    """"export.session_summary.initials": what was done, to which kind of document, at which names level."""
    parts = [what, kind.replace("-", "_")] + ([level.replace("-", "_")] if level else [])
    return ".".join(parts)


class AuditService:
    """Records events and reads the trail back; needs only the store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, action: str, **counts: int) -> None:
        """Add one event in its own short transaction. A store opened read-only cannot hold it: the
        event is logged instead (actions only, as in the trail), and nothing is raised."""
        if self._store.read_only:
            log.warning("not recorded in the audit trail (the store is read-only): %s", action)
            return
        with self._store.write() as s:
            repo.record(s, action, **counts)

    def record_export(self, kind: str, level: object, *, printed: bool = False, pages: int = 0) -> None:
        """An export (or, with ``printed``, a print) of one document: its kind, names level (a NameLevel or
        its value) and pages. On a store opened read-only (exports still work there) it is logged instead."""
        level = getattr(level, "value", level)
        counts = {"documents": 1} | ({"pages": pages} if pages else {})
        self.record(action_name("print" if printed else "export", kind, str(level) if level else None), **counts)

    def verify(self) -> AuditCheck:
        with self._store.read() as s:
            events, head = repo.chain(s), repo.head(s)
        return AuditCheck(len(events), verify_chain(events, head))

    def entries(self, limit: int | None = None) -> list[AuditEntry]:
        """The newest ``limit`` events (all when None), oldest first."""
        with self._store.read() as s:
            events = repo.latest(s, limit)
        return [AuditEntry(e.sequence, e.occurred_at, e.action, dict(e.counts or {})) for e in events]
