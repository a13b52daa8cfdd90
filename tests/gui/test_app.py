"""The composition root: opening stores, refusing wrong files, and the throwaway sample store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app.app import AppController
from facilitator_app.paths import resolve_paths
from facilitator_app.ui.main_window import MainWindow


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_sample_data_opens_in_its_own_window_and_is_thrown_away(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = AppController(resolve_paths(tmp_path / "mine.sqlite3"))
    assert controller.open_demo()
    window = _windows()[-1]
    qtbot.addWidget(window)
    assert "sample data" in window.windowTitle()
    assert window.services.groups.list_groups()
    folder = window.services.store.path.parent
    window.close()
    controller.cleanup()
    assert not folder.exists()
    assert not (tmp_path / "mine.sqlite3").exists()  # the user's own store was never touched


def test_a_wrong_file_is_explained_and_left_alone(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    given = tmp_path / "members.csv"
    given.write_text("Name,Phone\nZoë,07700 900123\n", encoding="utf-8")
    before = given.read_bytes()
    controller = AppController(resolve_paths(given))
    assert not controller.open_window(given)
    assert len(shown) == 1 and "not a Facilitator store" in shown[0]
    assert given.read_bytes() == before
