"""When a walk-in's name fits several members: a small list to say who came, never a guess."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator_app.domain.walk_in import SeveralMatches, WalkIn, WalkInCandidate
from facilitator_app.services.attendance import AttendanceService
from facilitator_app.ui.dialogs.submit_dialog import describe_widget, ok_cancel_buttons
from facilitator_app.ui.naming import named

NEW_MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class WalkInChooser(QDialog):
    """Lists the members called ``name`` and "someone new"; arrows choose, Enter marks, Esc cancels."""

    def __init__(self, name: str, candidates: list[WalkInCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInChooser")
        self.setWindowTitle(self.tr("Who came?"))
        self.setAccessibleName(self.tr("Who came?"))
        question = QLabel(self.tr("More than one member is called “{name}”. Who came to this session?").format(
            name=name), wordWrap=True)
        self.choices = named(QListWidget(), "walkInChoices")
        describe_widget(self.choices, self.tr("Members called {name}").format(name=name),
                        self.tr("Choose who came with the arrow keys, then press Enter to mark them present"))
        for candidate in candidates:
            item = QListWidgetItem(candidate.describe())
            item.setData(Qt.ItemDataRole.UserRole, candidate.member.id)
            self.choices.addItem(item)
        new = QListWidgetItem(self.tr("Someone new called “{name}” (joins the group from this session)").format(
            name=name))
        new.setData(NEW_MEMBER_ROLE, True)
        self.choices.addItem(new)
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        question.setBuddy(self.choices)

        buttons, _ok = ok_cancel_buttons(
            self, (self.tr("Mark present"), "walkInChooserOk", self.tr("Mark the chosen person present (Enter)")),
            ("walkInChooserCancel", self.tr("Mark nobody; the name stays in the walk-in field (Esc)")))

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.choices.setFocus()
        self.resize(460, 260)

    def chosen_member_id(self) -> uuid.UUID | None:
        """The member chosen, or None for someone new."""
        item = self.choices.currentItem()
        return None if item is None or item.data(NEW_MEMBER_ROLE) else item.data(Qt.ItemDataRole.UserRole)


def add_walk_in_choosing(parent: QWidget, attendance: AttendanceService, meeting_id: uuid.UUID,
                         name: str, origin: object | None = None) -> WalkIn | None:
    """Save a walk-in; when the name fits several members, ask who came. None: the facilitator cancelled."""
    try:
        return attendance.add_walk_in(meeting_id, name, origin=origin)
    except SeveralMatches as several:
        dialog = WalkInChooser(several.name, several.candidates, parent)
        if not dialog.exec():
            return None
        member_id = dialog.chosen_member_id()
        return attendance.add_walk_in(meeting_id, name, member_id=member_id, new_member=member_id is None,
                                      origin=origin)
