"""Where the Notes tab's sections sit: two columns of editors, the safety box, and "Other notes".

Kept apart from the panel's saving logic so the layout can be checked (and changed) on its own.
Every editor keeps at least its minimum height and every label stays readable down to the
window's smallest size (960x600): the safety box is as tall as its label, editor and plan need.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout

# Calm, not alarming: a warm sand tint sets the safety section apart without shouting.
SAFETY_STYLE = ("QFrame#noteSafetyFrame { background: #fbf4e6; border: 1px solid #e2c98f; border-radius: 6px; }"
                " QFrame#noteSafetyFrame QLabel { background: transparent; border: none; }")
SAFETY_PLAN = "If someone may be at risk now, follow your group's safety plan."


class SafetyFrame(QFrame):
    """A box whose minimum height follows its width: the wrapped reminder needs more lines when
    the column is narrow, and a grid cell that spans two rows does not ask for that by itself."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width may need another line for the reminder


def safety_frame(label: QLabel, editor: QPlainTextEdit) -> QFrame:
    """The safety concerns section in its tinted box, with the reminder about the safety plan."""
    frame = SafetyFrame(objectName="noteSafetyFrame")
    frame.setStyleSheet(SAFETY_STYLE)
    frame.setAccessibleName("Safety concerns")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.setSpacing(4)
    plan = QLabel(SAFETY_PLAN, objectName="noteSafetyHint", wordWrap=True)
    plan.setTextFormat(Qt.TextFormat.PlainText)
    plan.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    layout.addWidget(label)
    layout.addWidget(editor, 1)
    layout.addWidget(plan)
    return frame


def sections_grid(labels: dict[str, QLabel], editors: dict[str, QPlainTextEdit]) -> QGridLayout:
    """Themes and strategies side by side, follow-ups beside the safety box, other notes below."""
    for editor in editors.values():
        # Rows share the height by their stretch, not by QPlainTextEdit's tall size hint (which
        # gave follow-ups four times the room of the themes in a small window); the editors'
        # minimum height still holds.
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    for column, field in enumerate(("themes", "strategies")):
        grid.addWidget(labels[field], 0, column)
        grid.addWidget(editors[field], 1, column)
    grid.addWidget(labels["follow_ups"], 2, 0)
    grid.addWidget(editors["follow_ups"], 3, 0)
    grid.addWidget(safety_frame(labels["safety_concerns"], editors["safety_concerns"]), 2, 1, 2, 1)
    grid.addWidget(labels["free_text"], 4, 0, 1, 2)
    grid.addWidget(editors["free_text"], 5, 0, 1, 2)
    for row, stretch in ((1, 2), (3, 2), (5, 3)):
        grid.setRowStretch(row, stretch)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    return grid
