"""Members and their memberships: only a preferred name is ever required."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from facilitator_app.domain.ids import utc_now
from facilitator_app.domain.records import MemberRecord, MembershipRecord, RosterEntry
from facilitator_app.domain.text import short_date, sort_key
from facilitator_app.errors import ValidationError
from facilitator_app.services.base import Service
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import attendance as attendance_repo
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import members as repo


@dataclass(frozen=True)
class MemberDraft:
    """What a facilitator fills in for a member; everything but the preferred name is optional."""

    preferred_name: str
    full_name: str = ""
    pronouns: str = ""
    phone: str = ""
    email: str = ""
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    notes: str = ""
    consent_to_contact: bool = False


@dataclass(frozen=True)
class GroupMember:
    """A member as seen from one group: their details and their membership."""

    member: MemberRecord
    membership: MembershipRecord


@dataclass(frozen=True)
class ListedMember:
    """A member's names for a list (the command line's ``list members``), and whether they are current."""

    member_id: uuid.UUID
    preferred_name: str
    full_name: str
    current: bool


class MemberService(Service):
    """Use cases for members."""

    def add_member(self, draft: MemberDraft, group_id: uuid.UUID | None = None,
                   joined_on: date | None = None) -> MemberRecord:
        """Add a member, and put them in a group in the same step when ``group_id`` is given."""
        values = _validated(draft)
        with self._store.write() as s:
            row = orm.Member(**values)
            s.add(row)
            s.flush()
            if group_id is not None:
                common.get_live(s, orm.Group, group_id, "group")
                s.add(orm.Membership(member_id=row.id, group_id=group_id, joined_on=joined_on or date.today()))
            audit.record(s, "member.added", members=1)
            record = mappers.member_record(row)
        self._publish(Entity.MEMBER, Action.ADDED, [record.id], group_id=group_id)
        return record

    def update_member(self, member_id: uuid.UUID, draft: MemberDraft) -> MemberRecord:
        values = _validated(draft)
        with self._store.write() as s:
            row = common.get_live(s, orm.Member, member_id, "member")
            for key, value in values.items():
                setattr(row, key, value)
            audit.record(s, "member.updated", members=1)
            s.flush()
            record = mappers.member_record(row)
        self._publish(Entity.MEMBER, Action.UPDATED, [member_id])
        return record

    def get_member(self, member_id: uuid.UUID) -> MemberRecord:
        with self._store.read() as s:
            return mappers.member_record(common.get_live(s, orm.Member, member_id, "member"))

    def list_members(self) -> list[MemberRecord]:
        with self._store.read() as s:
            return [mappers.member_record(m) for m in repo.all_members(s)]

    def names(self, group_id: uuid.UUID | None = None, include_former: bool = False,
              today: date | None = None) -> list[ListedMember]:
        """Members' names, sorted by preferred name, then full name.

        Current members are those with a membership not yet ended on ``today`` (joining later counts),
        and, store-wide, members never in any group. Former members (every membership ended, or its
        group deleted) are left out unless ``include_former``. With ``group_id``, only members of that
        group, judged by it.
        """
        day = today or date.today()
        with self._store.read() as s:
            rows, memberships = repo.names_and_memberships(s, group_id)
        current: dict[uuid.UUID, bool] = {}
        for ms in memberships:
            still = not ms.group_deleted and (ms.left_on is None or ms.left_on > day)
            current[ms.member_id] = current.get(ms.member_id, False) or still
        listed = [ListedMember(r.id, r.preferred_name, r.full_name or "",
                               current.get(r.id, group_id is None))
                  for r in rows if group_id is None or r.id in current]
        listed = [m for m in listed if m.current or include_former]
        return sorted(listed, key=lambda m: (sort_key(m.preferred_name), sort_key(m.full_name), m.member_id))

    def group_members(self, group_id: uuid.UUID, active_on: date | None = None,
                      include_former: bool = False) -> list[GroupMember]:
        """The group's roster on ``active_on`` (today by default), or everyone who was ever in it."""
        with self._store.read() as s:
            return [GroupMember(mappers.member_record(m), mappers.membership_record(ms))
                    for m, ms in repo.members_of_group(s, group_id, active_on, include_former)]

    def roster(self, group_id: uuid.UUID, include_former: bool = False) -> list[RosterEntry]:
        """The group's members with how often each came to its held sessions."""
        with self._store.read() as s:
            pairs = repo.members_of_group(s, group_id, include_former=include_former, include_future=True)
            stats = {mid: (att, rec, last) for mid, _, att, rec, last in attendance_repo.member_summaries(s, group_id)}
            out = []
            for member, membership in pairs:
                att, rec, last = stats.get(member.id, (0, 0, None))
                out.append(RosterEntry(member=mappers.member_record(member),
                                       membership=mappers.membership_record(membership),
                                       sessions_attended=att, sessions_recorded=rec, last_attended=last))
            return out

    def memberships(self, member_id: uuid.UUID) -> list[MembershipRecord]:
        with self._store.read() as s:
            return [mappers.membership_record(ms) for ms in repo.memberships_of(s, member_id)]

    def join_group(self, member_id: uuid.UUID, group_id: uuid.UUID,
                   joined_on: date | None = None) -> MembershipRecord:
        with self._store.write() as s:
            common.get_live(s, orm.Member, member_id, "member")
            group = common.get_live(s, orm.Group, group_id, "group")
            if repo.open_membership(s, member_id, group_id) is not None:
                raise ValidationError(f"This member is already in {group.name}.")
            row = orm.Membership(member_id=member_id, group_id=group_id, joined_on=joined_on or date.today())
            s.add(row)
            audit.record(s, "membership.added", memberships=1)
            s.flush()
            record = mappers.membership_record(row)
        self._publish(Entity.MEMBERSHIP, Action.ADDED, [record.id], group_id=group_id)
        return record

    def leave_group(self, member_id: uuid.UUID, group_id: uuid.UUID,
                    left_on: date | None = None) -> MembershipRecord:
        """End a membership. Attendance and check-ins from before stay in the history."""
        with self._store.write() as s:
            row = repo.open_membership(s, member_id, group_id)
            if row is None:
                raise ValidationError("This member is not currently in that group.")
            day = left_on or date.today()
            if day < row.joined_on:
                raise ValidationError("The leaving date cannot be before the joining date "
                                      f"({short_date(row.joined_on)}).")
            row.left_on = day
            audit.record(s, "membership.ended", memberships=1)
            s.flush()
            record = mappers.membership_record(row)
        self._publish(Entity.MEMBERSHIP, Action.UPDATED, [record.id], group_id=group_id)
        return record

    def acknowledge_agreement(self, member_id: uuid.UUID, group_id: uuid.UUID) -> MembershipRecord:
        """Record that the member acknowledged the group's current agreement, now."""
        with self._store.write() as s:
            row = repo.open_membership(s, member_id, group_id)
            if row is None:
                raise ValidationError("This member is not currently in that group.")
            group = common.get_live(s, orm.Group, group_id, "group")
            row.agreement_version = group.agreement_version
            row.agreement_acknowledged_at = utc_now()
            audit.record(s, "agreement.acknowledged", memberships=1)
            s.flush()
            record = mappers.membership_record(row)
        self._publish(Entity.MEMBERSHIP, Action.UPDATED, [record.id], group_id=group_id)
        return record

    def delete_member(self, member_id: uuid.UUID) -> None:
        """Delete a member: a tombstone that keeps the id, with the personal details wiped."""
        with self._store.write() as s:
            row = common.get_live(s, orm.Member, member_id, "member")
            for key, value in _validated(MemberDraft(preferred_name="(deleted)")).items():
                setattr(row, key, value)
            common.tombstone(row)
            audit.record(s, "member.deleted", members=1)
        self._publish(Entity.MEMBER, Action.DELETED, [member_id])


def _validated(draft: MemberDraft) -> dict[str, object]:
    email = clean_text(draft.email, field="email address", max_length=300)
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"'{email}' does not look like an email address; correct it or leave it blank.")
    return {
        "preferred_name": clean_text(draft.preferred_name, field="preferred name", max_length=200, required=True),
        "full_name": clean_text(draft.full_name, field="full name", max_length=300),
        "pronouns": clean_text(draft.pronouns, field="pronouns", max_length=60),
        "phone": clean_text(draft.phone, field="phone number", max_length=60),
        "email": email,
        "emergency_contact_name": clean_text(draft.emergency_contact_name, field="emergency contact name",
                                             max_length=300),
        "emergency_contact_phone": clean_text(draft.emergency_contact_phone, field="emergency contact phone",
                                              max_length=60),
        "notes": clean_text(draft.notes, field="notes", max_length=20000),
        "consent_to_contact": bool(draft.consent_to_contact),
    }
