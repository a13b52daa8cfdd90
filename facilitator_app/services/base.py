"""What every service holds: the store and the change feed, and how an action publishes."""

from __future__ import annotations

import contextlib
import functools
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from facilitator_app.errors import ServerConnectionError
from facilitator_app.services.changes import Action, Change, ChangeBatch, ChangeFeed, Entity
from facilitator_app.storage.store import Store

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger(__name__)


def one_batch(method: F) -> F:
    """Makes a service method one user action: its changes go out as one batch, tagged with
    the ``origin`` keyword argument the caller passed (the method declares ``origin``).

    On a server store, an action cut by a dropped connection is tried once more on a new
    connection when none of it was saved (its transaction rolled back); if that fails too, or the
    connection dropped while committing, the person is told (``ServerConnectionError``)."""

    @functools.wraps(method)
    def run(self: Service, *args: Any, **kwargs: Any) -> Any:
        outermost = self._pending is None   # a nested action is retried by the one around it
        try:
            with self._action(kwargs.get("origin")):
                return method(self, *args, **kwargs)
        except ServerConnectionError as exc:
            if not (outermost and exc.unsaved):
                raise
            log.warning("The server connection dropped during %s; trying it once more", method.__name__)
        with self._action(kwargs.get("origin")):
            return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]


class Service:
    """Base of the services: one store, one change feed, both handed in.

    ``with self._action(origin):`` around a user action collects every ``_publish`` inside it
    and publishes them as ONE ``ChangeBatch`` when the action ends without an error. A
    ``_publish`` outside any action is a batch of its own.
    """

    def __init__(self, store: Store, changes: ChangeFeed) -> None:
        self._store = store
        self._changes = changes
        self._pending: list[Change] | None = None
        self._origin: object | None = None

    @contextlib.contextmanager
    def _action(self, origin: object | None = None) -> Iterator[None]:
        if self._pending is not None:  # nested: the outer action publishes
            yield
            return
        self._pending, self._origin = [], origin
        try:
            yield
            changes = tuple(self._pending)
        finally:
            self._pending, self._origin = None, None
        if changes:
            self._changes.publish(ChangeBatch(changes, origin))

    def _publish(self, entity: Entity, action: Action, ids: Iterable[uuid.UUID], *,
                 group_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None) -> None:
        change = Change(entity, action, frozenset(ids), group_id=group_id, meeting_id=meeting_id)
        if self._pending is not None:
            self._pending.append(change)
        else:
            self._changes.publish(ChangeBatch((change,)))
