"""Attendance: who came to a session, and how often each member comes."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.records import AttendanceRecord, MemberAttendanceSummary
from facilitator_app.services.base import Service
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.meetings import recordable_meeting
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import attendance as repo
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import members as members_repo


class AttendanceService(Service):
    """Use cases for attendance."""

    def list_for_meeting(self, meeting_id: uuid.UUID) -> list[AttendanceRecord]:
        with self._store.read() as s:
            return [mappers.attendance_record(a) for a in repo.for_meeting(s, meeting_id)]

    def set_status(self, meeting_id: uuid.UUID, member_id: uuid.UUID, status: AttendanceStatus,
                   comment: str | None = None) -> AttendanceRecord:
        """Record how a member took part. Someone attending marks a planned session as held."""
        status = AttendanceStatus(status)
        with self._store.write() as s:
            meeting = recordable_meeting(s, meeting_id)
            common.get_live(s, orm.Member, member_id, "member")
            row = self._upsert(s, meeting, member_id, status)
            if comment is not None:
                row.comment = clean_text(comment, field="comment", max_length=500)
            held = self._mark_held(meeting, status)
            s.flush()
            record = mappers.attendance_record(row)
        self._after(meeting, [record.id], held)
        return record

    def clear_status(self, meeting_id: uuid.UUID, member_id: uuid.UUID) -> None:
        """Forget a status set by mistake (undo of a first tick)."""
        with self._store.write() as s:
            row = repo.row_for(s, meeting_id, member_id)
            if row is None or row.deleted_at is not None:
                return
            common.tombstone(row)
            meeting = common.get_live(s, orm.Meeting, meeting_id, "session")
        self._publish(Entity.ATTENDANCE, Action.DELETED, [row.id], group_id=meeting.group_id,
                      meeting_id=meeting_id)

    def mark_everyone_present(self, meeting_id: uuid.UUID) -> list[AttendanceRecord]:
        """Mark every current member without a status as present (statuses already set stay)."""
        with self._store.write() as s:
            meeting = recordable_meeting(s, meeting_id)
            recorded = {a.member_id for a in repo.for_meeting(s, meeting_id)}
            roster = members_repo.members_of_group(s, meeting.group_id, active_on=meeting.date)
            rows = [self._upsert(s, meeting, m.id, AttendanceStatus.PRESENT)
                    for m, _ in roster if m.id not in recorded]
            held = bool(rows) and self._mark_held(meeting, AttendanceStatus.PRESENT)
            audit.record(s, "attendance.everyone_present", attendance=len(rows))
            s.flush()
            records = [mappers.attendance_record(r) for r in rows]
        self._after(meeting, [r.id for r in records], held)
        return records

    def member_summaries(self, group_id: uuid.UUID) -> list[MemberAttendanceSummary]:
        """For each member seen in the group's held sessions: how many they attended, and when last."""
        with self._store.read() as s:
            return [MemberAttendanceSummary(member_id=mid, preferred_name=name, sessions_attended=att,
                                            sessions_recorded=rec, last_attended=last)
                    for mid, name, att, rec, last in repo.member_summaries(s, group_id)]

    @staticmethod
    def _upsert(s: Session, meeting: orm.Meeting, member_id: uuid.UUID, status: AttendanceStatus) -> orm.Attendance:
        row = repo.row_for(s, meeting.id, member_id)
        if row is None:
            row = orm.Attendance(meeting_id=meeting.id, member_id=member_id, status=status, comment="")
            s.add(row)
        else:
            row.status = status
            row.deleted_at = None  # revive a cleared status rather than adding a second row
        return row

    @staticmethod
    def _mark_held(meeting: orm.Meeting, status: AttendanceStatus) -> bool:
        if status.attended and meeting.status is MeetingStatus.PLANNED:
            meeting.status = MeetingStatus.HELD
            return True
        return False

    def _after(self, meeting: orm.Meeting, ids: list[uuid.UUID], held: bool) -> None:
        if not ids:
            return
        self._publish(Entity.ATTENDANCE, Action.UPDATED, ids, group_id=meeting.group_id, meeting_id=meeting.id)
        if held:
            self._publish(Entity.MEETING, Action.UPDATED, [meeting.id], group_id=meeting.group_id,
                          meeting_id=meeting.id)
