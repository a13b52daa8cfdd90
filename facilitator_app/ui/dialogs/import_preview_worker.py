"""Reading a member file for the preview on a worker thread, with progress and cancel.

The worker only calls the service; every result comes back to the dialog as a queued
signal, so no widget is touched from the worker thread. Each reading has its own stop
flag, and a reading that was replaced or cancelled reports nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from facilitator_app.errors import AppError
from facilitator_app.services.member_import import ImportCancelled, ImportPreview

log = logging.getLogger(__name__)

Mapping = dict[str, tuple[int, ...]]
# preview_fn(path, mapping, progress=..., cancelled=...): the import service's ``preview``.
PreviewFn = Callable[..., ImportPreview]
UNEXPECTED = ("The file could not be read because of an unexpected problem. It has been written to the log; "
              "try again, or save the file again as CSV UTF-8.")


class _Signals(QObject):
    progressed = Signal(int, int, int)     # reading, bytes read, bytes in all
    finished = Signal(int, object)         # reading, ImportPreview
    failed = Signal(int, str)              # reading, a sentence for people
    stopped = Signal(int)                  # reading


class _Reading(QRunnable):
    def __init__(self, number: int, fn: PreviewFn, path: Path, mapping: Mapping | None, signals: _Signals,
                 stop: threading.Event) -> None:
        super().__init__()
        self._number, self._fn, self._path, self._mapping = number, fn, path, mapping
        self._signals, self._stop = signals, stop

    def run(self) -> None:
        number, signals = self._number, self._signals
        try:
            preview = self._fn(self._path, self._mapping, cancelled=self._stop.is_set,
                               progress=lambda done, total: signals.progressed.emit(number, done, total))
        except ImportCancelled:
            signals.stopped.emit(number)
        except AppError as exc:
            signals.failed.emit(number, exc.message)
        except Exception:  # the worker must always answer, or the dialog would wait for ever
            log.exception("reading %s for the import preview failed", self._path)
            signals.failed.emit(number, UNEXPECTED)
        else:
            signals.finished.emit(number, preview)


class PreviewReader(QObject):
    """Runs one preview at a time off the GUI thread; a new one replaces the one running."""

    progressed = Signal(int, int)      # bytes read, bytes in all
    finished = Signal(object)          # ImportPreview
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, fn: PreviewFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
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

    def start(self, path: Path, mapping: Mapping | None) -> None:
        self.cancel(quietly=True)
        self._number += 1
        self._stop = threading.Event()
        self._pool.start(_Reading(self._number, self._fn, path, mapping, self._signals, self._stop))

    def cancel(self, quietly: bool = False) -> None:
        """Stop the reading in progress; ``stopped`` follows unless ``quietly``."""
        if self._stop is None:
            return
        self._stop.set()
        self._stop = None
        if quietly:
            self._number += 1  # its answers no longer match
        else:
            self.stopped.emit()
            self._number += 1

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the worker to let go of the file (after ``cancel``)."""
        return self._pool.waitForDone(msecs)

    def _current(self, number: int) -> bool:
        return number == self._number and self._stop is not None

    def _on_signals_progressed(self, number: int, done: int, total: int) -> None:
        if self._current(number):
            self.progressed.emit(done, total)

    def _on_signals_finished(self, number: int, preview: object) -> None:
        if self._current(number):
            self._stop = None
            self.finished.emit(preview)

    def _on_signals_failed(self, number: int, message: str) -> None:
        if self._current(number):
            self._stop = None
            self.failed.emit(message)

    def _on_signals_stopped(self, number: int) -> None:
        if self._current(number):  # stopped by the service's own check: say so once
            self._stop = None
            self.stopped.emit()
