"""The lock screen: what the window shows while it is locked, and nothing else.

It names no person, group or file: only the app, a passphrase field (``unlockPassphrase``,
hidden text), an Unlock button (``unlockButton``) and a line saying what happened
(``unlockMessage``). When the data file has no passphrase there is no field, and the screen
says so: anyone at this computer can unlock it with the button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from facilitator_app import APP_NAME
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named

WITH_PASSPHRASE = QT_TRANSLATE_NOOP("LockScreen", "Type your passphrase and press Enter to go on. Anything you were "
                                                  "typing is kept.")
WITHOUT_PASSPHRASE = QT_TRANSLATE_NOOP("LockScreen", "This data file has no passphrase, so anyone at this computer "
                                                     "can unlock it. Anything you were typing is kept.")


class LockScreen(QWidget):
    """The page shown in place of everything else while the window is locked."""

    unlock_requested = Signal(str)   # the passphrase typed (empty when there is none to type)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("{APP_NAME} is locked").format(APP_NAME=APP_NAME))
        self._title = named(QLabel(self.tr("<h2>{APP_NAME} is locked</h2>").format(APP_NAME=APP_NAME)), "lockTitle")
        self._explanation = named(QLabel(translate("LockScreen", WITH_PASSPHRASE)), "lockExplanation")
        self._explanation.setWordWrap(True)
        self._label = named(QLabel(self.tr("Pass&phrase:")), "unlockPassphraseLabel")
        self.field = named(QLineEdit(), "unlockPassphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        # The passphrase is never offered to other programs (input methods, clipboard managers).
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
                                       | Qt.InputMethodHint.ImhHiddenText)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._label.setBuddy(self.field)
        self.button = named(QPushButton(self.tr("Un&lock")), "unlockButton")
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setAutoDefault(False)
        self.message = named(QLabel(""), "unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))

        box = QFrame()
        box.setMaximumWidth(460)
        column = QVBoxLayout(box)
        for widget in (self._title, self._explanation, self._label, self.field, self.button, self.message):
            column.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.field.returnPressed.connect(self._on_field_return_pressed)
        self.button.clicked.connect(self._on_button_clicked)
        self.set_has_passphrase(True)

    def set_has_passphrase(self, has_passphrase: bool) -> None:
        """With no passphrase, the button alone unlocks (and the screen says anyone can)."""
        self._has_passphrase = has_passphrase
        self._label.setVisible(has_passphrase)
        self.field.setVisible(has_passphrase)
        self._explanation.setText(translate("LockScreen",
                                            WITH_PASSPHRASE) if has_passphrase else translate("LockScreen",
                                                                                              WITHOUT_PASSPHRASE))

    @property
    def has_passphrase(self) -> bool:
        return self._has_passphrase

    def reset(self) -> None:
        """A fresh screen for a new lock: no passphrase left in the field, no old message."""
        self.field.clear()
        self.message.clear()
        self.set_waiting(False)

    def set_waiting(self, waiting: bool, message: str = "") -> None:
        """While a wrong passphrase's delay runs nothing can be typed; the message says how long."""
        self.field.setEnabled(not waiting)
        self.button.setEnabled(not waiting)
        if message:
            self.message.setText(message)

    def focus_input(self) -> None:
        target = self.field if self._has_passphrase and self.field.isEnabled() else self.button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_field_return_pressed(self) -> None:
        if self.field.isEnabled():
            self.unlock_requested.emit(self.field.text())

    def _on_button_clicked(self) -> None:
        self.unlock_requested.emit(self.field.text() if self._has_passphrase else "")
