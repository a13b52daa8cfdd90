"""The window opens on a store on the server: the groups are there, a change is saved on the
server, and no lock file or backup is made on this laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator_app.app import AppController, create_server_window
from facilitator_app.cli import main
from facilitator_app.paths import resolve_paths
from facilitator_app.services.backups import SERVER_BACKUPS
from facilitator_app.services.container import build_services
from facilitator_app.storage.store import open_store


def test_the_window_opens_on_the_server_and_saves_there(qtbot: QtBot, pg_url: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", pg_url, "demo-data"]) == 0
    capsys.readouterr()
    window = create_server_window(pg_url, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    assert "on 127.0.0.1" in window.windowTitle()
    label = window.findChild(QLabel, "storeLabel")
    assert label is not None and "postgresql://" in label.text()
    services = window._services   # the same services the panels use
    group = services.groups.list_groups()[0]
    services.notes.set_template(group.id, "Opening round")
    passphrase = window.findChild(QAction, "changePassphraseAction")
    assert passphrase is not None and not passphrase.isEnabled()   # the server's logins protect it
    said: list[str] = []
    window._safety.error_raised.disconnect()   # the window would show it in a modal box
    window._safety.error_raised.connect(said.append)
    window._safety.back_up_now()
    assert said == [SERVER_BACKUPS]
    window.close()
    with open_store(pg_url) as store:
        assert build_services(store).notes.template(group.id) == "Opening round"
    assert not list(tmp_path.rglob("*.lock")) and not list(tmp_path.rglob("facilitator-*.sqlite3"))


def test_the_app_opens_a_server_url_given_with_db(qtbot: QtBot, pg_url: str, tmp_path: Path) -> None:
    controller = AppController(resolve_paths(pg_url))
    assert controller.open_window(resolve_paths(pg_url).location)
    window = controller._windows[0]
    qtbot.addWidget(window)
    assert window._services.store.is_server   # an empty database became a store
    window.close()


def test_a_member_is_erased_from_the_window_on_the_server(qtbot: QtBot, pg_url: str, tmp_path: Path) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QTableView, QWidget

    from facilitator_app.services.members import MemberDraft
    from tests.gui.modal_dialogs import when_dialog_opens
    from tests.helpers.fixtures import meets_today_draft

    with open_store(pg_url) as store:
        services = build_services(store)
        group = services.groups.create_group(meets_today_draft())
        services.members.add_member(MemberDraft("Amy", full_name="Amy Quennell"), group.id,
                                    date.today() - timedelta(days=60))
        services.members.add_member(MemberDraft("Bob"), group.id, date.today() - timedelta(days=60))
    window = create_server_window(pg_url, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()   # shortcuts fire in the active window only, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    roster = window.findChild(QTableView, "rosterView")
    qtbot.waitUntil(roster.isVisible)
    roster.setFocus()
    qtbot.keyClick(roster, Qt.Key.Key_Home)
    assert roster.currentIndex().data() == "Amy"
    seen: list[str] = []

    def erase(dialog: QWidget) -> None:
        seen.append(dialog.findChild(QLabel, "eraseMemberSummary").text())
        dialog.findChild(QPushButton, "eraseMemberOk").click()

    when_dialog_opens(qtbot, erase)
    window.findChild(QAction, "eraseMemberAction").trigger()
    assert seen and "Laptops remove the member too" in seen[0] and "backup is made first" not in seen[0]
    assert window.statusBar().currentMessage().startswith("The member was erased. Laptops remove them too")
    assert sorted(m.preferred_name for m in window.services.members.list_members()) == ["Bob"]
    assert not list(tmp_path.rglob("*before-erase*"))
    window.close()


def test_f5_shows_what_another_computer_saved_on_the_server(qtbot: QtBot, pg_url: str, tmp_path: Path) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView, QTableView

    from facilitator_app.services.members import MemberDraft
    from tests.helpers.fixtures import meets_today_draft

    with open_store(pg_url) as store:
        services = build_services(store)
        group = services.groups.create_group(meets_today_draft())
        services.members.add_member(MemberDraft("Amy"), group.id, date.today() - timedelta(days=60))
    window = create_server_window(pg_url, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    roster = window.findChild(QTableView, "rosterView")
    qtbot.waitUntil(lambda: roster.isVisible() and roster.model().rowCount() == 1)
    with open_store(pg_url) as other:   # another facilitator, at another computer
        elsewhere = build_services(other)
        elsewhere.members.add_member(MemberDraft("Bea"), group.id, date.today() - timedelta(days=1))
        elsewhere.groups.create_group(meets_today_draft("Thursday Walk and Talk"))
    assert roster.model().rowCount() == 1   # not seen until asked for
    reload = window.findChild(QAction, "reloadAction")
    assert reload is not None and reload.shortcut().toString() == "F5"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: roster.model().rowCount() == 2)
    groups = window.findChild(QListView, "groupList")
    assert groups is not None and groups.model().rowCount() == 2
    assert groups.currentIndex().data() == group.name and roster.isVisible()   # the selection and tab stay
    window.close()
