"""Composition root: paths -> store -> services -> QApplication -> main window.

Nothing here is global: each object is built once and handed to what needs it. The
controller also answers the window's requests to open another store or the sample data.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator_app import APP_NAME, __version__, startup
from facilitator_app.errors import AppError, StorageError
from facilitator_app.paths import AppPaths, resolve_paths
from facilitator_app.services.container import build_services
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.store import open_store
from facilitator_app.ui.crash_dialog import install_exception_hook
from facilitator_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_main_window(store_path: str | Path, *, backups_dir: Path | None = None,
                       settings_file: Path | None = None) -> MainWindow:
    """Open the store at ``store_path`` and return the shown main window (a QApplication must exist)."""
    path = Path(store_path)
    store = open_store(path, backups_dir=backups_dir or path.parent / "backups")
    settings = QSettings(str(settings_file or resolve_paths().window_settings), QSettings.Format.IniFormat)
    window = MainWindow(build_services(store), settings)
    window.show()
    return window


class AppController:
    """Opens windows on stores and cleans up the throwaway sample stores afterwards."""

    def __init__(self, paths: AppPaths) -> None:
        self._paths = paths
        self._windows: list[MainWindow] = []
        self._temp_dirs: list[Path] = []

    def open_window(self, store_path: Path, *, demo: bool = False, replacing: QWidget | None = None) -> bool:
        try:
            window = create_main_window(store_path, backups_dir=None if demo else self._paths.backups,
                                        settings_file=self._paths.window_settings)
        except AppError as exc:
            log.warning("could not open %s: %s (%s)", store_path, exc.message, exc.detail)
            QMessageBox.critical(replacing, f"{APP_NAME}: the store could not be opened", exc.message)
            return False
        if demo:
            window.setWindowTitle(f"{APP_NAME} — sample data (invented people; changes are thrown away)")
        window.open_store_requested.connect(lambda path, w=window: self.open_window(path, replacing=w))
        window.new_store_requested.connect(lambda path, w=window: self._new_store(path, w))
        window.sample_data_requested.connect(lambda w=window: self.open_demo(parent=w))
        self._windows.append(window)
        if replacing is not None:
            replacing.close()
        return True

    def open_demo(self, parent: QWidget | None = None) -> bool:
        from facilitator_app.services.sample_data import build_sample_store

        folder = Path(tempfile.mkdtemp(prefix="facilitator-demo-"))
        self._temp_dirs.append(folder)
        try:
            build_sample_store(folder / "sample.sqlite3", scale="small", seed=1)
        except AppError as exc:
            QMessageBox.critical(parent, APP_NAME, exc.message)
            return False
        return self.open_window(folder / "sample.sqlite3", demo=True)

    def _new_store(self, path: Path, current: QWidget) -> None:
        if inspect_file(path) is not FileKind.MISSING:
            # The save dialog has already asked about replacing: never overwrite data, open it instead.
            QMessageBox.information(current, APP_NAME, f"{path} already exists, so it was not replaced. "
                                                       "It will be opened if it is a Facilitator store.")
        self.open_window(path, replacing=current)

    def cleanup(self) -> None:
        for folder in self._temp_dirs:
            shutil.rmtree(folder, ignore_errors=True)


def run_gui(paths: AppPaths, *, demo: bool = False, log_file: Path | None = None) -> int:
    """Run the window until it closes; returns the process exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    install_exception_hook(log_file)
    controller = AppController(paths)
    try:
        opened = controller.open_demo() if demo else controller.open_window(paths.store)
        startup.finish()
        if not opened:
            return 1
        return app.exec()
    except StorageError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    finally:
        controller.cleanup()
