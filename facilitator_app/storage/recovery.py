"""A damaged store: noticing it, saying so plainly, and putting a backup in its place.

Noticing is split by cost. Every open reads the 100-byte header and compares the file's
length with the page count the header records (microseconds), which catches a truncated
file, a zeroed header, zero bytes and files that are not databases. A full ``quick_check``
reads every page (about half a second for a large multi-year store), so it runs at open
only for small stores, when SQLite reports a corruption error, in ``db check`` and before
a restore. A damaged file is never changed or deleted here: ``move_aside`` renames it
(with its -wal and -shm) so it can still be rescued, and only when the user asks.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import (
    NotFoundError,
    StorageError,
    StoreDamagedError,
    StoreReadOnlyError,
    StoreTooNewError,
    StoreUnreadableError,
    ValidationError,
)
from facilitator_app.storage import access, keys
from facilitator_app.storage import backup as backups
from facilitator_app.storage.backup import BackupInfo
from facilitator_app.storage.db import DB_ERRORS, DB_OR_OS_ERRORS
from facilitator_app.storage.identity import HEADER_SIZE, SQLITE_MAGIC, FileKind, inspect_file, refusal_message
from facilitator_app.storage.leftovers import temp_name
from facilitator_app.storage.schema import REVISIONS

log = logging.getLogger(__name__)

# Stores up to this size get a full quick_check on every open (a few tens of milliseconds).
QUICK_CHECK_AT_OPEN_MAX_BYTES = 8 * 1024 * 1024
# Files that belong to a store and move with it; the key file too (a store set aside stays openable).
COMPANIONS = ("-wal", "-shm", "-journal", keys.KEY_SUFFIX)
# SQLCipher 4's page size: an encrypted store is always a whole number of these.
CIPHER_PAGE_SIZE = 4096


class Damage(StrEnum):
    EMPTY = "empty"
    ZEROED_HEADER = "zeroed header"
    NOT_A_DATABASE = "not a database"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    TOO_NEW = "too new"


@dataclass(frozen=True)
class Diagnosis:
    """What is wrong with the file at ``path``, and the newest backup that could replace it."""

    path: Path
    damage: Damage
    problem: str
    latest_backup: BackupInfo | None
    backups_dir: Path

    def message(self) -> str:
        offer = backup_offer(self.path, self.latest_backup, self.backups_dir)
        return f"{self.path} {self.problem}. It was left as it is.{offer}"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup is now the store, and where the old file went."""

    store: Path
    restored_from: BackupInfo
    safety_backup: BackupInfo | None
    moved_aside: Path | None
    counts: dict[str, int]


# ------------------------------------------------------------------ noticing
def _size_words(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, round(size / 1024))} KB"


def header_damage(path: Path) -> tuple[Damage, str] | None:
    """The cheap check run on every open of a file whose header says it is a store."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        log.info("could not read the header of %s: %r", path, exc)
        return None  # opening will report the real problem (permissions, a vanished file)
    if len(header) < HEADER_SIZE:
        return Damage.TRUNCATED, "is cut short: the file is only a few bytes long"
    if not header.startswith(SQLITE_MAGIC):  # encrypted: only its length can be checked unopened
        return _encrypted_damage(path, header, size)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or header[21:24] != b"\x40\x20\x20" \
            or header[18] not in (1, 2) or header[19] not in (1, 2):
        return Damage.CORRUPT, "is damaged: the description at the start of the file is garbled"
    # A non-empty WAL or rollback journal may legitimately be about to grow or shrink the file.
    pending = any(_nonempty(Path(f"{path}{suffix}")) for suffix in ("-wal", "-journal"))
    if pending:
        return None
    if size % page_size:
        return Damage.TRUNCATED, ("is damaged: its length is not a whole number of pages, so part of the file "
                                  "is missing")
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    expected = page_count * page_size
    if page_count and counter_valid and size < expected:
        return Damage.TRUNCATED, (f"is cut short: it holds {_size_words(size)} of the {_size_words(expected)} "
                                  "it should, so the end of the file is missing")
    return None


def _encrypted_damage(path: Path, header: bytes, size: int) -> tuple[Damage, str] | None:
    # The first 16 bytes are the file's salt: wiped, the store cannot be decrypted.
    if header[:16].strip(b"\x00") == b"":
        return Damage.ZEROED_HEADER, "cannot be read: its first bytes have been wiped (they are all zeros)"
    if any(_nonempty(Path(f"{path}{suffix}")) for suffix in ("-wal", "-journal")):
        return None
    if size % CIPHER_PAGE_SIZE:
        return Damage.TRUNCATED, ("is damaged: its length is not a whole number of pages, so part of the file "
                                  "is missing")
    return None


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def unreadable_kind(path: Path, kind: FileKind) -> tuple[Damage, str] | None:
    """For a file whose header is not a store's: is it plausibly a damaged store?"""
    if kind is FileKind.EMPTY_FILE:
        return Damage.EMPTY, "is empty (0 bytes)"
    if kind is not FileKind.NOT_SQLITE:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return None
    if header and header.strip(b"\x00") == b"":
        return Damage.ZEROED_HEADER, "cannot be read: its first bytes have been wiped (they are all zeros)"
    if header.startswith(SQLITE_MAGIC[:len(header)]) and len(header) < HEADER_SIZE:
        return Damage.TRUNCATED, "is cut short: the file is only a few bytes long"
    return Damage.NOT_A_DATABASE, "is not a database file at all"


def full_problems(path: Path) -> list[str]:
    """``quick_check`` on the file (every page is read); an empty list when it is sound.

    Looking writes nothing to the file (see ``backup.connect_for_checking``).
    """
    try:
        with contextlib.closing(backups.connect_for_checking(path)) as con:
            return backups.quick_check(con)
    except DB_ERRORS as exc:
        return [str(exc)]


def diagnose(path: Path, backups_dir: Path, *, full: bool = True) -> Diagnosis | None:
    """What is wrong with the store file at ``path`` (None when nothing is, or it does not exist).

    ``full`` adds a quick_check of every page; without it only the cheap checks run.
    """
    kind = inspect_file(path)
    if kind is FileKind.MISSING:
        return None
    found: tuple[Damage, str] | None
    if kind in (FileKind.STORE, FileKind.PLAIN_STORE):
        found = header_damage(path)
        if found is None and full:
            problems = full_problems(path)
            if problems:
                log.warning("quick_check of %s: %s", path, problems[:10])
                found = Damage.CORRUPT, "is damaged: part of it cannot be read"
        if found is None:
            with contextlib.suppress(*DB_ERRORS), \
                    contextlib.closing(backups.connect_for_checking(path)) as con:
                revision = backups.read_revision(con)
                if revision is not None and revision not in REVISIONS:
                    found = Damage.TOO_NEW, f"was saved by a newer version of Facilitator (schema {revision})"
    else:
        found = unreadable_kind(path, kind)
    if found is None:
        return None
    return Diagnosis(path, found[0], found[1], newest_backup(backups_dir, path), backups_dir)


def newest_backup(backups_dir: Path, store_path: Path | None = None) -> BackupInfo | None:
    """The newest verified backup (of ``store_path``) this version of the app can open, if any."""
    try:
        return backups.latest_verified(backups_dir, frozenset(REVISIONS), store_path)
    except OSError:
        log.info("could not look for backups in %s", backups_dir, exc_info=True)
        return None


# ------------------------------------------------------------------ saying so
def _quoted(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if any(ch.isspace() for ch in text) or "'" in text else text


def backup_offer(path: Path, latest: BackupInfo | None, backups_dir: Path) -> str:
    """The sentences that offer the newest verified backup (or say there is none)."""
    if latest is None:
        return (f" No verified backup of it was found in {backups_dir}. Keep the file (do not delete it: it may "
                "still be rescued), and open another store or start a new one meanwhile.")
    return (f" The newest verified backup is from {latest.label} ({latest.path}; {latest.summary()}). To use it, "
            f"choose File → Restore from backup, or run 'facilitator-app --db {_quoted(path)} db restore "
            "--latest': the damaged file is moved aside, never deleted.")


def damaged_error(path: Path, damage: Damage, problem: str, backups_dir: Path,
                  detail: str | None = None) -> StoreDamagedError:
    diagnosis = Diagnosis(path, damage, problem, newest_backup(backups_dir, path), backups_dir)
    log.warning("damaged store %s: %s (%s)", path, damage, detail or problem)
    return StoreDamagedError(diagnosis.message(), detail=detail or damage.value)


def unreadable_error(path: Path, kind: FileKind, backups_dir: Path) -> StoreUnreadableError:
    """A file at the store's path that cannot be a store: the wrong file, or a store damaged
    beyond reading. Either way it is left untouched, and a backup is offered when there is one."""
    found = unreadable_kind(path, kind)
    if found is not None and found[0] in (Damage.ZEROED_HEADER, Damage.TRUNCATED):
        base = f"{path} {found[1]}, so the file is damaged. It was left untouched."
    else:
        base = refusal_message(path, kind)
    latest = newest_backup(backups_dir, path)
    offer = ""
    if latest is not None:
        offer = (" If it is your store, it is damaged:" + backup_offer(path, latest, backups_dir)
                 .replace(" The newest verified backup", " the newest verified backup", 1))
    return StoreUnreadableError(base + offer, detail=found[0].value if found else kind.value)


def too_new_error(path: Path, revision: str, backups_dir: Path) -> StoreTooNewError:
    message = (f"{path} was saved by a newer version of Facilitator (schema {revision}). "
               "Install the newest version of the app to open it; the file was left untouched.")
    latest = newest_backup(backups_dir, path)
    if latest is not None:
        message += (f" Or go back to the newest backup this version can open, from {latest.label} ({latest.path}), "
                    f"with 'facilitator-app --db {_quoted(path)} db restore --latest' (the newer file is moved "
                    "aside, never deleted).")
    return StoreTooNewError(message, detail=f"revision {revision}")


# ------------------------------------------------------------------ moving aside
def _free_aside_name(path: Path, stamp: str) -> Path:
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", *COMPANIONS)):
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        counter += 1
    return candidate


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged store and its -wal/-shm to ``<name>.damaged-<timestamp>`` (never deletes).

    The companions move first: were the computer to stop half-way, a WAL left behind
    without its own file could otherwise be applied to whatever is put in its place.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    aside = _free_aside_name(path, stamp)
    try:
        for suffix in COMPANIONS:
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                os.rename(companion, Path(f"{aside}{suffix}"))
        if path.exists():
            os.rename(path, aside)
    except OSError as exc:
        raise StorageError(f"{path} could not be moved aside, and it was not deleted: "
                           f"{backups.describe_os_error(exc)}", detail=repr(exc)) from exc
    backups.fsync_dir(path.parent)
    log.warning("moved %s aside to %s", path, aside)
    return aside


def set_aside_orphans(path: Path) -> list[Path]:
    """A -wal or -shm left without its store (the store was deleted by hand) must not be applied
    to a new store made under that name: move them aside too."""
    orphans = [Path(f"{path}{s}") for s in COMPANIONS if Path(f"{path}{s}").exists()]
    if not orphans or path.exists():
        return []
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    moved = []
    for orphan in orphans:
        target = orphan.with_name(f"{orphan.name}.orphaned-{stamp}")
        try:
            os.rename(orphan, target)
            moved.append(target)
        except OSError:
            log.warning("could not move the leftover %s aside", orphan, exc_info=True)
    return moved


# ------------------------------------------------------------------ restoring
def is_sound_store(path: Path) -> bool:
    """A store whose header and pages pass the checks (read-only; nothing is changed)."""
    return inspect_file(path) in (FileKind.STORE, FileKind.PLAIN_STORE) and header_damage(path) is None \
        and not full_problems(path)


def _retire_wal(store_path: Path) -> None:
    """Fold the old store's WAL into it and remove the WAL, so it cannot be applied to the
    file that replaces it. Refuses when another program still has the store open."""
    wal, shm = Path(f"{store_path}-wal"), Path(f"{store_path}-shm")
    if not wal.exists() and not shm.exists():
        return
    with contextlib.closing(backups.connect_existing(store_path)) as con:
        busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    # The last connection to close removes both files; if they remain, someone else is connected.
    if wal.exists() or shm.exists():
        raise StorageError(f"{store_path} is still open in another Facilitator window or program, so it was not "
                           "replaced. Close it there, then try again.", detail=f"checkpoint {busy}")


def _keep_aside(path: Path) -> tuple[Path, bool]:
    """Give a damaged store a second name, ``<name>.damaged-<timestamp>``, for ``replace_store``.

    The file keeps its own name too (a hard link) until the backup is renamed over it, so
    the store's name never stands empty: a power cut at any moment leaves either the damaged
    file or the restored one there, never nothing (which would mean a new, empty store).
    Returns the new name and whether it is a link (False: the file was renamed, on file
    systems without hard links).
    """
    aside = _free_aside_name(path, datetime.now().strftime("%Y%m%dT%H%M%S"))
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.rename(companion, Path(f"{aside}{suffix}"))
    try:
        os.link(path, aside)
        return aside, True
    except OSError:
        os.rename(path, aside)
        return aside, False


def _put_back(path: Path, aside: Path, linked: bool) -> None:
    """Undo ``_keep_aside`` after a failed restore (nothing is deleted: a link's other name stays)."""
    try:
        if linked and path.exists():
            aside.unlink()  # the same file is still at ``path``
        elif not path.exists():
            os.rename(aside, path)
        for suffix in COMPANIONS:
            companion = Path(f"{aside}{suffix}")
            if companion.exists() and suffix == keys.KEY_SUFFIX:
                os.replace(companion, Path(f"{path}{suffix}"))  # over the backup's, put there for the restore
            elif companion.exists() and not Path(f"{path}{suffix}").exists():
                os.rename(companion, Path(f"{path}{suffix}"))
    except OSError:
        log.warning("could not put %s back in place of %s", aside, path, exc_info=True)


def _put_key_file_in_place(backup_path: Path, store_path: Path) -> None:
    """The restored store opens with the backup's key file, unless the store's own key file is of the
    same store (same data key): that one is kept, so a passphrase changed since the backup still works."""
    if not keys.has_key_file(backup_path):
        return
    if keys.has_key_file(store_path):
        try:
            if keys.read_key_file(store_path).store_id == keys.read_key_file(backup_path).store_id:
                return
        except StorageError:
            pass
    keys.copy_key_file(backup_path, store_path)


def replace_store(store_path: Path, backup_path: Path, *, keep_aside: bool = False) -> Path | None:
    """Copy ``backup_path`` into a temporary file beside the store, make it durable, and rename
    it over the store in one step: at every moment the store's name holds a complete file.

    With ``keep_aside`` the file being replaced is kept as ``<name>.damaged-<timestamp>``
    (returned); otherwise its WAL is folded in and removed first (it was backed up).
    """
    store_path = Path(os.path.realpath(store_path))  # never replace a symbolic link with a file
    temp = temp_name(store_path, "restoring")
    backups.remove_quietly(temp, Path(f"{temp}-journal"))
    aside: tuple[Path, bool] | None = None
    try:
        backups.copy_database(backup_path, temp, source_read_only=True)
        if store_path.exists():
            if keep_aside:
                aside = _keep_aside(store_path)
            else:
                _retire_wal(store_path)
        _put_key_file_in_place(backup_path, store_path)
        os.replace(temp, store_path)
        backups.fsync_dir(store_path.parent)
    except DB_OR_OS_ERRORS as exc:
        if aside is not None:
            _put_back(store_path, *aside)
        reason = backups.describe(exc)
        raise StorageError(f"The backup could not be put in place of {store_path}. {reason} "
                           "Your store was not changed.", detail=repr(exc)) from exc
    finally:
        backups.remove_quietly(temp, Path(f"{temp}-journal"))
    if aside is not None:
        log.warning("kept the damaged %s as %s", store_path, aside[0])
        return aside[0]
    return None


def restore(store_path: Path, backup_path: Path, backups_dir: Path, now: datetime | None = None) -> RestoreResult:
    """Put ``backup_path`` in place of the store at ``store_path``.

    The backup is verified first. The current store is backed up first when it is sound,
    or kept as ``<name>.damaged-<timestamp>`` when it is not (it is never deleted). The
    caller must have closed its own connections to the store and should hold its lock
    (``storage.lock``).
    """
    backup_path = Path(backup_path)
    # Through a symbolic link, the file it points to is restored; the link stays a link.
    store_path = Path(os.path.realpath(store_path))
    if not backup_path.is_file():
        raise NotFoundError(f"There is no backup at {backup_path}. Check the path, or list the backups "
                            "with 'facilitator-app db backups'.")
    if store_path.exists() and backup_path.resolve() == store_path.resolve():
        raise ValidationError(f"{backup_path} is the store itself, not a backup of it. Choose a backup.")
    check = backups.verify_backup(backup_path)
    if not check.ok:
        raise StorageError(f"The backup {backup_path} cannot be used: {check.reason}. Choose another "
                           "backup (they are listed by 'db backups' and in File → Restore from backup); "
                           "your store was not changed.", detail="; ".join(check.problems))
    if check.schema_revision not in REVISIONS:
        raise StoreTooNewError(f"The backup {backup_path} was made by a newer version of Facilitator (schema "
                               f"{check.schema_revision}). Install the newest version to use it; your store was "
                               "not changed.")
    when = now or utc_now()
    safety: BackupInfo | None = None
    if store_path.is_dir():
        raise ValidationError(f"{store_path} is a folder, not a store file. Choose the store file.")
    if not access.can_write(store_path):
        raise StoreReadOnlyError(access.read_only_message(store_path))
    if store_path.exists():
        if is_sound_store(store_path):
            try:
                safety = backups.make_verified_backup(store_path, backups_dir, "before-restore", when)
            except StorageError as exc:
                raise StorageError(f"The current store could not be backed up first, so nothing was restored. "
                                   f"{exc.message}", detail=exc.detail) from exc
    damaged = store_path.exists() and safety is None
    aside = replace_store(store_path, backup_path, keep_aside=damaged)
    after = backups.verify_backup(store_path)
    if not after.ok or after.counts != check.counts:
        previous = safety.path if safety else aside
        kept = f" The store as it was is kept at {previous}." if previous else ""
        raise StorageError(f"The restored store did not pass its check, so the disk may be failing. Try another "
                           f"backup, or copy the backups folder to another disk first.{kept}",
                           detail=f"{after.problems} {after.counts} != {check.counts}")
    stamp = datetime.fromtimestamp(backup_path.stat().st_mtime, UTC).replace(tzinfo=None)
    restored_from = backups.backup_info(backup_path) or BackupInfo(
        path=backup_path, when=stamp, reason="file",
        counts=check.counts, verified=True, size=backup_path.stat().st_size, schema_revision=check.schema_revision)
    log.warning("restored %s from %s (safety backup %s, moved aside %s)", store_path, backup_path,
                safety.path if safety else None, aside)
    assert after.counts is not None
    return RestoreResult(store=store_path, restored_from=restored_from, safety_backup=safety, moved_aside=aside,
                         counts=after.counts)


def recover_from_latest(store_path: Path, backups_dir: Path, now: datetime | None = None) -> RestoreResult:
    """Restore the newest verified backup (moving a damaged store aside first)."""
    latest = newest_backup(backups_dir, store_path)
    if latest is None:
        raise NotFoundError(f"No verified backup was found in {backups_dir}, so nothing was changed. If your "
                            "backups are elsewhere, restore one by its path with 'db restore BACKUP'.")
    return restore(store_path, latest.path, backups_dir, now)
