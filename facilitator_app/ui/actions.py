"""The menu commands: each QAction with its shortcut, and the slot that carries it out.

The main window only places these in menus; the work of each command lives here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import GroupRecord, MeetingRecord
from facilitator_app.errors import AppError
from facilitator_app.services.container import Services
from facilitator_app.services.groups import GroupDraft
from facilitator_app.services.meetings import MeetingDetails
from facilitator_app.ui.attendance_commands import SessionEditCommand
from facilitator_app.ui.formatting import label_of
from facilitator_app.ui.language import translate
from facilitator_app.ui.naming import named

SHORTCUTS: list[tuple[str, str]] = [
    ("P / L / O / E / A", "Attendance: present, late, left early, excused, absent"),
    ("Space", "Attendance: cycle through the statuses"),
    ("Delete", "Attendance: clear the status"),
    ("Up / Down", "Move between members or sessions"),
    ("Ctrl+Shift+P", "Mark everyone present"),
    ("Ctrl+W", "Type a walk-in's name (Enter adds and marks them present)"),
    ("Alt+V", "Anonymous visitors headcount"),
    ("A number, then Enter", "Check-ins: a score, then on to the next one (the next person after their last)"),
    ("Tab / X", "Check-ins: on to the optional word / record a pass"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
    ("Alt+P / Alt+I", "Go to the groups / sessions list"),
    ("Enter (on a session)", "Start taking attendance"),
    ("Ctrl+1 … Ctrl+5", "Attendance, Check-ins, Notes, Handouts, Roster tabs"),
    ("Ctrl+I", "Notes: insert a member's initials where you are typing"),
    ("Ctrl+F", "Roster: filter by name"),
    ("Ctrl+Shift+M", "Roster: merge the selected member with another record of the same person"),
    ("Ctrl+Shift+N / Ctrl+Shift+S", "New group / schedule sessions"),
    ("Ctrl+B / Ctrl+Shift+Y", "Back up now / sync with the server, another data file or a bundle"),
    ("F5", "Show the latest: what others saved since (on the organisation server, or by a sync)"),
    ("Ctrl+L", "Lock the window (type your passphrase to unlock)"),
    ("Ctrl+P", "Print the session summary"),
    ("Ctrl+= / Ctrl+- / Ctrl+0", "Text size: larger / smaller / normal (Ctrl+Shift+H: high contrast)"),
    ("F1 / Ctrl+/", "Getting started, a guide to one evening / this list"),
]


def make_action(parent: QObject, text: str, name: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None, tip: str = "") -> QAction:
    """A QAction with an object name, shortcut, tooltip and status tip (every command has them)."""
    action = named(QAction(text, parent), name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text.replace("&", "").rstrip("…"))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(slot)
    return action


class WindowActions(QObject):
    """File, Group, Session and Help commands of one window."""

    open_store_requested = Signal(Path)
    new_store_requested = Signal(Path)
    sample_data_requested = Signal()
    error_raised = Signal(str)
    status_message = Signal(str)
    session_status_changed = Signal()
    backup_requested = Signal()

    def __init__(self, services: Services, window: QWidget, undo_stack: QUndoStack,
                 current_group: Callable[[], GroupRecord | None],
                 current_meeting: Callable[[], MeetingRecord | None],
                 existing_dates: Callable[[], set]) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._undo = undo_stack
        self._group = current_group
        self._meeting = current_meeting
        self._existing_dates = existing_dates
        a = make_action
        self.new_store = a(self, self.tr("&New data file…"), "newStoreAction", self._on_new_store,
                           tip=self.tr("Start a new, empty data file (for another organisation, say)"))
        self.open_store = a(self, self.tr("&Open data file…"), "openStoreAction", self._on_open_store,
                            QKeySequence.StandardKey.Open)
        self.backup = a(self, self.tr("&Back up now"), "backupNowAction", self.backup_requested.emit, "Ctrl+B",
                        self.tr("Write a consistent copy of your data to the backups folder"))
        self.quit = a(self, self.tr("&Quit"), "quitAction", window.close, QKeySequence.StandardKey.Quit)
        self.new_group = a(self, self.tr("&New group…"), "newGroupAction", self.create_group, "Ctrl+Shift+N")
        self.edit_group = a(self, self.tr("&Edit group…"), "editGroupAction", self._on_edit_group, "Ctrl+Shift+E")
        self.schedule = a(self, self.tr("&Schedule sessions…"), "scheduleSessionsAction", self._on_schedule,
                          "Ctrl+Shift+S",
                          self.tr("Create planned sessions for the next weeks, following the group's pattern"))
        self.new_session = a(self, self.tr("&New session…"), "newSessionAction", self._on_new_session,
                             tip=self.tr("Add a single session, e.g. an extra meeting"))
        self.mark_held = a(self, self.tr("Mark &held"), "markHeldAction",
                           lambda: self._set_status(MeetingStatus.HELD))
        self.cancel_session = a(self, self.tr("&Cancel session"), "cancelSessionAction",
                                lambda: self._set_status(MeetingStatus.CANCELLED),
                                tip=self.tr("The session stays in the history, marked cancelled"))
        self.did_not_meet = a(self, self.tr("Mark “&did not meet”"), "didNotMeetAction",
                              lambda: self._set_status(MeetingStatus.DID_NOT_MEET),
                              tip=self.tr("Nobody came: the session stays in the history"))
        self.back_to_planned = a(self, self.tr("Set back to &planned"), "plannedAction",
                                 lambda: self._set_status(MeetingStatus.PLANNED))
        self.getting_started = a(self, self.tr("&Getting started"), "gettingStartedAction", self.show_guide,
                                 QKeySequence.StandardKey.HelpContents,
                                 self.tr("A short guide to one evening: before, at the door, the round, after (F1)"))
        self.shortcuts = a(self, self.tr("&Keyboard shortcuts"), "shortcutsAction", self._on_shortcuts, "Ctrl+/")
        self._guide: QDialog | None = None
        self.about = a(self, self.tr("&About Facilitator"), "aboutAction", self._on_about)
        self.update_enabled()

    def update_enabled(self) -> None:
        group, meeting = self._group(), self._meeting()
        for action in (self.edit_group, self.schedule, self.new_session):
            action.setEnabled(group is not None)
        status = meeting.status if meeting else None
        self.mark_held.setEnabled(status is not None and status is not MeetingStatus.HELD)
        self.cancel_session.setEnabled(status is not None and status is not MeetingStatus.CANCELLED)
        self.did_not_meet.setEnabled(status is not None and status is not MeetingStatus.DID_NOT_MEET)
        self.back_to_planned.setEnabled(status is not None and status is not MeetingStatus.PLANNED)

    # -- File ----------------------------------------------------------------------------------
    def _on_new_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("New data file"), self.tr("facilitator.sqlite3"),
                                              self.tr("Facilitator data files (*.sqlite3)"))
        if path:
            self.new_store_requested.emit(Path(path))

    def _on_open_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open data file"), "",
                                              self.tr("Facilitator data files (*.sqlite3);;All files (*)"))
        if path:
            self.open_store_requested.emit(Path(path))

    # -- Group ---------------------------------------------------------------------------------
    # Dialogs are imported when first opened: they cost start-up time and most runs need none.
    def create_group(self) -> GroupRecord | None:
        from facilitator_app.ui.dialogs.group_dialog import GroupDialog

        dialog = GroupDialog(self._services.checkins.instruments(), self._services.groups.create_group,
                             parent=self._window)
        created = dialog.result_value if dialog.exec() else None
        return created if isinstance(created, GroupRecord) else None

    def _on_edit_group(self) -> None:
        from facilitator_app.ui.dialogs.group_dialog import GroupDialog

        shown = self._group()
        if shown is None:
            return
        try:   # as saved now: the edit is checked against this version when it is saved
            group = self._services.groups.get_group(shown.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return

        def save(draft: GroupDraft) -> GroupRecord:
            return self._services.groups.update_group(group.id, draft, expected=dialog.editing_since)

        dialog = GroupDialog(self._services.checkins.instruments(), save, group=group, parent=self._window)
        dialog.exec()

    def _on_schedule(self) -> None:
        from facilitator_app.ui.dialogs.schedule_dialog import ScheduleDialog

        group = self._group()
        if group is None:
            return

        def schedule(value: tuple[int, date]) -> list[MeetingRecord]:
            count, start = value
            return self._services.meetings.schedule_next(group.id, count, start)

        dialog = ScheduleDialog(group, self._existing_dates(), schedule, parent=self._window)
        if dialog.exec():
            created = len(dialog.result_value) if isinstance(dialog.result_value, list) else 0
            self.status_message.emit(translate("WindowActions", "%n session(s) scheduled", "", created))

    def _on_new_session(self) -> None:
        from facilitator_app.ui.dialogs.session_dialog import SessionDialog

        group = self._group()
        if group is None:
            return

        def create(value: tuple[date, MeetingDetails]) -> MeetingRecord:
            day, details = value
            return self._services.meetings.create_meeting(group.id, day, details)

        SessionDialog(group, create, parent=self._window).exec()

    # -- Session -------------------------------------------------------------------------------
    def _set_status(self, status: MeetingStatus) -> None:
        meeting = self._meeting()
        if meeting is None or meeting.status is status:
            return
        if not self._apply_status(meeting.id, status):
            return
        self._undo.push(SessionEditCommand(self.tr("Session: {label}").format(label=label_of(status)), meeting.id,
                                           meeting.status, status,
                                           self._apply_status))
        self.session_status_changed.emit()

    def _apply_status(self, meeting_id: uuid.UUID, status: MeetingStatus) -> bool:
        try:
            self._services.meetings.set_status(meeting_id, status)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return False
        return True

    # -- Help ----------------------------------------------------------------------------------
    def show_guide(self) -> QDialog:
        """Show Getting started beside the window (one per window, brought to the front if open)."""
        from facilitator_app.ui.help_guide import GettingStartedDialog

        if self._guide is None:
            self._guide = GettingStartedDialog(self._window)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def _on_shortcuts(self) -> None:
        from facilitator_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(SHORTCUTS, parent=self._window).exec()

    def _on_about(self) -> None:
        from facilitator_app.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self._services.store.path, parent=self._window).exec()
