"""Save a screenshot of every panel of the main window, offscreen, at 1366x768.

    python packaging/screenshots.py [OUT_DIR]      (default: shots/)

It builds the small sample store (invented people only) in a temporary folder, so the
pictures can be shared. Open the PNGs and look: clipped text, cramped columns, contrast.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QListView, QTableView, QTabWidget  # noqa: E402

from facilitator_app.app import create_main_window  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402

SIZE = (1366, 768)


def main(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "sample.sqlite3"
        build_sample_store(store, scale="small", seed=1, today=date.today())
        window = create_main_window(store, settings_file=Path(tmp) / "window.ini")
        window.resize(*SIZE)

        def shot(name: str) -> None:
            app.processEvents()
            path = out_dir / f"{name}.png"
            window.grab().save(str(path))
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
        window.close()

        empty = create_main_window(Path(tmp) / "empty.sqlite3", settings_file=Path(tmp) / "window.ini")
        empty.resize(*SIZE)
        app.processEvents()
        path = out_dir / "welcome.png"
        empty.grab().save(str(path))
        saved.append(path)
        empty.close()
    return saved


if __name__ == "__main__":
    for written in main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots")):
        print(written)
