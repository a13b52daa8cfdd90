"""The Handouts tab: the library (import, filter, edit, remove), a preview of the first page, and
which handouts went out at the selected session. Every change is saved at once and can be undone."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import GroupRecord, HandoutRecord, MeetingRecord
from facilitator_app.domain.text import short_date
from facilitator_app.errors import AppError
from facilitator_app.export.previews import Preview
from facilitator_app.services.changes import Change, ChangeBatch, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import HandoutDetails
from facilitator_app.services.meetings import UNRECORDED
from facilitator_app.ui.attendance_commands import CallbackCommand
from facilitator_app.ui.models.handout_library_model import (
    GIVEN,
    KIND,
    SESSIONS,
    TITLE,
    TOPICS,
    VERSION,
    HandoutFilterModel,
    HandoutLibraryModel,
    sessions_text,
)
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.optional_columns import OptionalColumns
from facilitator_app.ui.panels.handout_import import HandoutImportMixin
from facilitator_app.ui.panels.handout_preview import HandoutPreviewMixin

REFRESHING = (Entity.HANDOUT, Entity.MEETING, Entity.GROUP)
ALL_TOPICS = "All topics"
TITLE_SAMPLE = "Talking to yourself like a friend"  # the titles keep at least this width
PREVIEW_DELAY_MS = 60  # arrowing quickly down the list draws only the row you stop on

EMPTY_TEXT = ("Start with four generic handouts written for peer support groups: our group agreement, grounding "
              "(the 5-4-3-2-1 technique), a support contacts page with blanks to fill in, and sleep basics. "
              "You can edit or remove them later.\n\nOr import your own PDF, PNG, JPEG, plain text or Markdown "
              "files, or drag them onto this tab. Handouts are kept inside the data file, so they travel with it "
              "and work offline.")


class HandoutView(QTableView):
    """The library. Space ticks "given at this session" on the current row, whichever cell has focus."""

    given_toggle_requested = Signal(int)  # proxy row
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.currentIndex().isValid() and modifiers == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_Space:
                self.given_toggle_requested.emit(self.currentIndex().row())
                return
            if event.key() == Qt.Key.Key_Delete:
                self.remove_requested.emit()
                return
        super().keyPressEvent(event)


class HandoutsPanel(HandoutImportMixin, HandoutPreviewMixin, QWidget):
    """The Handouts tab. Loads lazily: changes only mark it stale until it is shown."""

    error_raised = Signal(str)
    status_message = Signal(str)
    session_requested = Signal(object)  # uuid of a session in the "Given at" list (Enter or double-click)

    def __init__(self, services: Services, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutsPanel")
        self.setAccessibleName("Handouts")
        self.setAcceptDrops(True)
        self._services = services
        self._handouts = services.handouts
        self._undo = undo_stack
        self._group: GroupRecord | None = None
        self._meeting: MeetingRecord | None = None
        self._stale = True
        self._previews: OrderedDict[str, Preview] = OrderedDict()
        self._preview_pixmap: QPixmap | None = None
        self._shown_handout: uuid.UUID | None = None
        self._last_folder = Path.home()

        self._build_library()
        self._build_side()
        self._splitter = QSplitter(Qt.Orientation.Horizontal, objectName="handoutSplitter")
        self._splitter.addWidget(self._library_box)
        self._splitter.addWidget(self._side_box)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([700, 360])
        self._pages = QStackedWidget(objectName="handoutPages")
        self._pages.addWidget(self._splitter)
        self._pages.addWidget(self._empty_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self._session_label)
        layout.addLayout(self._top)
        layout.addWidget(self._pages, 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._show_preview)
        self._view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())
        self.show_meeting(None)

    # -- building ------------------------------------------------------------------------------
    def _build_library(self) -> None:
        self._session_label = QLabel(objectName="handoutSessionLabel", wordWrap=True)
        self._session_label.setAccessibleName("Selected session")
        self._session_label.setFixedHeight(self._session_label.fontMetrics().lineSpacing() * 2 + 4)
        self._session_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self._filter = QLineEdit(objectName="handoutFilter")
        self._filter.setPlaceholderText("Type to filter by title, topic or description")
        self._filter.setAccessibleName("Filter the handouts")
        self._filter.setToolTip("Shows only handouts whose title, topics, description or file name contain "
                                "every word you type (Ctrl+F)")
        self._filter.setClearButtonEnabled(True)
        self._filter.setAcceptDrops(False)  # a file dropped here is imported, not typed in as a path
        QShortcut(QKeySequence.StandardKey.Find, self, self._filter.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._topic = QComboBox(objectName="handoutTopicFilter")
        self._topic.setAccessibleName("Topic")
        self._topic.setToolTip("Shows only the handouts with this topic")
        self._topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._topic.setMinimumContentsLength(12)
        self._topic.addItem(ALL_TOPICS)
        topic_label = QLabel("Topic:")
        topic_label.setBuddy(self._topic)

        self._import = self._button("Import files…", "handoutImport",
                                    "Add PDF, PNG, JPEG, text or Markdown files to the library "
                                    "(you can also drag files onto this tab)", self._on_import_clicked)

        self._model = HandoutLibraryModel(self, given_editor=self._set_given)
        self._proxy = HandoutFilterModel(self)
        self._proxy.setSourceModel(self._model)
        self._filter.textChanged.connect(self._on_filter_changed)
        self._topic.currentIndexChanged.connect(self._on_topic_changed)

        self._view = HandoutView(objectName="handoutLibraryView")
        self._view.setModel(self._proxy)
        self._view.setAccessibleName("Handout library")
        self._view.setToolTip("Space: given at this session (ticks or unticks) · Enter: edit details · "
                              "Delete: remove from the library")
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setTabKeyNavigation(False)
        self._view.setAlternatingRowColors(True)
        self._view.setWordWrap(False)
        self._view.verticalHeader().hide()
        self._view.verticalHeader().setDefaultSectionSize(self._view.fontMetrics().height() + 12)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self._view.fontMetrics()
        # Widths from the font once, not from every row's contents on every filter keystroke.
        widths = {GIVEN: metrics.horizontalAdvance("This session") + 20, TOPICS: 130,
                  KIND: metrics.horizontalAdvance("Markdown") + 20, VERSION: metrics.horizontalAdvance("Version") + 24,
                  SESSIONS: metrics.horizontalAdvance("10 sessions") + 20}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # In a small window the kind, version and count step aside (the details beside the table show
        # them) rather than squeeze the titles or scroll sideways.
        self._optional_columns = OptionalColumns(self._view, TITLE, metrics.horizontalAdvance(TITLE_SAMPLE) + 20,
                                                 (TOPICS, SESSIONS, KIND, VERSION))
        self._view.given_toggle_requested.connect(self._on_view_given_toggle_requested)
        self._view.remove_requested.connect(self._on_remove_clicked)
        self._view.activated.connect(self._on_view_activated)
        self._filter.returnPressed.connect(self._view.setFocus)

        self._no_match = QLabel(objectName="handoutNoMatch", wordWrap=True)
        self._no_match.setAccessibleName("No handouts match")
        self._no_match.hide()

        self._edit = self._button("E&dit…", "editHandout", "Edit the title, topics, description and version of "
                                  "the selected handout (Enter)", self._on_edit_clicked)
        self._remove = self._button("Re&move…", "removeHandout", "Take the selected handout out of the library "
                                    "(Delete; Ctrl+Z brings it back)", self._on_remove_clicked)

        self._starter = self._button("Add the starter handouts", "addStarterHandouts",
                                     "Add four generic handouts written for peer support groups: a group agreement, "
                                     "grounding, support contacts (blanks to fill in) and sleep basics",
                                     self.add_starter_handouts)
        empty_title = QLabel("<h3>Your handout library is empty</h3>", objectName="handoutEmptyTitle")
        empty_text = QLabel(EMPTY_TEXT, objectName="handoutEmptyText", wordWrap=True)
        empty_text.setTextFormat(Qt.TextFormat.PlainText)
        # A fixed width and its height for that width: a wrapped label under an alignment flag
        # otherwise gets one line's height and is cut off.
        empty_text.setFixedWidth(600)
        empty_text.setMinimumHeight(empty_text.heightForWidth(600))
        self._empty_page = QWidget(objectName="handoutEmptyPage")
        empty_layout = QVBoxLayout(self._empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_title, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(8)
        # With an empty library the import button moves here, beside the starter handouts.
        self._empty_buttons = QHBoxLayout()
        self._empty_buttons.addStretch(1)
        self._empty_buttons.addWidget(self._starter)
        self._empty_buttons.addStretch(1)
        empty_layout.addLayout(self._empty_buttons)
        empty_layout.addStretch(2)

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 6, 0)
        table_layout.addWidget(self._view, 1)
        table_layout.addWidget(self._no_match)
        buttons = QHBoxLayout()
        buttons.addWidget(self._edit)
        buttons.addWidget(self._remove)
        buttons.addStretch(1)
        table_layout.addLayout(buttons)
        self._library_box = table_page

        self._topic_label = topic_label
        self._top = QHBoxLayout()
        self._top.addWidget(self._filter, 1)
        self._top.addWidget(topic_label)
        self._top.addWidget(self._topic)
        self._top.addWidget(self._import)

    def _build_side(self) -> None:
        self._details_title = QLabel(objectName="handoutDetailsTitle", wordWrap=True)
        font = self._details_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self._details_title.setFont(font)
        self._details_title.setAccessibleName("Handout")
        self._details_meta = QLabel(objectName="handoutDetailsMeta", wordWrap=True)
        self._details_meta.setAccessibleName("File")
        self._details_description = QLabel(objectName="handoutDetailsDescription", wordWrap=True)
        self._details_description.setAccessibleName("Description")
        self._details_description.setTextFormat(Qt.TextFormat.PlainText)

        self._preview = QLabel(objectName="handoutPreview")
        self._preview.setAccessibleName("Preview of the first page")
        self._preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._preview.setWordWrap(True)
        self._preview.setMargin(10)
        self._preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._preview.setOpenExternalLinks(False)
        self._preview_area = QScrollArea(objectName="handoutPreviewArea")
        self._preview_area.setWidget(self._preview)
        self._preview_area.setWidgetResizable(True)
        self._preview_area.setFrameShape(QFrame.Shape.StyledPanel)
        self._preview_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._preview_area.setAccessibleName("Preview")
        self._preview_area.setToolTip("The first page of the selected handout (the arrow keys scroll)")
        self._preview_area.setBackgroundRole(QPalette.ColorRole.Base)
        self._preview_area.viewport().installEventFilter(self)

        self._sessions = QListWidget(objectName="handoutSessionsList")
        self._sessions.setAccessibleName("Sessions this handout was given at")
        self._sessions.setToolTip("Every session the selected handout was given at, newest first "
                                  "(Enter or double-click opens the session)")
        list_height = self._sessions.fontMetrics().height() * 5 + 16
        self._sessions.setFixedHeight(list_height)
        self._sessions.itemActivated.connect(self._on_sessions_item_activated)
        sessions_label = QLabel("Given a&t:")
        sessions_label.setBuddy(self._sessions)
        self._sessions_empty = QLabel(objectName="handoutSessionsEmpty", wordWrap=True)
        self._sessions_empty.setAccessibleName("Sessions this handout was given at")
        # Takes the list's place when it is empty, so the preview above keeps its size.
        self._sessions_empty.setFixedHeight(list_height)
        self._sessions_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._sessions_empty.setIndent(4)

        self._side_box = QWidget(objectName="handoutSide")
        side = QVBoxLayout(self._side_box)
        side.setContentsMargins(6, 0, 0, 0)
        side.addWidget(self._details_title)
        side.addWidget(self._details_meta)
        side.addWidget(self._details_description)
        side.addWidget(self._preview_area, 1)
        side.addWidget(sessions_label)
        side.addWidget(self._sessions)
        side.addWidget(self._sessions_empty)
        self._side_box.setMinimumWidth(260)

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- what the window calls -----------------------------------------------------------------
    @property
    def view(self) -> HandoutView:
        return self._view

    def tab_chain(self) -> list[QWidget]:
        """This panel's controls in Tab order, for the window's chain."""
        return [self._filter, self._topic, self._import, self._view, self._edit, self._remove, self._starter,
                self._preview_area, self._sessions]

    def show_group(self, group: GroupRecord | None) -> None:
        """The library belongs to every group; the group only names the selected session."""
        self._group = group
        self._show_session_label()

    def show_meeting(self, meeting: MeetingRecord | None) -> None:
        """Tick boxes follow ``meeting`` (None: no session selected, no tick boxes)."""
        self._meeting = meeting
        self._show_session_label()
        if not self.isVisible() or self._stale:
            self._stale = True
            return
        # The library is the same for every session: only the ticks change.
        try:
            given = self._handouts.given_ids(meeting.id) if meeting is not None else set()
        except AppError as exc:
            self.error_raised.emit(exc.message)
            given = set()
        self._model.set_given_here(given, self._session_state())
        self._show_sessions(self._selected_handout_id())

    def on_batch(self, batch: ChangeBatch) -> None:
        """Follow a committed action; this panel already shows what it saved itself."""
        batch.deliver(self, self.on_change)

    def on_change(self, change: Change, own: bool = False) -> None:
        if own or change.entity not in REFRESHING:
            return
        if change.entity is Entity.MEETING and self._meeting is not None and change.meeting_id == self._meeting.id:
            try:
                self._meeting = self._services.meetings.get_meeting(self._meeting.id)
            except AppError:
                self._meeting = None
            self._show_session_label()
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Load the library again, keeping the selected handout and the filters."""
        self._stale = False
        selected = self._selected_handout_id()
        try:
            entries = self._handouts.library(self._meeting.id if self._meeting else None)
            topics = self._handouts.topics()
        except AppError as exc:
            self.error_raised.emit(exc.message)
            entries, topics = [], []
        self._model.set_entries(entries, self._session_state())
        self._fill_topics(topics)
        self._show_empty_page(not entries)
        if selected is not None:
            self.select_handout(selected)
        if not self._view.currentIndex().isValid() and self._proxy.rowCount():
            self._view.setCurrentIndex(self._proxy.index(0, TITLE))
        self._update_no_match()
        self._on_current_changed()

    def _session_state(self) -> str:
        if self._meeting is None:
            return "none"
        return "closed" if self._meeting.status in UNRECORDED else "open"

    def _show_empty_page(self, empty: bool) -> None:
        if (self._pages.currentWidget() is self._empty_page) == empty:
            return
        self._pages.setCurrentWidget(self._empty_page if empty else self._splitter)
        for widget in (self._filter, self._topic_label, self._topic):
            widget.setVisible(not empty)
        self._top.removeWidget(self._import)
        self._empty_buttons.removeWidget(self._import)
        if empty:
            self._empty_buttons.insertWidget(2, self._import)
        else:
            self._top.addWidget(self._import)
        self._import.show()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        if self._stale:
            self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- given at this session -----------------------------------------------------------------
    def _set_given(self, handout_id: uuid.UUID, given: bool) -> bool:
        """Save a tick (the model's editor too), show it, and make it undoable."""
        meeting = self._meeting
        row = self._model.row_of(handout_id)
        entry = self._model.entry_at(row)
        if meeting is None or entry is None or not self._model.can_tick:
            return False
        if entry.given_here == given:
            return True
        try:
            self._handouts.mark_given(meeting.id, handout_id, given, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return False
        self._model.apply_given(handout_id, given, entry.sessions_given + (1 if given else -1))
        title = entry.handout.title
        meeting_id = meeting.id
        self._push(f"{'Given' if given else 'Not given'}: {title}",
                   redo=lambda: self._apply_given(meeting_id, handout_id, given),
                   undo=lambda: self._apply_given(meeting_id, handout_id, not given))
        if handout_id == self._selected_handout_id():
            self._show_sessions(handout_id)
        when = short_date(meeting.date)
        self.status_message.emit(f"“{title}” marked as given at the session on {when}." if given
                                 else f"“{title}” is no longer marked as given on {when}.")
        return True

    def toggle_given(self, handout_id: uuid.UUID) -> bool:
        """Tick or untick ``handout_id`` for the selected session (what Space does)."""
        entry = self._model.entry_at(self._model.row_of(handout_id))
        if entry is None:
            return False
        if not self._model.can_tick:
            self.status_message.emit("Choose a session that took place on the left to mark handouts as given at it.")
            return False
        return self._set_given(handout_id, not entry.given_here)

    def _apply_given(self, meeting_id: uuid.UUID, handout_id: uuid.UUID, given: bool) -> None:
        """Undo and redo of a tick (perhaps for a session no longer on screen)."""
        self._undo_step(lambda: self._handouts.mark_given(meeting_id, handout_id, given), handout_id)

    def _on_view_given_toggle_requested(self, proxy_row: int) -> None:
        handout_id = self._proxy.index(proxy_row, TITLE).data(ID_ROLE)
        if handout_id is not None:
            self.toggle_given(handout_id)

    # -- editing and removing ------------------------------------------------------------------
    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.column() != GIVEN:
            self._on_edit_clicked()

    def _on_edit_clicked(self) -> None:
        from facilitator_app.ui.dialogs.handout_dialog import HandoutDialog  # loaded when first needed

        handout_id = self._selected_handout_id()
        if handout_id is None:
            return
        try:
            before = self._handouts.get_handout(handout_id)
            topics = self._handouts.topics()
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        def save(details: HandoutDetails) -> HandoutRecord:
            return self._handouts.update_handout(handout_id, details, origin=self)

        dialog = HandoutDialog(save, before, known_topics=topics, parent=self)
        if dialog.exec() and isinstance(dialog.result_value, HandoutRecord):
            self.reload()
            old, new = HandoutDetails.of(before), HandoutDetails.of(dialog.result_value)
            if old != new:
                self._push(f"Edit handout: {new.title}", redo=lambda: self._update(handout_id, new),
                           undo=lambda: self._update(handout_id, old))
            self.select_handout(handout_id)

    def _on_remove_clicked(self) -> None:
        handout_id = self._selected_handout_id()
        entry = self._model.entry_at(self._model.row_of(handout_id)) if handout_id else None
        if entry is None:
            return
        given = (f" It was given at {sessions_text(entry.sessions_given).lower()}; those sessions will no longer "
                 "list it." if entry.sessions_given else "")
        answer = QMessageBox.question(
            self, "Remove handout",
            f"Take “{entry.handout.title}” out of the handout library?{given}\n\n"
            "Edit > Undo (Ctrl+Z) brings it back.",
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        row = self._view.currentIndex().row()
        try:
            self._handouts.delete_handout(entry.handout.id, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        ids = [entry.handout.id]
        self.reload()
        self._push(f"Remove handout: {entry.handout.title}", redo=lambda: self._remove_all(ids),
                   undo=lambda: self._restore(ids))
        if self._proxy.rowCount():
            self._view.setCurrentIndex(self._proxy.index(min(row, self._proxy.rowCount() - 1), TITLE))
        self.status_message.emit(f"“{entry.handout.title}” was taken out of the library. Ctrl+Z brings it back.")

    # Undo and redo: save, then show the library as it now is.
    def _update(self, handout_id: uuid.UUID, details: HandoutDetails) -> None:
        self._undo_step(lambda: self._handouts.update_handout(handout_id, details, origin=self), handout_id)

    def _remove_all(self, ids: list[uuid.UUID]) -> None:
        self._undo_step(lambda: self._handouts.delete_handouts(ids, origin=self), None)

    def _restore(self, ids: list[uuid.UUID]) -> None:
        self._undo_step(lambda: self._handouts.restore_handouts(ids, origin=self), ids[-1] if ids else None)

    def _undo_step(self, action: Callable[[], object], select: uuid.UUID | None) -> None:
        try:
            action()
        except AppError as exc:
            self.error_raised.emit(exc.message)
        self.reload()
        if select is not None:
            self._clear_filters_hiding([select])
            self.select_handout(select)

    def _push(self, text: str, *, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        if self._undo is not None:
            self._undo.push(CallbackCommand(text, redo, undo))

    # -- the selected handout ------------------------------------------------------------------
    def select_handout(self, handout_id: uuid.UUID) -> bool:
        if self._stale:
            self.reload()
        row = self._model.row_of(handout_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, TITLE))
        if not index.isValid():
            return False
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)
        return True

    def _focus_handout(self, handout_id: uuid.UUID) -> None:
        """Select the handout and put the keyboard on its row: Space then ticks it, rather than
        reopening the file dialog from the Import button."""
        if self.select_handout(handout_id):
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected_handout_id(self) -> uuid.UUID | None:
        index = self._view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _on_current_changed(self) -> None:
        handout_id = self._selected_handout_id()
        entry = self._model.entry_at(self._model.row_of(handout_id)) if handout_id else None
        self._edit.setEnabled(entry is not None)
        self._remove.setEnabled(entry is not None)
        self._side_box.setEnabled(entry is not None)
        if entry is None:
            self._shown_handout = None
            self._details_title.setText("No handout selected" if self._model.rowCount() else "")
            self._details_meta.setText("")
            self._details_description.setText("")
            self._details_description.hide()
            self._set_preview_text("")
            self._show_sessions(None)
            return
        handout = entry.handout
        self._details_title.setText(handout.title)
        self._details_meta.setText(self._meta_text(handout))
        self._details_description.setText(handout.description)
        self._details_description.setVisible(bool(handout.description))
        self._show_sessions(handout.id)
        if handout.id != self._shown_handout:
            self._shown_handout = handout.id
            cached = self._previews.get(handout.sha256)
            if cached is not None:
                self._display_preview(cached)
            else:
                self._set_preview_text("Preparing the preview…")
                self._preview_timer.start()

    def _show_sessions(self, handout_id: uuid.UUID | None) -> None:
        self._sessions.clear()
        if handout_id is None:
            self._sessions_empty.setText("")
            self._sessions.show()
            self._sessions_empty.hide()
            return
        try:
            givings = self._handouts.sessions_given(handout_id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            givings = []
        for given in givings:
            item = QListWidgetItem(f"{short_date(given.date)} · {given.group_name}")
            item.setData(ID_ROLE, given.meeting_id)
            self._sessions.addItem(item)
        if self._meeting is not None and self._sessions.count():
            for row in range(self._sessions.count()):
                if self._sessions.item(row).data(ID_ROLE) == self._meeting.id:
                    self._sessions.setCurrentRow(row)
        self._sessions_empty.setText("" if givings else "Not given at any session yet.")
        self._sessions.setVisible(bool(givings))
        self._sessions_empty.setVisible(not givings)

    def _on_sessions_item_activated(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(ID_ROLE)
        if meeting_id is not None:
            self.session_requested.emit(meeting_id)

    # -- filters -------------------------------------------------------------------------------
    def _on_filter_changed(self, text: str) -> None:
        self._proxy.set_filter_text(text)
        self._after_filter()

    def _on_topic_changed(self, _index: int) -> None:
        topic = self._topic.currentText()
        self._proxy.set_topic("" if self._topic.currentIndex() <= 0 else topic)
        self._after_filter()

    def set_topic_filter(self, topic: str) -> None:
        """Choose ``topic`` in the topic filter ("" for every topic)."""
        index = self._topic.findText(topic) if topic else 0
        self._topic.setCurrentIndex(max(index, 0))

    def _after_filter(self) -> None:
        if not self._view.currentIndex().isValid() and self._proxy.rowCount():
            self._view.setCurrentIndex(self._proxy.index(0, TITLE))
        self._update_no_match()
        self._on_current_changed()

    def _update_no_match(self) -> None:
        hidden = self._model.rowCount() and not self._proxy.rowCount()
        if hidden:
            self._no_match.setText("No handouts match the filter. Clear the filter or choose “All topics” to see "
                                   "the whole library.")
        self._no_match.setVisible(bool(hidden))

    def _fill_topics(self, topics: list[str]) -> None:
        current = self._topic.currentText() if self._topic.currentIndex() > 0 else ""
        with QSignalBlocker(self._topic):
            self._topic.clear()
            self._topic.addItem(ALL_TOPICS)
            self._topic.addItems(topics)
            index = self._topic.findText(current) if current else 0
            self._topic.setCurrentIndex(max(index, 0))
        if current and self._topic.currentIndex() <= 0:
            self._proxy.set_topic("")  # the topic is gone from every handout

    def _clear_filters_hiding(self, ids: list[uuid.UUID]) -> None:
        """New handouts must be seen: clear a filter that would hide them."""
        rows = [self._model.row_of(i) for i in ids]
        if any(r >= 0 and not self._proxy.mapFromSource(self._model.index(r, TITLE)).isValid() for r in rows):
            self._filter.clear()
            self.set_topic_filter("")

    # -- the session the ticks are for ---------------------------------------------------------
    def _show_session_label(self) -> None:
        meeting = self._meeting
        if meeting is None:
            self._session_label.setText("No session selected. Choose a session on the left to tick the handouts "
                                        "given at it.")
            return
        group = f" of {self._group.name}" if self._group is not None and self._group.id == meeting.group_id else ""
        if meeting.status in UNRECORDED:
            self._session_label.setText(f"The session on {short_date(meeting.date)}{group} is marked "
                                        f"“{meeting.status.label}”, so no handouts can be ticked for it.")
        else:
            self._session_label.setText(f"Tick the handouts given at the session on {short_date(meeting.date)}"
                                        f"{group}. Space ticks or unticks the selected one.")
