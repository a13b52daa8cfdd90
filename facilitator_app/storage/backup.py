"""Consistent copies of a store through SQLite's online backup API (never a file copy).

A backup is encrypted with its store's data key (SQLCipher's backup between two connections
keyed alike) and gets a copy of the store's key file beside it (``<backup>.key``), so it can be
restored on another computer with the passphrase or the recovery key.

A backup is written to a temporary file beside its destination and renamed into place
only once it is complete, so a full disk never leaves half a backup behind. A backup in
the backups folder is then verified (it opens, passes ``quick_check``, and its live row
counts equal the store's at the moment of the copy) and described by a small sidecar file
(``<backup>.json``), so listing backups never has to open every one of them.

Temporary files are named by ``leftovers.temp_name``, so what a killed backup left behind
is recognised and removed before the next one (``leftovers.clear_leftovers``).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from facilitator_app.domain.text import MONTHS, WEEKDAYS
from facilitator_app.errors import StorageError
from facilitator_app.storage import access, db, keys, keys_source, orm
from facilitator_app.storage.db import DB_ERRORS, DB_OR_OS_ERRORS, OPERATIONAL_ERRORS
from facilitator_app.storage.errors import describe_sqlite_error
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.leftovers import clear_leftovers, temp_name

log = logging.getLogger(__name__)

BACKUP_PREFIX = "facilitator-"
SIDECAR_SUFFIX = ".json"
_NAME = re.compile(r"^facilitator-(\d{4}-\d{2}-\d{2}T\d{6})-([a-z][a-z-]*?)(?:-(\d+))?\.sqlite3$")
_STAMP = "%Y-%m-%dT%H%M%S"

# Why a backup was made, as a person would say it (the restore dialog and ``db backups``).
REASON_LABELS = {
    "on-close": "when the app closed",
    "scheduled": "while you were working",
    "manual": "made by hand",
    "before-upgrade": "before an upgrade",
    "before-import": "before an import",
    "before-restore": "before a restore",
    "before-encryption": "before encryption",
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the backups folder: when and why it was made, and what it holds.

    ``when`` is naive UTC (as everywhere in the store); ``local_when`` is for people.
    ``verified`` means the backup passed its check when it was made and has not changed since.
    """

    path: Path
    when: datetime
    reason: str
    counts: dict[str, int] | None = field(default=None, compare=False)
    verified: bool = False
    size: int = 0
    schema_revision: str | None = None
    sequence: int = 1
    store_name: str | None = None  # the file name of the store it copies (None: not recorded)

    @property
    def local_when(self) -> datetime:
        return self.when.replace(tzinfo=UTC).astimezone()

    @property
    def label(self) -> str:
        """E.g. "Thu 26 Nov 2026 14:45" in the computer's time zone."""
        return when_label(self.when)

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason.replace("-", " "))

    def summary(self) -> str:
        """E.g. "2 groups, 14 members, 52 sessions, 610 attendance marks"."""
        return counts_summary(self.counts)


@dataclass(frozen=True)
class Verification:
    """What checking a backup (or any store file) found: ``problems`` for the log (SQLite's
    words), ``reason`` for people (empty when the file passed)."""

    problems: tuple[str, ...]
    counts: dict[str, int] | None = None
    schema_revision: str | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def when_label(when: datetime) -> str:
    """A naive UTC time as a person reads it, in the computer's time zone: "Thu 26 Nov 2026 14:45"."""
    local = when.replace(tzinfo=UTC).astimezone()
    return (f"{WEEKDAYS[local.weekday()][:3]} {local.day} {MONTHS[local.month - 1][:3]} {local.year} "
            f"{local:%H:%M}")


def counts_summary(counts: dict[str, int] | None) -> str:
    if counts is None:
        return "contents not checked yet"
    parts = [("groups", "group", "groups"), ("members", "member", "members"), ("meetings", "session", "sessions"),
             ("attendance", "attendance mark", "attendance marks"), ("checkins", "check-in", "check-ins"),
             ("session_notes", "note", "notes")]
    out = []
    for key, one, many in parts:
        if key in counts:
            n = counts[key]
            out.append(f"{n:,} {one if n == 1 else many}")
    return ", ".join(out)


def new_backup_path(folder: Path, when: datetime, reason: str) -> Path:
    """A free name like ``facilitator-2026-11-26T134501-manual.sqlite3`` (they sort by time).

    Two backups within one second get ``-2``, ``-3``... rather than failing.
    """
    stem = f"{BACKUP_PREFIX}{when:{_STAMP}}-{reason}"
    candidate = folder / f"{stem}.sqlite3"
    counter = 2
    while candidate.exists() or sidecar_of(candidate).exists():
        candidate = folder / f"{stem}-{counter}.sqlite3"
        counter += 1
    return candidate


def sidecar_of(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def parse_backup_name(path: Path) -> tuple[datetime, str, int] | None:
    """(when, reason, sequence) from a backup's file name, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None
    return when, match.group(2), int(match.group(3) or 1)


# ------------------------------------------------------------------ describing failures
def describe_os_error(exc: OSError) -> str:
    """A sentence for a failed file operation."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "The disk is full. Free some space, then try again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "The folder is read-only (or you may not write there). Choose a folder you can write to."
    if exc.errno == errno.EIO:
        return "The disk reported an error. Check the drive, then try again."
    return f"The file could not be written ({exc.strerror or exc}). Check the disk and the folder, then try again."


def describe(exc: BaseException) -> str:
    if isinstance(exc, DB_ERRORS):
        return describe_sqlite_error(exc)
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    return str(exc)


# ------------------------------------------------------------------ low-level file helpers
def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows it)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.debug("fsync of folder %s failed", folder, exc_info=True)
    finally:
        os.close(fd)


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", path, exc_info=True)


def connect_existing(path: Path, *, read_only: bool = False) -> db.Connection:
    """A connection to a file that must already exist (connect would create it), keyed when it is
    encrypted (``keys_source.connect_file``)."""
    return keys_source.connect_file(path, read_only=read_only)


def connect_for_checking(path: Path) -> db.Connection:
    """A connection for looking at a store that may be in WAL mode.

    Read-write, because a read-only connection to a WAL store leaves empty -wal and -shm
    files behind; SQLite removes them itself when a read-write connection closes. Looking
    writes nothing to the file (at most it folds a WAL left by a crash back in, as any open
    would). Read-only for a file we may not write (see ``access``), and as a fall-back.
    """
    if not access.can_write(path):
        return connect_existing(path, read_only=True)
    try:
        return connect_existing(path)
    except OPERATIONAL_ERRORS:
        return connect_existing(path, read_only=True)


# ------------------------------------------------------------------ counting and checking
def live_counts(connection: db.Connection) -> dict[str, int]:
    """Live rows per counted table, read with plain sqlite3 (tables a file lacks are left out)."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, int] = {}
    for model in orm.COUNTED_TABLES:
        name = model.__tablename__
        if name not in tables:
            continue
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
        where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
        out[name] = int(connection.execute(f'SELECT count(*) FROM "{name}"{where}').fetchone()[0])
    return out


def read_revision(connection: db.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except OPERATIONAL_ERRORS:
        return None
    return None if row is None else str(row[0])


def quick_check(connection: db.Connection) -> list[str]:
    """SQLite's quick_check: an empty list when the file is sound."""
    rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def verify_backup(path: Path) -> Verification:
    """Check a backup file without changing it: a store, quick_check ok, readable counts."""
    kind = inspect_file(path)
    if kind is FileKind.MISSING:
        return Verification(("missing",), reason="the file does not exist")
    if kind not in (FileKind.STORE, FileKind.PLAIN_STORE):
        return Verification((f"not a store: {kind.value}",), reason="it is not a Facilitator store")
    try:
        with contextlib.closing(connect_for_checking(path)) as con:
            problems = quick_check(con)
            if problems:
                return Verification(tuple(f"quick_check: {p}" for p in problems[:10]),
                                    reason="it is damaged (part of it cannot be read)")
            return Verification((), counts=live_counts(con), schema_revision=read_revision(con))
    except DB_ERRORS as exc:
        log.info("verifying %s failed: %r", path, exc)
        return Verification((f"unreadable: {exc}",), reason="it is damaged (it cannot be read)")


# ------------------------------------------------------------------ making backups
@contextlib.contextmanager
def _partial_for(destination: Path) -> Iterator[Path]:
    """A temporary file beside ``destination``, removed unless it was renamed into place."""
    partial = temp_name(destination, "partial")
    remove_quietly(partial, Path(f"{partial}-journal"))
    try:
        yield partial
    finally:
        remove_quietly(partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm"))


def copy_database(source: Path, partial: Path, *, count: bool = False,
                  source_read_only: bool = False) -> dict[str, int] | None:
    """Copy ``source`` into the new file ``partial`` with the backup API, as a standalone
    (rollback-journal) database encrypted with the same key, fsynced. Returns the source's live
    counts at the very snapshot that was copied when ``count`` is true."""
    counts = None
    source_read_only = source_read_only or not access.can_write(source)
    key = keys_source.key_for_file(source)
    with contextlib.closing(db.connect(source, key, read_only=source_read_only, existing=True)) as src, \
            contextlib.closing(db.connect(partial, key)) as dst:
        # One read transaction: the counts and the copied pages come from the same snapshot.
        src.execute("BEGIN")
        try:
            if count:
                counts = live_counts(src)
            src.backup(dst)
        finally:
            src.execute("ROLLBACK")
        # The copy is a standalone file: no WAL left beside it.
        dst.execute("PRAGMA journal_mode = DELETE")
    fsync_file(partial)
    return counts


def snapshot(source: Path, destination: Path) -> dict[str, int]:
    """Write a consistent copy of ``source`` to ``destination`` (which must not exist) and
    return the live counts the source had at the moment of the copy."""
    if destination.exists():
        raise StorageError(f"{destination} already exists. Choose another name for the backup; "
                           "nothing was overwritten.")
    if not source.is_file():
        raise StorageError(f"There is no store at {source} to back up. Check the path.")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"The backup folder {destination.parent} could not be created: "
                           f"{describe_os_error(exc)} Your store itself is unchanged.", detail=repr(exc)) from exc
    clear_leftovers(destination.parent)
    try:
        with _partial_for(destination) as partial:
            counts = copy_database(source, partial, count=True)
            place_new(partial, destination)
            try:
                keys.copy_key_file(source, destination)  # the backup travels with its key file
            except BaseException:
                remove_quietly(destination)  # no use without its key
                raise
        fsync_dir(destination.parent)
    except FileExistsError as exc:
        raise StorageError(f"{destination} appeared while the backup was being written. "
                           "Nothing was overwritten: make the backup again.", detail=repr(exc)) from exc
    except DB_OR_OS_ERRORS as exc:
        raise StorageError(f"The backup to {destination} could not be written. {describe(exc)} "
                           "Your store itself is unchanged.", detail=repr(exc)) from exc
    assert counts is not None
    return counts


def place_new(partial: Path, destination: Path) -> None:
    """Give the complete file ``partial`` its final name, never replacing a file that appeared
    meanwhile: link() where the file system has hard links (FAT-formatted sticks do not)."""
    try:
        os.link(partial, destination)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK):
            raise
        if destination.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(destination)) from exc
        os.replace(partial, destination)


def backup_store(source: Path, destination: Path) -> Path:
    """Copy the store at ``source`` to ``destination`` consistently, even while it is in use."""
    snapshot(source, destination)
    return destination


def make_verified_backup(source: Path, folder: Path, reason: str, when: datetime) -> BackupInfo:
    """A backup in ``folder``, verified against the snapshot it was copied from, with its sidecar.

    When the check fails the new file is deleted (it is no good) and the error says so;
    nothing else in the folder is touched.
    """
    destination = new_backup_path(folder, when, reason)
    source_counts = snapshot(source, destination)
    try:
        result = verify_backup(destination)
        if not result.ok:
            raise StorageError(f"The new backup failed its check ({result.reason or 'it could not be read back'}), "
                               "so it was deleted and no older backup was removed. Your store itself is unchanged. "
                               "Check that the disk is not failing or full, then try again.",
                               detail="; ".join(result.problems))
        if result.counts != source_counts:
            raise StorageError("The new backup does not hold the same number of records as the store, so it was "
                               "deleted and no older backup was removed. Your store itself is unchanged. "
                               "Try again; if this keeps happening, run 'db check' on the store.",
                               detail=f"store {source_counts} backup {result.counts}")
        info = BackupInfo(path=destination, when=when, reason=reason, counts=result.counts, verified=True,
                          size=destination.stat().st_size, schema_revision=result.schema_revision,
                          sequence=(parse_backup_name(destination) or (when, reason, 1))[2], store_name=source.name)
        write_sidecar(info)
    except BaseException:
        remove_quietly(destination, sidecar_of(destination), keys.key_file_of(destination))
        raise
    log.info("backup %s written and verified (%s)", destination, info.summary())
    return info


def write_sidecar(info: BackupInfo) -> None:
    """Record what a verified backup holds, atomically (a temp file renamed into place)."""
    stat = info.path.stat()
    data = {"reason": info.reason, "when": info.when.isoformat(), "counts": info.counts,
            "verified": info.verified, "schema_revision": info.schema_revision,
            "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "store_name": info.store_name}
    target = sidecar_of(info.path)
    temp = temp_name(target, "partial")
    try:
        with temp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        remove_quietly(temp)
        raise StorageError(f"The backup {info.path.name} could not be recorded. {describe_os_error(exc)} "
                           "Your store itself is unchanged.", detail=repr(exc)) from exc


def _read_sidecar(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(sidecar_of(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def backup_info(path: Path) -> BackupInfo | None:
    """What the folder knows about one backup file (None for a file that is not a backup)."""
    parsed = parse_backup_name(path)
    if parsed is None:
        return None
    when, reason, sequence = parsed
    try:
        stat = path.stat()
    except OSError:
        return None
    data = _read_sidecar(path) or {}
    unchanged = data.get("size") == stat.st_size and data.get("mtime_ns") == stat.st_mtime_ns
    counts = data.get("counts")
    revision = data.get("schema_revision")
    store_name = data.get("store_name")
    return BackupInfo(path=path, when=when, reason=reason,
                      counts=dict(counts) if isinstance(counts, dict) else None,
                      verified=bool(data.get("verified")) and unchanged, size=stat.st_size,
                      schema_revision=revision if isinstance(revision, str) else None, sequence=sequence,
                      store_name=store_name if isinstance(store_name, str) else None)


def list_backups(folder: Path, store: Path | None = None) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first. A missing folder has none.

    With ``store``, only that store's backups (and those whose store was not recorded): two
    stores kept in one folder share its ``backups`` folder, and must not swap data.
    """
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    infos = [info for p in entries if p.is_file() and (info := backup_info(p)) is not None
             and (store is None or info.store_name in (None, store.name))]
    return sorted(infos, key=lambda i: (i.when, i.sequence), reverse=True)


def recheck(info: BackupInfo) -> BackupInfo:
    """Verify a backup that has no (valid) record, and record the result when it passes."""
    result = verify_backup(info.path)
    if not result.ok:
        log.info("backup %s did not pass its check: %s", info.path, result.problems)
        return info
    checked = BackupInfo(path=info.path, when=info.when, reason=info.reason, counts=result.counts, verified=True,
                         size=info.size, schema_revision=result.schema_revision, sequence=info.sequence,
                         store_name=info.store_name)
    try:
        write_sidecar(checked)
    except StorageError:
        log.info("could not record the check of %s", info.path, exc_info=True)
    return checked


def latest_verified(folder: Path, usable_revisions: frozenset[str] | None = None,
                    store: Path | None = None) -> BackupInfo | None:
    """The newest backup in ``folder`` (of ``store``, when given) that passed its check
    (checking unrecorded ones now).

    With ``usable_revisions``, only backups of those schema revisions count (a backup made by
    a newer version of the app cannot be opened by this one).
    """
    for info in list_backups(folder, store):
        if not info.verified:
            info = recheck(info)
        if info.verified and (usable_revisions is None or info.schema_revision in usable_revisions):
            return info
    return None
