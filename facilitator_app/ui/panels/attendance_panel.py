"""Taking attendance, keyboard first: arrows move; P, L, O, E, A set a status; Space cycles;
Delete clears. The selection moves on after each status, and every change is saved at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.errors import AppError
from facilitator_app.services.attendance import AttendanceService
from facilitator_app.services.changes import Change, Entity
from facilitator_app.services.meetings import MAX_VISITORS, MeetingService
from facilitator_app.ui.attendance_commands import AttendanceCommand, Statuses, VisitorCountCommand
from facilitator_app.ui.delegates import StatusDelegate
from facilitator_app.ui.formatting import STATUS_KEYS, long_date, next_status
from facilitator_app.ui.models.attendance_model import NAME, STATUS, AttendanceModel

_KEY_TO_STATUS = {getattr(Qt.Key, f"Key_{key}"): status for status, key in STATUS_KEYS.items()}


class AttendanceView(QTableView):
    """The sheet. Letters set statuses instead of searching, so typing never jumps rows."""

    status_requested = Signal(int, object)  # row, AttendanceStatus | None (None clears)
    cycle_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if row >= 0 and modifiers == Qt.KeyboardModifier.NoModifier:
            key = Qt.Key(event.key())
            if key in _KEY_TO_STATUS:
                self.status_requested.emit(row, _KEY_TO_STATUS[key])
                return
            if key == Qt.Key.Key_Space:
                self.cycle_requested.emit(row)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.status_requested.emit(row, None)
                return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        # Letters are status keys here; type-to-find lives in the roster's filter instead.
        return


class AttendancePanel(QWidget):
    """The Attendance tab of the selected session."""

    error_raised = Signal(str)

    def __init__(self, attendance: AttendanceService, meetings: MeetingService, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self.setAccessibleName("Attendance")
        self._attendance = attendance
        self._meetings = meetings
        self._undo = undo_stack
        self._meeting: MeetingRecord | None = None

        self._title = QLabel(objectName="attendanceTitle")
        self._title.setAccessibleName("Session")
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._note = QLabel(objectName="attendanceNote", wordWrap=True)
        self._note.setAccessibleName("About this session")

        self._everyone = QPushButton("Mark &everyone present", objectName="markEveryonePresent")
        self._everyone.setAccessibleName("Mark everyone present")
        self._everyone.setToolTip("Mark every member without a status as present (Ctrl+Shift+P)")
        self._everyone.clicked.connect(self._on_everyone_clicked)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self._on_everyone_clicked,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._model = AttendanceModel(self, status_editor=self._edit_status)
        self._view = AttendanceView(objectName="attendanceView")
        self._view.setModel(self._model)
        self._view.setAccessibleName("Attendance sheet")
        self._view.setToolTip("P present · L late · O left early · E excused · A absent · "
                              "Space cycles · Delete clears · F2 or double-click: choose from a list")
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 or a double-click opens a drop-down of statuses (for mouse users); letters stay shortcuts.
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self._view.setItemDelegateForColumn(STATUS, StatusDelegate(self._view))
        self._view.setTabKeyNavigation(False)
        self._view.setAlternatingRowColors(True)
        self._view.verticalHeader().hide()
        self._view.verticalHeader().setDefaultSectionSize(self._view.fontMetrics().height() + 14)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS, 160)
        header.setMinimumSectionSize(110)
        self._view.status_requested.connect(self._on_view_status_requested)
        self._view.cycle_requested.connect(self._on_view_cycle_requested)

        self._walk_in = QLineEdit(objectName="walkInName")
        self._walk_in.setPlaceholderText("Walk-in: type a name, press Enter")
        self._walk_in.setAccessibleName("Walk-in name")
        self._walk_in.setToolTip("Adds the person to the group and marks them present in one step (Ctrl+W)")
        self._walk_in.setClearButtonEnabled(True)
        self._walk_in.returnPressed.connect(self._on_walk_in_return_pressed)
        QShortcut(QKeySequence("Ctrl+W"), self, self._walk_in.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        walk_in_label = QLabel("&Walk-in:")
        walk_in_label.setBuddy(self._walk_in)

        self._visitors = QSpinBox(objectName="visitorCount")
        self._visitors.setRange(0, MAX_VISITORS)
        self._visitors.setAccessibleName("Anonymous visitors")
        self._visitors.setToolTip("Visitors who came without giving a name: a headcount only")
        self._visitors.valueChanged.connect(self._on_visitors_value_changed)
        visitors_label = QLabel("&Visitors:")
        visitors_label.setBuddy(self._visitors)

        self._totals = QLabel(objectName="attendanceTotals")
        self._totals.setAccessibleName("Totals")

        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._everyone)
        bottom = QHBoxLayout()
        bottom.addWidget(walk_in_label)
        bottom.addWidget(self._walk_in, 1)
        bottom.addSpacing(24)
        bottom.addWidget(visitors_label)
        bottom.addWidget(self._visitors)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._note)
        layout.addWidget(self._view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self._totals)
        self.setFocusProxy(self._view)
        self.show_meeting(None)

    # -- what the window calls -------------------------------------------------------------
    @property
    def meeting_id(self) -> uuid.UUID | None:
        return self._meeting.id if self._meeting else None

    @property
    def view(self) -> AttendanceView:
        return self._view

    def show_meeting(self, meeting: MeetingRecord | None) -> None:
        """Load the sheet of ``meeting`` (None: nothing selected)."""
        self._meeting = meeting
        if meeting is None:
            self._model.set_lines([])
            self._title.setText("No session selected")
            self._note.setText("Choose a session on the left, or schedule sessions from the Group menu.")
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
        if self._model.rowCount():
            # Land on the first member still to mark: after a break, carry on where you were.
            unmarked = [r for r in range(self._model.rowCount()) if self._model.line_at(r).status is None]
            self._view.setCurrentIndex(self._model.index(unmarked[0] if unmarked else 0, STATUS))
        self._update_totals()

    def on_change(self, change: Change) -> None:
        """Follow changes made elsewhere (menus, other panels) to the session shown."""
        if self._meeting is None:
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
        elif change.entity in (Entity.MEMBER, Entity.MEMBERSHIP) and change.group_id == self._meeting.group_id \
                and change.meeting_id is None:
            self._reload_keeping_place()

    # -- attendance edits ------------------------------------------------------------------
    def _edit_status(self, member_id: uuid.UUID, status: AttendanceStatus | None) -> bool:
        """Save one status and push it on the undo stack; the model's editor, too."""
        if self._meeting is None:
            return False
        row = self._model.row_of(member_id)
        before = self._model.line_at(row).status if row >= 0 else None
        if before == status:
            return True
        try:
            self._save({member_id: status})
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return False
        name = self._model.line_at(row).member.preferred_name if row >= 0 else "member"
        text = f"{name}: {status.label if status else 'no status'}"
        self._undo.push(AttendanceCommand(text, self._meeting.id, {member_id: before}, {member_id: status},
                                          self._apply_statuses))
        return True

    def _save(self, statuses: Statuses) -> None:
        assert self._meeting is not None
        if len(statuses) == 1:
            (member_id, status), = statuses.items()
            if status is None:
                self._attendance.clear_status(self._meeting.id, member_id)
            else:
                self._attendance.set_status(self._meeting.id, member_id, status)
        else:
            self._attendance.restore(self._meeting.id, statuses)
        for member_id, status in statuses.items():
            self._model.apply_status(member_id, status)
        self._update_totals()

    def _apply_statuses(self, meeting_id: uuid.UUID, statuses: Statuses) -> None:
        """Undo and redo: save the statuses, then show them if that session is on screen."""
        try:
            self._attendance.restore(meeting_id, statuses)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if self._meeting is not None and self._meeting.id == meeting_id:
            for member_id, status in statuses.items():
                self._model.apply_status(member_id, status)
                row = self._model.row_of(member_id)
                if row >= 0:
                    self._view.setCurrentIndex(self._model.index(row, STATUS))
            self._update_totals()

    def _on_view_status_requested(self, row: int, status: AttendanceStatus | None) -> None:
        line = self._model.line_at(row)
        if line is not None and self._edit_status(line.member.id, status) and status is not None:
            self._move_to(row + 1)

    def _on_view_cycle_requested(self, row: int) -> None:
        line = self._model.line_at(row)
        if line is not None:
            self._edit_status(line.member.id, next_status(line.status))

    def _move_to(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self._view.selectionModel().setCurrentIndex(
                self._model.index(row, STATUS),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _on_everyone_clicked(self) -> None:
        if self._meeting is None or not self._everyone.isEnabled():
            return
        unmarked = {self._model.line_at(r).member.id: None for r in range(self._model.rowCount())
                    if self._model.line_at(r).status is None}
        if not unmarked:
            return
        try:
            self._attendance.mark_everyone_present(self._meeting.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        after: Statuses = {member_id: AttendanceStatus.PRESENT for member_id in unmarked}
        for member_id in unmarked:
            self._model.apply_status(member_id, AttendanceStatus.PRESENT)
        self._update_totals()
        self._undo.push(AttendanceCommand(f"Everyone present ({len(unmarked)})", self._meeting.id,
                                          dict(unmarked), after, self._apply_statuses))

    def _on_walk_in_return_pressed(self) -> None:
        name = self._walk_in.text().strip()
        if self._meeting is None or not name:
            return
        try:
            line = self._attendance.add_walk_in(self._meeting.id, name)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._walk_in.clear()
        row = self._model.row_of(line.member.id)
        if row < 0:
            row = self._model.add_line(line)
        self._view.scrollTo(self._model.index(row, NAME))
        self._update_totals()

    # -- visitors ----------------------------------------------------------------------------
    def _on_visitors_value_changed(self, value: int) -> None:
        if self._meeting is None:
            return
        before = self._meeting.visitor_count
        try:
            self._meeting = self._meetings.set_visitor_count(self._meeting.id, value)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            self._show_visitors(before)
            return
        self._update_totals()
        self._undo.push(VisitorCountCommand(self._meeting.id, before, value, self._apply_visitors))

    def _apply_visitors(self, meeting_id: uuid.UUID, count: int) -> None:
        try:
            meeting = self._meetings.set_visitor_count(meeting_id, count)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if self._meeting is not None and self._meeting.id == meeting_id:
            self._meeting = meeting
            self._show_visitors(count)
            self._update_totals()

    def _show_visitors(self, count: int) -> None:
        with QSignalBlocker(self._visitors):
            self._visitors.setValue(count)

    # -- display -----------------------------------------------------------------------------
    def _show_header(self) -> None:
        meeting = self._meeting
        assert meeting is not None
        status = "" if meeting.status is MeetingStatus.PLANNED else f" · {meeting.status.label}"
        self._title.setText(f"{long_date(meeting.date)}{status}")
        recordable = meeting.status not in (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET)
        if not recordable:
            self._note.setText(f"This session is marked “{meeting.status.label}”, so nothing is recorded for it. "
                               "Use the Session menu to set it back to planned if that was a mistake.")
        elif not self._model.rowCount():
            self._note.setText("This group has no members yet. Add a walk-in below, or add members in the Roster tab.")
        else:
            details = [t for t in (meeting.topic and f"Topic: {meeting.topic}", meeting.venue) if t]
            self._note.setText(" · ".join(details))
        self._set_recordable(recordable)

    def _set_recordable(self, recordable: bool) -> None:
        for widget in (self._view, self._everyone, self._walk_in, self._visitors):
            widget.setEnabled(recordable)

    def _update_totals(self) -> None:
        counts = self._model.totals()
        parts = [f"{counts[s]} {s.label.lower()}" for s in AttendanceStatus if counts[s]]
        if counts[None]:
            parts.append(f"{counts[None]} not marked yet")
        came = sum(counts[s] for s in AttendanceStatus if s.attended)
        visitors = self._visitors.value() if self._meeting else 0
        if visitors:
            parts.append(f"{visitors} visitor{'s' if visitors != 1 else ''}")
        head = f"In the room: {came + visitors}" if self._meeting else ""
        self._totals.setText(f"{head}  —  " + " · ".join(parts) if parts else head)

    def _reload_keeping_place(self) -> None:
        current = self._model.line_at(self._view.currentIndex().row())
        self.show_meeting(self._meeting)
        if current is not None:
            self._move_to(self._model.row_of(current.member.id))
