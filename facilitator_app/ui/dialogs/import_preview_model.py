"""The rows of an import preview as a Qt table: line, what will happen, and the details read,
plus the sentences that describe a preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from facilitator_app.services.member_import import FIELD_LABELS, FIELDS, ImportPreview, PreviewRow
from facilitator_app.ui.language import translate
from facilitator_app.ui.models.roles import Index

PREVIEW_ROWS = 100  # rows shown from the top; rejected rows further down are always shown too


def field_title(key: str) -> str:
    return FIELD_LABELS[key][:1].upper() + FIELD_LABELS[key][1:]


def status_text(row: PreviewRow) -> str:
    """What will happen to a row, in plain words (rejected rows say so first, not only by colour)."""
    if row.problems:
        return translate("ImportPreviewModel", "Rejected: {problems}").format(problems="; ".join(row.problems))
    if row.status == "existing":
        return translate("ImportPreviewModel",
                         "OK: already in the store as {same_as}, not added again").format(same_as=row.same_as)
    if row.status == "repeat":
        return translate("ImportPreviewModel", "OK: repeats {same_as}, added once").format(same_as=row.same_as)
    return translate("ImportPreviewModel", "OK: new member")


def describe_preview(preview: ImportPreview) -> str:
    """How the file was read and what is in it, in a sentence or two."""
    separators = {"comma": translate("ImportPreviewModel", "commas"),
                  "semicolon": translate("ImportPreviewModel", "semicolons"),
                  "tab": translate("ImportPreviewModel", "tabs")}
    separator = separators.get(preview.delimiter_name, preview.delimiter_name)
    if preview.format_name == "sheet":
        kind = translate("ImportPreviewModel", "a sheet with its own column names")
    else:
        kind = translate("ImportPreviewModel", "a {format}").format(format=preview.format_name)
    new, existing, repeat, rejected = (preview.count(status) for status in ("new", "existing", "repeat", "rejected"))
    counts = [translate("ImportPreviewModel", "%n new member(s)", "", new)]
    if existing:
        counts.append(translate("ImportPreviewModel", "%n already in the store", "", existing))
    if repeat:
        counts.append(translate("ImportPreviewModel", "%n repeated in the file", "", repeat))
    if rejected:
        counts.append(translate("ImportPreviewModel", "%n rejected", "", rejected))
    rows = preview.total_rows
    text = translate("ImportPreviewModel", "Read as {encoding} text with values separated by {separator}; it looks "
                                           "like {kind}.").format(encoding=preview.encoding, separator=separator,
                                                                  kind=kind)
    text += " " + translate("ImportPreviewModel", "%n row(s) under the column names: {counts}.", "",
                            rows).format(counts=", ".join(counts))
    if preview.lines.total:
        text += " " + preview.lines.describe()
    return text


def hidden_rows_note(preview: ImportPreview, model: ImportPreviewModel) -> str:
    """What the table leaves out of a long file ('' when it shows every row)."""
    shown = [model.row_at(i) for i in range(model.rowCount())]
    shown_rejected = sum(1 for row in shown if row is not None and row.problems)
    hidden_ok = preview.total_rows - preview.count("rejected") - (len(shown) - shown_rejected)
    hidden_rejected = preview.count("rejected") - shown_rejected
    if hidden_ok <= 0 and hidden_rejected <= 0:
        return ""
    if hidden_rejected > 0:
        text = translate("ImportPreviewModel", "Showing the first {rows} rows and the first %n rejected row(s)", "",
                         shown_rejected).format(rows=PREVIEW_ROWS)
    else:
        text = translate("ImportPreviewModel", "Showing the first {rows} rows and every rejected row").format(
            rows=PREVIEW_ROWS)
    if hidden_ok > 0:
        text += translate("ImportPreviewModel", "; %n more row(s) will be imported the same way", "", hidden_ok)
    if hidden_rejected > 0:
        text += translate("ImportPreviewModel", "; %n more rejected row(s) [is|are] not shown", "", hidden_rejected)
    return text + "."


class ImportPreviewModel(QAbstractTableModel):
    """The rows of an import preview: line number, what will happen, and the details read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._fields: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_preview(self, preview: ImportPreview | None, limit: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        if preview is None:
            self._rows, self._fields = [], []
        else:
            rows = list(preview.rows)
            self._rows = rows[:limit] + [r for r in rows[limit:] if r.problems]
            used = {k for k, cols in preview.mapping.items() if cols}
            used |= {k for r in self._rows for k, v in r.values.items() if v}
            self._fields = [k for k in FIELDS if k in used]
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 + len(self._fields)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.row_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < 2 + len(self._fields):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return self.tr("Line {line}").format(
                    line=row.line) if role == Qt.ItemDataRole.AccessibleTextRole else str(row.line)
            if column == 1:
                return status_text(row)
            return row.values.get(self._fields[column - 2], "")
        if role == Qt.ItemDataRole.ToolTipRole and column <= 1:
            return self.tr("Line {line} of the file: {status_text}.").format(line=row.line,
                                                                             status_text=status_text(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.problems and column <= 1:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and row.problems:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Line")
        if section == 1:
            return self.tr("What will happen")
        if 2 <= section < 2 + len(self._fields):
            return field_title(self._fields[section - 2])
        return None
