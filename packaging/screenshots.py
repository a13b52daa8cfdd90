"""Save a screenshot of every panel of the main window, offscreen, at 960x600 and 1366x768.

    python packaging/screenshots.py [OUT_DIR] [--size WxH ...] [--text-size largest] [--high-contrast]
    (default: shots/, both sizes, normal text, the system's colours)

960x600 is the window's smallest size and 1366x768 the smallest laptop screen in real use;
each file is named with its size (``notes-960x600.png``), and with the text size and high contrast
when they are asked for (``notes-960x600-largest-contrast.png``). It builds the small sample store
(invented people only) in a temporary folder, so the pictures can be shared. Open the PNGs
and look: clipped text, overlapping boxes, cramped columns, contrast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListView, QTableView, QTabWidget  # noqa: E402

from facilitator_app.app import create_main_window  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402
from facilitator_app.storage.keys_source import ENV_PASSPHRASE as PASSPHRASE_ENV_VAR  # noqa: E402
from facilitator_app.ui.contrast import store_high_contrast  # noqa: E402
from facilitator_app.ui.text_size import TEXT_SIZES, store_text_size  # noqa: E402

SIZES = ((960, 600), (1366, 768))
SAMPLE_PASSPHRASE = "sample passphrase, not a real one"  # invented, for the throwaway stores only


def parse_size(text: str) -> tuple[int, int]:
    """``"960x600"`` -> ``(960, 600)``; argparse shows the error sentence on anything else."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: write it as WIDTHxHEIGHT, e.g. 960x600") from None
    if width < 1 or height < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: both numbers must be above 0")
    return width, height


def main(out_dir: Path, sizes: tuple[tuple[int, int], ...] = SIZES, text_size: str = "normal",
         high_contrast: bool = False) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "sample.sqlite3"
        with _sample_passphrase() as passphrase:
            build_sample_store(store, scale="small", seed=1, today=date.today(), passphrase=passphrase)
            for width, height in sizes:
                suffix = f"{width}x{height}" + ("" if text_size == "normal" else f"-{text_size}") \
                    + ("-contrast" if high_contrast else "")
                settings = QSettings(str(Path(tmp) / f"window-{suffix}.ini"), QSettings.Format.IniFormat)
                store_text_size(settings, text_size)
                store_high_contrast(settings, high_contrast)
                del settings
                saved += _shots(app, Path(tmp), store, out_dir, (width, height), suffix)
    return saved


@contextlib.contextmanager
def _sample_passphrase() -> Iterator[str]:
    """The throwaway stores' passphrase, given as scripts give it (the environment), so that no
    passphrase dialog waits for a person: the one already set, else an invented one."""
    before = os.environ.get(PASSPHRASE_ENV_VAR)
    os.environ[PASSPHRASE_ENV_VAR] = before or SAMPLE_PASSPHRASE
    try:
        yield os.environ[PASSPHRASE_ENV_VAR]
    finally:
        if before is None:
            del os.environ[PASSPHRASE_ENV_VAR]


def _shots(app: QApplication, tmp: Path, store: Path, out_dir: Path, size: tuple[int, int],
           suffix: str) -> list[Path]:
    saved: list[Path] = []
    window = create_main_window(store, settings_file=tmp / f"window-{suffix}.ini", back_up=False)
    window.resize(*size)

    def shot(name: str, widget: object = window) -> None:
        app.processEvents()
        path = out_dir / f"{name}-{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)

    tabs = window.findChild(QTabWidget, "sessionTabs")
    sessions = window.findChild(QListView, "sessionList")
    groups = window.findChild(QListView, "groupList")
    for row in range(groups.model().rowCount()):
        groups.setCurrentIndex(groups.model().index(row, 0))
        # The latest held session: a sheet with statuses filled in.
        model = sessions.model()
        held = [r for r in range(model.rowCount()) if "held" in (model.index(r, 0).data() or "")]
        if held:
            sessions.setCurrentIndex(model.index(held[-1], 0))
        tabs.setCurrentIndex(0)
        shot(f"attendance-group{row + 1}")
        tabs.setCurrentIndex(4)
        shot(f"roster-group{row + 1}")
    # The other tabs on the latest held session (still selected): filled in, as after a session.
    for index, name in ((1, "checkins"), (2, "notes"), (3, "handouts")):
        tabs.setCurrentIndex(index)
        deadline = time.monotonic() + 5  # previews and charts finish on the event loop
        while time.monotonic() < deadline:
            app.processEvents()
            preview = window.findChild(QLabel, "handoutPreview")
            if name != "handouts" or (preview is not None and "Preparing" not in preview.text()):
                break
        shot(name)
    tabs.setCurrentIndex(0)
    sessions.setCurrentIndex(sessions.model().index(sessions.model().rowCount() - 1, 0))
    window.findChild(QTableView, "attendanceView").setFocus()
    shot("attendance-upcoming")
    window.findChild(QAction, "gettingStartedAction").trigger()
    guide = window.findChild(QDialog, "gettingStartedDialog")
    if guide is not None:
        guide.fit_to(QSize(*size))   # as on a screen of this size
        shot("getting-started", guide)
        guide.close()
    window.close()

    empty = create_main_window(tmp / f"empty-{suffix}.sqlite3", settings_file=tmp / f"window-{suffix}.ini",
                               back_up=False)
    empty.resize(*size)
    shot("welcome", empty)
    empty.close()
    return saved


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Save a screenshot of every panel of the main window.")
    parser.add_argument("out_dir", nargs="?", type=Path, default=Path("shots"),
                        help="the folder for the PNG files (default: shots/)")
    parser.add_argument("--size", action="append", type=parse_size, metavar="WxH",
                        help="a window size to take, e.g. 960x600; repeat for more (default: 960x600 and 1366x768)")
    parser.add_argument("--text-size", choices=list(TEXT_SIZES), default="normal",
                        help="the View > Text size to take them at (default: normal)")
    parser.add_argument("--high-contrast", action="store_true", help="take them in high contrast")
    return parser.parse_args()


if __name__ == "__main__":
    args = _arguments()
    for written in main(args.out_dir, tuple(args.size) if args.size else SIZES, args.text_size, args.high_contrast):
        print(written)
