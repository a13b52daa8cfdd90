"""The audit trail: actions and counts, never personal data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from facilitator_app.storage import orm


def record(session: Session, action: str, **counts: int) -> None:
    """Add an audit event inside the caller's transaction."""
    session.add(orm.AuditEvent(action=action, counts=dict(counts)))
