"""Members who missed the group's last few sessions: a list for caring phone calls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from facilitator_app.domain.records import FollowUpEntry
from facilitator_app.ui.formatting import short_date
from facilitator_app.ui.models.roles import ID_ROLE, Index


class MissedSessionsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[FollowUpEntry] = []

    def set_entries(self, entries: list[FollowUpEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            last = self.tr("last came {short_date}").format(short_date=short_date(
                entry.last_attended)) if entry.last_attended else self.tr("not seen yet")
            return self.tr("{preferred_name} — {last}").format(preferred_name=entry.member.preferred_name, last=last)
        if role == Qt.ItemDataRole.ToolTipRole:
            phone = self.tr(" Phone: {phone}.").format(
                phone=entry.member.phone) if entry.member.phone and entry.member.consent_to_contact else ""
            return self.tr("Missed the last {missed} sessions.{phone}").format(missed=entry.missed, phone=phone)
        if role == ID_ROLE:
            return entry.member.id
        return None
