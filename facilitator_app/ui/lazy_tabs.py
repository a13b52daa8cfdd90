"""Tab pages that build their panel the first time they are shown.

Most sessions are run from the Attendance tab, and the window has to be on screen fast on a
large store, so the other session tabs (Check-ins, Notes, Handouts) start as an empty
``LazyPage``: their panel's module is imported and the panel built only when the tab is first
shown, or when the window asks for the panel (a shortcut, an export, a test). A panel built
late loads what it shows afresh, so it needs none of the changes made before it existed.

The page is named ``<name>Page`` (``checkinsPage`` for ``checkinsPanel``) and carries the panel's
accessible name; the panel's object name belongs to the panel alone, so a lookup by name never
finds an empty stand-in: the window's ``findChild``/``findChildren`` build the pages they need
(ui/session_tabs.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """A tab page holding the panel that ``factory`` builds, at the first show or ``panel()``."""

    def __init__(self, factory: Callable[[], QWidget], object_name: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panel_name = object_name
        self.setObjectName(f"{object_name.removesuffix('Panel')}Page")
        self.setAccessibleName(accessible_name)
        self._factory = factory
        self._panel: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._panel is not None

    def panel(self) -> QWidget:
        """The page's panel, built now if it is not yet."""
        if self._panel is None:
            panel = self._factory()
            panel.setObjectName(self._panel_name)
            self._panel = panel
            self._layout.addWidget(panel)
            self.setFocusProxy(panel)
            if self.isVisible():
                # The layout would show it on the next pass of the event loop; the tab is on
                # screen now, so the panel is laid out and shown (and loads) at once.
                self._layout.activate()
                panel.show()
        return self._panel

    def showEvent(self, event: QShowEvent) -> None:
        self.panel()
        super().showEvent(event)
