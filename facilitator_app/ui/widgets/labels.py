"""Labels the panels build the same way: a session title in a larger bold font, and a wrapped
note with room for exactly two lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from facilitator_app.ui.naming import named

TITLE_SCALE = 1.25


def title_label(name: str, spoken: str, scale: float = TITLE_SCALE) -> QLabel:
    """A bold heading ``scale`` times the normal font size (a panel's session title)."""
    label = named(QLabel(), name)
    label.setAccessibleName(spoken)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def two_line_label(name: str, spoken: str,
                   alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) -> QLabel:
    """A wrapped label with a fixed height for two lines: a new text never re-lays out the panel."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setAccessibleName(spoken)
    label.setAlignment(alignment)
    label.setFixedHeight(label.fontMetrics().lineSpacing() * 2 + 4)
    return label


def message_label(name: str, spoken: str, style: str) -> QLabel:
    """A hidden, wrapped, selectable message (a problem, a result) styled by ``style``."""
    label = named(QLabel(), name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(spoken)
    label.hide()
    return label
