"""Acting on a modal dialog from a test: exec() blocks, so the test's steps run from a timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QWidget


def when_dialog_opens(qtbot, act: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal dialog, once it is shown."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        act(dialog)
    QTimer.singleShot(0, attempt)


def when_list_dialog_opens(qtbot, list_name: str, act: Callable[[QWidget], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` once the dialog's list ``list_name`` has the keyboard; a failed check closes the
    dialog rather than hang the run."""
    def guarded(dialog: QWidget) -> None:
        try:
            qtbot.waitUntil(lambda: dialog.findChild(QListWidget, list_name).hasFocus())
            act(dialog)
        except BaseException:
            dialog.reject()
            raise
    when_dialog_opens(qtbot, guarded)
