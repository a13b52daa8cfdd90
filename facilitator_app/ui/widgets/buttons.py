"""A push button with its object name, spoken name and tooltip, connected to a slot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton

from facilitator_app.ui.naming import named


def push_button(text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A button whose spoken name is its text without the Alt marker or the trailing ellipsis."""
    button = named(QPushButton(text), name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button
