"""The list of groups, for the window's left-hand pane."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from facilitator_app.domain.records import GroupRecord
from facilitator_app.ui.formatting import describe_recurrence
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.models.roles import Index as _Index


class GroupListModel(QAbstractListModel):
    """Groups by name; the tooltip says when each meets."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupRecord] = []

    def set_groups(self, groups: list[GroupRecord]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def update_group(self, group: GroupRecord) -> bool:
        """Replace one group in place; False if it is not listed or its name (so its place) changed."""
        row = self.row_of(group.id)
        if row < 0 or self._groups[row].name != group.name:
            return False
        self._groups[row] = group
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])
        return True

    def group_at(self, row: int) -> GroupRecord | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def row_of(self, group_id: uuid.UUID) -> int:
        return next((i for i, g in enumerate(self._groups) if g.id == group_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._groups)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.group_at(index.row()) if index.isValid() else None
        if group is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return group.name
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self.tr(" at {venue}").format(venue=group.venue) if group.venue else ""
            return f"{describe_recurrence(group.recurrence)}{where}"
        if role == ID_ROLE:
            return group.id
        return None
