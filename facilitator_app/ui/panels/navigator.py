"""The left-hand pane: the groups, and under the selected group its sessions by date."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from facilitator_app.domain.records import GroupRecord, MeetingRecord
from facilitator_app.errors import AppError
from facilitator_app.services.changes import Action, Change, ChangeBatch, Entity
from facilitator_app.services.groups import GroupService
from facilitator_app.services.meetings import MeetingService
from facilitator_app.ui.models.group_list_model import GroupListModel
from facilitator_app.ui.models.session_list_model import SessionListModel
from facilitator_app.ui.naming import named


class Navigator(QWidget):
    """Emits ``group_changed`` and ``session_changed`` as the selection moves.

    A group's sessions open on today's or the next session, or with ``latest_held_first`` (the
    sample data) on the latest held one; a session asked for by id always wins.
    """

    group_changed = Signal(object)    # GroupRecord | None
    session_changed = Signal(object)  # MeetingRecord | None
    session_activated = Signal()      # Enter on a session: go and work on it
    group_updated = Signal(object)    # GroupRecord: edited in place, the selection stays
    error_raised = Signal(str)

    def __init__(self, groups: GroupService, meetings: MeetingService, parent: QWidget | None = None, *,
                 latest_held_first: bool = False) -> None:
        super().__init__(parent)
        # Sample data opens on its latest held session (a sheet, notes and check-ins filled in, so
        # the first screen shows what the app does); a real store on today's or the next session.
        self._latest_held_first = latest_held_first
        self._groups_service = groups
        self._meetings_service = meetings
        self._groups = GroupListModel(self)
        self._sessions = SessionListModel(self)

        self._group_list = self._list("groupList", self._groups, self.tr("Groups"),
                                      self.tr("Your groups: arrow keys choose one, Tab moves to its sessions"))
        self._session_list = self._list("sessionList", self._sessions, self.tr("Sessions"),
                                        self.tr("The group's sessions by date; upcoming ones in blue, today's in bold"))
        groups_label = QLabel(self.tr("Grou&ps"))
        groups_label.setBuddy(self._group_list)
        sessions_label = QLabel(self.tr("Sess&ions"))
        sessions_label.setBuddy(self._session_list)
        for label in (groups_label, sessions_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(groups_label)
        layout.addWidget(self._group_list, 1)
        layout.addWidget(sessions_label)
        layout.addWidget(self._session_list, 3)
        self._group_list.selectionModel().currentChanged.connect(self._on_group_list_current_changed)
        self._session_list.selectionModel().currentChanged.connect(self._on_session_list_current_changed)
        self._session_list.activated.connect(lambda _index: self.session_activated.emit())

    @staticmethod
    def _list(name: str, model: object, accessible: str, tip: str) -> QListView:
        view = named(QListView(), name)
        view.setModel(model)  # type: ignore[arg-type]
        view.setAccessibleName(accessible)
        view.setToolTip(tip)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setUniformItemSizes(True)
        view.setSpacing(1)
        return view

    # -- state ---------------------------------------------------------------------------------
    @property
    def group_list(self) -> QListView:
        return self._group_list

    @property
    def session_list(self) -> QListView:
        return self._session_list

    def current_group(self) -> GroupRecord | None:
        return self._groups.group_at(self._group_list.currentIndex().row())

    def current_meeting(self) -> MeetingRecord | None:
        return self._sessions.meeting_at(self._session_list.currentIndex().row())

    def group_count(self) -> int:
        return self._groups.rowCount()

    def existing_dates(self) -> set:
        return {self._sessions.meeting_at(r).date for r in range(self._sessions.rowCount())}  # type: ignore[union-attr]

    # -- loading -------------------------------------------------------------------------------
    def reload_groups(self, select: uuid.UUID | None = None, session: uuid.UUID | None = None) -> None:
        """Reload the groups and select ``select`` (else the current one, else the first)."""
        current = self.current_group()
        wanted = select or (current.id if current else None)
        try:
            groups = self._groups_service.list_groups()
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._groups.set_groups(groups)
        row = self._groups.row_of(wanted) if wanted else -1
        if row < 0 and groups:
            row = 0
        if row < 0:
            self._sessions.set_meetings([])
            self.group_changed.emit(None)
            self.session_changed.emit(None)
            return
        # The reset left no current row, so this always emits currentChanged.
        self._pending_session = session
        self._group_list.selectionModel().setCurrentIndex(
            self._groups.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    _pending_session: uuid.UUID | None = None

    def on_batch(self, batch: ChangeBatch) -> None:
        """Follow a committed action: the groups, then the current group's sessions, each at most once."""
        groups = batch.of(Entity.GROUP)
        if groups and not all(c.action is Action.UPDATED and self._update_group_in_place(c) for c in groups):
            added = [c for c in groups if c.action is Action.ADDED]
            self.reload_groups(select=next(iter(added[-1].ids)) if added else None)
        group = self.current_group()
        meetings = [c for c in batch.of(Entity.MEETING) if group is not None and c.group_id == group.id]
        if group is None or not meetings or all(self._update_meeting_in_place(c) for c in meetings):
            return
        current = self.current_meeting()
        added = [c for c in meetings if c.action is Action.ADDED and len(c.ids) == 1]
        select = next(iter(added[-1].ids)) if added else None
        self._load_sessions(group, select or (current.id if current else None))

    def _update_meeting_in_place(self, change: Change) -> bool:
        """An edited session keeps its row and the selection (no reset, no reload)."""
        if change.action is not Action.UPDATED or change.meeting_id is None:
            return False
        try:
            meeting = self._meetings_service.get_meeting(change.meeting_id)
        except AppError:
            return False
        return self._sessions.update_meeting(meeting)

    def _update_group_in_place(self, change: Change) -> bool:
        """An edited group keeps its row and the selected session (no reset, no reload)."""
        try:
            groups = [self._groups_service.get_group(group_id) for group_id in change.ids]
        except AppError:
            return False
        for group in groups:
            if not self._groups.update_group(group):
                return False
            current = self.current_group()
            if current is not None and current.id == group.id:
                self.group_updated.emit(group)
        return True

    # -- slots ---------------------------------------------------------------------------------
    def _on_group_list_current_changed(self, *_args: object) -> None:
        group = self.current_group()
        self.group_changed.emit(group)
        self._load_sessions(group, self._pending_session)
        self._pending_session = None

    def _on_session_list_current_changed(self, *_args: object) -> None:
        self.session_changed.emit(self.current_meeting())

    def _load_sessions(self, group: GroupRecord | None, select: uuid.UUID | None = None) -> None:
        try:
            meetings = self._meetings_service.list_meetings(group.id) if group else []
        except AppError as exc:
            self.error_raised.emit(exc.message)
            meetings = []
        self._sessions.set_meetings(meetings)  # a reset: no current row afterwards
        row = self._sessions.row_of(select) if select else -1
        if row < 0 and self._latest_held_first:
            row = self._sessions.latest_held_row()
        if row < 0:
            row = self._sessions.default_row()
        if row < 0:
            self.session_changed.emit(None)
            return
        self._session_list.selectionModel().setCurrentIndex(
            self._sessions.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._session_list.scrollTo(self._sessions.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
