"""A session's check-in round: one row per member who came, one column per question of the
group's instrument, then the total (and WHO-5's percentage), the one word, and "passed".

A pass is its own state: passing clears the scores and shows "passed", never a zero.
Answers to an instrument with several questions are kept here as a draft until every
question has one (the store only takes complete check-ins); edits go through ``saver``,
and the panel shows saved results with ``apply_checkin``.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import CheckinRecord
from facilitator_app.services.checkins import CheckinLine, percentage
from facilitator_app.ui.formatting import label_of
from facilitator_app.ui.language import emphasis_font, translate
from facilitator_app.ui.models.roles import ID_ROLE, Index

PASS_KEY = "X"
_DISPLAY, _EDIT, _TOOLTIP, _FONT, _ALIGNMENT, _FOREGROUND, _CHECK_STATE, _ACCESSIBLE = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.AccessibleTextRole))
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_HORIZONTAL = Qt.Orientation.Horizontal
_ANSWERED = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _FONT, _ALIGNMENT, _FOREGROUND, _CHECK_STATE, _ACCESSIBLE,
                       int(ID_ROLE)})
MUTED = QColor("#5f5f5f")   # 6.4:1 on white: passes and unsaved drafts read as secondary, still legible


class Kind(enum.Enum):
    NAME = "name"
    ITEM = "item"
    TOTAL = "total"
    PERCENT = "percent"
    WORD = "word"
    PASSED = "passed"


@dataclass(frozen=True)
class Column:
    kind: Kind
    header: str
    tooltip: str
    item: int = -1          # which question, for ITEM columns
    minimum: int = 0
    maximum: int = 0


@dataclass(frozen=True)
class CheckinEntry:
    """What the model asks the panel to save for one member."""

    answers: tuple[int, ...]
    word: str
    passed: bool


Saver = Callable[[uuid.UUID, CheckinEntry | None], bool]  # None: clear the member's check-in


@dataclass
class _Row:
    line: CheckinLine
    answers: list[int | None]
    word: str
    passed: bool
    draft: bool = False                         # typed here, not saved yet
    foreign: CheckinRecord | None = None        # saved with another instrument (the group changed it)
    texts: list[str] = field(default_factory=list)
    muted: bool = False                         # shown in grey italics: a pass, or a draft


def columns_for(defn: InstrumentDefinition | None) -> list[Column]:
    """The columns of a round with ``defn`` (only the name when the group has no scored check-in)."""
    columns = [Column(Kind.NAME, translate("CheckinsModel", "Name"), translate("CheckinsModel",
                                                                               "Who came to this session"))]
    if defn is None:
        return columns
    single = len(defn.items) == 1
    for number, item in enumerate(defn.items, start=1):
        span = translate("CheckinsModel", "{minimum} to {maximum}").format(minimum=item.minimum, maximum=item.maximum)
        if single:
            columns.append(Column(Kind.ITEM, translate("CheckinsModel", "Score"), translate("CheckinsModel",
                                                                                            "{text} ({span}). Type "
                                                                                            "the number.").format(
                                                                                                text=item.text,
                                                                                                span=span), 0,
                                  item.minimum, item.maximum))
        else:
            columns.append(Column(Kind.ITEM, translate("CheckinsModel", "Q{number}").format(number=number),
                                  translate("CheckinsModel",
                                            "Question {number}: {text} ({span})").format(number=number, text=item.text,
                                                                                         span=span),
                                  number - 1, item.minimum, item.maximum))
    if not single:  # with one question the total says the same again
        columns.append(Column(Kind.TOTAL, translate("CheckinsModel", "Total"), translate("CheckinsModel",
                                                                                         "The answers added up: "
                                                                                         "{min_total} to "
                                                                              "{max_total}").format(
                                                                                  min_total=defn.min_total,
                                                                                  max_total=defn.max_total)))
    if percentage(defn, 0) is not None:
        columns.append(Column(Kind.PERCENT, "%", translate(
            "CheckinsModel", "The published percentage: the total times four (0 to 100)")))
    columns.append(Column(Kind.WORD, translate("CheckinsModel", "Word"), translate("CheckinsModel",
                                                                                   "The optional one word (or a very "
                                                                                   "short phrase)")))
    columns.append(Column(Kind.PASSED, translate("CheckinsModel", "Passed"),
                          translate("CheckinsModel", "Ticked when the member passed ({PASS_KEY}): a pass is a "
                                                     "pass, never a zero").format(PASS_KEY=PASS_KEY)))
    return columns


class CheckinsModel(QAbstractTableModel):
    """Holds the round shown; edits go through ``saver``, which saves them."""

    def __init__(self, parent: QObject | None = None, saver: Saver | None = None) -> None:
        super().__init__(parent)
        self._saver = saver
        self._defn: InstrumentDefinition | None = None
        self._columns: list[Column] = columns_for(None)
        self._rows: list[_Row] = []
        self._flags: list[Qt.ItemFlag] = []
        self._alignments: list[int | None] = []
        self._passed_column = -1
        self._italic = emphasis_font()
        self._update_flags()

    # -- loading -------------------------------------------------------------------------------
    def set_round(self, lines: list[CheckinLine], instrument: InstrumentDefinition | None,
                  reset: bool = True) -> None:
        """Show ``lines``. With ``reset=False`` and the same columns as before (another session of
        the group), the rows are replaced in place: the view keeps its header and layout instead
        of rebuilding them, which costs more than painting the round (callers close editors first)."""
        columns = columns_for(instrument)
        if reset or columns != self._columns:
            self.beginResetModel()
            self._defn = instrument
            self._columns = columns
            self._rows = [self._row_from(line) for line in lines]
            self._update_flags()
            self.endResetModel()
            return
        self._defn = instrument
        self._update_flags()
        rows = [self._row_from(line) for line in lines]
        before, after = len(self._rows), len(rows)
        if after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            del self._rows[after:]
            self.endRemoveRows()
        elif after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self._rows.extend(rows[before:])
            self.endInsertRows()
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(after - 1, len(columns) - 1))

    def apply_checkin(self, member_id: uuid.UUID, record: CheckinRecord | None) -> None:
        """Show a saved check-in (None: none recorded), dropping any draft of that row."""
        row = self.row_of(member_id)
        if row < 0:
            return
        self._rows[row] = self._row_from(replace(self._rows[row].line, checkin=record))
        self._row_changed(row)

    # -- reading -------------------------------------------------------------------------------
    @property
    def instrument(self) -> InstrumentDefinition | None:
        return self._defn

    def column(self, column: int) -> Column | None:
        return self._columns[column] if 0 <= column < len(self._columns) else None

    def columns(self) -> list[Column]:
        return list(self._columns)

    def entry_columns(self) -> list[int]:
        """The columns typed into during the round, in order: the questions, then the word."""
        return [i for i, c in enumerate(self._columns) if c.kind in (Kind.ITEM, Kind.WORD)]

    def item_columns(self) -> list[int]:
        """The score columns, in order: where Enter goes during the round."""
        return [i for i, c in enumerate(self._columns) if c.kind is Kind.ITEM]

    def first_item_column(self) -> int:
        return next((i for i, c in enumerate(self._columns) if c.kind is Kind.ITEM), -1)

    def passed_column(self) -> int:
        return next((i for i, c in enumerate(self._columns) if c.kind is Kind.PASSED), -1)

    def line_at(self, row: int) -> CheckinLine | None:
        return self._rows[row].line if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.line.member.id == member_id), -1)

    def has_draft(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].draft

    def drafts(self) -> list[str]:
        """Names of the members whose answers are typed but not complete (so not saved)."""
        return [r.line.member.preferred_name for r in self._rows if r.draft]

    def counts(self) -> tuple[int, int, int]:
        """(scored, passed, still to check in) for the round shown."""
        scored = sum(1 for r in self._rows if self._saved_here(r) and not r.passed)
        passed = sum(1 for r in self._rows if self._saved_here(r) and r.passed)
        return scored, passed, len(self._rows) - scored - passed

    # -- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != _HORIZONTAL or not 0 <= section < len(self._columns):
            return None
        if role == _DISPLAY:
            return self._columns[section].header
        if role == _TOOLTIP:
            return self._columns[section].tooltip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.column() < len(self._flags):
            return Qt.ItemFlag.NoItemFlags
        return self._flags[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks each visible cell for seven roles, three times as a page is shown: the
        # roles no cell answers return at once, and the common ones come from values worked out
        # when the row was loaded (module constants, not Qt enum lookups). An invalid index has row -1.
        if role not in _ANSWERED:
            return None
        position, column_no = index.row(), index.column()
        if not 0 <= position < len(self._rows) or not 0 <= column_no < len(self._columns):
            return None
        row = self._rows[position]
        if role == _DISPLAY:
            return row.texts[column_no]
        if role == _FONT:
            return self._italic if row.muted and column_no else None
        if role == _FOREGROUND:
            return MUTED if row.muted and column_no else None
        if role == _ALIGNMENT:
            return self._alignments[column_no]
        if role == _CHECK_STATE:
            if column_no != self._passed_column:
                return None
            return _CHECKED if row.passed else _UNCHECKED
        column = self._columns[column_no]
        kind = column.kind
        if role == ID_ROLE:
            return row.line.member.id
        if role == _EDIT:
            if kind is Kind.ITEM:
                answer = row.answers[column.item]
                return "" if answer is None else str(answer)
            if kind is Kind.WORD:
                return row.word
            return row.texts[column_no]
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        return self._accessible(row, column, column_no)  # _ACCESSIBLE, the last role answered

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._saver is None or self._defn is None or not index.isValid() \
                or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self._columns):
            return False
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if column.kind is Kind.PASSED and role == Qt.ItemDataRole.CheckStateRole:
            checked = _checked(value)
            if checked == row.passed:
                return True
            return self._save(row, CheckinEntry((), row.word, True) if checked else None)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column.kind is Kind.ITEM:
            return self._set_answer(index.row(), column, value)
        if column.kind is Kind.WORD:
            return self._set_word(index.row(), str(value or "").strip())
        return False

    # -- edits -----------------------------------------------------------------------------------
    def _set_answer(self, position: int, column: Column, value: Any) -> bool:
        row = self._rows[position]
        try:
            answer = None if value is None or str(value).strip() == "" else int(str(value).strip())
        except ValueError:
            return False
        if answer is not None and not column.minimum <= answer <= column.maximum:
            return False
        answers = [None if row.passed else a for a in row.answers]
        if answers[column.item] == answer and not row.passed:
            return True
        answers[column.item] = answer
        if all(a is not None for a in answers):
            return self._save(row, CheckinEntry(tuple(a for a in answers if a is not None), row.word, False))
        row.answers, row.passed, row.draft = answers, False, True
        self._row_changed(position)
        return True

    def _set_word(self, position: int, word: str) -> bool:
        row = self._rows[position]
        if word == row.word:
            return True
        if self._saved_here(row) and not row.draft:
            answers = () if row.passed else tuple(a for a in row.answers if a is not None)
            return self._save(row, CheckinEntry(answers, word, row.passed))
        row.word, row.draft = word, True  # kept with the answers still to come
        self._row_changed(position)
        return True

    def _save(self, row: _Row, entry: CheckinEntry | None) -> bool:
        assert self._saver is not None
        return self._saver(row.line.member.id, entry)

    # -- helpers -----------------------------------------------------------------------------------
    def _saved_here(self, row: _Row) -> bool:
        checkin = row.line.checkin
        return checkin is not None and self._defn is not None and checkin.instrument_id == self._defn.id

    def _row_from(self, line: CheckinLine) -> _Row:
        count = len(self._defn.items) if self._defn else 0
        checkin = line.checkin
        if checkin is None or self._defn is None:
            row = _Row(line, [None] * count, "", False)
        elif checkin.instrument_id != self._defn.id:
            row = _Row(line, [None] * count, checkin.word, False, foreign=checkin)
        elif checkin.passed:
            row = _Row(line, [None] * count, checkin.word, True)
        else:
            answers: list[int | None] = list(checkin.scores)[:count]
            row = _Row(line, answers + [None] * (count - len(answers)), checkin.word, False)
        row.texts = self._texts(row)
        row.muted = row.passed or row.draft
        return row

    def _texts(self, row: _Row) -> list[str]:
        complete = all(a is not None for a in row.answers) and bool(row.answers)
        total = sum(a for a in row.answers if a is not None) if complete and not row.passed else None
        # "passed" is written once: in the total when there is one, else in the only score cell.
        has_total = any(c.kind is Kind.TOTAL for c in self._columns)
        first_item = -1 if has_total else self.first_item_column()
        texts = []
        for position, column in enumerate(self._columns):
            kind = column.kind
            if kind is Kind.NAME:
                texts.append(row.line.member.preferred_name)
            elif kind is Kind.ITEM:
                if row.passed:
                    texts.append(self.tr("passed") if position == first_item else "")
                else:
                    answer = row.answers[column.item]
                    texts.append("" if answer is None else str(answer))
            elif kind is Kind.TOTAL:
                texts.append(self.tr("passed") if row.passed else str(total) if total is not None else
                             "…" if row.draft else "")
            elif kind is Kind.PERCENT:
                share = percentage(self._defn, total) if self._defn is not None and total is not None else None
                texts.append(f"{share}%" if share is not None else "")
            elif kind is Kind.WORD:
                texts.append(row.word)
            else:
                texts.append("")
        return texts

    def _tooltip(self, row: _Row, column: Column) -> str | None:
        if column.kind is Kind.NAME:
            status = row.line.attendance
            came = (self.tr("Attendance: {lower}").format(lower=label_of(status).lower()) if status
                    else self.tr("Not marked as attending, but a check-in is kept"))
            if row.foreign is not None:
                total = self.tr("a pass") if row.foreign.passed else self.tr("a total of {total}").format(
                    total=row.foreign.total)
                came += (self.tr(". Their check-in here was recorded with another instrument ({total}); typing a "
                                 "score replaces it.").format(total=total))
            return came
        if row.draft and column.kind in (Kind.ITEM, Kind.TOTAL, Kind.WORD):
            return (self.tr("Not saved yet: it is saved once every question has an answer, or as a pass "
                            "({PASS_KEY}). {tooltip}").format(PASS_KEY=PASS_KEY, tooltip=column.tooltip))
        return column.tooltip

    def _accessible(self, row: _Row, column: Column, position: int) -> str:
        name = row.line.member.preferred_name
        if column.kind is Kind.NAME:
            return name
        if column.kind is Kind.PASSED:
            return self.tr("{name}: passed").format(name=name) if row.passed else self.tr("{name}: not passed").format(
                name=name)
        if row.passed and column.kind is not Kind.WORD:
            return self.tr("{name}, {header}: passed").format(name=name, header=column.header)
        text = row.texts[position] or (self.tr("no word") if column.kind is Kind.WORD else self.tr("no answer yet"))
        return self.tr("{name}, {header}: {text}").format(name=name, header=column.header,
                                                          text=text) + (self.tr(
                                                              " (not saved yet)") if row.draft else "")

    def _row_changed(self, position: int) -> None:
        row = self._rows[position]
        row.texts = self._texts(row)
        row.muted = row.passed or row.draft
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))

    def _update_flags(self) -> None:
        self._alignments = [_CENTRED if c.kind in (Kind.ITEM, Kind.TOTAL, Kind.PERCENT) else None
                            for c in self._columns]
        self._passed_column = self.passed_column()
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        editable = self._saver is not None and self._defn is not None
        flags = []
        for column in self._columns:
            if editable and column.kind in (Kind.ITEM, Kind.WORD):
                flags.append(base | Qt.ItemFlag.ItemIsEditable)
            elif editable and column.kind is Kind.PASSED:
                flags.append(base | Qt.ItemFlag.ItemIsUserCheckable)
            else:
                flags.append(base)
        self._flags = flags


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return bool(value)
