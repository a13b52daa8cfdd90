"""Migrations: one head, every revision known to the app, exactly the models' schema (plus the
notes' full-text index, made by hand), and older stores upgraded with their data."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from facilitator_app.services.container import build_services
from facilitator_app.storage import fts, migrate
from facilitator_app.storage.base import Base
from facilitator_app.storage.db import APPLICATION_ID
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.schema import HEAD_REVISION, REVISIONS
from facilitator_app.storage.store import open_store
from tests.helpers.sqlite_files import connect as keyed_connect
from tests.helpers.sqlite_files import keyed_engine


def _structure(path: Path) -> dict[str, object]:
    """Tables with their columns (and defaults), indexes, foreign keys and CHECK constraints,
    plus the SQL of every virtual table and trigger (order-free)."""
    out: dict[str, object] = {}
    with contextlib.closing(keyed_connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            checks = sorted(part.strip().rstrip(",) ") for part in " ".join(sql.split()).split("CONSTRAINT ")
                            if " CHECK " in f" {part}")
            out[table] = (
                sorted(conn.execute(f"SELECT name, type, \"notnull\", dflt_value, pk "
                                    f"FROM pragma_table_info('{table}')")),
                sorted((name, unique, tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{name}')")))
                       for _, name, unique, *_ in conn.execute(f"PRAGMA index_list('{table}')")),
                sorted(tuple(r[2:5]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")),
                checks,
                " ".join(sql.split()) if sql.startswith("CREATE VIRTUAL TABLE") else "",
            )
        for name, table, sql in conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type='trigger'"):
            out[f"trigger {name}"] = (table, " ".join(sql.split()))
    return out


def _fts_objects(path: Path) -> set[str]:
    with contextlib.closing(keyed_connect(path)) as conn:
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'notes_fts%' OR type = 'trigger'")}


FTS_OBJECTS = {"notes_fts", "notes_fts_data", "notes_fts_idx", "notes_fts_docsize", "notes_fts_config",
               "session_notes_fts_insert", "session_notes_fts_update", "session_notes_fts_delete"}


def _migrated(path: Path, revision: str = "head") -> Path:
    engine = keyed_engine(path)
    with engine.begin() as connection:
        migrate.upgrade(connection, revision)
    engine.dispose()
    return path


def test_single_head_that_the_app_knows() -> None:
    assert migrate.script_heads() == (HEAD_REVISION,)
    assert migrate.script_revisions() == REVISIONS


def test_upgrade_from_empty_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = keyed_engine(tmp_path / "migrated.sqlite3")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        # The FTS tables are not models: the filter leaves them out, and only them.
        opts = {"compare_type": True, "include_object": fts.include_object}
        diff = compare_metadata(MigrationContext.configure(connection, opts=opts), Base.metadata)
        assert diff == []
        assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
        keys = sorted(connection.execute(text("SELECT key FROM instruments")).scalars())
        assert keys == ["mood", "phq2", "who5"]
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    engine.dispose()
    assert _fts_objects(tmp_path / "migrated.sqlite3") == FTS_OBJECTS


def test_the_fts_filter_hides_exactly_the_fts_tables(tmp_path: Path) -> None:
    """Without the filter the comparison sees the FTS tables, so the filter is what hides them."""
    engine = keyed_engine(_migrated(tmp_path / "migrated.sqlite3"))
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert sorted(d[1].name for d in diff) == sorted(n for n in FTS_OBJECTS if n.startswith("notes_fts"))
    assert {d[0] for d in diff} == {"remove_table"}


def test_new_store_and_migrated_store_have_the_same_structure(tmp_path: Path) -> None:
    open_store(tmp_path / "new.sqlite3").close()
    _migrated(tmp_path / "migrated.sqlite3")
    new, migrated = _structure(tmp_path / "new.sqlite3"), _structure(tmp_path / "migrated.sqlite3")
    # The models' tables, Alembic's, the FTS index with its 4 shadow tables, and 3 triggers.
    assert len(new) == len(Base.metadata.tables) + 1 + 5 + 3
    assert _fts_objects(tmp_path / "new.sqlite3") == FTS_OBJECTS
    assert new == migrated


def test_downgrading_0002_gives_back_the_0001_schema(tmp_path: Path) -> None:
    from alembic import command

    at_0001 = _structure(_migrated(tmp_path / "0001.sqlite3", "0001_initial"))
    engine = keyed_engine(_migrated(tmp_path / "down.sqlite3"))
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0001_initial")
    engine.dispose()
    assert _structure(tmp_path / "down.sqlite3") == at_0001
    assert _fts_objects(tmp_path / "down.sqlite3") == set()


def test_new_store_is_stamped_so_alembic_reads_its_revision(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    with store.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
    store.close()


def test_downgrade_then_upgrade_round_trip(tmp_path: Path) -> None:
    from alembic import command

    engine = keyed_engine(tmp_path / "s.sqlite3")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'").fetchall()
        assert tables == []
    with engine.begin() as connection:
        migrate.upgrade(connection)
        assert connection.exec_driver_sql("SELECT count(*) FROM instruments").scalar() == 3
    engine.dispose()


def test_opening_an_older_store_backs_it_up_then_upgrades(tmp_path: Path) -> None:
    """A store at an older revision (here: stamped but at base) is upgraded after a backup."""
    from alembic import command

    path = tmp_path / "old.sqlite3"
    open_store(path).close()
    engine = keyed_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
    engine.dispose()
    assert inspect_file(path) is FileKind.STORE

    store = open_store(path, backups_dir=tmp_path / "backups")
    assert store.opened.upgraded_from == "(none)"
    assert store.opened.backup is not None and store.opened.backup.exists()
    assert store.opened.backup.parent == tmp_path / "backups"
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM instruments")).scalar() == 3
    store.close()
    # The backup holds the store as it was before the upgrade: no tables but Alembic's.
    with keyed_connect(store.opened.backup) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == {"alembic_version"}


def test_opening_a_current_store_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    code = (
        "import sys; from pathlib import Path; "
        "from facilitator_app.storage.store import open_store; "
        f"s = open_store(Path({str(path)!r})); s.close(); "
        "assert 'alembic' not in sys.modules, 'alembic imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _hex(value: uuid.UUID) -> str:
    return value.hex  # how SQLAlchemy's Uuid type stores a UUID in SQLite


NOW = "2026-11-01 10:00:00.000000"


def _old_store_with_notes(path: Path) -> dict[str, uuid.UUID]:
    """A store at revision 0001 (before notes search), its notes written with plain SQL."""
    _migrated(path, "0001_initial")
    ids: dict[str, uuid.UUID] = {}
    with contextlib.closing(keyed_connect(path)) as conn, conn:
        for key, name, deleted in (("group", "Łódź Thursday Circle", None), ("gone_group", "Old group", NOW)):
            ids[key] = uuid.uuid4()
            conn.execute(
                "INSERT INTO groups (id, name, description, venue, cadence, weekday, week_of_month, anchor_date, "
                "start_time, duration_minutes, instrument_id, agreement_text, agreement_version, created_at, "
                "updated_at, deleted_at) VALUES (?, ?, '', '', 'weekly', 3, 1, '2026-01-01', '18:30:00.000000', "
                "90, NULL, '', 1, ?, ?, ?)", (_hex(ids[key]), name, NOW, NOW, deleted))
        # (session, its group, date, session deleted?, note's themes, note's strategies, note deleted?)
        sessions = (("m1", "group", "2026-10-01", None, "Zoë spoke about winter", "", None),
                    ("m2", "group", "2026-10-08", None, "Sleep", "Nguyễn Văn An shared a wind-down routine", None),
                    ("m3", "gone_group", "2026-10-09", None, "Zoë, in a deleted group", "", None),
                    ("m4", "group", "2026-10-15", NOW, "Zoë, in a deleted session", "", None),
                    ("m5", "group", "2026-10-22", None, "Zoë, a deleted note", "", NOW))
        for key, group, day, meeting_deleted, themes, strategies, note_deleted in sessions:
            ids[key] = uuid.uuid4()
            conn.execute(
                "INSERT INTO meetings (id, group_id, date, start_time, end_time, venue, topic, status, "
                "visitor_count, co_facilitators, created_at, updated_at, deleted_at) "
                "VALUES (?, ?, ?, NULL, NULL, '', '', 'held', 0, '', ?, ?, ?)",
                (_hex(ids[key]), _hex(ids[group]), day, NOW, NOW, meeting_deleted))
            conn.execute(
                "INSERT INTO session_notes (id, meeting_id, themes, strategies, follow_ups, safety_concerns, "
                "free_text, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, '', '', '', ?, ?, ?)",
                (uuid.uuid4().hex, _hex(ids[key]), themes, strategies, NOW, NOW, note_deleted))
    return ids


def test_opening_a_0001_store_with_notes_backs_it_up_then_makes_the_notes_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    ids = _old_store_with_notes(path)
    assert inspect_file(path) is FileKind.STORE
    before = _structure(path)

    store = open_store(path, backups_dir=tmp_path / "backups")
    try:
        assert store.opened.upgraded_from == "0001_initial"
        assert store.opened.backup is not None and store.opened.backup.exists()
        services = build_services(store)
        # Every live note is in the index, found in any section, with accents folded.
        hits = services.notes.search("zoe")
        assert [(h.meeting_id, h.date, h.group_name) for h in hits] == [
            (ids["m1"], date(2026, 10, 1), "Łódź Thursday Circle")]
        assert [h.meeting_id for h in services.notes.search("nguyen")] == [ids["m2"]]
        assert [h.meeting_id for h in services.notes.search("Łódź")] == []  # group names are not note text
        assert services.notes.template(ids["group"]) == ""
        services.notes.set_template(ids["group"], "Opening round:")
        assert services.notes.template(ids["group"]) == "Opening round:"
    finally:
        store.close()
    # The upgraded file is the same as a new store; the index agrees with the notes.
    open_store(tmp_path / "new.sqlite3").close()
    assert _structure(path) == _structure(tmp_path / "new.sqlite3")
    with contextlib.closing(keyed_connect(path)) as conn:
        conn.execute(fts.INTEGRITY_CHECK)
        assert conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'zoe'").fetchone() == (4,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    # The backup is the store exactly as it was: still at 0001, without the index.
    assert _structure(store.opened.backup) == before
    with contextlib.closing(keyed_connect(store.opened.backup)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        assert conn.execute("SELECT count(*) FROM session_notes").fetchone() == (5,)


def _seed_rows(path: Path) -> list[tuple[object, ...]]:
    """The built-in instruments a store starts with, without their timestamps."""
    with contextlib.closing(keyed_connect(path)) as conn:
        return list(conn.execute("SELECT id, key, name, items, flag_rule, flag_value, flag_window, period, builtin, "
                                 "deleted_at FROM instruments ORDER BY key"))


def _master(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(keyed_connect(path)) as conn:
        return sorted(conn.execute("SELECT type, name, tbl_name FROM sqlite_master"))


def test_migrating_from_empty_builds_what_a_new_store_gets(tmp_path: Path) -> None:
    """Migration 0001 holds its own frozen copy of the built-ins: it must still build what
    ``create_schema`` builds today (objects, seed rows and the file's application id)."""
    open_store(tmp_path / "new.sqlite3").close()
    _migrated(tmp_path / "migrated.sqlite3")
    assert _master(tmp_path / "migrated.sqlite3") == _master(tmp_path / "new.sqlite3")
    assert len(_seed_rows(tmp_path / "new.sqlite3")) == 3
    assert _seed_rows(tmp_path / "migrated.sqlite3") == _seed_rows(tmp_path / "new.sqlite3")
    for path in (tmp_path / "new.sqlite3", tmp_path / "migrated.sqlite3"):
        with contextlib.closing(keyed_connect(path)) as conn:
            assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize("script", sorted(
    p.name for p in (Path(migrate.__file__).parent / "migrations" / "versions").glob("0*.py")))
def test_no_migration_imports_the_app(script: str) -> None:
    """A later revision that changes live code (an instrument, the FTS index) cannot change what an
    earlier one builds: every migration holds its own frozen copy of what it creates."""
    import ast

    source = Path(migrate.__file__).parent / "migrations" / "versions" / script
    tree = ast.parse(source.read_text(encoding="utf-8"))
    modules = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    modules |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {m for m in modules if m.split(".")[0] == "facilitator_app"}


def test_migration_0002_builds_the_same_index_as_a_new_store() -> None:
    """Its frozen statements are the ones storage/fts.py builds new stores with (until a later
    migration changes the index)."""
    import importlib.util

    from facilitator_app.storage import fts

    source = Path(migrate.__file__).parent / "migrations" / "versions" / "0002_notes_search.py"
    spec = importlib.util.spec_from_file_location("frozen_0002", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.CREATE_STATEMENTS == fts.CREATE_STATEMENTS
    assert (module.REBUILD, module.DROP_STATEMENTS) == (fts.REBUILD, fts.DROP_STATEMENTS)


def test_migration_0005_builds_the_same_server_rules_as_a_new_store() -> None:
    """Its frozen statements are the ones storage/server_logins.py builds new server stores with;
    on a laptop's file it builds nothing (the structure test above covers that)."""
    import importlib.util

    from facilitator_app.storage import server_logins

    source = Path(migrate.__file__).parent / "migrations" / "versions" / "0005_server_logins.py"
    spec = importlib.util.spec_from_file_location("frozen_0005", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.CREATE_STATEMENTS == server_logins.CREATE_STATEMENTS
    assert module.DROP_STATEMENTS == server_logins.DROP_STATEMENTS
    assert server_logins.create_statements("sqlite") == ()
    # The search function's document is the notes' index expression, so the index serves it.
    assert server_logins._NOTE_DOCUMENT.replace("n.", "") == fts.PG_DOCUMENT
