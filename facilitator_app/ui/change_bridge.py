"""Turns the services' change feed into a Qt signal, so panels connect as usual."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator_app.services.changes import ChangeBatch, ChangeFeed


class ChangeBridge(QObject):
    """Re-emits every committed ``ChangeBatch`` as ``batch_committed`` and each of its
    ``Change``s as ``changed``; stop it with ``detach()``."""

    changed = Signal(object)
    batch_committed = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = feed.subscribe_batches(self._emit)

    def _emit(self, batch: ChangeBatch) -> None:
        for change in batch.changes:
            self.changed.emit(change)
        self.batch_committed.emit(batch)

    def detach(self) -> None:
        self._unsubscribe()
