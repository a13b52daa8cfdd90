"""The Handouts tab's preview of the first page and the selected handout's details line."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from facilitator_app.domain.records import HandoutRecord
from facilitator_app.errors import AppError
from facilitator_app.export.previews import Preview, first_page_preview
from facilitator_app.ui.models.handout_library_model import KIND_LABELS, size_text

if TYPE_CHECKING:
    from facilitator_app.services.handouts import HandoutService
    from facilitator_app.ui.models.handout_library_model import HandoutLibraryModel

PREVIEW_CACHE_SIZE = 24


class HandoutPreviewMixin:
    """Draws the selected handout's first page (image or opening lines), cached by content hash.

    Mixed into ``HandoutsPanel``, which builds the widgets named below.
    """

    _preview: QLabel
    _preview_area: QScrollArea
    _preview_pixmap: QPixmap | None
    _previews: OrderedDict[str, Preview]
    _details_meta: QLabel
    _model: HandoutLibraryModel
    _handouts: HandoutService
    error_raised: Signal

    def _selected_handout_id(self) -> uuid.UUID | None:
        raise NotImplementedError

    def _meta_text(self, handout: HandoutRecord, preview: Preview | None = None) -> str:
        kind = KIND_LABELS.get(handout.media_type, handout.media_type)
        pages = f"{preview.pages} page{'s' if preview.pages != 1 else ''}" if preview and preview.pages else ""
        version = f"version {handout.version}" if handout.version else ""
        topics = ", ".join(handout.topics)
        return " · ".join(p for p in (kind, pages, size_text(handout.size), handout.file_name, version, topics) if p)

    def _show_preview(self) -> None:
        handout_id = self._selected_handout_id()
        entry = self._model.entry_at(self._model.row_of(handout_id)) if handout_id else None
        if entry is None:
            return
        handout = entry.handout
        preview = self._previews.get(handout.sha256)
        if preview is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                content = self._handouts.content(handout.id)
            except AppError as exc:
                preview = Preview(message=exc.message)
            else:
                preview = first_page_preview(content, handout.media_type)
            finally:
                QApplication.restoreOverrideCursor()
            self._previews[handout.sha256] = preview
            while len(self._previews) > PREVIEW_CACHE_SIZE:
                self._previews.popitem(last=False)
        else:
            self._previews.move_to_end(handout.sha256)
        self._display_preview(preview)

    def _display_preview(self, preview: Preview) -> None:
        handout_id = self._selected_handout_id()
        entry = self._model.entry_at(self._model.row_of(handout_id)) if handout_id else None
        if entry is not None:
            self._details_meta.setText(self._meta_text(entry.handout, preview))
        if preview.png:
            pixmap = QPixmap()
            if pixmap.loadFromData(preview.png, "PNG"):
                self._preview_pixmap = pixmap
                self._preview.setAccessibleDescription("An image of the first page" if preview.pages
                                                       else "A smaller copy of the image")
                self._fit_pixmap()
                return
        self._preview_pixmap = None
        if preview.text is not None and preview.text:
            more = "\n\n*…the preview shows the opening lines only.*" if preview.truncated else ""
            if preview.markdown:
                document = QTextDocument()
                # Raw HTML inside a handout is shown as text, never interpreted.
                document.setMarkdown(preview.text + more, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)
                self._preview.setTextFormat(Qt.TextFormat.RichText)
                self._preview.setText(document.toHtml())
            else:
                self._preview.setTextFormat(Qt.TextFormat.PlainText)
                self._preview.setText(preview.text + ("\n\n…the preview shows the opening lines only."
                                                      if preview.truncated else ""))
            self._preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._preview.setAccessibleDescription("The opening lines of the text")
            return
        self._set_preview_text(preview.message or "There is nothing to preview.")

    def _set_preview_text(self, text: str) -> None:
        self._preview_pixmap = None
        self._preview.clear()
        self._preview.setTextFormat(Qt.TextFormat.PlainText)
        self._preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._preview.setText(text)
        self._preview.setAccessibleDescription(text)

    def _fit_pixmap(self) -> None:
        pixmap = self._preview_pixmap
        if pixmap is None:
            return
        available = self._preview_area.viewport().width() - 2 * self._preview.margin()
        ratio = self.devicePixelRatioF()
        if 0 < available < pixmap.width() / ratio:
            pixmap = pixmap.scaledToWidth(int(available * ratio), Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self._preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._preview.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._preview_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pixmap()
        return super().eventFilter(watched, event)
