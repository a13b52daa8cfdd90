"""The Handouts tab: the library (import, filter, edit, remove), a preview of the first page, and
which handouts went out at the selected session. Every change is saved at once and can be undone.

The parts are widgets of their own: the filter bar (``handout_filter_bar``), the table
(``handout_library_view``), the details, preview and "Given at" list beside it (``handout_side``)
and the page shown while the library is empty (``handout_empty_page``). This panel wires them to
the handout service and the undo stack.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import GroupRecord, HandoutRecord, MeetingRecord
from facilitator_app.errors import AppError
from facilitator_app.services.changes import Change, ChangeBatch, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import HandoutDetails
from facilitator_app.services.meetings import UNRECORDED
from facilitator_app.ui.attendance_commands import CallbackCommand
from facilitator_app.ui.formatting import short_date
from facilitator_app.ui.models.handout_library_model import (
    GIVEN,
    TITLE,
    HandoutFilterModel,
    HandoutLibraryModel,
    sessions_text,
)
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.naming import named
from facilitator_app.ui.panels.handout_empty_page import HandoutEmptyPage
from facilitator_app.ui.panels.handout_filter_bar import HandoutFilterBar
from facilitator_app.ui.panels.handout_import import HandoutImportMixin
from facilitator_app.ui.panels.handout_library_view import HandoutView, library_view
from facilitator_app.ui.panels.handout_session_wording import session_text
from facilitator_app.ui.panels.handout_side import HandoutSide
from facilitator_app.ui.widgets.buttons import push_button
from facilitator_app.ui.widgets.labels import two_line_label

REFRESHING = (Entity.HANDOUT, Entity.MEETING, Entity.GROUP)


class HandoutsPanel(HandoutImportMixin):
    """The Handouts tab. Loads lazily: changes only mark it stale until it is shown."""

    error_raised = Signal(str)
    status_message = Signal(str)
    session_requested = Signal(object)  # uuid of a session in the "Given at" list (Enter or double-click)

    def __init__(self, services: Services, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutsPanel")
        self.setAccessibleName(self.tr("Handouts"))
        self.setAcceptDrops(True)
        self._services = services
        self._handouts = services.handouts
        self._undo = undo_stack
        self._group: GroupRecord | None = None
        self._meeting: MeetingRecord | None = None
        self._stale = True
        self._last_folder = Path.home()

        self._session_label = two_line_label("handoutSessionLabel", self.tr("Selected session"),
                                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._filters = HandoutFilterBar()
        self._filters.text_changed.connect(self._on_filters_text_changed)
        self._filters.topic_changed.connect(self._on_filters_topic_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._filters.text.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._import = push_button(self.tr("Import files…"), "handoutImport",
                                   self.tr("Add PDF, PNG, JPEG, text or Markdown files to the library "
                                           "(you can also drag files onto this tab)"), self._on_import_clicked)

        self._model = HandoutLibraryModel(self, given_editor=self._set_given)
        self._proxy = HandoutFilterModel(self)
        self._proxy.setSourceModel(self._model)
        self._view, self._optional_columns = library_view(self._proxy)
        self._view.given_toggle_requested.connect(self._on_view_given_toggle_requested)
        self._view.remove_requested.connect(self._on_remove_clicked)
        self._view.activated.connect(self._on_view_activated)
        self._filters.text.returnPressed.connect(self._view.setFocus)
        self._no_match = named(QLabel(), "handoutNoMatch")
        self._no_match.setWordWrap(True)
        self._no_match.setAccessibleName(self.tr("No handouts match"))
        self._no_match.hide()
        self._edit = push_button(self.tr("E&dit…"), "editHandout", self.tr(
            "Edit the title, topics, description and version of the selected handout (Enter)"), self._on_edit_clicked)
        self._remove = push_button(self.tr("Re&move…"), "removeHandout", self.tr(
            "Take the selected handout out of the library (Delete; Ctrl+Z brings it back)"), self._on_remove_clicked)
        self._starter = push_button(self.tr("Add the starter handouts"), "addStarterHandouts", self.tr(
            "Add four generic handouts written for peer support groups: a group agreement, grounding, support "
            "contacts (blanks to fill in) and sleep basics"), self.add_starter_handouts)
        self._empty_page = HandoutEmptyPage(self._starter)

        self._side = HandoutSide(self._handouts.content)
        self._side.given_at.session_requested.connect(self.session_requested)
        self._splitter = named(QSplitter(Qt.Orientation.Horizontal), "handoutSplitter")
        self._splitter.addWidget(self._library_page())
        self._splitter.addWidget(self._side)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([700, 360])
        self._pages = named(QStackedWidget(), "handoutPages")
        self._pages.addWidget(self._splitter)
        self._pages.addWidget(self._empty_page)
        self._top = QHBoxLayout()
        self._top.addWidget(self._filters, 1)
        self._top.addWidget(self._import)
        layout = QVBoxLayout(self)
        layout.addWidget(self._session_label)
        layout.addLayout(self._top)
        layout.addWidget(self._pages, 1)

        self._view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())
        self.show_meeting(None)

    def _library_page(self) -> QWidget:
        """The table, the "no match" line under it, and the buttons acting on the selected row."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._no_match)
        buttons = QHBoxLayout()
        buttons.addWidget(self._edit)
        buttons.addWidget(self._remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    # -- what the window calls -----------------------------------------------------------------
    @property
    def view(self) -> HandoutView:
        return self._view

    def tab_chain(self) -> list[QWidget]:
        """This panel's controls in Tab order, for the window's chain."""
        return [self._filters.text, self._filters.topic, self._import, self._view, self._edit, self._remove,
                self._starter, self._side.preview, self._side.given_at.list]

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
        if not self._filters.fill_topics(topics):
            self._proxy.set_topic("")  # the topic is gone from every handout
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
        self._filters.setVisible(not empty)
        self._top.removeWidget(self._import)
        self._empty_page.give_back(self._import)
        if empty:
            self._empty_page.take_button(self._import)
        else:
            self._top.addWidget(self._import)
        self._import.show()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

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
        self._push((self.tr("Given: {title}") if given else self.tr("Not given: {title}")).format(title=title),
                   redo=lambda: self._apply_given(meeting_id, handout_id, given),
                   undo=lambda: self._apply_given(meeting_id, handout_id, not given))
        if handout_id == self._selected_handout_id():
            self._show_sessions(handout_id)
        when = short_date(meeting.date)
        done = self.tr("“{title}” marked as given at the session on {when}.") if given else self.tr(
            "“{title}” is no longer marked as given on {when}.")
        self.status_message.emit(done.format(title=title, when=when))
        return True

    def toggle_given(self, handout_id: uuid.UUID) -> bool:
        """Tick or untick ``handout_id`` for the selected session (what Space does)."""
        entry = self._model.entry_at(self._model.row_of(handout_id))
        if entry is None:
            return False
        if not self._model.can_tick:
            self.status_message.emit(self.tr("Choose a session that took place on the left to mark handouts given."))
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
                self._push(self.tr("Edit handout: {title}").format(title=new.title),
                           redo=lambda: self._update(handout_id, new),
                           undo=lambda: self._update(handout_id, old))
            self.select_handout(handout_id)

    def _on_remove_clicked(self) -> None:
        handout_id = self._selected_handout_id()
        entry = self._model.entry_at(self._model.row_of(handout_id)) if handout_id else None
        if entry is None:
            return
        given = (self.tr(" It was given at {lower}; those sessions will no longer list it.").format(
            lower=sessions_text(entry.sessions_given).lower()) if entry.sessions_given else "")
        answer = QMessageBox.question(
            self, self.tr("Remove handout"),
            self.tr("Take “{title}” out of the handout library?{given}\n\nEdit > Undo (Ctrl+Z) brings it "
                    "back.").format(title=entry.handout.title, given=given),
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
        self._push(self.tr("Remove handout: {title}").format(title=entry.handout.title),
                   redo=lambda: self._remove_all(ids),
                   undo=lambda: self._restore(ids))
        if self._proxy.rowCount():
            self._view.setCurrentIndex(self._proxy.index(min(row, self._proxy.rowCount() - 1), TITLE))
        self.status_message.emit(self.tr("“{title}” was taken out of the library. Ctrl+Z brings it back.").format(
            title=entry.handout.title))

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

    def _added(self, ids: list[uuid.UUID], what: str, focus: uuid.UUID) -> None:
        """Show new handouts (clearing a filter that hides them) and put the keyboard on ``focus``'s
        row: Space then ticks it, rather than reopening the file dialog from the Import button."""
        self.reload()
        self._push(what, redo=lambda: self._restore(ids), undo=lambda: self._remove_all(ids))
        self._clear_filters_hiding(ids)
        if self.select_handout(focus):
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected_handout_id(self) -> uuid.UUID | None:
        index = self._view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _on_current_changed(self) -> None:
        handout_id = self._selected_handout_id()
        entry = self._model.entry_at(self._model.row_of(handout_id)) if handout_id else None
        self._edit.setEnabled(entry is not None)
        self._remove.setEnabled(entry is not None)
        self._side.show_handout(entry.handout if entry else None, library_empty=not self._model.rowCount())
        self._show_sessions(entry.handout.id if entry else None)

    def _show_sessions(self, handout_id: uuid.UUID | None) -> None:
        if handout_id is None:
            self._side.given_at.clear()
            return
        try:
            givings = self._handouts.sessions_given(handout_id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            givings = []
        self._side.given_at.show_givings(givings, self._meeting.id if self._meeting else None)

    # -- filters -------------------------------------------------------------------------------
    def _on_filters_text_changed(self, text: str) -> None:
        self._proxy.set_filter_text(text)
        self._after_filter()

    def _on_filters_topic_changed(self, topic: str) -> None:
        self._proxy.set_topic(topic)
        self._after_filter()

    def set_topic_filter(self, topic: str) -> None:
        """Choose ``topic`` in the topic filter ("" for every topic)."""
        self._filters.set_topic(topic)

    def _after_filter(self) -> None:
        if not self._view.currentIndex().isValid() and self._proxy.rowCount():
            self._view.setCurrentIndex(self._proxy.index(0, TITLE))
        self._update_no_match()
        self._on_current_changed()

    def _update_no_match(self) -> None:
        hidden = self._model.rowCount() and not self._proxy.rowCount()
        if hidden:
            self._no_match.setText(self.tr("No handouts match the filter. Clear the filter or choose “All topics” to "
                                           "see the whole library."))
        self._no_match.setVisible(bool(hidden))

    def _clear_filters_hiding(self, ids: list[uuid.UUID]) -> None:
        """New handouts must be seen: clear a filter that would hide them."""
        rows = [self._model.row_of(i) for i in ids]
        if any(r >= 0 and not self._proxy.mapFromSource(self._model.index(r, TITLE)).isValid() for r in rows):
            self._filters.clear()

    def _show_session_label(self) -> None:
        self._session_label.setText(session_text(self._meeting, self._group))
