"""Turns the services' change feed into a Qt signal, so panels connect as usual."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator_app.services.changes import ChangeFeed


class ChangeBridge(QObject):
    """Re-emits every committed ``ChangeBatch`` as ``batch_committed``; stop it with ``detach()``."""

    batch_committed = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = feed.subscribe_batches(self.batch_committed.emit)

    def detach(self) -> None:
        self._unsubscribe()
