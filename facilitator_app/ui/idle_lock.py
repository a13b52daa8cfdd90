"""Idle detection: no key press, click or mouse movement anywhere in the app for N minutes.

An application-wide event filter restarts one single-shot timer on input; when the timer
runs out, ``idle`` is emitted (the window then locks). Any window and dialog of the app
counts, so typing in a dialog keeps the window unlocked.

A filter written in Python costs about 2 µs on every event the app handles (paints, timers,
layout), not only on input. So it listens only when it needs to: after an input it steps
aside for ``LISTEN_PAUSE_MS`` (the countdown has just started afresh, and input in those
seconds would only restart it again), and it starts listening a moment after the window
opens, not during start-up. The window therefore locks between N minutes and N minutes less
two seconds after the last input.

The number of minutes is a setting (``lock/idle_minutes``; 0 turns the idle lock off) with a
default of 5: a laptop left on a table in a community hall locks before long.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal

IDLE_MINUTES_KEY = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 5.0
MAX_IDLE_MINUTES = 24 * 60
LISTEN_PAUSE_MS = 2000
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


def idle_minutes(settings: QSettings) -> float:
    """The setting, in minutes (fractions allowed, for tests); 0 when the idle lock is off.

    Anything unreadable means the default: a damaged settings file must not turn the lock off.
    """
    value = settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    if minutes != minutes or minutes < 0:  # NaN or negative
        return DEFAULT_IDLE_MINUTES
    return min(minutes, MAX_IDLE_MINUTES)


class IdleWatcher(QObject):
    """Emits ``idle`` after the set number of minutes without input anywhere in the app."""

    idle = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        # When to listen for input again (after an input, and once after start-up).
        self.listen_timer = QTimer(self)
        self.listen_timer.setSingleShot(True)
        self.listen_timer.setInterval(LISTEN_PAUSE_MS)
        self.listen_timer.timeout.connect(self._listen)
        self._paused = False
        self._listening = False
        self.apply_setting()

    @property
    def minutes(self) -> float:
        return idle_minutes(self._settings)

    @property
    def listening(self) -> bool:
        """Whether the app's input is watched right now (for tests)."""
        return self._listening

    def set_minutes(self, minutes: float) -> None:
        """Store the setting (0: off) and start counting afresh."""
        self._settings.setValue(IDLE_MINUTES_KEY, minutes)
        self._settings.sync()
        self.apply_setting()

    def apply_setting(self) -> None:
        minutes = self.minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(max(1, round(minutes * 60_000)))
        if minutes > 0 and not self._paused:
            self.timer.start()
            if not self._listening:
                self.listen_timer.start()
        else:
            self._stop_listening()

    def pause(self) -> None:
        """No counting while the window is locked already."""
        self._paused = True
        self.timer.stop()
        self._stop_listening()

    def resume(self) -> None:
        self._paused = False
        self.apply_setting()

    def stop(self) -> None:
        """Stop for good (the window is closing)."""
        self.pause()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.timer.start()  # the countdown starts afresh
            self._stop_listening()
            self.listen_timer.start()
        return False

    def _listen(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._listening and not self._paused and self.timer.isActive():
            app.installEventFilter(self)
            self._listening = True

    def _stop_listening(self) -> None:
        self.listen_timer.stop()
        if self._listening:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)  # safe from inside eventFilter too
            self._listening = False
