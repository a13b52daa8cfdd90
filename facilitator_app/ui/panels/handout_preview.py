"""The Handouts tab's preview of the selected handout's first page."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QWidget

from facilitator_app.domain.records import HandoutRecord
from facilitator_app.errors import AppError
from facilitator_app.export.previews import Preview, first_page_preview
from facilitator_app.ui.naming import named

PREVIEW_CACHE_SIZE = 24
PREVIEW_DELAY_MS = 60  # arrowing quickly down the list draws only the row you stop on


class HandoutPreview(QScrollArea):
    """Draws a handout's first page (image or opening lines) once the selection settles, cached
    by content hash. ``preview_shown`` carries the handout and its preview (for the page count)."""

    preview_shown = Signal(object, object)  # HandoutRecord, Preview

    def __init__(self, content: Callable[[uuid.UUID], bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "handoutPreviewArea")
        self._content = content
        self._previews: OrderedDict[str, Preview] = OrderedDict()
        self._pixmap: QPixmap | None = None
        self._shown: uuid.UUID | None = None
        self._pending: HandoutRecord | None = None

        self._label = named(QLabel(), "handoutPreview")
        self._label.setAccessibleName(self.tr("Preview of the first page"))
        self._label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._label.setWordWrap(True)
        self._label.setMargin(10)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setOpenExternalLinks(False)
        self.setWidget(self._label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Preview"))
        self.setToolTip(self.tr("The first page of the selected handout (the arrow keys scroll)"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.viewport().installEventFilter(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._draw_pending)

    def show_handout(self, handout: HandoutRecord | None) -> None:
        """Show ``handout``'s first page: at once when cached, else after a short pause (None: nothing)."""
        self._pending = handout
        if handout is None:
            self._shown = None
            self.set_text("")
            return
        if handout.id == self._shown:
            return
        self._shown = handout.id
        cached = self._previews.get(handout.sha256)
        if cached is not None:
            self._display(handout, cached)
        else:
            self.set_text(self.tr("Preparing the preview…"))
            self._timer.start()

    def _draw_pending(self) -> None:
        handout = self._pending
        if handout is None:
            return
        preview = self._previews.get(handout.sha256)
        if preview is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                content = self._content(handout.id)
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
        self._display(handout, preview)

    def _display(self, handout: HandoutRecord, preview: Preview) -> None:
        self.preview_shown.emit(handout, preview)
        if preview.png:
            pixmap = QPixmap()
            if pixmap.loadFromData(preview.png, "PNG"):
                self._pixmap = pixmap
                self._label.setAccessibleDescription(self.tr("An image of the first page") if preview.pages
                                                     else self.tr("A smaller copy of the image"))
                self._fit_pixmap()
                return
        self._pixmap = None
        if preview.text:
            self._show_opening_lines(preview.text, preview.truncated, preview.markdown)
            return
        self.set_text(preview.message or self.tr("There is nothing to preview."))

    def _show_opening_lines(self, text: str, truncated: bool, markdown: bool) -> None:
        if markdown:
            more = self.tr("\n\n*…the preview shows the opening lines only.*") if truncated else ""
            document = QTextDocument()
            # Raw HTML inside a handout is shown as text, never interpreted.
            document.setMarkdown(text + more, QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                                 | QTextDocument.MarkdownFeature.MarkdownNoHTML)
            self._label.setTextFormat(Qt.TextFormat.RichText)
            self._label.setText(document.toHtml())
        else:
            self._label.setTextFormat(Qt.TextFormat.PlainText)
            self._label.setText(text + (self.tr("\n\n…the preview shows the opening lines only.") if truncated else ""))
        self._label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._label.setAccessibleDescription(self.tr("The opening lines of the text"))

    def set_text(self, text: str) -> None:
        """A message in place of the page (nothing selected, preparing, unreadable)."""
        self._pixmap = None
        self._label.clear()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setText(text)
        self._label.setAccessibleDescription(text)

    def _fit_pixmap(self) -> None:
        pixmap = self._pixmap
        if pixmap is None:
            return
        available = self.viewport().width() - 2 * self._label.margin()
        ratio = self.devicePixelRatioF()
        if 0 < available < pixmap.width() / ratio:
            pixmap = pixmap.scaledToWidth(int(available * ratio), Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self._label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._label.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pixmap()
        return super().eventFilter(watched, event)
