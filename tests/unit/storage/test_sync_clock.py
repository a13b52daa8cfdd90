"""Every change through the ORM or a bulk load gets the store's clock stamp; note sections get versions."""

from __future__ import annotations

from datetime import date

from facilitator_app.domain.hlc import Timestamp
from facilitator_app.domain.records import MemberDraft, NoteSections
from facilitator_app.services.container import Services
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw


def _stamps(store: Store, table: str) -> list[tuple[str | None, str | None]]:
    return raw(store.path, f"SELECT hlc, changed_hlc FROM {table} ORDER BY hlc")


def test_each_change_gets_a_later_stamp_of_this_store(services: Services, store: Store) -> None:
    ana = services.members.add_member(MemberDraft("Ana"))
    ((first, changed),) = _stamps(store, "members")
    assert first == changed
    (node,) = raw(store.path, "SELECT node_id FROM sync_state WHERE peer = 'self'")[0]
    assert Timestamp.parse(first).node == node
    services.members.update_member(ana.id, MemberDraft("Ana", pronouns="she/her"))
    ((second, _),) = _stamps(store, "members")
    assert second > first
    assert raw(store.path, "SELECT clock FROM sync_state WHERE peer = 'self'") == [(second,)]


def test_local_tables_are_not_stamped(services: Services, store: Store) -> None:
    services.members.add_member(MemberDraft("Ana"))
    assert raw(store.path, "SELECT count(*) FROM audit_events WHERE hlc IS NOT NULL") == [(0,)]


def test_a_note_section_edit_is_a_new_version(services: Services, store: Store) -> None:
    group = services.groups.create_group(weekly_draft())
    meeting = services.meetings.create_meeting(group.id, date(2026, 1, 6))
    services.notes.save_note(meeting.id, NoteSections(themes="Sleep"))
    services.notes.save_note(meeting.id, NoteSections(themes="Sleep and winter", strategies="Walks"))
    import json

    ((versions,),) = raw(store.path, "SELECT versions FROM session_notes")
    (node,) = raw(store.path, "SELECT node_id FROM sync_state WHERE peer = 'self'")[0]
    assert json.loads(versions) == {"themes": [{"text": "Sleep and winter", "vv": {node: 2}}],
                                    "strategies": [{"text": "Walks", "vv": {node: 1}}]}


def test_bulk_loads_are_stamped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.services.sample_data import build_sample_store

    path = tmp_path / "sample.sqlite3"
    build_sample_store(path, scale="small", seed=1)
    assert raw(path, "SELECT count(*) FROM attendance WHERE hlc IS NULL") == [(0,)]
    assert raw(path, "SELECT count(*) FROM attendance") != [(0,)]
