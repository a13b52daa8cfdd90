"""The test server itself: a real PostgreSQL, a fresh database per test, unaccent available."""

from __future__ import annotations

import psycopg

from tests.helpers.pg_server import PgServer


def test_each_test_gets_an_empty_database_on_a_real_server(pg_server: PgServer, pg_url: str) -> None:
    with psycopg.connect(pg_url) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").fetchone()
        connection.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        folded = connection.execute("SELECT unaccent('Inês Nguyễn')").fetchone()
    assert version is not None and int(version[0]) >= 130000
    assert tables == (0,)
    assert folded == ("Ines Nguyen",)
