"""The settings every one-row-at-a-time table shares: whole rows selected, one at a time, Tab
leaving the table rather than walking its cells, striped rows and no row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

NO_EDITING = QAbstractItemView.EditTrigger.NoEditTriggers


def single_row_table(view: QTableView, edit_triggers: QAbstractItemView.EditTrigger = NO_EDITING) -> None:
    """Set ``view`` up as a list of rows, one selected at a time."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(edit_triggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
