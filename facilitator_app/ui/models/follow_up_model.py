"""Members whose latest check-in suggests offering a quiet, private word. Never a diagnosis."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from facilitator_app.domain.text import sort_key
from facilitator_app.services.checkins import GentleFollowUp
from facilitator_app.ui.formatting import long_date, short_date
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.models.roles import ID_ROLE, Index

_DISPLAY, _TOOLTIP, _ACCESSIBLE = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole))
_ID = int(ID_ROLE)
SUGGESTION = QT_TRANSLATE_NOOP("FollowUpModel", "A suggestion to offer a private chat, if it feels right; never a "
                                                "diagnosis.")


class FollowUpModel(QAbstractListModel):
    """One row per member: their name and the plain reason ("Mood 1 today", "Mood 4 today, 3 below
    their usual 7")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[GentleFollowUp] = []
        self._texts: list[tuple[str, str, str]] = []  # display, tooltip, accessible: worked out once

    def set_entries(self, entries: list[GentleFollowUp]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = [(self.tr("{preferred_name} — {reason}").format(preferred_name=e.member.preferred_name,
                                                                      reason=e.reason),
                        self.tr("{preferred_name} might welcome a quiet word: {reason} (their latest check-in, "
                                "{short_date}). {SUGGESTION}").format(preferred_name=e.member.preferred_name,
                                                                      reason=e.reason, short_date=short_date(e.on),
                                                                      SUGGESTION=translate("FollowUpModel",
                                                                                           SUGGESTION)),
                        self.tr("{preferred_name} might welcome a quiet word: {reason}. Latest check-in "
                                "{long_date}.").format(preferred_name=e.member.preferred_name, reason=e.reason,
                                                       long_date=long_date(e.on)))
                       for e in self._entries]
        self.endResetModel()

    def update_member(self, member_id: uuid.UUID, entry: GentleFollowUp | None) -> None:
        """One member's suggestion changed (None: no longer on the list); the rest stay as they are."""
        others = [e for e in self._entries if e.member.id != member_id]
        if entry is not None:
            others.append(entry)
        self.set_entries(sorted(others, key=lambda e: (sort_key(e.member.preferred_name), e.member.id)))

    def entry_at(self, row: int) -> GentleFollowUp | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, member_id: uuid.UUID) -> int:
        return next((i for i, e in enumerate(self._entries) if e.member.id == member_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for seven roles per visible row on every paint: int constants, no enum lookups.
        row = index.row()   # -1 for an invalid index
        if not 0 <= row < len(self._entries):
            return None
        if role == _DISPLAY:
            return self._texts[row][0]
        if role == _TOOLTIP:
            return self._texts[row][1]
        if role == _ACCESSIBLE:
            return self._texts[row][2]
        if role == _ID:
            return self._entries[row].member.id
        return None
