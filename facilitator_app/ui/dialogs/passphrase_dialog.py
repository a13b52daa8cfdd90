"""The passphrase dialogs: unlocking a store, choosing a new passphrase, changing it, and showing
a new store's recovery key once (with its printable sheet).

Object names (the window's contract): ``passphraseDialog`` with ``passphraseField``
(``passphraseConfirmField`` when a new passphrase is chosen, ``rememberKeyCheck``,
``passphraseError``); ``changePassphraseDialog`` with ``oldPassphraseField``,
``useRecoveryKeyCheck``, ``newPassphraseField``, ``newPassphraseConfirmField``;
``recoveryKeyDialog`` with ``recoveryKeyLabel`` and ``printRecoverySheetButton``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import AppError
from facilitator_app.ui.naming import named

# Checks a typed passphrase: None when it is accepted, else the sentence to show.
Attempt = Callable[[str], str | None]


def _secret_field(name: str) -> QLineEdit:
    field = named(QLineEdit(), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name.replace("Field", "").replace("Passphrase", " passphrase").strip())
    return field


def _error_label() -> QLabel:
    label = named(QLabel(), "passphraseError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a00000;")
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class PassphraseDialog(QDialog):
    """Asks for a store's passphrase (``confirm``: a new one, typed twice)."""

    def __init__(self, message: str, *, confirm: bool = False, remember_option: bool = True,
                 attempt: Attempt | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Choose a passphrase") if confirm else self.tr("Passphrase"))
        self._confirm = confirm
        self._attempt = attempt
        self._remember_option = remember_option
        intro = QLabel(message)
        intro.setWordWrap(True)
        self.field = _secret_field("passphraseField")
        self.field.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.field)
        self.confirm_field: QLineEdit | None = None
        if confirm:
            self.confirm_field = _secret_field("passphraseConfirmField")
            self.confirm_field.setAccessibleName(self.tr("The same passphrase again"))
            form.addRow(self.tr("The &same again:"), self.confirm_field)
        self.remember_check = named(QCheckBox(self.tr("&Remember on this computer (no passphrase needed here)")),
                                    "rememberKeyCheck")
        self.remember_check.setVisible(remember_option)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def remember(self) -> bool:
        return self._remember_option and self.remember_check.isChecked()

    def _on_ok(self) -> None:
        text = self.field.text()
        problem: str | None = None
        if self._confirm:
            from facilitator_app.services.unlocking import check_new_passphrase

            try:
                check_new_passphrase(text)
            except AppError as exc:
                problem = exc.message
            if problem is None and self.confirm_field is not None and self.confirm_field.text() != text:
                problem = self.tr("The two passphrases differ. Type the same one twice.")
        if problem is None and self._attempt is not None:
            problem = self._attempt(text)
        if problem is not None:
            _show_error(self.error, problem)
            self.field.selectAll()
            self.field.setFocus()
            return
        self.accept()


class ChangePassphraseDialog(QDialog):
    """File → Change passphrase: the old one (or the recovery key), then the new one twice."""

    def __init__(self, attempt: Callable[[str, str, bool], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self._attempt = attempt
        self.old_field = _secret_field("oldPassphraseField")
        self.old_field.setAccessibleName(self.tr("Current passphrase"))
        self.use_recovery = named(QCheckBox(self.tr("I forgot it: use the &recovery key instead")),
                                  "useRecoveryKeyCheck")
        self.use_recovery.toggled.connect(self._on_use_recovery)
        self.new_field = _secret_field("newPassphraseField")
        self.new_field.setAccessibleName(self.tr("New passphrase"))
        self.confirm_field = _secret_field("newPassphraseConfirmField")
        self.confirm_field.setAccessibleName(self.tr("The new passphrase again"))
        form = QFormLayout()
        self._old_label = QLabel(self.tr("&Current passphrase:"))
        self._old_label.setBuddy(self.old_field)
        form.addRow(self._old_label, self.old_field)
        form.addRow("", self.use_recovery)
        form.addRow(self.tr("&New passphrase:"), self.new_field)
        form.addRow(self.tr("The new one &again:"), self.confirm_field)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_use_recovery(self, on: bool) -> None:
        self._old_label.setText(self.tr("&Recovery key:") if on else self.tr("&Current passphrase:"))
        self.old_field.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.old_field.setAccessibleName(self.tr("Recovery key") if on else self.tr("Current passphrase"))

    def _on_ok(self) -> None:
        from facilitator_app.services.unlocking import check_new_passphrase

        new = self.new_field.text()
        problem: str | None = None
        try:
            check_new_passphrase(new)
        except AppError as exc:
            problem = exc.message
        if problem is None and self.confirm_field.text() != new:
            problem = self.tr("The two new passphrases differ. Type the same one twice.")
        if problem is None:
            problem = self._attempt(self.old_field.text(), new, self.use_recovery.isChecked())
        if problem is not None:
            _show_error(self.error, problem)
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """A new store's recovery key, shown once, with "Print recovery sheet…" (a PDF)."""

    def __init__(self, recovery_key: str, store_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self._key = recovery_key
        self._store_name = store_name
        intro = QLabel(self.tr("This recovery key opens your data file, and its backups on another computer, if the "
                               "passphrase is ever forgotten. It is shown only now: print the sheet or write it down, "
                               "and keep it somewhere safe, away from this laptop."))
        intro.setWordWrap(True)
        self.key_label = named(QLabel(recovery_key), "recoveryKeyLabel")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.print_button = named(QPushButton(self.tr("&Print recovery sheet…")), "printRecoverySheetButton")
        self.print_button.clicked.connect(self._on_print)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(buttons)

    def write_sheet(self, destination: Path) -> Path:
        from facilitator_app.export.recovery_sheet import write_recovery_sheet

        return write_recovery_sheet(destination, self._key, self._store_name)

    def _on_print(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"), self.tr("recovery-sheet.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            self.write_sheet(Path(path))
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Recovery sheet"), exc.message)
