"""A group's sessions by date, for the left-hand pane under the groups."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.ui.formatting import long_date, short_date
from facilitator_app.ui.models.roles import ID_ROLE, STATUS_ROLE, Index


class SessionListModel(QAbstractListModel):
    """Sessions oldest first; cancelled and "did not meet" ones stay, shown in italics."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[MeetingRecord] = []
        self._fixed_today = today
        self.today = today or date.today()

    def set_meetings(self, meetings: list[MeetingRecord]) -> None:
        # "Today" is read once per load, not in every data() call while painting.
        self.today = self._fixed_today or date.today()
        self.beginResetModel()
        self._meetings = sorted(meetings, key=lambda m: (m.date, m.start_time is None, m.start_time))
        self.endResetModel()

    def update_meeting(self, meeting: MeetingRecord) -> bool:
        """Replace one session in place (dataChanged, not a reset); False if it is not listed."""
        row = self.row_of(meeting.id)
        if row < 0 or self._meetings[row].date != meeting.date:
            return False
        self._meetings[row] = meeting
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                                             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                                             Qt.ItemDataRole.AccessibleTextRole, STATUS_ROLE])
        return True

    def meeting_at(self, row: int) -> MeetingRecord | None:
        return self._meetings[row] if 0 <= row < len(self._meetings) else None

    def row_of(self, meeting_id: uuid.UUID) -> int:
        return next((i for i, m in enumerate(self._meetings) if m.id == meeting_id), -1)

    def default_row(self) -> int:
        """Today's session, else the next one to come, else the latest: what a facilitator opens."""
        for row, meeting in enumerate(self._meetings):
            if meeting.date >= self.today and meeting.status is not MeetingStatus.CANCELLED:
                return row
        return len(self._meetings) - 1

    def latest_held_row(self) -> int:
        """The last session marked held (-1 if none): sample data opens there, on a filled-in sheet."""
        return next((row for row in range(len(self._meetings) - 1, -1, -1)
                     if self._meetings[row].status is MeetingStatus.HELD), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        meeting = self.meeting_at(index.row()) if index.isValid() else None
        if meeting is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [short_date(meeting.date)]
            if meeting.date == self.today:
                parts.append("today")
            if meeting.status is not MeetingStatus.PLANNED:
                parts.append(meeting.status.label.lower())
            elif meeting.date < self.today:
                parts.append("not recorded")
            return " · ".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{long_date(meeting.date)}, {meeting.status.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            topic = f"\nTopic: {meeting.topic}" if meeting.topic else ""
            return f"{long_date(meeting.date)} — {meeting.status.label}{topic}"
        if role == Qt.ItemDataRole.FontRole:
            if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET):
                font = QFont()
                font.setItalic(True)
                return font
            if meeting.date == self.today:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET):
                return QColor("#6b6b6b")  # muted, yet 5:1 contrast on white
            if meeting.date > self.today:
                return QColor("#1a5fa8")  # upcoming: a calm blue with good contrast on white
            return None
        if role == ID_ROLE:
            return meeting.id
        if role == STATUS_ROLE:
            return meeting.status
        return None
