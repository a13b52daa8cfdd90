"""A session's attendance sheet: one row per member, with their status."""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import AttendanceLine
from facilitator_app.domain.text import sort_key
from facilitator_app.ui.formatting import STATUS_KEYS, label_of
from facilitator_app.ui.language import QT_TRANSLATE_NOOP
from facilitator_app.ui.models.roles import ID_ROLE, SORT_ROLE, STATUS_ROLE, Index
from facilitator_app.ui.models.table_base import FlatTableModel

NAME, PRONOUNS, STATUS = range(3)
HEADERS = (QT_TRANSLATE_NOOP("Headers", "Name"), QT_TRANSLATE_NOOP("Headers", "Pronouns"),
           QT_TRANSLATE_NOOP("Headers", "Status"))

# Readable on white (contrast 4.5:1 or better), and never the only cue: the text says it too.
STATUS_COLOURS = {
    AttendanceStatus.PRESENT: QColor("#1b6e2d"),
    AttendanceStatus.LATE: QColor("#8a5300"),
    AttendanceStatus.LEFT_EARLY: QColor("#8a5300"),
    AttendanceStatus.EXCUSED: QColor("#4a4a8a"),
    AttendanceStatus.ABSENT: QColor("#9b1c1c"),
}

StatusEditor = Callable[[uuid.UUID, AttendanceStatus], bool]

_DISPLAY, _EDIT, _FOREGROUND, _TOOLTIP, _ACCESSIBLE = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole))
_ID, _SORT, _STATUS = int(ID_ROLE), int(SORT_ROLE), int(STATUS_ROLE)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _FOREGROUND, _TOOLTIP, _ACCESSIBLE, _ID, _SORT, _STATUS})
_KEYS = ", ".join(f"{key} {label_of(status).lower()}" for status, key in STATUS_KEYS.items())
_STATUS_TIP = f"Keys: {_KEYS}; Space cycles."


class AttendanceModel(FlatTableModel):
    """Holds what the sheet shows. Edits go through ``status_editor`` (which saves them),
    and the panel applies saved results with ``apply_status``."""

    headers = HEADERS

    def __init__(self, parent: QObject | None = None, status_editor: StatusEditor | None = None) -> None:
        super().__init__(parent)
        self._lines: list[AttendanceLine] = []
        self._folded: list[str] = []
        self._status_editor = status_editor
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        # Computed once: flags() runs for every visible cell on every paint.
        self._flags = (base, base, base | Qt.ItemFlag.ItemIsEditable if status_editor else base)

    def set_lines(self, lines: list[AttendanceLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._folded = [sort_key(line.member.preferred_name)[0] for line in self._lines]
        self.endResetModel()

    def line_at(self, row: int) -> AttendanceLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, member_id: uuid.UUID) -> int:
        return next((i for i, line in enumerate(self._lines) if line.member.id == member_id), -1)

    def apply_status(self, member_id: uuid.UUID, status: AttendanceStatus | None) -> None:
        """Show a saved status (None: no status recorded) without reloading the sheet."""
        row = self.row_of(member_id)
        if row < 0:
            return
        self._lines[row] = dataclasses.replace(self._lines[row], status=status)
        index = self.index(row, STATUS)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                             Qt.ItemDataRole.AccessibleTextRole, STATUS_ROLE, SORT_ROLE])

    def totals(self) -> Counter[AttendanceStatus | None]:
        return Counter(line.status for line in self._lines)

    def _rows(self) -> list[object]:
        return self._lines  # type: ignore[return-value]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._flags[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks every visible cell for seven roles: int constants, and the roles no cell
        # answers return before any lookup.
        if role not in _ANSWERED:
            return None
        row = index.row()   # -1 for an invalid index
        if not 0 <= row < len(self._lines):
            return None
        line = self._lines[row]
        column = index.column()
        if role == _DISPLAY or role == _EDIT or role == _SORT:
            if column == NAME:
                return line.member.preferred_name if role != _SORT else self._folded[row]
            if column == PRONOUNS:
                return line.member.pronouns
            if column == STATUS:
                if role == _SORT:
                    return line.status.value if line.status else ""
                return label_of(line.status) if line.status else "—"
            return None
        if role == _FOREGROUND:
            return STATUS_COLOURS[line.status] if column == STATUS and line.status is not None else None
        if role == _ID:
            return line.member.id
        if role == _STATUS:
            return line.status
        if column != STATUS:
            return None
        if role == _ACCESSIBLE:
            return label_of(line.status) if line.status else self.tr("No status yet")
        return _STATUS_TIP   # _TOOLTIP

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None or index.column() != STATUS or role != Qt.ItemDataRole.EditRole \
                or self._status_editor is None:
            return False
        try:
            status = AttendanceStatus(value)
        except ValueError:
            return False
        return self._status_editor(line.member.id, status)
