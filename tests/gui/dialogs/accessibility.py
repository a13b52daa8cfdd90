"""Checks every dialog test reuses: each control has a spoken name and a tooltip, and
keyboard mnemonics neither dangle nor collide."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QWidget,
)

INTERACTIVE = (QLineEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit, QPlainTextEdit, QListWidget, QCheckBox,
               QGroupBox, QPushButton, QTableWidget)
# Widgets that are made of other widgets (a spin box's line edit, a combo's popup list, a date
# edit's calendar): the outer widget carries the name, the parts inside are Qt's business.
COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView, QCalendarWidget)

_MNEMONIC = re.compile(r"&([^&\s])")


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every control a person can reach in ``root``, hidden ones included."""
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and not _inside_compound(w, root)]


def assert_all_named(root: QWidget) -> None:
    """Every control has a non-empty accessibleName() and toolTip()."""
    widgets = interactive_widgets(root)
    assert widgets, "no interactive widgets found"
    missing = [f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}: "
               f"name={w.accessibleName()!r} tip={w.toolTip()!r}"
               for w in widgets if not w.accessibleName().strip() or not w.toolTip().strip()]
    assert not missing, "controls without an accessible name or tooltip:\n" + "\n".join(missing)


def assert_mnemonics_sound(root: QWidget) -> None:
    """Labels with a mnemonic have a buddy, and no letter is used twice in one dialog."""
    seen: dict[str, str] = {}
    for widget in root.findChildren(QWidget):
        if _inside_compound(widget, root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        match = _MNEMONIC.search(text)
        if match is None:
            continue
        if isinstance(widget, QLabel):
            assert widget.buddy() is not None, f"label {text!r} has a mnemonic but no buddy"
        letter = match.group(1).lower()
        assert letter not in seen, f"mnemonic '{letter}' used by both {seen[letter]!r} and {text!r}"
        seen[letter] = text
