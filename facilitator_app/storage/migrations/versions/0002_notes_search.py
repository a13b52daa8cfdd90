"""Notes search and note templates: groups.note_template, and an FTS5 index over session notes.

Revision ID: 0002_notes_search
Revises: 0001_initial
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from facilitator_app.storage import fts

revision = '0002_notes_search'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note_template', sa.Text(), server_default='', nullable=False))

    # The same statements a new store is built with (storage/fts.py), then the notes already
    # in the store are read into the new index.
    connection = op.get_bind()
    for statement in fts.CREATE_STATEMENTS:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(fts.REBUILD)


def downgrade() -> None:
    connection = op.get_bind()
    for statement in fts.DROP_STATEMENTS:
        connection.exec_driver_sql(statement)

    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_column('note_template')
