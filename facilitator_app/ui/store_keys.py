"""The window's side of encryption: asking for the passphrase before a store opens, choosing one
for a new store, asking consent to encrypt an older store, showing a new recovery key, and
File → Change passphrase.

Nothing is asked when the key is already at hand (this process, the keyring, or
FACILITATOR_APP_PASSPHRASE), so the start path costs no dialog and no key derivation then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app import APP_NAME
from facilitator_app.errors import PassphraseNeededError, PlainStoreError, StorageError, WrongPassphraseError
from facilitator_app.services import unlocking
from facilitator_app.services.unlocking import KeyNeed
from facilitator_app.storage.identity import plain_store_message
from facilitator_app.ui.dialogs.passphrase_dialog import ChangePassphraseDialog, PassphraseDialog, RecoveryKeyDialog
from facilitator_app.ui.language import translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreparedKey:
    """What the dialogs gathered before the store is opened."""

    passphrase: str | None = None  # a new store's passphrase, typed twice
    remember: bool = False  # keep the new store's key in the keyring once it exists
    recovery_key: str | None = None  # an older store was encrypted just now: show this once


def _not_opened(path: Path) -> PassphraseNeededError:
    return PassphraseNeededError(translate("StoreKeys", "{path} was not opened: it is encrypted and no passphrase "
                                                        "was given. The file was not changed.").format(path=path))


def prepare_key(path: Path, backups_dir: Path, parent: QWidget | None = None) -> PreparedKey:
    """Ask whatever opening ``path`` needs; raises an ``AppError`` when the person declines."""
    need = unlocking.key_need(path)
    if need is KeyNeed.PASSPHRASE:
        def attempt(passphrase: str) -> str | None:
            try:
                unlocking.unlock(path, passphrase)
            except WrongPassphraseError as exc:
                return exc.message
            return None

        dialog = PassphraseDialog(translate("StoreKeys",
                                            "Type the passphrase of {name} to open it.").format(name=path.name),
                                            attempt=attempt, parent=parent)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            raise _not_opened(path)
        if dialog.remember():
            _remember(path, parent)
        return PreparedKey()
    if need is KeyNeed.NEW_PASSPHRASE:
        dialog = PassphraseDialog(translate("StoreKeys", "Choose a passphrase for the new data file {name}. It is "
                                                         "needed to open the file; a recovery key is shown next in "
                                                         "case it is ever forgotten.").format(name=path.name),
                                  confirm=True, parent=parent)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            raise PassphraseNeededError(translate("StoreKeys", "No passphrase was chosen, so no data file was made "
                                                               "at {path}.").format(path=path))
        return PreparedKey(passphrase=dialog.passphrase(), remember=dialog.remember())
    if need is KeyNeed.CONSENT:
        return _offer_encryption(path, backups_dir, parent)
    return PreparedKey()


def _remember(path: Path, parent: QWidget | None) -> None:
    try:
        unlocking.remember_on_this_computer(path)
    except StorageError as exc:
        QMessageBox.warning(parent, APP_NAME, exc.message)


def _offer_encryption(path: Path, backups_dir: Path, parent: QWidget | None) -> PreparedKey:
    answer = QMessageBox.question(
        parent, translate("StoreKeys", "{APP_NAME}: encrypt this data file?").format(APP_NAME=APP_NAME),
        translate("StoreKeys", "{name} was saved by an earlier version of Facilitator, without encryption: anyone "
                               "with a copy can read it. Encrypt it now? A backup is made first, and its older "
                               "backups are encrypted too.").format(name=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        raise PlainStoreError(plain_store_message(path))
    passphrase = unlocking.env_passphrase()
    remember = False
    if passphrase is None:
        dialog = PassphraseDialog(translate("StoreKeys", "Choose a passphrase for {name}.").format(name=path.name),
                                  confirm=True, parent=parent)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            raise PlainStoreError(plain_store_message(path))
        passphrase, remember = dialog.passphrase(), dialog.remember()
    done = unlocking.encrypt(path, backups_dir, passphrase)
    if remember:
        _remember(path, parent)
    return PreparedKey(recovery_key=done.recovery_key)


def after_open(window: QWidget, path: Path, prepared: PreparedKey, recovery_key: str | None) -> None:
    """Once the window shows: remember a new store's key if asked, and show a new recovery key."""
    if prepared.remember:
        _remember(path, window)
    key = recovery_key or prepared.recovery_key
    if key is None:
        return
    dialog = RecoveryKeyDialog(key, path.name, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    dialog.show()


def change_passphrase(parent: QWidget, store: unlocking.Store, backups_dir: Path | None) -> bool:
    """File → Change passphrase…: returns whether it was changed."""
    def attempt(old: str, new: str, by_recovery_key: bool) -> str | None:
        try:
            if by_recovery_key:
                unlocking.reset_passphrase(store, old, new, backups_dir)
            else:
                unlocking.change_passphrase(store, old, new, backups_dir)
        except WrongPassphraseError as exc:
            return exc.message
        except StorageError as exc:
            return exc.message
        return None

    dialog = ChangePassphraseDialog(attempt, parent=parent)
    if dialog.exec() != ChangePassphraseDialog.DialogCode.Accepted:
        return False
    QMessageBox.information(parent, APP_NAME, translate("StoreKeys",
                                                        "The passphrase was changed, for the data file and its "
                                                        "backups. "
                                                                     "The recovery key stays the same."))
    return True
