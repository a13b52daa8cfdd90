"""Notes found by a full-text search: one row per note, with its group, date and a snippet."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from facilitator_app.services.notes import NoteHit
from facilitator_app.ui.formatting import short_date
from facilitator_app.ui.models.roles import ID_ROLE, Index

# What the result delegate paints: the date and the group on the first line, then the section
# that matched and the snippet, as HTML with the matches in bold.
DATE_ROLE = Qt.ItemDataRole.UserRole + 40
GROUP_ROLE = Qt.ItemDataRole.UserRole + 41
SECTION_ROLE = Qt.ItemDataRole.UserRole + 42
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 43


class NoteSearchModel(QAbstractListModel):
    """The hits of one search, newest session first (the order the service gives)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[NoteHit] = []
        # Painting asks for these on every frame: worked out once per search.
        self._dates: list[str] = []
        self._html: list[str] = []
        self._plain: list[str] = []

    def set_hits(self, hits: list[NoteHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._dates = [short_date(hit.date) for hit in self._hits]
        self._html = [_snippet_html(hit) for hit in self._hits]
        self._plain = [f"{day} · {hit.group_name} · {hit.section_label}: {_one_line(hit.snippet_text)}"
                       for day, hit in zip(self._dates, self._hits, strict=True)]
        self.endResetModel()

    def hit_at(self, row: int) -> NoteHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, meeting_id: uuid.UUID) -> int:
        return next((i for i, hit in enumerate(self._hits) if hit.meeting_id == meeting_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row() if index.isValid() and index.column() == 0 else -1
        hit = self.hit_at(row)
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._plain[row]
        if role == ID_ROLE:
            return hit.meeting_id
        if role == DATE_ROLE:
            return self._dates[row]
        if role == GROUP_ROLE:
            return hit.group_name
        if role == SECTION_ROLE:
            return hit.section_label
        if role == SNIPPET_HTML_ROLE:
            return self._html[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{section_label} · Enter or double-click opens this session").format(
                section_label=hit.section_label)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _snippet_html(hit: NoteHit) -> str:
    """The snippet on one line, the matches in bold; the note's own text escaped."""
    return "".join(f"<b>{html.escape(_flat(text))}</b>" if is_match else html.escape(_flat(text))
                   for text, is_match in hit.snippet)


def _flat(text: str) -> str:
    """Line breaks become spaces; the spaces at either end stay (they separate the runs)."""
    return "".join(" " if ch in "\r\n\t" else ch for ch in text)
