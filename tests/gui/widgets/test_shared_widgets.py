"""The label, button, table and button-box helpers the panels and dialogs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QTableView

from facilitator_app.ui.widgets.buttons import push_button
from facilitator_app.ui.widgets.dialog_buttons import action_and_cancel
from facilitator_app.ui.widgets.labels import message_label, title_label, two_line_label
from facilitator_app.ui.widgets.tables import single_row_table


def test_a_title_is_bold_and_larger_than_the_text_around_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    title = title_label("someTitle", "Session")
    plain = QLabel()
    qtbot.addWidget(title)
    qtbot.addWidget(plain)
    assert title.objectName() == "someTitle" and title.accessibleName() == "Session"
    assert title.font().bold() and title.font().pointSizeF() > plain.font().pointSizeF()


def test_a_two_line_note_keeps_its_height_whatever_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    note = two_line_label("someNote", "About this session")
    qtbot.addWidget(note)
    height = note.height()
    note.setText("A much longer note " * 20)
    assert note.wordWrap() and note.height() == height == note.fontMetrics().lineSpacing() * 2 + 4


def test_a_message_starts_hidden_and_can_be_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    message = message_label("dialogError", "Problem", "QLabel { color: red; }")
    qtbot.addWidget(message)
    assert message.isHidden() and message.wordWrap() and message.accessibleName() == "Problem"
    assert message.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_row_table_selects_one_whole_row_and_leaves_on_tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    single_row_table(view, QAbstractItemView.EditTrigger.DoubleClicked)
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.DoubleClicked
    assert not view.tabKeyNavigation() and view.alternatingRowColors() and view.verticalHeader().isHidden()


def test_a_button_is_spoken_without_its_alt_marker_or_ellipsis(qtbot) -> None:  # type: ignore[no-untyped-def]
    pressed: list[bool] = []
    button = push_button("E&dit…", "editThing", "Edit the thing", lambda: pressed.append(True))
    qtbot.addWidget(button)
    assert button.objectName() == "editThing" and button.accessibleName() == "Edit"
    button.click()
    assert pressed == [True]


def test_the_action_waits_and_cancel_closes_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    _box, action, cancel = action_and_cancel(dialog, "&Restore", "Put the backup back", "Close (Esc)")
    assert action.isDefault() and not action.isEnabled() and action.accessibleName() == "Restore"
    dialog.show()
    cancel.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
