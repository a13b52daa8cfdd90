"""The check-in round of the selected session, keyboard first.

A number and Enter for each score; after a person's last one, Enter goes on to the next person.
Tab reaches the optional word; X records a pass (in any cell but the word); Delete clears the
member's check-in (the keys live in ``checkin_round_view``, the cell editors in ``checkin_cells``).
Every complete entry is saved at once and can be undone. Beside the table: the selected
member's recent check-ins as a small chart, and the members who might welcome a quiet word.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import CheckinRecord, GroupRecord, MeetingRecord
from facilitator_app.errors import AppError
from facilitator_app.services.changes import Change, ChangeBatch, Entity
from facilitator_app.services.checkins import round_instrument_id, short_name
from facilitator_app.services.container import Services
from facilitator_app.services.meetings import UNRECORDED
from facilitator_app.ui.formatting import short_date
from facilitator_app.ui.models.checkins_model import CheckinEntry, CheckinsModel
from facilitator_app.ui.naming import named
from facilitator_app.ui.panels.checkin_command import CheckinCommand
from facilitator_app.ui.panels.checkin_heading import CheckinHeading
from facilitator_app.ui.panels.checkin_round_view import CheckinsView
from facilitator_app.ui.panels.checkin_side import CheckinSide
from facilitator_app.ui.panels.instruments_button import InstrumentsButton
from facilitator_app.ui.widgets.trend_chart import TrendChart

TREND_LENGTH = 12


class CheckinsPanel(QWidget):
    """The Check-ins tab of the selected session. Loads when shown: changes only mark it stale."""

    error_raised = Signal(str)
    status_message = Signal(str)
    session_requested = Signal(object)   # uuid: undo/redo touched a session not on screen

    def __init__(self, services: Services, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinsPanel")
        self.setAccessibleName(self.tr("Check-ins"))
        self._services = services
        self._checkins = services.checkins
        self._undo = undo_stack
        self._group: GroupRecord | None = None
        self._meeting: MeetingRecord | None = None
        self._defn: InstrumentDefinition | None = None
        self._instruments: dict[uuid.UUID, InstrumentDefinition] = {}
        self._stale = True
        self._trend_member: uuid.UUID | None = None
        self._round_date: date | None = None   # of the round the table holds

        self._manage = InstrumentsButton(self._checkins)
        self._manage.error_raised.connect(self.error_raised)
        self._manage.status_message.connect(self.status_message)
        self._heading = CheckinHeading(self._manage)

        self._model = CheckinsModel(self, saver=self._save_entry)
        self._view = named(CheckinsView(), "checkinsView")
        self._view.setModel(self._model)
        self._view.cell_delegate.hint.connect(self.status_message)
        self._view.pass_requested.connect(self._on_view_pass_requested)
        self._view.clear_requested.connect(self._on_view_clear_requested)
        self._view.reached_end.connect(self._on_view_reached_end)
        self._view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

        self._side = CheckinSide(self._checkins, self._instrument)
        self._side.error_raised.connect(self.error_raised)
        self._chart = self._side.chart
        self._follow = self._side.follow
        self._follow.member_activated.connect(self._on_follow_member_activated)

        self._counts = named(QLabel(), "checkinsCounts")
        self._counts.setAccessibleName(self.tr("Round so far"))

        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self._view, 1)
        main.addWidget(self._counts)
        # A widget, not a bare layout: with the table and the side hidden (no scored check-in) it
        # still takes the room below the note, so the title and note stay at the top.
        body = QWidget()
        middle = QHBoxLayout(body)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addLayout(main, 1)
        middle.addWidget(self._side)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(body, 1)
        self.setFocusProxy(self._view)   # the window focusing the tab lands in the round
        self._show_nothing()

    # -- what the window calls -------------------------------------------------------------------
    @property
    def view(self) -> CheckinsView:
        return self._view

    @property
    def chart(self) -> TrendChart:
        return self._chart

    @property
    def meeting_id(self) -> uuid.UUID | None:
        return self._meeting.id if self._meeting else None

    def tab_chain(self) -> list[QWidget]:
        """This panel's controls in Tab order (reading order: the heading's button, the round, the side),
        for the window's chain."""
        return [self._manage, self._view, self._chart, self._follow.view]

    def open_instrument_dialog(self, instrument: InstrumentDefinition | None) -> Any:
        """Open the dialog for a new (None) or existing custom check-in; returns the dialog after it closes."""
        return self._manage.open_dialog(instrument)

    def show_group(self, group: GroupRecord | None) -> None:
        self._side.forget_follow_ups(unless_group=group.id if group else None)
        self._group = group
        if group is None or (self._meeting is not None and self._meeting.group_id != group.id):
            self._meeting = None
        self._refresh()

    def show_meeting(self, meeting: MeetingRecord | None) -> None:
        self._meeting = meeting
        self._refresh()

    def on_batch(self, batch: ChangeBatch) -> None:
        """Follow a committed action; what this panel saved itself it already shows."""
        batch.deliver(self, self.on_change)

    def on_change(self, change: Change, own: bool = False) -> None:
        """Follow changes made elsewhere (attendance, the roster, undo, the group's settings)."""
        if change.entity is Entity.INSTRUMENT:
            self._on_instrument_change(change)
        elif not own:
            self._on_data_change(change)

    def _on_instrument_change(self, change: Change) -> None:
        self._instruments.clear()
        if self._group is not None and change.group_id == self._group.id:
            self._reread_group(refresh_anyway=False)  # the group's instrument changed
        elif self._defn is not None and self._defn.id in change.ids:
            self._refresh()

    def _on_data_change(self, change: Change) -> None:
        group_id = self._group.id if self._group else None
        if group_id is not None and change.group_id == group_id:
            self._side.forget_follow_ups()  # anything in the group may change who is on the list
        if change.entity is Entity.GROUP:
            self._on_group_change(change)
        elif change.entity is Entity.MEETING:
            self._on_meeting_change(change)
        elif self._shows_meeting(change.meeting_id) and change.entity in (Entity.ATTENDANCE, Entity.CHECKIN):
            self._refresh()
        elif change.entity in (Entity.CHECKIN, Entity.MEMBERSHIP) and group_id is not None \
                and change.group_id == group_id:
            self._refresh(round_too=False)
        elif change.entity is Entity.MEMBER and (change.group_id == group_id or any(
                self._model.row_of(member_id) >= 0 for member_id in change.ids)):
            self._refresh()

    def _shows_meeting(self, meeting_id: uuid.UUID | None) -> bool:
        return self._meeting is not None and meeting_id == self._meeting.id

    def _on_group_change(self, change: Change) -> None:
        if self._group is not None and self._group.id in change.ids:
            self._reread_group(refresh_anyway=True)

    def _reread_group(self, refresh_anyway: bool) -> None:
        """Read the shown group again; refresh when asked, or when it changed since it was read."""
        before = self._group
        assert before is not None
        try:
            self._group = self._services.groups.get_group(before.id)
        except AppError:
            self._group = self._meeting = None
        if refresh_anyway or self._group != before:
            self._refresh()

    def _on_meeting_change(self, change: Change) -> None:
        if self._meeting is None or not self._shows_meeting(change.meeting_id):
            return
        try:
            self._meeting = self._services.meetings.get_meeting(self._meeting.id)
        except AppError:
            self._meeting = None
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._reload()
        super().showEvent(event)

    # -- loading ---------------------------------------------------------------------------------
    def _refresh(self, round_too: bool = True) -> None:
        """Reload now if on screen; otherwise when next shown (switching sessions elsewhere stays cheap)."""
        if not self.isVisible():
            self._stale = True
        elif round_too:
            self._reload()
        else:
            self._reload_follow_ups()
            self._show_trend(self._trend_member)

    def _reload(self) -> None:
        self._stale = False
        self._warn_about_drafts()
        place = self._place()
        meeting = self._meeting
        if meeting is None:
            self._show_nothing()
            self._reload_follow_ups()
            return
        try:
            if self._group is None or self._group.id != meeting.group_id:
                self._group = self._services.groups.get_group(meeting.group_id)
            recordable = meeting.status not in UNRECORDED
            lines = self._checkins.round(meeting.id) if recordable else []
            # A session already checked in keeps its instrument after the group's check-in changes.
            self._defn = self._instrument(round_instrument_id(lines, self._group.instrument_id))
            current = self._instrument(self._group.instrument_id)
            if self._defn is None:
                lines = []
        except AppError as exc:
            self.error_raised.emit(exc.message)
            self._show_nothing()
            return
        # An open editor belongs to a cell of the round shown: only a reset closes it with the round.
        in_place = self._view.state() != QAbstractItemView.State.EditingState \
            and self._model.instrument == self._defn
        self._model.set_round(lines, self._defn, reset=not in_place)
        self._round_date = meeting.date
        if not in_place:
            self._view.fit_columns()
        defn = self._defn
        self._heading.show_round(meeting, self._group.name, defn, current, recordable, bool(lines))
        showing = defn is not None and recordable
        self._view.setVisible(showing)
        self._counts.setVisible(showing)
        self._chart.setVisible(showing)
        self._side.setVisible(defn is not None)
        self._update_counts()
        self._restore_place(place)
        self._reload_follow_ups()
        line = self._model.line_at(self._view.currentIndex().row())
        self._show_trend(line.member.id if line else None)

    def _show_nothing(self) -> None:
        self._defn = None
        self._round_date = None
        self._model.set_round([], None)
        self._heading.show_nothing()
        for widget in (self._view, self._counts, self._chart):
            widget.setVisible(False)
        self._side.setVisible(self._group is not None)
        self._chart.clear()
        self._trend_member = None

    def _instrument(self, instrument_id: uuid.UUID | None) -> InstrumentDefinition | None:
        if instrument_id is None:
            return None
        if instrument_id not in self._instruments:
            self._instruments[instrument_id] = self._checkins.instrument(instrument_id)
        return self._instruments[instrument_id]

    def _reload_follow_ups(self) -> None:
        self._side.reload_follow_ups(self._group)

    def _show_trend(self, member_id: uuid.UUID | None) -> None:
        self._trend_member = member_id
        line = self._model.line_at(self._model.row_of(member_id) if member_id else -1)
        self._side.show_trend(member_id, line.member.preferred_name if line else None, self._defn)

    def _update_counts(self) -> None:
        scored, passed, to_go = self._model.counts()
        if not self._model.rowCount():
            self._counts.setText("")
            return
        parts = [self.tr("{scored} checked in").format(scored=scored)] + ([self.tr("{passed} passed").format(
            passed=passed)] if passed else []) + (
            [self.tr("{to_go} still to go").format(to_go=to_go)] if to_go else [self.tr("everyone's done")])
        self._counts.setText(" · ".join(parts))

    # -- keeping the place across reloads ---------------------------------------------------------
    def _place(self) -> tuple[uuid.UUID | None, int]:
        index = self._view.currentIndex()
        line = self._model.line_at(index.row())
        return (line.member.id if line else None, index.column())

    def _restore_place(self, place: tuple[uuid.UUID | None, int]) -> None:
        member_id, column = place
        row = self._model.row_of(member_id) if member_id else -1
        if row < 0:
            row = next((r for r in range(self._model.rowCount()) if (line := self._model.line_at(r))
                        and line.checkin is None), 0)
        first = self._model.first_item_column()
        column = column if column in self._model.entry_columns() else first
        if self._model.rowCount() and column >= 0:
            self._view.move_to(row, column)

    # -- saving ------------------------------------------------------------------------------------

    def _save_entry(self, member_id: uuid.UUID, entry: CheckinEntry | None) -> bool:
        """The model's saver: record (or clear) one member's check-in, and push it for undo."""
        meeting, defn = self._meeting, self._defn
        line = self._model.line_at(self._model.row_of(member_id))
        if meeting is None or defn is None or line is None:
            return False
        before = line.checkin
        try:
            if entry is None:
                self._checkins.clear(meeting.id, member_id, origin=self)
                after = None
            else:
                after = self._checkins.record(meeting.id, member_id, defn.id, list(entry.answers),
                                              word=entry.word, passed=entry.passed, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return False
        self._model.apply_checkin(member_id, after)
        if (before, after) != (None, None) and self._undo is not None:
            self._undo.push(CheckinCommand(self.tr("{preferred_name}: {describe}").format(
                preferred_name=line.member.preferred_name, describe=self._describe(after)), meeting.id,
                                           member_id, before, after, self._apply_state))
        self._after_save(member_id)
        return True

    def _apply_state(self, meeting_id: uuid.UUID, member_id: uuid.UUID, state: CheckinRecord | None) -> None:
        """Undo and redo: save the state, then show it (asking for that session if it is not shown)."""
        try:
            if state is None:
                self._checkins.clear(meeting_id, member_id, origin=self)
            else:
                state = self._checkins.record(meeting_id, member_id, state.instrument_id, list(state.scores),
                                              word=state.word, passed=state.passed, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if self._meeting is None or self._meeting.id != meeting_id:
            self.session_requested.emit(meeting_id)
            return
        self._model.apply_checkin(member_id, state)
        row = self._model.row_of(member_id)
        if row >= 0:
            self._view.move_to(row, max(self._model.first_item_column(), 0))
        self._after_save(member_id)

    def _after_save(self, member_id: uuid.UUID) -> None:
        self._update_counts()
        self._update_follow_up(member_id)
        self._show_trend(member_id)

    def _update_follow_up(self, member_id: uuid.UUID) -> None:
        self._side.update_follow_up(self._group, member_id)

    def _describe(self, record: CheckinRecord | None) -> str:
        if record is None:
            return self.tr("check-in cleared")
        if record.passed:
            return self.tr("passed")
        name = short_name(self._defn) if self._defn else "check-in"
        return self.tr("{name} {total}").format(name=name,
                                                total=record.total) + (self.tr(", “{word}”").format(
                                                    word=record.word) if record.word else "")

    def _warn_about_drafts(self) -> None:
        """Answers typed for only some questions are not in the store: say so before they go."""
        names = self._model.drafts()
        if names and self._round_date is not None:
            text = self.tr("Not saved, as some questions had no answer yet: {names} ({date}).")
            self.status_message.emit(text.format(names=", ".join(names), date=short_date(self._round_date)))

    # -- reactions -----------------------------------------------------------------------------------
    def _on_view_pass_requested(self, row: int) -> None:
        line = self._model.line_at(row)
        if line is None:
            return
        passed = self._model.index(row, self._model.passed_column())
        if self._model.setData(passed, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole):
            if row + 1 < self._model.rowCount():
                self._view.move_to(row + 1, max(self._model.first_item_column(), 0))
            else:
                self._on_view_reached_end()

    def _on_view_clear_requested(self, row: int) -> None:
        line = self._model.line_at(row)
        if line is None:
            return
        if line.checkin is None and not self._model.has_draft(row):
            return
        self._save_entry(line.member.id, None)

    def _on_view_reached_end(self) -> None:
        scored, passed, to_go = self._model.counts()
        if to_go:
            self.status_message.emit(self.tr("That is the end of the round; {to_go} still to check in.").format(
                to_go=to_go))
        else:
            self.status_message.emit(self.tr("Everyone in the round has checked in or passed."))

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self._model.line_at(current.row())
        member_id = line.member.id if line else None
        if member_id != self._trend_member:
            self._show_trend(member_id)

    def _on_follow_member_activated(self, member_id: uuid.UUID) -> None:
        row = self._model.row_of(member_id)
        if row >= 0 and self._view.isVisible():
            self._view.move_to(row, max(self._model.first_item_column(), 0))
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._show_trend(member_id)
