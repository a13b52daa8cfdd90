"""Converting an unencrypted store from an earlier version into an encrypted one.

Only with the facilitator's consent (the window asks; the CLI has ``db encrypt``). A verified
backup is made first; the store is copied into a new SQLCipher file with ``sqlcipher_export``,
given its key file, and renamed over the old file in one step. The plain WAL and shared-memory
files are folded in and removed, and every plain backup of the store in its backups folder is
encrypted the same way (with its sidecar updated), so nothing readable is left in those folders.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import StorageError, ValidationError
from facilitator_app.storage import backup as backups
from facilitator_app.storage import db, keys, keys_source
from facilitator_app.storage.backup import BackupInfo
from facilitator_app.storage.db import DB_OR_OS_ERRORS
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.leftovers import temp_name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Encrypted:
    """What converting did: the store's new recovery key (shown once), and the backups it touched."""

    recovery_key: str
    backup: Path
    backups_encrypted: int


def _export_encrypted(source: Path, destination: Path, data_key: bytes) -> None:
    """Write an encrypted copy of the plain database ``source`` to the new file ``destination``."""
    with contextlib.closing(db.connect(source, None, existing=True)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        application_id = con.execute("PRAGMA application_id").fetchone()[0]
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(destination), f"x'{data_key.hex()}'"))
        try:
            con.execute("SELECT sqlcipher_export('encrypted')")
            con.execute(f"PRAGMA encrypted.application_id = {int(application_id)}")
            con.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        finally:
            con.execute("DETACH DATABASE encrypted")
    backups.fsync_file(destination)


def _encrypt_in_place(path: Path, new: keys.NewKeys) -> None:
    temp = temp_name(path, "restoring")  # cleared by ``leftovers`` if this process is killed
    backups.remove_quietly(temp, Path(f"{temp}-journal"))
    try:
        _export_encrypted(path, temp, new.data_key)
        keys.write_key_file(path, new.key_file)
        os.replace(temp, path)
        backups.fsync_dir(path.parent)
    finally:
        backups.remove_quietly(temp, Path(f"{temp}-journal"))
    # The old file's journal companions held plain pages: they belong to nothing now.
    backups.remove_quietly(Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))


def encrypt_plain_store(path: Path, backups_dir: Path, passphrase: str) -> Encrypted:
    """Convert the plain store at ``path`` (the caller holds its lock and has no connection open)."""
    path = Path(os.path.realpath(path))
    if inspect_file(path) is not FileKind.PLAIN_STORE:
        raise ValidationError(f"{path} is not an unencrypted Facilitator store, so there is nothing to encrypt.")
    new = keys.new_keys(passphrase)
    safety = backups.make_verified_backup(path, backups_dir, "before-encryption", utc_now())
    try:
        _encrypt_in_place(path, new)
    except DB_OR_OS_ERRORS as exc:
        raise StorageError(f"{path} could not be encrypted: {backups.describe(exc)} The store was not changed; "
                           f"a backup is at {safety.path}.", detail=repr(exc)) from exc
    keys_source.remember_unlocked(new.key_file, new.data_key)
    count = 0
    for info in backups.list_backups(backups_dir, path):
        if inspect_file(info.path) is not FileKind.PLAIN_STORE:
            continue
        try:
            _encrypt_in_place(info.path, new)
            _rerecord(info)
            count += 1
        except DB_OR_OS_ERRORS + (StorageError,):
            log.warning("could not encrypt the backup %s; removing it", info.path, exc_info=True)
            backups.remove_quietly(info.path, backups.sidecar_of(info.path), keys.key_file_of(info.path))
    log.warning("encrypted %s and %d of its backups", path, count)
    return Encrypted(recovery_key=new.recovery_key, backup=safety.path, backups_encrypted=count)


def _rerecord(info: BackupInfo) -> None:
    """The backup's bytes changed: record it again so it still counts as checked."""
    result = backups.verify_backup(info.path)
    if not result.ok:
        raise StorageError(f"the encrypted backup {info.path} failed its check", detail="; ".join(result.problems))
    backups.write_sidecar(BackupInfo(path=info.path, when=info.when, reason=info.reason, counts=result.counts,
                                     verified=info.verified, size=info.path.stat().st_size,
                                     schema_revision=result.schema_revision, sequence=info.sequence,
                                     store_name=info.store_name))
