"""The app icon: every PNG is there at the size its name says, the .ico and .icns hold every size, and the
package data (what the window and the .deb use) is what packaging/icons/render_icons.py draws from."""

from __future__ import annotations

import struct
import tomllib
from pathlib import Path

from PIL import Image

from facilitator_app.ui.app_icon import ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "facilitator_app" / "resources" / "icons"
PACKAGING = ROOT / "packaging" / "icons"


def test_every_png_is_the_size_its_name_says() -> None:
    assert ICON_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in ICON_SIZES:
        with Image.open(RESOURCES / f"facilitator-app-{size}.png") as image:
            assert image.format == "PNG" and image.size == (size, size)
            rgba = image.convert("RGBA")
            # A drawn tile: see-through corners (rounded), solid in the middle (the warm light).
            assert rgba.getpixel((0, 0))[3] < 128
            assert rgba.getpixel((size // 2, size // 2))[3] == 255


def test_the_packaged_svg_is_the_one_drawn_in_packaging() -> None:
    assert (RESOURCES / "facilitator-app.svg").read_bytes() == (PACKAGING / "facilitator-app.svg").read_bytes()


def test_the_windows_ico_holds_every_size_up_to_256() -> None:
    data = (PACKAGING / "facilitator-app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sides = sorted(struct.unpack_from("<B", data, 6 + 16 * index)[0] or 256 for index in range(count))
    assert sides == [size for size in ICON_SIZES if size <= 256]
    with Image.open(PACKAGING / "facilitator-app.ico") as image:
        assert image.size == (256, 256)


def test_the_macos_icns_holds_the_sizes_macos_asks_for() -> None:
    data = (PACKAGING / "facilitator-app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kinds.add(data[offset:offset + 4])
        offset += struct.unpack_from(">I", data, offset + 4)[0]
    assert {b"ic07", b"ic08", b"ic09"} <= kinds  # 128, 256 and 512 pixels, as PNG


def test_the_icons_are_package_data() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "resources/icons/*" in pyproject["tool"]["setuptools"]["package-data"]["facilitator_app"]
