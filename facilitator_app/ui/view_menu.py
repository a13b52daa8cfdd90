"""The View menu: text size (Ctrl+= / Ctrl+- / Ctrl+0) and high contrast (Ctrl+Shift+H), each remembered.

The main window only places the menu; the choices are applied to the whole app (ui/appearance.py)
and stored in the window settings (ui/text_size.py, ui/contrast.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from facilitator_app.ui.appearance import apply_contrast
from facilitator_app.ui.contrast import high_contrast_on, store_high_contrast
from facilitator_app.ui.naming import named
from facilitator_app.ui.text_size import TEXT_SIZES, apply_text_size, store_text_size, text_size

SIZE_ACTION_NAMES = {"smaller": "textSmallerAction", "normal": "textNormalAction",
                     "larger": "textLargerAction", "largest": "textLargestAction"}


class ViewActions(QObject):
    """The View menu's commands for one window."""

    status_message = Signal(str)

    def __init__(self, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._settings = settings
        labels = {"smaller": self.tr("&Smaller"), "normal": self.tr("&Normal"),
                  "larger": self.tr("&Larger"), "largest": self.tr("L&argest")}
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.sizes: dict[str, QAction] = {}
        current = text_size(settings)
        for name in TEXT_SIZES:
            action = named(QAction(labels[name], self), SIZE_ACTION_NAMES[name])
            action.setCheckable(True)
            action.setChecked(name == current)
            action.triggered.connect(lambda _checked=False, n=name: self.set_text_size(n))
            self._group.addAction(action)
            self.sizes[name] = action
        self.sizes["normal"].setShortcut(QKeySequence("Ctrl+0"))
        self.larger = named(QAction(self.tr("&Increase text size"), self), "textIncreaseAction")
        self.larger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.larger.triggered.connect(lambda: self.step(1))
        self.smaller = named(QAction(self.tr("&Decrease text size"), self), "textDecreaseAction")
        self.smaller.setShortcut(QKeySequence("Ctrl+-"))
        self.smaller.triggered.connect(lambda: self.step(-1))
        self.high_contrast = named(QAction(self.tr("&High contrast"), self), "highContrastAction")
        self.high_contrast.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast.setCheckable(True)
        self.high_contrast.setChecked(high_contrast_on(settings))
        self.high_contrast.toggled.connect(self.set_high_contrast)
        for action in (*self.sizes.values(), self.larger, self.smaller, self.high_contrast):
            tip = action.text().replace("&", "")
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.high_contrast.setStatusTip(self.tr("Black and white with a strong selection colour, easier to read"))

    def build_menu(self, menu: QMenu) -> None:
        """Fill the window's View menu."""
        sizes = named(menu.addMenu(self.tr("&Text size")), "textSizeMenu")
        sizes.addActions([self.larger, self.smaller])
        sizes.addSeparator()
        sizes.addActions(list(self.sizes.values()))
        menu.addAction(self.high_contrast)

    def current_size(self) -> str:
        return text_size(self._settings)

    def set_text_size(self, name: str) -> None:
        """Show and remember text size ``name``."""
        if name not in TEXT_SIZES:
            return
        store_text_size(self._settings, name)
        self.sizes[name].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_size(app, name)

    def step(self, by: int) -> None:
        """One size up (1) or down (-1), stopping at either end."""
        names = list(TEXT_SIZES)
        index = max(0, min(len(names) - 1, names.index(self.current_size()) + by))
        self.set_text_size(names[index])

    def set_high_contrast(self, on: bool) -> None:
        """Show and remember high contrast on or off."""
        store_high_contrast(self._settings, on)
        if self.high_contrast.isChecked() != on:
            self.high_contrast.setChecked(on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_contrast(app, on)
