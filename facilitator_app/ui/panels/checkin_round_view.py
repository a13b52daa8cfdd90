"""The table of the check-in round and its keys.

Enter follows the scores: each question of a person in turn, then the next person's first
question, so a round is "a number, Enter" per answer. Tab goes cell by cell and is the way to
the optional word. X records a pass (anywhere but the word); Delete clears a person's check-in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.models.checkins_model import PASS_KEY, CheckinsModel, Kind
from facilitator_app.ui.panels.checkin_cells import CheckinDelegate

VIEW_TIP = QT_TRANSLATE_NOOP("CheckinRoundView", "Type a number in a score cell and press Enter: on to the next "
                             "question, and after a person's last question, on to the next person. Tab goes cell by "
                             "cell and reaches the optional word. {pass_key} records a pass (in any cell but the word, "
                             "where letters are the word). Delete clears the member's check-in. F2 or a double-click "
                             "edits a cell. Every entry is saved at once.")
_TAB, _ENTER = "tab", "enter"
_PADDING = 18                 # a cell's margins and focus frame around its text
_NAME_SAMPLE = "Nguyễn Văn"   # the least of a name the round shows before eliding the rest
_WORD_SAMPLE = "overwhelmed"
_MOVES = {QAbstractItemDelegate.EndEditHint.EditNextItem: (_TAB, 1),
          QAbstractItemDelegate.EndEditHint.EditPreviousItem: (_TAB, -1),
          QAbstractItemDelegate.EndEditHint.SubmitModelCache: (_ENTER, 1)}   # Enter


def keys_hint(questions: int) -> str:
    """The one hint above the round, for an instrument with ``questions`` questions."""
    if questions <= 1:
        start = translate("CheckinRoundView", "Type a number and press Enter to go on to the next person.")
    else:
        start = translate("CheckinRoundView",
                          "Type each answer and press Enter; after someone's last one, Enter goes on to the next "
                          "person.")
    return translate("CheckinRoundView", "{start} Tab reaches the optional word · {PASS_KEY} is a pass · Delete "
                                         "clears").format(start=start, PASS_KEY=PASS_KEY)


def next_cell(columns: Sequence[int], rows: int, row: int, column: int, delta: int) -> tuple[int, int] | None:
    """The cell ``delta`` steps away along ``columns``, row after row; None past either end.

    A column not in ``columns`` (the name; the word, for Enter) counts as lying between its
    neighbours, so the first step from it goes to the next (or previous) listed column.
    """
    if not columns or rows <= 0 or delta == 0:
        return None
    width = len(columns)
    if column in columns:
        position = row * width + columns.index(column) + delta
    elif delta > 0:
        later = [i for i, c in enumerate(columns) if c > column]
        position = row * width + (later[0] if later else width) + delta - 1
    else:
        earlier = [i for i, c in enumerate(columns) if c < column]
        position = row * width + (earlier[-1] if earlier else -1) + delta + 1
    if not 0 <= position < rows * width:
        return None
    return position // width, columns[position % width]


class CheckinsView(QTableView):
    """The round. Enter goes from score to score and on to the next person; Tab goes cell by cell,
    the word included; X passes; Delete clears; digits typed on the name start the first question."""

    pass_requested = Signal(int)     # row
    clear_requested = Signal(int)    # row
    reached_end = Signal()

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.cell_delegate = CheckinDelegate(self)    # its ``hint`` says why a key was refused
        self.setItemDelegate(self.cell_delegate)
        self.setAccessibleName(self.tr("Check-in round"))
        self.setToolTip(translate("CheckinRoundView", VIEW_TIP).format(pass_key=PASS_KEY))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed   # a digit starts editing with it
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.horizontalHeader().setHighlightSections(False)

    def step(self, delta: int) -> bool:
        """Tab: move to the next (or previous) cell typed into, the word included; False at either end."""
        model = self.model()
        return isinstance(model, CheckinsModel) and self._go(model.entry_columns(), delta)

    def advance(self) -> bool:
        """Enter: move to the next score (the next person's first after someone's last); False at the end."""
        model = self.model()
        return isinstance(model, CheckinsModel) and self._go(model.item_columns(), 1)

    def fit_columns(self) -> None:
        """Column widths for the round's instrument: the others are as narrow as their header and
        contents allow (a 0-5 answer needs one digit), and the name takes what is left, eliding a
        long name rather than pushing Passed off-screen. The table asks for that much width, so
        the side box beside it gives way first (all of WHO-5 fits a 960x600 window)."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        model = self.model()
        if not isinstance(model, CheckinsModel):
            return
        columns = model.columns()
        single = sum(1 for c in columns if c.kind is Kind.ITEM) == 1  # its score cell also says "passed"
        header.setMinimumSectionSize(metrics.horizontalAdvance("Q1") + _PADDING)
        needed = metrics.horizontalAdvance(_NAME_SAMPLE) + _PADDING
        for position, column in enumerate(columns):
            if column.kind is Kind.NAME:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(position, QHeaderView.ResizeMode.Fixed)
            # Widths from the font once, not from every row's contents on every session switch.
            if column.kind is Kind.ITEM:
                sample = self.tr("passed") if single else "0" * len(str(column.maximum))
            elif column.kind is Kind.WORD:
                sample = _WORD_SAMPLE
            elif column.kind is Kind.TOTAL:
                sample = "passed"
            else:
                sample = "100%"
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(column.header)) + _PADDING
            header.resizeSection(position, width)
            needed += width
        self.setMinimumWidth(needed + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width())

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
                if not self.advance():
                    self.reached_end.emit()
                return
            if event.text().isascii() and event.text().isdigit() and kind not in (Kind.ITEM, Kind.WORD):
                first = model.index(index.row(), model.first_item_column())
                self.move_to(first.row(), first.column())
                self.edit(first, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab and Shift+Tab go cell by cell; Enter goes on to the next score (not Qt's every-column order).
        order, delta = _MOVES.get(hint, ("", 0))
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        moved = self.advance() if order == _ENTER else self.step(delta) if delta else True
        if not moved and delta > 0:
            self.reached_end.emit()

    def keyboardSearch(self, search: str) -> None:
        return  # letters are for the word (and X for a pass), never a jump to another row

    def _go(self, columns: list[int], delta: int) -> bool:
        current = self.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, -1)
        target = next_cell(columns, self.model().rowCount(), row, column, delta)
        if target is not None:
            self.move_to(*target)
        return target is not None
