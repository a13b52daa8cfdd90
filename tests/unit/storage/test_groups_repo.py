"""The groups repository's writes and look-ups, and the live session and instrument look-ups, on a real store file."""

from __future__ import annotations

import uuid
from datetime import date, time

import pytest

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.errors import NotFoundError
from facilitator_app.services.container import Services
from facilitator_app.storage.repos import checkins as checkins_repo
from facilitator_app.storage.repos import groups as repo
from facilitator_app.storage.repos import meetings as meetings_repo
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft


def _values(services: Services, name: str) -> dict[str, object]:
    return services.groups._validated(weekly_draft(name))


def test_add_group_assigns_an_id_and_the_first_agreement_version(store: Store, services: Services) -> None:
    with store.write() as s:
        row = repo.add_group(s, _values(services, "Thursday Carers"))
        new_id = row.id
    with store.read() as s:
        stored = repo.live_group(s, new_id)
        assert (stored.name, stored.agreement_version) == ("Thursday Carers", 1)


def test_update_group_writes_the_values(store: Store, services: Services) -> None:
    group = services.groups.create_group(weekly_draft("Before"))
    with store.write() as s:
        repo.update_group(repo.live_group(s, group.id), {"name": "After", "venue": "Library"})
    with store.read() as s:
        row = repo.live_group(s, group.id)
        assert (row.name, row.venue) == ("After", "Library")


def test_live_group_refuses_deleted_and_unknown_groups(store: Store, services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    services.groups.delete_group(group.id)
    with store.read() as s:
        for gone in (group.id, uuid.uuid4()):
            with pytest.raises(NotFoundError, match="group is no longer in the store"):
                repo.live_group(s, gone)


def test_replace_skipped_dates_adds_tombstones_and_revives(store: Store, services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    first, second, third = date(2026, 2, 3), date(2026, 2, 10), date(2026, 2, 17)

    def live_dates() -> set[date]:
        with store.read() as s:
            return {r.date for r in repo.skipped_dates(s, [group.id]).get(group.id, [])}

    with store.write() as s:
        repo.replace_skipped_dates(s, group.id, [first, second])
    assert live_dates() == {first, second}
    with store.write() as s:
        repo.replace_skipped_dates(s, group.id, [second, third])
    assert live_dates() == {second, third}
    with store.write() as s:
        repo.replace_skipped_dates(s, group.id, [first])
    assert live_dates() == {first}
    with store.read() as s:
        assert set(repo.skipped_date_rows(s, group.id)) == {first, second, third}  # one row per date, revived


def test_live_instrument_finds_a_builtin_and_refuses_an_unknown_id(store: Store) -> None:
    with store.read() as s:
        assert checkins_repo.live_instrument(s, MOOD.id).id == MOOD.id
        with pytest.raises(NotFoundError, match="check-in instrument"):
            checkins_repo.live_instrument(s, uuid.uuid4())


def test_live_meeting_finds_a_session_and_refuses_a_deleted_one(store: Store, services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    kept, removed = services.meetings.schedule_next(group.id, 2, start=date(2026, 1, 6))
    services.meetings.delete_meeting(removed.id)
    with store.read() as s:
        assert meetings_repo.live_meeting(s, kept.id).date == date(2026, 1, 6)
        with pytest.raises(NotFoundError, match="session is no longer in the store"):
            meetings_repo.live_meeting(s, removed.id)


def test_add_meetings_plans_sessions_at_the_groups_time_and_venue(store: Store, services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    days = [date(2026, 1, 6), date(2026, 1, 13)]
    with store.write() as s:
        added = meetings_repo.add_meetings(s, repo.live_group(s, group.id), days)
        s.flush()
        ids = [row.id for row in added]
    stored = [services.meetings.get_meeting(i) for i in ids]
    assert [(m.date, m.start_time, m.end_time, m.venue, m.status) for m in stored] == [
        (day, time(18, 30), time(20, 0), "Community Hall, Room 2", MeetingStatus.PLANNED) for day in days]
