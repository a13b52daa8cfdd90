"""Beside the round: who might welcome a quiet word, why each is listed, and the rules in one line."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from facilitator_app.services.checkins import GentleFollowUp
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.models.follow_up_model import SUGGESTION, FollowUpModel
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.naming import named

EMPTY = QT_TRANSLATE_NOOP("FollowUpBox", "No one's latest check-in suggests a quiet word right now.")


class FollowUpBox(QWidget):
    """A heading, what the list is for, its rules, then the list (or a calm sentence when it is empty).
    Enter (or a double-click) on a name asks for that member's row: ``member_activated``."""

    member_activated = Signal(object)   # uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = named(QLabel(self.tr("Might welcome a quiet word")), "followUpHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = named(QLabel(translate("FollowUpModel", SUGGESTION)), "followUpHint")
        hint.setWordWrap(True)
        self._rules = named(QLabel(), "followUpRules")
        self._rules.setWordWrap(True)
        self._rules.setAccessibleName(self.tr("Who is listed"))
        self._model = FollowUpModel(self)
        self._view = named(QListView(), "followUpList")
        self._view.setModel(self._model)
        self._view.setAccessibleName(self.tr("Might welcome a quiet word"))
        self._view.setToolTip(self.tr("Members whose latest check-in suggests offering a private chat, each with the "
                                      "reason. Enter shows their row and trend."))
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setUniformItemSizes(True)
        self._view.activated.connect(self._on_view_activated)
        self._empty = named(QLabel(translate("FollowUpBox", EMPTY)), "followUpEmpty")
        self._empty.setWordWrap(True)
        self._empty.setAccessibleName(self.tr("Follow-up suggestions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (heading, hint, self._rules):
            layout.addWidget(label)
        layout.addWidget(self._view, 100)
        layout.addWidget(self._empty)
        layout.addStretch(1)  # takes the room when the list is hidden, so the labels stay together
        self._show_state()

    @property
    def view(self) -> QListView:
        return self._view

    def set_rules(self, text: str) -> None:
        self._rules.setText(text)
        self._rules.setVisible(bool(text))

    def set_entries(self, entries: list[GentleFollowUp]) -> None:
        self._model.set_entries(entries)
        self._show_state()

    def update_member(self, member_id: uuid.UUID, entry: GentleFollowUp | None) -> None:
        """One member's suggestion changed (None: no longer listed)."""
        self._model.update_member(member_id, entry)
        self._show_state()

    def name_of(self, member_id: uuid.UUID) -> str | None:
        entry = self._model.entry_at(self._model.row_of(member_id))
        return entry.member.preferred_name if entry else None

    def _show_state(self) -> None:
        listed = self._model.rowCount() > 0
        self._view.setVisible(listed)
        self._empty.setVisible(not listed)

    def _on_view_activated(self, index: QModelIndex) -> None:
        member_id = index.data(ID_ROLE)
        if member_id is not None:
            self.member_activated.emit(member_id)
