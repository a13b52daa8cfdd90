"""Garbage collection only on the GUI thread.

Python collects cycles on whichever thread happens to be allocating. When that is a
worker (an export, a backup), the collector can destroy a Qt object that belongs to the GUI
thread from the wrong thread, and the app crashes later. So automatic collection stays
off, and a timer on the GUI thread does the same work at the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class MainThreadGarbageCollector(QObject):
    """Collects the generations whose thresholds are passed, from a GUI-thread timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
