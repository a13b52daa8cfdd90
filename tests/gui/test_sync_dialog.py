"""File > Sync… in the window, driven as a facilitator would: real data files, real bundles, a real worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from facilitator_app.domain.records import MemberDraft, NoteSections
from facilitator_app.services import sync_bundle
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.sync import SyncService
from facilitator_app.storage import keys_source, sync_repo
from facilitator_app.storage.store import open_store
from facilitator_app.ui.dialogs.passphrase_dialog import PassphraseDialog
from facilitator_app.ui.dialogs.sync_dialog import OTHER_KEY, SyncDialog
from facilitator_app.ui.main_window import NOTES_TAB, MainWindow
from facilitator_app.ui.models.sync_conflict_model import MEETING_ROLE, SyncConflictModel
from tests.gui.window_fixtures import open_window


@pytest.fixture
def window(qtbot: QtBot, store_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    shown = open_window(qtbot, store_file, tmp_path)
    yield shown
    shown.close()


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """Another laptop's data file, with a member the window's file does not have."""
    path = tmp_path / "other" / "laptop.sqlite3"
    path.parent.mkdir()
    with open_store(path) as store:
        build_services(store).members.add_member(MemberDraft("Rosalind"))
    return path


def _fingerprint(path: Path) -> str:
    with open_store(path, create=False) as store:
        return SyncService(store).fingerprint()


def _here(window: MainWindow) -> str:
    return SyncService(window.services.store).fingerprint()


def _open_dialog(qtbot: QtBot, window: MainWindow) -> SyncDialog:
    action = window.findChild(QAction, "syncAction")
    assert action is not None and action.isEnabled() and not action.shortcut().isEmpty()
    action.trigger()
    dialog = window._syncs.dialog   # the one just opened (a closed one may still await deletion)
    assert isinstance(dialog, SyncDialog) and dialog.objectName() == "syncDialog"
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _run(qtbot: QtBot, dialog: SyncDialog, button: str) -> str:
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running)
    return plain(dialog.result_label.text())


def plain(text: str) -> str:
    """The sentence without the marks that keep paths left to right in Arabic."""
    return text.replace("\u2066", "").replace("\u2069", "")


def _sync_with(qtbot: QtBot, dialog: SyncDialog, target: str) -> str:
    dialog.other_field.setText(target)
    return _run(qtbot, dialog, "with_button")


def test_syncing_with_another_data_file_makes_both_equal(qtbot: QtBot, window: MainWindow, other: Path) -> None:
    label = window.findChild(QLabel, "lastSyncedLabel")
    assert label is not None and label.text() == "Not synced yet"
    assert _here(window) != _fingerprint(other)
    dialog = _open_dialog(qtbot, window)
    for name in ("syncOtherStore", "syncWithButton", "syncKeyFile", "syncSinceLast", "syncExportButton",
                 "syncImportButton", "syncNewKeyButton", "syncProgress", "syncCancelButton", "syncResult",
                 "syncConflicts"):
        widget = dialog.findChild(object, name)  # type: ignore[arg-type]
        assert widget is not None and widget.accessibleName(), name
    text = _sync_with(qtbot, dialog, str(other))
    assert "Came in here: 1 added" in text and "Went to the other side:" in text, text
    assert _here(window) == _fingerprint(other)
    assert label.text().startswith("Last synced: ")
    assert window.findChild(QLabel, "savedLabel").text().startswith("All changes saved")   # and a backup is due
    assert "Rosalind" in [m.preferred_name for m in window.services.members.list_members()]
    assert QSettings(str(window._settings.fileName()), QSettings.Format.IniFormat).value(OTHER_KEY) == str(other)
    again = _sync_with(qtbot, dialog, str(other))
    assert "Came in here: 0 added, 0 updated" in again


def test_a_bundle_exported_here_fills_another_data_file(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                        other: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open_dialog(qtbot, window)
    key, bundle = tmp_path / "org.key", tmp_path / "usb" / "changes.fsync"
    bundle.parent.mkdir()
    dialog.ways.setCurrentIndex(1)
    assert dialog.new_key_button.isVisibleTo(dialog)   # no key yet: offered
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(key), "")))
    qtbot.mouseClick(dialog.new_key_button, Qt.MouseButton.LeftButton)
    assert key.stat().st_mode & 0o777 == 0o600 and dialog.key_field.text() == str(key)
    assert not dialog.new_key_button.isVisibleTo(dialog)
    assert not dialog.since_last.isChecked()   # no bundle written yet
    offered: list[str] = []

    def save_as(_parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        offered.append(proposed)
        return str(bundle), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    text = _run(qtbot, dialog, "export_button")
    assert Path(offered[0]).name.startswith("facilitator-changes-") and bundle.exists()
    assert text.startswith(f"Bundle written to {bundle}: everything in this data") and "encrypted" in text
    assert dialog.since_last.isChecked()

    exported = {m.preferred_name for m in window.services.members.list_members()}
    dialog.close()
    window.close()
    # The other laptop's window takes it in: the key is remembered, the bundle chosen.
    second = open_window(qtbot, other, tmp_path)
    try:
        dialog = _open_dialog(qtbot, second)
        assert dialog.key_field.text() == str(key)
        dialog.bundle_field.setText(str(bundle))
        text = _run(qtbot, dialog, "import_button")
        assert text.startswith("Imported changes.fsync: ") and " 0 in conflict." in text, text
        assert {m.preferred_name for m in second.services.members.list_members()} == exported | {"Rosalind"}
        assert second._navigator.group_count() == 1   # the window shows the group that came in
        assert second.findChild(QLabel, "lastSyncedLabel").text().startswith("Last synced: ")
    finally:
        second.close()


def test_importing_a_bundle_and_a_wrong_key_is_refused(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                       other: Path) -> None:
    key, wrong, bundle = tmp_path / "org.key", tmp_path / "other-org.key", tmp_path / "b.fsync"
    sync_bundle.new_key_file(key)
    sync_bundle.new_key_file(wrong)
    with open_store(other) as store:
        SyncService(store).export_bundle(sync_bundle.read_key_file(key), bundle, since_last=False)
    dialog = _open_dialog(qtbot, window)
    before = _here(window)
    dialog.key_field.setText(str(wrong))
    dialog.bundle_field.setText(str(bundle))
    text = _run(qtbot, dialog, "import_button")
    assert text == "This bundle was made with another organisation key, so it cannot be read. Nothing was changed."
    assert _here(window) == before
    assert window.findChild(QLabel, "lastSyncedLabel").text() == "Not synced yet"
    dialog.key_field.setText(str(key))
    text = _run(qtbot, dialog, "import_button")
    assert text.startswith("Imported b.fsync: 1 added"), text
    assert _here(window) != before
    assert "Rosalind" in [m.preferred_name for m in window.services.members.list_members()]
    assert window.findChild(QLabel, "lastSyncedLabel").text().startswith("Last synced: ")


def test_cancelling_an_import_changes_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path, other: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    key, bundle = tmp_path / "org.key", tmp_path / "b.fsync"
    sync_bundle.new_key_file(key)
    with open_store(other) as store:
        SyncService(store).export_bundle(sync_bundle.read_key_file(key), bundle, since_last=False)
    # The worker waits inside the import's transaction, after its first table, until Cancel is pressed.
    inside, go_on = threading.Event(), threading.Event()
    apply_table = sync_repo._Applier._table

    def held(self: Any, table: Any, rows: Any) -> None:
        apply_table(self, table, rows)
        inside.set()
        go_on.wait(30)

    monkeypatch.setattr(sync_repo._Applier, "_table", held)
    dialog = _open_dialog(qtbot, window)
    before = _here(window)
    dialog.key_field.setText(str(key))
    dialog.bundle_field.setText(str(bundle))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(inside.is_set)
    assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled() and not dialog.ways.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.result_label.text() == "Sync cancelled; nothing was changed."
    assert _here(window) == before and not dialog.progress.isVisible()
    assert SyncService(window.services.store).last_exchange() is None


def _conflict(window: MainWindow, other: Path, qtbot: QtBot) -> Any:
    """The same note section written in both data files after they last met."""
    services: Services = window.services
    group = services.groups.list_groups()[0]
    meeting = services.meetings.list_meetings(group.id)[0]
    services.notes.save_note(meeting.id, NoteSections(themes="Sleep"))
    dialog = _open_dialog(qtbot, window)
    _sync_with(qtbot, dialog, str(other))
    services.notes.save_note(meeting.id, NoteSections(themes="Sleep and winter"))
    with open_store(other) as store:
        build_services(store).notes.save_note(meeting.id, NoteSections(themes="Sleep, and the holidays"))
    return dialog, meeting, group


def test_a_conflict_is_listed_and_opens_the_sessions_notes(qtbot: QtBot, qtmodeltester: Any, window: MainWindow,
                                                           other: Path) -> None:
    dialog, meeting, group = _conflict(window, other, qtbot)
    text = _sync_with(qtbot, dialog, str(other))
    assert "1 in conflict" in text and "between markers" in text
    model = dialog.conflicts.model()
    assert isinstance(model, SyncConflictModel) and model.rowCount() == 1
    qtmodeltester.check(model)
    row = model.index(0, 0)
    assert row.data() == f"Session note, {meeting.date.strftime('%a')} {meeting.date.day} " \
                         f"{meeting.date.strftime('%b %Y')} ({group.name}): Themes discussed"
    assert row.data(MEETING_ROLE) == meeting.id
    dialog.close()
    # Open again later: the conflict is still listed (stored until settled); Enter takes us to the notes.
    dialog = _open_dialog(qtbot, window)
    assert dialog.conflicts.model().rowCount() == 1
    dialog.conflicts.setFocus()
    qtbot.keyClick(dialog.conflicts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window._tabs.currentIndex() == NOTES_TAB
    assert window._navigator.current_meeting().id == meeting.id
    themes = window.notes_panel.editor("themes").toPlainText()
    assert "Sleep and winter" in themes and "Sleep, and the holidays" in themes
    # Keeping one text settles it: the list no longer shows it.
    window.notes_panel.editor("themes").setPlainText("Sleep, winter and the holidays")
    assert window.notes_panel.flush()
    dialog = _open_dialog(qtbot, window)
    assert dialog.conflicts.model().rowCount() == 0 and not dialog.conflicts.isVisibleTo(dialog)
    assert dialog.conflicts_label.text() == "No conflicts to settle."


def test_syncing_with_a_missing_file_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _open_dialog(qtbot, window)
    before = _here(window)
    dialog.other_field.setText(str(tmp_path / "nowhere.sqlite3"))
    qtbot.mouseClick(dialog.with_button, Qt.MouseButton.LeftButton)
    assert plain(dialog.result_label.text()).startswith("There is no data file at ") and not dialog.running
    assert _here(window) == before


def test_every_control_is_reached_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_dialog(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def tabbed_round() -> set[str]:
        seen: set[str] = set()
        for _ in range(30):
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
            widget = dialog.focusWidget()
            if widget is not None and widget.objectName():
                seen.add(widget.objectName())
        return seen

    assert {"syncOtherStore", "syncWithButton", "syncOtherBrowse", "syncCloseButton"} <= tabbed_round()
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)   # the Bundle tab
    assert dialog.ways.currentIndex() == 1
    assert {"syncKeyFile", "syncNewKeyButton", "syncSinceLast", "syncExportButton", "syncBundleFile",
            "syncImportButton"} <= tabbed_round()


def test_an_unreachable_server_says_so_and_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_dialog(qtbot, window)
    before = _here(window)
    text = _sync_with(qtbot, dialog, "postgresql://someone:secret@127.0.0.1:9/organisation")
    assert text.startswith("The organisation server could not be reached.") and text.endswith("nothing was changed.")
    assert dialog.result_label.styleSheet() and _here(window) == before and dialog.ways.isEnabled()
    assert dialog.other_field.text() == "postgresql://someone@127.0.0.1:9/organisation"   # no password kept


def test_another_data_file_with_its_own_passphrase_is_asked_for_it(qtbot: QtBot, window: MainWindow,
                                                                  tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "elsewhere" / "laptop.sqlite3"
    path.parent.mkdir()
    with open_store(path, passphrase="another laptop's own passphrase") as store:
        build_services(store).members.add_member(MemberDraft("Tomasz"))
    keys_source.forget_unlocked()   # as on another laptop's file: its key is not at hand here
    dialog = _open_dialog(qtbot, window)

    asked_for: list[str] = []

    def type_it(asked: PassphraseDialog) -> int:   # what a person types when the question comes up
        asked_for.append(asked.findChild(QLabel).text())
        asked.field.setText("another laptop's own passphrase")
        asked._on_ok()
        return asked.result()

    monkeypatch.setattr(PassphraseDialog, "exec", type_it)
    text = _sync_with(qtbot, dialog, str(path))
    assert "Came in here: 1 added" in text, text
    assert len(asked_for) == 1 and path.name in asked_for[0]
    assert "Tomasz" in [m.preferred_name for m in window.services.members.list_members()]
