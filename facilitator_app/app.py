"""Composition root: paths -> store -> services -> QApplication -> main window.

Nothing here is global: each object is built once and handed to what needs it.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app import APP_NAME, __version__
from facilitator_app.errors import AppError
from facilitator_app.paths import AppPaths
from facilitator_app.services.container import build_services
from facilitator_app.storage.store import open_store
from facilitator_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_main_window(store_path: str | Path, *, backups_dir: Path | None = None) -> MainWindow:
    """Open the store at ``store_path`` and return the shown main window (a QApplication must exist)."""
    path = Path(store_path)
    store = open_store(path, backups_dir=backups_dir or path.parent / "backups")
    window = MainWindow(build_services(store))
    window.show()
    return window


def run_gui(paths: AppPaths, *, demo: bool = False) -> int:
    """Run the window until it closes; returns the process exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Facilitator")
    demo_dir: Path | None = None
    try:
        store_path = paths.store
        if demo:
            from facilitator_app.services.sample_data import build_sample_store

            demo_dir = Path(tempfile.mkdtemp(prefix="facilitator-demo-"))
            store_path = demo_dir / "sample.sqlite3"
            build_sample_store(store_path, scale="small", seed=1)
        try:
            window = create_main_window(store_path, backups_dir=paths.backups if not demo else None)
        except AppError as exc:
            log.warning("could not open %s: %s (%s)", store_path, exc.message, exc.detail)
            QMessageBox.critical(None, f"{APP_NAME}: the store could not be opened", exc.message)
            return 1
        if demo:
            window.setWindowTitle(f"{window.windowTitle()} (sample data: changes are thrown away)")
        return app.exec()
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
