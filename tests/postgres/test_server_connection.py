"""A dropped connection to the server: the action it cut is not saved at all (one transaction per
action), the person is told in one sentence, and the next try works on a new connection."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import Connection, event, text

from facilitator_app.domain.records import MemberDraft
from facilitator_app.errors import ServerConnectionError, StorageError
from facilitator_app.services.container import build_services
from facilitator_app.storage import orm
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.pg_server import PgServer


def _drop_connections(pg_server: PgServer, dbname: str) -> int:
    """What a restarted server or a broken network does to the app's connections."""
    with pg_server.admin() as admin:
        rows = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = %s AND pid <> pg_backend_pid()", (dbname,)).fetchall()
    return len(rows)


def test_a_connection_lost_mid_action_saves_none_of_it(pg_server: PgServer, store: Store) -> None:
    dbname = str(store.engine.url.database)
    services = build_services(store)
    services.groups.create_group(weekly_draft())
    with pytest.raises(StorageError) as caught:
        with store.write() as session:
            session.add(orm.Member(preferred_name="Halfway Hana", full_name="", pronouns="", phone="", email="",
                                   emergency_contact_name="", emergency_contact_phone="", notes="",
                                   consent_to_contact=False))
            session.flush()   # the first half of the action is on the server, not yet committed
            assert _drop_connections(pg_server, dbname) >= 1
            session.execute(text("SELECT 1"))
    assert "connection to the organisation server was lost" in caught.value.message
    assert "not saved" in caught.value.message
    # The next try works (a new connection), and nothing of the cut action is there.
    assert [m.preferred_name for m in services.members.names(None, include_former=True)] == []
    with psycopg.connect(f"postgresql://{store.engine.url.username}@127.0.0.1:{pg_server.port}/{dbname}") as raw:
        assert raw.execute("SELECT count(*) FROM members").fetchone() == (0,)


def test_connections_dropped_between_actions_are_replaced_unnoticed(pg_server: PgServer, store: Store) -> None:
    services = build_services(store)
    services.groups.create_group(weekly_draft())
    assert _drop_connections(pg_server, str(store.engine.url.database)) >= 1   # the pool's idle connection
    added = services.members.add_member(MemberDraft(preferred_name="Ana"))
    assert added.preferred_name == "Ana"


def _cut_once_at(store: Store, pg_server: PgServer, when: str) -> list[str]:
    """Drop the app's connection the first time ``when`` happens: "insert" (the action's first row,
    before anything is committed) or "commit" (while the server is committing it)."""
    cut: list[str] = []

    def drop(connection: Connection) -> None:
        pid = connection.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
        with pg_server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        cut.append(when)

    if when == "insert":
        @event.listens_for(store.engine, "before_cursor_execute")
        def before(connection: Connection, _cursor: object, statement: str, *_args: object) -> None:
            if not cut and statement.lstrip().upper().startswith("INSERT INTO MEMBERS"):
                drop(connection)
    else:
        @event.listens_for(store.engine, "commit")
        def before_commit(connection: Connection) -> None:
            if not cut:
                drop(connection)
    return cut


def test_an_action_cut_before_it_was_saved_is_tried_again_on_a_new_connection(pg_server: PgServer,
                                                                                store: Store) -> None:
    services = build_services(store)
    cut = _cut_once_at(store, pg_server, "insert")
    added = services.members.add_member(MemberDraft(preferred_name="Bea"))
    assert cut == ["insert"]    # the first try was cut; the second one, on a new connection, saved it
    assert [m.id for m in services.members.list_members()] == [added.id]   # once, not twice


def test_an_action_cut_while_committing_is_not_redone_and_says_so(pg_server: PgServer, store: Store) -> None:
    services = build_services(store)
    cut = _cut_once_at(store, pg_server, "commit")
    with pytest.raises(ServerConnectionError) as caught:
        services.members.add_member(MemberDraft(preferred_name="Cai"))
    assert cut == ["commit"] and not caught.value.unsaved
    assert "may or may not have kept it" in caught.value.message
    assert len(services.members.list_members()) <= 1   # never twice: it was not tried again blindly


def test_a_server_that_stays_away_is_reported_after_one_more_try(pg_server: PgServer, store: Store) -> None:
    services = build_services(store)
    services.groups.create_group(weekly_draft())
    attempts: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def cut_every_time(connection: Connection, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO MEMBERS"):
            attempts.append(statement)
            pid = connection.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
            with pg_server.admin() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    with pytest.raises(ServerConnectionError) as caught:
        services.members.add_member(MemberDraft(preferred_name="Dee"))
    assert len(attempts) == 2 and caught.value.unsaved
    assert "not saved (none of it)" in caught.value.message
    event.remove(store.engine, "before_cursor_execute", cut_every_time)
    assert services.members.list_members() == []
