"""``named()``: give a Qt object its object name in the expression that builds it.

PySide6 accepts any Qt property as a keyword argument (``QPushButton("Save", objectName="save")``),
but its type stubs do not declare ``objectName`` there, so mypy reports each such call twice.
``named(QPushButton("Save"), "save")`` sets the same name and keeps the widget's own type.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """Set ``obj``'s object name (what tests and the window's contract look it up by) and return it."""
    obj.setObjectName(name)
    return obj
