"""The attendance sheet's table view: letters are status keys, never type-to-find."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

from facilitator_app.ui.formatting import STATUS_KEYS

_KEY_TO_STATUS = {getattr(Qt.Key, f"Key_{key}"): status for status, key in STATUS_KEYS.items()}


class AttendanceView(QTableView):
    """The sheet. Letters set statuses instead of searching, so typing never jumps rows."""

    status_requested = Signal(int, object)  # row, AttendanceStatus | None (None clears)
    cycle_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if row >= 0 and modifiers == Qt.KeyboardModifier.NoModifier:
            key = Qt.Key(event.key())
            if key in _KEY_TO_STATUS:
                self.status_requested.emit(row, _KEY_TO_STATUS[key])
                return
            if key == Qt.Key.Key_Space:
                self.cycle_requested.emit(row)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.status_requested.emit(row, None)
                return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        # Letters are status keys here; type-to-find lives in the roster's filter instead.
        return
