"""Migration 0003: the audit events already in a store are chained, oldest first, and verify;
its frozen hash is the live one; downgrading gives back the 0002 schema."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import uuid
from datetime import datetime
from pathlib import Path

from facilitator_app.domain.audit_chain import GENESIS, event_hash
from facilitator_app.services.audit import AuditService
from facilitator_app.storage import migrate
from facilitator_app.storage.store import open_store
from tests.helpers.sqlite_files import connect as keyed_connect
from tests.helpers.sqlite_files import keyed_engine
from tests.unit.storage.test_migrations import _migrated, _structure

EVENTS = [  # inserted out of order: the chain follows their times
    ("2026-02-01 09:00:00.250000", "member.added", {"members": 1}),
    ("2026-01-05 18:30:00.000000", "group.created", {"groups": 1}),
    ("2026-03-10 20:15:07.123456", "members.imported", {"members": 12, "memberships": 12}),
]


def _old_store(path: Path) -> None:
    _migrated(path, "0002_notes_search")
    with contextlib.closing(keyed_connect(path)) as conn, conn:
        for when, action, counts in EVENTS:
            conn.execute("INSERT INTO audit_events (id, created_at, updated_at, deleted_at, occurred_at, action, "
                         "counts) VALUES (?, ?, ?, NULL, ?, ?, ?)",
                         (uuid.uuid4().hex, when, when, when, action, json.dumps(counts)))


def test_events_in_a_0002_store_are_chained_oldest_first_and_verify(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_store(path)
    with open_store(path, backups_dir=tmp_path / "backups") as store:
        assert store.opened.upgraded_from == "0002_notes_search"
        service = AuditService(store)
        assert service.verify().message() == "Audit trail intact: 3 events."
        assert [e.action for e in service.entries()] == ["group.created", "member.added", "members.imported"]
        service.record("restore", stores=1)          # new events extend the migrated chain
        assert service.verify().message() == "Audit trail intact: 4 events."
    with contextlib.closing(keyed_connect(path)) as conn:
        first = conn.execute("SELECT previous_hash, hash FROM audit_events WHERE sequence = 1").fetchone()
    assert first == (GENESIS, event_hash(1, datetime(2026, 1, 5, 18, 30), "group.created", {"groups": 1}, GENESIS))


def test_the_frozen_hash_is_the_live_one() -> None:
    source = Path(migrate.__file__).parent / "migrations" / "versions" / "0003_audit_chain.py"
    spec = importlib.util.spec_from_file_location("frozen_0003", source)
    assert spec is not None and spec.loader is not None
    frozen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frozen)
    when = datetime(2026, 12, 5, 7, 48, 24, 17)
    for counts in ({}, {"members": 3, "attendance": 0}):
        assert frozen._hash(7, when, "erase.member", counts, "a" * 64) == event_hash(7, when, "erase.member",
                                                                                     counts, "a" * 64)
    assert frozen.GENESIS == GENESIS


def test_downgrading_0003_gives_back_the_0002_schema(tmp_path: Path) -> None:
    from alembic import command

    at_0002 = _structure(_migrated(tmp_path / "0002.sqlite3", "0002_notes_search"))
    path = tmp_path / "down.sqlite3"
    _old_store(path)
    engine = keyed_engine(path)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0002_notes_search")
    engine.dispose()
    assert _structure(path) == at_0002
    with contextlib.closing(keyed_connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM audit_events").fetchone() == (3,)
