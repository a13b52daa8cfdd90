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
