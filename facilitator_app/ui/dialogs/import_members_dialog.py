"""Import members from a CSV file: choose it, see how each row would be read, then import.

The dialog never reads the file or touches the store itself. It runs ``preview_fn`` (the
import service's ``preview``) on a worker thread whenever the file or the column mapping
changes, and ``import_fn`` when the facilitator presses Import, each with its progress and a
button to stop it; the window binds both to the service. Nothing is imported while
a row is rejected unless "import the good rows" is ticked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import GroupRecord
from facilitator_app.services.member_import import ImportPreview
from facilitator_app.ui.dialogs.import_column_choices import IGNORE, ColumnChoices
from facilitator_app.ui.dialogs.import_destination import NO_GROUP, ImportDestination
from facilitator_app.ui.dialogs.import_file_row import FileRow
from facilitator_app.ui.dialogs.import_mapping import Mapping, field_of_column, remap
from facilitator_app.ui.dialogs.import_preview_model import (
    ImportPreviewModel,
    describe_preview,
    hidden_rows_note,
)
from facilitator_app.ui.dialogs.import_preview_table import ImportPreviewTable
from facilitator_app.ui.dialogs.import_progress import ProgressRow
from facilitator_app.ui.dialogs.import_status import (
    IMPORT_FAILURE,
    IMPORT_STOPPED,
    READ_FAILURE,
    STOPPED,
    preview_status,
    result_details,
)
from facilitator_app.ui.dialogs.import_worker import ImportWorker
from facilitator_app.ui.dialogs.submit_dialog import ERROR_STYLE, describe_widget
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.dialog_buttons import action_and_cancel
from facilitator_app.ui.widgets.labels import message_label

__all__ = ["IGNORE", "NO_GROUP", "ImportMembersDialog", "ImportPreviewModel", "field_of_column", "remap"]

# preview_fn(path, mapping, progress=..., cancelled=...): the import service's ``preview``.
PreviewFn = Callable[..., ImportPreview]
# import_fn(path, mapping, good_rows, group_id=..., progress=..., cancelled=...): runs on the worker.
ImportFn = Callable[..., object]

INTRO = QT_TRANSLATE_NOOP("ImportMembersDialog", "Choose a CSV file saved from a spreadsheet or a contacts app "
                                                 "(Google Contacts, Outlook). Nothing is added until you press "
                                                 "Import, and your data is backed up first.")
_RESULT_STYLE = ("QLabel#importResult { color: #1d4d1f; background: #e9f5ea; border: 1px solid #9cc89f;"
                 " border-radius: 4px; padding: 6px 8px; }")


class ImportMembersDialog(QDialog):
    """Choose a CSV file, check the preview and the columns, then import; the result stays shown.

    After a successful import ``result_value`` holds what ``import_fn`` returned and the Import
    button has become Close. ``selected_group_id()`` is the group chosen for the new members.
    """

    def __init__(self, preview_fn: PreviewFn, import_fn: ImportFn, groups: list[GroupRecord],
                 current_group_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMembersDialog")
        self.setWindowTitle(self.tr("Import members from a CSV file"))
        self._preview_fn = preview_fn
        self._import_fn = import_fn
        self.preview: ImportPreview | None = None
        self.result_value: object | None = None
        self._mapping: Mapping | None = None  # None: as the importer guessed it
        self._previewed_path: Path | None = None
        self._reading_path: Path | None = None
        self._stopped = False
        self._closing = False
        self._importing = False
        self._note = ""  # why there is no preview or no result (a stopped reading or import)
        self._error_after_reading = ""
        self._reader = ImportWorker(self)
        self._reader.progressed.connect(self._on_reader_progressed)
        self._reader.finished.connect(self._on_reader_finished)
        self._reader.failed.connect(self._on_reader_failed)
        self._reader.stopped.connect(self._on_reader_stopped)
        self._done = False

        intro = named(QLabel(translate("ImportMembersDialog", INTRO)), "importIntro")
        intro.setWordWrap(True)

        # --- the file
        self._file_row = FileRow()
        self.file_edit, self.browse_button = self._file_row.edit, self._file_row.browse
        self.reload_button = self._file_row.reload

        # --- progress, shown while the worker reads or imports the file
        self._progress_row = ProgressRow(self)
        self.progress, self.stop_button = self._progress_row.bar, self._progress_row.stop_button

        self.file_info = named(QLabel(self.tr("Choose a file to see what is in it.")), "importFileInfo")
        self.file_info.setWordWrap(True)

        # --- which detail each column holds
        self.mapping_box = ColumnChoices(self)
        self.mapping_box.column_changed.connect(self._on_mapping_box_column_changed)

        # --- the preview
        self.model = ImportPreviewModel(self)
        self.table = ImportPreviewTable(self.model)
        preview_label = named(QLabel(self.tr("&Preview:")), "importPreviewLabel")
        preview_label.setBuddy(self.table)
        self.preview_note = named(QLabel(""), "importPreviewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()

        # --- where they go, and what to do with rejected rows
        self._destination = ImportDestination(groups, current_group_id)
        self.group_combo = self._destination.group_combo
        self.good_rows_check = self._destination.good_rows_check

        self.status = named(QLabel(""), "importStatus")
        self.status.setWordWrap(True)
        self._error = message_label("dialogError", self.tr("Problem"), ERROR_STYLE)
        self.result_label = message_label("importResult", self.tr("Import finished"), _RESULT_STYLE)

        buttons, self.import_button, self.cancel_button = action_and_cancel(
            self, self.tr("&Import"), self.tr("Back up your data, then add the members shown as OK."),
            self.tr("Close without importing anything (Esc)."))
        buttons.accepted.connect(self._on_buttons_accepted)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._file_row)
        layout.addWidget(self._progress_row)
        layout.addWidget(self.file_info)
        layout.addWidget(self.mapping_box)
        layout.addWidget(preview_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview_note)
        layout.addWidget(self._destination)
        layout.addWidget(self.status)
        layout.addWidget(self._error)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.mapping_box.hide()

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
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
        return self._destination.selected_group_id()

    def mapping(self) -> Mapping | None:
        """The column mapping to import with (None: as the importer guessed it)."""
        return self._mapping

    @property
    def reading(self) -> bool:
        """Whether the worker is reading the file for the preview."""
        return self._reader.running

    def reject(self) -> None:
        # Esc or Cancel during an import stops it rather than leaving it to finish unseen.
        if self._importing:
            self._on_stop_button_clicked()
            return
        super().reject()

    def done(self, result: int) -> None:
        # Closing stops the reading and waits for the worker to let go of the file; focus
        # leaving the file field as the dialog hides must not start another.
        self._closing = True
        self._reader.abandon()
        self._reader.wait()
        super().done(result)

    def load_file(self, path: Path | str) -> None:
        """Show ``path`` in the file field and preview it with the importer's own guess of the columns."""
        self.file_edit.setText(str(path))
        self._mapping = None
        self._refresh_preview()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Return after typing a new path previews it, rather than importing a file no one has seen.
        if (watched is self.file_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self._needs_reading()):
            self._refresh_preview()
            return True
        return super().eventFilter(watched, event)

    # --- the preview ------------------------------------------------------------------------

    def _current_path(self) -> Path | None:
        text = self.file_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def _needs_reading(self) -> bool:
        """The path typed is neither previewed nor being read."""
        path = self._current_path()
        if self._reader.running:
            return path != self._reading_path
        return path != self._previewed_path

    def _refresh_preview(self) -> None:
        if self._closing:
            return
        path = self._current_path()
        self._stopped = False
        if path is None:
            self._reader.abandon()
            self._show_preview(None)
            return
        if path != self._previewed_path:
            self._mapping = None  # another file: its own columns
        self._reading_path = path
        self._error.hide()
        self.file_info.setText(self.tr("Reading {name}…").format(name=path.name))
        self._progress_row.begin(importing=False)
        self._note = ""
        self._reader.start(partial(self._preview_fn, path, self._mapping), translate("ImportStatus", READ_FAILURE))
        self._progress_row.show()
        self._update_state()

    def _end_reading(self) -> None:
        self._progress_row.hide()
        if self.stop_button.hasFocus() or self.focusWidget() is None:
            self.file_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        columns_changed = (preview.columns if preview else None) != (self.preview.columns if self.preview else None)
        self.preview = preview
        self._error.hide()
        self.model.set_preview(preview)
        if columns_changed:
            self.mapping_box.set_columns(preview.columns if preview else ())
            self._fix_tab_order()
        self.mapping_box.show_mapping(preview.mapping if preview else {})
        if preview is None:
            self.file_info.setText(self.tr("Choose a file to see what is in it."))
            self.preview_note.hide()
        else:
            self.file_info.setText(describe_preview(preview))
            note = hidden_rows_note(preview, self.model)
            self.preview_note.setText(note)
            self.preview_note.setVisible(bool(note))
            if preview.file_problems:
                self._show_error(" ".join(preview.file_problems))
        self.table.fit_columns()
        self._update_state()

    def _update_state(self) -> None:
        preview = self.preview
        rejected = preview.count("rejected") if preview else 0
        good = preview.total_rows - rejected if preview else 0
        reading = self._reader.running
        idle = not self._done and not self._importing
        self.good_rows_check.setEnabled(rejected > 0 and idle)
        self.reload_button.setEnabled((self._previewed_path is not None or self._stopped) and idle)
        for widget in (self.file_edit, self.browse_button, self.mapping_box, self.group_combo):
            widget.setEnabled(idle)
        usable = preview is not None and not preview.file_problems and good > 0 and not reading
        allowed = usable and (rejected == 0 or self.good_rows_check.isChecked())
        if not self._done:
            self.import_button.setEnabled(bool(allowed))
        if reading and self._importing:
            self.status.setText(self.tr(
                "Importing: {percent}% done. Stop importing to leave everything as it was.").format(
                    percent=self._progress_row.percent))
        elif reading and self._reading_path is not None:
            self.status.setText(self.tr("Reading {name}: {percent}%. Stop reading to choose another file.").format(
                name=self._reading_path.name, percent=self._progress_row.percent))
        elif self._note and not self._done:
            self.status.setText(self._note)
        elif preview is None or self._done:
            self.status.setText("")
        else:
            self.status.setText(preview_status(preview, self.good_rows_check.isChecked()))
        self.status.setVisible(bool(self.status.text()))

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.file_edit, self.browse_button, self.reload_button, self.stop_button,
                                *self.mapping_box.combos, self.table,
                                self.group_combo, self.good_rows_check, self.import_button, self.cancel_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _show_error(self, message: str) -> None:
        self._error.setText(message)
        self._error.setAccessibleDescription(message)
        self._error.show()

    # --- slots ------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        chosen = self._file_row.ask_for_file(self._current_path())
        if chosen:
            self.load_file(chosen)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_reload_button_clicked(self) -> None:
        self._refresh_preview()

    def _on_stop_button_clicked(self) -> None:
        if self._importing:
            self._reader.request_stop()  # the import answers: stopped, or done if it was too late
            self.stop_button.setEnabled(False)
        else:
            self._reader.cancel()

    def _on_reader_progressed(self, done: int, total: int) -> None:
        self._progress_row.set_done(done, total)
        self._update_state()

    def _on_reader_finished(self, answer: object) -> None:
        if self._end_import():
            self._imported(answer)
            return
        assert isinstance(answer, ImportPreview)
        self._previewed_path = self._reading_path
        self._end_reading()
        self._show_preview(answer)
        if self._error_after_reading:
            self._show_error(self._error_after_reading)
            self._error_after_reading = ""

    def _on_reader_failed(self, message: str) -> None:
        if self._end_import():
            self._show_error(message)
            self._update_state()
            return
        self._previewed_path = self._reading_path
        self._end_reading()
        self._show_preview(None)
        self._show_error(message)

    def _on_reader_stopped(self) -> None:
        if self._end_import():
            self._note = translate("ImportStatus", IMPORT_STOPPED)
            self._update_state()
            return
        self._previewed_path = None
        self._stopped = True
        self._note = translate("ImportStatus", STOPPED)
        self._end_reading()
        self._show_preview(None)
        self.status.setAccessibleDescription(translate("ImportStatus", STOPPED))

    def _end_import(self) -> bool:
        """After an import job's answer: the reading controls back as they were."""
        if not self._importing:
            return False
        self._importing = False
        self._progress_row.begin(importing=False)
        self._end_reading()
        return True

    def _on_file_edit_editing_finished(self) -> None:
        if self._needs_reading():
            self._refresh_preview()

    def _on_mapping_box_column_changed(self, column: int, key: object) -> None:
        if self.preview is None:
            return
        assert key is None or isinstance(key, str)
        self._mapping = remap(self._mapping if self._mapping is not None else self.preview.mapping, column, key)
        self._refresh_preview()

    def _on_good_rows_check_toggled(self, _checked: bool) -> None:
        self._update_state()

    def _on_buttons_accepted(self) -> None:
        if self._done:
            self.accept()
            return
        path = self._current_path()
        if self._reader.running and not self._needs_reading():
            return  # the preview is on its way: nothing is imported unseen
        if path is None or path != self._previewed_path or self.preview is None:
            # Return after typing a path previews it first: nothing is imported unseen.
            self._refresh_preview()
            return
        if not self.import_button.isEnabled():
            return
        # Everything the import needs is read from the widgets here, on the GUI thread.
        call = partial(self._import_fn, path, self._mapping, self.good_rows_check.isChecked(),
                       group_id=self.selected_group_id())
        self._importing = True
        self._note = ""
        self._error.hide()
        self._progress_row.begin(importing=True)
        self._progress_row.show()
        self._reader.start(call, translate("ImportStatus", IMPORT_FAILURE))
        self._update_state()

    def _imported(self, result: object) -> None:
        summarise = getattr(result, "summary", None)
        summary = str(summarise()) if callable(summarise) else str(result)
        if not getattr(result, "imported", True):
            # The file changed after the preview and now has rejected rows: show them, and why.
            self._refresh_preview()
            self._error_after_reading = summary
            return
        self.result_value = result
        group = self.group_combo.currentText() if self.selected_group_id() is not None else None
        self._finish(summary + result_details(result, group))

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
        self.import_button.setText(self.tr("Close"))
        describe_widget(self.import_button, self.tr("Close"), self.tr("The import is finished: close this window."))
        self.import_button.setEnabled(True)
        self.cancel_button.hide()
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
