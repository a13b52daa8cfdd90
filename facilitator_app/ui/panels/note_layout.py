"""The Notes tab's sections and where they sit: two columns of editors, the safety box, and "Other notes".

Kept apart from the panel's saving logic so the layout can be checked (and changed) on its own.
Every editor keeps at least its minimum height and every label stays readable down to the
window's smallest size (960x600): the safety box is as tall as its label, editor and plan need.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout

from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

# (field, object name, label with mnemonic, spoken name, tooltip, placeholder); the texts are translated where used.
SECTIONS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("themes", "noteThemes", QT_TRANSLATE_NOOP("NoteLayout", "&Themes discussed"),
     QT_TRANSLATE_NOOP("NoteLayout", "Themes discussed"),
     QT_TRANSLATE_NOOP("NoteLayout", "What the group talked about (Alt+T)"),
     QT_TRANSLATE_NOOP("NoteLayout", "What people talked about, e.g. sleep, the holidays")),
    ("strategies", "noteStrategies", QT_TRANSLATE_NOOP("NoteLayout", "Strategies share&d"),
     QT_TRANSLATE_NOOP("NoteLayout", "Strategies shared"),
     QT_TRANSLATE_NOOP("NoteLayout", "Practical things people shared that helped them (Alt+D)"),
     QT_TRANSLATE_NOOP("NoteLayout", "Coping ideas, services, things that helped")),
    ("follow_ups", "noteFollowUps", QT_TRANSLATE_NOOP("NoteLayout", "Follow-&ups"),
     QT_TRANSLATE_NOOP("NoteLayout", "Follow-ups"),
     QT_TRANSLATE_NOOP("NoteLayout", "Things to check in on or bring next time (Alt+U)"),
     QT_TRANSLATE_NOOP("NoteLayout", "To check in on, or to bring next time")),
    ("safety_concerns", "noteSafety", QT_TRANSLATE_NOOP("NoteLayout", "Safet&y concerns"),
     QT_TRANSLATE_NOOP("NoteLayout", "Safety concerns"),
     QT_TRANSLATE_NOOP("NoteLayout", "Anyone in distress, and any crisis contact given (Alt+Y)"),
     QT_TRANSLATE_NOOP("NoteLayout", "Anyone in distress, and any crisis contact given. Leave empty if none.")),
    ("free_text", "noteEditor", QT_TRANSLATE_NOOP("NoteLayout", "Other notes"),
     QT_TRANSLATE_NOOP("NoteLayout", "Other notes"),
     QT_TRANSLATE_NOOP("NoteLayout", "Anything else about the session, in your own words"),
     QT_TRANSLATE_NOOP("NoteLayout", "Anything else about the session")),
)



# Calm, not alarming: a warm sand tint sets the safety section apart without shouting.
SAFETY_STYLE = ("QFrame#noteSafetyFrame { background: #fbf4e6; border: 1px solid #e2c98f; border-radius: 6px; }"
                " QFrame#noteSafetyFrame QLabel { background: transparent; border: none; }")
SAFETY_PLAN = QT_TRANSLATE_NOOP("NoteLayout", "If someone may be at risk now, follow your group's safety plan.")


def section_editors() -> tuple[dict[str, QPlainTextEdit], dict[str, QLabel]]:
    """An editor and its label for each section, by field, in Tab order."""
    editors: dict[str, QPlainTextEdit] = {}
    labels: dict[str, QLabel] = {}
    for field, object_name, label_text, name, tip, placeholder in SECTIONS:
        editor = named(QPlainTextEdit(), object_name)
        describe_widget(editor, translate("NoteLayout", name), translate("NoteLayout", tip))
        editor.setPlaceholderText(translate("NoteLayout", placeholder))
        editor.setTabChangesFocus(True)  # Tab moves on to the next section, as in a form
        editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
        label = QLabel(translate("NoteLayout", label_text))
        label.setBuddy(editor)
        editors[field] = editor
        labels[field] = label
    return editors, labels


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
    frame = named(SafetyFrame(), "noteSafetyFrame")
    frame.setStyleSheet(SAFETY_STYLE)
    frame.setAccessibleName(translate("NoteLayout", "Safety concerns"))
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.setSpacing(4)
    plan = named(QLabel(translate("NoteLayout", SAFETY_PLAN)), "noteSafetyHint")
    plan.setWordWrap(True)
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
