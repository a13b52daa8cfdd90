"""One style for the whole app: whatever has the keyboard shows a clear focus frame.

Every control with the keyboard (a field, a button, a check box, a tab bar, a list) gets a two-pixel
ring round it: one ``QFocusFrame`` follows the focus from window to window, and this style paints it
in the focus colour (the selection colour where it stands out 3:1 on the window, else the text
colour), so it shows whatever the style, the palette or the text size. Popups (menus, a calendar
opened from a date field) keep their own highlight.

In high contrast (ui/contrast.py) fields, buttons, boxes and frames are outlined in the text colour:
Fusion draws them a shade darker than the window, which is nothing on black and faint on white.

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
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator_app.ui.contrast import ENHANCED_RATIO, contrast_ratio

FRAME_WIDTH = 2
QUIET_TINT = 0.25   # how much of the highlight colour the quiet selection mixes into the base colour
# Every control of the window is drawn through this style: its checks use constants, as a lookup
# of a Qt enum member from Python costs more than the comparison itself.
_FOCUS_RECT = QStyle.PrimitiveElement.PE_FrameFocusRect
_ITEM_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ITEM_SIZE = QStyle.ContentsType.CT_ItemViewItem
_ACTIVE = QStyle.StateFlag.State_Active
_RING = QStyle.ControlElement.CE_FocusFrame
_RING_ABOVE = QStyle.StyleHint.SH_FocusFrame_AboveWidget
RING_WIDTH = 2
MIN_RING_CONTRAST = 3.0   # WCAG 2's minimum for a focus indicator against what is round it
# What high contrast outlines in the text colour.
_OUTLINED = frozenset({
    QStyle.PrimitiveElement.PE_Frame, QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_FrameGroupBox,
    QStyle.PrimitiveElement.PE_FrameTabWidget, QStyle.PrimitiveElement.PE_IndicatorCheckBox,
})
_OUTLINED_COMPLEX = frozenset({QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox})
_POPUPS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
SYSTEM_PALETTE = "facilitatorSystemPalette"   # an application property: the palette before ours


class FocusFrameStyle(QProxyStyle):
    """The application's style: a focus ring round the control with the keyboard, a visible focus
    frame on the current item of item views, and outlines in high contrast."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.strong_outlines = False   # set by high contrast (ui/contrast.py)
        self._ring: QFocusFrame | None = None

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        if element == _FOCUS_RECT and isinstance(widget, QAbstractItemView):
            _draw_item_focus(option, painter)
            return
        if element == _ITEM_PANEL:
            option = _quiet_unless_focused(option, widget)
        super().drawPrimitive(element, option, painter, widget)
        if self.strong_outlines and element in _OUTLINED:
            _draw_outline(option, painter)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        if element == _RING:
            _draw_ring(option, painter)
            return
        if element == _ITEM:
            option = _quiet_unless_focused(option, widget)
            if self.strong_outlines:
                option = _readable_item_text(option)
        super().drawControl(element, option, painter, widget)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,  # noqa: N802
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if self.strong_outlines and control in _OUTLINED_COMPLEX:
            _draw_outline(option, painter)

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:  # noqa: N803
        if hint == _RING_ABOVE:
            return 1   # the ring is drawn over the window, never clipped by the control's parent
        return super().styleHint(hint, option, widget, returnData)

    def on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Put the focus ring round the control that has the keyboard, and repaint the views the
        keyboard left and entered (Qt repaints only their current item)."""
        for widget in (old, new):
            view = _enclosing_view(widget)
            if view is not None:
                view.viewport().update()
        self._follow(new)

    @property
    def ring(self) -> QFocusFrame | None:
        """The focus ring (None before anything had the keyboard, or once its window is gone)."""
        if self._ring is None:
            return None
        try:
            self._ring.objectName()   # raises once Qt has deleted it with its window
        except RuntimeError:
            self._ring = None
        return self._ring

    def _follow(self, widget: QWidget | None) -> None:
        ring = self.ring
        if widget is None or not wants_ring(widget):
            if ring is not None:
                # Stub bug (PySide6 6.11): setWidget declares ``QWidget``, but Qt takes null (no widget: hidden).
                ring.setWidget(cast(QWidget, None))
            return
        if ring is None:
            # Made anew when its last window was deleted: it lives in the window of the control it rings.
            ring = self._ring = QFocusFrame()
            ring.setObjectName("focusRing")
        ring.setWidget(widget)

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize,  # noqa: N802
                         widget: QWidget | None = None) -> QSize:
        """Items get room above and below their text for the frame, so it never crosses the text."""
        # Stub bug (PySide6 6.11): QProxyStyle.sizeFromContents declares ``widget: QWidget``, but Qt takes a
        # null widget here (views without one, style previews), as QStyle's own signature says.
        result = super().sizeFromContents(kind, option, size, cast(QWidget, widget))
        if kind == _ITEM_SIZE:
            result.setHeight(result.height() + 2 * FRAME_WIDTH)
        return result


def wants_ring(widget: QWidget) -> bool:
    """Whether the focus ring goes round ``widget``: a control inside a window, not a popup's."""
    return not widget.isWindow() and widget.window().windowType() not in _POPUPS


def focus_color(palette: QPalette) -> QColor:
    """The ring's colour: the selection colour where it stands out on the window, else the text colour."""
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    if contrast_ratio(highlight, window) >= MIN_RING_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def _draw_ring(option: QStyleOption, painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(focus_color(option.palette), RING_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    half = RING_WIDTH // 2
    painter.drawRect(option.rect.adjusted(half, half, -half, -half))
    painter.restore()


def _draw_outline(option: QStyleOption, painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 1))
    painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
    painter.restore()


def _enclosing_view(widget: QWidget | None) -> QAbstractItemView | None:
    while widget is not None and not isinstance(widget, QAbstractItemView):
        widget = widget.parentWidget()
    return widget


def _readable_item_text(option: QStyleOption) -> QStyleOption:
    """In high contrast, a row's own text colour (a status in green, a planned session in blue) that
    does not read at 7:1 on the row is drawn in the palette's text colour; its words say the same."""
    if not isinstance(option, QStyleOptionViewItem):
        return option
    palette = option.palette
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    base = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    if contrast_ratio(text, base) >= ENHANCED_RATIO:
        return option
    readable = QStyleOptionViewItem(option)
    readable.palette.setColor(QPalette.ColorRole.Text, QApplication.palette().color(QPalette.ColorRole.Text))
    return readable


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


def with_quiet_selection(palette: QPalette) -> QPalette:
    """``palette`` with its quiet selection colours for views (and windows) without the keyboard."""
    palette = QPalette(palette)
    tint, text = quiet_selection_colors(palette)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, tint)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, text)
    return palette


def install_focus_frame(app: QApplication) -> FocusFrameStyle:
    """Wrap the application's style once (a second window finds it already there), and give the
    palette its quiet selection colours for views (and windows) without the keyboard."""
    current = app.style()
    if isinstance(current, FocusFrameStyle):
        return current
    if not isinstance(app.property(SYSTEM_PALETTE), QPalette):
        app.setProperty(SYSTEM_PALETTE, QPalette(app.palette()))   # what "high contrast off" goes back to
    style = FocusFrameStyle(current.name())  # a fresh base: the old style is deleted with the swap
    app.setStyle(style)
    app.setPalette(with_quiet_selection(app.palette()))
    app.focusChanged.connect(style.on_focus_changed)
    return style


def system_palette(app: QApplication) -> QPalette:
    """The palette the system gave the app, before high contrast or the quiet selection touched it."""
    saved = app.property(SYSTEM_PALETTE)
    return QPalette(saved) if isinstance(saved, QPalette) else app.style().standardPalette()
