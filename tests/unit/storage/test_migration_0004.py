"""Migration 0004: a store from 0003 gets its node id and clock columns, keeps its data and its
notes' search, and then merges with a new store."""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from facilitator_app.services.container import build_services
from facilitator_app.services.sync import SyncService, sync_stores
from facilitator_app.storage import migrate
from facilitator_app.storage.store import open_store
from tests.helpers.sqlite_files import connect as keyed_connect
from tests.helpers.sqlite_files import keyed_engine
from tests.unit.storage.test_migrations import _migrated, _structure

NOW = "2026-11-01 10:00:00.000000"


def _old_store(path: Path) -> uuid.UUID:
    _migrated(path, "0003_audit_chain")
    member = uuid.uuid4()
    with contextlib.closing(keyed_connect(path)) as conn, conn:
        conn.execute("INSERT INTO members (id, preferred_name, full_name, pronouns, phone, email, "
                     "emergency_contact_name, emergency_contact_phone, notes, consent_to_contact, created_at, "
                     "updated_at, deleted_at, erased_at) VALUES (?, 'Ode', '', '', '', '', '', '', '', 0, ?, ?, "
                     "NULL, NULL)", (member.hex, NOW, NOW))
    return member


def test_a_0003_store_is_upgraded_and_merges(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    member = _old_store(path)
    with open_store(path, backups_dir=tmp_path / "backups") as old, open_store(tmp_path / "new.sqlite3") as new:
        assert old.opened.upgraded_from == "0003_audit_chain"
        with contextlib.closing(keyed_connect(path)) as conn:
            assert conn.execute("SELECT hlc, changed_hlc FROM members").fetchall() == [(None, None)]
            (node,) = conn.execute("SELECT node_id FROM sync_state WHERE peer = 'self'").fetchone()
        assert len(node) == 16 and SyncService(old).node_id() == node
        came, went = sync_stores(old, new)
        assert went.added >= 1
        assert [m.id for m in build_services(new).members.list_members()] == [member]
        assert SyncService(old).fingerprint() == SyncService(new).fingerprint()


def test_downgrading_0004_gives_back_the_0003_schema(tmp_path: Path) -> None:
    from alembic import command

    at_0003 = _structure(_migrated(tmp_path / "0003.sqlite3", "0003_audit_chain"))
    engine = keyed_engine(_migrated(tmp_path / "down.sqlite3"))
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0003_audit_chain")
    engine.dispose()
    assert _structure(tmp_path / "down.sqlite3") == at_0003
