"""View > Language: follow the system or choose one of the languages the app speaks.

The choice is kept in the window settings (``language``, as Lock after… keeps its minutes) and
takes effect the next time Facilitator starts: the whole window, Qt's own dialogs and the layout
direction change together then, rather than half now.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from facilitator_app.ui.language import LANGUAGES, SETTINGS_KEY, saved_setting, translate
from facilitator_app.ui.naming import named

SYSTEM = ""   # the setting's value for "follow the system"
# Each language named in itself, with an Alt letter of its own in the menu (a Latin one for Arabic,
# so it works whatever the keyboard).
MENU_TEXT = {"en": "&English", "es": "Es&pañol", "ar": "العربية (&A)"}


class LanguageMenu(QObject):
    """The Language submenu: one checkable action per language, and one for the system's."""

    def __init__(self, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._settings = settings
        self._window = window
        self.menu = named(QMenu(translate("LanguageMenu", "&Language"), window), "languageMenu")
        self.menu.setToolTip(translate("LanguageMenu", "The language of the window and the PDFs"))
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        self.notice: QMessageBox | None = None
        current = saved_setting(settings)
        system = self._add(SYSTEM, translate("LanguageMenu", "Follow the &system"), current)
        self.menu.addAction(system)
        self.menu.addSeparator()
        for code, name in LANGUAGES.items():
            self.menu.addAction(self._add(code, MENU_TEXT.get(code, name), current))
        self._group.triggered.connect(self._on_group_triggered)

    def _add(self, code: str, text: str, current: str) -> QAction:
        action = named(QAction(text, self), f"language{(code or 'system').title()}Action")
        action.setCheckable(True)
        action.setChecked(code == current if current in LANGUAGES else code == SYSTEM)
        action.setData(code)
        self._group.addAction(action)
        self.actions[code] = action
        return action

    def _on_group_triggered(self, action: QAction) -> None:
        code = action.data() if isinstance(action.data(), str) else SYSTEM
        if code == saved_setting(self._settings):
            return
        self._settings.setValue(SETTINGS_KEY, code)
        self._settings.sync()
        # Not modal: the notice need not stop anything.
        self.notice = named(QMessageBox(QMessageBox.Icon.Information, translate("LanguageMenu", "Language"),
                                        translate("LanguageMenu", "Facilitator will speak the new language "
                                                                  "the next time it starts."),
                                        QMessageBox.StandardButton.Ok, self._window), "languageNotice")
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice.open()
