"""Opening and creating the store file: pragmas, the file's mark, refusals, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from facilitator_app.errors import NotFoundError, StoreNotRecognisedError, StoreTooNewError
from facilitator_app.storage import orm
from facilitator_app.storage.db import APPLICATION_ID
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.store import Store, open_store
from tests.helpers.sqlite_files import connect as keyed_connect


def _other_programs_db(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO recipes (title) VALUES ('Soup')")
    conn.close()


def _empty_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")  # writes the header page without creating a table
    conn.close()


BAD_FILES = {
    "zero bytes": lambda p: p.write_bytes(b""),
    "a text file": lambda p: p.write_text("Name,Phone\nZoë,07700 900123\n", encoding="utf-8"),
    "an empty SQLite database": _empty_sqlite,
    "another program's database": _other_programs_db,
    "a short binary file": lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20),
}


def test_new_store_is_created_with_the_mark_and_wal(store_path: Path) -> None:
    store = open_store(store_path)
    assert store.opened.created
    store.close()
    assert inspect_file(store_path) is FileKind.STORE
    conn = keyed_connect(store_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    ours = (store_path.name, f"{store_path.name}.key")
    leftovers = [p.name for p in store_path.parent.iterdir() if p.name not in ours
                 and not p.name.startswith(f"{store_path.name}-")]
    assert leftovers == []


def test_every_connection_gets_the_pragmas(store: Store) -> None:
    # Several connections from the pool: each one must have been set up.
    connections = [store.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        for conn in connections:
            conn.close()


def test_foreign_keys_are_enforced(store: Store) -> None:
    import uuid

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.write() as s:
        s.add(orm.Attendance(meeting_id=uuid.uuid4(), member_id=uuid.uuid4(), status="present"))


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_file_that_is_not_a_store_is_refused_and_left_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "given.sqlite3"
    BAD_FILES[kind](path)
    before = path.read_bytes()
    with pytest.raises(StoreNotRecognisedError) as caught:
        open_store(path)
    message = str(caught.value)
    assert str(path) in message and "untouched" in message
    assert "\n" not in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["given.sqlite3"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreNotRecognisedError, match="folder"):
        open_store(tmp_path)


def test_missing_store_is_not_created_when_not_asked(store_path: Path) -> None:
    with pytest.raises(NotFoundError):
        open_store(store_path, create=False)
    assert not store_path.exists()


def test_store_from_a_newer_app_is_refused_and_left_untouched(store_path: Path) -> None:
    open_store(store_path).close()
    conn = keyed_connect(store_path)
    conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    conn.commit()
    conn.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_leftover_of_an_interrupted_creation_is_cleared(store_path: Path) -> None:
    partial = store_path.with_name(f".{store_path.name}.creating")
    partial.write_bytes(b"half a store")
    open_store(store_path).close()
    assert not partial.exists()
    assert inspect_file(store_path) is FileKind.STORE


def test_a_write_block_is_one_transaction(store: Store) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.write() as s:
        s.add(orm.Member(preferred_name="Zoë"))
        s.flush()
        raise Boom
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM members")).scalar() == 0
    with store.write() as s:
        s.add(orm.Member(preferred_name="Zoë"))
    with store.read() as s:
        assert s.execute(text("SELECT preferred_name FROM members")).scalar() == "Zoë"


def test_reads_see_a_consistent_snapshot(store: Store) -> None:
    """SQLAlchemy, not the sqlite3 module, begins transactions: a read block is one snapshot."""
    with store.write() as s:
        s.add(orm.Member(preferred_name="Aiyana"))
    with store.read() as reader:
        first = reader.execute(text("SELECT count(*) FROM members")).scalar()
        other = keyed_connect(store.path)
        other.execute("INSERT INTO members (id, preferred_name, full_name, pronouns, phone, email, "
                      "emergency_contact_name, emergency_contact_phone, notes, consent_to_contact, "
                      "created_at, updated_at) VALUES ('x', 'Søren', '', '', '', '', '', '', '', 0, "
                      "'2026-01-01', '2026-01-01')")
        other.commit()
        other.close()
        assert reader.execute(text("SELECT count(*) FROM members")).scalar() == first
