"""What every flat table model here shares: no children, fixed headers, rows from one list."""

from __future__ import annotations

from collections.abc import Sized
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from facilitator_app.ui.language import translate
from facilitator_app.ui.models.roles import Index


class FlatTableModel(QAbstractTableModel):
    """Subclasses set ``headers`` and implement ``_rows()`` (the list the rows come from)."""

    headers: tuple[str, ...] = ()

    def _rows(self) -> Sized:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return translate("Headers", self.headers[section])   # marked where each model lists them
        return None
