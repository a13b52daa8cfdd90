"""Running one sync, bundle export or bundle import off the GUI thread, with progress and a stop.

The job is handed ``progress(done, total)``: it passes the progress on as a queued signal, and
once a stop was asked for it raises ``SyncCancelled`` instead, inside the service's transaction,
so the store rolls back. Unlike the member import's worker, a stop is never reported before the
job has really ended: "nothing was changed" is only said once it is true (and a job that had
already committed reports its result instead).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from facilitator_app.errors import AppError
from facilitator_app.services.sync import Progress, SyncCancelled

log = logging.getLogger(__name__)

Job = Callable[[Progress], object]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Run(QRunnable):
    def __init__(self, job: Job, failure: str, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._job, self._failure, self._signals, self._stop = job, failure, signals, stop

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise SyncCancelled
        self._signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            answer = self._job(self._progress)
        except SyncCancelled:
            self._signals.cancelled.emit()
        except AppError as exc:
            self._signals.failed.emit(exc.message)
        except Exception:   # the worker must always answer, or the dialog would wait for ever
            log.exception("a sync job failed")
            self._signals.failed.emit(self._failure)
        else:
            self._signals.finished.emit(answer)


class SyncWorker(QObject):
    """One job at a time; its answers arrive on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop: threading.Event | None = None
        self._signals = _Signals(self)
        self._signals.progressed.connect(self.progressed)
        self._signals.finished.connect(self._on_signals_finished)
        self._signals.failed.connect(self._on_signals_failed)
        self._signals.cancelled.connect(self._on_signals_cancelled)

    @property
    def running(self) -> bool:
        return self._stop is not None

    def start(self, job: Job, failure: str) -> None:
        """Run ``job``; ``failure`` is the sentence shown if it fails unexpectedly."""
        if self._stop is not None:
            raise RuntimeError("a sync job is already running")
        self._stop = threading.Event()
        self._pool.start(_Run(job, failure, self._signals, self._stop))

    def request_stop(self) -> None:
        """Ask the job to stop at its next step; ``cancelled`` (or ``finished``, if too late) follows."""
        if self._stop is not None:
            self._stop.set()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_signals_finished(self, answer: object) -> None:
        self._stop = None
        self.finished.emit(answer)

    def _on_signals_failed(self, message: str) -> None:
        self._stop = None
        self.failed.emit(message)

    def _on_signals_cancelled(self) -> None:
        self._stop = None
        self.cancelled.emit()
