"""``db backup`` of a store on a server: the same portable file a laptop writes.

The rows are read from the server in one read-only, repeatable-read transaction (one consistent
snapshot, however busy the server is) and written, table by table through SQLAlchemy Core, into a
new encrypted SQLite store (SQLCipher, with its own key file: ``<backup>.key``) built beside the
destination and renamed into place only when complete and checked: it opens, and its live row
counts equal the server's at that snapshot. The file opens as a store like any other
(``--db BACKUP``), on any laptop, with the passphrase it was made with or its recovery key.

The server must be at this version's schema (a store opened by this app is brought up to date
first), so the copy's tables are this version's.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, delete, insert, select

from facilitator_app.errors import StorageError
from facilitator_app.storage import db, keys, keys_source
from facilitator_app.storage.backup import (
    BackupInfo,
    describe,
    fsync_dir,
    fsync_file,
    new_backup_path,
    parse_backup_name,
    place_new,
    remove_quietly,
    verify_backup,
    write_sidecar,
)
from facilitator_app.storage.base import Base
from facilitator_app.storage.db import DB_OR_OS_ERRORS, make_engine
from facilitator_app.storage.errors import translated_errors
from facilitator_app.storage.leftovers import temp_name
from facilitator_app.storage.repos import admin
from facilitator_app.storage.schema import HEAD_REVISION, create_schema, read_revision

log = logging.getLogger(__name__)

BATCH_ROWS = 5000


def _tables() -> list[Table]:
    """Every model table, parents before children (so foreign keys hold as rows arrive)."""
    return [t for t in Base.metadata.sorted_tables if isinstance(t, Table)]


def _batches(source: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    result = source.execution_options(yield_per=BATCH_ROWS).execute(select(table))
    for partition in result.mappings().partitions(BATCH_ROWS):
        yield [dict(row) for row in partition]


def backup_server_store(source: Connection, destination: Path, passphrase: str, *,
                        shown: str) -> tuple[dict[str, int], str]:
    """Write the server store read through ``engine_source`` (a connection in a snapshot
    transaction) to the new file ``destination``, encrypted with a new key wrapped by
    ``passphrase``. Returns the server's live counts at the snapshot and the backup's recovery key."""
    revision = read_revision(source)
    if revision != HEAD_REVISION:
        raise StorageError(f"The store at {shown} is at schema {revision}, not this version's ({HEAD_REVISION}): "
                           "open it once with this version (it is brought up to date), then back it up.")
    counts = admin.live_counts(source)
    new_keys = keys.new_keys(passphrase)
    partial = temp_name(destination, "partial")
    leftovers = (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"), Path(f"{partial}-journal"))
    remove_quietly(*leftovers)
    engine = make_engine(partial, new_keys.data_key)
    try:
        with engine.begin() as target:
            create_schema(target)
            for table in reversed(_tables()):   # the seeded built-ins give way to the server's rows
                target.execute(delete(table))
            for table in _tables():
                for batch in _batches(source, table):
                    target.execute(insert(table), batch)
        engine.dispose()
        with contextlib.closing(db.connect(partial, new_keys.data_key, existing=True)) as standalone:
            standalone.execute("PRAGMA journal_mode = DELETE")  # one file, no WAL beside it, as a laptop's
        fsync_file(partial)
        place_new(partial, destination)  # never replaces a file that appeared meanwhile
        try:
            keys.write_key_file(destination, new_keys.key_file)
        except BaseException:
            remove_quietly(destination)  # no use without its key
            raise
        fsync_dir(destination.parent)
    finally:
        engine.dispose()
        remove_quietly(*leftovers)
    keys_source.remember_unlocked(new_keys.key_file, new_keys.data_key)  # it is checked right away
    return counts, new_keys.recovery_key


def make_server_backup(source: Connection, destination: Path | None, folder: Path, reason: str, when: datetime,
                       passphrase: str, *, shown: str, store_name: str) -> tuple[BackupInfo, str]:
    """A checked backup of a server store at ``destination`` (default: a dated file in ``folder``)
    with its sidecar when it is in ``folder``. Returns it and its recovery key (show it once)."""
    target = destination or new_backup_path(folder, when, reason)
    if target.exists():
        raise StorageError(f"{target} already exists. Choose another name for the backup; nothing was overwritten.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with translated_errors():
            counts, recovery_key = backup_server_store(source, target, passphrase, shown=shown)
    except FileExistsError as exc:
        raise StorageError(f"{target} appeared while the backup was being written. Nothing was overwritten: "
                           "make the backup again.", detail=repr(exc)) from exc
    except DB_OR_OS_ERRORS as exc:
        raise StorageError(f"The backup to {target} could not be written. {describe(exc)} The store on the server "
                           "is unchanged.", detail=repr(exc)) from exc
    try:
        result = verify_backup(target)
        if not result.ok or result.counts != counts:
            raise StorageError("The new backup does not hold what the server holds, so it was deleted. The store on "
                               "the server is unchanged; try again.",
                               detail=f"server {counts} backup {result.counts} {result.problems}")
        info = BackupInfo(path=target, when=when, reason=reason, counts=result.counts, verified=True,
                          size=target.stat().st_size, schema_revision=result.schema_revision,
                          sequence=(parse_backup_name(target) or (when, reason, 1))[2], store_name=store_name)
        if destination is None:
            write_sidecar(info)
    except BaseException:
        remove_quietly(target, keys.key_file_of(target))
        raise
    log.info("backup of %s written to %s and checked (%s)", shown, target, info.summary())
    return info, recovery_key


def back_up_server(engine: Engine, destination: Path | None, folder: Path, reason: str, when: datetime,
                   passphrase: str, *, shown: str, store_name: str) -> tuple[BackupInfo, str]:
    """``make_server_backup`` from one read-only, repeatable-read snapshot of the server."""
    with translated_errors(), engine.connect() as connection:
        snapshot = connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with snapshot.begin():
            return make_server_backup(snapshot, destination, folder, reason, when, passphrase, shown=shown,
                                      store_name=store_name)
