"""Reading a store file directly: what is really in the file, not what the app says.

The file is encrypted, so it is opened through the app's one keyed-connection helper
(``keys_source.connect_file``: the key from the key file and the test's passphrase).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from facilitator_app.storage.keys_source import connect_file


def connect(path: Path):  # noqa: ANN201 (a DB-API connection of sqlcipher3)
    """A keyed, autocommit connection to the store (or backup) file at ``path``."""
    return connect_file(Path(path), existing=True)


def snapshot(path: Path) -> dict[str, list[str]]:
    """Every row of every table, read straight from the file."""
    with contextlib.closing(connect(path)) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}


def raw(path: Path, sql: str, *params: object) -> list[tuple]:
    """The rows of one query, read straight from the file."""
    with contextlib.closing(connect(path)) as con:
        return con.execute(sql, params).fetchall()


def keyed_engine(path: Path, *, read_only: bool = False):  # noqa: ANN201 (a SQLAlchemy Engine)
    """An engine on ``path`` keyed like a store; a file without a key file gets a new one first
    (wrapped by the test's passphrase), so an empty file migrated by hand is a store afterwards."""
    import os

    from facilitator_app.storage import keys, keys_source
    from facilitator_app.storage.db import make_engine

    path = Path(path)
    if not keys.has_key_file(path):
        new = keys.new_keys(os.environ[keys_source.ENV_PASSPHRASE])
        keys.write_key_file(path, new.key_file)
        keys_source.remember_unlocked(new.key_file, new.data_key)
    return make_engine(path, keys_source.data_key_for(path), read_only=read_only)


def copy_store(source: Path, target: Path) -> Path:
    """Copy a closed store file with its key file (a store is of no use without it)."""
    import shutil

    from facilitator_app.storage.keys import key_file_of

    shutil.copy2(source, target)
    if key_file_of(Path(source)).exists():
        shutil.copy2(key_file_of(Path(source)), key_file_of(Path(target)))
    return Path(target)


def write_plain_copy(store: Path, target: Path) -> Path:
    """An unencrypted copy of the (encrypted) store at ``store``, as an earlier version of the app
    kept it: the same tables and rows, our application id in the plain SQLite header, no key file."""
    from facilitator_app.storage.db import APPLICATION_ID

    with contextlib.closing(connect(store)) as con:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute(f"PRAGMA plain.application_id = {APPLICATION_ID}")
        con.execute("DETACH DATABASE plain")
    return Path(target)


TRAIL_TABLES = ("audit_events", "settings")


def snapshot_besides_trail(path: Path) -> dict[str, list[str]]:
    """``snapshot`` without the audit trail and its head (a restore adds its own event there)."""
    return {name: rows for name, rows in snapshot(path).items() if name not in TRAIL_TABLES}


def trail(path: Path) -> list[str]:
    """The audit trail's actions in order."""
    return [r[0] for r in raw(path, "SELECT action FROM audit_events ORDER BY sequence")]
