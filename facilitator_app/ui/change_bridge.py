"""Turns the services' change feed into a Qt signal, so panels connect as usual."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator_app.services.changes import ChangeFeed


class ChangeBridge(QObject):
    """Re-emits every committed ``Change`` as ``changed``; stop it with ``detach()``."""

    changed = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = feed.subscribe(self.changed.emit)

    def detach(self) -> None:
        self._unsubscribe()
