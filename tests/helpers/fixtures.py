"""Fixtures that build real stores on real SQLite files in the test's temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.services.changes import Change
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.groups import GroupDraft
from facilitator_app.storage.store import Store, open_store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = open_store(store_path)
    yield opened
    opened.close()


@pytest.fixture
def services(store: Store) -> Services:
    return build_services(store)


@pytest.fixture
def changes(services: Services) -> list[Change]:
    """Every change the services publish during the test, in order."""
    seen: list[Change] = []
    services.changes.subscribe_batches(lambda batch: seen.extend(batch.changes))
    return seen


def weekly_draft(name: str = "Tuesday Evening Peer Support", **overrides: object) -> GroupDraft:
    """A weekly Tuesday group from 6 January 2026, using the Mood check-in."""
    fields: dict[str, object] = {
        "name": name,
        "recurrence": Recurrence(Cadence.WEEKLY, weekday=1, anchor=date(2026, 1, 6), start_time=time(18, 30)),
        "venue": "Community Hall, Room 2",
        "instrument_id": MOOD.id,
    }
    fields.update(overrides)
    return GroupDraft(**fields)  # type: ignore[arg-type]


def meets_today_draft(name: str = "Tuesday Evening Peer Support") -> GroupDraft:
    """A weekly group that meets on today's weekday, started ten weeks ago: sessions fall on today,
    in the recent past and ahead, whatever day the tests run."""
    today = date.today()
    return weekly_draft(name, recurrence=Recurrence(Cadence.WEEKLY, weekday=today.weekday(),
                                                    anchor=today - timedelta(days=70), start_time=time(18, 30)))
