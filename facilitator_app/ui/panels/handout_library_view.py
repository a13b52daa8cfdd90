"""The Handouts library table: its keys (Space ticks, Delete removes) and its columns."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from facilitator_app.ui.language import translate
from facilitator_app.ui.models.handout_library_model import GIVEN, KIND, SESSIONS, TITLE, TOPICS, VERSION
from facilitator_app.ui.naming import named
from facilitator_app.ui.optional_columns import OptionalColumns
from facilitator_app.ui.widgets.tables import single_row_table

TITLE_SAMPLE = "Talking to yourself like a friend"  # the titles keep at least this width


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


def library_view(proxy: QSortFilterProxyModel) -> tuple[HandoutView, OptionalColumns]:
    """The table over ``proxy``, sorted by title, and the columns that step aside in a small window."""
    view = named(HandoutView(), "handoutLibraryView")
    view.setModel(proxy)
    view.setAccessibleName(translate("HandoutLibraryView", "Handout library"))
    view.setToolTip(translate("HandoutLibraryView",
                              "Space: given at this session (ticks or unticks) · Enter: edit details · "
                                                    "Delete: remove from the library"))
    view.setSortingEnabled(True)
    view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    single_row_table(view)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    metrics = view.fontMetrics()
    # Widths from the font once, not from every row's contents on every filter keystroke.
    widths = {GIVEN: metrics.horizontalAdvance("This session") + 20, TOPICS: 130,
              KIND: metrics.horizontalAdvance("Markdown") + 20, VERSION: metrics.horizontalAdvance("Version") + 24,
              SESSIONS: metrics.horizontalAdvance("10 sessions") + 20}
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    # In a small window the kind, version and count step aside (the details beside the table show
    # them) rather than squeeze the titles or scroll sideways.
    optional = OptionalColumns(view, TITLE, metrics.horizontalAdvance(TITLE_SAMPLE) + 20,
                               (TOPICS, SESSIONS, KIND, VERSION))
    return view, optional
