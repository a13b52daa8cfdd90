"""A read-only list of the app's keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.dialogs.submit_dialog import describe_widget


class ShortcutsDialog(QDialog):
    """Shows ``(keys, what it does)`` pairs in a table; Close or Escape closes it."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")

        self.table = QTableWidget(len(shortcuts), 2, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels(["Keys", "What it does"])
        describe_widget(self.table, "Keyboard shortcuts",
                        "Each row is a key combination and what it does. Use the arrow keys to read them.")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to Close rather than cell to cell
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, (keys, action) in enumerate(shortcuts):
            for column, text in enumerate((keys, action)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        header.resizeSection(0, header.sectionSize(0) + 24)  # breathing room before the description
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeRowsToContents()
        if shortcuts:
            self.table.setCurrentCell(0, 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        describe_widget(self.close_button, "Close", "Close this list (Esc).")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Tall enough for a typical list without scrolling, small enough for a 768-pixel screen.
        rows_height = sum(self.table.rowHeight(r) for r in range(len(shortcuts)))
        height = min(560, max(240, rows_height + header.sizeHint().height() + 90))
        self.resize(max(520, header.sectionSize(0) + 360), height)
