"""Ending the app cleanly when the system asks it to (SIGTERM, SIGINT, SIGHUP).

By default those signals end the process on the spot, so the window never closes its data
file and a ``--demo`` run leaves its throwaway folder of sample data behind. Here they
close every window and leave the event loop, so the normal clean-up runs.

Python runs its signal handlers only between bytecodes, and the Qt event loop is C++
that may sleep for minutes. So the C-level handler also writes the signal's number to a
socket (``signal.set_wakeup_fd``), and a ``QSocketNotifier`` on the other end wakes the
event loop, which then runs ``_on_notifier_activated`` in Python.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


def _ignore_until_the_loop_wakes(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the work is done in the event loop (see the module docstring)."""


class QuitOnSignal(QObject):
    """While installed, SIGTERM, SIGINT and SIGHUP close every window and quit the app."""

    def __init__(self, app: QApplication, quit_app: Callable[[int], None] | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._quit_app = quit_app or self._close_windows_and_quit
        self._requested = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Any] = {sig: signal.signal(sig, _ignore_until_the_loop_wakes)
                                          for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_notifier_activated(self) -> None:
        received = b""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while chunk := self._reader.recv(64):
                received += chunk
        signals = [number for number in received if number in QUIT_SIGNALS]
        if signals:
            self._requested = True
            log.info("received %s: closing the windows and quitting", signal.Signals(signals[0]).name)
            self._quit_app(signals[0])

    @property
    def requested(self) -> bool:
        """Whether a signal has asked the app to end. ``QApplication.quit()`` does nothing before the
        event loop runs, so a signal that lands while a dialog shown at start (the passphrase) is open
        is remembered here: the caller must not start the loop, nor show more dialogs."""
        return self._requested

    def _close_windows_and_quit(self, _signum: int) -> None:
        self._app.closeAllWindows()  # each window saves and closes its data file (closeEvent)
        self._app.quit()

    def uninstall(self) -> None:
        """Put back the handlers that were there before."""
        self._notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
