"""The Handouts tab's file import: the Import… button, dropped files and the starter handouts."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from facilitator_app.domain.records import HandoutRecord
from facilitator_app.errors import AppError
from facilitator_app.services.handout_files import FILE_DIALOG_FILTER
from facilitator_app.services.handouts import HandoutService
from facilitator_app.ui.language import translate


class HandoutImportMixin(QWidget):
    """Brings files into the library, each import one undoable step. ``HandoutsPanel`` builds on it
    and says, in ``_added``, how new handouts are shown and undone."""

    error_raised: Signal
    status_message: Signal
    _handouts: HandoutService
    _last_folder: Path

    def _added(self, ids: list[uuid.UUID], what: str, focus: uuid.UUID) -> None:
        """Show the handouts just added, select ``focus``, and make "``what``" one undo step."""
        raise NotImplementedError

    def _on_import_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import handouts"), str(self._last_folder),
            self.tr("{FILE_DIALOG_FILTER};;All files (*)").format(FILE_DIALOG_FILTER=FILE_DIALOG_FILTER))
        if paths:
            self._last_folder = Path(paths[0]).parent
            self.import_files(paths)

    def import_files(self, paths: Sequence[Path | str]) -> list[HandoutRecord]:
        """Import the files in one step: a refused file is explained and the others still come in."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._handouts.import_files(paths, origin=self)
            added, refused = list(result.added), list(result.refused)
        except AppError as exc:  # the write itself failed: none came in
            added, refused = [], [exc.message]
        finally:
            QApplication.restoreOverrideCursor()
        if count := len(added):
            what = self.tr("“{title}”").format(title=added[0].title) if count == 1 else translate(
                "HandoutImportMixin", "%n handout(s)", "", count)
            self._added([h.id for h in added], self.tr("Import {what}").format(what=what), added[-1].id)
            self.status_message.emit(self.tr(
                "Added {what} to the library. Edit… adds topics and a description.").format(what=what))
        if refused:
            if len(paths) == 1:
                self.error_raised.emit(refused[0])
            else:
                head = (self.tr("{refused} of the {count} files were not imported:") if not added else self.tr(
                    "{refused} of the {count} files were not imported; the others were:")).format(
                    refused=len(refused), count=len(paths))
                self.error_raised.emit("\n\n".join([head, *refused]))
        return added

    def add_starter_handouts(self) -> list[HandoutRecord]:
        try:
            added = self._handouts.add_starter_handouts(origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return []
        if not added:
            self.status_message.emit(self.tr("The starter handouts are already in the library."))
            return []
        self._added([h.id for h in added], self.tr("Add the starter handouts"), added[0].id)
        self.status_message.emit(self.tr("Added {count} starter handouts. Edit them to suit your group.").format(
            count=len(added)))
        return added

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
            self.status_message.emit(self.tr("Drop the files here to add them to the handout library."))
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
