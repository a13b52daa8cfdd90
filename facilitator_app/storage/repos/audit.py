"""The audit trail: actions and counts, never personal data, as a hash chain.

``record`` extends the chain inside the caller's transaction: the event gets the next sequence
number and the hash of the one before it (rules in ``domain/audit_chain.py``), and the trail's
head is kept in the settings table so a removed last event shows too. SQLite has one writer at
a time and ``sequence`` is unique, so two writers can never both extend the chain from one event.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from facilitator_app.domain.audit_chain import GENESIS, ChainedEvent, ChainHead, event_hash
from facilitator_app.domain.ids import utc_now
from facilitator_app.storage import orm
from facilitator_app.storage.repos import settings

HEAD_KEY = "audit.head"
_MAX_ACTION = 100


def record(session: Session, action: str, **counts: int) -> None:
    """Add an audit event inside the caller's transaction. ``counts`` are whole numbers only."""
    append(session, {"action": action, "counts": counts, "occurred_at": utc_now()})


def append(session: Session, row: Mapping[str, Any]) -> None:
    """Chain a prepared event (``action``, ``counts``, ``occurred_at``, and optionally ``id`` and the
    row's timestamps, as the sample generator makes them) onto the trail, in the caller's transaction."""
    action, counts = str(row["action"]), dict(row["counts"])
    if not action or len(action) > _MAX_ACTION or any(ch.isspace() for ch in action):
        raise ValueError(f"an audit action is a short dotted word, not {action!r}")
    for key, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"audit counts are whole numbers only ({key}={value!r})")
    last = session.execute(select(orm.AuditEvent.sequence, orm.AuditEvent.hash)
                           .order_by(orm.AuditEvent.sequence.desc()).limit(1)).first()
    sequence, previous = (1, GENESIS) if last is None else (last.sequence + 1, last.hash)
    when: datetime = row["occurred_at"]
    digest = event_hash(sequence, when, action, counts, previous)
    extra = {key: row[key] for key in ("id", "created_at", "updated_at") if key in row}
    session.add(orm.AuditEvent(occurred_at=when, action=action, counts=counts, sequence=sequence,
                               previous_hash=previous, hash=digest, **extra))
    settings.put(session, HEAD_KEY, {"sequence": sequence, "hash": digest})


def chain(session: Session) -> list[ChainedEvent]:
    """Every event as stored, by sequence. Times and counts are read as text and parsed here, so a
    row changed by hand into something unreadable is reported rather than raising."""
    table = orm.AuditEvent.__table__
    rows = session.execute(select(table.c.sequence, type_coerce(table.c.occurred_at, String),
                                  table.c.action, type_coerce(table.c.counts, String),
                                  table.c.previous_hash, table.c.hash).order_by(table.c.sequence))
    return [ChainedEvent(sequence, _time(when), action or "", _counts(counts), previous or "", digest or "")
            for sequence, when, action, counts, previous, digest in rows]


def head(session: Session) -> ChainHead | None:
    value = settings.get(session, HEAD_KEY)
    try:
        return None if value is None else ChainHead(int(value["sequence"]), str(value["hash"]))
    except (KeyError, TypeError, ValueError):
        return ChainHead(-1, "")   # changed by hand: verify_chain says so


def latest(session: Session, limit: int | None = None) -> list[ChainedEvent]:
    """The newest ``limit`` events (all when None), oldest first."""
    events = chain(session)
    return events if limit is None else events[max(0, len(events) - limit):]


def _time(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return None


def _counts(text: object) -> dict[str, object] | None:
    if isinstance(text, dict):  # PostgreSQL's driver hands JSON back parsed, whatever the column's type says
        return text
    try:
        value = json.loads(str(text))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
