"""Taking attendance, keyboard first: arrows move; P, L, O, E, A set a status; Space cycles;
Delete clears. The selection moves on after each status, and every change is saved at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.errors import AppError
from facilitator_app.services.attendance import AttendanceService
from facilitator_app.services.changes import Change, ChangeBatch, Entity
from facilitator_app.services.meetings import UNRECORDED, MeetingService
from facilitator_app.ui.attendance_commands import (
    SessionEditCommand,
    SessionState,
    Statuses,
    VisitorCountCommand,
    WalkInCommand,
)
from facilitator_app.ui.attendance_view import AttendanceView
from facilitator_app.ui.delegates import StatusDelegate
from facilitator_app.ui.dialogs.walk_in_chooser import add_walk_in_choosing
from facilitator_app.ui.formatting import label_of, long_date, next_status
from facilitator_app.ui.language import translate
from facilitator_app.ui.models.attendance_model import NAME, PRONOUNS, STATUS, AttendanceModel
from facilitator_app.ui.naming import named
from facilitator_app.ui.panels.attendance_entry_bar import AttendanceEntryBar
from facilitator_app.ui.widgets.labels import title_label, two_line_label
from facilitator_app.ui.widgets.tables import single_row_table


class AttendancePanel(QWidget):
    """The Attendance tab of the selected session."""

    error_raised = Signal(str)
    status_message = Signal(str)
    session_requested = Signal(object)   # uuid: undo/redo touched a session not on screen
    schedule_requested = Signal()

    def __init__(self, attendance: AttendanceService, meetings: MeetingService, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self.setAccessibleName(self.tr("Attendance"))
        self._attendance = attendance
        self._meetings = meetings
        self._undo = undo_stack
        self._meeting: MeetingRecord | None = None
        # Until the facilitator moves or marks someone, the sheet's place is its top row:
        # members added meanwhile (Zed, then Amy) must not leave the keys on the first added.
        self._placed = False
        self._moving = False

        self._title = title_label("attendanceTitle", self.tr("Session"))
        # A fixed height for two lines: a new text then never re-lays out the whole window.
        self._note = two_line_label("attendanceNote", self.tr("About this session"))
        self._schedule = named(QPushButton(self.tr("Schedule sessions…")), "scheduleFromAttendance")
        self._schedule.setAccessibleName(self.tr("Schedule sessions"))
        self._schedule.setToolTip(self.tr("Create planned sessions following the group's pattern (Ctrl+Shift+S)"))
        self._schedule.clicked.connect(self.schedule_requested)

        self._everyone = named(QPushButton(self.tr("Mark ever&yone present")), "markEveryonePresent")
        self._everyone.setAccessibleName(self.tr("Mark everyone present"))
        self._everyone.setToolTip(self.tr("Mark every member without a status as present (Ctrl+Shift+P)"))
        self._everyone.clicked.connect(self.mark_everyone_present)

        self._model = AttendanceModel(self, status_editor=self._edit_status)
        self._view = named(AttendanceView(), "attendanceView")
        self._view.setModel(self._model)
        self._view.setAccessibleName(self.tr("Attendance sheet"))
        self._view.setToolTip(self.tr("P present · L late · O left early · E excused · A absent · "
                                      "Space cycles · Delete clears · F2 or double-click: choose from a list"))
        # F2 or a double-click opens a drop-down of statuses (for mouse users); letters stay shortcuts.
        single_row_table(self._view, QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.DoubleClicked)
        self._view.setItemDelegateForColumn(STATUS, StatusDelegate(self._view))
        self._view.verticalHeader().setDefaultSectionSize(self._view.fontMetrics().height() + 14)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: measuring every row's contents on each session switch costs real time.
        for column, width in ((PRONOUNS, 130), (STATUS, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self._view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self._view.status_requested.connect(self._on_view_status_requested)
        self._view.cycle_requested.connect(self._on_view_cycle_requested)

        self._entry = AttendanceEntryBar()
        self._entry.walk_in_entered.connect(self._on_entry_walk_in_entered)
        self._entry.visitors_changed.connect(self._on_entry_visitors_changed)
        self._walk_in, self._visitors = self._entry.walk_in, self._entry.visitors

        self._totals = named(QLabel(), "attendanceTotals")
        self._totals.setAccessibleName(self.tr("Totals"))

        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._schedule)
        top.addWidget(self._everyone)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._note)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._entry)
        layout.addWidget(self._totals)
        self.show_meeting(None)

    # -- what the window calls -------------------------------------------------------------
    @property
    def meeting_id(self) -> uuid.UUID | None:
        return self._meeting.id if self._meeting else None

    @property
    def view(self) -> AttendanceView:
        return self._view

    def tab_chain(self) -> list[QWidget]:
        """This panel's controls in Tab order (reading order: the heading's buttons, the sheet, the entry
        bar), for the window's chain."""
        return [self._schedule, self._everyone, self._view, self._walk_in, self._visitors]

    def focus_walk_in(self) -> None:
        if self._walk_in.isEnabled():
            self._walk_in.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_meeting(self, meeting: MeetingRecord | None) -> None:
        """Load the sheet of ``meeting`` (None: nothing selected)."""
        self._meeting = meeting
        self._schedule.setVisible(meeting is None)
        if meeting is None:
            self._model.set_lines([])
            self._title.setText(self.tr("No session selected"))
            self._note.setText(self.tr("Choose a session on the left, or schedule the group's sessions."))
            self._set_recordable(False)
            self._show_visitors(0)
            self._update_totals()
            return
        try:
            lines = self._attendance.sheet(meeting.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            lines = []
        self._model.set_lines(lines)
        self._show_header()
        self._show_visitors(meeting.visitor_count)
        self._move_to_top()
        self._update_totals()

    def on_batch(self, batch: ChangeBatch) -> None:
        """Follow a committed action made elsewhere; what this panel saved it already shows."""
        batch.deliver(self, self.on_change)

    def on_change(self, change: Change, own: bool = False) -> None:
        """Follow changes made elsewhere (menus, the roster, undo) to the session shown."""
        if self._meeting is None or own:
            return
        if change.entity is Entity.MEETING and change.meeting_id == self._meeting.id:
            try:
                self._meeting = self._meetings.get_meeting(self._meeting.id)
            except AppError:
                self.show_meeting(None)
                return
            self._show_header()
            self._show_visitors(self._meeting.visitor_count)
            self._update_totals()
        elif change.entity is Entity.MEMBERSHIP and change.group_id == self._meeting.group_id:
            self._reload_keeping_place()
        elif change.entity is Entity.MEMBER and (change.group_id == self._meeting.group_id or any(
                self._model.row_of(member_id) >= 0 for member_id in change.ids)):
            self._reload_keeping_place()
        elif change.entity is Entity.ATTENDANCE and change.meeting_id == self._meeting.id:
            self._reload_keeping_place()


    # -- attendance edits ------------------------------------------------------------------
    def _edit_status(self, member_id: uuid.UUID, status: AttendanceStatus | None) -> bool:
        """Save one status and push it on the undo stack; also the model's editor."""
        meeting = self._meeting
        if meeting is None:
            return False
        row = self._model.row_of(member_id)
        line = self._model.line_at(row)
        before = line.status if line else None
        if before == status:
            return True
        try:
            if status is None:
                self._attendance.clear_status(meeting.id, member_id, origin=self)
            else:
                self._attendance.set_status(meeting.id, member_id, status, origin=self)
            now = self._meetings.get_meeting(meeting.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return False
        moved = now.status != meeting.status
        self._meeting = now
        self._placed = True
        self._model.apply_status(member_id, status)
        if moved:
            self._show_header()
        self._update_totals()
        name = line.member.preferred_name if line else "member"
        self._undo.push(SessionEditCommand(
            self.tr("{name}: {status}").format(name=name, status=label_of(status) if status else self.tr("no status")),
            meeting.id,
            SessionState({member_id: before}, meeting.status if moved else None),
            SessionState({member_id: status}, now.status if moved else None), self._apply_state))
        return True

    def _apply_state(self, meeting_id: uuid.UUID, state: SessionState) -> None:
        """Undo and redo: save the state, then show it (bringing that session on screen)."""
        try:
            self._attendance.restore(meeting_id, state.statuses, meeting_status=state.meeting_status, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._show_result_of_undo(meeting_id, next(iter(state.statuses), None))

    def _show_result_of_undo(self, meeting_id: uuid.UUID, member_id: uuid.UUID | None) -> None:
        if self._meeting is None or self._meeting.id != meeting_id:
            self.session_requested.emit(meeting_id)
            return
        self._meeting = self._meetings.get_meeting(meeting_id)
        self._reload_keeping_place()
        if member_id is not None:
            self._move_to(self._model.row_of(member_id))

    def _on_view_status_requested(self, row: int, status: AttendanceStatus | None) -> None:
        line = self._model.line_at(row)
        if line is not None and self._edit_status(line.member.id, status) and status is not None:
            following = row + 1 if row + 1 < self._model.rowCount() else self._next_unmarked(0)
            self._move_to(following)
            if row + 1 >= self._model.rowCount() and self._next_unmarked(0) < 0:
                self.status_message.emit(self.tr("Everyone on the sheet has a status."))

    def _on_view_cycle_requested(self, row: int) -> None:
        line = self._model.line_at(row)
        if line is not None:
            self._edit_status(line.member.id, next_status(line.status))

    def _next_unmarked(self, start: int) -> int:
        return next((r for r in range(start, self._model.rowCount())
                     if (line := self._model.line_at(r)) is not None and line.status is None), -1)

    def _move_to(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self._moving = True
            try:
                self._view.selectionModel().setCurrentIndex(
                    self._model.index(row, STATUS),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._moving = False

    def _move_to_top(self) -> None:
        """A sheet just shown starts at its top row as displayed, whoever was added first."""
        self._placed = False
        self._move_to(0)
        self._view.scrollToTop()

    def _on_view_current_row_changed(self, _current: QModelIndex, previous: QModelIndex) -> None:
        # From no row to the first (the view taking focus) is not the facilitator choosing a place.
        if not self._moving and previous.isValid():
            self._placed = True  # the facilitator moved (arrows, a click): keep that place

    def mark_everyone_present(self) -> None:
        meeting = self._meeting
        if meeting is None or not self._everyone.isEnabled():
            return
        try:
            records = self._attendance.mark_everyone_present(meeting.id, origin=self)
            now = self._meetings.get_meeting(meeting.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if not records:
            self.status_message.emit(self.tr("Everyone on the sheet already has a status."))
            return
        moved = now.status != meeting.status
        self._meeting = now
        marked = [record.member_id for record in records]
        self._reload_keeping_place()
        before: Statuses = dict.fromkeys(marked)
        after: Statuses = dict.fromkeys(marked, AttendanceStatus.PRESENT)
        self._undo.push(SessionEditCommand(
            self.tr("Everyone present ({count})").format(count=len(marked)), meeting.id,
            SessionState(before, meeting.status if moved else None),
            SessionState(after, now.status if moved else None), self._apply_state))

    def _on_entry_walk_in_entered(self, name: str) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        try:
            walk_in = add_walk_in_choosing(self, self._attendance, meeting.id, name, origin=self)
            if walk_in is None:
                return  # the facilitator cancelled the choice: the name stays to correct
            self._meeting = self._meetings.get_meeting(meeting.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._walk_in.setText("")  # setText, not clear(): the field's own undo must not bring the name back
        member = walk_in.line.member
        self._reload_keeping_place()
        self._view.scrollTo(self._model.index(self._model.row_of(member.id), NAME))
        if walk_in.created:
            self._undo.push(WalkInCommand(meeting.id, member.preferred_name, member.id,
                                          self._redo_walk_in, self._undo_walk_in))
        elif walk_in.status_before is not AttendanceStatus.PRESENT:
            self._undo.push(SessionEditCommand(
                self.tr("{preferred_name}: Present").format(preferred_name=member.preferred_name), meeting.id,
                SessionState({member.id: walk_in.status_before}),
                SessionState({member.id: AttendanceStatus.PRESENT}), self._apply_state))
        self.status_message.emit(walk_in.summary())

    def _redo_walk_in(self, meeting_id: uuid.UUID, name: str) -> uuid.UUID:
        # Redo repeats a creation: someone new, even if a namesake is in the group by now.
        walk_in = self._attendance.add_walk_in(meeting_id, name, new_member=True, origin=self)
        self._show_result_of_undo(meeting_id, walk_in.line.member.id)
        return walk_in.line.member.id

    def _undo_walk_in(self, meeting_id: uuid.UUID, member_id: uuid.UUID) -> None:
        try:
            self._attendance.undo_walk_in(meeting_id, member_id, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._show_result_of_undo(meeting_id, None)

    # -- visitors ----------------------------------------------------------------------------
    def _on_entry_visitors_changed(self, value: int) -> None:
        meeting = self._meeting
        if meeting is None or value == meeting.visitor_count:
            return
        try:
            self._meeting = self._meetings.set_visitor_count(meeting.id, value, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            self._show_visitors(meeting.visitor_count)
            return
        self._update_totals()
        self._undo.push(VisitorCountCommand(meeting.id, meeting.visitor_count, value, self._apply_visitors))

    def _apply_visitors(self, meeting_id: uuid.UUID, count: int) -> None:
        try:
            meeting = self._meetings.set_visitor_count(meeting_id, count, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if self._meeting is not None and self._meeting.id == meeting_id:
            self._meeting = meeting
            self._show_visitors(count)
            self._update_totals()
        else:
            self.session_requested.emit(meeting_id)

    def _show_visitors(self, count: int) -> None:
        self._entry.show_visitors(count)

    # -- display -----------------------------------------------------------------------------
    def _show_header(self) -> None:
        meeting = self._meeting
        assert meeting is not None
        status = "" if meeting.status is MeetingStatus.PLANNED else self.tr(" · {label}").format(
            label=label_of(meeting.status))
        self._title.setText(self.tr("{long_date}{status}").format(long_date=long_date(meeting.date), status=status))
        recordable = meeting.status not in UNRECORDED
        if not recordable:
            self._note.setText(self.tr("This session is marked “{label}”, so nothing is recorded for it. If that "
                                       "was a mistake, undo it (Ctrl+Z) or use Session > Set back to planned.").format(
                                           label=label_of(meeting.status)))
        elif not self._model.rowCount():
            self._note.setText(self._empty_sheet_text(meeting))
        else:
            details = [t for t in (meeting.topic and self.tr("Topic: {topic}").format(topic=meeting.topic),
                                   meeting.venue) if t]
            self._note.setText(" · ".join(details))
        self._set_recordable(recordable)

    def _empty_sheet_text(self, meeting: MeetingRecord) -> str:
        """Why the sheet is empty: a new group, or a session from before its members joined."""
        try:
            has_members = self._attendance.group_has_members(meeting.group_id)
        except AppError:
            has_members = False
        if has_members:
            return (self.tr("Nobody was a member on this date. Type a walk-in's name below to mark who came; "
                            "people who joined later are found too."))
        return self.tr("This group has no members yet. Add a walk-in below, or add members in the Roster tab.")

    def _set_recordable(self, recordable: bool) -> None:
        self._view.setEnabled(recordable)
        self._everyone.setEnabled(recordable)
        self._entry.set_recordable(recordable)
        self._totals.setVisible(recordable)

    def _update_totals(self) -> None:
        counts = self._model.totals()
        parts = [self.tr("{count} {status}").format(count=counts[s], status=label_of(s).lower())
                 for s in AttendanceStatus if counts[s]]
        if counts[None]:
            parts.append(self.tr("{value} not marked yet").format(value=counts[None]))
        came = sum(counts[s] for s in AttendanceStatus if s.attended)
        visitors = self._visitors.value() if self._meeting else 0
        if visitors:
            parts.append(translate("AttendancePanel", "%n visitor(s)", "", visitors))
        head = self.tr("In the room: {value}").format(value=came + visitors) if self._meeting else ""
        self._totals.setText(self.tr("{head}  —  ").format(head=head) + " · ".join(parts) if parts else head)

    def _reload_keeping_place(self) -> None:
        current = self._model.line_at(self._view.currentIndex().row()) if self._placed else None
        meeting = self._meeting
        if meeting is None:
            return
        try:
            lines = self._attendance.sheet(meeting.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._model.set_lines(lines)
        self._show_header()
        self._update_totals()
        row = self._model.row_of(current.member.id) if current is not None else -1
        if row >= 0:
            self._move_to(row)
        elif self._placed:
            self._move_to(max(self._next_unmarked(0), 0))
        else:
            self._move_to_top()
