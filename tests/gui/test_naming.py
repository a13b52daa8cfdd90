"""``named()`` sets the object name and hands back the very object, typed as itself."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from facilitator_app.ui.naming import named


def test_named_sets_the_object_name_and_returns_the_object(qapp) -> None:  # type: ignore[no-untyped-def]
    button = QPushButton("Save")
    assert named(button, "saveButton") is button
    assert button.objectName() == "saveButton"
    action = named(QAction("&Restore"), "restoreBackupAction")
    assert action.objectName() == "restoreBackupAction" and action.text() == "&Restore"
