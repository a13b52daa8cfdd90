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
        super().__init__(submit, title=self.tr("Note template — {group_name}").format(group_name=group_name),
                         ok_text=self.tr("Save template"),
                         ok_tip=self.tr("Save the template; new notes of this group start from it"), parent=parent)
        self.setObjectName("noteTemplateDialog")
        intro = QLabel(self.tr("New notes for {group_name} start with this text. Notes already written stay as "
                               "they are.").format(group_name=group_name),
                       wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = named(QPlainTextEdit(), "noteTemplateEditor")
        self.editor.setPlainText(template)
        self.editor.setPlaceholderText(self.tr("For example:\nAgreement read: \nOpening round: \nTopic: "
                                               "\nAnnouncements: \n"
                                               "Next session: "))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumSize(460, 220)
        form = QFormLayout()
        self.body.addWidget(intro)
        self._add_row(form, self.tr("&Template:"), self.editor,
                      self.tr("The text every new note of this group starts with"))
        self.body.addLayout(form)
        self._finish_tab_order([self.editor])

    def _collect(self) -> str:
        return self.editor.toPlainText()
