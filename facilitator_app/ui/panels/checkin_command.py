"""Undo and redo of one member's check-in, as saved by the round."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QUndoCommand

from facilitator_app.domain.records import CheckinRecord


class CheckinCommand(QUndoCommand):
    """A member's check-in before and after an edit (None: no check-in). The first redo is the
    save that already happened before the push, so a refused edit never enters the history."""

    def __init__(self, text: str, meeting_id: uuid.UUID, member_id: uuid.UUID, before: CheckinRecord | None,
                 after: CheckinRecord | None, apply: Any) -> None:
        super().__init__(text)
        self._meeting_id, self._member_id = meeting_id, member_id
        self._before, self._after = before, after
        self._apply = apply
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._apply(self._meeting_id, self._member_id, self._after)

    def undo(self) -> None:
        self._apply(self._meeting_id, self._member_id, self._before)


