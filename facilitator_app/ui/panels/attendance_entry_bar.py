"""Under the attendance sheet: the walk-in field (a name and Enter) and the count of anonymous
visitors. Ctrl+Z in either reaches the window's undo, not the field's own."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from facilitator_app.services.meetings import MAX_VISITORS
from facilitator_app.ui.naming import named
from facilitator_app.ui.undo_keys import WindowUndoKeys


class AttendanceEntryBar(QWidget):
    """``walk_in_entered`` carries the name typed; ``visitors_changed`` the count the facilitator set."""

    walk_in_entered = Signal(str)
    visitors_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.walk_in = named(QLineEdit(), "walkInName")
        self.walk_in.setPlaceholderText(self.tr("Type a name, press Enter"))
        self.walk_in.setAccessibleName(self.tr("Walk-in name"))
        self.walk_in.setToolTip(self.tr("Marks a member of the group present by name (current, former or joined "
                                        "later), "
                                        "or adds someone new and marks them present (Ctrl+W)"))
        self.walk_in.setClearButtonEnabled(True)
        self.walk_in.returnPressed.connect(self._on_walk_in_return_pressed)
        self.walk_in.installEventFilter(WindowUndoKeys(self, lambda: not self.walk_in.text()))
        walk_in_label = QLabel(self.tr("&Walk-in:"))
        walk_in_label.setBuddy(self.walk_in)

        self.visitors = named(QSpinBox(), "visitorCount")
        self.visitors.setRange(0, MAX_VISITORS)
        self.visitors.setAccessibleName(self.tr("Anonymous visitors"))
        self.visitors.setToolTip(self.tr("Visitors who came without giving a name: a headcount only"))
        self.visitors.valueChanged.connect(self.visitors_changed)
        undo_keys = WindowUndoKeys(self)
        self.visitors.installEventFilter(undo_keys)
        for child in self.visitors.findChildren(QLineEdit):
            child.installEventFilter(undo_keys)
        visitors_label = QLabel(self.tr("&Visitors:"))
        visitors_label.setBuddy(self.visitors)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(walk_in_label)
        layout.addWidget(self.walk_in, 1)
        layout.addSpacing(24)
        layout.addWidget(visitors_label)
        layout.addWidget(self.visitors)

    def show_visitors(self, count: int) -> None:
        """Show ``count`` without announcing it as the facilitator's change."""
        with QSignalBlocker(self.visitors):
            self.visitors.setValue(count)

    def set_recordable(self, recordable: bool) -> None:
        self.walk_in.setEnabled(recordable)
        self.visitors.setEnabled(recordable)

    def _on_walk_in_return_pressed(self) -> None:
        name = self.walk_in.text().strip()
        if name:
            self.walk_in_entered.emit(name)
