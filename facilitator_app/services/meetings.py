"""Sessions ("meetings" in code): scheduling, status, headcount and details."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.domain.text import long_date
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import groups as groups_repo
from facilitator_app.storage.repos import meetings as repo
from facilitator_app.storage.store import Transaction

UNRECORDED = (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET)
MAX_SCHEDULE = 104  # two years of weekly sessions at once is plenty
MAX_VISITORS = 500


def recordable_meeting(s: Transaction, meeting_id: uuid.UUID) -> orm.Meeting:
    """The session, if it can take attendance and check-ins (not cancelled, not "did not meet")."""
    meeting = repo.live_meeting(s, meeting_id)
    if meeting.status in UNRECORDED:
        raise ValidationError(f"This session is marked '{meeting.status.label}', so nothing is recorded for it. "
                              "Set it back to planned or held first.")
    return meeting


@dataclass(frozen=True)
class MeetingDetails:
    """The editable details of a session; times left as None keep the session's current times."""

    topic: str = ""
    venue: str = ""
    co_facilitators: str = ""
    start_time: time | None = None
    end_time: time | None = None


class MeetingService(Service):
    """Use cases for sessions."""

    def list_meetings(self, group_id: uuid.UUID, start: date | None = None,
                      end: date | None = None) -> list[MeetingRecord]:
        """The group's sessions in date order, optionally between two dates (inclusive)."""
        with self._store.read() as s:
            return [mappers.meeting_record(m) for m in repo.meetings_of_group(s, group_id, start, end)]

    def get_meeting(self, meeting_id: uuid.UUID) -> MeetingRecord:
        with self._store.read() as s:
            row = repo.meeting_row(s, meeting_id)
            if row is None:
                raise NotFoundError("That session is no longer in the data file; it may have been deleted. "
                                    "Refresh the list and try again.")
            return mappers.meeting_record(row)

    def find_meeting(self, group_id: uuid.UUID, when: date | None) -> MeetingRecord:
        """The group's session on ``when``; with None, the latest session held (or the latest at all)."""
        meetings = self.list_meetings(group_id)
        if when is not None:
            for meeting in meetings:
                if meeting.date == when:
                    return meeting
            raise NotFoundError(f"The group has no session on {long_date(when)}. "
                                "Check the date, or use 'latest'.")
        held = [m for m in meetings if m.status is MeetingStatus.HELD]
        if held or meetings:
            return (held or meetings)[-1]
        raise NotFoundError("This group has no sessions yet. Schedule or add one first.")

    def create_meeting(self, group_id: uuid.UUID, day: date,
                       details: MeetingDetails | None = None) -> MeetingRecord:
        """Add a single session (an extra one, or one outside the pattern)."""
        details = details or MeetingDetails()
        with self._store.write() as s:
            group = groups_repo.live_group(s, group_id)
            row, = repo.add_meetings(s, group, [day])
            self._apply_details(row, details)
            audit.record(s, "meeting.created", meetings=1)
            s.flush()
            record = mappers.meeting_record(row)
        self._publish(Entity.MEETING, Action.ADDED, [record.id], group_id=group_id)
        return record

    def schedule_next(self, group_id: uuid.UUID, count: int, start: date | None = None) -> list[MeetingRecord]:
        """Create planned sessions for the next ``count`` dates of the group's pattern.

        Skipped dates are left out, and dates that already have a session are not doubled. Without
        ``start``, from today or the group's first date, whichever is later; a ``start`` before the
        group's first date is taken as asked (the facilitator is filling in history).
        """
        if not 1 <= count <= MAX_SCHEDULE:
            raise ValidationError(f"Schedule between 1 and {MAX_SCHEDULE} sessions at a time.")
        with self._store.write() as s:
            group = groups_repo.live_group(s, group_id)
            record = mappers.group_record(group, groups_repo.skipped_dates(s, [group_id]).get(group_id, []))
            taken = repo.meeting_dates(s, group_id)
            days = record.recurrence.next_dates(start or date.today(), count,
                                                skipped=set(record.skipped_dates) | taken,
                                                before_anchor=start is not None)
            rows = repo.add_meetings(s, group, days)
            audit.record(s, "meetings.scheduled", meetings=len(rows))
            s.flush()
            records = [mappers.meeting_record(r) for r in rows]
        self._publish(Entity.MEETING, Action.ADDED, [r.id for r in records], group_id=group_id)
        return records

    def set_status(self, meeting_id: uuid.UUID, status: MeetingStatus) -> MeetingRecord:
        """Mark a session planned, held, cancelled or "did not meet". It always stays in the history."""
        with self._store.write() as s:
            row = repo.live_meeting(s, meeting_id)
            row.status = MeetingStatus(status)
            audit.record(s, f"meeting.{row.status.value}", meetings=1)
            s.flush()
            record = mappers.meeting_record(row)
        self._publish(Entity.MEETING, Action.UPDATED, [meeting_id], group_id=record.group_id,
                      meeting_id=meeting_id)
        return record

    @one_batch
    def set_visitor_count(self, meeting_id: uuid.UUID, count: int, origin: object | None = None) -> MeetingRecord:
        """The anonymous visitors' headcount: a number only, never names."""
        if not 0 <= count <= MAX_VISITORS:
            raise ValidationError(f"The visitor count must be between 0 and {MAX_VISITORS}.")
        with self._store.write() as s:
            row = repo.live_meeting(s, meeting_id)
            row.visitor_count = count
            s.flush()
            record = mappers.meeting_record(row)
        self._publish(Entity.MEETING, Action.UPDATED, [meeting_id], group_id=record.group_id,
                      meeting_id=meeting_id)
        return record

    def update_details(self, meeting_id: uuid.UUID, details: MeetingDetails) -> MeetingRecord:
        with self._store.write() as s:
            row = repo.live_meeting(s, meeting_id)
            self._apply_details(row, details)
            s.flush()
            record = mappers.meeting_record(row)
        self._publish(Entity.MEETING, Action.UPDATED, [meeting_id], group_id=record.group_id,
                      meeting_id=meeting_id)
        return record

    def delete_meeting(self, meeting_id: uuid.UUID) -> None:
        """Remove a session added by mistake (a tombstone). Prefer cancelling a real one."""
        with self._store.write() as s:
            row = repo.live_meeting(s, meeting_id)
            common.tombstone(row)
            audit.record(s, "meeting.deleted", meetings=1)
            group_id = row.group_id
        self._publish(Entity.MEETING, Action.DELETED, [meeting_id], group_id=group_id, meeting_id=meeting_id)

    @staticmethod
    def _apply_details(row: orm.Meeting, details: MeetingDetails) -> None:
        row.topic = clean_text(details.topic, field="topic", max_length=300)
        venue = clean_text(details.venue, field="venue", max_length=300)
        if venue:
            row.venue = venue
        row.co_facilitators = clean_text(details.co_facilitators, field="co-facilitators", max_length=300)
        start = details.start_time or row.start_time
        end = details.end_time or row.end_time
        if start and end and end <= start:
            raise ValidationError("The session must end after it starts.")
        row.start_time, row.end_time = start, end
