"""A group's roster: members with when they joined, when they last came, and how often."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from facilitator_app.domain.records import RosterEntry
from facilitator_app.domain.text import sort_key
from facilitator_app.ui.formatting import day_date, long_date, rate_text
from facilitator_app.ui.language import QT_TRANSLATE_NOOP
from facilitator_app.ui.models.roles import ID_ROLE, SORT_ROLE, Index
from facilitator_app.ui.models.table_base import FlatTableModel

NAME, PRONOUNS, JOINED, LAST_ATTENDED, RATE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("Headers", "Name"), QT_TRANSLATE_NOOP("Headers", "Pronouns"),
           QT_TRANSLATE_NOOP("Headers", "Joined"), QT_TRANSLATE_NOOP("Headers", "Last came"),
           QT_TRANSLATE_NOOP("Headers", "Attendance"))


class RosterModel(FlatTableModel):
    """One row per member of the group (former members too, when asked for)."""

    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[RosterEntry] = []
        self._sort_values: list[tuple[Any, ...]] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_entries(self, entries: list[RosterEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        # Sorting and filtering ask for these thousands of times: work them out once per load.
        self._sort_values = [(sort_key(e.member.preferred_name)[0], e.member.pronouns,
                              e.membership.joined_on.toordinal(),
                              e.last_attended.toordinal() if e.last_attended else 0,
                              -1.0 if e.rate is None else e.rate) for e in self._entries]
        if self._order is not None:
            self._reorder(*self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts the rows themselves (a stable Python sort on the cached values), keeping persistent indexes.

        The filter proxy hands its sorting here, so showing all rows again after a filter is a plain
        merge instead of thousands of ``lessThan`` calls back into Python.
        """
        if not 0 <= column < len(HEADERS):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._entries)
        self._reorder(column, order)
        new_row = {id(entry): row for row, entry in enumerate(self._entries)}
        moved_from = self.persistentIndexList()
        moved_to = [self.index(new_row[id(before[index.row()])], index.column()) for index in moved_from]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> None:
        rows = sorted(range(len(self._entries)), key=lambda row: self._sort_values[row][column],
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self._entries = [self._entries[row] for row in rows]
        self._sort_values = [self._sort_values[row] for row in rows]

    def folded_name(self, row: int) -> str:
        return str(self._sort_values[row][NAME])

    def entry_at(self, row: int) -> RosterEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, member_id: uuid.UUID) -> int:
        return next((i for i, e in enumerate(self._entries) if e.member.id == member_id), -1)

    def _rows(self) -> list[object]:
        return self._entries  # type: ignore[return-value]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return entry.member.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                left = entry.membership.left_on
                return entry.member.preferred_name + (self.tr(" (left {day_date})").format(day_date=day_date(
                    left)) if left else "")
            if column == PRONOUNS:
                return entry.member.pronouns
            if column == JOINED:
                return day_date(entry.membership.joined_on)
            if column == LAST_ATTENDED:
                return day_date(entry.last_attended) or self.tr("Not yet")
            if column == RATE:
                # "6 of 11" reads as a count, not a grade.
                return self.tr("{sessions_attended} of {sessions_recorded}").format(
                    sessions_attended=entry.sessions_attended,
                    sessions_recorded=entry.sessions_recorded) if entry.sessions_recorded else "—"
        if role == SORT_ROLE:
            return self._sort_values[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == JOINED:
            return self.tr("Joined on {long_date}").format(long_date=long_date(entry.membership.joined_on))
        if role == Qt.ItemDataRole.ToolTipRole and column == LAST_ATTENDED and entry.last_attended:
            return self.tr("Last came on {long_date}").format(long_date=long_date(entry.last_attended))
        if role == Qt.ItemDataRole.ToolTipRole and column == RATE and entry.sessions_recorded:
            return (self.tr("Came to {sessions_attended} of the {sessions_recorded} sessions recorded for them "
                            "({rate_text})").format(sessions_attended=entry.sessions_attended,
                                                    sessions_recorded=entry.sessions_recorded,
                                                    rate_text=rate_text(entry.rate)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RosterFilterModel(QSortFilterProxyModel):
    """Type-to-filter on the name, ignoring case and accents ("soren" finds Søren); sorts by raw values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A roster source sorts its own rows (fast); other sources are sorted here as usual."""
        source = self.sourceModel()
        if isinstance(source, RosterModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = sort_key(text)[0]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        if isinstance(source, RosterModel):
            return self._needle in source.folded_name(source_row)
        return self._needle in str(source.index(source_row, NAME, source_parent).data(SORT_ROLE))
