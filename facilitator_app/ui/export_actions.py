"""Export… and Print… in the window: one QAction per document, a dialog, and the work off the GUI thread.

Every export runs on a worker thread (a QThreadPool of one), so the window stays responsive while
a long one (a pack of many handouts) is made. The worker never touches a widget: it reports progress and its outcome
through signals, which Qt delivers on the GUI thread. A progress dialog with Cancel appears when
an export takes longer than a moment; Cancel sets a flag the exporter polls between steps, and a
cancelled export leaves no file behind (the exporters write a temporary file and rename it).

Python's garbage collector runs on whichever thread happens to allocate, and collecting a
Python-owned Qt object there deletes it off the GUI thread (a crash, seen in testing). So while
an export runs, automatic collection is paused, and resumed on the GUI thread when it ends.

The worker reads through the window's own services: a file store's SQLAlchemy engine uses a
QueuePool with ``check_same_thread=False`` (SQLAlchemy's default for SQLite files), so each
thread checks out its own connection, and WAL lets the GUI thread keep writing meanwhile.

Printing exports the document to a private temporary folder, then paints each page, rendered by
pdfium, onto the printer chosen in the system print dialog (``ui.printing``); the file is removed
afterwards.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from facilitator_app.domain.records import GroupRecord, MeetingRecord, MemberRecord
from facilitator_app.errors import AppError
from facilitator_app.export.kinds import KINDS, ExportKind, ExportRequest, exporter
from facilitator_app.export.progress import CancelCheck, ExportCancelled
from facilitator_app.ui.actions import make_action as _action
from facilitator_app.ui.export_messages import kind_label, not_opened_message, printed_message, saved_message
from facilitator_app.ui.naming import named

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from facilitator_app.ui.dialogs.export_dialog import ExportDialog

log = logging.getLogger(__name__)

# A progress dialog appears only if an export is still running after this long, so quick ones
# (most documents take well under a second) do not flash a window.
SHOW_PROGRESS_AFTER_MS = 400


def _level(kind: ExportKind, options: Any) -> object:
    """The names level an export ran at, for the audit trail (the kind's default when the options have none)."""
    return getattr(options, "names", None) or kind.spec.default_level


def open_local_file(path: Path) -> bool:
    """Open a file the app wrote in the system's viewer (a local file: no network is involved)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --------------------------------------------------------------------------- the worker
class _JobSignals(QObject):
    """The worker's voice: emitted on the worker thread, delivered on the GUI thread.

    One instance lives as long as the actions (a child of them, made after the thread pool, so
    the pool's destructor waits for a running job before this object goes). Each signal carries
    the job's number, so a late signal from an earlier job is ignored.
    """

    progressed = Signal(int, int, int)   # job, done, total
    succeeded = Signal(int, object)      # job, ExportResult
    failed = Signal(int, str)            # job, an AppError's message
    cancelled = Signal(int)              # job
    crashed = Signal(int, object)        # job, an unexpected exception (re-raised on the GUI thread)


@dataclass(eq=False)
class _ExportJob:
    """Runs one exporter on the worker thread; reports through ``signals`` only (no widget is touched).

    A plain callable rather than a QRunnable: nothing Qt is created or destroyed with it, so
    nothing Qt is ever deleted from the worker thread.
    """

    number: int
    signals: _JobSignals
    services: Any
    kind: ExportKind
    options: Any
    target: Path
    extra_cancel: CancelCheck | None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    def _should_cancel(self) -> bool:
        if self._cancel.is_set():
            return True
        return bool(self.extra_cancel is not None and self.extra_cancel()) or self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progressed.emit(self.number, done, total)

    def __call__(self) -> None:
        number, signals = self.number, self.signals
        try:
            result = exporter(self.kind)(self.services, self.options, self.target,
                                          progress=self._progress, should_cancel=self._should_cancel)
        except ExportCancelled:
            signals.cancelled.emit(number)
        except AppError as exc:
            log.info("Export of %s failed: %s (%s)", self.kind.value, exc.message, exc.detail or "")
            signals.failed.emit(number, exc.message)
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread's exception hook)
            signals.crashed.emit(number, exc)
        else:
            signals.succeeded.emit(number, result)


@dataclass
class _Running:
    job: _ExportJob
    kind: ExportKind
    on_success: Callable[[Any], None]
    cleanup: Callable[[], None]
    progress: QProgressDialog


# --------------------------------------------------------------------------- the actions
class ExportActions(QObject):
    """Export… and Print… for the session, the group, the selected member and the handouts."""

    error_raised = Signal(str)
    status_message = Signal(str)
    export_finished = Signal(str, object)   # kind, ExportResult: the file is in place
    print_finished = Signal(str, int)       # kind, pages sent to the printer
    export_ended = Signal()                 # after any outcome: success, failure, Cancel

    def __init__(self, services: Any, window: QWidget,
                 current_group: Callable[[], GroupRecord | None],
                 current_meeting: Callable[[], MeetingRecord | None],
                 current_member: Callable[[], MemberRecord | None],
                 settings: QSettings | None = None, documents_dir: Path | None = None) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._group = current_group
        self._meeting = current_meeting
        self._member = current_member
        self._settings = settings
        self._documents_dir = documents_dir
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)   # after the pool: see _JobSignals
        self._signals.progressed.connect(self._on_job_progressed)
        self._signals.succeeded.connect(self._on_job_succeeded)
        self._signals.failed.connect(self._on_job_failed)
        self._signals.cancelled.connect(self._on_job_cancelled)
        self._signals.crashed.connect(self._on_job_crashed)
        self._jobs = 0
        self._running: _Running | None = None
        self._gc_was_enabled = True
        # Seams: how a file is opened afterwards, and how the dialog is asked (tests answer it).
        self.open_file: Callable[[Path], bool] = open_local_file
        self.ask: Callable[[ExportDialog], ExportRequest | None] = _ask_modally

        # One Export… action per kind, and a Print… action where the kind has one, all from the registry.
        self.exports: dict[ExportKind, QAction] = {}
        self.prints: dict[ExportKind, QAction] = {}
        self._menus: dict[str, list[QAction]] = {"session": [], "group": [], "member": []}
        for spec in KINDS:
            for texts, actions, run in ((spec.export_action, self.exports, self.export_from_dialog),
                                        (spec.print_action, self.prints, self.print_from_dialog)):
                if texts is not None:
                    key = getattr(QKeySequence.StandardKey, texts.standard_key) if texts.standard_key else None
                    actions[spec.kind] = _action(self, kind_label(texts.text), texts.object_name,
                                                 _for_kind(run, spec.kind), key, tip=kind_label(texts.tip))
                    self._menus[spec.menu].append(actions[spec.kind])
        self.export_member_record = self._menus["member"][0]   # the roster's context menu offers it
        self.update_enabled()

    # -- public --------------------------------------------------------------------------------
    @property
    def session_actions(self) -> list[QAction]:
        return list(self._menus["session"])

    @property
    def group_actions(self) -> list[QAction]:
        return list(self._menus["group"])

    @property
    def all_actions(self) -> list[QAction]:
        return [*self.session_actions, *self.group_actions, *self._menus["member"]]

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The running export's progress dialog (hidden until the export has taken a moment)."""
        return self._running.progress if self._running is not None else None

    def update_enabled(self) -> None:
        idle = self._running is None
        meeting, group, member = self._meeting(), self._group(), self._member()
        for menu, selected in (("session", meeting), ("group", group), ("member", member)):
            for action in self._menus[menu]:
                action.setEnabled(idle and selected is not None)

    def export_from_dialog(self, kind: ExportKind) -> None:
        """Ask for the options in the export dialog, then export."""
        dialog = self._dialog(kind, for_print=False)
        if dialog is None:
            return
        request = self.ask(dialog)
        dialog.deleteLater()
        if request is not None and request.target is not None:
            self.run_export(request.kind, request.options, request.target, request.open_after)

    def print_from_dialog(self, kind: ExportKind) -> None:
        """Ask for the options (no file), then print through the system print dialog."""
        dialog = self._dialog(kind, for_print=True)
        if dialog is None:
            return
        request = self.ask(dialog)
        dialog.deleteLater()
        if request is not None:
            self.print_document(request.kind, request.options)

    def run_export(self, kind: ExportKind, options: Any, target: Path, open_after: bool = False, *,
                   should_cancel: CancelCheck | None = None) -> bool:
        """Export ``kind`` with ``options`` to ``target`` off the GUI thread; False if another export
        is still running. ``should_cancel`` is polled along with the progress dialog's Cancel."""
        kind = ExportKind(kind)

        def saved(result: Any) -> None:
            self._services.audit.record_export(kind.value, _level(kind, options), pages=result.pages)
            self.status_message.emit(saved_message(kind.label, result))
            if open_after and not self.open_file(Path(result.path)):
                self.status_message.emit(not_opened_message(kind.label, result.path))
            self.export_finished.emit(kind.value, result)

        return self._start(kind, options, Path(target), saved, lambda: None, should_cancel)

    def print_document(self, kind: ExportKind, options: Any, printer: QPrinter | None = None, *,
                       should_cancel: CancelCheck | None = None) -> bool:
        """Export ``kind`` to a private temporary file, then print it: on ``printer`` as it is, or, when
        None, on the printer chosen in the system print dialog. The temporary file is removed after."""
        kind = ExportKind(kind)
        folder = Path(tempfile.mkdtemp(prefix="facilitator-print-"))

        def cleanup() -> None:
            shutil.rmtree(folder, ignore_errors=True)

        def printed(result: Any) -> None:
            try:
                pages = self._print_file(kind, Path(result.path), result.pages, printer)
            finally:
                cleanup()
            if pages:
                self._services.audit.record_export(kind.value, _level(kind, options), printed=True, pages=pages)
                self.status_message.emit(printed_message(kind.label, pages))
                self.print_finished.emit(kind.value, pages)

        started = self._start(kind, options, folder / f"{kind.value}.pdf", printed, cleanup, should_cancel)
        if not started:
            cleanup()
        return started

    def cancel_export(self) -> None:
        """Ask the running export to stop at its next step (what the progress dialog's Cancel does)."""
        if self._running is not None:
            self._running.job.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel any running export and wait for the worker: call before the store is closed."""
        self.cancel_export()
        return self._pool.waitForDone(timeout_ms)

    # -- dialogs -------------------------------------------------------------------------------
    def _dialog(self, kind: ExportKind, for_print: bool) -> ExportDialog | None:
        from facilitator_app.ui.dialogs.export_dialog import ExportDialog
        from facilitator_app.ui.dialogs.export_fields import DIALOG_INPUTS

        spec = kind.spec
        group, meeting, member = self._group(), self._meeting(), self._member()
        inputs: dict[str, Any] = {}
        try:
            if spec.menu == "session":
                if meeting is None:
                    return None
                if group is None or group.id != meeting.group_id:
                    group = self._services.groups.get_group(meeting.group_id)
            elif spec.menu == "member":
                if member is None:
                    return None
            elif group is None:
                return None
            gather = DIALOG_INPUTS.get(spec.dialog_fields)
            if gather is not None:
                inputs = gather(self._services, group, meeting)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return None
        hook = spec.preview()
        services = self._services

        def preview(options: Any) -> Any:
            assert hook is not None
            return hook(services, options)

        return ExportDialog(kind, group=group, meeting=meeting, member=member, settings=self._settings,
                            documents_dir=self._documents_dir, for_print=for_print, parent=self._window,
                            preview=preview if hook is not None else None, **inputs)

    # -- running -------------------------------------------------------------------------------
    def _start(self, kind: ExportKind, options: Any, target: Path, on_success: Callable[[Any], None],
               cleanup: Callable[[], None], should_cancel: CancelCheck | None) -> bool:
        if self._running is not None:
            self.status_message.emit(self.tr("Another export is still running; try again when it has finished."))
            return False
        self._jobs += 1
        job = _ExportJob(self._jobs, self._signals, self._services, kind, options, target, should_cancel)
        progress = self._progress_dialog(kind)
        progress.canceled.connect(self._on_progress_canceled)
        self._running = _Running(job, kind, on_success, cleanup, progress)
        self.update_enabled()
        self._gc_was_enabled = gc.isenabled()
        gc.disable()   # see the module's docstring: no collection on the worker thread
        self._pool.start(job)
        return True

    def _progress_dialog(self, kind: ExportKind) -> QProgressDialog:
        what = kind_label(kind.label).lower()
        dialog = QProgressDialog(self.tr("Preparing the {what}…").format(what=what), "", 0, 0, self._window)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(kind_label(kind.label))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumWidth(380)
        dialog.setAccessibleName(self.tr("Preparing the {what}").format(what=what))
        cancel = named(QPushButton(self.tr("Cancel")), "exportProgressCancel")
        cancel.setAccessibleName(self.tr("Cancel the export"))
        cancel.setToolTip(self.tr("Stop now: no file is written"))
        dialog.setCancelButton(cancel)
        return dialog

    def _finish(self, number: int) -> _Running | None:
        """The running export, now finished; None for a late signal of an export already handled."""
        running = self._running
        if running is None or running.job.number != number:
            return None
        self._running = None
        if self._gc_was_enabled:
            gc.enable()
        running.progress.canceled.disconnect(self._on_progress_canceled)
        running.progress.reset()
        running.progress.hide()
        running.progress.deleteLater()
        self.update_enabled()
        return running

    def _on_progress_canceled(self) -> None:
        if self._running is not None:
            self._running.job.cancel()
            self.status_message.emit(self.tr("Cancelling the export…"))

    def _on_job_progressed(self, number: int, done: int, total: int) -> None:
        if self._running is None or self._running.job.number != number:
            return
        progress = self._running.progress
        if progress.maximum() != total:
            progress.setMaximum(total)
        progress.setValue(min(done, total))

    def _on_job_succeeded(self, number: int, result: Any) -> None:
        running = self._finish(number)
        if running is None:
            return
        try:
            running.on_success(result)
        except AppError as exc:
            self.error_raised.emit(exc.message)
        finally:
            self.export_ended.emit()

    def _on_job_failed(self, number: int, message: str) -> None:
        running = self._finish(number)
        if running is None:
            return
        running.cleanup()
        self.error_raised.emit(message)
        self.export_ended.emit()

    def _on_job_cancelled(self, number: int) -> None:
        running = self._finish(number)
        if running is None:
            return
        running.cleanup()
        self.status_message.emit(ExportCancelled().message)
        self.export_ended.emit()

    def _on_job_crashed(self, number: int, exc: BaseException) -> None:
        running = self._finish(number)
        if running is not None:
            with contextlib.suppress(Exception):
                running.cleanup()
            self.export_ended.emit()
        raise exc   # a bug: the global exception hook logs it and shows the crash dialog

    # -- printing ------------------------------------------------------------------------------
    def _print_file(self, kind: ExportKind, path: Path, pages: int, printer: QPrinter | None) -> int:
        """Print ``path``; the number of pages printed (0 when the person closed the print dialog)."""
        from facilitator_app.ui.printing import choose_printer, print_pdf, printed_range

        first, last = 1, max(1, pages)
        if printer is None:
            printer = choose_printer(self._window, path, kind.label, pages)
            if printer is None:
                self.status_message.emit(self.tr("Printing cancelled; nothing was sent to the printer."))
                return 0
            first, last = printed_range(printer, pages)
        else:
            printer.setDocName(kind.label)
        return print_pdf(path, printer, first, last)


def _for_kind(run: Callable[[ExportKind], None], kind: ExportKind) -> Callable[[], None]:
    """An action's slot: ``run(kind)``."""
    return lambda: run(kind)


def _ask_modally(dialog: ExportDialog) -> ExportRequest | None:
    return dialog.result_value if dialog.exec() else None  # type: ignore[return-value]
