"""Keeping the open data file safe: backups while working and on close, restore, and import.

The window owns one of these. Scheduled backups run on a worker thread (the SQLite backup
API opens its own connections), so a large file never freezes a session in progress. A
closing backup that fails is explained before the window goes. A read-only data file is
never changed, so it gets no automatic backups, restore or import (Back up now still works
where the backups folder can be written).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app import APP_NAME
from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import AppError
from facilitator_app.services.backups import (
    SERVER_BACKUPS,
    BackupScheduler,
    BackupService,
    closing_backup_failed_message,
)
from facilitator_app.services.changes import ChangeBatch
from facilitator_app.services.container import Services
from facilitator_app.storage.lock import StoreLock
from facilitator_app.ui.naming import named

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000  # how often to ask the scheduler whether a backup is due


class _BackupSignals(QObject):
    finished = Signal(object)  # BackupInfo | AppError


class _BackupJob(QRunnable):
    def __init__(self, service: BackupService, reason: str, signals: _BackupSignals) -> None:
        super().__init__()
        self._service = service
        self._reason = reason
        self._signals = signals

    def run(self) -> None:
        try:
            result: object = self._service.make_backup(self._reason)
        except AppError as exc:
            result = exc
        self._signals.finished.emit(result)


class StoreSafety(QObject):
    """Backups (every 30 minutes while changes are made, and on close), restore and import."""

    error_raised = Signal(str)
    status_message = Signal(str)
    restore_chosen = Signal(Path)  # a backup to restore: the window closes the file, then calls restore()

    def __init__(self, services: Services, backups: BackupService | None, lock: StoreLock | None,
                 window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._backups = backups
        self._lock = lock
        self._window = window
        self._read_only = services.store.read_only
        self._scheduler = BackupScheduler()
        self._running = False
        self._signals = _BackupSignals(self)
        self._signals.finished.connect(self._on_backup_finished)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self._on_timer)
        if backups is not None and not self._read_only:
            self._timer.start()
        self.restore_action = named(QAction(self.tr("&Restore from backup…"), self), "restoreBackupAction")
        self.restore_action.setToolTip(self.tr("Put the data file back as it was at an earlier backup"))
        self.restore_action.setEnabled(backups is not None and not self._read_only)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.import_action = named(QAction(self.tr("&Import members…"), self), "importMembersAction")
        self.import_action.setToolTip(self.tr("Add members from a CSV file (Google Contacts, Outlook, or a sheet)"))
        self.import_action.setEnabled(not self._read_only)
        self.import_action.triggered.connect(self.import_members)
        self.passphrase_action = named(QAction(self.tr("Change &passphrase…"), self), "changePassphraseAction")
        self.passphrase_action.setToolTip(self.tr("Set a new passphrase for this data file (or reset it with the "
                                                  "recovery key)"))
        # A store on a server has no passphrase: the server's logins protect it.
        self.passphrase_action.setEnabled(not self._read_only and not services.store.is_server)
        self.passphrase_action.triggered.connect(self.change_passphrase)

    def change_passphrase(self) -> None:
        from facilitator_app.ui.store_keys import change_passphrase

        if change_passphrase(self._window, self._services.store, self._backups.backups_dir if self._backups else None):
            self.status_message.emit(self.tr("Passphrase changed"))

    # -- backups ---------------------------------------------------------------------------
    def on_batch(self, _batch: ChangeBatch) -> None:
        """A committed action: a scheduled backup becomes due."""
        self.note_change()

    def note_change(self) -> None:
        """The store changed (an action, or rows that came in by a sync): a scheduled backup becomes due."""
        self._scheduler.note_change(utc_now())

    def back_up_now(self) -> None:
        """A checked backup made now (File > Back up now)."""
        if self._services.store.is_server:
            self.error_raised.emit(SERVER_BACKUPS)
            return
        if self._backups is None:
            self.status_message.emit(self.tr("Sample data is not backed up: it is thrown away when you close it."))
            return
        try:
            info = self._backups.make_backup("manual")
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._scheduler.backed_up(utc_now())
        self.status_message.emit(self.tr("Backup written and checked: {path}").format(path=info.path))

    def _on_timer(self) -> None:
        if self._backups is None or self._running or not self._scheduler.due(utc_now()):
            return
        self._running = True
        QThreadPool.globalInstance().start(_BackupJob(self._backups, "scheduled", self._signals))

    def _on_backup_finished(self, result: object) -> None:
        self._running = False
        if isinstance(result, AppError):
            self._scheduler.failed(utc_now())
            log.warning("scheduled backup failed: %s (%s)", result.message, result.detail)
            self.status_message.emit(self.tr("The automatic backup did not work: {message}").format(
                message=result.message))
            return
        self._scheduler.backed_up(utc_now())
        self.status_message.emit(self.tr("Automatic backup written and checked"))

    def close(self) -> None:
        """On close: wait for a backup in progress, back up if needed, then let go of the file.

        A closing backup that fails is explained in a message box while the window is still there.
        """
        self._timer.stop()
        QThreadPool.globalInstance().waitForDone()
        if self._backups is None or self._read_only:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._backups.backup_on_close(self._scheduler)
        except AppError as exc:
            log.warning("backup on close failed: %s (%s)", exc.message, exc.detail)
            failure = closing_backup_failed_message(exc, self._backups.backups_dir)
        else:
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(self._window,
                            self.tr("{APP_NAME}: the closing backup was not made").format(APP_NAME=APP_NAME), failure)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- restore ---------------------------------------------------------------------------
    def restore_from_backup(self) -> None:
        from facilitator_app.ui.dialogs.restore_dialog import RestoreDialog

        if self._backups is None:
            return
        try:
            choices = self._backups.list_backups()
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        dialog = RestoreDialog(choices, parent=self._window, backups_dir=self._backups.backups_dir)
        if not dialog.exec() or dialog.selected_backup() is None:
            return
        chosen = dialog.selected_backup()
        assert chosen is not None
        self.restore_chosen.emit(chosen.path)

    def restore(self, backup_path: Path) -> bool:
        """Called by the window once it has saved and closed the store (the lock is still held)."""
        assert self._backups is not None
        try:
            result = self._backups.restore(backup_path)
        except AppError as exc:
            QMessageBox.warning(self._window, APP_NAME, exc.message)
            return False
        where = self.tr(" Your data as it was just before is kept in {safety_backup}.").format(
            safety_backup=result.safety_backup) \
            if getattr(result, "safety_backup", None) else ""
        QMessageBox.information(self._window, APP_NAME,
                                self.tr("The data file was restored from the backup.{where}").format(where=where))
        return True

    # -- import ----------------------------------------------------------------------------
    def import_members(self) -> None:
        from facilitator_app.services.member_import import MemberImportService
        from facilitator_app.ui.dialogs.import_members_dialog import ImportMembersDialog

        store = self._services.store
        service = MemberImportService(store, self._services.changes,
                                      self._backups.backups_dir if self._backups else None)
        current = getattr(self._window, "current_group_id", lambda: None)()
        try:
            groups = self._services.groups.list_groups()
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        def run_import(path: Path, mapping: dict | None, good_rows: bool, **options: Any) -> object:
            # Runs on the dialog's worker thread: group_id, progress and cancelled come in options.
            return service.import_members(path, mapping=mapping, import_good_rows=good_rows, **options)

        ImportMembersDialog(service.preview, run_import, groups, current, parent=self._window).exec()
