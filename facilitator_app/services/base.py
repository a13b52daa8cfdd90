"""What every service holds: the store and the change feed."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from facilitator_app.services.changes import Action, Change, ChangeFeed, Entity
from facilitator_app.storage.store import Store


class Service:
    """Base of the services: one store, one change feed, both handed in."""

    def __init__(self, store: Store, changes: ChangeFeed) -> None:
        self._store = store
        self._changes = changes

    def _publish(self, entity: Entity, action: Action, ids: Iterable[uuid.UUID], *,
                 group_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None) -> None:
        self._changes.publish(Change(entity, action, frozenset(ids), group_id=group_id, meeting_id=meeting_id))
