"""Random sequences of service operations keep the store's invariants (hypothesis, stateful).

After every step: integrity_check passes, foreign keys hold, no member has two live marks
for one session, and every live membership joins a live member to a live group.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import uuid
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import NoteSections
from facilitator_app.errors import AppError
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect

NAMES = st.sampled_from(["Zoë", "zoë", "Łukasz", "Sam", "Aiyana", "Nguyễn Văn An", "Søren", "Kai"])


class ServiceOperations(RuleBasedStateMachine):
    members = Bundle("members")
    walk_ins = Bundle("walk_ins")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="facilitator-invariants-"))
        self.store = open_store(self.folder / "store.sqlite3")
        self.services = build_services(self.store)
        self.groups = [self.services.groups.create_group(weekly_draft(name)).id for name in ("Tuesday", "Friday")]
        self.meetings = [m.id for m in self.services.meetings.schedule_next(self.groups[0], 3,
                                                                           start=date(2026, 1, 1))]

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _try(self, action, *args, **kwargs):  # noqa: ANN001, ANN202 - any service call
        """Run a service call; a refusal in plain words (AppError) is a fine outcome, a crash is not."""
        try:
            return action(*args, **kwargs)
        except AppError:
            return None

    @rule(target=members, name=NAMES, in_group=st.booleans())
    def add_member(self, name: str, in_group: bool) -> uuid.UUID:
        group = self.groups[0] if in_group else None
        return self.services.members.add_member(MemberDraft(name), group_id=group, joined_on=date(2026, 1, 1)).id

    @rule(member=members, group=st.integers(0, 1))
    def join(self, member: uuid.UUID, group: int) -> None:
        self._try(self.services.members.join_group, member, self.groups[group], joined_on=date(2026, 1, 1))

    @rule(member=members, group=st.integers(0, 1))
    def leave(self, member: uuid.UUID, group: int) -> None:
        self._try(self.services.members.leave_group, member, self.groups[group], left_on=date(2026, 2, 1))

    @rule(member=members, meeting=st.integers(0, 2), status=st.sampled_from(list(AttendanceStatus)))
    def set_attendance(self, member: uuid.UUID, meeting: int, status: AttendanceStatus) -> None:
        self._try(self.services.attendance.set_status, self.meetings[meeting], member, status)

    @rule(member=members, meeting=st.integers(0, 2))
    def clear(self, member: uuid.UUID, meeting: int) -> None:
        self._try(self.services.attendance.clear_status, self.meetings[meeting], member)

    @rule(target=walk_ins, meeting=st.integers(0, 2), name=NAMES)
    def walk_in(self, meeting: int, name: str) -> tuple[uuid.UUID, uuid.UUID]:
        done = self._try(self.services.attendance.add_walk_in, self.meetings[meeting], name)
        return (self.meetings[meeting], done.line.member.id) if done else (self.meetings[meeting], uuid.uuid4())

    @rule(walk_in=consumes(walk_ins))
    def undo_walk_in(self, walk_in: tuple[uuid.UUID, uuid.UUID]) -> None:
        self._try(self.services.attendance.undo_walk_in, *walk_in)

    @rule(meeting=st.integers(0, 2), text=st.text(max_size=40))
    def save_note(self, meeting: int, text: str) -> None:
        self._try(self.services.notes.save_note, self.meetings[meeting], NoteSections(themes=text))

    @invariant()
    def store_is_sound(self) -> None:
        with contextlib.closing(keyed_connect(self.store.path)) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            doubled = con.execute("SELECT meeting_id, member_id FROM attendance WHERE deleted_at IS NULL "
                                  "GROUP BY meeting_id, member_id HAVING count(*) > 1").fetchall()
            assert doubled == []
            orphans = con.execute(
                "SELECT ms.id FROM memberships ms JOIN members m ON m.id = ms.member_id "
                "JOIN groups g ON g.id = ms.group_id WHERE ms.deleted_at IS NULL "
                "AND (m.deleted_at IS NOT NULL OR g.deleted_at IS NOT NULL)").fetchall()
            assert orphans == []


ServiceOperations.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None,
                                               suppress_health_check=[HealthCheck.too_slow])
TestServiceOperations = ServiceOperations.TestCase
