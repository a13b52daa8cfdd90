"""A frameless scroll area for a part of the window that may not fit: at the largest text size on a
960x600 screen the widest tab (the check-in round beside its chart) needs more room than there is,
and a scroll bar is better than controls cut off at the edge. Where everything fits, nothing shows.

It asks for the room its content needs, but never more than ``room()`` (what is left in the window
once its neighbours are at their least): the neighbours give way first, then it scrolls, and the
window is never made to need more than the screen. The control with the keyboard is scrolled into
view, so Tab never goes somewhere out of sight.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from facilitator_app.ui.focus_style import RING_WIDTH
from facilitator_app.ui.naming import named


class FitScroll(QScrollArea):
    """Shows ``content`` at the size of the room, scrolling only when the room is smaller than it needs."""

    def __init__(self, content: QWidget, name: str, room: Callable[[], QSize]) -> None:
        super().__init__()
        self._room = room
        named(self, name)
        # The focus ring of a control at the content's edge (the tab bar) is drawn in the scroll area's
        # viewport: a margin as wide as the ring keeps it from being cut.
        content.setContentsMargins(RING_WIDTH, RING_WIDTH, RING_WIDTH, RING_WIDTH)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # not a stop on the Tab chain: its content is
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        content = self.widget()
        needed = content.minimumSizeHint() if content is not None else QSize(0, 0)
        room = self._room()
        return QSize(max(0, min(needed.width(), room.width())), max(0, min(needed.height(), room.height())))

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new) \
                and (self.horizontalScrollBar().maximum() or self.verticalScrollBar().maximum()):
            self.ensureWidgetVisible(new, 8, 8)
