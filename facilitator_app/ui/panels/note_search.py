"""The Notes tab's search across every note of every group: the words, a line about what was
found, and the notes found, newest first. Enter or a double-click opens one."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from facilitator_app.errors import AppError
from facilitator_app.services.notes import SEARCH_LIMIT, NoteHit
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.models.note_search_model import NoteSearchModel
from facilitator_app.ui.models.roles import ID_ROLE
from facilitator_app.ui.naming import named
from facilitator_app.ui.note_hit_delegate import NoteHitDelegate
from facilitator_app.ui.widgets.labels import two_line_label

SEARCH_DELAY_MS = 250


class NoteSearch(QWidget):
    """Searches with ``search`` once typing pauses. ``meeting_opened`` carries the meeting id of
    the note opened; ``error_raised`` a search that failed."""

    meeting_opened = Signal(object)  # uuid.UUID
    error_raised = Signal(str)

    def __init__(self, search: Callable[[str], Sequence[NoteHit]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "noteSearchColumn")
        self._search_fn = search
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)

        self.edit = named(QLineEdit(), "noteSearch")
        self.edit.setPlaceholderText(self.tr("Words from any note of any group"))
        self.edit.setClearButtonEnabled(True)
        describe_widget(self.edit, self.tr("Search all notes"),
                        self.tr("Finds notes of every group with all these words, newest first (Ctrl+F; Down goes to "
                                "the results)"))
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.installEventFilter(self)
        label = QLabel(self.tr("Search a&ll notes"))
        label.setBuddy(self.edit)
        heading_font = label.font()
        heading_font.setBold(True)
        label.setFont(heading_font)

        self._model = NoteSearchModel(self)
        self.results = named(QListView(), "noteSearchResults")
        self.results.setModel(self._model)
        self.results.setItemDelegate(NoteHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setWordWrap(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        describe_widget(self.results, self.tr("Notes found"),
                        self.tr("Enter or double-click opens that session and its note"))
        self.results.activated.connect(self._on_results_activated)

        # Room for two lines, fixed: a new message then never re-lays out the panel.
        self._info = two_line_label("noteSearchInfo", self.tr("Search results"))
        self._info.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self._info)
        layout.addWidget(self.results, 1)
        self.setMinimumWidth(260)
        self.setMaximumWidth(420)
        self._show_info(None)

    def focus(self) -> None:
        """Put the keyboard in the search field, its words selected (Ctrl+F)."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def refresh_soon(self) -> None:
        """Notes changed: search again once typing pauses, when there is something to search for."""
        if self.edit.text().strip():
            self._timer.start()

    def run(self) -> None:
        """Search now, keeping the note that was selected when it is still found."""
        self._timer.stop()
        text = self.edit.text()
        current = self.results.currentIndex().data(ID_ROLE)
        if not text.strip():
            self._model.set_hits([])
            self._show_info(None)
            return
        try:
            hits = list(self._search_fn(text))
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._model.set_hits(hits)
        self._show_info(len(hits))
        row = self._model.row_of(current) if isinstance(current, uuid.UUID) else -1
        if row >= 0:
            self.results.setCurrentIndex(self._model.index(row))

    def _on_edit_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_edit_return_pressed(self) -> None:
        self.run()
        if self._model.rowCount():
            self._focus_results()

    def _show_info(self, count: int | None) -> None:
        words = " ".join(self.edit.text().split())
        if count is None:
            text = self.tr("Type a word to search the notes of every group. Enter opens the session.")
        elif count == 0:
            text = self.tr("No notes mention “{words}”.").format(words=words)
        elif count >= SEARCH_LIMIT:
            text = self.tr("The {count} newest notes that mention “{words}”.").format(count=count, words=words)
        else:
            text = (self.tr("1 note mentions “{words}”.").format(words=words) if count == 1
                    else self.tr("{count} notes mention “{words}”, newest first.").format(count=count, words=words))
        self._info.setText(text)

    def _focus_results(self) -> None:
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self._model.index(0))

    def _on_results_activated(self, index: QModelIndex) -> None:
        meeting_id = index.data(ID_ROLE)
        if isinstance(meeting_id, uuid.UUID):
            self.meeting_opened.emit(meeting_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down and self._model.rowCount():
            self._focus_results()
            return True
        return super().eventFilter(watched, event)
