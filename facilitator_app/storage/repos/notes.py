"""Session notes."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.storage import orm


def note_row(session: Session, meeting_id: uuid.UUID) -> orm.SessionNote | None:
    """The note of a meeting, tombstoned or not (there is at most one per meeting)."""
    return session.scalar(select(orm.SessionNote).where(orm.SessionNote.meeting_id == meeting_id))
