"""One style rule for the whole app: the item that has the keyboard shows a focus frame.

Fusion draws an item view's focus rectangle only after a Tab press, and in the selection's own
colour, so the current row of a focused table looked just like a selected row elsewhere. This
proxy style draws a clear two-pixel frame round the current item of the focused list or table
(in the text colour, with a light hairline inside on a selected row), in every view, once.

The selection of a view without the keyboard (the groups list while a walk-in is typed) is drawn
quieter, as in an inactive window: a light tint of the highlight with the text colour on it, so
the one strong blue on screen is the view the keys go to.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

FRAME_WIDTH = 2
QUIET_TINT = 0.25   # how much of the highlight colour the quiet selection mixes into the base colour
# Every control of the window is drawn through this style: its checks use constants, as a lookup
# of a Qt enum member from Python costs more than the comparison itself.
_FOCUS_RECT = QStyle.PrimitiveElement.PE_FrameFocusRect
_ITEM_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ITEM_SIZE = QStyle.ContentsType.CT_ItemViewItem
_ACTIVE = QStyle.StateFlag.State_Active


class FocusFrameStyle(QProxyStyle):
    """The application's style, with a visible focus frame on the current item of item views."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        if element == _FOCUS_RECT and isinstance(widget, QAbstractItemView):
            _draw_item_focus(option, painter)
            return
        if element == _ITEM_PANEL:
            option = _quiet_unless_focused(option, widget)
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        if element == _ITEM:
            option = _quiet_unless_focused(option, widget)
        super().drawControl(element, option, painter, widget)

    def on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Repaint the views the keyboard left and entered: Qt repaints only their current item."""
        for widget in (old, new):
            view = _enclosing_view(widget)
            if view is not None:
                view.viewport().update()

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize,  # noqa: N802
                         widget: QWidget | None = None) -> QSize:
        """Items get room above and below their text for the frame, so it never crosses the text."""
        # Stub bug (PySide6 6.11): QProxyStyle.sizeFromContents declares ``widget: QWidget``, but Qt takes a
        # null widget here (views without one, style previews), as QStyle's own signature says.
        result = super().sizeFromContents(kind, option, size, cast(QWidget, widget))
        if kind == _ITEM_SIZE:
            result.setHeight(result.height() + 2 * FRAME_WIDTH)
        return result


def _enclosing_view(widget: QWidget | None) -> QAbstractItemView | None:
    while widget is not None and not isinstance(widget, QAbstractItemView):
        widget = widget.parentWidget()
    return widget


def _quiet_unless_focused(option: QStyleOption, widget: QWidget | None) -> QStyleOption:
    """The item's option drawn as in an inactive window when its view does not have the keyboard
    (an editor open in one of its cells counts as having it)."""
    if not isinstance(widget, QAbstractItemView) or not isinstance(option, QStyleOptionViewItem) \
            or not option.state & _ACTIVE:
        return option
    focus = QApplication.focusWidget()
    if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
        return option
    quiet = QStyleOptionViewItem(option)
    quiet.state = quiet.state & ~_ACTIVE
    return quiet


def quiet_selection_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """A light tint of the highlight on the base colour, and the text colour to write on it
    (dark on a light theme, light on a dark one)."""
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    tint = QColor.fromRgbF(*(b + (h - b) * QUIET_TINT for b, h in ((base.redF(), highlight.redF()),
                                                                   (base.greenF(), highlight.greenF()),
                                                                   (base.blueF(), highlight.blueF()))))
    return tint, palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)


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
    """Wrap the application's style once (a second window finds it already there), and give the
    palette its quiet selection colours for views (and windows) without the keyboard."""
    current = app.style()
    if isinstance(current, FocusFrameStyle):
        return current
    style = FocusFrameStyle(current.name())  # a fresh base: the old style is deleted with the swap
    app.setStyle(style)
    palette = app.palette()
    tint, text = quiet_selection_colors(palette)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, tint)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, text)
    app.setPalette(palette)
    app.focusChanged.connect(style.on_focus_changed)
    return style
