"""The window with encrypted stores: the passphrase asked at start, a new store's recovery key shown
once (with its sheet), File → Change passphrase, and consent to encrypt an older store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from facilitator_app.app import create_main_window
from facilitator_app.errors import PassphraseNeededError
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage import keys_source
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.store import open_store
from facilitator_app.ui.main_window import MainWindow
from tests.conftest import TEST_PASSPHRASE
from tests.helpers.fixtures import weekly_draft
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.sqlite_files import write_plain_copy


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        services.members.add_member(MemberDraft("Zoë"), group.id)
    keys_source.forget_unlocked()
    return path


def open_window(qtbot, path: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(path, settings_file=tmp_path / "window.ini")
    qtbot.addWidget(window)
    return window


def when_shown(name: str, act: Callable[[QWidget], None]) -> None:
    """Act on the modal dialog called ``name`` as soon as it shows (it would otherwise wait for a person)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == name:
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_passphrase_is_asked_at_start_and_a_wrong_one_is_said_in_the_dialog(
        qtbot, store_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        memory_keyring: MemoryKeyring) -> None:
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
    errors: list[str] = []

    def answer(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "passphraseField")
        assert field.echoMode() is QLineEdit.EchoMode.Password
        field.setText("not the passphrase")
        dialog._on_ok()  # type: ignore[attr-defined]
        error = dialog.findChild(QLabel, "passphraseError")
        errors.append(error.text())
        assert dialog.isVisible()  # still asking
        field.setText(TEST_PASSPHRASE)
        dialog.findChild(QCheckBox, "rememberKeyCheck").setChecked(True)
        dialog._on_ok()  # type: ignore[attr-defined]

    when_shown("passphraseDialog", answer)
    window = open_window(qtbot, store_file, tmp_path)
    assert errors and "does not open" in errors[0]
    assert [m.preferred_name for m in window.services.members.list_members()] == ["Zoë"]
    assert len(memory_keyring.entries) == 1  # remembered on this computer
    window.close()
    # Remembered: the next start asks nothing (the raw key from the keyring, no key derivation).
    keys_source.forget_unlocked()
    again = open_window(qtbot, store_file, tmp_path)
    again.close()


def test_cancelling_the_passphrase_opens_nothing(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)
    before = store_file.read_bytes()
    when_shown("passphraseDialog", lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    with pytest.raises(PassphraseNeededError, match="not opened"):
        open_window(qtbot, store_file, tmp_path)
    assert store_file.read_bytes() == before


def test_a_new_store_asks_twice_and_shows_its_recovery_key_once(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keys_source.ENV_PASSPHRASE)

    def answer(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "passphraseField").setText("our group's own words")
        dialog.findChild(QLineEdit, "passphraseConfirmField").setText("our group's own words")
        dialog._on_ok()  # type: ignore[attr-defined]

    when_shown("passphraseDialog", answer)
    path = tmp_path / "new.sqlite3"
    window = open_window(qtbot, path, tmp_path)
    dialog = window.findChild(QWidget, "recoveryKeyDialog")
    assert dialog is not None and dialog.isVisible()
    key = dialog.findChild(QLabel, "recoveryKeyLabel").text()
    assert len(key.split("-")) == 8
    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr("facilitator_app.ui.dialogs.passphrase_dialog.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(sheet), ""))
    dialog.findChild(QPushButton, "printRecoverySheetButton").click()
    text = PdfReader(sheet).pages[0].extract_text()
    assert all(group in text for group in key.split("-")) and "Zoë" not in text
    window.close()
    keys_source.forget_unlocked()
    assert keys_source.passphrase_matches(path, "our group's own words")


def test_change_passphrase_from_the_file_menu(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    shown: list[str] = []

    def answer(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "oldPassphraseField").setText("wrong old one")
        dialog.findChild(QLineEdit, "newPassphraseField").setText("a brand new passphrase")
        dialog.findChild(QLineEdit, "newPassphraseConfirmField").setText("a brand new passphrase")
        dialog._on_ok()  # type: ignore[attr-defined]
        shown.append(dialog.findChild(QLabel, "passphraseError").text())
        dialog.findChild(QLineEdit, "oldPassphraseField").setText(TEST_PASSPHRASE)
        dialog._on_ok()  # type: ignore[attr-defined]

        def dismiss() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                box.done(QMessageBox.StandardButton.Ok)
            else:
                QTimer.singleShot(20, dismiss)

        QTimer.singleShot(0, dismiss)

    when_shown("changePassphraseDialog", answer)
    window.findChild(QAction, "changePassphraseAction").trigger()
    assert shown and "does not open" in shown[0]
    window.close()
    keys_source.forget_unlocked()
    assert keys_source.passphrase_matches(store_file, "a brand new passphrase")
    assert not keys_source.passphrase_matches(store_file, TEST_PASSPHRASE)


def test_an_older_plain_store_is_encrypted_with_consent(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    old = write_plain_copy(store_file, tmp_path / "old.sqlite3")
    asked: list[str] = []

    def consent(_parent: object, _title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", consent)
    window = open_window(qtbot, old, tmp_path)
    assert asked and "without encryption" in asked[0]
    assert inspect_file(old) is FileKind.STORE
    assert window.findChild(QWidget, "recoveryKeyDialog") is not None
    assert [m.preferred_name for m in window.services.members.list_members()] == ["Zoë"]
    window.close()
    assert b"Zo\xc3\xab" not in old.read_bytes()


def test_a_passphrase_in_the_environment_that_does_not_fit_is_asked_for_instead(
        qtbot, store_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, "another store's passphrase")

    def answer(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "passphraseField").setText(TEST_PASSPHRASE)
        dialog._on_ok()  # type: ignore[attr-defined]

    when_shown("passphraseDialog", answer)
    window = open_window(qtbot, store_file, tmp_path)
    assert [m.preferred_name for m in window.services.members.list_members()] == ["Zoë"]
    window.close()
