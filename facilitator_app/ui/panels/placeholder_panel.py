"""A tab whose panel arrives with a later release: it says plainly what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPanel(QWidget):
    def __init__(self, object_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        heading = QLabel(f"<h3>{title}</h3>")
        body = QLabel(text, wordWrap=True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        # A fixed width and its height for that width: a wrapped label under an alignment
        # flag otherwise gets one line's height and is cut off.
        body.setFixedWidth(620)
        body.setMinimumHeight(body.heightForWidth(620))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
