"""The audit trail as a hash chain, organisation settings in the store, and erased members.

Adds audit_events.sequence/previous_hash/hash and chains the events already in the store (oldest
first), a ``settings`` table (retention periods, the audit trail's head), and members.erased_at.

Revision ID: 0003_audit_chain
Revises: 0002_notes_search
Create Date: 2026-12-05
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0003_audit_chain'
down_revision = '0002_notes_search'
branch_labels = None
depends_on = None

# The chain's rules as released at this revision, frozen here (domain/audit_chain.py holds the live
# copy; a test checks the two hash alike), so a later change there never changes this migration.
GENESIS = "0" * 64
HEAD_KEY = "audit.head"


def _hash(sequence: int, when: datetime, action: str, counts: object, previous: str) -> str:
    payload = json.dumps({"sequence": sequence, "time": when.strftime("%Y-%m-%dT%H:%M:%S.%f"), "action": action,
                          "counts": counts, "previous": previous},
                         sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def _chain_existing(connection: sa.Connection) -> None:
    """Number and chain the events already in the store, oldest first, and record the head.

    SQLite orders ties by rowid (insertion order); PostgreSQL has no rowid, so ties go by id."""
    key = "rowid" if connection.dialect.name == "sqlite" else "id"
    rows = connection.execute(sa.text(
        f"SELECT {key}, occurred_at, action, counts FROM audit_events ORDER BY occurred_at, {key}")).fetchall()
    previous = GENESIS
    for sequence, (row_key, occurred_at, action, counts) in enumerate(rows, start=1):
        when = occurred_at if isinstance(occurred_at, datetime) else datetime.fromisoformat(str(occurred_at))
        if isinstance(counts, str | bytes):
            counts = json.loads(counts) if counts else {}
        digest = _hash(sequence, when, action, counts or {}, previous)
        connection.execute(sa.text(
            f"UPDATE audit_events SET sequence = :sequence, previous_hash = :previous, hash = :hash WHERE {key} = :key"),
            {"sequence": sequence, "previous": previous, "hash": digest, "key": row_key})
        previous = digest
    if rows:
        now = datetime.now(UTC).replace(tzinfo=None)
        settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.JSON),
                            sa.column("id", sa.Uuid), sa.column("created_at", sa.DateTime),
                            sa.column("updated_at", sa.DateTime), sa.column("deleted_at", sa.DateTime))
        connection.execute(settings.insert().values(
            key=HEAD_KEY, value={"sequence": len(rows), "hash": previous}, id=uuid.uuid4(), created_at=now,
            updated_at=now, deleted_at=None))


def upgrade() -> None:
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settings')),
    sa.UniqueConstraint('key', name=op.f('uq_settings_key'))
    )
    # Added empty first, filled by the chain, then made NOT NULL and unique (one table rebuild).
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sequence', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('previous_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    _chain_existing(op.get_bind())
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.alter_column('sequence', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('previous_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_events_sequence'), ['sequence'])

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('erased_at')

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_events_sequence'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('previous_hash')
        batch_op.drop_column('sequence')

    op.drop_table('settings')
