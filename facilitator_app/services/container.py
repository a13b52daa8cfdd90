"""Every service of one open store, shared by the window and the CLI.

Each service is built, and its module imported, on first use: the window's first screen needs
only a few of them, and importing the others (check-ins, notes, handouts, reports, merges...)
would cost start-up time for screens nobody has opened yet. All share the store and one feed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from facilitator_app.services.changes import ChangeFeed
from facilitator_app.storage.store import Store

if TYPE_CHECKING:
    from facilitator_app.services.attendance import AttendanceService
    from facilitator_app.services.audit import AuditService
    from facilitator_app.services.checkins import CheckinService
    from facilitator_app.services.groups import GroupService
    from facilitator_app.services.handouts import HandoutService
    from facilitator_app.services.meetings import MeetingService
    from facilitator_app.services.member_merge import MemberMergeService
    from facilitator_app.services.members import MemberService
    from facilitator_app.services.notes import NoteService
    from facilitator_app.services.reports import ReportService

# The deferred imports below are on purpose (see the module docstring).


@dataclass(frozen=True)
class Services:
    store: Store
    changes: ChangeFeed

    @cached_property
    def groups(self) -> GroupService:
        from facilitator_app.services.groups import GroupService

        return GroupService(self.store, self.changes)

    @cached_property
    def members(self) -> MemberService:
        from facilitator_app.services.members import MemberService

        return MemberService(self.store, self.changes)

    @cached_property
    def meetings(self) -> MeetingService:
        from facilitator_app.services.meetings import MeetingService

        return MeetingService(self.store, self.changes)

    @cached_property
    def attendance(self) -> AttendanceService:
        from facilitator_app.services.attendance import AttendanceService

        return AttendanceService(self.store, self.changes)

    @cached_property
    def checkins(self) -> CheckinService:
        from facilitator_app.services.checkins import CheckinService

        return CheckinService(self.store, self.changes)

    @cached_property
    def notes(self) -> NoteService:
        from facilitator_app.services.notes import NoteService

        return NoteService(self.store, self.changes)

    @cached_property
    def handouts(self) -> HandoutService:
        from facilitator_app.services.handouts import HandoutService

        return HandoutService(self.store, self.changes)

    @cached_property
    def reports(self) -> ReportService:
        """Only exports need it."""
        from facilitator_app.services.reports import ReportService

        return ReportService(self.store, self.changes)

    @cached_property
    def audit(self) -> AuditService:
        """Recording exports, prints and other events in the audit trail (``services/audit.py``)."""
        from facilitator_app.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def merges(self) -> MemberMergeService:
        """Merging duplicate members."""
        from facilitator_app.services.member_merge import MemberMergeService

        return MemberMergeService(self.store, self.changes)


def build_services(store: Store, changes: ChangeFeed | None = None) -> Services:
    return Services(store=store, changes=changes or ChangeFeed())
