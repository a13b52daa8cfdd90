"""What a service changed, so each panel refreshes only what it shows.

One user action publishes ONE ``ChangeBatch`` after its transaction commits: the set of
``Change``s plus an ``origin`` token (whoever asked, e.g. a panel), so a panel can tell its
own batch from another's (Anki's ``OpChanges`` is the model). The window adapts the feed to
Qt signals. The feed is an ordinary object handed in through constructors.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger(__name__)


class Entity(StrEnum):
    GROUP = "group"
    MEMBER = "member"
    MEMBERSHIP = "membership"
    MEETING = "meeting"
    ATTENDANCE = "attendance"
    CHECKIN = "checkin"
    NOTE = "note"
    HANDOUT = "handout"
    INSTRUMENT = "instrument"  # a group's check-in instruments or a custom instrument
    STORE = "store"  # everything may have changed (restore, sample data)


class Action(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    """One committed change: what kind of thing, which rows, and where they belong."""

    entity: Entity
    action: Action
    ids: frozenset[uuid.UUID]
    group_id: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ChangeBatch:
    """Everything one committed user action changed, and who asked for it (``origin``)."""

    changes: tuple[Change, ...]
    origin: object | None = None

    @property
    def entities(self) -> frozenset[Entity]:
        return frozenset(c.entity for c in self.changes)

    def of(self, entity: Entity) -> tuple[Change, ...]:
        """The changes in this batch about ``entity``."""
        return tuple(c for c in self.changes if c.entity is entity)

    def made_by(self, origin: object) -> bool:
        """True when ``origin`` asked for this action (compared by identity)."""
        return origin is not None and self.origin is origin


Listener = Callable[[Change], None]
BatchListener = Callable[[ChangeBatch], None]


def _unsubscriber(listeners: list, listener: object) -> Callable[[], None]:
    return lambda: listeners.remove(listener) if listener in listeners else None


class ChangeFeed:
    """Delivers committed batches (and, for simple listeners, their changes) in order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._batch_listeners: list[BatchListener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Deliver each change of every batch to ``listener``; call the result to stop."""
        self._listeners.append(listener)
        return _unsubscriber(self._listeners, listener)

    def subscribe_batches(self, listener: BatchListener) -> Callable[[], None]:
        """Deliver every batch, once, to ``listener``; call the result to stop."""
        self._batch_listeners.append(listener)
        return _unsubscriber(self._batch_listeners, listener)

    def publish(self, batch: ChangeBatch) -> None:
        for batch_listener in list(self._batch_listeners):
            batch_listener(batch)
        for change in batch.changes:
            for listener in list(self._listeners):
                listener(change)
