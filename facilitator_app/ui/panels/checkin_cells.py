"""The cell editors of the check-in round: digits within a question's range, or the one word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.models.checkins_model import CheckinsModel, Kind

_Index = QModelIndex | QPersistentModelIndex
_REFUSED = "refusedKey"   # editor property: the last key typed was refused, so Enter stays once
_NEXT_PERSON = QT_TRANSLATE_NOOP("CheckinCells", "Enter goes on to the next person; Tab to the next cell; Esc leaves "
                                                 "it as it was.")
_NEXT_QUESTION = QT_TRANSLATE_NOOP("CheckinCells", "Enter goes on to the next question, and after the last one to "
                                                   "the next person; Tab to the next cell; Esc leaves it as it was.")


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
            self.refused.emit(self.refusal())
            return QValidator.State.Invalid
        return QValidator.State.Acceptable if int(text) >= self._minimum else QValidator.State.Intermediate

    def refusal(self) -> str:
        return self.tr("{label} takes a number from {minimum} to {maximum}.").format(label=self._label,
                                                                                     minimum=self._minimum,
                                                                                     maximum=self._maximum)


class CheckinDelegate(QStyledItemDelegate):
    """A small line editor per cell: digits within the question's range, or the one word."""

    hint = Signal(str)   # why a key was refused, for the status bar

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        model = index.model()
        column = model.column(index.column()) if isinstance(model, CheckinsModel) else None
        name = str(index.sibling(index.row(), 0).data() or "")
        if column is not None and column.kind is Kind.ITEM:
            validator = ScoreValidator(column.minimum, column.maximum, column.header, editor)
            validator.refused.connect(self.hint)
            validator.refused.connect(lambda _why, e=editor: e.setProperty(_REFUSED, True))
            editor.textEdited.connect(lambda _text, e=editor: e.setProperty(_REFUSED, False))
            editor.setValidator(validator)
            editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
            editor.setAccessibleName(self.tr("{name}, {header} ({minimum} to {maximum})").format(
                name=name, header=column.header, minimum=column.minimum, maximum=column.maximum))
            several = isinstance(model, CheckinsModel) and len(model.item_columns()) > 1
            follow = translate("CheckinCells", _NEXT_QUESTION if several else _NEXT_PERSON)
            editor.setToolTip(self.tr("{tip}. {follow}").format(tip=column.tooltip.rstrip("."), follow=follow))
        else:
            editor.setMaxLength(60)
            editor.setAccessibleName(self.tr("{name}, one word").format(name=name))
            editor.setToolTip(self.tr("The optional one word. {NEXT_PERSON}").format(
                NEXT_PERSON=translate("CheckinCells", _NEXT_PERSON)))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if not isinstance(editor, QLineEdit):
            return
        validator = editor.validator()
        if isinstance(validator, ScoreValidator) and not editor.hasAcceptableInput():
            self.hint.emit(validator.refusal())   # e.g. a 0 where answers start at 1: say so, keep the cell
            return
        if editor.text().strip() != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt commits an edit on Enter a moment later (queued), so a quick "7, Enter, 5" would put the
        # 5 into the same cell. Commit and close at once, as Qt already does for Tab.
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            validator = watched.validator()
            if isinstance(validator, ScoreValidator) and not watched.hasAcceptableInput():
                self.hint.emit(validator.refusal())   # stay in the cell, so the answer can be typed again
                return True
            if isinstance(validator, ScoreValidator) and watched.property(_REFUSED):
                # A 6 on a 0-5 question was kept out: Enter right after it stays here (once), so the
                # right number can be typed instead of the cell being left empty or half typed.
                watched.setProperty(_REFUSED, False)
                self.hint.emit(validator.refusal())
                return True
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(watched, event)


