"""A read-only list of the app's keyboard shortcuts, sized so that no text is cut."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.naming import named

_GAP = 24          # breathing room after the keys, before the description
_MIN_WIDTH = 520


class ShortcutsDialog(QDialog):
    """Shows ``(keys, what it does)`` pairs in a table; Close or Escape closes it."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))

        self.table = named(QTableWidget(len(shortcuts), 2), "shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        describe_widget(self.table, self.tr("Keyboard shortcuts"),
                        self.tr("Each row is a key combination and what it does. Use the arrow keys to read them."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to Close rather than cell to cell
        self.table.setWordWrap(True)            # only needed on a screen too narrow for the longest line
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, (keys, action) in enumerate(shortcuts):
            for column, text in enumerate((keys, action)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()
        header.resizeSection(0, header.sectionSize(0) + _GAP)
        self._description_width = self.table.columnWidth(1)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A narrower description column wraps its lines; the rows then grow to show them whole.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if shortcuts:
            self.table.setCurrentCell(0, 0)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        describe_widget(self.close_button, self.tr("Close"), self.tr("Close this list (Esc)."))
        self._buttons.rejected.connect(self.reject)

        # Kept, typed: QWidget.layout() may be None to the type checker, this one never is.
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.table)
        self._layout.addWidget(self._buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry().size()
        self.fit_to(screen)

    def fit_to(self, available: QSize) -> None:
        """Size the dialog to its text, as far as ``available`` (the screen) allows."""
        table = self.table
        margins = self._layout.contentsMargins()
        frame = 2 * table.frameWidth()
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        chrome_width = margins.left() + margins.right() + frame + scroll_bar
        wanted = table.columnWidth(0) + self._description_width + chrome_width
        width = max(_MIN_WIDTH, min(wanted, available.width() - 40))
        self.resize(width, self.height())
        table.horizontalHeader().resizeSection(1, max(1, width - chrome_width - table.columnWidth(0)))
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        buttons_height = self._buttons.sizeHint().height() + self._layout.spacing()
        wanted_height = (rows_height + table.horizontalHeader().sizeHint().height() + frame + buttons_height
                         + margins.top() + margins.bottom())
        # Tall enough for the list without scrolling where the screen allows; a short screen scrolls.
        self.resize(width, max(240, min(wanted_height, available.height() - 80)))
