"""The cell editors of the check-in round: digits within a question's range, or the one word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from facilitator_app.ui.models.checkins_model import CheckinsModel, Kind

_Index = QModelIndex | QPersistentModelIndex


class ScoreValidator(QValidator):
    """Digits only, never above the question's highest answer; empty means "no answer yet".
    A refused key says why (``refused``), so typing a 7 on a 0-5 question is not met with silence."""

    refused = Signal(str)

    def __init__(self, minimum: int, maximum: int, label: str = "This question", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._minimum, self._maximum, self._label = minimum, maximum, label

    def validate(self, text: str, pos: int) -> object:
        if text == "":
            return QValidator.State.Acceptable
        if not (text.isascii() and text.isdigit()) or len(text) > len(str(self._maximum)) \
                or int(text) > self._maximum:
            self.refused.emit(f"{self._label} takes a number from {self._minimum} to {self._maximum}.")
            return QValidator.State.Invalid
        return QValidator.State.Acceptable if int(text) >= self._minimum else QValidator.State.Intermediate


class CheckinDelegate(QStyledItemDelegate):
    """A small line editor per cell: digits within the question's range, or the one word."""

    hint = Signal(str)   # why a key was refused, for the status bar

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        model = index.model()
        column = model.column(index.column()) if isinstance(model, CheckinsModel) else None
        name = str(index.siblingAtColumn(0).data() or "")
        if column is not None and column.kind is Kind.ITEM:
            validator = ScoreValidator(column.minimum, column.maximum, column.header, editor)
            validator.refused.connect(self.hint)
            editor.setValidator(validator)
            editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
            editor.setAccessibleName(f"{name}, {column.header} ({column.minimum} to {column.maximum})")
            editor.setToolTip(f"{column.tooltip}. Tab or Enter moves on; Esc leaves it as it was.")
        else:
            editor.setMaxLength(60)
            editor.setAccessibleName(f"{name}, one word")
            editor.setToolTip("The optional one word. Tab or Enter moves on; Esc leaves it as it was.")
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QLineEdit) and editor.text().strip() != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


