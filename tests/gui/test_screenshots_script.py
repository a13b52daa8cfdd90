"""packaging/screenshots.py: every panel at each asked size, each file named with its size."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "screenshots.py"


@pytest.fixture(scope="module")
def screenshots() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_both_sizes_are_the_default_and_a_size_reads_as_width_x_height(screenshots: ModuleType) -> None:
    assert screenshots.SIZES == ((960, 600), (1366, 768))
    assert screenshots.parse_size("1280X720") == (1280, 720)
    for wrong in ("960", "960x", "0x600", "wide"):
        with pytest.raises(argparse.ArgumentTypeError, match="WIDTHxHEIGHT|above 0"):
            screenshots.parse_size(wrong)


def test_each_shot_is_named_with_its_size_and_has_it(qtbot, screenshots: ModuleType,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    saved = screenshots.main(tmp_path / "shots", ((960, 600),))
    names = {path.name for path in saved}
    for panel in ("attendance-group1", "roster-group2", "checkins", "notes", "handouts", "welcome",
                  "getting-started"):
        assert f"{panel}-960x600.png" in names
    for path in saved:
        image = QImage(str(path))
        if path.name.startswith("getting-started"):   # the guide beside the window: it fits the screen
            assert 0 < image.width() <= 960 and 0 < image.height() <= 600, path.name
        else:
            assert (image.width(), image.height()) == (960, 600), path.name


def test_a_text_size_and_high_contrast_are_named_in_the_files(qtbot, screenshots: ModuleType,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    try:
        saved = screenshots.main(tmp_path / "shots", ((960, 600),), "largest", True)
        assert "notes-960x600-largest-contrast.png" in {path.name for path in saved}
        welcome = QImage(str(tmp_path / "shots" / "welcome-960x600-largest-contrast.png"))
        assert QColor(welcome.pixel(welcome.width() // 2, welcome.height() - 40)) in (QColor("#ffffff"),
                                                                                     QColor("#000000"))
    finally:
        screenshots.main(tmp_path / "again", ((960, 600),))   # normal text and colours for the tests after
    assert QApplication.palette().color(QPalette.ColorRole.Window) != QColor("#ffffff")
