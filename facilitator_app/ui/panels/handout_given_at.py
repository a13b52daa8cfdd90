"""The sessions a handout was given at, newest first; Enter or a double-click opens one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator_app.services.handouts import GivenAt
from facilitator_app.ui.formatting import short_date
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.naming import named


class GivenAtList(QWidget):
    """"Given at:" with the list of sessions, or a line saying there were none."""

    session_requested = Signal(object)  # uuid of the session activated

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = named(QListWidget(), "handoutSessionsList")
        self.list.setAccessibleName(self.tr("Sessions this handout was given at"))
        self.list.setToolTip(self.tr("Every session the selected handout was given at, newest first "
                                     "(Enter or double-click opens the session)"))
        list_height = self.list.fontMetrics().height() * 5 + 16
        self.list.setFixedHeight(list_height)
        self.list.itemActivated.connect(self._on_list_item_activated)
        label = QLabel(self.tr("Given a&t:"))
        label.setBuddy(self.list)
        self._empty = named(QLabel(), "handoutSessionsEmpty")
        self._empty.setWordWrap(True)
        self._empty.setAccessibleName(self.tr("Sessions this handout was given at"))
        # Takes the list's place when it is empty, so the preview above keeps its size.
        self._empty.setFixedHeight(list_height)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._empty.setIndent(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(self._empty)

    def clear(self) -> None:
        """No handout selected: an empty list and no message."""
        self.list.clear()
        self._empty.setText("")
        self.list.show()
        self._empty.hide()

    def show_givings(self, givings: Sequence[GivenAt], current: uuid.UUID | None) -> None:
        """List ``givings``, with the session ``current`` selected when it is among them."""
        self.list.clear()
        for given in givings:
            item = QListWidgetItem(self.tr("{short_date} · {group_name}").format(short_date=short_date(given.date),
                                                                                 group_name=given.group_name))
            item.setData(ID_ROLE, given.meeting_id)
            self.list.addItem(item)
            if current is not None and given.meeting_id == current:
                self.list.setCurrentItem(item)
        self._empty.setText("" if givings else self.tr("Not given at any session yet."))
        self.list.setVisible(bool(givings))
        self._empty.setVisible(not givings)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(ID_ROLE)
        if meeting_id is not None:
            self.session_requested.emit(meeting_id)
