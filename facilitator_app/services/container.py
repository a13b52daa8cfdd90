"""Every service of one open store, built together so the window and CLI share one set."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from facilitator_app.services.attendance import AttendanceService
from facilitator_app.services.changes import ChangeFeed
from facilitator_app.services.checkins import CheckinService
from facilitator_app.services.groups import GroupService
from facilitator_app.services.handouts import HandoutService
from facilitator_app.services.meetings import MeetingService
from facilitator_app.services.members import MemberService
from facilitator_app.services.notes import NoteService
from facilitator_app.storage.store import Store

if TYPE_CHECKING:
    from facilitator_app.services.audit import AuditService
    from facilitator_app.services.member_merge import MemberMergeService
    from facilitator_app.services.reports import ReportService


@dataclass(frozen=True)
class Services:
    store: Store
    changes: ChangeFeed
    groups: GroupService
    members: MemberService
    meetings: MeetingService
    attendance: AttendanceService
    checkins: CheckinService
    notes: NoteService
    handouts: HandoutService

    @cached_property
    def reports(self) -> ReportService:
        """Built on first use: only exports need it, and its module costs start-up time."""
        from facilitator_app.services import reports  # deferred on purpose

        return reports.ReportService(self.store, self.changes)

    @cached_property
    def audit(self) -> AuditService:
        """Recording exports, prints and other events in the audit trail (``services/audit.py``)."""
        from facilitator_app.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def merges(self) -> MemberMergeService:
        """Merging duplicate members: built on first use, like the reports."""
        from facilitator_app.services.member_merge import MemberMergeService

        return MemberMergeService(self.store, self.changes)


def build_services(store: Store, changes: ChangeFeed | None = None) -> Services:
    feed = changes or ChangeFeed()
    return Services(
        store=store, changes=feed,
        groups=GroupService(store, feed), members=MemberService(store, feed),
        meetings=MeetingService(store, feed), attendance=AttendanceService(store, feed),
        checkins=CheckinService(store, feed), notes=NoteService(store, feed),
        handouts=HandoutService(store, feed),
    )
