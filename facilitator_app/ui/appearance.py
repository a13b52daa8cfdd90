"""How the app looks, as the facilitator chose it: text size and high contrast, applied to the whole
application (every window and dialog) from the window settings, at start and when changed."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from facilitator_app.ui.contrast import high_contrast_on, high_contrast_palette, system_is_dark
from facilitator_app.ui.focus_style import FocusFrameStyle, install_focus_frame, system_palette, with_quiet_selection
from facilitator_app.ui.text_size import apply_text_size, text_size


def apply_contrast(app: QApplication, on: bool, dark: bool | None = None) -> None:
    """The high-contrast palette (``dark``, by default as the system's scheme is), or the system's own."""
    style = install_focus_frame(app)
    palette = high_contrast_palette(system_is_dark() if dark is None else dark) if on else system_palette(app)
    app.setPalette(with_quiet_selection(palette))
    if isinstance(style, FocusFrameStyle):
        style.strong_outlines = on
    for widget in QApplication.allWidgets():
        widget.update()


def apply_appearance(app: QApplication, settings: QSettings) -> None:
    """The text size and contrast the settings hold (before a window is built, so it is built at that size)."""
    apply_text_size(app, text_size(settings))
    on = high_contrast_on(settings)
    style = app.style()
    if on or (isinstance(style, FocusFrameStyle) and style.strong_outlines):
        apply_contrast(app, on)
