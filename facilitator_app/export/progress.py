"""Progress and Cancel for long exports, without any Qt: two plain callables.

``progress(done, total)`` is called as work advances; ``should_cancel()`` is polled between
steps, and a True answer raises :class:`ExportCancelled`, which leaves no file behind.
The window runs exports off the GUI thread, so both callables must be thread-safe there
(emit a signal, read a flag): they are called from the exporting thread.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator_app.errors import AppError

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportCancelled(AppError):
    """The person pressed Cancel: nothing was written. Catch it before AppError to stay quiet."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


class Steps:
    """Counts the steps of one export and reports them; checks for Cancel at each one."""

    def __init__(self, total: int, progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> None:
        self.total = max(1, total)
        self.done = 0
        self._progress = progress
        self._should_cancel = should_cancel

    def check(self) -> None:
        if self._should_cancel is not None and self._should_cancel():
            raise ExportCancelled()

    def advance(self, steps: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + steps)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def start(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(0, self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)
