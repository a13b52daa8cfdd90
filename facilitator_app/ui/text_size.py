"""The text size (View > Text size: Smaller, Normal, Larger, Largest), remembered in the window settings.

Normal is the system's own font (``QFontDatabase.systemFont``), so the app follows the desktop; the
other sizes scale it. The size is set on the application before the window is built, so every width,
row height and heading that the panels work out from the font is worked out at that size.

Changed while the window is open, the new font reaches every widget that uses the app's font, and
``refit`` scales by the same ratio what the panels set in code from the old one: fonts set on a
heading, table row heights and column widths, and the fixed or least heights and widths of fields
and labels (a window's own least size stays: the window must still fit a 960x600 screen).

The choice is the setting ``view/text_size`` (one of ``TEXT_SIZES``' names, default "normal"),
stored with the other window settings as the idle lock's minutes are (ui/idle_lock.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

TEXT_SIZE_KEY = "view/text_size"
DEFAULT_TEXT_SIZE = "normal"
# name -> how many times the system font's size
TEXT_SIZES: dict[str, float] = {"smaller": 0.85, "normal": 1.0, "larger": 1.25, "largest": 1.5}
SCALE_PROPERTY = "facilitatorTextScale"   # an application property: the scale the app's font has now
_SIZED = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)
_MAX = 16_777_215   # QWIDGETSIZE_MAX
_SIZE_RESOLVED = 0x0002   # QFont::SizeResolved: the font's size was set on it (PySide6 does not expose the enum)


def text_size(settings: QSettings) -> str:
    """The setting; anything unknown means normal."""
    value = str(settings.value(TEXT_SIZE_KEY, DEFAULT_TEXT_SIZE)).strip().lower()
    return value if value in TEXT_SIZES else DEFAULT_TEXT_SIZE


def store_text_size(settings: QSettings, name: str) -> None:
    settings.setValue(TEXT_SIZE_KEY, name if name in TEXT_SIZES else DEFAULT_TEXT_SIZE)
    settings.sync()


def current_scale(app: QApplication) -> float:
    value = app.property(SCALE_PROPERTY)
    return float(value) if isinstance(value, int | float) and value > 0 else 1.0


def scaled_system_font(scale: float) -> QFont:
    """The system's font at ``scale`` times its size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return font


def apply_text_size(app: QApplication, name: str) -> float:
    """Give the app the font of text size ``name``, refit the widgets already built, and return the
    ratio to the size before (1.0 when nothing changed)."""
    scale = TEXT_SIZES.get(name, 1.0)
    ratio = scale / current_scale(app)
    app.setProperty(SCALE_PROPERTY, scale)
    app.setFont(scaled_system_font(scale))
    if abs(ratio - 1.0) > 1e-6:
        for widget in QApplication.allWidgets():
            refit(widget, ratio)
    return ratio


def _scaled(value: int, ratio: float) -> int:
    return max(1, round(value * ratio))


def refit(widget: QWidget, ratio: float) -> None:
    """Scale by ``ratio`` what code set on ``widget`` from the old font's size."""
    font = widget.font()
    if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) \
            and font.resolveMask() & _SIZE_RESOLVED and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * ratio)   # a heading's own size (the rest follows the app)
        widget.setFont(font)
    if widget.styleSheet():
        # A style sheet fixes its widgets' fonts when it is applied: applied again, it takes the new one.
        widget.setStyleSheet(widget.styleSheet())
    if isinstance(widget, QHeaderView):
        _refit_header(widget, ratio)
    if widget.isWindow():
        return
    if 0 < widget.minimumHeight() == widget.maximumHeight():
        widget.setFixedHeight(_scaled(widget.minimumHeight(), ratio))
    elif widget.minimumHeight() > 0:
        widget.setMinimumHeight(_scaled(widget.minimumHeight(), ratio))
    if 0 < widget.minimumWidth() == widget.maximumWidth():
        widget.setFixedWidth(_scaled(widget.minimumWidth(), ratio))
    else:
        if widget.minimumWidth() > 0:
            widget.setMinimumWidth(_scaled(widget.minimumWidth(), ratio))
        if 0 < widget.maximumWidth() < _MAX:
            widget.setMaximumWidth(_scaled(widget.maximumWidth(), ratio))


def _refit_header(header: QHeaderView, ratio: float) -> None:
    header.setDefaultSectionSize(_scaled(header.defaultSectionSize(), ratio))
    if header.orientation() == header.orientation().Vertical:
        return
    for section in range(header.count()):
        if header.sectionResizeMode(section) in _SIZED and not header.isSectionHidden(section):
            header.resizeSection(section, _scaled(header.sectionSize(section), ratio))
