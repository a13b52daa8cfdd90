"""Locking the window: after idle minutes or on Ctrl+L, nothing personal stays on screen.

``ScreenLock`` switches the window's central stack to the lock screen, so every view with
data is hidden (not just covered); hides the window's dialogs and popups (a dialog waiting in
``exec()`` keeps waiting, with what was typed in it); titles the window "Facilitator — locked";
hides the status bar (its messages name people); and turns off the menus and the window's
shortcuts. Nothing is closed or cleared, so unsaved typing is still there after unlocking, and
the keyboard goes back where it was.

The passphrase check is injected (``unlock_check``; None when the data file has no
passphrase, and the button alone unlocks). Each wrong passphrase is counted, reported to
``on_failed_unlock`` (the audit trail: it gets the number of failures in a row, never the text
typed) and makes the next try wait longer, with the field disabled meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolTip,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.errors import AppError
from facilitator_app.ui.idle_lock import MAX_IDLE_MINUTES, IdleWatcher
from facilitator_app.ui.language import translate
from facilitator_app.ui.lock_screen import LockScreen
from facilitator_app.ui.naming import named

log = logging.getLogger(__name__)

LOCKED_TITLE = f"{APP_NAME} — locked"
MAX_DELAY_SECONDS = 60

UnlockCheck = Callable[[str], bool]
FailedUnlock = Callable[[int], None]


def unlock_delay_seconds(failures: int) -> int:
    """How long the field stays disabled after ``failures`` wrong passphrases in a row: 1, 2, 4, …
    seconds, at most a minute (a typo costs a second; guessing costs hours)."""
    if failures <= 0:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** min(failures - 1, 16))


def _alive(obj: QObject) -> bool:
    """Whether Qt's object behind ``obj`` still exists (a dialog may be deleted while hidden)."""
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


def _seconds(n: int) -> str:
    return translate("ScreenLock", "%n second(s)", "", n)


class ScreenLock(QObject):
    """Locks and unlocks one main window (see the module docstring)."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, stack: QStackedWidget, settings: QSettings, *,
                 unlock_check: UnlockCheck | None = None, on_failed_unlock: FailedUnlock | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._check = unlock_check
        self._on_failed = on_failed_unlock
        self._locked = False
        self._title = window.windowTitle()
        self._focus: QWidget | None = None
        self._hidden_windows: list[QWidget] = []
        self._switched_off: list[QAction | QShortcut] = []
        self._status_bar_shown = True
        self.failures = 0

        self.screen = LockScreen()
        stack.addWidget(self.screen)
        self.watcher = IdleWatcher(settings, self)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)

        self.lock_action = named(QAction(self.tr("&Lock"), self), "lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the window: hide everything until the passphrase is typed"))
        self.lock_action.setStatusTip(self.lock_action.toolTip())
        # On the window as well as in the File menu: Ctrl+L works wherever the keyboard is.
        window.addAction(self.lock_action)
        self.lock_after_action = named(QAction(self.tr("Lock a&fter…"), self), "lockAfterAction")
        self.lock_after_action.setToolTip(self.tr("How many idle minutes before the window locks itself"))
        self.lock_after_action.setStatusTip(self.lock_after_action.toolTip())

        self.lock_action.triggered.connect(self.lock)
        self.lock_after_action.triggered.connect(self._on_lock_after_triggered)
        self.watcher.idle.connect(self.lock)
        self.screen.unlock_requested.connect(self._on_screen_unlock_requested)
        self.retry_timer.timeout.connect(self._on_retry_timer_timeout)
        window.windowTitleChanged.connect(self._on_window_title_changed)

    # -- the wiring the composition root does ----------------------------------------------------
    def set_unlock_check(self, check: UnlockCheck | None) -> None:
        """The passphrase check (None: the data file has no passphrase)."""
        self._check = check
        self.screen.set_has_passphrase(check is not None)

    def set_on_failed_unlock(self, callback: FailedUnlock | None) -> None:
        self._on_failed = callback

    @property
    def locked(self) -> bool:
        return self._locked

    # -- locking ---------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything personal; the keyboard goes to the passphrase field."""
        if self._locked:
            return
        self._locked = True
        ours_active = QApplication.activeWindow() is not None  # not when another program has the keyboard
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self._belongs(focus) else None
        self._hide_other_windows()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # a dialog that opens while locked is hidden too
        self._title = self._window.windowTitle()
        self._window.setWindowTitle(LOCKED_TITLE)
        self._stack.setCurrentWidget(self.screen)
        self._switch_off_commands()
        status_bar = self._window.statusBar()
        self._status_bar_shown = not status_bar.isHidden()
        status_bar.clearMessage()
        status_bar.hide()
        self.screen.reset()
        self.screen.set_has_passphrase(self._check is not None)
        self.watcher.pause()
        if ours_active:
            self._window.activateWindow()  # a hidden dialog had it: the keyboard comes to the field
        self.screen.focus_input()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Put everything back as it was: the page, dialogs, title, commands and the keyboard."""
        if not self._locked:
            return
        self._locked = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.failures = 0
        self.retry_timer.stop()
        self.screen.reset()
        self._stack.setCurrentIndex(0)
        for command in self._switched_off:
            if _alive(command):
                command.setEnabled(True)
        self._switched_off = []
        self._window.menuBar().setEnabled(True)
        self._window.statusBar().setVisible(self._status_bar_shown)
        self._window.setWindowTitle(self._title)
        for widget in self._hidden_windows:
            if _alive(widget):
                QWidget.setVisible(widget, True)
        self._hidden_windows = []
        focus, self._focus = self._focus, None
        if focus is not None and _alive(focus) and focus.isVisible():
            focus.activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.watcher.resume()
        self.locked_changed.emit(False)

    def shutdown(self) -> None:
        """The window is closing: stop watching the app's input."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.watcher.stop()
        self.retry_timer.stop()

    # -- idle minutes ----------------------------------------------------------------------------
    def set_idle_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` without input (0: only on Ctrl+L); remembered in the settings."""
        self.watcher.set_minutes(max(0.0, min(float(minutes), MAX_IDLE_MINUTES)))

    def _on_lock_after_triggered(self) -> None:
        current = self.watcher.minutes
        minutes, ok = QInputDialog.getInt(
            self._window, self.tr("{APP_NAME}: lock after").format(APP_NAME=APP_NAME),
            self.tr("Lock the window after this many minutes without use\n"
                    "(0: only when you press Ctrl+L):"), round(current), 0, MAX_IDLE_MINUTES, 1)
        if ok:
            self.set_idle_minutes(minutes)

    # -- unlocking -------------------------------------------------------------------------------
    def _on_screen_unlock_requested(self, passphrase: str) -> None:
        if not self._locked or self.retry_timer.isActive():
            return
        if self._check is None:
            self.unlock()
            return
        try:
            right = self._check(passphrase)
        except AppError as exc:
            log.warning("the passphrase could not be checked: %s (%s)", exc.message, exc.detail)
            self.screen.set_waiting(False, exc.message)
            return
        if right:
            self.unlock()
            return
        self.failures += 1
        if self._on_failed is not None:
            try:
                self._on_failed(self.failures)
            except AppError as exc:  # recording it must never keep the lock from working
                log.warning("a failed unlock could not be recorded: %s (%s)", exc.message, exc.detail)
        delay = unlock_delay_seconds(self.failures)
        self.screen.field.clear()
        tries = self.tr("1 wrong try") if self.failures == 1 else self.tr("{failures} wrong tries in a row").format(
            failures=self.failures)
        self.screen.set_waiting(True, self.tr("That passphrase is not right ({tries}). Wait {seconds} before the "
                                              "next try.").format(tries=tries, seconds=_seconds(delay)))
        self.retry_timer.start(delay * 1000)

    def _on_retry_timer_timeout(self) -> None:
        self.screen.set_waiting(False, self.tr("Type your passphrase again and press Enter."))
        self.screen.focus_input()

    def _on_window_title_changed(self, title: str) -> None:
        # A title set while locked (the document's name) waits for the unlock.
        if self._locked and title != LOCKED_TITLE:
            self._title = title
            self._window.setWindowTitle(LOCKED_TITLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed only while locked: a message box or progress dialog of this window that
        # shows itself meanwhile (a backup's warning, say) waits hidden for the unlock, and the
        # keyboard stays in the passphrase field.
        kind = event.type()
        if (kind in (QEvent.Type.Show, QEvent.Type.WindowActivate) and isinstance(watched, QWidget)
                and watched.isWindow() and self._is_other_window(watched)):
            QTimer.singleShot(0, lambda w=watched: self._hide_late(w))
        return False

    def _hide_late(self, widget: QWidget) -> None:
        if self._locked:
            self._hide_window(widget)
            if QApplication.activeWindow() is not self._window and QApplication.activeWindow() is not None:
                self._window.activateWindow()
            self.screen.focus_input()

    # -- helpers ---------------------------------------------------------------------------------
    def _belongs(self, widget: QWidget) -> bool:
        """Whether ``widget`` is this window or part of it, a dialog of it included."""
        current: QWidget | None = widget
        while current is not None:
            if current is self._window:
                return True
            current = current.parentWidget()
        return False

    def _hide_other_windows(self) -> None:
        """Close popups and tooltips; hide the window's dialogs until the unlock.

        A dialog is hidden with QWidget's own setVisible: QDialog's would end a running
        ``exec()`` as if Cancel had been pressed, and what was typed in it would be lost.
        """
        QToolTip.hideText()
        for _ in range(10):  # nested menus close one level at a time
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self._hidden_windows = []
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and self._is_other_window(widget):
                self._hide_window(widget)

    def _is_other_window(self, widget: QWidget) -> bool:
        """A dialog, popup or tooltip of this window (or of none), not the window itself or another one."""
        if widget is self._window or isinstance(widget, QMainWindow):
            return False
        return widget.parentWidget() is None or self._belongs(widget)

    def _hide_window(self, widget: QWidget) -> None:
        if not _alive(widget) or not widget.isVisible():
            return
        if isinstance(widget, QMenu) or widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            widget.hide()  # a menu or tooltip is opened again when needed
            return
        QWidget.setVisible(widget, False)
        if widget not in self._hidden_windows:
            self._hidden_windows.append(widget)

    def _switch_off_commands(self) -> None:
        """The menus and the window's own shortcuts do nothing while locked (Ctrl+Z must not undo,
        Ctrl+Shift+P must not mark anyone present). The pages' own shortcuts are off already:
        Qt fires no shortcut of a hidden widget."""
        self._window.menuBar().setEnabled(False)
        commands: list[QAction | QShortcut] = [
            *(a for a in self._window.actions() if a is not self.lock_action),
            *(s for s in self._window.findChildren(QShortcut) if s.parent() is self._window),
        ]
        self._switched_off = [c for c in commands if c.isEnabled()]
        for command in self._switched_off:
            command.setEnabled(False)
