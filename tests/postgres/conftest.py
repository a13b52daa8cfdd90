"""The PostgreSQL tests: one real server for the session (tests/helpers/pg_server.py), a fresh
database for each test. If the server cannot start, every test here fails with the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facilitator_app.services.container import Services, build_services
from facilitator_app.storage.store import Store, open_store
from tests.helpers.pg_server import PgServer, ServerError, start_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = start_server()
    except ServerError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A ``postgresql://`` URL of a new, empty database on the test server."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def store(pg_url: str) -> Iterator[Store]:
    """The shared ``store`` fixture (tests/helpers/fixtures.py), here on the server: the services
    tests in this folder run on PostgreSQL."""
    opened = open_store(pg_url)
    yield opened
    opened.close()


@pytest.fixture
def laptops(pg_url: str) -> Iterator[tuple[Services, Services]]:
    """Two computers on one server: two stores opened on the same database, each with its services."""
    first, second = open_store(pg_url), open_store(pg_url)
    yield build_services(first), build_services(second)
    first.close()
    second.close()
