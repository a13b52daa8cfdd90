"""A store on a real PostgreSQL server: made in an empty database, migrated 0001 -> head like a
laptop's file, refused when it is not ours or too new, and sentences (no password) when the
server cannot be reached."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from facilitator_app.errors import NotFoundError, StorageError, StoreNotRecognisedError, StoreTooNewError
from facilitator_app.paths import masked_url
from facilitator_app.services.container import build_services
from facilitator_app.storage import fts, migrate, schema, server_logins
from facilitator_app.storage.base import Base
from facilitator_app.storage.schema import HEAD_REVISION, REVISIONS
from facilitator_app.storage.server import make_server_engine
from facilitator_app.storage.store import open_store
from tests.helpers.pg_server import PgServer


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {row[0] for row in rows}


def test_an_empty_database_becomes_a_store_with_the_head_schema(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert store.is_server and store.opened.created
        assert store.location == masked_url(pg_url)
        with store.engine.connect() as connection:
            opts = {"compare_type": True, "include_object": schema.include_object}
            assert compare_metadata(MigrationContext.configure(connection, opts=opts), Base.metadata) == []
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
    assert _tables(pg_url) == {*Base.metadata.tables, "alembic_version", *server_logins.TABLES}
    with open_store(pg_url) as again:  # the second time it is opened as it is
        assert not again.opened.created and again.opened.upgraded_from is None


def test_migrations_build_the_same_schema_on_the_server_as_a_new_store(pg_server: PgServer, pg_url: str) -> None:
    migrated_name = pg_server.new_database("migrated")
    migrated_url = pg_server.url(migrated_name)
    try:
        engine = make_server_engine(migrated_url)
        with engine.begin() as connection:
            migrate.upgrade(connection, REVISIONS[0])
        engine.dispose()
        with open_store(migrated_url) as store:  # 0001 -> head, as an older server store would be
            assert store.opened.upgraded_from == REVISIONS[0]
            with store.engine.connect() as connection:
                opts = {"compare_type": True, "include_object": schema.include_object}
                assert compare_metadata(MigrationContext.configure(connection, opts=opts), Base.metadata) == []
                indexes = set(connection.scalars(text(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'session_notes'")))
        open_store(pg_url).close()
        with psycopg.connect(pg_url) as connection:
            made = set(connection.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'session_notes'").fetchall())
        assert fts.PG_INDEX in indexes and {(name,) for name in indexes} == made
    finally:
        pg_server.drop_database(migrated_name)


def test_0003_chains_the_audit_events_already_on_the_server(pg_server: PgServer, pg_url: str) -> None:
    engine = make_server_engine(pg_url)
    with engine.begin() as connection:
        migrate.upgrade(connection, REVISIONS[1])
        for n in range(3):
            connection.execute(text("INSERT INTO audit_events (occurred_at, action, counts, id, created_at, updated_at)"
                                    " VALUES (:t, :a, CAST(:c AS json), :id, :t, :t)"),
                               {"t": f"2026-01-0{n + 1} 10:00:00", "a": f"action {n}", "c": '{"rows": 1}',
                                "id": uuid.uuid4()})
    engine.dispose()
    with open_store(pg_url) as store:
        verified = build_services(store).audit.verify()
    assert verified.intact, verified.message()


def test_a_database_with_other_tables_is_refused_and_left_untouched(pg_url: str) -> None:
    with psycopg.connect(pg_url) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(StoreNotRecognisedError, match="not a Facilitator store"):
        open_store(pg_url)
    assert _tables(pg_url) == {"invoices"}


def test_an_empty_database_is_not_made_a_store_when_only_reading(pg_url: str) -> None:
    with pytest.raises(NotFoundError, match="empty"):
        open_store(pg_url, create=False)
    assert _tables(pg_url) == set()


def test_a_store_from_a_newer_version_is_refused(pg_url: str) -> None:
    open_store(pg_url).close()
    with psycopg.connect(pg_url) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(StoreTooNewError, match="newer version"):
        open_store(pg_url)


def test_an_unreachable_server_is_one_sentence_without_the_password(pg_server: PgServer) -> None:
    with pytest.raises(StorageError) as caught:
        open_store(f"postgresql://someone:hunter2@127.0.0.1:{_closed_port()}/nothing")
    assert "could not be reached" in caught.value.message
    assert "hunter2" not in caught.value.message


def test_a_missing_database_is_named_as_such(pg_server: PgServer) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_store(pg_server.url("no_such_database", password="hunter2"))


def test_masked_urls_hide_the_password_only() -> None:
    assert masked_url("postgresql://ann:pa%40ss@db.example:5433/org?sslmode=require") == \
        "postgresql://ann:***@db.example:5433/org?sslmode=require"
    assert masked_url("postgresql://ann@db/org?password=x&sslmode=verify-full") == \
        "postgresql://ann@db/org?password=***&sslmode=verify-full"
    assert masked_url("postgresql://db/org") == "postgresql://db/org"


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends: nothing listens there


def test_the_migrations_frozen_server_index_is_the_one_new_stores_get() -> None:
    import importlib

    frozen = importlib.import_module("facilitator_app.storage.migrations.versions.0002_notes_search")
    assert frozen.PG_CREATE_STATEMENTS == fts.PG_CREATE_STATEMENTS
    assert frozen.PG_DROP_STATEMENTS == fts.PG_DROP_STATEMENTS


def test_a_bulk_load_leaves_the_server_its_planner_statistics(pg_url: str) -> None:
    """Without them a search over the large sample store took 300 ms instead of 15 (bench_server.py)."""
    from facilitator_app.services.sample_data import build_sample_store

    build_sample_store(pg_url, "small", seed=1)
    with psycopg.connect(pg_url) as connection:
        estimated = connection.execute("SELECT reltuples FROM pg_class WHERE relname = 'attendance'").fetchone()
        counted = connection.execute("SELECT count(*) FROM attendance").fetchone()
    assert estimated is not None and counted is not None and estimated[0] == counted[0] > 0


def test_db_check_finds_a_missing_search_index_and_rows_pointing_nowhere(pg_url: str) -> None:
    from facilitator_app.services import store_admin
    from facilitator_app.services.sample_data import build_sample_store

    build_sample_store(pg_url, "small", seed=1)
    assert store_admin.check_store(pg_url).ok
    with psycopg.connect(pg_url) as connection:
        connection.execute(f"DROP INDEX {fts.PG_INDEX}")
        connection.execute("SET session_replication_role = replica")   # foreign keys not enforced: damage
        connection.execute("DELETE FROM members WHERE id = (SELECT member_id FROM attendance LIMIT 1)")
    report = store_admin.check_store(pg_url)
    assert not report.ok
    assert any(fts.PG_INDEX in p for p in report.problems)
    assert any(p.startswith("Foreign key check: attendance row") and "missing members row" in p
               for p in report.problems)


def test_a_login_without_the_right_to_make_tables_gets_a_sentence(pg_server: PgServer, pg_url: str) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    with pg_server.admin() as admin:
        admin.execute("DROP ROLE IF EXISTS visitor_login")
        admin.execute("CREATE ROLE visitor_login LOGIN")
    try:
        with pytest.raises(StorageError, match="lacks a privilege") as caught:
            open_store(pg_server.url(dbname, user="visitor_login", password="hunter2"))
        assert "hunter2" not in caught.value.message
        assert _tables(pg_url) == set()
    finally:
        pg_server.drop_database(dbname)   # its objects first, so the role can go
        with pg_server.admin() as admin:
            admin.execute("DROP ROLE visitor_login")
