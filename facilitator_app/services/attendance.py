"""Attendance: who came to a session, and how often each member comes."""

from __future__ import annotations

import uuid
from datetime import date

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.records import AttendanceLine, AttendanceRecord, FollowUpEntry, MemberAttendanceSummary
from facilitator_app.domain.text import sort_key
from facilitator_app.domain.walk_in import SeveralMatches, WalkIn, WalkInCandidate, candidates_for
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.meetings import recordable_meeting
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import attendance as repo
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import meetings as meetings_repo
from facilitator_app.storage.repos import members as members_repo
from facilitator_app.storage.store import Transaction


class AttendanceService(Service):
    """Use cases for attendance."""

    def list_for_meeting(self, meeting_id: uuid.UUID) -> list[AttendanceRecord]:
        with self._store.read() as s:
            return [mappers.attendance_record(a) for a in repo.for_meeting(s, meeting_id)]

    @one_batch
    def set_status(self, meeting_id: uuid.UUID, member_id: uuid.UUID, status: AttendanceStatus,
                   comment: str | None = None, origin: object | None = None) -> AttendanceRecord:
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

    @one_batch
    def clear_status(self, meeting_id: uuid.UUID, member_id: uuid.UUID, origin: object | None = None) -> None:
        """Forget a status set by mistake (undo of a first tick)."""
        with self._store.write() as s:
            row = repo.row_for(s, meeting_id, member_id)
            if row is None or row.deleted_at is not None:
                return
            common.tombstone(row)
            meeting = meetings_repo.live_meeting(s, meeting_id)
        self._publish(Entity.ATTENDANCE, Action.DELETED, [row.id], group_id=meeting.group_id,
                      meeting_id=meeting_id)

    @one_batch
    def restore(self, meeting_id: uuid.UUID, statuses: dict[uuid.UUID, AttendanceStatus | None],
                meeting_status: MeetingStatus | None = None, origin: object | None = None) -> None:
        """Put several members' statuses (None: no status), and optionally the session's own
        status, back as they were, in one transaction. This is what undo and redo use.

        Clearing works on any session; setting a status needs one that can take attendance.
        """
        with self._store.write() as s:
            meeting = meetings_repo.live_meeting(s, meeting_id)
            if meeting_status is not None:
                meeting.status = MeetingStatus(meeting_status)
            if any(status is not None for status in statuses.values()):
                meeting = recordable_meeting(s, meeting_id)
            ids = []
            for member_id, status in statuses.items():
                row = repo.row_for(s, meeting_id, member_id)
                if status is None:
                    if row is not None and row.deleted_at is None:
                        common.tombstone(row)
                        ids.append(row.id)
                else:
                    row = self._upsert(s, meeting, member_id, AttendanceStatus(status))
                    s.flush()
                    ids.append(row.id)
        self._after(meeting, ids, held=meeting_status is not None)

    @one_batch
    def mark_everyone_present(self, meeting_id: uuid.UUID, origin: object | None = None) -> list[AttendanceRecord]:
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

    def sheet(self, meeting_id: uuid.UUID) -> list[AttendanceLine]:
        """The session's attendance sheet: everyone in the group that day, plus anyone recorded
        at it since (a member who later left), sorted by name."""
        with self._store.read() as s:
            meeting = meetings_repo.meeting_row(s, meeting_id)
            if meeting is None:
                raise NotFoundError("That session is no longer in the data file; it may have been deleted. "
                                    "Choose another session.")
            lines = [AttendanceLine(member=mappers.member_record(row), status=row.attendance_status,
                                    comment=row.attendance_comment or "")
                     for row in repo.sheet_rows(s, meeting)]
        return sorted(lines, key=lambda line: (sort_key(line.member.preferred_name), line.member.id))

    def group_has_members(self, group_id: uuid.UUID) -> bool:
        """Whether anyone was ever in the group: former members and those who joined later count."""
        with self._store.read() as s:
            return bool(members_repo.members_of_group(s, group_id, include_former=True))

    def walk_in_candidates(self, meeting_id: uuid.UUID, preferred_name: str) -> list[WalkInCandidate]:
        """Members of the session's group, ever (former ones and those who joined later too),
        whose preferred or full name is ``preferred_name``, ignoring case and accents."""
        with self._store.read() as s:
            meeting = meetings_repo.meeting_row(s, meeting_id)
            if meeting is None:
                raise NotFoundError("That session is no longer in the data file; it may have been deleted. "
                                    "Choose another session.")
            return self._candidates(s, meeting.group_id, meeting.date, preferred_name)

    @one_batch
    def add_walk_in(self, meeting_id: uuid.UUID, preferred_name: str, member_id: uuid.UUID | None = None,
                    new_member: bool = False, origin: object | None = None) -> WalkIn:
        """A walk-in in one step: marked present at the session.

        A name that is already a member's of the group (current, former, or joined later;
        preferred or full name, ignoring case and accents) marks that member; their memberships
        stay as they are. Several such members raise ``SeveralMatches``: the caller chooses
        one (``member_id``) or asks for someone new (``new_member``). Otherwise a new member is
        created, in the group from that day.
        """
        name = clean_text(preferred_name, field="name", max_length=200, required=True)
        membership = None
        with self._store.write() as s:
            meeting = recordable_meeting(s, meeting_id)
            chosen = None if new_member else self._chosen(s, meeting, name, member_id)
            if chosen is not None:
                member = common.get_live(s, orm.Member, chosen.member.id, "member")
                previous = repo.row_for(s, meeting_id, member.id)
                before = previous.status if previous is not None and previous.deleted_at is None else None
            else:
                before = None
                member = orm.Member(preferred_name=name)
                s.add(member)
                s.flush()
                membership = orm.Membership(member_id=member.id, group_id=meeting.group_id, joined_on=meeting.date)
                s.add(membership)
            row = self._upsert(s, meeting, member.id, AttendanceStatus.PRESENT)
            held = self._mark_held(meeting, AttendanceStatus.PRESENT)
            audit.record(s, "attendance.walk_in", members=0 if chosen else 1, attendance=1)
            s.flush()
            result = WalkIn(line=AttendanceLine(member=mappers.member_record(member), status=row.status),
                            created=chosen is None, status_before=before,
                            standing=chosen.standing if chosen else None)
        if result.created:
            self._publish(Entity.MEMBER, Action.ADDED, [member.id], group_id=meeting.group_id)
        if membership is not None:
            self._publish(Entity.MEMBERSHIP, Action.ADDED, [membership.id], group_id=meeting.group_id)
        self._after(meeting, [row.id], held)
        return result

    def _chosen(self, s: Transaction, meeting: orm.Meeting, name: str,
                member_id: uuid.UUID | None) -> WalkInCandidate | None:
        """The known member a walk-in's name means, or None for someone new."""
        matches = self._candidates(s, meeting.group_id, meeting.date, name)
        if member_id is not None:
            chosen = next((c for c in matches if c.member.id == member_id), None)
            if chosen is None:
                raise NotFoundError(f"That member is no longer in the group under the name “{name}”; "
                                    "type the name again.")
            return chosen
        if len(matches) > 1:
            raise SeveralMatches(name, matches)
        return matches[0] if matches else None

    @staticmethod
    def _candidates(s: Transaction, group_id: uuid.UUID, day: date, name: str) -> list[WalkInCandidate]:
        # The group and the day, not the meeting: the read path holds a plain row, the write path an ORM object.
        pairs = members_repo.members_of_group(s, group_id, include_former=True)
        return candidates_for(name, [(mappers.member_record(m), mappers.membership_record(ms)) for m, ms in pairs],
                              day)

    @one_batch
    def undo_walk_in(self, meeting_id: uuid.UUID, member_id: uuid.UUID, origin: object | None = None) -> None:
        """Take back a walk-in who was added by mistake: their mark, membership and (if they have
        no other history) the member record go, as tombstones, in one transaction."""
        with self._store.write() as s:
            meeting = meetings_repo.live_meeting(s, meeting_id)
            member = common.get_live(s, orm.Member, member_id, "member")
            row = repo.row_for(s, meeting_id, member_id)
            if row is not None and row.deleted_at is None:
                common.tombstone(row)
            for membership in members_repo.memberships_of(s, member_id):
                if membership.group_id == meeting.group_id and membership.joined_on == meeting.date:
                    common.tombstone(membership)
            s.flush()
            if not repo.has_history(s, member_id) and not members_repo.memberships_of(s, member_id):
                common.tombstone(member)
            audit.record(s, "attendance.walk_in_undone", attendance=1)
        self._publish(Entity.MEMBER, Action.DELETED, [member_id], group_id=meeting.group_id)
        self._publish(Entity.ATTENDANCE, Action.DELETED, [row.id] if row else [], group_id=meeting.group_id,
                      meeting_id=meeting_id)

    def enough_history(self, group_id: uuid.UUID, sessions: int, today: date | None = None) -> bool:
        """Whether the group has held at least ``sessions`` sessions (so "missed the last N" means something)."""
        with self._store.read() as s:
            return len(repo.last_held_meetings(s, group_id, sessions, today or date.today())) >= sessions

    def follow_ups(self, group_id: uuid.UUID, sessions: int = 3, today: date | None = None) -> list[FollowUpEntry]:
        """Current members who missed each of the group's last ``sessions`` held sessions.

        Only members who were already in the group at the first of those sessions count:
        someone who joined last week has not "missed" anything.
        """
        if sessions < 1:
            raise ValidationError("Count at least one session.")
        day = today or date.today()
        with self._store.read() as s:
            recent = repo.last_held_meetings(s, group_id, sessions, day)
            if len(recent) < sessions:
                return []
            since = recent[-1].date
            came = repo.attended_member_ids(s, [m.id for m in recent])
            missing = [m for m, ms in members_repo.members_of_group(s, group_id, active_on=day)
                       if ms.joined_on <= since and m.id not in came]
            last = repo.last_attended_dates(s, group_id, [m.id for m in missing])
            return [FollowUpEntry(member=mappers.member_record(m), missed=len(recent), last_attended=last.get(m.id))
                    for m in missing]

    def member_summaries(self, group_id: uuid.UUID) -> list[MemberAttendanceSummary]:
        """For each member seen in the group's held sessions: how many they attended, and when last."""
        with self._store.read() as s:
            return [MemberAttendanceSummary(member_id=mid, preferred_name=name, sessions_attended=att,
                                            sessions_recorded=rec, last_attended=last)
                    for mid, name, att, rec, last in repo.member_summaries(s, group_id)]

    @staticmethod
    def _upsert(s: Transaction, meeting: orm.Meeting, member_id: uuid.UUID, status: AttendanceStatus) -> orm.Attendance:
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
        # Only a session that has started can have been held: ticking names ahead of time
        # (a paper sheet typed in early) must not make a future session count.
        if status.attended and meeting.status is MeetingStatus.PLANNED and meeting.date <= date.today():
            meeting.status = MeetingStatus.HELD
            return True
        return False

    def _after(self, meeting: orm.Meeting, ids: list[uuid.UUID], held: bool) -> None:
        """Publish what changed: the attendance rows, and the session if its status moved."""
        if ids:
            self._publish(Entity.ATTENDANCE, Action.UPDATED, ids, group_id=meeting.group_id,
                          meeting_id=meeting.id)
        if held:
            self._publish(Entity.MEETING, Action.UPDATED, [meeting.id], group_id=meeting.group_id,
                          meeting_id=meeting.id)
