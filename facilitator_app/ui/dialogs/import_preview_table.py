"""The import dialog's preview table: one row per line of the file, with its line number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from facilitator_app.ui.dialogs.import_preview_model import ImportPreviewModel
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.tables import single_row_table


class ImportPreviewTable(QTableView):
    """Rows as the import would read them; rejected rows say why, wrapped rather than cut."""

    def __init__(self, model: ImportPreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "importPreview")
        self._model = model
        self.setModel(model)
        describe_widget(self, self.tr("Preview"),
                        self.tr("How each row of the file would be imported, with its line number. "
                                                 "Rejected rows say why."))
        single_row_table(self)
        self.setWordWrap(True)
        self.verticalHeader().setMinimumSectionSize(self.verticalHeader().defaultSectionSize())
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)

    def fit_columns(self) -> None:
        """Columns as wide as their contents, within limits; rows as tall as their wrapped reasons."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        for column in range(self._model.columnCount()):
            width = header.sectionSize(column)
            header.resizeSection(column, min(width + 12, 320 if column == 1 else 260))
        # Reasons wrap rather than hide behind "…": a keyboard user cannot hover for the tooltip.
        self.resizeRowsToContents()
