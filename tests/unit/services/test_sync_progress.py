"""Stopping a merge part way leaves both stores as they were; bundles count as exchanges; conflicts say where."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.domain.records import MemberDraft, NoteSections
from facilitator_app.services import sync_bundle
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.sync import SyncCancelled, SyncService, sync_stores
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    a, b = open_store(tmp_path / "a.sqlite3"), open_store(tmp_path / "b.sqlite3")
    yield build_services(a), build_services(b)
    a.close()
    b.close()


def _fp(services: Services) -> str:
    return SyncService(services.store).fingerprint()


@pytest.mark.parametrize("stop_at", [100, 500, 600, 990])
def test_a_cancelled_sync_changes_neither_store(pair: tuple[Services, Services], stop_at: int) -> None:
    a, b = pair
    for n in range(3):
        a.members.add_member(MemberDraft(f"Ana {n}"))
        b.members.add_member(MemberDraft(f"Ben {n}"))
    before = (_fp(a), _fp(b))
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        assert total == 1000
        if done >= stop_at:
            raise SyncCancelled

    with pytest.raises(SyncCancelled):
        sync_stores(a.store, b.store, progress)
    assert (_fp(a), _fp(b)) == before
    assert SyncService(a.store).last_exchange() is None and SyncService(b.store).last_exchange() is None
    again: list[int] = []
    came, went = sync_stores(a.store, b.store, lambda done, total: again.append(done))
    assert (came.added, went.added) == (3, 3) and _fp(a) == _fp(b)
    assert again[0] == 0 and again[-1] == 1000 and again == sorted(again)   # only ever forward


def test_a_bundle_export_and_import_count_as_exchanges(pair: tuple[Services, Services], tmp_path: Path) -> None:
    a, b = pair
    a.members.add_member(MemberDraft("Ana"))
    key_path, bundle = tmp_path / "org.key", tmp_path / "changes.fsync"
    sync_bundle.new_key_file(key_path)
    key = sync_bundle.read_key_file(key_path)
    assert not SyncService(a.store).has_written_bundle()
    with pytest.raises(SyncCancelled):
        SyncService(a.store).export_bundle(key, bundle, since_last=False, progress=_stop_at(500))
    assert not bundle.exists() and SyncService(a.store).last_exchange() is None
    written = SyncService(a.store).export_bundle(key, bundle, since_last=False)
    assert written.rows >= 1 and SyncService(a.store).has_written_bundle()
    assert SyncService(a.store).last_exchange() is not None
    with pytest.raises(SyncCancelled):
        SyncService(b.store).import_bundle(key, bundle, progress=_stop_at(200))
    assert SyncService(b.store).last_exchange() is None and _fp(a) != _fp(b)
    report = SyncService(b.store).import_bundle(key, bundle)
    assert report.added == 1 and _fp(a) == _fp(b)   # Ana; the built-in instruments were there already
    assert SyncService(b.store).last_exchange() is not None


def _stop_at(stop: int):  # type: ignore[no-untyped-def]
    def progress(done: int, total: int) -> None:
        if done >= stop:
            raise SyncCancelled
    return progress


def test_a_conflict_names_its_session(pair: tuple[Services, Services]) -> None:
    a, b = pair
    group = a.groups.create_group(weekly_draft("Evening group"))
    meeting = a.meetings.create_meeting(group.id, date(2026, 3, 3))
    a.notes.save_note(meeting.id, NoteSections(themes="Sleep"))
    sync_stores(a.store, b.store)
    a.notes.save_note(meeting.id, NoteSections(themes="Sleep and winter"))
    b.notes.save_note(meeting.id, NoteSections(themes="Sleep, and the holidays"))
    sync_stores(a.store, b.store)
    [place] = SyncService(a.store).conflict_places()
    assert (place.table_name, place.column, place.meeting_id, place.meeting_date, place.group_name) == \
        ("session_notes", "themes", meeting.id, date(2026, 3, 3), "Evening group")
