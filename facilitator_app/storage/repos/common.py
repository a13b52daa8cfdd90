"""Helpers every repository uses: live rows only, and fetch-or-explain."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import NotFoundError
from facilitator_app.storage.base import Base

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy import Row

    AnyRow: TypeAlias = Row[*tuple[Any, ...]]
    """A result row of any width (``Row[Any]`` is a row of one column in SQLAlchemy 2.1)."""

M = TypeVar("M", bound=Base)


def live(model: type[M]) -> Select[M]:
    """SELECT of the rows that have not been deleted (tombstoned)."""
    return select(model).where(model.deleted_at.is_(None))


def get_live(session: Session, model: type[M], row_id: uuid.UUID, what: str, *, lock: bool = False) -> M:
    """The live row with ``row_id``, or a NotFoundError naming ``what`` in plain words. ``lock``
    holds the row until the transaction ends (FOR UPDATE on a server; SQLite's write lock does it)."""
    row = session.get(model, row_id, with_for_update=lock or None)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"That {what} is no longer in the store; it may have been deleted. "
                            "Refresh the list and try again.")
    return row


def tombstone(row: Base) -> None:
    """Mark a row deleted, keeping its id so a later merge cannot bring it back."""
    now = utc_now()
    row.deleted_at = now
    row.updated_at = now
