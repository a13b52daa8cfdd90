"""The dialog that edits a group's note template: the text its new notes start from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from facilitator_app.ui.dialogs.submit_dialog import SubmitDialog
from facilitator_app.ui.naming import named


class NoteTemplateDialog(SubmitDialog[str]):
    """Edit the text a group's new notes start from."""

    def __init__(self, group_name: str, template: str, submit: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, title=f"Note template — {group_name}", ok_text="Save template",
                         ok_tip="Save the template; new notes of this group start from it", parent=parent)
        self.setObjectName("noteTemplateDialog")
        intro = QLabel(f"New notes for {group_name} start with this text. Notes already written stay as they are.",
                       wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = named(QPlainTextEdit(), "noteTemplateEditor")
        self.editor.setPlainText(template)
        self.editor.setPlaceholderText("For example:\nAgreement read: \nOpening round: \nTopic: \nAnnouncements: \n"
                                       "Next session: ")
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumSize(460, 220)
        form = QFormLayout()
        self.body.addWidget(intro)
        self._add_row(form, "&Template:", self.editor, "The text every new note of this group starts with")
        self.body.addLayout(form)
        self._finish_tab_order([self.editor])

    def _collect(self) -> str:
        return self.editor.toPlainText()
