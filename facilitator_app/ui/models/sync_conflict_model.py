"""The open sync conflicts as a list: each row says in plain words what is in conflict, and where.

A row is "Session note, Tue 3 Mar 2026 (Evening group): Themes discussed"; ``MEETING_ROLE`` holds
the session's id (None for a conflict outside a session note), so activating a row can take the
window to that session's Notes tab.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator_app.services.sync import ConflictPlace
from facilitator_app.ui.formatting import short_date
from facilitator_app.ui.language import translate
from facilitator_app.ui.panels.note_layout import SECTIONS

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1

_SECTION_NAMES = {field: spoken for field, _name, _label, spoken, _tip, _placeholder in SECTIONS}


def describe(place: ConflictPlace) -> str:
    """The row's text, in the window's language."""
    if place.meeting_id is not None and place.column in _SECTION_NAMES:
        section = translate("NoteLayout", _SECTION_NAMES[place.column])
        return translate("SyncConflictModel", "Session note, {date} ({group}): {section}").format(
            date=short_date(place.meeting_date), group=place.group_name or "", section=section)
    return translate("SyncConflictModel", "{table}, record {row}: {column}").format(
        table=place.table_name.replace("_", " "), row=str(place.row_id)[:8], column=place.column.replace("_", " "))


class SyncConflictModel(QAbstractListModel):
    """One row per open conflict; ``set_places`` replaces them all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._places: list[ConflictPlace] = []
        self._texts: list[str] = []

    def set_places(self, places: list[ConflictPlace]) -> None:
        self.beginResetModel()
        self._places = list(places)
        self._texts = [describe(p) for p in self._places]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._places)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._places):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SyncConflictModel", "{what}. Press Enter to open it and keep the text you want; "
                                                  "the conflict is settled when the markers are gone.").format(
                what=self._texts[index.row()])
        if role == MEETING_ROLE:
            return self._places[index.row()].meeting_id
        return None

    def meeting_at(self, row: int) -> uuid.UUID | None:
        return self._places[row].meeting_id if 0 <= row < len(self._places) else None
