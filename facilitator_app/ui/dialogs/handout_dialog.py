"""Edit a handout's title, topics, description and version (its file stays as it is)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from facilitator_app.domain.records import HandoutRecord
from facilitator_app.errors import ValidationError
from facilitator_app.services.handouts import HandoutDetails
from facilitator_app.ui.dialogs.submit_dialog import SubmitDialog
from facilitator_app.ui.models.handout_library_model import kind_label, size_text
from facilitator_app.ui.naming import named


class HandoutDialog(SubmitDialog[HandoutDetails]):
    """The form for a handout's details; ``known_topics`` are offered as examples."""

    def __init__(self, submit: Callable[[HandoutDetails], object], handout: HandoutRecord,
                 known_topics: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(submit, title=self.tr("Edit handout"), ok_text=self.tr("Save"),
                         ok_tip=self.tr("Save the changes to this handout."),
                         parent=parent)
        self.setObjectName("handoutDialog")

        kind = kind_label(handout.media_type)
        file_line = " · ".join(part for part in (handout.file_name, kind, size_text(handout.size)) if part)
        file_label = named(QLabel(self.tr("File: {file_line}").format(file_line=file_line)), "handoutDialogFile")
        file_label.setWordWrap(True)
        file_label.setAccessibleName(self.tr("File"))
        self.body.addWidget(file_label)

        form = QFormLayout()
        self.title_edit = named(QLineEdit(), "handoutTitle")
        self.title_edit.setMaxLength(300)
        self._add_row(form, self.tr("&Title"), self.title_edit,
                      self.tr("The title shown in the library and on handout packs."))
        self.topics_edit = named(QLineEdit(), "handoutTopics")
        examples = ", ".join(list(known_topics)[:6])
        self.topics_edit.setPlaceholderText(self.tr("For example: {examples}").format(
            examples=examples) if examples else self.tr("For example: sleep, grounding"))
        topics_tip = self.tr("Words to find the handout by, separated by commas.")
        if known_topics:
            topics_tip += self.tr(" Topics already in the library: ") + ", ".join(known_topics) + "."
        self._add_row(form, self.tr("To&pics"), self.topics_edit, topics_tip)
        self.description_edit = named(QPlainTextEdit(), "handoutDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.description_edit.fontMetrics().lineSpacing() * 4 + 12)
        self._add_row(form, self.tr("&Description"), self.description_edit,
                      self.tr("A sentence or two on what the handout covers and when it helps."))
        self.version_edit = named(QLineEdit(), "handoutVersion")
        self.version_edit.setMaxLength(60)
        self.version_edit.setPlaceholderText(self.tr("For example: 2 or March 2026"))
        self._add_row(form, self.tr("&Version"), self.version_edit,
                      self.tr("Which version or edition this is, if that matters."))
        self.body.addLayout(form)

        self.title_edit.setText(handout.title)
        self.topics_edit.setText(", ".join(handout.topics))
        self.description_edit.setPlainText(handout.description)
        self.version_edit.setText(handout.version)
        self.setMinimumWidth(480)
        self._finish_tab_order([self.title_edit, self.topics_edit, self.description_edit, self.version_edit])
        self.title_edit.selectAll()

    def _collect(self) -> HandoutDetails:
        title = self.title_edit.text().strip()
        if not title:
            raise ValidationError(self.tr("Please enter a title: it cannot be left blank."))
        topics = tuple(t.strip() for t in self.topics_edit.text().split(",") if t.strip())
        return HandoutDetails(title=title, topics=topics, description=self.description_edit.toPlainText().strip(),
                              version=self.version_edit.text().strip())
