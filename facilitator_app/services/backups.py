"""Automatic backups: when to make them, which to keep, and putting one back.

Every backup goes through SQLite's backup API and is verified (it opens, passes
quick_check, and its live row counts equal the store's at the moment of the copy) before
any older backup is rotated out, so a failed or partial backup never costs a good one.

Kept: everything from today, then the newest backup of each of the 14 most recent days,
of the 8 most recent weeks and of the 12 most recent months that have one. Only automatic,
verified backups are ever rotated out: backups made by hand, and files the folder cannot
vouch for, are left alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import AppError, PassphraseNeededError, StorageError
from facilitator_app.storage import backup as files
from facilitator_app.storage import recovery
from facilitator_app.storage.backup import BackupInfo, list_backups
from facilitator_app.storage.errors import write_failure_kind
from facilitator_app.storage.keys import key_file_of
from facilitator_app.storage.recovery import RestoreResult
from facilitator_app.storage.repos import audit
from facilitator_app.storage.schema import REVISIONS
from facilitator_app.storage.store import Store, open_store

log = logging.getLogger(__name__)

__all__ = [
    "AUTOMATIC_REASONS", "BackupInfo", "BackupScheduler", "BackupService", "RestoreResult", "Retention",
    "closing_backup_failed_message", "latest_verified", "list_backups", "make_backup", "recover_from_latest",
    "restore", "rotate", "select_to_keep",
]

# Reasons whose backups rotation may remove; "manual" ones are the user's, kept until they delete them.
AUTOMATIC_REASONS = frozenset({"on-close", "scheduled", "before-upgrade", "before-import", "before-restore",
                               "before-erase"})
BACKUP_INTERVAL = timedelta(minutes=30)


@dataclass(frozen=True)
class Retention:
    """How many periods keep their newest backup (today's backups are all kept)."""

    daily: int = 14
    weekly: int = 8
    monthly: int = 12


RETENTION = Retention()


# ------------------------------------------------------------------ which backups to keep
def select_to_keep(stamps: Sequence[datetime], now: datetime, policy: Retention = RETENTION) -> set[int]:
    """The indexes of ``stamps`` to keep: pure, so a fake clock can test it.

    ``stamps`` and ``now`` must be in the same (local) time frame. Kept: everything from
    ``now``'s day (and anything dated later, should the clock have been wrong), plus the
    newest of each of the ``daily`` most recent days, ``weekly`` most recent ISO weeks and
    ``monthly`` most recent months that have a backup.
    """
    today = now.date()
    keep = {i for i, when in enumerate(stamps) if when.date() >= today}
    newest_first = sorted(range(len(stamps)), key=lambda i: (stamps[i], i), reverse=True)
    periods: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: d.isocalendar()[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for i in newest_first:
            key = period(stamps[i])
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(i)
    return keep


def _local(when: datetime, tz: tzinfo | None) -> datetime:
    return when.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)


def rotate(folder: Path, now: datetime | None = None, *, store: Path | None = None, tz: tzinfo | None = None,
           policy: Retention = RETENTION, protect: Iterable[Path] = ()) -> list[Path]:
    """Remove the automatic, verified backups the retention policy no longer keeps.

    ``now`` is naive UTC like the backups' own times; days, weeks and months are counted
    in ``tz`` (the computer's time zone by default). With ``store``, only that store's
    backups are considered (two stores in one folder share its backups folder). Returns the
    removed backups.
    """
    now = now or utc_now()
    protected = {p.resolve() for p in protect}
    candidates = [b for b in list_backups(folder) if b.reason in AUTOMATIC_REASONS and b.verified
                  and (store is None or b.store_name == store.name)]
    keep = select_to_keep([_local(b.when, tz) for b in candidates], _local(now, tz), policy)
    removed = []
    for i, info in enumerate(candidates):
        if i in keep or info.path.resolve() in protected:
            continue
        try:
            info.path.unlink()
            files.remove_quietly(files.sidecar_of(info.path), key_file_of(info.path))
            removed.append(info.path)
        except FileNotFoundError:
            continue
        except OSError:
            log.warning("could not remove the old backup %s", info.path, exc_info=True)
    if removed:
        log.info("rotated out %d old backups from %s", len(removed), folder)
    return removed


# ------------------------------------------------------------------ making and finding backups
def make_backup(store: Store | Path, reason: str, backups_dir: Path | None = None, now: datetime | None = None,
                *, protect: Iterable[Path] = ()) -> BackupInfo:
    """Back up the store, verify the copy, and only then rotate older backups out.

    Raises ``StorageError`` (a sentence) when the backup cannot be made or fails its
    check; nothing older is removed then.
    """
    path = store.path if isinstance(store, Store) else Path(store)
    folder = backups_dir or path.parent / "backups"
    when = now or utc_now()
    info = files.make_verified_backup(path, folder, reason, when)
    try:
        rotate(folder, when, store=path, protect=protect)
    except OSError:
        log.warning("rotating backups in %s failed", folder, exc_info=True)
    return info


# What the window says when asked to back up a store on a server.
SERVER_BACKUPS = ("A store on a server is backed up by the server's administrator. For a copy of your own, run "
                  "'facilitator-app --db URL db backup' (the same portable file a laptop's backup is).")


def back_up_server_store(store: Store, destination: Path | None, backups_dir: Path, passphrase: str | None,
                         now: datetime | None = None) -> tuple[BackupInfo, str]:
    """The portable backup of a store on a server: the same encrypted SQLite file a laptop writes,
    with a new key wrapped by ``passphrase`` (default: FACILITATOR_APP_PASSPHRASE). Returns the
    checked backup and its recovery key, to be shown once."""
    from facilitator_app.storage import keys_source, server_backup

    passphrase = passphrase or keys_source.env_passphrase()
    if passphrase is None:
        raise PassphraseNeededError("A backup of a server store is encrypted with a passphrase of its own: type "
                                    f"one when asked, or set {keys_source.ENV_PASSPHRASE} for scripts. Nothing was "
                                    "written.")
    if destination is not None and destination.is_dir():
        destination = files.new_backup_path(destination, now or utc_now(), "manual")
    return server_backup.back_up_server(store.engine, destination, backups_dir, "manual", now or utc_now(),
                                        passphrase, shown=store.location, store_name=store.path.name)


def latest_verified(folder: Path, store: Path | None = None) -> BackupInfo | None:
    """The newest backup in ``folder`` (of ``store``) that passed its check and this app can open."""
    return files.latest_verified(folder, frozenset(REVISIONS), store)


def restore(store_path: Path, backup_path: Path, backups_dir: Path | None = None,
            now: datetime | None = None) -> RestoreResult:
    """Put a backup in place of the store: verified first; the current store is backed up
    first (or moved aside when damaged). Close the store's connections first. The restored store's
    audit trail records the restore."""
    folder = backups_dir or store_path.parent / "backups"
    result = recovery.restore(store_path, backup_path, folder, now)
    _audit_restore(store_path, folder)
    return result


def recover_from_latest(store_path: Path, backups_dir: Path | None = None,
                        now: datetime | None = None) -> RestoreResult:
    """Restore the newest verified backup, moving a damaged store aside first."""
    folder = backups_dir or store_path.parent / "backups"
    result = recovery.recover_from_latest(store_path, folder, now)
    _audit_restore(store_path, folder)
    return result


def _audit_restore(store_path: Path, backups_dir: Path) -> None:
    """One "restore" event in the restored store (it continues the backup's own chain). The restore
    itself has succeeded by now, so a store that cannot take the event is logged, not refused."""
    try:
        with open_store(store_path, create=False, backups_dir=backups_dir) as store, store.write() as s:
            audit.record(s, "restore", stores=1)
    except AppError:
        log.warning("the restore of %s could not be recorded in its audit trail", store_path, exc_info=True)


# ------------------------------------------------------------------ when to back up
class BackupScheduler:
    """Decides when a backup is due: ``interval`` after the first change not yet backed up.

    Pure Python and clock-free: the window calls ``note_change(now)`` after each committed
    change, polls ``due(now)`` from a timer, and reports ``backed_up(now)`` or ``failed(now)``.
    """

    def __init__(self, interval: timedelta = BACKUP_INTERVAL) -> None:
        self.interval = interval
        self._pending_since: datetime | None = None
        self._retry_at: datetime | None = None
        self.last_backup: datetime | None = None

    @property
    def pending(self) -> bool:
        """Whether anything changed since the last backup."""
        return self._pending_since is not None

    def note_change(self, now: datetime) -> None:
        if self._pending_since is None:
            self._pending_since = now

    def next_due(self) -> datetime | None:
        """When the next backup is due (None while nothing has changed)."""
        if self._pending_since is None:
            return None
        due = self._pending_since + self.interval
        return max(due, self._retry_at) if self._retry_at else due

    def due(self, now: datetime) -> bool:
        due = self.next_due()
        return due is not None and now >= due

    def backed_up(self, now: datetime) -> None:
        self._pending_since = None
        self._retry_at = None
        self.last_backup = now

    def failed(self, now: datetime) -> None:
        """A backup failed: the changes stay pending, and the next try waits one interval."""
        self._retry_at = now + self.interval


class BackupService:
    """Backups of one store file, for the window: make, list, restore, and the close-time rule."""

    def __init__(self, store_path: Path, backups_dir: Path | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.store_path = store_path
        self.backups_dir = backups_dir or store_path.parent / "backups"
        self._clock = clock

    def make_backup(self, reason: str) -> BackupInfo:
        """A verified backup; any failure (a full disk included) is a ``StorageError`` with a sentence."""
        try:
            return make_backup(self.store_path, reason, self.backups_dir, self._clock())
        except OSError as exc:
            raise StorageError(f"The backup could not be written. {files.describe_os_error(exc)} "
                               "Your store itself is unchanged.", detail=repr(exc)) from exc

    def list_backups(self) -> list[BackupInfo]:
        """Newest first, with their date, reason and counts (for the restore dialog)."""
        return list_backups(self.backups_dir, self.store_path)

    def latest_verified(self) -> BackupInfo | None:
        return latest_verified(self.backups_dir, self.store_path)

    def restore(self, backup_path: Path) -> RestoreResult:
        """Close the window's Store before calling this, and open it again afterwards."""
        return restore(self.store_path, backup_path, self.backups_dir, self._clock())

    def recover_from_latest(self) -> RestoreResult:
        return recover_from_latest(self.store_path, self.backups_dir, self._clock())

    def needs_backup_on_close(self, scheduler: BackupScheduler) -> bool:
        """On close: back up when something changed, or when there is no backup from today yet."""
        if scheduler.pending:
            return True
        newest = next(iter(list_backups(self.backups_dir, self.store_path)), None)
        return newest is None or newest.local_when.date() != _today(self._clock())

    def backup_on_close(self, scheduler: BackupScheduler) -> BackupInfo | None:
        if not self.needs_backup_on_close(scheduler):
            return None
        info = self.make_backup("on-close")
        scheduler.backed_up(self._clock())
        return info


def _today(now_utc: datetime) -> date:
    return _local(now_utc, None).date()


# ------------------------------------------------------------------ saying what went wrong
def closing_backup_failed_message(exc: AppError, backups_dir: Path) -> str:
    """What the window says, before it goes, when its closing backup could not be made."""
    again = "open Facilitator again and use File > Back up now"
    kind = write_failure_kind(exc)
    if kind == "disk full":
        return f"The closing backup could not be written: the disk is full. Your data file is saved; free some " \
               f"space, then {again}."
    if kind == "not writable":
        return (f"The closing backup could not be written: the backups folder {backups_dir} cannot be written to. "
                f"Your data file is saved; make that folder writable (or move the data file to a folder you can "
                f"write to), then {again}.")
    return f"The closing backup could not be written. {exc.message} Your data file is saved; when that is put " \
           f"right, {again}."
