"""The handout library: one row per handout, with whether it went out at the selected session."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt

from facilitator_app.domain.text import same_name, sort_key
from facilitator_app.services.handouts import LibraryEntry
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.models.roles import ID_ROLE, SORT_ROLE, Index

GIVEN, TITLE, TOPICS, KIND, VERSION, SESSIONS = range(6)
HEADERS = (QT_TRANSLATE_NOOP("Headers", "This session"), QT_TRANSLATE_NOOP("Headers", "Title"),
           QT_TRANSLATE_NOOP("Headers", "Topics"), QT_TRANSLATE_NOOP("Headers", "Kind"),
           QT_TRANSLATE_NOOP("Headers", "Version"), QT_TRANSLATE_NOOP("Headers", "Given at"))
HEADER_TIPS = (
    "Ticked: given out at the selected session. Space or a click ticks or unticks it (saved at once).",
    "The handout's title", "What the handout is about", "The kind of file",
    "Which version or edition of the handout this is", "How many sessions the handout was given at, in every group",
)
KIND_LABELS = {"application/pdf": "PDF", "image/png": QT_TRANSLATE_NOOP("HandoutLibraryModel", "PNG image"),
               "image/jpeg": QT_TRANSLATE_NOOP("HandoutLibraryModel", "JPEG image"),
               "text/plain": QT_TRANSLATE_NOOP("HandoutLibraryModel", "Text"), "text/markdown": "Markdown"}

def kind_label(media_type: str) -> str:
    """A handout's kind in the window's language ("Text", "PNG image"), else its media type."""
    return translate("HandoutLibraryModel", KIND_LABELS.get(media_type, media_type))


# Saves "given at this session" for a handout; True when it was saved.
GivenEditor = Callable[[uuid.UUID, bool], bool]


def sessions_text(count: int) -> str:
    return translate("HandoutLibraryModel", "Not yet") if count == 0 else translate(
        "HandoutLibraryModel", "%n session(s)", "", count)


def size_text(size: int) -> str:
    if size < 1024:
        return translate("HandoutLibraryModel", "{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return translate("HandoutLibraryModel", "{value:.0f} KB").format(value=size / 1024)
    return translate("HandoutLibraryModel", "{value:.1f} MB").format(value=size / 1_048_576)


class HandoutLibraryModel(QAbstractTableModel):
    """What the library shows. Ticking "This session" goes through ``given_editor`` (which saves);
    the panel shows saved results with ``apply_given``."""

    def __init__(self, parent: QObject | None = None, given_editor: GivenEditor | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LibraryEntry] = []
        self._display: list[tuple[str, str, str, str, str]] = []
        self._sort: list[tuple[object, ...]] = []
        self._folded: list[str] = []
        self._given_editor = given_editor
        self._session_state = "none"  # "none": no session; "closed": cancelled or did not meet; "open"
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        self._base_flags = base
        self._checkable_flags = base | Qt.ItemFlag.ItemIsUserCheckable

    # -- loading ---------------------------------------------------------------------------------
    def set_entries(self, entries: list[LibraryEntry], session_state: str = "none") -> None:
        """Show ``entries``; ``session_state`` says whether ticks can be set: "none", "closed" or "open"."""
        self.beginResetModel()
        self._entries = list(entries)
        self._session_state = session_state
        self._display = [self._display_of(e) for e in self._entries]
        # Sorting and filtering ask for these thousands of times: work them out once per load.
        self._sort = [self._sort_of(e) for e in self._entries]
        self._folded = [" ".join(sort_key(part)[0] for part in (
            e.handout.title, " ".join(e.handout.topics), e.handout.description, e.handout.file_name,
            e.handout.version)) for e in self._entries]
        self.endResetModel()

    @staticmethod
    def _display_of(entry: LibraryEntry) -> tuple[str, str, str, str, str]:
        handout = entry.handout
        return (handout.title, ", ".join(handout.topics), kind_label(handout.media_type),
                handout.version, sessions_text(entry.sessions_given))

    @staticmethod
    def _sort_of(entry: LibraryEntry) -> tuple[object, ...]:
        handout = entry.handout
        return (int(entry.given_here), sort_key(handout.title)[0], sort_key(", ".join(handout.topics))[0],
                kind_label(handout.media_type), sort_key(handout.version)[0],
                entry.sessions_given)

    def apply_given(self, handout_id: uuid.UUID, given: bool, sessions_given: int) -> None:
        """Show a saved tick (and the new count of sessions) without reloading the library."""
        row = self.row_of(handout_id)
        if row < 0:
            return
        entry = dataclasses.replace(self._entries[row], given_here=given, sessions_given=sessions_given)
        self._entries[row] = entry
        self._display[row] = self._display_of(entry)
        self._sort[row] = self._sort_of(entry)
        self.dataChanged.emit(self.index(row, GIVEN), self.index(row, GIVEN),
                              [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.AccessibleTextRole,
                               Qt.ItemDataRole.ToolTipRole, SORT_ROLE])
        self.dataChanged.emit(self.index(row, SESSIONS), self.index(row, SESSIONS),
                              [Qt.ItemDataRole.DisplayRole, SORT_ROLE])

    def set_given_here(self, given_ids: set[uuid.UUID], session_state: str) -> None:
        """Another session was chosen: only the ticks change (the library itself stays as loaded)."""
        self._session_state = session_state
        for row, entry in enumerate(self._entries):
            given = entry.handout.id in given_ids
            if entry.given_here != given:
                self._entries[row] = dataclasses.replace(entry, given_here=given)
                self._sort[row] = self._sort_of(self._entries[row])
        if self._entries:
            self.dataChanged.emit(self.index(0, GIVEN), self.index(len(self._entries) - 1, GIVEN),
                                  [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.AccessibleTextRole,
                                   Qt.ItemDataRole.ToolTipRole, SORT_ROLE])

    # -- lookups ---------------------------------------------------------------------------------
    @property
    def can_tick(self) -> bool:
        return self._session_state == "open" and self._given_editor is not None

    def entry_at(self, row: int) -> LibraryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, handout_id: uuid.UUID) -> int:
        return next((i for i, e in enumerate(self._entries) if e.handout.id == handout_id), -1)

    def folded_text(self, row: int) -> str:
        return self._folded[row]

    # -- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Headers", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == GIVEN and self.can_tick:
            return self._checkable_flags
        return self._base_flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return entry.handout.id
        if role == SORT_ROLE:
            return self._sort[index.row()][column]
        if column == GIVEN:
            return self._given_data(entry, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[index.row()][column - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                description = entry.handout.description
                return f"{entry.handout.title}\n{description}" if description else entry.handout.title
            if column == TOPICS and entry.handout.topics:
                return self.tr("Topics: {topics}").format(topics=", ".join(entry.handout.topics))
            if column == KIND:
                return self.tr("{file} · {size}").format(file=entry.handout.file_name or self.tr("File"),
                                                         size=size_text(entry.handout.size))
            if column == SESSIONS:
                return self.tr("Given at {lower}, in every group").format(lower=sessions_text(
                    entry.sessions_given).lower())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SESSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _given_data(self, entry: LibraryEntry, role: int) -> Any:
        if self._session_state == "none":
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Choose a session on the left to mark handouts as given at it")
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.given_here else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Given at this session") if entry.given_here else self.tr("Not given at this session")
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._session_state == "closed":
                return self.tr("This session did not take place, so handouts cannot be marked as given at it")
            return (self.tr("Given at this session. Space unticks it.") if entry.given_here
                    else self.tr("Not given at this session. Space ticks it."))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None or index.column() != GIVEN or role != Qt.ItemDataRole.CheckStateRole \
                or not self.can_tick or self._given_editor is None:
            return False
        try:
            given = Qt.CheckState(value) == Qt.CheckState.Checked
        except ValueError:
            return False
        return self._given_editor(entry.handout.id, given)


class HandoutFilterModel(QSortFilterProxyModel):
    """Filters by words (in any order, ignoring case and accents) and by one topic; sorts by raw values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._topic = ""
        self.setSortRole(SORT_ROLE)

    @property
    def topic(self) -> str:
        return self._topic

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = sort_key(text)[0].split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_topic(self, topic: str) -> None:
        """Show only handouts with ``topic`` ("" shows every topic)."""
        self.beginFilterChange()
        self._topic = topic.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, HandoutLibraryModel):
            return True
        if self._topic:
            entry = source.entry_at(source_row)
            if entry is None or not any(same_name(self._topic, t) for t in entry.handout.topics):
                return False
        if self._words:
            text = source.folded_text(source_row)
            return all(word in text for word in self._words)
        return True
