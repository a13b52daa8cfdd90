"""What a service changed, so each panel refreshes only what it shows.

Services publish a ``Change`` after their transaction commits; the window adapts the
feed to a Qt signal. The feed is an ordinary object handed in through constructors.
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


Listener = Callable[[Change], None]


class ChangeFeed:
    """Delivers committed changes to whoever subscribed, in order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Start delivering changes to ``listener``; call the returned function to stop."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
