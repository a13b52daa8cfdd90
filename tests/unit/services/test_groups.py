"""GroupService on a real store: create, list, edit, delete (tombstones), skipped dates, changes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time

import pytest

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.instruments import WHO5
from facilitator_app.domain.recurrence import LAST_WEEK, Recurrence
from facilitator_app.errors import ChangedElsewhereError, NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.groups import DEFAULT_AGREEMENT
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

# --- create and list ----------------------------------------------------------------------

def test_create_group_returns_the_saved_group(services: Services, changes: list[Change]) -> None:
    draft = weekly_draft("Zoë's Thursday Circle", description="Peer support for carers",
                         skipped_dates=(date(2026, 1, 13),))
    group = services.groups.create_group(draft)

    assert group.name == "Zoë's Thursday Circle"
    assert group.description == "Peer support for carers"
    assert group.venue == "Community Hall, Room 2"
    assert group.recurrence == draft.recurrence
    assert group.skipped_dates == (date(2026, 1, 13),)
    assert group.agreement_text == DEFAULT_AGREEMENT
    assert group.agreement_version == 1
    assert services.groups.get_group(group.id) == group
    assert changes == [Change(Entity.GROUP, Action.ADDED, frozenset({group.id}), group_id=group.id)]


def test_monthly_group_round_trips_its_pattern(services: Services) -> None:
    rec = Recurrence(Cadence.MONTHLY, weekday=4, anchor=date(2026, 1, 30), start_time=time(10, 15),
                     duration_minutes=120, week_of_month=LAST_WEEK)
    group = services.groups.create_group(weekly_draft("Søren's Last-Friday Group", recurrence=rec,
                                                      instrument_id=WHO5.id))
    fetched = services.groups.get_group(group.id)
    assert fetched.recurrence == rec
    assert fetched.instrument_id == WHO5.id
    assert fetched.recurrence.describe() == "The last Friday of each month at 10:15 (120 min)"


def test_list_groups_orders_by_name_ignoring_case(services: Services) -> None:
    for name in ("walking group", "Aiyana's Circle", "Monday Sharing"):
        services.groups.create_group(weekly_draft(name))
    assert [g.name for g in services.groups.list_groups()] == ["Aiyana's Circle", "Monday Sharing", "walking group"]


def test_name_and_fields_are_trimmed(services: Services) -> None:
    group = services.groups.create_group(weekly_draft("  Nguyễn Văn An's Group  ", venue="  Library  "))
    assert group.name == "Nguyễn Văn An's Group"
    assert group.venue == "Library"


def test_find_group_ignores_case_and_names_known_groups_when_missing(services: Services) -> None:
    group = services.groups.create_group(weekly_draft("Tuesday Evening Peer Support"))
    assert services.groups.find_group("tuesday evening peer support").id == group.id
    with pytest.raises(NotFoundError, match="Tuesday Evening Peer Support"):
        services.groups.find_group("Wednesday")


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_bad_name_refused_and_nothing_written(services: Services, store: Store, changes: list[Change],
                                              name: str) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError):
        services.groups.create_group(weekly_draft(name))
    assert snapshot(store.path) == before
    assert changes == []


def test_unknown_instrument_refused_and_nothing_written(services: Services, store: Store,
                                                        changes: list[Change]) -> None:
    before = snapshot(store.path)
    with pytest.raises(NotFoundError, match="check-in instrument"):
        services.groups.create_group(weekly_draft(instrument_id=uuid.uuid4()))
    assert snapshot(store.path) == before
    assert changes == []


# --- duplicate names ----------------------------------------------------------------------

@pytest.mark.parametrize("second", ["Tuesday Evening Peer Support", "TUESDAY evening peer support",
                                    "  tuesday evening peer support "])
def test_duplicate_name_refused_ignoring_case(services: Services, store: Store, changes: list[Change],
                                              second: str) -> None:
    services.groups.create_group(weekly_draft("Tuesday Evening Peer Support"))
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="already a group called"):
        services.groups.create_group(weekly_draft(second))
    assert snapshot(store.path) == before
    assert changes == []
    assert len(services.groups.list_groups()) == 1


@pytest.mark.parametrize(("first", "second"), [
    ("Zoë's Circle", "ZOË'S CIRCLE"),
    ("ZOË'S CIRCLE", "Zoë's Circle"),
    ("ŁUKASZ'S GROUP", "łukasz's group"),
    ("Søren's Group", "SØREN'S GROUP"),
], ids=["zoe-then-upper", "upper-then-zoe", "lukasz-upper-then-lower", "soren-then-upper"])
def test_duplicate_name_refused_ignoring_case_beyond_ascii(services: Services, first: str, second: str) -> None:
    services.groups.create_group(weekly_draft(first))
    with pytest.raises(ValidationError, match="already a group called"):
        services.groups.create_group(weekly_draft(second))


def test_find_group_ignores_case_beyond_ascii(services: Services) -> None:
    group = services.groups.create_group(weekly_draft("ŁUKASZ'S GROUP"))
    assert services.groups.find_group("łukasz's group").id == group.id


def test_rename_onto_another_groups_name_refused(services: Services, store: Store,
                                                 changes: list[Change]) -> None:
    services.groups.create_group(weekly_draft("Aiyana's Circle"))
    other = services.groups.create_group(weekly_draft("Monday Sharing"))
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="already a group called"):
        services.groups.update_group(other.id, weekly_draft("AIYANA'S CIRCLE", agreement_text="Changed"))
    assert snapshot(store.path) == before
    assert changes == []
    assert services.groups.get_group(other.id) == other


def test_rename_to_own_name_in_other_case_allowed(services: Services) -> None:
    group = services.groups.create_group(weekly_draft("monday sharing"))
    assert services.groups.update_group(group.id, weekly_draft("Monday Sharing")).name == "Monday Sharing"


def test_name_of_a_deleted_group_can_be_used_again(services: Services) -> None:
    old = services.groups.create_group(weekly_draft("Aiyana's Circle"))
    services.groups.delete_group(old.id)
    new = services.groups.create_group(weekly_draft("Aiyana's Circle"))
    assert new.id != old.id
    assert [g.id for g in services.groups.list_groups()] == [new.id]


# --- update -------------------------------------------------------------------------------

def test_update_group_saves_fields_and_publishes(services: Services, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    changes.clear()
    rec = Recurrence(Cadence.FORTNIGHTLY, weekday=3, anchor=date(2026, 2, 5), start_time=time(19, 0))
    updated = services.groups.update_group(group.id, weekly_draft("Thursday Fortnightly", recurrence=rec,
                                                                  venue="Library", instrument_id=None))
    assert (updated.name, updated.venue, updated.recurrence, updated.instrument_id) == (
        "Thursday Fortnightly", "Library", rec, None)
    assert services.groups.get_group(group.id) == updated
    assert changes == [Change(Entity.GROUP, Action.UPDATED, frozenset({group.id}), group_id=group.id),
                       # the instrument went (Mood to none): the check-ins panel follows
                       Change(Entity.INSTRUMENT, Action.UPDATED, frozenset({group.instrument_id}), group_id=group.id)]


def test_changing_agreement_text_bumps_the_version(services: Services) -> None:
    group = services.groups.create_group(weekly_draft(agreement_text="We listen."))
    same = services.groups.update_group(group.id, weekly_draft(agreement_text="  We listen.  ", venue="Library"))
    assert same.agreement_version == 1
    v2 = services.groups.update_group(group.id, weekly_draft(agreement_text="We listen. Phones away."))
    assert (v2.agreement_version, v2.agreement_text) == (2, "We listen. Phones away.")
    v3 = services.groups.update_group(group.id, weekly_draft(agreement_text="We listen."))
    assert v3.agreement_version == 3
    assert services.groups.get_group(group.id).agreement_version == 3


def test_other_edits_keep_the_agreement_version(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    updated = services.groups.update_group(group.id, weekly_draft("Renamed", description="New description"))
    assert updated.agreement_version == 1


def test_skipped_dates_are_replaced(services: Services, store: Store) -> None:
    a, b, c = date(2026, 1, 13), date(2026, 2, 10), date(2026, 3, 10)
    group = services.groups.create_group(weekly_draft(skipped_dates=(b, a)))
    assert group.skipped_dates == (a, b)

    assert services.groups.update_group(group.id, weekly_draft(skipped_dates=(b, c))).skipped_dates == (b, c)
    assert services.groups.update_group(group.id, weekly_draft(skipped_dates=(a,))).skipped_dates == (a,)
    assert services.groups.update_group(group.id, weekly_draft(skipped_dates=())).skipped_dates == ()
    final = services.groups.update_group(group.id, weekly_draft(skipped_dates=(c, b)))
    assert final.skipped_dates == (b, c)
    assert services.groups.get_group(group.id).skipped_dates == (b, c)
    assert services.groups.list_groups()[0].skipped_dates == (b, c)
    # One row per date, revived rather than duplicated; removed ones kept as tombstones.
    rows = raw(store.path, "SELECT date, deleted_at IS NOT NULL FROM group_skipped_dates "
                           "WHERE group_id = ? ORDER BY date", group.id.hex)
    assert rows == [(a.isoformat(), 1), (b.isoformat(), 0), (c.isoformat(), 0)]


def test_skipped_dates_belong_to_their_group(services: Services) -> None:
    one = services.groups.create_group(weekly_draft("One", skipped_dates=(date(2026, 1, 13),)))
    two = services.groups.create_group(weekly_draft("Two", skipped_dates=(date(2026, 1, 20),)))
    assert services.groups.get_group(one.id).skipped_dates == (date(2026, 1, 13),)
    assert services.groups.get_group(two.id).skipped_dates == (date(2026, 1, 20),)


def test_update_missing_group_refused(services: Services, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    services.groups.delete_group(group.id)
    changes.clear()
    with pytest.raises(NotFoundError):
        services.groups.update_group(group.id, weekly_draft("Revived?"))
    assert changes == []


def test_update_with_blank_name_leaves_group_unchanged(services: Services, store: Store,
                                                       changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft(skipped_dates=(date(2026, 1, 13),)))
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="group name"):
        services.groups.update_group(group.id, replace(weekly_draft(" "), skipped_dates=()))
    assert snapshot(store.path) == before
    assert changes == []


# --- delete -------------------------------------------------------------------------------

def test_delete_group_leaves_a_tombstone(services: Services, store: Store, changes: list[Change]) -> None:
    keep = services.groups.create_group(weekly_draft("Monday Sharing"))
    group = services.groups.create_group(weekly_draft("Aiyana's Circle"))
    services.meetings.schedule_next(group.id, 2, start=date(2026, 1, 1))
    changes.clear()

    services.groups.delete_group(group.id)

    assert [g.id for g in services.groups.list_groups()] == [keep.id]
    with pytest.raises(NotFoundError):
        services.groups.get_group(group.id)
    with pytest.raises(NotFoundError):
        services.groups.find_group("Aiyana's Circle")
    rows = raw(store.path, "SELECT name, deleted_at FROM groups WHERE id = ?", group.id.hex)
    assert len(rows) == 1
    assert rows[0][0] == "Aiyana's Circle"
    assert rows[0][1] is not None
    # Its sessions stay in the file.
    assert raw(store.path, "SELECT COUNT(*) FROM meetings WHERE group_id = ?", group.id.hex) == [(2,)]
    assert changes == [Change(Entity.GROUP, Action.DELETED, frozenset({group.id}), group_id=group.id)]


def test_deleting_twice_refused_and_publishes_nothing(services: Services, changes: list[Change]) -> None:
    group = services.groups.create_group(weekly_draft())
    services.groups.delete_group(group.id)
    changes.clear()
    with pytest.raises(NotFoundError):
        services.groups.delete_group(group.id)
    assert changes == []


def test_each_action_adds_one_audit_event(services: Services, store: Store) -> None:
    group = services.groups.create_group(weekly_draft())
    services.groups.update_group(group.id, weekly_draft(venue="Library"))
    services.groups.delete_group(group.id)
    actions = [r[0] for r in raw(store.path, "SELECT action FROM audit_events ORDER BY occurred_at, rowid")]
    assert actions == ["group.created", "group.updated", "group.deleted"]


def test_a_group_edit_from_a_version_saved_over_since_is_refused(services: Services) -> None:
    group = services.groups.create_group(weekly_draft(venue="Room 1"))
    services.groups.update_group(group.id, weekly_draft(venue="Room 2"), expected=group.updated_at)
    with pytest.raises(ChangedElsewhereError) as caught:
        services.groups.update_group(group.id, weekly_draft(venue="Hall 3"), expected=group.updated_at)
    assert caught.value.current.venue == "Room 2"
    assert services.groups.get_group(group.id).venue == "Room 2"
