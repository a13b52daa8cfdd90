"""What merging stores needs: a clock stamp on every row, note section versions, sync bookkeeping.

Adds ``hlc`` (the hybrid-logical-clock stamp of a row's last change, wherever it was made) and
``changed_hlc`` (this store's clock when the row last changed here) to every table,
``session_notes.versions`` (each section's concurrent versions), and three local tables:
``sync_state`` (this store's node id and clock, and what was sent to each peer), ``sync_conflicts``
and ``sync_aliases``; and ``sync_removals`` (ids of rows removed for good, which travels). Rows already in the store keep NULL stamps: they sort before any change.
Dialect-neutral (plain types; batch mode matters only on SQLite, where adding a column is an
ALTER TABLE without a rebuild, so the notes' full-text triggers stay as they are).

Revision ID: 0004_sync
Revises: 0003_audit_chain
Create Date: 2026-12-05
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0004_sync'
down_revision = '0003_audit_chain'
branch_labels = None
depends_on = None

# Every table at revision 0003, frozen here.
TABLES_AT_0003 = (
    "audit_events", "handout_files", "instruments", "members", "groups", "handouts", "group_skipped_dates",
    "meetings", "memberships", "attendance", "checkins", "meeting_handouts", "session_notes", "settings",
)


def _base_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('hlc', sa.String(length=48), nullable=True),
        sa.Column('changed_hlc', sa.String(length=48), nullable=True),
    ]


def upgrade() -> None:
    for table in TABLES_AT_0003:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('hlc', sa.String(length=48), nullable=True))
            batch_op.add_column(sa.Column('changed_hlc', sa.String(length=48), nullable=True))
    with op.batch_alter_table('session_notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('versions', sa.JSON(none_as_null=True), nullable=True))

    sync_state = op.create_table('sync_state',
    sa.Column('peer', sa.String(length=64), nullable=False),
    sa.Column('node_id', sa.String(length=32), nullable=False),
    sa.Column('clock', sa.String(length=48), nullable=True),
    sa.Column('sent_until', sa.String(length=48), nullable=True),
    sa.Column('exchanged_at', sa.DateTime(), nullable=True),
    *_base_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state')),
    sa.UniqueConstraint('peer', name=op.f('uq_sync_state_peer'))
    )
    op.create_table('sync_conflicts',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('column_name', sa.String(length=64), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('settled_at', sa.DateTime(), nullable=True),
    *_base_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    sa.UniqueConstraint('table_name', 'row_id', 'column_name',
                        name=op.f('uq_sync_conflicts_table_name_row_id_column_name'))
    )
    op.create_table('sync_aliases',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('alias_id', sa.Uuid(), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    *_base_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_aliases')),
    sa.UniqueConstraint('alias_id', name=op.f('uq_sync_aliases_alias_id'))
    )
    op.create_table('sync_removals',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    *_base_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_removals')),
    sa.UniqueConstraint('row_id', name=op.f('uq_sync_removals_row_id'))
    )
    # This store's own node id: 64 random bits, as domain/hlc.py makes them.
    now = datetime.now(UTC).replace(tzinfo=None)
    assert sync_state is not None
    op.bulk_insert(sync_state, [{"id": uuid.uuid4(), "peer": "self", "node_id": os.urandom(8).hex(), "clock": None,
                                 "sent_until": None, "exchanged_at": None, "created_at": now, "updated_at": now,
                                 "deleted_at": None, "hlc": None, "changed_hlc": None}])


def downgrade() -> None:
    op.drop_table('sync_removals')
    op.drop_table('sync_aliases')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_state')
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+ and PostgreSQL) rather than batch mode, whose table
    # rebuild would drop the notes' full-text triggers and renumber the rows the index points at.
    connection = op.get_bind()
    connection.exec_driver_sql('ALTER TABLE session_notes DROP COLUMN versions')
    for table in reversed(TABLES_AT_0003):
        connection.exec_driver_sql(f'ALTER TABLE {table} DROP COLUMN changed_hlc')
        connection.exec_driver_sql(f'ALTER TABLE {table} DROP COLUMN hlc')
