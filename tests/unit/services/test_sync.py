"""Merging two real stores: by id, by natural key, tombstones, note conflicts, same person twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import MemberDraft, NoteSections
from facilitator_app.domain.sync_merge import CONFLICT_HEAD
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.sync import SyncService, sync_stores
from facilitator_app.storage.store import Store, open_store
from tests.helpers.fixtures import weekly_draft


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    a, b = open_store(tmp_path / "a.sqlite3"), open_store(tmp_path / "b.sqlite3")
    yield build_services(a), build_services(b)
    a.close()
    b.close()


def _fp(services: Services) -> str:
    return SyncService(services.store).fingerprint()


def _sync(a: Services, b: Services) -> None:
    sync_stores(a.store, b.store)


def test_new_stores_hold_the_same_data(pair: tuple[Services, Services]) -> None:
    a, b = pair
    assert _fp(a) == _fp(b)
    assert SyncService(a.store).node_id() != SyncService(b.store).node_id()


def test_members_added_on_each_side_end_on_both(pair: tuple[Services, Services]) -> None:
    a, b = pair
    ana = a.members.add_member(MemberDraft("Ana"))
    ben = b.members.add_member(MemberDraft("Ben"))
    assert _fp(a) != _fp(b)
    came_here, went_there = sync_stores(a.store, b.store)
    assert (came_here.added, went_there.added) == (1, 1)
    assert _fp(a) == _fp(b)
    for side in pair:
        assert {m.id for m in side.members.list_members()} == {ana.id, ben.id}
    again = sync_stores(a.store, b.store)
    assert all(r.added == r.updated == r.conflicts == 0 for r in again)


def test_the_later_edit_wins_and_a_deletion_beats_earlier_edits(pair: tuple[Services, Services]) -> None:
    a, b = pair
    ana = a.members.add_member(MemberDraft("Ana"))
    _sync(a, b)
    b.members.update_member(ana.id, MemberDraft("Ana", pronouns="she/her"))
    a.members.update_member(ana.id, MemberDraft("Ana", pronouns="they/them"))  # later
    _sync(a, b)
    assert a.members.get_member(ana.id).pronouns == b.members.get_member(ana.id).pronouns == "they/them"
    b.members.update_member(ana.id, MemberDraft("Ana", phone="0100"))
    a.members.delete_member(ana.id)  # after b's edit
    _sync(b, a)
    assert ana.id not in {m.id for m in b.members.list_members()}
    assert _fp(a) == _fp(b)


def test_attendance_merges_by_session_and_member(pair: tuple[Services, Services]) -> None:
    a, b = pair
    group = a.groups.create_group(weekly_draft())
    meeting = a.meetings.create_meeting(group.id, date(2026, 1, 6))
    ana = a.members.add_member(MemberDraft("Ana"), group.id)
    _sync(a, b)
    a.attendance.set_status(meeting.id, ana.id, AttendanceStatus.PRESENT)
    b.attendance.set_status(meeting.id, ana.id, AttendanceStatus.LATE)  # the same record, made twice
    _sync(a, b)
    _sync(b, a)
    assert _fp(a) == _fp(b)
    for side in pair:
        records = side.attendance.list_for_meeting(meeting.id)
        assert [(r.member_id, r.status) for r in records] == [(ana.id, AttendanceStatus.LATE)]


def test_concurrent_edits_of_a_note_section_keep_both_texts(pair: tuple[Services, Services]) -> None:
    a, b = pair
    group = a.groups.create_group(weekly_draft())
    meeting = a.meetings.create_meeting(group.id, date(2026, 1, 6))
    a.notes.save_note(meeting.id, NoteSections(themes="Sleep", strategies="Walks"))
    _sync(a, b)
    a.notes.save_note(meeting.id, NoteSections(themes="Sleep and winter", strategies="Walks"))
    b.notes.save_note(meeting.id, NoteSections(themes="Sleep, and the holidays", strategies="Walks, lists"))
    report, _ = sync_stores(a.store, b.store)
    assert report.conflicts == 1
    assert _fp(a) == _fp(b)
    note = a.notes.get_note(meeting.id)
    assert note is not None
    assert note.sections.themes.startswith(CONFLICT_HEAD)
    assert "Sleep and winter" in note.sections.themes and "Sleep, and the holidays" in note.sections.themes
    assert note.sections.strategies == "Walks, lists"  # only one side changed it: no conflict
    assert [c[2] for c in SyncService(a.store).open_conflicts()] == ["themes"]
    # Settling it on one side is an edit that saw both: it wins everywhere, without a new conflict.
    b.notes.save_note(meeting.id, NoteSections(themes="Sleep; winter holidays", strategies="Walks, lists"))
    report, _ = sync_stores(a.store, b.store)
    assert report.conflicts == 0
    settled = a.notes.get_note(meeting.id)
    assert settled is not None and settled.sections.themes == "Sleep; winter holidays"
    assert SyncService(b.store).open_conflicts() == []  # settled where it was edited
    assert SyncService(a.store).open_conflicts() == []  # and where the settled text came in


def test_notes_made_on_both_laptops_for_one_session_become_one(pair: tuple[Services, Services]) -> None:
    a, b = pair
    group = a.groups.create_group(weekly_draft())
    meeting = a.meetings.create_meeting(group.id, date(2026, 1, 6))
    _sync(a, b)
    a.notes.save_note(meeting.id, NoteSections(themes="Sleep"))
    b.notes.save_note(meeting.id, NoteSections(follow_ups="Call the venue"))
    _sync(a, b)
    note = b.notes.get_note(meeting.id)
    assert note is not None and (note.sections.themes, note.sections.follow_ups) == ("Sleep", "Call the venue")
    assert _fp(a) == _fp(b)


def test_the_same_person_added_on_two_laptops_is_offered_for_merging(pair: tuple[Services, Services]) -> None:
    a, b = pair
    a.members.add_member(MemberDraft("Ana", full_name="Ana Example"))
    b.members.add_member(MemberDraft("ana ", full_name="Ana  Example"))
    came_here, went_there = sync_stores(a.store, b.store)
    assert len(came_here.duplicates) == len(went_there.duplicates) == 1
    assert "Merge members" in came_here.duplicate_lines()[0]


def test_syncing_a_store_with_itself_is_refused(tmp_path: Path) -> None:
    from facilitator_app.errors import ValidationError

    store: Store = open_store(tmp_path / "a.sqlite3")
    with pytest.raises(ValidationError):
        sync_stores(store, store)
    store.close()


@pytest.mark.parametrize("changes", [
    {"members": [{"nope": 1}]},
    {"members": [{"id": "not-an-id", "hlc": "x"}]},
    {"a_table_from_the_future": [{"id": "0" * 32}]},
])
def test_changes_that_cannot_be_read_are_refused_and_change_nothing(pair: tuple[Services, Services],
                                                                     changes: dict) -> None:
    from facilitator_app.errors import ValidationError

    a, _ = pair
    a.members.add_member(MemberDraft("Ana"))
    before = _fp(a)
    with pytest.raises(ValidationError, match="Nothing was changed"):
        SyncService(a.store).take_in(changes)
    assert _fp(a) == before


def test_a_row_whose_parent_never_arrived_refuses_the_import(pair: tuple[Services, Services]) -> None:
    from facilitator_app.errors import ValidationError

    a, b = pair
    group = a.groups.create_group(weekly_draft())
    a.members.add_member(MemberDraft("Ana"), group.id)
    memberships = {"memberships": SyncService(a.store).outgoing(None).changes["memberships"]}
    before = _fp(b)
    with pytest.raises(ValidationError, match="earlier bundle"):
        SyncService(b.store).take_in(memberships)
    assert _fp(b) == before


def test_an_erasure_travels_and_nothing_of_the_person_comes_back(pair: tuple[Services, Services]) -> None:
    from facilitator_app.services.erasure import ErasureService

    a, b = pair
    group = a.groups.create_group(weekly_draft())
    meeting = a.meetings.create_meeting(group.id, date(2026, 1, 6))
    zed = a.members.add_member(MemberDraft("Zarthex", full_name="Zarthex Example"), group.id, date(2026, 1, 1))
    a.attendance.set_status(meeting.id, zed.id, AttendanceStatus.PRESENT, comment="Zarthex brought cake")
    a.notes.save_note(meeting.id, NoteSections(themes="Zarthex spoke about sleep"))
    _sync(a, b)
    ErasureService(b.store, b.changes).erase_member(zed.id, backup=False)
    b_print = _fp(b)
    _sync(a, b)
    _sync(b, a)
    assert _fp(a) == _fp(b) == b_print
    for side in pair:
        assert side.attendance.list_for_meeting(meeting.id) == []
        note = side.notes.get_note(meeting.id)
        assert note is not None and "Zarthex" not in note.sections.themes
        assert all("Zarthex" not in m.preferred_name for m in side.members.list_members())


def test_a_member_merge_on_one_laptop_meets_attendance_recorded_on_the_other(pair: tuple[Services, Services]) -> None:
    """B merges a duplicate into Ana, moving its attendance onto (session, Ana), which A recorded meanwhile."""
    a, b = pair
    group = a.groups.create_group(weekly_draft())
    meeting = a.meetings.create_meeting(group.id, date(2026, 1, 6))
    ana = a.members.add_member(MemberDraft("Ana"), group.id, date(2026, 1, 1))
    dup = a.members.add_member(MemberDraft("Ana B"), group.id, date(2026, 1, 1))
    a.attendance.set_status(meeting.id, dup.id, AttendanceStatus.LATE)
    _sync(a, b)
    a.attendance.set_status(meeting.id, ana.id, AttendanceStatus.PRESENT)
    b.merges.merge(ana.id, dup.id)
    _sync(a, b)
    _sync(b, a)
    assert _fp(a) == _fp(b)
    for side in pair:
        assert [r.member_id for r in side.attendance.list_for_meeting(meeting.id)] == [ana.id]


def test_rows_removed_by_retention_are_removed_everywhere(pair: tuple[Services, Services]) -> None:
    from facilitator_app.storage.repos import erasure

    a, b = pair
    group = a.groups.create_group(weekly_draft())
    old = a.meetings.create_meeting(group.id, date(2020, 1, 7))
    recent = a.meetings.create_meeting(group.id, date(2026, 1, 6))
    a.notes.save_note(old.id, NoteSections(themes="An old evening"))
    a.notes.save_note(recent.id, NoteSections(themes="A recent evening"))
    _sync(a, b)
    with b.store.write() as s:
        assert erasure.delete_old_notes(s, date(2024, 1, 1)) == 1
    _sync(a, b)
    _sync(b, a)
    assert _fp(a) == _fp(b)
    for side in pair:
        assert side.notes.get_note(old.id) is None
        assert side.notes.get_note(recent.id) is not None


def test_a_store_copied_by_hand_takes_its_own_node_id_and_misses_nothing(tmp_path: Path) -> None:
    """A laptop's file copied to a second laptop (or a backup put back) is not the store the server
    exchanged with: if it kept the node id, the server would send it only what changed since the
    original's last sync, and what came in between would never reach it."""
    import shutil

    office, laptop = open_store(tmp_path / "office.sqlite3"), open_store(tmp_path / "laptop.sqlite3")
    office_s, laptop_s = build_services(office), build_services(laptop)
    office_s.groups.create_group(weekly_draft())
    office_s.members.add_member(MemberDraft(preferred_name="Ada"))
    _sync(laptop_s, office_s)
    laptop.close()
    copied = tmp_path / "second-laptop" / "laptop.sqlite3"
    copied.parent.mkdir()
    for suffix in ("", ".key"):   # the store and its key file, as a person would copy them
        shutil.copy2(tmp_path / f"laptop.sqlite3{suffix}", copied.parent / f"laptop.sqlite3{suffix}")
    laptop = open_store(tmp_path / "laptop.sqlite3")
    laptop_s = build_services(laptop)
    office_s.members.add_member(MemberDraft(preferred_name="Bo"))
    _sync(laptop_s, office_s)   # the original syncs again after Bo was added: the office notes it has Bo
    second = open_store(copied)
    second_s = build_services(second)
    assert SyncService(second).last_exchange() is None   # it never exchanged anything itself
    assert SyncService(second).node_id() not in (SyncService(laptop).node_id(), SyncService(office).node_id())
    _sync(second_s, office_s)
    assert sorted(m.preferred_name for m in second_s.members.list_members()) == ["Ada", "Bo"]
    assert _fp(second_s) == _fp(office_s) == _fp(laptop_s)
    _sync(second_s, laptop_s)   # the two laptops can merge with each other as well
    node = SyncService(second).node_id()
    second.close()
    second = open_store(copied)   # opening the same file again keeps its node id
    assert SyncService(second).node_id() == node
    for store in (office, laptop, second):
        store.close()
