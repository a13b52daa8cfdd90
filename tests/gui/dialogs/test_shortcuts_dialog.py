"""The keyboard shortcuts list: read-only, two columns, closed by Close or Escape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from facilitator_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from tests.gui.dialogs.accessibility import assert_all_named

SHORTCUTS = [("Ctrl+N", "New group"), ("Ctrl+M", "Add a member"), ("Ctrl+B", "Back up now"),
             ("F1", "Show keyboard shortcuts")]


@pytest.fixture
def dialog(qtbot) -> ShortcutsDialog:  # type: ignore[no-untyped-def]
    d = ShortcutsDialog(SHORTCUTS)
    qtbot.addWidget(d)
    d.show()
    return d


def test_the_table_lists_every_shortcut_read_only(dialog: ShortcutsDialog) -> None:
    assert dialog.windowTitle() == "Keyboard shortcuts"
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Keys", "What it does"]
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert rows == SHORTCUTS
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.columnWidth(0) > table.fontMetrics().horizontalAdvance("Ctrl+N")
    assert table.columnWidth(1) > table.columnWidth(0)


def test_close_and_escape_close_it(qtbot, dialog: ShortcutsDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.close_button.click()
    assert not dialog.isVisible()
    other = ShortcutsDialog(SHORTCUTS)
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other.table, Qt.Key.Key_Escape)
    assert not other.isVisible()


def test_every_control_is_named_and_explained(dialog: ShortcutsDialog) -> None:
    assert_all_named(dialog)


def _cut_texts(dialog: ShortcutsDialog) -> list[str]:
    """Texts that do not fit their cell: wider than the column on one line, or wrapped onto more
    lines than the row is tall."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle

    table = dialog.table
    metrics = table.fontMetrics()
    padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    cut = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            text = table.item(row, column).text()
            room = table.columnWidth(column) - padding
            needed = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            if needed.width() > room or needed.height() > table.rowHeight(row):
                cut.append(text)
    return cut


@pytest.mark.parametrize(("width", "height"), [(960, 600), (1366, 768)])
def test_no_text_is_cut_on_small_screens(qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize

    from facilitator_app.ui.actions import SHORTCUTS

    dialog = ShortcutsDialog(SHORTCUTS)
    qtbot.addWidget(dialog)
    dialog.fit_to(QSize(width, height))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= width and dialog.height() <= height
    assert _cut_texts(dialog) == []
    table = dialog.table
    # On these screens every description fits on one line: no wrapping, all rows visible.
    assert all(table.rowHeight(r) < 2 * table.fontMetrics().lineSpacing() for r in range(table.rowCount()))
    assert table.verticalScrollBar().maximum() == 0


def test_a_narrow_screen_wraps_the_descriptions_rather_than_cutting_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize

    from facilitator_app.ui.actions import SHORTCUTS

    dialog = ShortcutsDialog(SHORTCUTS)
    qtbot.addWidget(dialog)
    dialog.fit_to(QSize(560, 500))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 560
    assert _cut_texts(dialog) == []
    assert max(dialog.table.rowHeight(r) for r in range(dialog.table.rowCount())) \
        >= 2 * dialog.table.fontMetrics().lineSpacing()  # at least one description wrapped
