"""A panel that saves through a service shows the result itself; this lets it ignore the
echo of its own change when the change feed reports it back a moment later."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


class OwnChangeMixin:
    """Mixed into panels: ``with self._own_change(): service call`` sets ``self._saving``."""

    _saving: bool = False

    @contextlib.contextmanager
    def _own_change(self) -> Iterator[None]:
        self._saving = True
        try:
            yield
        finally:
            self._saving = False
