"""Whole-store use cases: facts about the store, a health check, and backups."""

from __future__ import annotations

from pathlib import Path

from facilitator_app import __version__
from facilitator_app.domain.ids import utc_now
from facilitator_app.domain.records import CheckReport, StoreInfo
from facilitator_app.errors import PassphraseNeededError, StorageError, WrongPassphraseError
from facilitator_app.paths import is_server_url, masked_url
from facilitator_app.storage.backup import backup_store, new_backup_path
from facilitator_app.storage.errors import translated_errors
from facilitator_app.storage.identity import FileKind, inspect_file, refusal_message
from facilitator_app.storage.repos import admin
from facilitator_app.storage.schema import HEAD_REVISION, read_revision
from facilitator_app.storage.store import Store, open_store


def store_info(store: Store) -> StoreInfo:
    """Schema revision, size and live row counts of an open store."""
    with translated_errors(), store.engine.connect() as connection:
        revision = read_revision(connection) or "(none)"
        counts = admin.live_counts(connection)
        server_size = admin.database_size(connection)
    size = server_size if server_size is not None else \
        sum(p.stat().st_size for p in (store.path, Path(f"{store.path}-wal")) if p.exists())
    return StoreInfo(path=store.location, schema_revision=revision, app_version=__version__,
                     size_bytes=size, counts=counts)


def check_store(path: Path | str) -> CheckReport:
    """Check a store without changing it: its mark, schema revision, integrity and foreign keys.
    ``path`` may be a server's ``postgresql://`` URL (the server keeps its own pages sound)."""
    if is_server_url(path):
        return _check(str(path), masked_url(str(path)))
    path = Path(path)
    kind = inspect_file(path)
    if kind is not FileKind.STORE:
        return CheckReport(schema_revision=None, problems=(refusal_message(path, kind),))
    return _check(path, str(path))


def _check(location: Path | str, shown: str) -> CheckReport:
    problems: list[str] = []
    revision: str | None = None
    try:
        with open_store(location, create=False, upgrade=False) as store, \
                translated_errors(), store.engine.connect() as connection:
            revision = read_revision(connection)
            if revision is None:
                problems.append(f"{shown} has no schema revision; it may be damaged. Restore it from a backup.")
            problems += [f"Integrity check: {p}" for p in admin.integrity_problems(connection)]
            problems += [f"Foreign key check: {p}" for p in admin.foreign_key_problems(connection)]
    except (WrongPassphraseError, PassphraseNeededError):
        raise  # not a problem with the file: the caller says so in its own words
    except StorageError as exc:
        problems.append(exc.message)
    return CheckReport(schema_revision=revision, problems=tuple(problems))


def is_current(revision: str | None) -> bool:
    return revision == HEAD_REVISION


def backup_now(store: Store, destination: Path | None = None, backups_dir: Path | None = None) -> Path:
    """Write a consistent copy of the store (to ``destination``, or a dated file in the backups folder)."""
    if destination is None:
        folder = backups_dir or store.path.parent / "backups"
        destination = new_backup_path(folder, utc_now(), "manual")
    elif destination.is_dir():
        destination = new_backup_path(destination, utc_now(), "manual")
    return backup_store(store.path, destination)
