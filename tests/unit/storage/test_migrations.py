"""Migrations: one head, every revision known to the app, and exactly the models' schema."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from facilitator_app.storage import migrate
from facilitator_app.storage.base import Base
from facilitator_app.storage.db import APPLICATION_ID, make_engine
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.schema import HEAD_REVISION, REVISIONS
from facilitator_app.storage.store import open_store


def _structure(path: Path) -> dict[str, object]:
    """Tables with their columns, indexes, foreign keys and CHECK constraints (order-free)."""
    out: dict[str, object] = {}
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            checks = sorted(part.strip().rstrip(",) ") for part in " ".join(sql.split()).split("CONSTRAINT ")
                            if " CHECK " in f" {part}")
            out[table] = (
                sorted(conn.execute(f"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')")),
                sorted((name, unique, tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{name}')")))
                       for _, name, unique, *_ in conn.execute(f"PRAGMA index_list('{table}')")),
                sorted(tuple(r[2:5]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")),
                checks,
            )
    return out


def test_single_head_that_the_app_knows() -> None:
    assert migrate.script_heads() == (HEAD_REVISION,)
    assert migrate.script_revisions() == REVISIONS


def test_upgrade_from_empty_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "migrated.sqlite3")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                Base.metadata)
        assert diff == []
        assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
        keys = sorted(connection.execute(text("SELECT key FROM instruments")).scalars())
        assert keys == ["mood", "phq2", "who5"]
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    engine.dispose()


def test_new_store_and_migrated_store_have_the_same_tables_and_indexes(tmp_path: Path) -> None:
    open_store(tmp_path / "new.sqlite3").close()
    engine = make_engine(tmp_path / "migrated.sqlite3")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    engine.dispose()
    new, migrated = _structure(tmp_path / "new.sqlite3"), _structure(tmp_path / "migrated.sqlite3")
    assert len(new) == len(Base.metadata.tables) + 1  # the models' tables and Alembic's
    assert new == migrated


def test_new_store_is_stamped_so_alembic_reads_its_revision(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    with store.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == HEAD_REVISION
    store.close()


def test_downgrade_then_upgrade_round_trip(tmp_path: Path) -> None:
    from alembic import command

    engine = make_engine(tmp_path / "s.sqlite3")
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
    engine = make_engine(path)
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
    with sqlite3.connect(store.opened.backup) as conn:
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
