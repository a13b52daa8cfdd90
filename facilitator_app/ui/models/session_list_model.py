"""A group's sessions by date, for the left-hand pane under the groups."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.ui.formatting import label_of, long_date, short_date
from facilitator_app.ui.language import emphasis_font
from facilitator_app.ui.models.roles import ID_ROLE, STATUS_ROLE, Index

_DISPLAY, _FONT, _FOREGROUND, _TOOLTIP, _ACCESSIBLE = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole))
_ID, _STATUS = int(ID_ROLE), int(STATUS_ROLE)
_ANSWERED = frozenset({_DISPLAY, _FONT, _FOREGROUND, _TOOLTIP, _ACCESSIBLE, _ID, _STATUS})
_MUTED = (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET)
MUTED_COLOUR = QColor("#6b6b6b")      # muted, yet 5:1 contrast on white
UPCOMING_COLOUR = QColor("#1a5fa8")   # upcoming: a calm blue with good contrast on white


class SessionListModel(QAbstractListModel):
    """Sessions oldest first; cancelled and "did not meet" ones stay, shown in italics."""

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[MeetingRecord] = []
        # Per row, what painting asks for (text, font, colour), worked out once per load: a long
        # list scrolled far is painted many rows at a time, seven roles a row.
        self._painted: list[tuple[str, QFont | None, QColor | None]] = []
        self._fixed_today = today
        self.today = today or date.today()
        self._italic, self._bold = emphasis_font(), QFont()
        self._bold.setBold(True)

    def set_meetings(self, meetings: list[MeetingRecord]) -> None:
        # "Today" is read once per load, not in every data() call while painting.
        self.today = self._fixed_today or date.today()
        self.beginResetModel()
        self._meetings = sorted(meetings, key=lambda m: (m.date, m.start_time is None, m.start_time))
        self._painted = [self._paint_values(meeting) for meeting in self._meetings]
        self.endResetModel()

    def update_meeting(self, meeting: MeetingRecord) -> bool:
        """Replace one session in place (dataChanged, not a reset); False if it is not listed."""
        row = self.row_of(meeting.id)
        if row < 0 or self._meetings[row].date != meeting.date:
            return False
        self._meetings[row] = meeting
        self._painted[row] = self._paint_values(meeting)
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
        if role not in _ANSWERED:
            return None
        row = index.row()   # -1 for an invalid index
        if not 0 <= row < len(self._meetings):
            return None
        if role == _DISPLAY:
            return self._painted[row][0]
        if role == _FONT:
            return self._painted[row][1]
        if role == _FOREGROUND:
            return self._painted[row][2]
        meeting = self._meetings[row]
        if role == _ACCESSIBLE:
            return self.tr("{date}, {status}").format(date=long_date(meeting.date), status=label_of(meeting.status))
        if role == _TOOLTIP:
            topic = self.tr("\nTopic: {topic}").format(topic=meeting.topic) if meeting.topic else ""
            return self.tr("{long_date} — {label}{topic}").format(long_date=long_date(meeting.date),
                                                                  label=label_of(meeting.status), topic=topic)
        if role == _ID:
            return meeting.id
        return meeting.status   # _STATUS

    def _paint_values(self, meeting: MeetingRecord) -> tuple[str, QFont | None, QColor | None]:
        parts = [short_date(meeting.date)]
        if meeting.date == self.today:
            parts.append(self.tr("today"))
        if meeting.status is not MeetingStatus.PLANNED:
            parts.append(label_of(meeting.status).lower())
        elif meeting.date < self.today:
            parts.append(self.tr("not recorded"))
        muted = meeting.status in _MUTED
        font = self._italic if muted else self._bold if meeting.date == self.today else None
        colour = MUTED_COLOUR if muted else UPCOMING_COLOUR if meeting.date > self.today else None
        return " · ".join(parts), font, colour
