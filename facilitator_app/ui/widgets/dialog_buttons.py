"""The buttons at the foot of a dialog that does one thing (import, restore): that action, the
default but disabled until there is something to act on, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from facilitator_app.ui.language import translate


def action_and_cancel(dialog: QDialog, text: str, tip: str,
                      cancel_tip: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The box, its action button ``text`` (spoken without the Alt marker) and its Cancel button.

    The caller connects ``accepted``; ``rejected`` already closes ``dialog``."""
    buttons = QDialogButtonBox(dialog)
    action = QPushButton(text)
    buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setAccessibleName(text.replace("&", ""))
    action.setToolTip(tip)
    action.setDefault(True)
    action.setEnabled(False)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(translate("DialogButtons", "Cancel"))
    cancel.setToolTip(cancel_tip)
    buttons.rejected.connect(dialog.reject)
    return buttons, action, cancel
