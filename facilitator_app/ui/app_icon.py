"""The app's icon for its windows, read from the package data (facilitator_app/resources/icons).

The same PNGs go into the .deb's hicolor theme (packaging/linux/make-deb.sh), and the desktop entry
and the AppStream metainfo are named after ``APP_ID``, so that the window, the menu entry and the
software centre all show the one icon. packaging/icons/render_icons.py draws the PNGs.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

APP_ID = "org.facilitatorapp.facilitator"   # reverse-DNS: the .desktop file's and the metainfo's name
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every size of the icon, so Qt picks a drawn one for title bars, task bars and Alt+Tab.

    Files on disk (an installed package, the bundle) are named to Qt, which reads each size only when it
    is first drawn (reading all of them up front cost 15 ms of start-up); anything else (a zip) is read
    as bytes."""
    folder = resources.files("facilitator_app") / "resources" / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"facilitator-app-{size}.png"
        if isinstance(png, Path):
            icon.addFile(str(png), QSize(size, size))
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(png.read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def install_app_icon(app: QGuiApplication) -> None:
    """Give every window of ``app`` the icon (once), and tell Wayland which desktop entry it belongs to."""
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
