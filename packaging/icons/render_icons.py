"""Render the app icon's PNGs, the Windows .ico and the macOS .icns from the hand-drawn SVGs.

    python packaging/icons/render_icons.py

Writes, from ``packaging/icons/facilitator-app.svg`` (32 px and up) and ``facilitator-app-small.svg``
(16 and 24 px, the heads only, which stay apart at that size):

- ``facilitator_app/resources/icons/facilitator-app-<N>.png`` for every N in ``SIZES`` and a copy of
  the SVG next to them (package data: the window's icon, and the .deb's hicolor icons);
- ``packaging/icons/facilitator-app.ico`` (Windows: the bundle's and the installer's icon), every
  size up to 256 in one file: Qt's own ICO writer encodes each size (it writes one image per file),
  and this script puts the entries together; 256 is stored as PNG, as Windows expects;
- ``packaging/icons/facilitator-app.icns`` (macOS), PNG entries put together here, because Qt's ICNS
  writer leaves a table of contents that its own reader calls corrupt.

The outputs are committed; run this again after changing an SVG, then look at the 16, 32 and 256
pixel PNGs. Rendering is Qt's (QSvgRenderer), offscreen.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SVG = HERE / "facilitator-app.svg"
SMALL_SVG = HERE / "facilitator-app-small.svg"
SMALL_UP_TO = 24  # sizes at or below this come from the heads-only drawing
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can be
# ICNS element types whose data may be PNG, by pixel size (the @2x ones repeat a size for Retina).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))
RESOURCE_DIR = ROOT / "facilitator_app" / "resources" / "icons"
ICO = HERE / "facilitator-app.ico"
ICNS = HERE / "facilitator-app.icns"


def png_name(size: int) -> str:
    return f"facilitator-app-{size}.png"


def render(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, antialiased, on a transparent background."""
    source = SMALL_SVG if size <= SMALL_UP_TO else SVG
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def encode(image: QImage, fmt: bytes) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(fmt))
    if not writer.write(image):
        raise SystemExit(f"Qt could not write {fmt.decode()}: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """One .ico holding every size: Qt's single-image ICOs (BMP data) below 256, PNG at 256."""
    entries: list[tuple[int, bytes]] = []
    for size in ICO_SIZES:
        if size >= 256:
            entries.append((size, encode(images[size], b"png")))
            continue
        single = encode(images[size], b"ico")
        _reserved, kind, count = struct.unpack_from("<HHH", single, 0)
        if (kind, count) != (1, 1):
            raise SystemExit(f"Qt's ICO for {size} px is not one icon image")
        length, offset = struct.unpack_from("<II", single, 6 + 8)
        entries.append((size, single[offset:offset + length]))
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory, payload = b"", b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs one to draw)
    RESOURCE_DIR.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in SIZES}
    pngs = {size: encode(image, b"png") for size, image in images.items()}
    written: list[Path] = []
    for size, data in pngs.items():
        path = RESOURCE_DIR / png_name(size)
        path.write_bytes(data)
        written.append(path)
    svg_copy = RESOURCE_DIR / "facilitator-app.svg"
    shutil.copyfile(SVG, svg_copy)
    ICO.write_bytes(ico_bytes(images))
    ICNS.write_bytes(icns_bytes(pngs))
    return [*written, svg_copy, ICO, ICNS]


if __name__ == "__main__":
    for written_path in main():
        print(written_path.relative_to(ROOT))
