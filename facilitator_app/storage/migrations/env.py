"""Alembic environment: always run on a connection handed in by the app (or a test).

Batch mode is on because SQLite cannot ALTER most things in place; the naming
convention in ``storage.base`` gives every constraint a name batch mode can find.
"""

from __future__ import annotations

from alembic import context

from facilitator_app.storage import orm  # noqa: F401  (registers every table)
from facilitator_app.storage.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through facilitator_app.storage.migrate, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
