"""The high-contrast palette (View > High contrast), remembered in the window settings.

Two palettes: black text on white with a dark blue selection, or, when the system's colour scheme
is dark, white text on black with a yellow selection, so turning high contrast on never throws a
dark desktop back to a bright window. Every text colour reads at 7:1 or more on the colour behind it
(WCAG's enhanced level; ``contrast_ratio`` is the WCAG formula and a test computes it from the
palette). Off, the app goes back to the palette the system gave it.

Fusion draws frames a shade darker than the window colour, which is invisible on black and faint on
white, so in high contrast the focus style (ui/focus_style.py) outlines fields and buttons in the
text colour.

The choice is the setting ``view/high_contrast`` (true or false, default off), stored with the other
window settings as the idle lock's minutes are (ui/idle_lock.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

HIGH_CONTRAST_KEY = "view/high_contrast"
ENHANCED_RATIO = 7.0   # WCAG 2 AAA for normal text

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# (role, colour) for a light and a dark high-contrast palette; disabled text is set apart below.
_LIGHT = {
    _Role.Window: "#ffffff", _Role.WindowText: "#000000", _Role.Base: "#ffffff", _Role.AlternateBase: "#ececec",
    _Role.Text: "#000000", _Role.Button: "#ffffff", _Role.ButtonText: "#000000", _Role.BrightText: "#ffffff",
    _Role.Highlight: "#00206e", _Role.HighlightedText: "#ffffff", _Role.ToolTipBase: "#ffffff",
    _Role.ToolTipText: "#000000", _Role.PlaceholderText: "#4a4a4a", _Role.Link: "#00207a",
    _Role.LinkVisited: "#4b0070", _Role.Light: "#ffffff", _Role.Midlight: "#e0e0e0", _Role.Mid: "#5a5a5a",
    _Role.Dark: "#303030", _Role.Shadow: "#000000", _Role.Accent: "#00206e",
}
_DARK = {
    _Role.Window: "#000000", _Role.WindowText: "#ffffff", _Role.Base: "#000000", _Role.AlternateBase: "#1c1c1c",
    _Role.Text: "#ffffff", _Role.Button: "#000000", _Role.ButtonText: "#ffffff", _Role.BrightText: "#000000",
    _Role.Highlight: "#ffe600", _Role.HighlightedText: "#000000", _Role.ToolTipBase: "#000000",
    _Role.ToolTipText: "#ffffff", _Role.PlaceholderText: "#c8c8c8", _Role.Link: "#7fd8ff",
    _Role.LinkVisited: "#f0a8ff", _Role.Light: "#606060", _Role.Midlight: "#404040", _Role.Mid: "#a0a0a0",
    _Role.Dark: "#d0d0d0", _Role.Shadow: "#ffffff", _Role.Accent: "#ffe600",
}
# Greyed-out text still reads (4.5:1 at least): a disabled control is information too.
_DISABLED_TEXT = {"light": "#595959", "dark": "#a6a6a6"}

# The text roles and the background each is written on, for the contrast test and the palettes' check.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (_Role.WindowText, _Role.Window), (_Role.Text, _Role.Base), (_Role.Text, _Role.AlternateBase),
    (_Role.ButtonText, _Role.Button), (_Role.HighlightedText, _Role.Highlight),
    (_Role.ToolTipText, _Role.ToolTipBase), (_Role.PlaceholderText, _Role.Base), (_Role.Link, _Role.Base),
    (_Role.LinkVisited, _Role.Base),
)


def relative_luminance(color: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0 black, 1 white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio, 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark scheme (Qt's colour scheme hint)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def high_contrast_palette(dark: bool) -> QPalette:
    """The high-contrast palette, dark (white on black) or light (black on white)."""
    colors = _DARK if dark else _LIGHT
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))   # every group: active, inactive and disabled alike
    disabled = QColor(_DISABLED_TEXT["dark" if dark else "light"])
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        palette.setColor(_Group.Disabled, role, disabled)
    return palette


def high_contrast_on(settings: QSettings) -> bool:
    """The setting; anything unreadable means off."""
    value = settings.value(HIGH_CONTRAST_KEY, False)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return value is True


def store_high_contrast(settings: QSettings, on: bool) -> None:
    settings.setValue(HIGH_CONTRAST_KEY, on)
    settings.sync()
