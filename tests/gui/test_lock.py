"""The idle lock, driven as a facilitator would: Ctrl+L, the idle timeout, the passphrase field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.app import create_main_window, environment_unlock_check
from facilitator_app.ui.idle_lock import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY, idle_minutes
from facilitator_app.ui.lock_control import LOCKED_TITLE, unlock_delay_seconds
from facilitator_app.ui.main_window import MainWindow
from tests.gui.window_fixtures import NAMES, attendance_rows

PASSPHRASE = "correct horse battery staple"


def open_locked_window(qtbot, path: Path, tmp_path: Path, *, minutes: float = 0,  # type: ignore[no-untyped-def]
                       check: bool = True, failed: list[int] | None = None) -> MainWindow:
    """The real window on ``path``; the idle lock set to ``minutes`` (0: only Ctrl+L) before it opens."""
    settings_file = tmp_path / "window.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(IDLE_MINUTES_KEY, minutes)
    settings.sync()
    window = create_main_window(path, settings_file=settings_file)
    qtbot.addWidget(window)
    lock = window.screen_lock
    lock.set_unlock_check((lambda typed: typed == PASSPHRASE) if check else None)
    if failed is not None:
        lock.set_on_failed_unlock(failed.append)
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_ctrl_l(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def field(window: MainWindow) -> QLineEdit:
    return window.findChild(QLineEdit, "unlockPassphrase")


def type_passphrase(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(field(window).hasFocus)
    qtbot.keyClicks(field(window), text)
    qtbot.keyClick(field(window), Qt.Key.Key_Return)


def visible_data_widgets() -> list[QWidget]:
    """Every shown widget of the app that can hold a person's data: lists, tables, text."""
    return [w for w in QApplication.allWidgets()
            if isinstance(w, (QAbstractItemView, QTextEdit, QPlainTextEdit, QLineEdit)) and w.isVisible()]


def shown_texts() -> list[str]:
    texts = [w.text() for w in QApplication.allWidgets() if isinstance(w, (QLabel, QPushButton)) and w.isVisible()]
    return texts + [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_ctrl_l_hides_every_view_with_data_and_the_title_names_nobody(qtbot, store_file: Path,
                                                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path)
    window.set_document_title("Zoë's group")
    window.show_tab(4)  # the roster: every member's name
    assert len(visible_data_widgets()) > 3

    press_ctrl_l(qtbot, window)

    screen = window.findChild(QWidget, "lockScreen")
    assert screen.isVisible()
    assert visible_data_widgets() == [field(window)]
    assert field(window).echoMode() is QLineEdit.EchoMode.Password
    assert window.windowTitle() == LOCKED_TITLE == "Facilitator — locked"
    assert not window.findChild(QStatusBar).isVisible()
    assert not window.findChild(QMenuBar).isEnabled()
    for text in shown_texts():
        assert not any(name in text for name in NAMES), text
        assert "Zoë" not in text and store_file.name not in text, text
    qtbot.waitUntil(field(window).hasFocus)  # the keyboard is in the passphrase field


def test_the_passphrase_unlocks_and_brings_back_the_tab_the_note_and_the_keyboard(qtbot, store_file: Path,
                                                                                   tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path)
    window.show_tab(2)
    other_notes = window.findChild(QPlainTextEdit, "noteEditor")
    other_notes.setFocus()
    qtbot.waitUntil(other_notes.hasFocus)
    qtbot.keyClicks(other_notes, "Half a sentence about the rota")

    press_ctrl_l(qtbot, window)
    assert not other_notes.isVisible()
    type_passphrase(qtbot, window, PASSPHRASE)

    assert not window.screen_lock.locked
    assert not window.findChild(QWidget, "lockScreen").isVisible()
    assert window.findChild(QTabWidget, "sessionTabs").currentIndex() == 2
    assert other_notes.isVisible()
    assert other_notes.toPlainText() == "Half a sentence about the rota"
    qtbot.waitUntil(other_notes.hasFocus)  # the keyboard is back where it was
    assert window.windowTitle() == f"{store_file.name} — Facilitator"
    assert window.findChild(QStatusBar).isVisible()
    assert window.findChild(QMenuBar).isEnabled()
    assert field(window).text() == ""  # nothing of the passphrase stays behind


def test_wrong_passphrases_are_counted_reported_and_each_waits_longer(qtbot, store_file: Path,
                                                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    failed: list[int] = []
    window = open_locked_window(qtbot, store_file, tmp_path, failed=failed)
    lock = window.screen_lock
    message = window.findChild(QLabel, "unlockMessage")
    press_ctrl_l(qtbot, window)

    delays = []
    for attempt in (1, 2, 3):
        type_passphrase(qtbot, window, "wrong horse")
        assert lock.locked
        assert lock.failures == attempt
        assert failed == list(range(1, attempt + 1))  # the audit hears of each one, by count only
        assert not field(window).isEnabled()
        assert not window.findChild(QPushButton, "unlockButton").isEnabled()
        assert field(window).text() == ""
        assert "not right" in message.text() and "Wait" in message.text()
        assert lock.retry_timer.isActive()
        delays.append(lock.retry_timer.interval())
        # The test does not wait the delay out: it runs the timer's end itself.
        lock.retry_timer.stop()
        lock.retry_timer.timeout.emit()
        assert field(window).isEnabled()
    assert delays[0] < delays[1] < delays[2]

    type_passphrase(qtbot, window, PASSPHRASE)
    assert not lock.locked
    assert lock.failures == 0


def test_a_try_during_the_delay_is_not_checked(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    failed: list[int] = []
    window = open_locked_window(qtbot, store_file, tmp_path, failed=failed)
    press_ctrl_l(qtbot, window)
    type_passphrase(qtbot, window, "wrong")
    window.screen_lock.screen.unlock_requested.emit(PASSPHRASE)  # as if Enter got through somehow
    assert window.screen_lock.locked
    assert failed == [1]


def test_the_delay_grows_to_a_minute_at_most() -> None:
    delays = [unlock_delay_seconds(n) for n in range(0, 40)]
    assert delays[0] == 0 and delays[1] >= 1
    assert delays == sorted(delays)
    assert delays[-1] == 60


def test_the_window_locks_itself_after_the_idle_minutes(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path, minutes=0.001)  # 60 ms
    lock = window.screen_lock
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    assert window.findChild(QWidget, "lockScreen").isVisible()
    assert visible_data_widgets() == [field(window)]
    assert not lock.watcher.timer.isActive()  # no counting while locked
    lock.set_idle_minutes(10)  # still locked: the new setting waits for the unlock
    assert not lock.watcher.timer.isActive()
    type_passphrase(qtbot, window, PASSPHRASE)
    assert not lock.locked
    assert lock.watcher.timer.isActive()  # counting again


def test_input_restarts_the_idle_countdown(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path, minutes=10)
    watcher = window.screen_lock.watcher
    timer = watcher.timer
    assert timer.interval() == 600_000
    assert not watcher.listening  # not during start-up: a Python filter costs on every event
    watcher.listen_timer.setInterval(1)  # the pause after an input, shortened for the test
    qtbot.waitUntil(lambda: watcher.listening)
    timer.stop()  # only input starts the countdown again
    qtbot.keyClick(window.findChild(QAbstractItemView, "groupList"), Qt.Key.Key_Down)
    assert timer.isActive()
    assert not watcher.listening  # it steps aside after an input ...
    qtbot.waitUntil(lambda: watcher.listening)  # ... and comes back
    timer.stop()
    qtbot.mouseMove(window.findChild(QAbstractItemView, "sessionList"))
    assert timer.isActive()


def test_idle_minutes_are_a_setting_that_is_remembered(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path, minutes=5)
    lock = window.screen_lock
    lock.set_idle_minutes(0)
    assert not lock.watcher.timer.isActive()  # off: only Ctrl+L locks
    lock.set_idle_minutes(15)
    assert lock.watcher.timer.interval() == 15 * 60_000
    assert idle_minutes(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)) == 15
    menu_texts = [a.objectName() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert "lockAction" in menu_texts and "lockAfterAction" in menu_texts


@pytest.mark.parametrize(("stored", "minutes"), [(None, DEFAULT_IDLE_MINUTES), ("not a number", DEFAULT_IDLE_MINUTES),
                                                 ("-3", DEFAULT_IDLE_MINUTES), ("0", 0.0), ("2.5", 2.5)])
def test_an_unreadable_setting_keeps_the_idle_lock_on(tmp_path: Path, stored: str | None, minutes: float) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    if stored is not None:
        settings.setValue(IDLE_MINUTES_KEY, stored)
    assert idle_minutes(settings) == minutes


def test_locked_the_window_shortcuts_and_menus_do_nothing(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path)
    press_ctrl_l(qtbot, window)
    qtbot.waitUntil(field(window).hasFocus)
    qtbot.keyClick(field(window), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(field(window), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert attendance_rows(store_file) == {}  # "mark everyone present" did not run
    assert visible_data_widgets() == [field(window)]
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.keyClick(window.findChild(QAbstractItemView, "groupList"), Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert set(attendance_rows(store_file).values()) == {"present"}  # and after the unlock it does again


def test_with_no_passphrase_the_button_alone_unlocks(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path, check=False)
    press_ctrl_l(qtbot, window)
    assert not field(window).isVisible()
    assert "no passphrase" in window.findChild(QLabel, "lockExplanation").text()
    button = window.findChild(QPushButton, "unlockButton")
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not window.screen_lock.locked


class _NoteDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.text)


def test_a_dialog_is_hidden_while_locked_and_comes_back_with_its_typing(qtbot, store_file: Path,
                                                                        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path)
    dialog = _NoteDialog(window)
    outcome: list[int] = []
    seen: list[list[QWidget]] = []

    def while_open() -> None:
        try:
            qtbot.waitUntil(dialog.isVisible)
            dialog.text.setText("Typed in a dialog")
            window.screen_lock.lock()
            seen.append(visible_data_widgets())
            field(window).setText(PASSPHRASE)
            qtbot.keyClick(field(window), Qt.Key.Key_Return)  # the modal dialog does not block the field
            seen.append([dialog] if dialog.isVisible() else [])
        finally:
            dialog.accept()

    QTimer.singleShot(0, while_open)
    outcome.append(dialog.exec())  # exec() goes on waiting through the lock
    assert seen == [[field(window)], [dialog]]
    assert outcome == [QDialog.DialogCode.Accepted]
    assert dialog.text.text() == "Typed in a dialog"


def test_the_app_checks_the_passphrase_from_the_environment() -> None:
    assert environment_unlock_check({}) is None
    check = environment_unlock_check({"FACILITATOR_APP_PASSPHRASE": "Ünïcode pass"})
    assert check is not None
    assert check("Ünïcode pass")
    assert not check("ünïcode pass") and not check("")


def test_a_message_that_opens_while_locked_waits_hidden_for_the_unlock(qtbot, store_file: Path,
                                                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path)
    press_ctrl_l(qtbot, window)
    box = QMessageBox(QMessageBox.Icon.Warning, "Facilitator", "Zoë's sheet could not be backed up", parent=window)
    box.show()  # e.g. a timer's warning
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.screen_lock.locked
    type_passphrase(qtbot, window, PASSPHRASE)
    assert box.isVisible()
    box.close()


def test_an_open_menu_is_closed_by_the_lock(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path)
    menu = QMenu(window)
    menu.addAction("Zoë")
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    window.screen_lock.lock()
    assert not menu.isVisible()
    assert window.screen_lock.locked


def test_a_dialog_deleted_while_locked_does_not_trouble_the_unlock(qtbot, store_file: Path,
                                                                   tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_locked_window(qtbot, store_file, tmp_path)
    dialog = _NoteDialog(window)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    press_ctrl_l(qtbot, window)
    assert not dialog.isVisible()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.deleteLater()
    type_passphrase(qtbot, window, PASSPHRASE)
    assert not window.screen_lock.locked
    assert window.findChild(QTabWidget, "sessionTabs").isVisible()


def test_a_wrong_passphrase_in_the_real_window_is_in_the_audit_trail(qtbot, store_file: Path,
                                                                     tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FACILITATOR_APP_PASSPHRASE", PASSPHRASE)
    window = create_main_window(store_file, settings_file=tmp_path / "window.ini")  # wired as the app wires it
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press_ctrl_l(qtbot, window)
    type_passphrase(qtbot, window, "Zoe birthday")  # QTest types ASCII only
    window.screen_lock.retry_timer.stop()
    window.screen_lock.retry_timer.timeout.emit()
    type_passphrase(qtbot, window, PASSPHRASE)
    assert not window.screen_lock.locked
    failed = [e for e in window.services.audit.entries() if e.action == "unlock.failed"]
    assert [e.counts for e in failed] == [{"attempts": 1}]
    assert window.services.audit.verify().intact
