"""How one note search result is painted: date and group, then the matching section's snippet."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator_app.ui.models.note_search_model import DATE_ROLE, GROUP_ROLE, SECTION_ROLE, SNIPPET_HTML_ROLE

SNIPPET_LINES = 3


class NoteHitDelegate(QStyledItemDelegate):
    """A search result: the date in bold and the group, then the section that matched and the
    snippet with its matches in bold (HTML the model prepared, the note's own text escaped)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_color if selected else _blend(text_color, opt.palette.color(QPalette.ColorRole.Base), 0.45)
        rect = opt.rect.adjusted(8, 6, -8, -6)
        metrics = QFontMetrics(opt.font)
        bold = QFont(opt.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        line = QRect(rect.left(), rect.top(), rect.width(), bold_metrics.height())
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        painter.save()
        day = str(index.data(DATE_ROLE) or "")
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(line, flags, day)
        used = bold_metrics.horizontalAdvance(day)
        group = metrics.elidedText(f"  ·  {index.data(GROUP_ROLE) or ''}", Qt.TextElideMode.ElideRight,
                                   max(0, line.width() - used))
        painter.setFont(opt.font)
        painter.drawText(line.adjusted(used, 0, 0, 0), flags, group)

        section = html.escape(str(index.data(SECTION_ROLE) or ""))
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(opt.font)
        document.setHtml(f"<span style='color: {muted.name()}'>{section}:</span> "
                         f"{index.data(SNIPPET_HTML_ROLE) or ''}")
        document.setTextWidth(rect.width())
        top = line.bottom() + 4
        painter.translate(rect.left(), top)
        clip = QRectF(0, 0, rect.width(), min(SNIPPET_LINES * metrics.lineSpacing(), rect.bottom() - top + 1))
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        bold = QFont(option.font)
        bold.setBold(True)
        height = 12 + QFontMetrics(bold).height() + 4 + SNIPPET_LINES * QFontMetrics(option.font).lineSpacing()
        return QSize(200, height)


def _blend(color: QColor, background: QColor, amount: float) -> QColor:
    """``color`` faded ``amount`` of the way towards ``background``: a solid grey rich text can use."""
    def mix(a: float, b: float) -> float:
        return a + (b - a) * amount

    return QColor.fromRgbF(mix(color.redF(), background.redF()), mix(color.greenF(), background.greenF()),
                           mix(color.blueF(), background.blueF()))
