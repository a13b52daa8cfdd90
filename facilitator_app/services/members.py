"""Members and their memberships: only a preferred name is ever required."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from facilitator_app.domain.ids import utc_now
from facilitator_app.domain.records import MemberDraft, MemberRecord, MembershipRecord, RosterEntry
from facilitator_app.domain.text import short_date, sort_key
from facilitator_app.errors import ValidationError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.validation import clean_text
from facilitator_app.storage.repos import attendance as attendance_repo
from facilitator_app.storage.repos import audit
from facilitator_app.storage.repos import members as repo


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

    @one_batch
    def add_member(self, draft: MemberDraft, group_id: uuid.UUID | None = None,
                   joined_on: date | None = None, *, origin: object | None = None) -> MemberRecord:
        """Add a member, and put them in a group in the same step when ``group_id`` is given."""
        values = _validated(draft)
        with self._store.write() as s:
            record = repo.insert_member(s, values)
            if group_id is not None:
                repo.require_live_group(s, group_id)
                repo.add_membership(s, record.id, group_id, joined_on or date.today())
            audit.record(s, "member.added", members=1)
        self._publish(Entity.MEMBER, Action.ADDED, [record.id], group_id=group_id)
        return record

    @one_batch
    def update_member(self, member_id: uuid.UUID, draft: MemberDraft, *, expected: datetime | None = None,
                      origin: object | None = None) -> MemberRecord:
        """Save an edited member. ``expected``: the ``updated_at`` of the version the edit started from;
        if someone else saved the member since, nothing is saved (``ChangedElsewhereError``, with theirs)."""
        values = _validated(draft)
        with self._store.write() as s:
            record = repo.update_member(s, member_id, values, expected=expected)
            audit.record(s, "member.updated", members=1)
        self._publish(Entity.MEMBER, Action.UPDATED, [member_id])
        return record

    def get_member(self, member_id: uuid.UUID) -> MemberRecord:
        with self._store.read() as s:
            return repo.get_member(s, member_id)

    def list_members(self) -> list[MemberRecord]:
        with self._store.read() as s:
            return repo.member_records(s)

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
            return [GroupMember(m, ms) for m, ms in repo.group_member_records(s, group_id, active_on, include_former)]

    def roster(self, group_id: uuid.UUID, include_former: bool = False) -> list[RosterEntry]:
        """The group's members with how often each came to its held sessions."""
        with self._store.read() as s:
            pairs = repo.group_member_records(s, group_id, include_former=include_former, include_future=True)
            stats = {mid: (att, rec, last) for mid, _, att, rec, last in attendance_repo.member_summaries(s, group_id)}
            out = []
            for member, membership in pairs:
                att, rec, last = stats.get(member.id, (0, 0, None))
                out.append(RosterEntry(member=member, membership=membership,
                                       sessions_attended=att, sessions_recorded=rec, last_attended=last))
            return out

    def memberships(self, member_id: uuid.UUID) -> list[MembershipRecord]:
        with self._store.read() as s:
            return repo.membership_records(s, member_id)

    @one_batch
    def join_group(self, member_id: uuid.UUID, group_id: uuid.UUID,
                   joined_on: date | None = None, *, origin: object | None = None) -> MembershipRecord:
        with self._store.write() as s:
            repo.require_live_member(s, member_id)
            name = repo.group_name(s, group_id)
            if repo.current_membership(s, member_id, group_id) is not None:
                raise ValidationError(f"This member is already in {name}.")
            record = repo.add_membership(s, member_id, group_id, joined_on or date.today())
            audit.record(s, "membership.added", memberships=1)
        self._publish(Entity.MEMBERSHIP, Action.ADDED, [record.id], group_id=group_id)
        return record

    @one_batch
    def leave_group(self, member_id: uuid.UUID, group_id: uuid.UUID,
                    left_on: date | None = None, *, origin: object | None = None) -> MembershipRecord:
        """End a membership. Attendance and check-ins from before stay in the history."""
        with self._store.write() as s:
            current = repo.current_membership(s, member_id, group_id)
            if current is None:
                raise ValidationError("This member is not currently in that group.")
            day = left_on or date.today()
            if day < current.joined_on:
                raise ValidationError("The leaving date cannot be before the joining date "
                                      f"({short_date(current.joined_on)}).")
            record = repo.end_membership(s, member_id, group_id, day)
            audit.record(s, "membership.ended", memberships=1)
        self._publish(Entity.MEMBERSHIP, Action.UPDATED, [record.id], group_id=group_id)
        return record

    @one_batch
    def acknowledge_agreement(self, member_id: uuid.UUID, group_id: uuid.UUID, *,
                              origin: object | None = None) -> MembershipRecord:
        """Record that the member acknowledged the group's current agreement, now."""
        with self._store.write() as s:
            if repo.current_membership(s, member_id, group_id) is None:
                raise ValidationError("This member is not currently in that group.")
            version = repo.group_agreement_version(s, group_id)
            record = repo.acknowledge_agreement(s, member_id, group_id, version, utc_now())
            audit.record(s, "agreement.acknowledged", memberships=1)
        self._publish(Entity.MEMBERSHIP, Action.UPDATED, [record.id], group_id=group_id)
        return record

    @one_batch
    def delete_member(self, member_id: uuid.UUID, *, origin: object | None = None) -> None:
        """Delete a member: a tombstone that keeps the id, with the personal details wiped."""
        with self._store.write() as s:
            repo.wipe_member(s, member_id, _validated(MemberDraft(preferred_name="(deleted)")))
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
