"""The import dialog's file row: the path, Browse… and Reload."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

FILE_FILTER = QT_TRANSLATE_NOOP("ImportFileRow", "CSV or text files (*.csv *.txt);;All files (*)")


class FileRow(QWidget):
    """"File:", the path field and its two buttons (neither is the dialog's default: Return imports)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = named(QLineEdit(), "importFile")
        self.edit.setPlaceholderText(self.tr("The CSV file of members"))
        describe_widget(self.edit, self.tr("File"), self.tr("The CSV file to import. Type its path or choose Browse."))
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.edit)
        self.browse = named(QPushButton(self.tr("&Browse…")), "importBrowse")
        describe_widget(self.browse, self.tr("Browse for the file"), self.tr("Choose the CSV file on this computer."))
        self.reload = named(QPushButton(self.tr("&Reload")), "importReload")
        describe_widget(self.reload, self.tr("Reload the file"),
                        self.tr("Read the file again, after correcting it in the spreadsheet."))
        for button in (self.browse, self.reload):
            button.setAutoDefault(False)  # Return in the dialog means Import, not Browse
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        layout.addWidget(self.reload)

    def ask_for_file(self, current: Path | None) -> str:
        """The file the facilitator picks in the system's dialog, starting beside ``current`` ("" for none)."""
        start = str(current.parent if current else Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the file of members"), start,
                                                      translate("ImportFileRow", FILE_FILTER))
        return chosen
