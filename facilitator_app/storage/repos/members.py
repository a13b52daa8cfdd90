"""Members and memberships."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from facilitator_app.domain.ids import new_id, utc_now
from facilitator_app.domain.records import MemberRecord, MembershipRecord
from facilitator_app.domain.text import sort_key
from facilitator_app.errors import ChangedElsewhereError
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.bulk import bulk_insert
from facilitator_app.storage.repos.common import get_live, live, tombstone

if TYPE_CHECKING:
    from facilitator_app.storage.repos.common import AnyRow


def members_of_group(session: Session, group_id: uuid.UUID, active_on: date | None = None,
                     include_former: bool = False,
                     include_future: bool = False) -> list[tuple[orm.Member, orm.Membership]]:
    """Members with their membership in a group, ordered by preferred name.

    By default only members on ``active_on`` (today): joined by then, not yet left.
    ``include_future`` adds those who join later; ``include_former`` lists everyone ever in it.
    """
    query = (select(orm.Member, orm.Membership)
             .join(orm.Membership, orm.Membership.member_id == orm.Member.id)
             .where(orm.Membership.group_id == group_id, orm.Membership.deleted_at.is_(None),
                    orm.Member.deleted_at.is_(None)))
    if not include_former:
        day = active_on or date.today()
        query = query.where(or_(orm.Membership.left_on.is_(None), orm.Membership.left_on > day))
        if not include_future:
            query = query.where(orm.Membership.joined_on <= day)
    rows = [(m, ms) for m, ms in session.execute(query)]
    return sorted(rows, key=lambda pair: (sort_key(pair[0].preferred_name), pair[0].id))


def names_and_memberships(session: Session, group_id: uuid.UUID | None = None
                          ) -> tuple[list[AnyRow], list[AnyRow]]:
    """Live members' names (id, preferred_name, full_name) and their live memberships (member_id,
    left_on, group_deleted), of one group when ``group_id`` is given. Names only: no contact details."""
    members = session.execute(select(orm.Member.id, orm.Member.preferred_name, orm.Member.full_name)
                              .where(orm.Member.deleted_at.is_(None)))
    query = (select(orm.Membership.member_id, orm.Membership.left_on,
                    orm.Group.deleted_at.is_not(None).label("group_deleted"))
             .join(orm.Group, orm.Group.id == orm.Membership.group_id)
             .where(orm.Membership.deleted_at.is_(None)))
    if group_id is not None:
        query = query.where(orm.Membership.group_id == group_id)
    return list(members), list(session.execute(query))


def all_members(session: Session) -> list[orm.Member]:
    return sorted(session.scalars(live(orm.Member)), key=lambda m: (sort_key(m.preferred_name), m.id))


def memberships_of(session: Session, member_id: uuid.UUID) -> list[orm.Membership]:
    return list(session.scalars(live(orm.Membership).where(orm.Membership.member_id == member_id)
                                .order_by(orm.Membership.joined_on)))


def open_membership(session: Session, member_id: uuid.UUID, group_id: uuid.UUID) -> orm.Membership | None:
    """The member's current (not yet ended) membership of the group, if any."""
    return session.scalar(live(orm.Membership).where(
        and_(orm.Membership.member_id == member_id, orm.Membership.group_id == group_id,
             orm.Membership.left_on.is_(None))).limit(1))


# ------------------------------------------------------------------ importing many at once
def identities(session: Session) -> list[tuple[uuid.UUID, str, str, str]]:
    """Every live member's id, preferred name, email and phone: what an import matches on."""
    query = select(orm.Member.id, orm.Member.preferred_name, orm.Member.email, orm.Member.phone).where(
        orm.Member.deleted_at.is_(None))
    return [(row[0], row[1], row[2], row[3]) for row in session.execute(query)]


def ids_in_group(session: Session, group_id: uuid.UUID) -> set[uuid.UUID]:
    """The members with an open (not yet ended) membership of the group."""
    query = select(orm.Membership.member_id).where(
        orm.Membership.group_id == group_id, orm.Membership.deleted_at.is_(None), orm.Membership.left_on.is_(None))
    return set(session.scalars(query))


def insert_many(session: Session, details: Sequence[Mapping[str, str]], join_ids: Sequence[uuid.UUID],
                group_id: uuid.UUID | None, joined_on: date) -> list[uuid.UUID]:
    """Add members (``details``: their text columns) in one executemany, in the session's
    transaction; with ``group_id`` they and the members ``join_ids`` join that group."""
    at = utc_now()
    stamps = {"created_at": at, "updated_at": at, "deleted_at": None}
    ids = [new_id() for _ in details]
    members = [{"id": member_id, **stamps, "consent_to_contact": False, **row}
               for member_id, row in zip(ids, details, strict=True)]
    memberships = []
    if group_id is not None:
        memberships = [{"id": new_id(), **stamps, "member_id": member_id, "group_id": group_id,
                        "joined_on": joined_on, "left_on": None, "agreement_version": None,
                        "agreement_acknowledged_at": None} for member_id in (*ids, *join_ids)]
    bulk_insert(session, {orm.Member: members, orm.Membership: memberships})
    return ids


def require_live_group(session: Session, group_id: uuid.UUID) -> None:
    """Raise a NotFoundError unless the group members are being added to is in the store."""
    get_live(session, orm.Group, group_id, "group")


# -- writing: each takes the caller's transaction and returns a frozen record or a plain value -------
def require_live_member(session: Session, member_id: uuid.UUID) -> None:
    """Raise a NotFoundError unless the member is in the store."""
    get_live(session, orm.Member, member_id, "member")


def get_member(session: Session, member_id: uuid.UUID) -> MemberRecord:
    """The live member (NotFoundError when deleted or unknown)."""
    return mappers.member_record(get_live(session, orm.Member, member_id, "member"))


def group_name(session: Session, group_id: uuid.UUID) -> str:
    """The live group's name (NotFoundError when it is gone)."""
    return get_live(session, orm.Group, group_id, "group").name


def group_agreement_version(session: Session, group_id: uuid.UUID) -> int:
    """The version of the live group's current agreement (NotFoundError when it is gone)."""
    return get_live(session, orm.Group, group_id, "group").agreement_version


def insert_member(session: Session, values: Mapping[str, Any]) -> MemberRecord:
    """Add a member with the given (already checked) column values."""
    row = orm.Member(**values)
    session.add(row)
    session.flush()
    return mappers.member_record(row)


def _overwrite(session: Session, member_id: uuid.UUID, values: Mapping[str, Any],
               expected: datetime | None = None) -> orm.Member:
    row = get_live(session, orm.Member, member_id, "member", lock=expected is not None)
    if expected is not None and row.updated_at != expected:
        raise ChangedElsewhereError(
            "Someone else changed this member's details (at another computer, or in a merge) after you opened "
            "them, so your changes were not saved. Reload to see theirs, or save yours over them.",
            mappers.member_record(row))
    for key, value in values.items():
        setattr(row, key, value)
    return row


def update_member(session: Session, member_id: uuid.UUID, values: Mapping[str, Any], *,
                  expected: datetime | None = None) -> MemberRecord:
    """Set the live member's columns to ``values``; with ``expected`` (when the edited version was
    saved), only if nobody saved the member since (else ``ChangedElsewhereError``, nothing written)."""
    row = _overwrite(session, member_id, values, expected)
    session.flush()
    return mappers.member_record(row)


def wipe_member(session: Session, member_id: uuid.UUID, values: Mapping[str, Any]) -> None:
    """Overwrite the live member's details with ``values`` and tombstone it (the id stays)."""
    tombstone(_overwrite(session, member_id, values))


def add_membership(session: Session, member_id: uuid.UUID, group_id: uuid.UUID,
                   joined_on: date) -> MembershipRecord:
    """Put the member in the group from ``joined_on``."""
    row = orm.Membership(member_id=member_id, group_id=group_id, joined_on=joined_on)
    session.add(row)
    session.flush()
    return mappers.membership_record(row)


def current_membership(session: Session, member_id: uuid.UUID, group_id: uuid.UUID) -> MembershipRecord | None:
    """The member's open membership of the group, if any."""
    row = open_membership(session, member_id, group_id)
    return None if row is None else mappers.membership_record(row)


def end_membership(session: Session, member_id: uuid.UUID, group_id: uuid.UUID, left_on: date) -> MembershipRecord:
    """Close the member's open membership of the group on ``left_on`` (the caller checked it exists)."""
    row = open_membership(session, member_id, group_id)
    assert row is not None
    row.left_on = left_on
    session.flush()
    return mappers.membership_record(row)


def acknowledge_agreement(session: Session, member_id: uuid.UUID, group_id: uuid.UUID, version: int,
                          at: datetime) -> MembershipRecord:
    """Record on the open membership that agreement ``version`` was acknowledged ``at``."""
    row = open_membership(session, member_id, group_id)
    assert row is not None
    row.agreement_version = version
    row.agreement_acknowledged_at = at
    session.flush()
    return mappers.membership_record(row)


# -- reading as frozen records -------------------------------------------------------------------------
def member_records(session: Session) -> list[MemberRecord]:
    """Every live member, by preferred name."""
    return [mappers.member_record(m) for m in all_members(session)]


def membership_records(session: Session, member_id: uuid.UUID) -> list[MembershipRecord]:
    """The member's live memberships, oldest first."""
    return [mappers.membership_record(ms) for ms in memberships_of(session, member_id)]


def group_member_records(session: Session, group_id: uuid.UUID, active_on: date | None = None,
                         include_former: bool = False,
                         include_future: bool = False) -> list[tuple[MemberRecord, MembershipRecord]]:
    """``members_of_group`` as frozen records, in the same order."""
    return [(mappers.member_record(m), mappers.membership_record(ms))
            for m, ms in members_of_group(session, group_id, active_on, include_former, include_future)]


def all_member_names(session: Session) -> list[tuple[str, str]]:
    """Every member's (preferred name, full name), each pair once, sorted: current, former and
    deleted members alike (read-only).

    The exports' name scrubber looks for each of them in free text, so a name typed in a note
    about someone who has since left, or been merged into another record, is still found.
    """
    query = (select(orm.Member.preferred_name, orm.Member.full_name).distinct()
             .order_by(orm.Member.preferred_name, orm.Member.full_name))
    return [(preferred, full) for preferred, full in session.execute(query)]
