"""Undoable attendance edits (Ctrl+Z / Ctrl+Shift+Z). Each redo and undo is saved at once.

A command is pushed only after its first save succeeded, so a refused change never
enters the undo history.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from facilitator_app.domain.enums import AttendanceStatus

Statuses = dict[uuid.UUID, AttendanceStatus | None]
Apply = Callable[[uuid.UUID, Statuses], None]

VISITOR_COMMAND_ID = 4201


class AttendanceCommand(QUndoCommand):
    """Statuses of one session before and after an edit; ``apply`` saves and shows them."""

    def __init__(self, text: str, meeting_id: uuid.UUID, before: Statuses, after: Statuses, apply: Apply) -> None:
        super().__init__(text)
        self._meeting_id = meeting_id
        self._before = before
        self._after = after
        self._apply = apply
        self._done = True  # the first save already happened when the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._meeting_id, self._after)

    def undo(self) -> None:
        self._apply(self._meeting_id, self._before)


class VisitorCountCommand(QUndoCommand):
    """A change of the anonymous visitors' headcount; consecutive steps merge into one."""

    def __init__(self, meeting_id: uuid.UUID, before: int, after: int, apply: Callable[[uuid.UUID, int], None]) -> None:
        super().__init__(f"Visitors: {after}")
        self.meeting_id = meeting_id
        self.before = before
        self.after = after
        self._apply = apply
        self._done = True

    def id(self) -> int:
        return VISITOR_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, VisitorCountCommand) or other.meeting_id != self.meeting_id:
            return False
        self.after = other.after
        self.setText(f"Visitors: {self.after}")
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.meeting_id, self.after)

    def undo(self) -> None:
        self._apply(self.meeting_id, self.before)
