"""Import members from a CSV file: choose it, see how each row would be read, then import.

The dialog never reads the file or touches the store itself. It calls ``preview_fn`` (the
import service's ``preview``) whenever the file or the column mapping changes, and
``import_fn`` when the facilitator presses Import; the window binds both to the service.
Nothing is imported while a row is rejected unless "import the good rows" is ticked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import GroupRecord
from facilitator_app.errors import AppError
from facilitator_app.services.member_import import FIELD_LABELS, FIELDS, ImportPreview, PreviewRow
from facilitator_app.ui.dialogs.submit_dialog import _ERROR_STYLE, describe_widget
from facilitator_app.ui.models.roles import Index

Mapping = dict[str, tuple[int, ...]]
PreviewFn = Callable[[Path, Mapping | None], ImportPreview]
ImportFn = Callable[[Path, Mapping | None, bool], object]

INTRO = ("Choose a CSV file saved from a spreadsheet or a contacts app (Google Contacts, Outlook). "
         "Nothing is added until you press Import, and your data is backed up first.")
FILE_FILTER = "CSV or text files (*.csv *.txt);;All files (*)"
IGNORE = "Ignore this column"
NO_GROUP = "No group"
PREVIEW_ROWS = 100  # rows shown from the top; rejected rows further down are always shown too
GOOD_ROWS_TEXT = "Import the good rows and s&kip the others"
_RESULT_STYLE = ("QLabel#importResult { color: #1d4d1f; background: #e9f5ea; border: 1px solid #9cc89f;"
                 " border-radius: 4px; padding: 6px 8px; }")
_DELIMITER_PLURAL = {"comma": "commas", "semicolon": "semicolons", "tab": "tabs"}


def field_title(key: str) -> str:
    return FIELD_LABELS[key][:1].upper() + FIELD_LABELS[key][1:]


def status_text(row: PreviewRow) -> str:
    """What will happen to a row, in plain words (rejected rows say so first, not only by colour)."""
    if row.problems:
        return "Rejected: " + "; ".join(row.problems)
    if row.status == "existing":
        return f"OK: already in the store as {row.same_as}, not added again"
    if row.status == "repeat":
        return f"OK: repeats {row.same_as}, added once"
    return "OK: new member"


def field_of_column(mapping: Mapping, column: int) -> str | None:
    """The field a column feeds first (a column can also be a fallback for another field)."""
    best: tuple[int, int, str] | None = None
    for key, columns in mapping.items():
        if column in columns and key in FIELDS:
            rank = (columns.index(column), FIELDS.index(key), key)
            best = rank if best is None or rank < best else best
    return best[2] if best else None


def remap(mapping: Mapping, column: int, key: str | None) -> Mapping:
    """``mapping`` with ``column`` feeding only ``key`` (or nothing), the other choices kept."""
    out: dict[str, list[int]] = {k: [c for c in cols if c != column] for k, cols in mapping.items()}
    if key is not None:
        out.setdefault(key, []).append(column)
        if key == "full_name":
            out[key].sort()  # name parts join left to right, as the columns are
    return {k: tuple(cols) for k, cols in out.items() if cols}


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def describe_preview(preview: ImportPreview) -> str:
    """How the file was read and what is in it, in a sentence or two."""
    separator = _DELIMITER_PLURAL.get(preview.delimiter_name, preview.delimiter_name)
    kind = {"sheet": "a sheet with its own column names"}.get(preview.format_name, f"a {preview.format_name}")
    rows = len(preview.rows)
    counts = [_plural(preview.count("new"), "new member", "new members")]
    if preview.count("existing"):
        counts.append(f"{preview.count('existing'):,} already in the store")
    if preview.count("repeat"):
        counts.append(f"{preview.count('repeat'):,} repeated in the file")
    if preview.count("rejected"):
        counts.append(f"{preview.count('rejected'):,} rejected")
    return (f"Read as {preview.encoding} text with values separated by {separator}; it looks like {kind}. "
            f"{_plural(rows, 'row', 'rows')} under the column names: {', '.join(counts)}.")


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
                return f"Line {row.line}" if role == Qt.ItemDataRole.AccessibleTextRole else str(row.line)
            if column == 1:
                return status_text(row)
            return row.values.get(self._fields[column - 2], "")
        if role == Qt.ItemDataRole.ToolTipRole and column <= 1:
            return f"Line {row.line} of the file: {status_text(row)}."
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
            return "Line"
        if section == 1:
            return "What will happen"
        if 2 <= section < 2 + len(self._fields):
            return field_title(self._fields[section - 2])
        return None


class ImportMembersDialog(QDialog):
    """Choose a CSV file, check the preview and the columns, then import; the result stays shown.

    After a successful import ``result_value`` holds what ``import_fn`` returned and the Import
    button has become Close. ``selected_group_id()`` is the group chosen for the new members.
    """

    def __init__(self, preview_fn: PreviewFn, import_fn: ImportFn, groups: list[GroupRecord],
                 current_group_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMembersDialog")
        self.setWindowTitle("Import members from a CSV file")
        self._preview_fn = preview_fn
        self._import_fn = import_fn
        self.preview: ImportPreview | None = None
        self.result_value: object | None = None
        self._mapping: Mapping | None = None  # None: as the importer guessed it
        self._previewed_path: Path | None = None
        self._combos: list[QComboBox] = []
        self._done = False

        intro = QLabel(INTRO, objectName="importIntro")
        intro.setWordWrap(True)

        # --- the file
        self.file_edit = QLineEdit(objectName="importFile")
        self.file_edit.setPlaceholderText("The CSV file of members")
        describe_widget(self.file_edit, "File", "The CSV file to import. Type its path or choose Browse.")
        file_label = QLabel("&File:")
        file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton("&Browse…", objectName="importBrowse")
        describe_widget(self.browse_button, "Browse for the file", "Choose the CSV file on this computer.")
        self.reload_button = QPushButton("&Reload", objectName="importReload")
        describe_widget(self.reload_button, "Reload the file",
                        "Read the file again, after correcting it in the spreadsheet.")
        for button in (self.browse_button, self.reload_button):
            button.setAutoDefault(False)  # Return in the dialog means Import, not Browse
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.reload_button)

        self.file_info = QLabel("Choose a file to see what is in it.", objectName="importFileInfo")
        self.file_info.setWordWrap(True)

        # --- which detail each column holds
        self.mapping_box = QGroupBox("&Which detail is in each column", objectName="importMappingBox")
        describe_widget(self.mapping_box, "Which detail is in each column",
                        "For each column of the file, choose the member detail it holds, or Ignore.")
        self._mapping_grid = QGridLayout()
        self._mapping_grid.setContentsMargins(0, 0, 0, 0)
        self._mapping_grid.setHorizontalSpacing(10)
        mapping_inner = QWidget(objectName="importMappingColumns")
        mapping_inner.setLayout(self._mapping_grid)
        self._mapping_scroll = QScrollArea(objectName="importMappingScroll")
        self._mapping_scroll.setWidget(mapping_inner)
        self._mapping_scroll.setWidgetResizable(True)
        self._mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._mapping_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(self._mapping_scroll)

        # --- the preview
        self.model = ImportPreviewModel(self)
        self.table = QTableView(objectName="importPreview")
        self.table.setModel(self.model)
        describe_widget(self.table, "Preview",
                        "How each row of the file would be imported, with its line number. "
                        "Rejected rows say why.")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(self.table.verticalHeader().defaultSectionSize())
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        preview_label = QLabel("&Preview:", objectName="importPreviewLabel")
        preview_label.setBuddy(self.table)
        self.preview_note = QLabel("", objectName="importPreviewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()

        # --- where they go, and what to do with rejected rows
        self.group_combo = QComboBox(objectName="importGroup")
        self.group_combo.addItem(NO_GROUP, None)
        for group in sorted(groups, key=lambda g: g.name.casefold()):
            self.group_combo.addItem(group.name, group.id)
        # By value: findData() compares Python objects by identity, and records are rebuilt on every read.
        found = [i for i in range(self.group_combo.count())
                 if current_group_id is not None and self.group_combo.itemData(i) == current_group_id]
        self.group_combo.setCurrentIndex(found[0] if found else 0)
        describe_widget(self.group_combo, "Add them to group",
                        "The group the imported members join. Choose No group to add them to the store only.")
        group_label = QLabel("Add them to &group:")
        group_label.setBuddy(self.group_combo)
        group_row = QHBoxLayout()
        group_row.addWidget(group_label)
        group_row.addWidget(self.group_combo, 1)

        self.good_rows_check = QCheckBox(GOOD_ROWS_TEXT, objectName="importGoodRows")
        describe_widget(self.good_rows_check, "Import the good rows and skip the others",
                        "Import every row that can be read, and leave out the rejected ones.")
        self.good_rows_check.setEnabled(False)

        self.status = QLabel("", objectName="importStatus")
        self.status.setWordWrap(True)
        self._error = QLabel(objectName="dialogError")
        self._error.setStyleSheet(_ERROR_STYLE)
        self._error.setWordWrap(True)
        self._error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error.setAccessibleName("Problem")
        self._error.hide()
        self.result_label = QLabel(objectName="importResult")
        self.result_label.setStyleSheet(_RESULT_STYLE)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName("Import finished")
        self.result_label.hide()

        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton("&Import")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        describe_widget(self.import_button, "Import", "Back up your data, then add the members shown as OK.")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        describe_widget(self.cancel_button, "Cancel", "Close without importing anything (Esc).")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.file_info)
        layout.addWidget(self.mapping_box)
        layout.addWidget(preview_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview_note)
        layout.addLayout(group_row)
        layout.addWidget(self.good_rows_check)
        layout.addWidget(self.status)
        layout.addWidget(self._error)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.mapping_box.hide()

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.file_edit.editingFinished.connect(self._on_file_edit_editing_finished)
        self.file_edit.installEventFilter(self)
        self.good_rows_check.toggled.connect(self._on_good_rows_check_toggled)
        self._fix_tab_order()
        self._update_state()
        self.file_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(860, 640)

    # --- public -----------------------------------------------------------------------------

    def selected_group_id(self) -> uuid.UUID | None:
        """The group chosen for the imported members (None: no group)."""
        data = self.group_combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def mapping(self) -> Mapping | None:
        """The column mapping to import with (None: as the importer guessed it)."""
        return self._mapping

    def load_file(self, path: Path | str) -> None:
        """Show ``path`` in the file field and preview it with the importer's own guess of the columns."""
        self.file_edit.setText(str(path))
        self._mapping = None
        self._refresh_preview()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Return after typing a new path previews it, rather than importing a file no one has seen.
        if (watched is self.file_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self._current_path() != self._previewed_path):
            self._refresh_preview()
            return True
        return super().eventFilter(watched, event)

    # --- the preview ------------------------------------------------------------------------

    def _current_path(self) -> Path | None:
        text = self.file_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def _refresh_preview(self) -> None:
        path = self._current_path()
        if path is None:
            self._show_preview(None)
            return
        if path != self._previewed_path:
            self._mapping = None  # another file: its own columns
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self._preview_fn(path, self._mapping)
        except AppError as exc:
            self._previewed_path = path
            self._show_preview(None)
            self._show_error(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._previewed_path = path
        self._show_preview(preview)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        columns_changed = (preview.columns if preview else None) != (self.preview.columns if self.preview else None)
        self.preview = preview
        self._error.hide()
        self.model.set_preview(preview)
        if columns_changed:
            self._build_mapping_combos()
        self._sync_mapping_combos()
        if preview is None:
            self.file_info.setText("Choose a file to see what is in it.")
            self.preview_note.hide()
        else:
            self.file_info.setText(describe_preview(preview))
            hidden = len(preview.rows) - self.model.rowCount()
            self.preview_note.setVisible(hidden > 0)
            if hidden > 0:
                self.preview_note.setText(f"Showing the first {PREVIEW_ROWS} rows and every rejected row; "
                                          f"{_plural(hidden, 'more row', 'more rows')} will be imported "
                                          "the same way.")
            if preview.file_problems:
                self._show_error(" ".join(preview.file_problems))
        self._resize_preview_columns()
        self._update_state()

    def _resize_preview_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = header.sectionSize(column)
            header.resizeSection(column, min(width + 12, 320 if column == 1 else 260))
        # Reasons wrap rather than hide behind "…": a keyboard user cannot hover for the tooltip.
        self.table.resizeRowsToContents()

    def _build_mapping_combos(self) -> None:
        while self._mapping_grid.count():
            item = self._mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._combos = []
        columns = self.preview.columns if self.preview else ()
        per_row = 2 if len(columns) > 4 else 1
        for position, name in enumerate(columns):
            shown = name or f"Column {position + 1}"
            combo = QComboBox(objectName=f"importColumn{position}")
            combo.addItem(IGNORE, None)
            for key in FIELDS:
                combo.addItem(field_title(key), key)
            describe_widget(combo, f"Column {position + 1}, {shown}",
                            f"Which member detail the column “{shown}” holds. Choose Ignore to leave it out.")
            label = QLabel(shown.replace("&", "&&") + ":")
            label.setBuddy(combo)
            label.setToolTip(f"Column {position + 1} of the file")
            combo.currentIndexChanged.connect(lambda _i, c=position: self._on_column_combo_changed(c))
            row, pair = divmod(position, per_row)
            self._mapping_grid.addWidget(label, row, pair * 2, Qt.AlignmentFlag.AlignRight)
            self._mapping_grid.addWidget(combo, row, pair * 2 + 1)
            self._combos.append(combo)
        for pair in range(per_row):
            self._mapping_grid.setColumnStretch(pair * 2 + 1, 1)
        self.mapping_box.setVisible(bool(columns))
        # All the columns when they fit in four rows; a scroll bar beyond that (Google exports have dozens).
        rows = -(-len(columns) // per_row)
        row_height = max((c.sizeHint().height() for c in self._combos), default=0)
        spacing = max(self._mapping_grid.verticalSpacing(), 0)
        shown = min(rows, 4)
        self._mapping_scroll.setFixedHeight(shown * row_height + max(shown - 1, 0) * spacing
                                            + (row_height // 2 if rows > 4 else 0))
        self._fix_tab_order()

    def _sync_mapping_combos(self) -> None:
        mapping = self.preview.mapping if self.preview else {}
        for position, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(field_of_column(mapping, position)), 0))
            combo.blockSignals(False)

    def _update_state(self) -> None:
        preview = self.preview
        rejected = preview.count("rejected") if preview else 0
        good = len(preview.rows) - rejected if preview else 0
        self.good_rows_check.setEnabled(rejected > 0 and not self._done)
        self.reload_button.setEnabled(self._previewed_path is not None and not self._done)
        usable = preview is not None and not preview.file_problems and good > 0
        allowed = usable and (rejected == 0 or self.good_rows_check.isChecked())
        if not self._done:
            self.import_button.setEnabled(bool(allowed))
        if preview is None or self._done:
            self.status.setText("")
        elif preview.file_problems:
            self.status.setText("Choose which column holds the names, above, to continue.")
        elif good == 0 and not preview.rows:
            self.status.setText("The file has no rows of members under its first line. Check that this is the "
                                "right file.")
        elif good == 0:
            self.status.setText("Every row was rejected, so there is nothing to import. Correct the file, or "
                                "choose which detail each column holds, then try again.")
        elif rejected and not self.good_rows_check.isChecked():
            self.status.setText(f"{_plural(rejected, 'row is', 'rows are')} rejected (see “What will happen”). "
                                "Correct the file and press Reload, or tick “Import the good rows and skip the "
                                "others” to leave them out.")
        elif rejected:
            self.status.setText(f"{_plural(rejected, 'rejected row', 'rejected rows')} will be left out; "
                                f"{_plural(good, 'row', 'rows')} will be imported.")
        else:
            self.status.setText(f"Ready: {_plural(good, 'row', 'rows')} will be imported.")
        self.status.setVisible(bool(self.status.text()))

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.file_edit, self.browse_button, self.reload_button, *self._combos, self.table,
                                self.group_combo, self.good_rows_check, self.import_button, self.cancel_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _show_error(self, message: str) -> None:
        self._error.setText(message)
        self._error.setAccessibleDescription(message)
        self._error.show()

    # --- slots ------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        current = self._current_path()
        start = str(current.parent if current else Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(self, "Choose the file of members", start, FILE_FILTER)
        if chosen:
            self.load_file(chosen)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_reload_button_clicked(self) -> None:
        self._refresh_preview()

    def _on_file_edit_editing_finished(self) -> None:
        if self._current_path() != self._previewed_path:
            self._refresh_preview()

    def _on_column_combo_changed(self, column: int) -> None:
        if self.preview is None:
            return
        key = self._combos[column].currentData()
        self._mapping = remap(self._mapping if self._mapping is not None else self.preview.mapping, column, key)
        self._refresh_preview()

    def _on_good_rows_check_toggled(self, _checked: bool) -> None:
        self._update_state()

    def _on_buttons_accepted(self) -> None:
        if self._done:
            self.accept()
            return
        path = self._current_path()
        if path is None or path != self._previewed_path or self.preview is None:
            # Return after typing a path previews it first: nothing is imported unseen.
            self._refresh_preview()
            return
        if not self.import_button.isEnabled():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._import_fn(path, self._mapping, self.good_rows_check.isChecked())
        except AppError as exc:
            self._show_error(exc.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        summary = result.summary() if callable(getattr(result, "summary", None)) else str(result)
        if not getattr(result, "imported", True):
            # The file changed after the preview and now has rejected rows: show them.
            self._refresh_preview()
            self._show_error(summary)
            return
        self.result_value = result
        self._finish(summary + self._result_details(result))

    def _result_details(self, result: object) -> str:
        """Which lines were left out, and where the new members went, after the service's summary."""
        text = ""
        rejected = list(getattr(result, "rejected", ()) or ())
        if rejected:
            listed = "; ".join(str(problem) for problem in rejected[:5])
            more = f"; and {_plural(len(rejected) - 5, 'more', 'more')}" if len(rejected) > 5 else ""
            text += f" Not imported: {listed}{more}."
        moved = int(getattr(result, "added", 0) or 0) + int(getattr(result, "joined_group", 0) or 0)
        if moved and self.selected_group_id() is not None:
            text += f" They are now in {self.group_combo.currentText()}."
        return text

    def _finish(self, summary: str) -> None:
        self._done = True
        self._error.hide()
        self.result_label.setText(summary)
        self.result_label.setAccessibleDescription(summary)
        self.result_label.show()
        for widget in (self.file_edit, self.browse_button, self.reload_button, self.mapping_box,
                       self.group_combo, self.good_rows_check):
            widget.setEnabled(False)
        self._update_state()
        self.import_button.setText("Close")
        describe_widget(self.import_button, "Close", "The import is finished: close this window.")
        self.import_button.setEnabled(True)
        self.cancel_button.hide()
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
