"""Undoable session edits (Ctrl+Z / Ctrl+Shift+Z). Each redo and undo is saved at once.

A command is pushed only after its first save succeeded (``redo`` skips that first
call), so a refused change never enters the undo history.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.ui.language import translate

Statuses = dict[uuid.UUID, AttendanceStatus | None]

VISITOR_COMMAND_ID = 4201

State = TypeVar("State")


@dataclass(frozen=True)
class SessionState:
    """Members' statuses at one session, and the session's own status when it changed too."""

    statuses: Statuses
    meeting_status: MeetingStatus | None = None



class SavedFirstCommand(QUndoCommand):
    """The first redo() is the save that already happened before the push."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._redo()

    def _redo(self) -> None:
        raise NotImplementedError


class SessionEditCommand(SavedFirstCommand, Generic[State]):
    """A session's state before and after an edit (statuses, or the session's own status); ``apply`` saves it."""

    def __init__(self, text: str, meeting_id: uuid.UUID, before: State, after: State,
                 apply: Callable[[uuid.UUID, State], object]) -> None:
        super().__init__(text)
        self._meeting_id = meeting_id
        self._before = before
        self._after = after
        self._apply = apply

    def _redo(self) -> None:
        self._apply(self._meeting_id, self._after)

    def undo(self) -> None:
        self._apply(self._meeting_id, self._before)


class CallbackCommand(SavedFirstCommand):
    """An undoable change given as its redo and undo callables."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo_callback = redo
        self._undo_callback = undo

    def _redo(self) -> None:
        self._redo_callback()

    def undo(self) -> None:
        self._undo_callback()


class WalkInCommand(SavedFirstCommand):
    """A walk-in: undo takes the person back out; redo adds them again (a new record each time)."""

    def __init__(self, meeting_id: uuid.UUID, name: str, member_id: uuid.UUID,
                 add: Callable[[uuid.UUID, str], uuid.UUID], remove: Callable[[uuid.UUID, uuid.UUID], None]) -> None:
        super().__init__(translate("WalkInCommand", "Walk-in: {name}").format(name=name))
        self._meeting_id = meeting_id
        self._name = name
        self._member_id = member_id
        self._add = add
        self._remove = remove

    def _redo(self) -> None:
        self._member_id = self._add(self._meeting_id, self._name)

    def undo(self) -> None:
        self._remove(self._meeting_id, self._member_id)


class VisitorCountCommand(SavedFirstCommand):
    """A change of the anonymous visitors' headcount; consecutive steps merge into one."""

    def __init__(self, meeting_id: uuid.UUID, before: int, after: int, apply: Callable[[uuid.UUID, int], None]) -> None:
        super().__init__(translate("VisitorCountCommand", "Visitors: {after}").format(after=after))
        self.meeting_id = meeting_id
        self.before = before
        self.after = after
        self._apply = apply

    def id(self) -> int:
        return VISITOR_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, VisitorCountCommand) or other.meeting_id != self.meeting_id:
            return False
        self.after = other.after
        self.setText(translate("VisitorCountCommand", "Visitors: {after}").format(after=self.after))
        self.setObsolete(self.after == self.before)  # back where it started: nothing to undo
        return True

    def _redo(self) -> None:
        self._apply(self.meeting_id, self.after)

    def undo(self) -> None:
        self._apply(self.meeting_id, self.before)
