"""Notes search and note templates: groups.note_template, and an FTS5 index over session notes.

Revision ID: 0002_notes_search
Revises: 0001_initial
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_notes_search'
down_revision = '0001_initial'
branch_labels = None
depends_on = None

# The index and its triggers exactly as released at this revision, frozen here (like 0001's
# built-ins) so that a later change to storage/fts.py is a new migration and never changes this one.
CREATE_STATEMENTS = (
    "CREATE VIRTUAL TABLE notes_fts USING fts5(themes, strategies, follow_ups, safety_concerns, free_text, "
    "content='session_notes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER session_notes_fts_insert AFTER INSERT ON session_notes BEGIN "
    "INSERT INTO notes_fts (rowid, themes, strategies, follow_ups, safety_concerns, free_text) "
    "VALUES (new.rowid, new.themes, new.strategies, new.follow_ups, new.safety_concerns, new.free_text); END",
    "CREATE TRIGGER session_notes_fts_delete AFTER DELETE ON session_notes BEGIN "
    "INSERT INTO notes_fts (notes_fts, rowid, themes, strategies, follow_ups, safety_concerns, free_text) "
    "VALUES ('delete', old.rowid, old.themes, old.strategies, old.follow_ups, old.safety_concerns, old.free_text); END",
    "CREATE TRIGGER session_notes_fts_update AFTER UPDATE ON session_notes BEGIN "
    "INSERT INTO notes_fts (notes_fts, rowid, themes, strategies, follow_ups, safety_concerns, free_text) "
    "VALUES ('delete', old.rowid, old.themes, old.strategies, old.follow_ups, old.safety_concerns, old.free_text); "
    "INSERT INTO notes_fts (rowid, themes, strategies, follow_ups, safety_concerns, free_text) "
    "VALUES (new.rowid, new.themes, new.strategies, new.follow_ups, new.safety_concerns, new.free_text); END",
)
REBUILD = "INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')"
# On PostgreSQL: an expression index in an accent-folding search configuration (storage/fts.py),
# frozen here the same way.
PG_CREATE_STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION facilitator_search (COPY = pg_catalog.simple)",
    "ALTER TEXT SEARCH CONFIGURATION facilitator_search ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, simple",
    "CREATE INDEX ix_session_notes_search ON session_notes USING gin (to_tsvector('facilitator_search'::regconfig, "
    "themes || ' ' || strategies || ' ' || follow_ups || ' ' || safety_concerns || ' ' || free_text))",
)
PG_DROP_STATEMENTS = (
    "DROP INDEX IF EXISTS ix_session_notes_search",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS facilitator_search",
)
DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS session_notes_fts_update",
    "DROP TRIGGER IF EXISTS session_notes_fts_delete",
    "DROP TRIGGER IF EXISTS session_notes_fts_insert",
    "DROP TABLE IF EXISTS notes_fts",
)


def upgrade() -> None:
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note_template', sa.Text(), server_default='', nullable=False))

    # The statements a new store was built with at this revision, then the notes already in the
    # store are read into the new index.
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":  # the server indexes the notes already there itself
        for statement in PG_CREATE_STATEMENTS:
            connection.exec_driver_sql(statement)
        return
    for statement in CREATE_STATEMENTS:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(REBUILD)


def downgrade() -> None:
    connection = op.get_bind()
    for statement in (PG_DROP_STATEMENTS if connection.dialect.name == "postgresql" else DROP_STATEMENTS):
        connection.exec_driver_sql(statement)

    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_column('note_template')
