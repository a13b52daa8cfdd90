"""Beside the Handouts library: the selected handout's title, file details and description,
the preview of its first page, and the sessions it was given at."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator_app.domain.records import HandoutRecord
from facilitator_app.export.previews import Preview
from facilitator_app.ui.language import translate
from facilitator_app.ui.models.handout_library_model import kind_label, size_text
from facilitator_app.ui.naming import named
from facilitator_app.ui.panels.handout_given_at import GivenAtList
from facilitator_app.ui.panels.handout_preview import HandoutPreview


def meta_text(handout: HandoutRecord, preview: Preview | None = None) -> str:
    """Kind, pages (once the preview knows them), size, file name, version and topics."""
    kind = kind_label(handout.media_type)
    count = preview.pages if preview else 0
    pages = translate("HandoutSide", "%n page(s)", "", count) if count else ""
    version = translate("HandoutSide", "version {version}").format(version=handout.version) if handout.version else ""
    topics = ", ".join(handout.topics)
    return " · ".join(p for p in (kind, pages, size_text(handout.size), handout.file_name, version, topics) if p)


class HandoutSide(QWidget):
    """The details of one handout; ``given_at.session_requested`` opens a session it was given at."""

    def __init__(self, content: Callable[[uuid.UUID], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "handoutSide")
        self._title = named(QLabel(), "handoutDetailsTitle")
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setAccessibleName(self.tr("Handout"))
        self._meta = named(QLabel(), "handoutDetailsMeta")
        self._meta.setWordWrap(True)
        self._meta.setAccessibleName(self.tr("File"))
        self._description = named(QLabel(), "handoutDetailsDescription")
        self._description.setWordWrap(True)
        self._description.setAccessibleName(self.tr("Description"))
        self._description.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = HandoutPreview(content)
        self.preview.preview_shown.connect(self._on_preview_shown)
        self.given_at = GivenAtList()

        side = QVBoxLayout(self)
        side.setContentsMargins(6, 0, 0, 0)
        side.addWidget(self._title)
        side.addWidget(self._meta)
        side.addWidget(self._description)
        side.addWidget(self.preview, 1)
        side.addWidget(self.given_at)
        self.setMinimumWidth(260)

    def show_handout(self, handout: HandoutRecord | None, library_empty: bool) -> None:
        """Show ``handout`` (None: none selected; no title at all when the library is empty)."""
        self.setEnabled(handout is not None)
        if handout is None:
            self._title.setText("" if library_empty else self.tr("No handout selected"))
            self._meta.setText("")
            self._description.setText("")
            self._description.hide()
            self.preview.show_handout(None)
            return
        self._title.setText(handout.title)
        self._meta.setText(meta_text(handout))
        self._description.setText(handout.description)
        self._description.setVisible(bool(handout.description))
        self.preview.show_handout(handout)

    def _on_preview_shown(self, handout: HandoutRecord, preview: Preview) -> None:
        self._meta.setText(meta_text(handout, preview))
