"""What the Handouts tab shows while the library is empty: what handouts are for, the starter
handouts, and the Import button (which the panel moves here from above the library)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

EMPTY_TEXT = QT_TRANSLATE_NOOP("HandoutEmptyPage", "Start with four generic handouts written for peer support "
                                                   "groups: our group agreement, grounding (the 5-4-3-2-1 "
                                                   "technique), a support contacts page with blanks to fill in, and "
                                                   "sleep basics. You can edit or remove them later.\n\nOr import "
                                                   "your own PDF, PNG, JPEG, plain text or Markdown files, or drag "
                                                   "them onto this tab. Handouts are kept inside the data file, so "
                                                   "they travel with it and work offline.")


class HandoutEmptyPage(QWidget):
    """A title, the text above, and a row of buttons centred under it."""

    def __init__(self, starter: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "handoutEmptyPage")
        title = named(QLabel(self.tr("<h3>Your handout library is empty</h3>")), "handoutEmptyTitle")
        text = named(QLabel(translate("HandoutEmptyPage", EMPTY_TEXT)), "handoutEmptyText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        # A fixed width and its height for that width: a wrapped label under an alignment flag
        # otherwise gets one line's height and is cut off.
        text.setFixedWidth(600)
        text.setMinimumHeight(text.heightForWidth(600))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addWidget(starter)
        self._buttons.addStretch(1)
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def take_button(self, button: QPushButton) -> None:
        """Put ``button`` beside the starter handouts."""
        self._buttons.insertWidget(2, button)

    def give_back(self, button: QPushButton) -> None:
        self._buttons.removeWidget(button)
