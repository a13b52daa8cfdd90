"""One style rule for the whole app: the item that has the keyboard shows a focus frame.

Fusion draws an item view's focus rectangle only after a Tab press, and in the selection's own
colour, so the current row of a focused table looked just like a selected row elsewhere. This
proxy style draws a clear two-pixel frame round the current item of the focused list or table
(in the text colour, with a light hairline inside on a selected row), in every view, once.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

FRAME_WIDTH = 2


class FocusFrameStyle(QProxyStyle):
    """The application's style, with a visible focus frame on the current item of item views."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(widget, QAbstractItemView):
            _draw_item_focus(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize,  # noqa: N802
                         widget: QWidget | None = None) -> QSize:
        """Items get room above and below their text for the frame, so it never crosses the text."""
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_ItemViewItem:
            result.setHeight(result.height() + 2 * FRAME_WIDTH)
        return result


def _draw_item_focus(option: QStyleOption, painter: QPainter) -> None:
    """A frame in the text colour (dark on a light theme, light on a dark one), with a hairline
    of the highlighted-text colour inside it on a selected row, so it reads on both."""
    palette = option.palette
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text), FRAME_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    half = FRAME_WIDTH // 2
    painter.drawRect(option.rect.adjusted(half, half, -half, -half))
    if option.state & QStyle.StateFlag.State_Selected:
        painter.setPen(QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText), 1))
        painter.drawRect(option.rect.adjusted(FRAME_WIDTH, FRAME_WIDTH, -FRAME_WIDTH - 1, -FRAME_WIDTH - 1))
    painter.restore()


def install_focus_frame(app: QApplication) -> FocusFrameStyle:
    """Wrap the application's style once (a second window finds it already there)."""
    current = app.style()
    if isinstance(current, FocusFrameStyle):
        return current
    style = FocusFrameStyle(current.name())  # a fresh base: the old style is deleted with the swap
    app.setStyle(style)
    return style
