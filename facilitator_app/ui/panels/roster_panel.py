"""The Roster tab: the group's members, type to filter, add, edit, leave; and who to call."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import GroupRecord, MemberRecord
from facilitator_app.errors import AppError
from facilitator_app.services.attendance import AttendanceService
from facilitator_app.services.changes import ChangeBatch, Entity
from facilitator_app.services.members import MemberDraft, MemberService
from facilitator_app.ui.language import translate
from facilitator_app.ui.models.missed_sessions_model import MissedSessionsModel
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.models.roster_model import (
    HEADERS,
    JOINED,
    LAST_ATTENDED,
    NAME,
    PRONOUNS,
    RATE,
    RosterFilterModel,
    RosterModel,
)
from facilitator_app.ui.naming import named

REFRESHING = (Entity.MEMBER, Entity.MEMBERSHIP, Entity.ATTENDANCE, Entity.MEETING)
# The widest text each narrow column usually holds; a name gets at least NAME_SAMPLE's width.
COLUMN_SAMPLES = {PRONOUNS: "they/them", JOINED: "30 Sep 2026", LAST_ATTENDED: "30 Sep 2026", RATE: "30 of 30"}
NAME_SAMPLE = "Nguyen Van An"


def _fit_columns(view: QTableView) -> None:
    """Size the columns from the font once (not from every row on every filter keystroke), and
    keep the table at least as wide as they are, so it never needs a horizontal scrollbar."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    cells, heads = view.fontMetrics(), header.fontMetrics()
    sort_arrow = 18  # the sorted column's header also draws the sort indicator
    total = 0
    for column, sample in COLUMN_SAMPLES.items():
        heading = translate("Headers", HEADERS[column])
        width = max(cells.horizontalAdvance(sample), heads.horizontalAdvance(heading) + sort_arrow) + 16
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
        total += width
    name = cells.horizontalAdvance(NAME_SAMPLE) + 16
    scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    view.setMinimumWidth(total + name + scrollbar + 2 * view.frameWidth())


class RosterPanel(QWidget):
    """Loads lazily: changes only mark it stale until it is shown."""

    error_raised = Signal(str)
    current_member_changed = Signal()

    def __init__(self, members: MemberService, attendance: AttendanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterPanel")
        self.setAccessibleName(self.tr("Roster"))
        self._members = members
        self._attendance = attendance
        self._group: GroupRecord | None = None
        self._session_date: date | None = None
        self._stale = True

        self._filter = named(QLineEdit(), "rosterFilter")
        self._filter.setPlaceholderText(self.tr("Type to filter by name"))
        self._filter.setAccessibleName(self.tr("Filter the roster"))
        self._filter.setToolTip(self.tr("Shows only members whose name contains what you type (Ctrl+F)"))
        self._filter.setClearButtonEnabled(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self._filter.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._former = named(QCheckBox(self.tr("Show former mem&bers")), "showFormerMembers")
        self._former.setAccessibleName(self.tr("Show former members"))
        self._former.setToolTip(self.tr("Also list people who have left the group; their history stays"))
        self._former.toggled.connect(lambda _checked: self.reload())

        self._model = RosterModel(self)
        self._proxy = RosterFilterModel(self)
        self._proxy.setSourceModel(self._model)
        self._filter.textChanged.connect(self._proxy.set_filter_text)

        self._view = named(QTableView(), "rosterView")
        self._view.setModel(self._proxy)
        self._view.setAccessibleName(self.tr("Members of the group"))
        self._view.setToolTip(self.tr("Enter edits the selected member"))
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setTabKeyNavigation(False)
        self._view.setAlternatingRowColors(True)
        self._view.verticalHeader().hide()
        self._view.verticalHeader().setDefaultSectionSize(self._view.fontMetrics().height() + 12)
        _fit_columns(self._view)
        self._view.activated.connect(self._on_view_activated)
        self._filter.returnPressed.connect(self._view.setFocus)

        self._add = self._button(self.tr("A&dd member…"), "addMember",
                                 self.tr("Add someone to this group (only a name is needed)"),
                                 self._on_add_clicked)
        self._edit = self._button(self.tr("Edi&t…"), "editMember",
                                  self.tr("Edit the selected member's details (Enter)"),
                                  self._on_edit_clicked)
        self._leave = self._button(self.tr("&Leave group…"), "leaveGroup",
                                   self.tr("The selected member leaves this group; their history stays"),
                                   self._on_leave_clicked)

        self._missed_sessions = named(QSpinBox(), "missedSessionsCount")
        self._missed_sessions.setRange(1, 12)
        self._missed_sessions.setValue(3)
        self._missed_sessions.setSuffix(self.tr(" sessions"))
        self._missed_sessions.setAccessibleName(self.tr("Missed at least this many sessions"))
        self._missed_sessions.setToolTip(self.tr("How many of the group's latest sessions someone missed"))
        self._missed_sessions.valueChanged.connect(lambda _value: self._reload_missed())
        self._missed_model = MissedSessionsModel(self)
        self._missed_view = named(QListView(), "missedSessionsList")
        self._missed_view.setModel(self._missed_model)
        self._missed_view.setAccessibleName(self.tr("Members who missed the latest sessions"))
        self._missed_view.setToolTip(self.tr("Current members who missed each of the latest sessions: "
                                             "perhaps a caring phone call"))
        self._missed_empty = named(QLabel(wordWrap=True), "missedSessionsEmpty")

        side = QGroupBox(self.tr("Not seen lately"))
        side.setAccessibleName(self.tr("Not seen lately"))
        side_layout = QVBoxLayout(side)
        # The label above its spin box: the box stays narrow, so the members table keeps the room.
        missed_label = QLabel(self.tr("&Missed the last"))
        missed_label.setBuddy(self._missed_sessions)
        side_layout.addWidget(missed_label)
        side_layout.addWidget(self._missed_sessions, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self._missed_view, 1)
        side_layout.addWidget(self._missed_empty)
        side_layout.addStretch(0)
        side.setMinimumWidth(200)

        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addWidget(self._former)
        buttons = self._buttons_row = QHBoxLayout()
        self._more_buttons: list[QPushButton] = []
        for button in (self._add, self._edit, self._leave):
            buttons.addWidget(button)
        buttons.addStretch(1)
        main = QVBoxLayout()
        main.addLayout(top)
        main.addWidget(self._view, 1)
        main.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(main, 3)
        layout.addWidget(side, 1)
        self._view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    @property
    def view(self) -> QTableView:
        """The roster table: where Ctrl+5 puts the keyboard."""
        return self._view

    def tab_chain(self) -> list[QWidget]:
        """This panel's controls in Tab order, for the window's chain."""
        return [self._filter, self._former, self._view, self._add, self._edit, self._leave, *self._more_buttons,
                self._missed_sessions, self._missed_view]

    def set_group_record(self, group: GroupRecord) -> None:
        """The group was edited (its name, say): keep the roster as it is."""
        if self._group is not None and self._group.id == group.id:
            self._group = group

    def _button(self, text: str, name: str, tip: str, slot: object) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- what the window calls -----------------------------------------------------------------
    def show_group(self, group: GroupRecord | None) -> None:
        self._group = group
        self._filter.clear()
        self._stale = True
        if self.isVisible():
            self.reload()

    def on_batch(self, batch: ChangeBatch) -> None:
        """Reload once when a committed action touched what the roster shows."""
        group = self._group
        if group is not None and any(c.entity in REFRESHING and c.group_id in (None, group.id)
                                     for c in batch.changes):
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._stale = False
        selected = self._selected_member_id()
        if self._group is None:
            self._model.set_entries([])
        else:
            try:
                self._model.set_entries(self._members.roster(self._group.id, include_former=self._former.isChecked()))
            except AppError as exc:
                self.error_raised.emit(exc.message)
        self._reload_missed()
        if selected is not None:
            self._select_member(selected)
        if not self._view.currentIndex().isValid() and self._proxy.rowCount():
            self._view.setCurrentIndex(self._proxy.index(0, NAME))
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # -- actions --------------------------------------------------------------------------------
    def set_session_date(self, day: date | None) -> None:
        """The selected session's date: a new member counts from it (so a past sheet can be typed in)."""
        self._session_date = day

    def _on_add_clicked(self) -> None:
        from facilitator_app.ui.dialogs.member_dialog import MemberDialog  # loaded when first needed

        if self._group is None:
            return
        group_id = self._group.id
        default = min(self._session_date or date.today(), date.today())
        dialog: MemberDialog

        def add(draft: MemberDraft) -> MemberRecord:
            return self._members.add_member(draft, group_id, dialog.joined_on())

        dialog = MemberDialog(add, parent=self, joined_on=default)
        if dialog.exec() and isinstance(dialog.result_value, MemberRecord):
            self._select_member(dialog.result_value.id)  # the change event already reloaded the roster

    def _on_edit_clicked(self) -> None:
        member_id = self._selected_member_id()
        if member_id is None:
            return
        try:
            member = self._members.get_member(member_id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return

        from facilitator_app.ui.dialogs.member_dialog import MemberDialog

        def save(draft: MemberDraft) -> MemberRecord:
            return self._members.update_member(member_id, draft, expected=dialog.editing_since)

        dialog = MemberDialog(save, member=member, parent=self)
        dialog.exec()

    def _on_leave_clicked(self) -> None:
        member_id = self._selected_member_id()
        entry = self._model.entry_at(self._model.row_of(member_id)) if member_id else None
        if self._group is None or entry is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Leave the group"),
            self.tr("{preferred_name} will leave {name} from today.\n\nTheir attendance and check-ins stay in the "
                    "group's history.").format(preferred_name=entry.member.preferred_name, name=self._group.name),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        try:
            self._members.leave_group(entry.member.id, self._group.id)
        except AppError as exc:
            self.error_raised.emit(exc.message)

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self._on_edit_clicked()

    # -- helpers --------------------------------------------------------------------------------
    def _reload_missed(self) -> None:
        if self._group is None:
            self._missed_model.set_entries([])
            self._missed_empty.setText("")
            return
        count = self._missed_sessions.value()
        try:
            enough = self._attendance.enough_history(self._group.id, count)
            entries = self._attendance.follow_ups(self._group.id, sessions=count) if enough else []
        except AppError as exc:
            self.error_raised.emit(exc.message)
            enough, entries = True, []
        self._missed_model.set_entries(entries)
        self._missed_view.setVisible(bool(entries))
        if not enough:
            self._missed_empty.setText(self.tr("The group has held fewer than {count} sessions so far.").format(
                count=count))
        else:
            everyone = self.tr("Everyone came to at least one of the last {count} sessions.").format(count=count)
            self._missed_empty.setText("" if entries else everyone)

    def _selected_member_id(self) -> uuid.UUID | None:
        index = self._view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _select_member(self, member_id: uuid.UUID) -> None:
        row = self._model.row_of(member_id)
        if row >= 0:
            self._view.setCurrentIndex(self._proxy.mapFromSource(self._model.index(row, NAME)))

    def _update_buttons(self) -> None:
        has_group = self._group is not None
        member_id = self._selected_member_id()
        entry = self._model.entry_at(self._model.row_of(member_id)) if member_id else None
        self._add.setEnabled(has_group)
        self._edit.setEnabled(entry is not None)
        self._leave.setEnabled(entry is not None and entry.membership.left_on is None)
        self.current_member_changed.emit()

    def selected_member(self) -> MemberRecord | None:
        """The member selected in the roster (for Export > Member's own record)."""
        member_id = self._selected_member_id()
        entry = self._model.entry_at(self._model.row_of(member_id)) if member_id else None
        return entry.member if entry is not None else None

    def add_action_button(self, action: QAction, name: str) -> QPushButton:
        """A button beside Leave group for a window command on the selected member; it follows the action."""
        button = self._button(action.text(), name, action.toolTip(), action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        self._buttons_row.insertWidget(self._buttons_row.count() - 1, button)  # before the stretch
        self._more_buttons.append(button)
        return button

    def add_member_actions(self, actions: list[QAction]) -> None:
        """Commands on the selected member, in the roster's right-click menu."""
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._view.addActions(actions)
