"""Alembic environment: always run on a connection handed in by the app (or a test).

Batch mode is on because SQLite cannot ALTER most things in place; the naming
convention in ``storage.base`` gives every constraint a name batch mode can find.
"""

from __future__ import annotations

from alembic import context

from facilitator_app.storage import orm, schema  # noqa: F401  (orm registers every table)
from facilitator_app.storage.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through facilitator_app.storage.migrate, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The full-text index and the server's logins tables are raw DDL (storage/fts.py,
    # storage/server_logins.py): autogenerate must not try to drop them.
    include_object=schema.include_object,
)
with context.begin_transaction():
    context.run_migrations()
