"""File > Sync…: the action, its dialog, and the status bar's "Last synced" label.

The window places the action and the label; after a sync that may have brought rows in it is
told (``synced``) and reloads what it shows; a conflict activated in the dialog asks for that
session's Notes tab (``session_requested``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QDateTime, QLocale, QObject, QSettings, Signal
from PySide6.QtWidgets import QLabel, QWidget

from facilitator_app.errors import AppError
from facilitator_app.services.container import Services
from facilitator_app.services.sync import SyncService
from facilitator_app.ui.actions import make_action
from facilitator_app.ui.naming import named

SHORTCUT = "Ctrl+Shift+Y"


class SyncActions(QObject):
    """Opens the sync dialog (one at a time) and keeps ``lastSyncedLabel`` up to date."""

    synced = Signal()
    session_requested = Signal(uuid.UUID)

    def __init__(self, services: Services, settings: QSettings, window: QWidget,
                 before_sync: Callable[[], object] | None = None) -> None:
        super().__init__(window)
        self._services = services
        self._settings = settings
        self._window = window
        self._before_sync = before_sync
        self._dialog: QWidget | None = None
        self.action = make_action(window, self.tr("S&ync…"), "syncAction", self.open_dialog, SHORTCUT,
                                  self.tr("Sync with the organisation's server, another data file, or a bundle"))
        self.label = named(QLabel(), "lastSyncedLabel")
        self.label.setAccessibleName(self.tr("Last synced"))
        self.update_label()

    def update_label(self) -> None:
        try:
            when = SyncService(self._services.store).last_exchange()
        except AppError:
            when = None
        if when is None:
            self.label.setText(self.tr("Not synced yet"))
            return
        moment = QDateTime.fromSecsSinceEpoch(int(when.replace(tzinfo=UTC).timestamp())).toLocalTime()
        self.label.setText(self.tr("Last synced: {when}").format(
            when=QLocale().toString(moment, QLocale.FormatType.ShortFormat)))

    def open_dialog(self) -> None:
        from facilitator_app.ui.dialogs.sync_dialog import SyncDialog

        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        if self._before_sync is not None:
            self._before_sync()   # a note being typed is saved first, so the sync carries it
        dialog = SyncDialog(self._services, self._settings, self._window)
        dialog.synced.connect(self._on_dialog_synced)
        dialog.session_requested.connect(self.session_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    @property
    def dialog(self) -> QWidget | None:
        return self._dialog

    def shutdown(self) -> None:
        from facilitator_app.ui.dialogs.sync_dialog import SyncDialog

        if isinstance(self._dialog, SyncDialog):
            self._dialog.shutdown()

    def _on_dialog_synced(self) -> None:
        self.update_label()
        self.synced.emit()

    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None
