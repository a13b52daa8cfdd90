"""One hook for unexpected errors: log the detail, and tell the person calmly what it means."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app import APP_NAME
from facilitator_app.errors import AppError
from facilitator_app.ui.language import translate

log = logging.getLogger(__name__)


def install_exception_hook(log_file: Path | None) -> None:
    """Route uncaught exceptions to the log and a calm dialog instead of a silent crash."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, AppError):
            QMessageBox.warning(None, APP_NAME, value.message)
            return
        where = translate("CrashDialog",
                          "The details were written to {log_file}.").format(log_file=log_file) if log_file else ""
        QMessageBox.critical(
            None, translate("CrashDialog", "{APP_NAME}: something went wrong").format(APP_NAME=APP_NAME),
            translate("CrashDialog", "Something unexpected went wrong. Everything you had saved is safe: each "
                                     "change is saved as you make it.\n\nYou can carry on, or close and reopen the "
                                     "app. {where}").format(where=where))

    sys.excepthook = hook
