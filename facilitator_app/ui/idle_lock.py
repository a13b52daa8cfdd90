"""Idle detection: no key press, click or mouse movement anywhere in the app for N minutes.

An application-wide event filter restarts one single-shot timer on each input event; when
the timer runs out, ``idle`` is emitted (the window then locks). Any window and dialog of
the app counts, so typing in a dialog keeps the window unlocked.

The number of minutes is a setting (``lock/idle_minutes``; 0 turns the idle lock off) with a
default of 5: a laptop left on a table in a community hall locks before long.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal

IDLE_MINUTES_KEY = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 5.0
MAX_IDLE_MINUTES = 24 * 60
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
        self._paused = False
        self._counting = False   # cheap to test on every event
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.apply_setting()

    @property
    def minutes(self) -> float:
        return idle_minutes(self._settings)

    def set_minutes(self, minutes: float) -> None:
        """Store the setting (0: off) and start counting afresh."""
        self._settings.setValue(IDLE_MINUTES_KEY, minutes)
        self._settings.sync()
        self.apply_setting()

    def apply_setting(self) -> None:
        minutes = self.minutes
        self.timer.stop()
        self._counting = minutes > 0 and not self._paused
        if minutes > 0:
            self.timer.setInterval(max(1, round(minutes * 60_000)))
        if self._counting:
            self.timer.start()

    def pause(self) -> None:
        """No counting while the window is locked already."""
        self._paused = True
        self._counting = False
        self.timer.stop()

    def resume(self) -> None:
        self._paused = False
        self.apply_setting()

    def stop(self) -> None:
        """Stop for good (the window is closing)."""
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._counting and event.type() in _INPUT:
            self.timer.start()  # restarts the countdown
        return False
