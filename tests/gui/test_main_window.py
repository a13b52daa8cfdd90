"""The window opens on a real store, lists its groups, and closes the store with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListView, QTextBrowser

from facilitator_app.app import create_main_window
from facilitator_app.services.container import build_services
from facilitator_app.storage.store import open_store
from facilitator_app.ui.models.group_list_model import GROUP_ID_ROLE, GroupListModel
from tests.helpers.fixtures import weekly_draft


def _store_with_groups(path: Path, *names: str) -> None:
    store = open_store(path)
    services = build_services(store)
    for name in names:
        services.groups.create_group(weekly_draft(name))
    store.close()


@pytest.fixture
def model(qtmodeltester, tmp_path: Path) -> GroupListModel:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.sqlite3"
    _store_with_groups(path, "Tuesday Evening Peer Support", "Zoë's Saturday Circle")
    store = open_store(path)
    model = GroupListModel()
    model.set_groups(build_services(store).groups.list_groups())
    store.close()
    qtmodeltester.check(model, force_py=True)
    return model


def test_group_model_serves_names_ids_and_tooltips(model: GroupListModel) -> None:
    assert model.rowCount() == 2
    first = model.index(0)
    assert model.data(first) == "Tuesday Evening Peer Support"
    assert "Every Tuesday at 18:30" in model.data(first, 3)  # ToolTipRole
    assert model.data(first, GROUP_ID_ROLE) == model.group_at(0).id
    assert model.data(model.index(5)) is None


def test_window_lists_groups_and_names_the_store(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.sqlite3"
    _store_with_groups(path, "Tuesday Evening Peer Support", "Łukasz's Thursday Group")
    window = create_main_window(path)
    qtbot.addWidget(window)
    assert window.objectName() == "mainWindow" and window.isVisible()
    groups = window.findChild(QListView, "groupList")
    assert groups.model().rowCount() == 2
    assert groups.accessibleName() and groups.toolTip()
    overview = window.findChild(QTextBrowser, "groupOverview")
    qtbot.waitUntil(lambda: "Łukasz's Thursday Group" in overview.toPlainText()
                    or "Tuesday Evening" in overview.toPlainText())
    assert str(path) in window.findChild(QLabel, "storeLabel").text()


def test_empty_store_shows_a_welcome(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(tmp_path / "new.sqlite3")
    qtbot.addWidget(window)
    assert "Welcome" in window.findChild(QTextBrowser, "groupOverview").toPlainText()


def test_back_up_now_writes_a_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.sqlite3"
    _store_with_groups(path, "Tuesday Evening Peer Support")
    window = create_main_window(path, backups_dir=tmp_path / "backups")
    qtbot.addWidget(window)
    window.findChild(QAction, "backupNowAction").trigger()
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert "Backup written" in window.statusBar().currentMessage()


def test_closing_the_window_closes_the_store(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.sqlite3"
    _store_with_groups(path, "Tuesday Evening Peer Support")
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.close()
    # Once every connection is closed SQLite folds the WAL back into the file.
    assert not Path(f"{path}-wal").exists()
