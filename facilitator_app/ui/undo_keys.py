"""Lets Ctrl+Z / Ctrl+Shift+Z reach the window's undo history from inside a small field.

A spin box or an empty name field has no useful text undo of its own; without this,
the field swallows the keys and the facilitator's undo silently does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


class WindowUndoKeys(QObject):
    """An event filter: while ``applies()`` is true, undo/redo keys go to the window's shortcuts."""

    def __init__(self, parent: QObject, applies: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self._applies = applies

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._applies():
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) \
                    or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z"):
                event.ignore()
                return True
        return False
