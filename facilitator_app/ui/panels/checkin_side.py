"""Beside the check-in round: the selected member's recent check-ins as a chart, and the members
of the group who might welcome a quiet word (kept while moving between the group's sessions)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import GroupRecord
from facilitator_app.errors import AppError
from facilitator_app.services.checkins import CheckinService, short_name
from facilitator_app.services.quiet_words import rules_text
from facilitator_app.ui.panels.follow_up_box import FollowUpBox
from facilitator_app.ui.widgets.trend_chart import TrendChart

TREND_LENGTH = 12

Instruments = Callable[[uuid.UUID | None], InstrumentDefinition | None]


class CheckinSide(QWidget):
    """The trend chart above the follow-up list; ``error_raised`` says what could not be read."""

    error_raised = Signal(str)

    def __init__(self, checkins: CheckinService, instrument: Instruments, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checkins = checkins
        self._instrument = instrument
        self._follow_ups_for: uuid.UUID | None = None  # the group whose follow-up list is shown
        self.chart = TrendChart()
        self.follow = FollowUpBox()
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.chart, 0)
        side.addSpacing(8)
        side.addWidget(self.follow, 1)
        self.setMinimumWidth(self.chart.minimumWidth())   # gives way to the round's columns
        self.setMaximumWidth(320)

    def forget_follow_ups(self, unless_group: uuid.UUID | None = None) -> None:
        """Read the follow-up list again next time (unless it is the list of ``unless_group``)."""
        if unless_group is None or unless_group != self._follow_ups_for:
            self._follow_ups_for = None

    def reload_follow_ups(self, group: GroupRecord | None) -> None:
        """The list depends on the group, not the session: it is kept while moving between sessions."""
        if group is not None and group.id == self._follow_ups_for:
            return
        self._follow_ups_for = group.id if group is not None else None
        entries, rules = [], ""
        if group is not None and group.instrument_id is not None:
            try:
                defn = self._instrument(group.instrument_id)
                rules = rules_text(defn) if defn is not None else ""
                entries = self._checkins.gentle_follow_ups(group.id)
            except AppError as exc:
                self._follow_ups_for = None  # try again next time
                self.error_raised.emit(exc.message)
        self.follow.set_rules(rules)
        self.follow.set_entries(entries)

    def update_follow_up(self, group: GroupRecord | None, member_id: uuid.UUID) -> None:
        """Only the member whose check-in changed can join or leave the list: ask about them alone."""
        if group is None or self._follow_ups_for != group.id:
            self.reload_follow_ups(group)
            return
        try:
            entries = self._checkins.gentle_follow_ups(group.id, only={member_id})
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self.follow.update_member(member_id, entries[0] if entries else None)

    def show_trend(self, member_id: uuid.UUID | None, name: str | None, defn: InstrumentDefinition | None) -> None:
        """Chart ``name``'s recent totals on ``defn`` (or nothing when any of them is missing)."""
        if name is None and member_id is not None:
            name = self.follow.name_of(member_id)
        if member_id is None or name is None or defn is None:
            self.chart.clear()
            return
        try:
            points = self._checkins.trend(member_id, defn.id, TREND_LENGTH)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self.chart.set_trend(name, short_name(defn), points, defn.min_total, defn.max_total)
