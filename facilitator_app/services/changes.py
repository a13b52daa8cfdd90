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

    def deliver(self, to: object, on_change: Callable[[Change, bool], None]) -> None:
        """Hand each change to ``on_change(change, own)`` in order; ``own`` is True when ``to``
        made this batch (a panel's ``on_batch`` is this one call)."""
        own = self.made_by(to)
        for change in self.changes:
            on_change(change, own)


BatchListener = Callable[[ChangeBatch], None]


class ChangeFeed:
    """Delivers committed batches, in order, to whoever subscribed."""

    def __init__(self) -> None:
        self._listeners: list[BatchListener] = []

    def subscribe_batches(self, listener: BatchListener) -> Callable[[], None]:
        """Deliver every batch, once, to ``listener``; call the result to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, batch: ChangeBatch) -> None:
        for listener in list(self._listeners):
            listener(batch)
