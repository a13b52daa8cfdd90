"""Reading or importing a member file on a worker thread, with progress and a stop flag.

The worker only calls the service; every answer comes back as a queued signal, so no widget
is touched from the worker thread. Each job has its own stop flag. A job that is replaced
or cancelled reports nothing; a job asked to stop (``request_stop``) still answers, so an
import that finished just before the request is never hidden.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from facilitator_app.errors import AppError
from facilitator_app.services.member_import import ImportCancelled

log = logging.getLogger(__name__)

# call(progress=..., cancelled=...): a service call with its other arguments bound.
Call = Callable[..., object]


class _Signals(QObject):
    progressed = Signal(int, int, int)     # job, bytes read, bytes in all
    finished = Signal(int, object)         # job, what the call returned
    failed = Signal(int, str)              # job, a sentence for people
    stopped = Signal(int)                  # job


class _Job(QRunnable):
    def __init__(self, number: int, call: Call, failure: str, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._number, self._call, self._failure = number, call, failure
        self._signals, self._stop = signals, stop

    def run(self) -> None:
        number, signals = self._number, self._signals
        try:
            answer = self._call(cancelled=self._stop.is_set,
                                progress=lambda done, total: signals.progressed.emit(number, done, total))
        except ImportCancelled:
            signals.stopped.emit(number)
        except AppError as exc:
            signals.failed.emit(number, exc.message)
        except Exception:  # the worker must always answer, or the dialog would wait for ever
            log.exception("a member import job failed")
            signals.failed.emit(number, self._failure)
        else:
            signals.finished.emit(number, answer)


class ImportWorker(QObject):
    """Runs one job at a time off the GUI thread and passes on the current job's answers."""

    progressed = Signal(int, int)      # bytes read, bytes in all
    finished = Signal(object)          # what the call returned
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._on_signals_progressed)
        self._signals.finished.connect(self._on_signals_finished)
        self._signals.failed.connect(self._on_signals_failed)
        self._signals.stopped.connect(self._on_signals_stopped)
        self._number = 0
        self._stop: threading.Event | None = None

    @property
    def running(self) -> bool:
        return self._stop is not None

    def start(self, call: Call, failure: str) -> None:
        """Run ``call`` (replacing the job running, whose answers are dropped); ``failure`` is
        the sentence shown if it fails unexpectedly."""
        self.abandon()
        self._number += 1
        self._stop = threading.Event()
        self._pool.start(_Job(self._number, call, failure, self._signals, self._stop))

    def cancel(self) -> None:
        """Stop the job and drop its answers; ``stopped`` follows at once."""
        if self._stop is not None:
            self.abandon()
            self.stopped.emit()

    def abandon(self) -> None:
        """Stop the job and drop its answers, saying nothing."""
        if self._stop is not None:
            self._stop.set()
            self._stop = None
            self._number += 1

    def request_stop(self) -> None:
        """Ask the job to stop; it still answers (``stopped``, or ``finished`` if it was too late)."""
        if self._stop is not None:
            self._stop.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the worker to finish (after ``abandon``)."""
        return self._pool.waitForDone(msecs)

    def _current(self, number: int) -> bool:
        return number == self._number and self._stop is not None

    def _on_signals_progressed(self, number: int, done: int, total: int) -> None:
        if self._current(number):
            self.progressed.emit(done, total)

    def _on_signals_finished(self, number: int, answer: object) -> None:
        if self._current(number):
            self._stop = None
            self.finished.emit(answer)

    def _on_signals_failed(self, number: int, message: str) -> None:
        if self._current(number):
            self._stop = None
            self.failed.emit(message)

    def _on_signals_stopped(self, number: int) -> None:
        if self._current(number):
            self._stop = None
            self.stopped.emit()
