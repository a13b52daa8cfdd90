"""The composition root: opening stores, refusing wrong files, and the throwaway sample store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListView, QMessageBox, QTableView

from facilitator_app.app import AppController
from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.paths import resolve_paths
from facilitator_app.services.sample_data import build_sample_store
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.models.roles import ID_ROLE, STATUS_ROLE


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_sample_data_opens_in_its_own_window_and_is_thrown_away(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = AppController(resolve_paths(tmp_path / "mine.sqlite3"))
    assert controller.open_demo()
    window = _windows()[-1]
    qtbot.addWidget(window)
    assert "sample data" in window.windowTitle().casefold()
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


def test_one_window_per_data_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from facilitator_app.app import create_main_window
    from facilitator_app.errors import StoreLockedError

    path = tmp_path / "mine.sqlite3"
    first = create_main_window(path, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(first)
    with pytest.raises(StoreLockedError, match="already open"):
        create_main_window(path, settings_file=tmp_path / "w.ini")
    first.close()
    again = create_main_window(path, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(again)
    again.close()


def test_closing_after_changes_leaves_a_checked_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.app import create_main_window
    from facilitator_app.services.backups import BackupService
    from tests.helpers.fixtures import weekly_draft

    path = tmp_path / "mine.sqlite3"
    window = create_main_window(path, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.services.groups.create_group(weekly_draft())
    window.close()
    backups = BackupService(path, tmp_path / "backups").list_backups()
    assert len(backups) == 1 and backups[0].verified
    assert backups[0].counts["groups"] == 1


def test_a_damaged_file_offers_the_newest_backup(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.app import create_main_window
    from tests.helpers.fixtures import weekly_draft

    path = tmp_path / "mine.sqlite3"
    window = create_main_window(path, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.services.groups.create_group(weekly_draft("Tuesday Evening Peer Support"))
    window.close()  # leaves a checked backup
    damaged = bytearray(path.read_bytes())
    damaged[:100] = bytes(100)  # a zeroed header
    path.write_bytes(bytes(damaged))

    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if "Restore" in b.text()))
    controller = AppController(resolve_paths(path))
    assert controller.open_window(path)
    assert len(shown) == 1 and str(path) in shown[0]
    reopened = _windows()[-1]
    qtbot.addWidget(reopened)
    assert [g.name for g in reopened.services.groups.list_groups()] == ["Tuesday Evening Peer Support"]
    assert list(tmp_path.glob("mine.sqlite3.damaged-*")), "the damaged file is kept aside, never deleted"
    reopened.close()


def test_garbage_is_collected_on_the_gui_thread_only(qapp) -> None:  # type: ignore[no-untyped-def]
    import gc
    import weakref

    from facilitator_app.ui.gc_on_main_thread import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector()
    try:
        assert not gc.isenabled()  # no collection on whatever thread happens to allocate

        class Node:
            pass

        gc.collect()
        first, second = Node(), Node()
        first.other, second.other = second, first  # a cycle only the collector can free
        probe = weakref.ref(first)
        del first, second
        keep = [Node() for _ in range(gc.get_threshold()[0] + 1)]  # generation 0 over its threshold
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.check()
        assert gc.get_count()[0] < gc.get_threshold()[0]
        assert probe() is None  # the young cycle was collected, here, on the GUI thread
        del keep
    finally:
        collector.deleteLater()
        gc.enable()


def test_restore_from_backup_through_the_file_menu(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from facilitator_app.app import create_main_window
    from facilitator_app.storage.store import open_store
    from facilitator_app.ui.dialogs import restore_dialog
    from tests.helpers.fixtures import weekly_draft

    path = tmp_path / "mine.sqlite3"
    window = create_main_window(path, settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.services.groups.create_group(weekly_draft("Tuesday Evening Peer Support"))
    window.findChild(QAction, "backupNowAction").trigger()
    window.services.groups.create_group(weekly_draft("Made after the backup"))

    chosen = []
    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(restore_dialog.RestoreDialog, "selected_backup",
                        lambda dialog: chosen[0] if chosen else None)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    chosen.append(window._safety._backups.list_backups()[0])
    reopened: list[Path] = []
    window.reopen_requested.connect(reopened.append)
    window.findChild(QAction, "restoreBackupAction").trigger()
    assert reopened == [path]
    store = open_store(path)
    from facilitator_app.services.container import build_services

    names = [g.name for g in build_services(store).groups.list_groups()]
    store.close()
    assert names == ["Tuesday Evening Peer Support"]
    window.close()


def _current_and_rows(window: MainWindow) -> tuple[int, list[MeetingStatus], list[date]]:
    sessions = window.findChild(QListView, "sessionList")
    model = sessions.model()
    meetings = [window.services.meetings.get_meeting(model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())]
    return sessions.currentIndex().row(), [m.status for m in meetings], [m.date for m in meetings]


def test_sample_data_opens_on_the_latest_held_session(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = AppController(resolve_paths(tmp_path / "mine.sqlite3"))
    assert controller.open_demo()
    window = _windows()[-1]
    qtbot.addWidget(window)
    groups = window.findChild(QListView, "groupList")
    for group_row in range(groups.model().rowCount()):
        groups.setCurrentIndex(groups.model().index(group_row, 0))
        current, statuses, _dates = _current_and_rows(window)
        assert statuses[current] is MeetingStatus.HELD
        assert MeetingStatus.HELD not in statuses[current + 1:]
        assert MeetingStatus.PLANNED in statuses[current + 1:]  # upcoming ones were passed over on purpose
    # The first screen shows what the app does: a sheet with statuses filled in.
    sheet = window.findChild(QTableView, "attendanceView").model()
    assert any(sheet.index(r, 2).data(STATUS_ROLE) for r in range(sheet.rowCount()))
    window.close()
    controller.cleanup()


def test_a_real_store_opens_on_today_or_the_next_session(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.sqlite3"
    build_sample_store(path, scale="small", seed=1)  # the same data, but the facilitator's own file
    controller = AppController(resolve_paths(path))
    assert controller.open_window(path)
    window = _windows()[-1]
    qtbot.addWidget(window)
    current, statuses, dates = _current_and_rows(window)
    assert dates[current] >= date.today() and statuses[current] is MeetingStatus.PLANNED
    assert all(day < date.today() for day in dates[:current])
    window.close()
