"""Composition root: paths -> store -> services -> QApplication -> main window.

Nothing here is global: each object is built once and handed to what needs it. The
controller also answers the window's requests to open another store or the sample data,
and removes the sample data's folder afterwards, also when the system ends the app
(SIGTERM, SIGINT, SIGHUP: see ui/quit_on_signal.py).
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator_app import APP_NAME, __version__, private_files, startup
from facilitator_app.errors import AppError, StorageError, StoreDamagedError
from facilitator_app.paths import AppPaths, is_server_url, masked_url, real_store_path, resolve_paths
from facilitator_app.services.backups import BackupService, latest_verified, recover_from_latest
from facilitator_app.services.container import build_services
from facilitator_app.services.unlocking import passphrase_matches
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.keys import has_key_file
from facilitator_app.storage.lock import acquire
from facilitator_app.storage.store import open_store
from facilitator_app.ui.app_icon import install_app_icon
from facilitator_app.ui.appearance import apply_appearance
from facilitator_app.ui.crash_dialog import install_exception_hook
from facilitator_app.ui.focus_style import install_focus_frame
from facilitator_app.ui.gc_on_main_thread import MainThreadGarbageCollector
from facilitator_app.ui.language import ensure_installed
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.quit_on_signal import QuitOnSignal
from facilitator_app.ui.store_keys import after_open, prepare_key

log = logging.getLogger(__name__)
PASSPHRASE_ENV_VAR = "FACILITATOR_APP_PASSPHRASE"
UNLOCK_FAILED = "unlock.failed"   # the audit trail's action for a wrong passphrase on the lock screen


def create_main_window(store_path: str | Path, *, backups_dir: Path | None = None,
                       settings_file: str | Path | None = None, back_up: bool = True,
                       sample_data: bool = False) -> MainWindow:
    """Open the store at ``store_path`` and return the shown main window (a QApplication must exist).

    The file is locked for this window (a second window on it is refused), and backed up
    while changes are made and on close unless ``back_up`` is false (throwaway sample data).
    ``sample_data`` opens each group on its latest held session rather than the next one.
    """
    path = real_store_path(store_path)
    folder = backups_dir or path.parent / "backups"
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window needs a QApplication (widgets), not a bare QCoreApplication.")
    install_focus_frame(app)  # one style for every window
    install_app_icon(app)  # and one icon, the passphrase dialog's included
    settings_path = Path(settings_file) if settings_file else resolve_paths().window_settings
    # The language first, so even the passphrase dialog speaks it (the first window decides).
    ensure_installed(app, QSettings(str(settings_path), QSettings.Format.IniFormat))
    lock = acquire(path)
    try:
        # The passphrase dialog (or consent to encrypt an older store) only when the key is not at hand.
        prepared = prepare_key(path, folder)
        store = open_store(path, backups_dir=folder, passphrase=prepared.passphrase)
    except BaseException:
        lock.release()
        raise
    private_files.tighten_store(path, folder)  # one an older version left readable to others
    private_files.make_private(settings_path)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    apply_appearance(app, settings)  # text size and contrast first: the window is built at that size
    services = build_services(store)
    window = MainWindow(services, settings, BackupService(path, folder) if back_up else None, lock,
                        sample_data=sample_data, unlock_check=store_unlock_check(path),
                        on_failed_unlock=lambda failures: services.audit.record(UNLOCK_FAILED, attempts=failures))
    window.show()
    if not sample_data:
        after_open(window, path, prepared, store.opened.recovery_key)
    return window


def create_server_window(url: str, *, settings_file: str | Path | None = None) -> MainWindow:
    """Open the store on a PostgreSQL server at ``url`` and return the shown main window.

    No lock file (the server serves many laptops at once), no passphrase (the server's logins
    protect it; the lock screen uses FACILITATOR_APP_PASSPHRASE when set) and no automatic backup
    files (the server's administrator backs it up; ``db backup`` writes a portable copy on request).
    """
    from facilitator_app.storage.server import display_name

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_server_window needs a QApplication (widgets), not a bare QCoreApplication.")
    install_focus_frame(app)
    settings_path = Path(settings_file) if settings_file else resolve_paths().window_settings
    ensure_installed(app, QSettings(str(settings_path), QSettings.Format.IniFormat))
    store = open_store(url)
    private_files.make_private(settings_path)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    apply_appearance(app, settings)
    services = build_services(store)
    window = MainWindow(services, settings, None, None, unlock_check=environment_unlock_check(),
                        on_failed_unlock=lambda failures: services.audit.record(UNLOCK_FAILED, attempts=failures))
    window.set_document_title(display_name(url))
    window.show()
    return window


def store_unlock_check(path: Path) -> Callable[[str], bool] | None:
    """The lock screen's passphrase check: the store's own passphrase (its key file unwrapped, nothing
    changed); for a file without a key file (throwaway or older stores), the environment's."""
    if has_key_file(path):
        return lambda typed: passphrase_matches(path, typed)
    return environment_unlock_check()


def environment_unlock_check(environ: Mapping[str, str] | None = None) -> Callable[[str], bool] | None:
    """The lock screen's passphrase check until the stores have their own passphrase: the one in
    ``FACILITATOR_APP_PASSPHRASE`` when it is set, else None (no passphrase: the lock screen unlocks
    with one click)."""
    expected = (os.environ if environ is None else environ).get(PASSPHRASE_ENV_VAR)
    if not expected:
        return None
    wanted = expected.encode("utf-8")
    return lambda typed: hmac.compare_digest(typed.encode("utf-8"), wanted)


class AppController:
    """Opens windows on stores and cleans up the throwaway sample stores afterwards."""

    def __init__(self, paths: AppPaths, quitting: Callable[[], bool] = lambda: False) -> None:
        self._paths = paths
        self._quitting = quitting  # the system asked the app to end: open nothing more, ask nothing more
        self._windows: list[MainWindow] = []
        self._temp_dirs: list[Path] = []

    def open_window(self, store_path: Path | str, *, demo: bool = False, replacing: QWidget | None = None) -> bool:
        if replacing is not None:
            replacing.close()  # lets go of its lock before the new window takes it
        if is_server_url(store_path):
            return self._open_server_window(str(store_path))
        store_path = real_store_path(store_path)  # a link: its backups are those of the file it points to
        backups_dir = None if demo else self._paths.backups
        try:
            window = create_main_window(store_path, backups_dir=backups_dir,
                                        settings_file=self._paths.window_settings, back_up=not demo,
                                        sample_data=demo)
        except AppError as exc:
            if self._quitting():
                log.info("not opened, the app is ending: %s", exc.message)
                return False
            if isinstance(exc, StoreDamagedError):
                return self._offer_recovery(store_path, backups_dir or store_path.parent / "backups", exc)
            log.warning("could not open %s: %s (%s)", store_path, exc.message, exc.detail)
            QMessageBox.critical(None, f"{APP_NAME}: the data file could not be opened", exc.message)
            return False
        if demo:
            window.set_document_title("Sample data (invented people; changes are thrown away)")
        window.open_store_requested.connect(lambda path, w=window: self.open_window(path, replacing=w))
        window.new_store_requested.connect(lambda path, w=window: self._new_store(path, w))
        window.sample_data_requested.connect(lambda w=window: self.open_demo(parent=w))
        window.reopen_requested.connect(lambda path, w=window: self.open_window(path, replacing=w))
        self._windows.append(window)
        return True

    def _open_server_window(self, url: str) -> bool:
        try:
            window = create_server_window(url, settings_file=self._paths.window_settings)
        except AppError as exc:
            if self._quitting():
                return False
            log.warning("could not open %s: %s (%s)", masked_url(url), exc.message, exc.detail)
            QMessageBox.critical(None, f"{APP_NAME}: the store on the server could not be opened", exc.message)
            return False
        window.open_store_requested.connect(lambda path, w=window: self.open_window(path, replacing=w))
        window.new_store_requested.connect(lambda path, w=window: self._new_store(path, w))
        window.sample_data_requested.connect(lambda w=window: self.open_demo(parent=w))
        self._windows.append(window)
        return True

    def _offer_recovery(self, path: Path, backups_dir: Path, exc: AppError) -> bool:
        """A damaged data file: say what is wrong and offer the newest checked backup."""
        log.warning("damaged store %s: %s (%s)", path, exc.message, exc.detail)
        title = f"{APP_NAME}: the data file could not be opened"
        if latest_verified(backups_dir, path) is None:
            QMessageBox.critical(None, title, exc.message)
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, title, exc.message)
        restore = box.addButton("Restore the newest backup", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Close", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not restore:
            return False
        try:
            recover_from_latest(path, backups_dir)
        except AppError as error:
            QMessageBox.critical(None, APP_NAME, error.message)
            return False
        return self.open_window(path)

    def open_demo(self, parent: QWidget | None = None) -> bool:
        from facilitator_app.services.sample_data import build_sample_store

        folder = Path(tempfile.mkdtemp(prefix="facilitator-demo-"))
        self._temp_dirs.append(folder)
        try:
            # Invented people, thrown away on close: encrypted like any store, with a passphrase nobody
            # needs to know (this process keeps the key while the window is open).
            build_sample_store(folder / "sample.sqlite3", scale="small", seed=1,
                               passphrase=secrets.token_urlsafe(24))
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
    current = QApplication.instance()  # typed as the core application; a GUI run only ever has the widgets one
    app = current if isinstance(current, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    install_exception_hook(log_file)
    quitter = QuitOnSignal(app)  # SIGTERM and friends end the event loop, so the clean-up below runs
    controller = AppController(paths, quitting=lambda: quitter.requested)
    try:
        opened = controller.open_demo() if demo else controller.open_window(paths.location)
        startup.finish(automatic=False)
        collector = MainThreadGarbageCollector(app)  # noqa: F841 (lives as long as the app)
        if quitter.requested:  # while a dialog at start was open: quit() cannot end a loop not yet running
            app.closeAllWindows()
            return 0
        if not opened:
            return 1
        return app.exec()
    except StorageError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    finally:
        quitter.uninstall()
        controller.cleanup()
