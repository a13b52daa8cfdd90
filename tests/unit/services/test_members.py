"""MemberService on a real store: data minimisation, memberships, agreements, deletion with a tombstone."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.errors import ChangedElsewhereError, NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

JOINED = date(2026, 1, 1)


def full_draft(name: str = "Søren") -> MemberDraft:
    return MemberDraft(preferred_name=name, full_name="Søren Kierkegaard-Holm", pronouns="he/him",
                       phone="+45 0000 0000", email="soren@example.org", emergency_contact_name="Ingrid",
                       emergency_contact_phone="+45 1111 1111", notes="Prefers to sit near the door",
                       consent_to_contact=True)


# --- add ----------------------------------------------------------------------------------

def test_only_the_preferred_name_is_required(services: Services, changes: list[Change]) -> None:
    member = services.members.add_member(MemberDraft(preferred_name="Zoë"))
    assert member.preferred_name == "Zoë"
    assert (member.full_name, member.pronouns, member.phone, member.email, member.notes) == ("", "", "", "", "")
    assert member.consent_to_contact is False
    assert services.members.get_member(member.id) == member
    assert services.members.memberships(member.id) == []
    assert changes == [Change(Entity.MEMBER, Action.ADDED, frozenset({member.id}))]


def test_all_fields_are_saved_and_trimmed(services: Services) -> None:
    draft = full_draft()
    member = services.members.add_member(MemberDraft(**{**draft.__dict__, "preferred_name": "  Søren  ",
                                                        "email": " soren@example.org "}))
    fetched = services.members.get_member(member.id)
    assert fetched.preferred_name == "Søren"
    assert fetched.email == "soren@example.org"
    assert (fetched.full_name, fetched.pronouns, fetched.emergency_contact_name, fetched.consent_to_contact) == (
        "Søren Kierkegaard-Holm", "he/him", "Ingrid", True)


def test_add_member_into_a_group(services: Services, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    changes.clear()
    member = services.members.add_member(MemberDraft("Aiyana"), group_id=group.id, joined_on=JOINED)
    [ms] = services.members.memberships(member.id)
    assert (ms.group_id, ms.joined_on, ms.left_on, ms.agreement_version) == (group.id, JOINED, None, None)
    roster = services.members.group_members(group.id, active_on=JOINED)
    assert [gm.member.id for gm in roster] == [member.id]
    assert changes == [Change(Entity.MEMBER, Action.ADDED, frozenset({member.id}), group_id=group.id)]


def test_add_member_joins_today_by_default(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(MemberDraft("Aiyana"), group_id=group.id)
    assert services.members.memberships(member.id)[0].joined_on == date.today()
    assert [gm.member.id for gm in services.members.group_members(group.id)] == [member.id]


def test_add_member_to_a_missing_group_writes_nothing(services: Services, store: Store,
                                                      changes: list[Change]) -> None:
    before = snapshot(store.path)
    with pytest.raises(NotFoundError, match="group"):
        services.members.add_member(MemberDraft("Zoë"), group_id=uuid.uuid4())
    assert snapshot(store.path) == before
    assert changes == []
    assert services.members.list_members() == []


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "Z" * 201])
def test_bad_preferred_name_refused(services: Services, store: Store, changes: list[Change], name: str) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="preferred name"):
        services.members.add_member(MemberDraft(preferred_name=name, email="zoe@example.org"))
    assert snapshot(store.path) == before
    assert changes == []


@pytest.mark.parametrize("email", ["zoe.example.org", "zoë @example.org", "zoe@exa mple.org"])
def test_bad_email_refused_with_the_address_in_the_message(services: Services, store: Store,
                                                           changes: list[Change], email: str) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError) as info:
        services.members.add_member(MemberDraft("Zoë", email=email))
    assert email.strip() in str(info.value)
    assert "email address" in str(info.value)
    assert snapshot(store.path) == before
    assert changes == []


def test_list_members_orders_by_name_ignoring_case(services: Services) -> None:
    for name in ("zoë", "Aiyana", "Mika"):
        services.members.add_member(MemberDraft(name))
    assert [m.preferred_name for m in services.members.list_members()] == ["Aiyana", "Mika", "zoë"]


# --- update -------------------------------------------------------------------------------

def test_update_member(services: Services, changes: list[Change]) -> None:
    member = services.members.add_member(MemberDraft("Søren"))
    changes.clear()
    updated = services.members.update_member(member.id, full_draft("Søren H."))
    assert updated.preferred_name == "Søren H."
    assert updated.email == "soren@example.org"
    assert services.members.get_member(member.id) == updated
    assert changes == [Change(Entity.MEMBER, Action.UPDATED, frozenset({member.id}))]


def test_update_with_bad_email_leaves_member_unchanged(services: Services, store: Store,
                                                       changes: list[Change]) -> None:
    member = services.members.add_member(full_draft())
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError):
        services.members.update_member(member.id, MemberDraft("Søren", email="not-an-address"))
    assert snapshot(store.path) == before
    assert services.members.get_member(member.id) == member
    assert changes == []


# --- memberships --------------------------------------------------------------------------

def test_join_group_and_refuse_joining_twice(services: Services, store: Store, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(MemberDraft("Łukasz"))
    changes.clear()
    ms = services.members.join_group(member.id, group.id, joined_on=JOINED)
    assert (ms.member_id, ms.group_id, ms.joined_on) == (member.id, group.id, JOINED)
    assert changes == [Change(Entity.MEMBERSHIP, Action.ADDED, frozenset({ms.id}), group_id=group.id)]
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="already in Tuesday Evening Peer Support"):
        services.members.join_group(member.id, group.id, joined_on=JOINED)
    assert snapshot(store.path) == before
    assert changes == []


def test_leave_group_keeps_history(services: Services, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(MemberDraft("Łukasz"), group_id=group.id, joined_on=JOINED)
    stayer = services.members.add_member(MemberDraft("Zoë"), group_id=group.id, joined_on=JOINED)
    [meeting] = services.meetings.schedule_next(group.id, 1, start=date(2026, 1, 6))
    services.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)
    services.checkins.record(meeting.id, member.id, services.groups.get_group(group.id).instrument_id, [6])
    changes.clear()

    left = services.members.leave_group(member.id, group.id, left_on=date(2026, 2, 1))

    assert left.left_on == date(2026, 2, 1)
    assert changes == [Change(Entity.MEMBERSHIP, Action.UPDATED, frozenset({left.id}), group_id=group.id)]
    current = services.members.group_members(group.id, active_on=date(2026, 2, 1))
    assert [gm.member.id for gm in current] == [stayer.id]
    still_there = services.members.group_members(group.id, active_on=date(2026, 1, 31))
    assert {gm.member.id for gm in still_there} == {member.id, stayer.id}
    everyone = services.members.group_members(group.id, include_former=True)
    former = [gm for gm in everyone if gm.member.id == member.id]
    assert len(former) == 1
    assert former[0].membership.left_on == date(2026, 2, 1)
    # What happened while they were a member is still there.
    assert [a.member_id for a in services.attendance.list_for_meeting(meeting.id)] == [member.id]
    assert [c.total for c in services.checkins.list_for_meeting(meeting.id)] == [6]
    assert services.members.get_member(member.id).preferred_name == "Łukasz"
    assert services.members.memberships(member.id) == [left]


def test_leave_before_joining_refused(services: Services, store: Store, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(MemberDraft("Łukasz"), group_id=group.id, joined_on=JOINED)
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="before the joining date"):
        services.members.leave_group(member.id, group.id, left_on=JOINED - timedelta(days=1))
    assert snapshot(store.path) == before
    assert changes == []


def test_leave_when_not_a_member_refused(services: Services, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(MemberDraft("Nguyễn Văn An"))
    changes.clear()
    with pytest.raises(ValidationError, match="not currently in that group"):
        services.members.leave_group(member.id, group.id)
    assert changes == []


def test_rejoining_after_leaving_adds_a_second_membership(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(MemberDraft("Mika"), group_id=group.id, joined_on=JOINED)
    services.members.leave_group(member.id, group.id, left_on=date(2026, 2, 1))
    services.members.join_group(member.id, group.id, joined_on=date(2026, 3, 1))
    spans = [(ms.joined_on, ms.left_on) for ms in services.members.memberships(member.id)]
    assert spans == [(JOINED, date(2026, 2, 1)), (date(2026, 3, 1), None)]
    assert not services.members.group_members(group.id, active_on=date(2026, 2, 15))
    assert [gm.member.id for gm in services.members.group_members(group.id, active_on=date(2026, 3, 1))] == [
        member.id]


def test_members_who_join_later_are_not_on_an_earlier_roster(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    services.members.add_member(MemberDraft("Aiyana"), group_id=group.id, joined_on=date(2026, 2, 1))
    assert services.members.group_members(group.id, active_on=date(2026, 1, 31)) == []
    assert len(services.members.group_members(group.id, active_on=date(2026, 2, 1))) == 1


# --- agreement ----------------------------------------------------------------------------

def test_acknowledge_agreement_records_the_current_version(services: Services, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft(agreement_text="We listen."))
    member = services.members.add_member(MemberDraft("Zoë"), group_id=group.id, joined_on=JOINED)
    changes.clear()

    first = services.members.acknowledge_agreement(member.id, group.id)
    assert first.agreement_version == 1
    assert isinstance(first.agreement_acknowledged_at, datetime)
    assert first.agreement_acknowledged_at.tzinfo is None
    assert changes == [Change(Entity.MEMBERSHIP, Action.UPDATED, frozenset({first.id}), group_id=group.id)]

    services.groups.update_group(group.id, weekly_draft(agreement_text="We listen. Phones away."))
    assert services.members.memberships(member.id)[0].agreement_version == 1  # not yet acknowledged
    second = services.members.acknowledge_agreement(member.id, group.id)
    assert second.agreement_version == 2
    assert second.agreement_acknowledged_at >= first.agreement_acknowledged_at
    assert services.members.memberships(member.id) == [second]


def test_acknowledge_when_not_a_member_refused(services: Services, store: Store, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(MemberDraft("Zoë"))
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="not currently in that group"):
        services.members.acknowledge_agreement(member.id, group.id)
    assert snapshot(store.path) == before
    assert changes == []


# --- delete -------------------------------------------------------------------------------

def test_delete_member_wipes_personal_fields_but_keeps_a_tombstone(services: Services, store: Store,
                                                                   changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    member = services.members.add_member(full_draft(), group_id=group.id, joined_on=JOINED)
    other = services.members.add_member(MemberDraft("Aiyana"), group_id=group.id, joined_on=JOINED)
    changes.clear()

    services.members.delete_member(member.id)

    assert changes == [Change(Entity.MEMBER, Action.DELETED, frozenset({member.id}))]
    with pytest.raises(NotFoundError):
        services.members.get_member(member.id)
    assert [m.id for m in services.members.list_members()] == [other.id]
    assert [gm.member.id for gm in services.members.group_members(group.id, include_former=True)] == [other.id]

    [row] = raw(store.path, "SELECT preferred_name, full_name, pronouns, phone, email, emergency_contact_name, "
                            "emergency_contact_phone, notes, consent_to_contact, deleted_at FROM members "
                            "WHERE id = ?", member.id.hex)
    assert row[:9] == ("(deleted)", "", "", "", "", "", "", "", 0)
    assert row[9] is not None
    # None of the personal details survive anywhere in the member's row.
    dump = repr(raw(store.path, "SELECT * FROM members WHERE id = ?", member.id.hex))
    for secret in ("Kierkegaard", "soren@example.org", "Ingrid", "0000 0000", "near the door"):
        assert secret not in dump


def test_delete_missing_member_refused(services: Services, changes: list[Change]) -> None:
    member = services.members.add_member(MemberDraft("Zoë"))
    services.members.delete_member(member.id)
    changes.clear()
    with pytest.raises(NotFoundError):
        services.members.delete_member(member.id)
    with pytest.raises(NotFoundError):
        services.members.update_member(member.id, MemberDraft("Zoë"))
    assert changes == []


# --- names for lists ------------------------------------------------------------------------

def test_names_are_current_members_sorted_by_name_unless_former_ones_are_asked_for(services: Services) -> None:
    today = date(2026, 6, 1)
    group = services.groups.create_group(weekly_draft())
    other = services.groups.create_group(weekly_draft("Łódź Wednesday Circle"))
    gone = services.groups.create_group(weekly_draft("Old Friday Group"))
    add = services.members.add_member
    zoe = add(MemberDraft("Zoë", full_name="Zoë Ørsted"), group_id=group.id, joined_on=JOINED)
    leaves_today = add(MemberDraft("Siobhán"), group_id=group.id, joined_on=JOINED)
    services.members.leave_group(leaves_today.id, group.id, left_on=today)
    leaves_tomorrow = add(MemberDraft("émile"), group_id=group.id, joined_on=JOINED)
    services.members.leave_group(leaves_tomorrow.id, group.id, left_on=today + timedelta(days=1))
    add(MemberDraft("Dee"), group_id=group.id, joined_on=today + timedelta(days=30))   # joins later: current
    moved = add(MemberDraft("Ash", full_name="Ash B"), group_id=group.id, joined_on=JOINED)
    services.members.leave_group(moved.id, group.id, left_on=date(2026, 2, 1))
    services.members.join_group(moved.id, other.id, joined_on=date(2026, 2, 1))
    ash = add(MemberDraft("Ash", full_name="Ash A"))                                   # in no group: current
    services.members.delete_member(add(MemberDraft("Finn"), group_id=group.id, joined_on=JOINED).id)
    add(MemberDraft("Gus"), group_id=gone.id, joined_on=JOINED)
    services.groups.delete_group(gone.id)                                   # in a group that is gone: former

    def names(group_id: uuid.UUID | None = None, include_former: bool = False) -> list[tuple[str, str, bool]]:
        return [(m.preferred_name, m.full_name, m.current)
                for m in services.members.names(group_id, include_former=include_former, today=today)]

    assert names() == [("Ash", "Ash A", True), ("Ash", "Ash B", True), ("Dee", "", True), ("émile", "", True),
                       ("Zoë", "Zoë Ørsted", True)]
    assert names(include_former=True) == names()[:4] + [("Gus", "", False), ("Siobhán", "", False),
                                                        ("Zoë", "Zoë Ørsted", True)]
    assert names(group.id) == [("Dee", "", True), ("émile", "", True), ("Zoë", "Zoë Ørsted", True)]
    assert names(group.id, include_former=True) == [
        ("Ash", "Ash B", False), ("Dee", "", True), ("émile", "", True), ("Siobhán", "", False),
        ("Zoë", "Zoë Ørsted", True)]
    assert names(other.id) == [("Ash", "Ash B", True)]
    assert {m.member_id for m in services.members.names(today=today)} >= {zoe.id, ash.id}


def test_an_edit_from_a_version_saved_over_since_is_refused_and_changes_nothing(services: Services) -> None:
    member = services.members.add_member(MemberDraft(preferred_name="Kit"))
    opened = services.members.get_member(member.id)
    services.members.update_member(member.id, MemberDraft(preferred_name="Kit", pronouns="they/them"),
                                   expected=opened.updated_at)   # the first save from this version: fine
    with pytest.raises(ChangedElsewhereError) as caught:
        services.members.update_member(member.id, MemberDraft(preferred_name="Kitty"), expected=opened.updated_at)
    assert caught.value.current.pronouns == "they/them"
    assert services.members.get_member(member.id).preferred_name == "Kit"
