"""File > Sync…: merge this window's data with the organisation's server or another data file, or
through an encrypted bundle (export, import), then show what came in and what is left to settle.

The work runs on a worker thread (``ui/sync_worker.py``) with a progress bar and Cancel; a
cancelled run changes nothing (the services roll back). Errors show the service's sentence here.
The list of open conflicts (``syncConflicts``) is filled whenever the dialog opens, since they
stay stored until settled; Enter on a row asks the window for that session's Notes tab.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import AppError, ValidationError
from facilitator_app.paths import is_server_url
from facilitator_app.services import sync_bundle, unlocking
from facilitator_app.services.container import Services
from facilitator_app.services.sync import OutgoingChanges, Progress, SyncReport, SyncService, sync_with_other
from facilitator_app.storage.lock import StoreLock, acquire
from facilitator_app.ui.dialogs import sync_wording as wording
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.dialogs.sync_pages import BundlePage, OtherPage
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.models.sync_conflict_model import SyncConflictModel
from facilitator_app.ui.naming import named
from facilitator_app.ui.store_keys import prepare_key
from facilitator_app.ui.sync_worker import Job, SyncWorker

OTHER_KEY, KEY_FILE_KEY, BUNDLE_FOLDER_KEY = "sync/other", "sync/keyFile", "sync/bundleFolder"
STEPS = 1000

CONFLICTS_TO_SETTLE = QT_TRANSLATE_NOOP("SyncDialog", "%n conflict(s) to settle: press Enter on one to open that "
                                                      "session's no&tes.")


class SyncDialog(QDialog):
    """The three ways to sync, a progress row, and what the last run did."""

    session_requested = Signal(uuid.UUID)   # a conflict was activated: show that session's notes
    synced = Signal()                       # data may have come in: the window refreshes

    def __init__(self, services: Services, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sync"))
        self.setAccessibleName(self.tr("Sync"))
        self._services = services
        self._sync = SyncService(services.store)
        self._settings = settings
        self._other_lock: StoreLock | None = None
        self._worker = SyncWorker(self)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.cancelled.connect(self._on_worker_cancelled)
        self._pending: tuple[str, object] | None = None   # what is running, and its details

        self.ways = named(QTabWidget(), "syncWays")
        self.ways.setAccessibleName(self.tr("Ways to sync"))
        self.ways.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        other = OtherPage(str(self._settings.value(OTHER_KEY, "") or ""))
        self.other_field, self.with_button = other.field, other.with_button
        other.browse.clicked.connect(self._on_other_browse_clicked)
        self.with_button.clicked.connect(self._on_with_clicked)
        bundles = BundlePage(str(self._settings.value(KEY_FILE_KEY, "") or ""), self._has_written_bundle())
        self.key_field, self.new_key_button, self.since_last = bundles.key_field, bundles.new_key, bundles.since_last
        self.export_button, self.bundle_field, self.import_button = (bundles.export_button, bundles.bundle_field,
                                                                     bundles.import_button)
        bundles.key_browse.clicked.connect(self._on_key_browse_clicked)
        self.new_key_button.clicked.connect(self._on_new_key_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        bundles.bundle_browse.clicked.connect(self._on_bundle_browse_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.ways.addTab(other, self.tr("&Server or data file"))
        self.ways.addTab(bundles, self.tr("&Bundle (USB stick)"))

        self.progress = named(QProgressBar(), "syncProgress")
        self.progress.setRange(0, STEPS)
        describe_widget(self.progress, self.tr("Sync progress"), self.tr("How much of the sync is done."))
        self.cancel_button = named(QPushButton(self.tr("&Cancel")), "syncCancelButton")
        self.cancel_button.setAutoDefault(False)
        describe_widget(self.cancel_button, self.tr("Cancel the sync"),
                        self.tr("Stop the sync; nothing is changed in either place."))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._set_running(False)

        self.result_label = named(QLabel(), "syncResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result_label.setAccessibleName(self.tr("What the sync did"))
        self.duplicates = named(QLabel(), "syncDuplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setAccessibleName(self.tr("People possibly added twice"))
        self.duplicates.hide()

        self.conflict_model = SyncConflictModel(self)
        self.conflicts = named(QListView(), "syncConflicts")
        self.conflicts.setModel(self.conflict_model)
        self.conflicts.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.conflicts.setUniformItemSizes(True)
        describe_widget(self.conflicts, self.tr("Conflicts to settle"),
                        self.tr("Sections written on two computers at once. Press Enter to open one."))
        self.conflicts.activated.connect(self._on_conflicts_activated)
        self.conflicts.doubleClicked.connect(self._on_conflicts_activated)
        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setBuddy(self.conflicts)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(self.close_button, "syncCloseButton").setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.ways)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 4)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.refresh_conflicts()
        self.resize(760, 560)

    # -- the pages -----------------------------------------------------------------------------
    # -- state ---------------------------------------------------------------------------------
    def _has_written_bundle(self) -> bool:
        try:
            return self._sync.has_written_bundle()
        except AppError:
            return False

    def refresh_conflicts(self) -> None:
        """Fill the list with the conflicts still open (stored until settled)."""
        try:
            places = self._sync.conflict_places()
        except AppError as exc:
            self._say(exc.message)
            places = []
        self.conflict_model.set_places(places)
        if places:
            self.conflicts_label.setText(translate("SyncDialog", CONFLICTS_TO_SETTLE, "", len(places)))
        else:
            self.conflicts_label.setText(self.tr("No conflicts to settle."))
        self.conflicts.setVisible(bool(places))
        if places and self.conflicts.currentIndex().row() < 0:
            self.conflicts.setCurrentIndex(self.conflict_model.index(0))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.ways.setEnabled(not running)
        if running:
            self.progress.setValue(0)
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def running(self) -> bool:
        return self._worker.running

    def _say(self, text: str, error: bool = False) -> None:
        self.result_label.setStyleSheet("color: #a00000;" if error else "")
        self.result_label.setText(text)

    def _start(self, kind: str, details: object, job: Job) -> None:
        self._pending = (kind, details)
        self._say(self.tr("Working…"))
        self.duplicates.hide()
        self._set_running(True)
        self._worker.start(job, translate("SyncWording", wording.FAILURE))

    # -- the three ways ------------------------------------------------------------------------
    def _on_other_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a data file"), self.other_field.text(),
                                              self.tr("Facilitator data (*.sqlite3);;All files (*)"))
        if path:
            self.other_field.setText(path)

    def _on_with_clicked(self) -> None:
        text = self.other_field.text().strip()
        if not text:
            self._say(self.tr("Type a server address or choose a data file first."), error=True)
            self.other_field.setFocus()
            return
        try:
            target = self._other_target(text)
        except AppError as exc:
            self._release_other()
            self._say(exc.message, error=True)
            return
        remembered = wording.without_password(text)
        self._settings.setValue(OTHER_KEY, remembered)
        self.other_field.setText(remembered if is_server_url(text) else text)   # the password is not shown again
        store = self._services.store

        def job(progress: Progress) -> object:
            return sync_with_other(store, target, progress)

        self._start("with", text, job)

    def _other_target(self, text: str) -> str | Path:
        """The server URL, or the other data file: unlocked (asking its passphrase if need be) and locked."""
        if is_server_url(text):
            return text.strip()
        path = Path(text).expanduser().resolve()
        if not path.is_file():
            raise ValidationError(self.tr("There is no data file at {path}. Choose another file; nothing was "
                                          "changed.").format(path=wording.ltr(path)))
        if not self._services.store.is_server and path == self._services.store.path.resolve():
            raise ValidationError(self.tr("That is the data file this window has open. Choose another data file "
                                          "or the server; nothing was changed."))
        self._other_lock = acquire(path)   # not while another window has it open
        if unlocking.key_need(path) is unlocking.KeyNeed.PASSPHRASE:
            prepare_key(path, path.parent / "backups", self)
        return path

    def _release_other(self) -> None:
        if self._other_lock is not None:
            self._other_lock.release()
            self._other_lock = None

    def _key(self) -> bytes | None:
        text = self.key_field.text().strip()
        if not text:
            self._say(self.tr("Choose the organisation key file first, or make a new one."), error=True)
            self.key_field.setFocus()
            return None
        try:
            key = sync_bundle.read_key_file(Path(text).expanduser())
        except AppError as exc:
            self._say(exc.message, error=True)
            return None
        self._settings.setValue(KEY_FILE_KEY, text)
        return key

    def _on_key_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the organisation key"), self.key_field.text(),
                                              self.tr("Organisation keys (*.key);;All files (*)"))
        if path:
            self.key_field.setText(path)

    def _on_new_key_clicked(self) -> None:
        folder = Path(str(self._settings.value(BUNDLE_FOLDER_KEY, "") or Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new organisation key"),
                                              str(folder / "organisation.key"),
                                              self.tr("Organisation keys (*.key);;All files (*)"))
        if not path:
            return
        try:
            sync_bundle.new_key_file(Path(path))
        except AppError as exc:
            self._say(exc.message, error=True)
            return
        self.key_field.setText(path)
        self._settings.setValue(KEY_FILE_KEY, path)
        self._say(self.tr("Organisation key written to {path} (readable by you only). Copy it only to your "
                          "organisation's laptops: anyone holding it can read the bundles.").format(
            path=wording.ltr(path)))

    def _on_export_clicked(self) -> None:
        key = self._key()
        if key is None:
            return
        folder = Path(str(self._settings.value(BUNDLE_FOLDER_KEY, "") or Path.home()))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bundle as"),
                                                str(folder / sync_bundle.default_bundle_name(date.today())),
                                                self.tr("Facilitator bundles (*.fsync);;All files (*)"))
        if not chosen:
            return
        output = Path(chosen)
        self._settings.setValue(BUNDLE_FOLDER_KEY, str(output.parent))
        since_last = self.since_last.isChecked()
        sync = self._sync

        def job(progress: Progress) -> object:
            return sync.export_bundle(key, output, since_last=since_last, progress=progress)

        self._start("export", (output, since_last), job)

    def _on_bundle_browse_clicked(self) -> None:
        folder = str(self._settings.value(BUNDLE_FOLDER_KEY, "") or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the bundle"), folder,
                                              self.tr("Facilitator bundles (*.fsync);;All files (*)"))
        if path:
            self.bundle_field.setText(path)

    def _on_import_clicked(self) -> None:
        key = self._key()
        if key is None:
            return
        text = self.bundle_field.text().strip()
        if not text:
            self._say(self.tr("Choose the bundle file first."), error=True)
            self.bundle_field.setFocus()
            return
        source = Path(text).expanduser()
        self._settings.setValue(BUNDLE_FOLDER_KEY, str(source.parent))
        sync = self._sync

        def job(progress: Progress) -> object:
            return sync.import_bundle(key, source, progress=progress)

        self._start("import", source, job)

    # -- the worker's answers ------------------------------------------------------------------
    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Stopping…"))
        self._worker.request_stop()

    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(min(STEPS, done * STEPS // max(total, 1)))

    def _finish(self) -> tuple[str, object]:
        self._set_running(False)
        self._release_other()
        pending, self._pending = self._pending or ("", None), None
        return pending

    def _on_worker_finished(self, answer: object) -> None:
        kind, details = self._finish()
        reports: list[SyncReport] = []
        if kind == "with" and isinstance(answer, tuple):
            came, went = answer
            reports = [came, went]
            text = wording.synced_text(str(details), came, went)
        elif kind == "export" and isinstance(answer, OutgoingChanges) and isinstance(details, tuple):
            output, since_last = details
            text = wording.exported_text(output, answer, since_last)
            self.since_last.setChecked(True)
        elif isinstance(answer, SyncReport) and isinstance(details, Path):
            reports = [answer]
            text = wording.imported_text(details, answer)
        else:
            text = ""
        conflicts = sum(r.conflicts for r in reports)
        if conflicts:
            text += "\n" + wording.conflicts_hint(conflicts)
        self._say(text)
        duplicates = wording.duplicates_text(reports[:1])   # those that came in here
        self.duplicates.setText(duplicates)
        self.duplicates.setVisible(bool(duplicates))
        self.refresh_conflicts()
        self.synced.emit()

    def _on_worker_failed(self, message: str) -> None:
        self._finish()
        self._say(message, error=True)

    def _on_worker_cancelled(self) -> None:
        self._finish()
        self._say(translate("SyncWording", wording.CANCELLED))

    def _on_conflicts_activated(self, index: QModelIndex) -> None:
        meeting = self.conflict_model.meeting_at(index.row())
        if meeting is not None:
            self.session_requested.emit(meeting)
            self.accept()

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.running:   # Escape while working asks to stop; the dialog stays to say how it ended
            self._on_cancel_clicked()
            return
        super().reject()

    def shutdown(self) -> None:
        """Stop a running job and wait for it (the window is closing)."""
        self._worker.request_stop()
        self._worker.wait()
        self._release_other()
