"""The import dialog's progress row: how much of the file is read, and a button to stop."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.naming import named

STEPS = 1000


class ProgressRow(QWidget):
    """A progress bar and a Stop button, shown while the worker reads or imports the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgressRow")
        self.bar = named(QProgressBar(), "importProgress")
        self.bar.setRange(0, STEPS)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p%")
        self.stop_button = named(QPushButton(), "importStopReading")
        self.stop_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self.begin(importing=False)
        self.hide()

    @property
    def percent(self) -> int:
        return self.bar.value() * 100 // STEPS

    def begin(self, importing: bool) -> None:
        """Start from nothing read, for a reading or for an import."""
        self.bar.setValue(0)
        self.stop_button.setEnabled(True)
        if importing:
            self.stop_button.setText(self.tr("&Stop importing"))
            describe_widget(self.stop_button, self.tr("Stop importing"),
                            self.tr("Stop the import; nothing is imported."))
            describe_widget(self.bar, self.tr("Importing"), self.tr("How much of the import is done."))
        else:
            self.stop_button.setText(self.tr("&Stop reading"))
            describe_widget(self.stop_button, self.tr("Stop reading the file"),
                            self.tr("Stop reading the file; nothing is imported. Press Reload to read it again."))
            describe_widget(self.bar, self.tr("Reading the file"),
                            self.tr("How much of the file has been read for the preview."))

    def set_done(self, done: int, total: int) -> None:
        self.bar.setValue(min(STEPS, done * STEPS // max(total, 1)))
