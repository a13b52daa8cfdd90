"""Organisation settings kept in the store itself (so a backup carries them): key → JSON value."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.storage import orm


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.scalars(select(orm.Setting).where(orm.Setting.key == key, orm.Setting.deleted_at.is_(None))).first()
    return default if row is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    """Set ``key`` to ``value`` inside the caller's transaction (None removes the setting)."""
    row = session.scalars(select(orm.Setting).where(orm.Setting.key == key)).first()
    if value is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(orm.Setting(key=key, value=value))
    else:
        row.value = value
        row.deleted_at = None
