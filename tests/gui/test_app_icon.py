"""The window wears the app's icon, read from the package data (the same PNGs the .deb installs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from facilitator_app.app import create_main_window
from facilitator_app.ui.app_icon import APP_ID, ICON_SIZES, app_icon


def test_the_main_window_shows_the_app_icon(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon())  # an earlier test's window may have set it already
    window = create_main_window(tmp_path / "mine.sqlite3", settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(256, 256)} <= set(icon.availableSizes())
    # Wayland matches the window to the installed desktop entry (and its icon) by this name.
    assert QGuiApplication.desktopFileName() == APP_ID
    window.close()


def test_every_size_of_the_icon_is_package_data(qtbot) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
    for size in ICON_SIZES:
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255 and centre.red() > 200 and centre.blue() < 120  # the warm light in the middle


def test_the_icon_also_loads_from_a_zipped_package(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Not every install is a folder: from a zip the PNGs are read as bytes, since Qt cannot open them by name."""
    import zipfile

    from facilitator_app.ui import app_icon as module

    folder = Path(module.__file__).resolve().parents[1] / "resources" / "icons"
    archive = tmp_path / "facilitator_app.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for size in ICON_SIZES:
            zipped.write(folder / f"facilitator-app-{size}.png", f"resources/icons/facilitator-app-{size}.png")
    monkeypatch.setattr(module.resources, "files", lambda _package: zipfile.Path(archive))
    icon = module.app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
    assert icon.pixmap(16, 16).toImage().pixelColor(8, 8).alpha() == 255
