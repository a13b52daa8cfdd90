"""Declarative base with a constraint naming convention and the columns every row carries."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from facilitator_app.domain.ids import new_id, utc_now

# Named constraints let Alembic's batch mode find and alter them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Every table: a UUID key, UTC timestamps, and a tombstone instead of deletion.

    A deleted row keeps its id with ``deleted_at`` set, so a later merge between
    laptops sees the deletion rather than resurrecting the row.

    ``hlc`` is the hybrid-logical-clock stamp (``domain/hlc.py``) of the row's last change,
    wherever it was made; it travels with the row and decides merges. ``changed_hlc`` is this
    store's own clock when the row last changed here (an edit, or a merge that brought a change
    in): it never leaves the store and says what to send since the last exchange. Both are set
    by ``storage/sync_clock.py`` (None on rows from before migration 0004).
    """

    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    hlc: Mapped[str | None] = mapped_column(String(48), default=None)
    changed_hlc: Mapped[str | None] = mapped_column(String(48), default=None)
