"""Help > About: the version, what the app is, and every bundled component with its licence text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.ui.about_licences import Component, app_licence, app_version, components
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.naming import named


class AboutDialog(QDialog):
    """The version and a line on the app; below, the components it bundles: pick one (arrow keys or
    a click) to read its licence text. Close or Escape closes it."""

    def __init__(self, store_path: Path | None = None, parent: QWidget | None = None,
                 bundled: list[Component] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {APP_NAME}").format(APP_NAME=APP_NAME))
        self.components = components() if bundled is None else bundled

        title = named(QLabel(f"<h2>{APP_NAME} {app_version()}</h2>"), "aboutTitle")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = named(QLabel(self.tr(
            "Offline admin for in-person peer support groups: attendance, check-ins, notes, handouts and "
            "PDF exports. It never uses the internet: everything stays on this computer, or on your "
            "organisation's own server if you connect to one.")), "aboutSummary")
        summary.setWordWrap(True)
        own = self.tr("{APP_NAME} is free software under the {licence} licence.").format(
            APP_NAME=APP_NAME, licence=app_licence())
        if store_path is not None:
            own += " " + self.tr("Data file: {path}").format(path=store_path)
        licence_line = named(QLabel(own), "aboutLicence")
        licence_line.setWordWrap(True)
        licence_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = named(QTableWidget(len(self.components), 3), "aboutComponentsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        describe_widget(self.table, self.tr("Bundled components"),
                        self.tr("What the app is built with, and under which licence. Use the arrow keys to "
                                "choose one; its licence text is shown below."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the licence text, not cell to cell
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        components_label = named(QLabel(self.tr("&Bundled components and their licences:")), "aboutComponentsLabel")
        components_label.setBuddy(self.table)

        self.licence_text = named(QPlainTextEdit(), "aboutLicenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # licence texts are laid out by hand
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        describe_widget(self.licence_text, self.tr("Licence text"),
                        self.tr("The licence text of the component chosen above (read only)."))
        text_label = named(QLabel(self.tr("Licence &text:")), "aboutLicenceTextLabel")
        text_label.setBuddy(self.licence_text)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        describe_widget(self.close_button, self.tr("Close"), self.tr("Close this window (Esc)."))
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (title, summary, licence_line, components_label):
            layout.addWidget(widget)
        layout.addWidget(self.table, 3)
        layout.addWidget(text_label)
        layout.addWidget(self.licence_text, 4)
        layout.addWidget(self._buttons)
        QWidget.setTabOrder(self.table, self.licence_text)
        QWidget.setTabOrder(self.licence_text, self.close_button)

        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        if self.components:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()
        available = (parent.screen() if parent is not None else self.screen()).availableGeometry().size()
        self.resize(min(820, available.width() - 40), min(620, available.height() - 60))

    def _on_table_current_cell_changed(self, row: int, _column: int, _previous_row: int,
                                       _previous_column: int) -> None:
        if 0 <= row < len(self.components):
            component = self.components[row]
            self.licence_text.setPlainText(component.text())
            self.licence_text.setAccessibleDescription(component.name)
