"""Where the keyboard lands when a tab is shown: its main view, or the next control that can take it.

Ctrl+1…5 and Enter on a session use this, so typing goes into the tab the facilitator asked for
rather than staying in the groups list.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget


def can_take_focus(widget: QWidget) -> bool:
    """Shown, enabled and reachable by the keyboard."""
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def focus_first(candidates: Iterable[QWidget],
                reason: Qt.FocusReason = Qt.FocusReason.ShortcutFocusReason) -> QWidget | None:
    """Focus the first candidate that can take focus; a list or table also gets a current row,
    so the arrow and status keys work at once, and a text editor arriving from elsewhere gets its
    cursor at the end, so typing adds to a note instead of going in front of it. Returns the
    focused widget (None: none could)."""
    for widget in candidates:
        if not can_take_focus(widget):
            continue
        if isinstance(widget, QAbstractItemView):
            _ensure_current(widget)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.hasFocus():
            widget.moveCursor(QTextCursor.MoveOperation.End)
        widget.setFocus(reason)
        return widget
    return None


def _ensure_current(view: QAbstractItemView) -> None:
    model = view.model()
    if model is None or view.currentIndex().isValid() or model.rowCount() == 0:
        return
    column = next((c for c in range(model.columnCount()) if not _column_hidden(view, c)), 0)
    view.setCurrentIndex(model.index(0, column))


def _column_hidden(view: QAbstractItemView, column: int) -> bool:
    is_hidden = getattr(view, "isColumnHidden", None)
    return bool(is_hidden(column)) if is_hidden is not None else False
