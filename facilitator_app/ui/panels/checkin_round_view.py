"""The table of the check-in round and its keys: where Tab and Enter go, X for a pass, Delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from facilitator_app.ui.models.checkins_model import PASS_KEY, CheckinsModel, Kind

KEYS_HINT = (f"Type the number, then Tab or Enter to move on · {PASS_KEY} records a pass · "
             "Delete clears · F2 edits")
VIEW_TIP = (f"Type the number in a score cell; Tab or Enter moves on, row by row, then to the word. "
            f"{PASS_KEY} records a pass (in any cell but the word, where letters are the word). "
            "Delete clears the member's check-in. F2 or a double-click edits a cell. Every entry is saved at once.")
_NEXT = {QAbstractItemDelegate.EndEditHint.EditNextItem: 1,
         QAbstractItemDelegate.EndEditHint.SubmitModelCache: 1,    # Enter
         QAbstractItemDelegate.EndEditHint.EditPreviousItem: -1}


class CheckinsView(QTableView):
    """The round. Tab and Enter move row by row through the questions and the word; X passes;
    Delete clears; digits typed on the name start the first question."""

    pass_requested = Signal(int)     # row
    clear_requested = Signal(int)    # row
    reached_end = Signal()

    def step(self, delta: int) -> bool:
        """Move to the next (or previous) cell typed into during the round; False at either end."""
        model = self.model()
        if not isinstance(model, CheckinsModel):
            return False
        columns = model.entry_columns()
        rows = model.rowCount()
        if not columns or not rows:
            return False
        current = self.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, -1)
        if column in columns:
            position = row * len(columns) + columns.index(column) + delta
        elif delta > 0:
            later = [i for i, c in enumerate(columns) if c > column]
            position = row * len(columns) + (later[0] if later else len(columns))
        else:
            earlier = [i for i, c in enumerate(columns) if c < column]
            position = row * len(columns) + (earlier[-1] if earlier else -1)
        if not 0 <= position < rows * len(columns):
            return False
        self.move_to(position // len(columns), columns[position % len(columns)])
        return True

    def move_to(self, row: int, column: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount() and 0 <= column < model.columnCount():
            index = model.index(row, column)
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        if not isinstance(model, CheckinsModel) or model.instrument is None or not index.isValid() \
                or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        column = model.column(index.column())
        kind = column.kind if column else Kind.NAME
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and modifiers in (Qt.KeyboardModifier.NoModifier,
                                                                          Qt.KeyboardModifier.ShiftModifier):
            forward = key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier
            if not self.step(1 if forward else -1):
                event.ignore()  # past either end, Tab leaves the table
            return
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key == Qt.Key.Key_X and kind is not Kind.WORD:
                self.pass_requested.emit(index.row())
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_requested.emit(index.row())
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.step(1):
                    self.reached_end.emit()
                return
            if event.text().isascii() and event.text().isdigit() and kind not in (Kind.ITEM, Kind.WORD):
                first = model.index(index.row(), model.first_item_column())
                self.move_to(first.row(), first.column())
                self.edit(first, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab, Shift+Tab and Enter in a cell move along the round (not Qt's every-column order).
        move = _NEXT.get(hint, 0)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if move and not self.step(move) and move > 0:
            self.reached_end.emit()

    def keyboardSearch(self, search: str) -> None:
        return  # letters are for the word (and X for a pass), never a jump to another row


