"""The repositories' write functions: each takes a transaction and hands back frozen records or plain values."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import HandoutRecord, MemberRecord, MembershipRecord, NoteRecord
from facilitator_app.errors import NotFoundError
from facilitator_app.services.container import Services
from facilitator_app.storage.bulk import bulk_insert, has_live_rows
from facilitator_app.storage.repos import handouts, members, notes, reports
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft

DAY = date(2026, 1, 6)
VALUES = {"preferred_name": "Zoë", "full_name": "Zoë Adams", "pronouns": "she/her", "phone": "", "email": "",
          "emergency_contact_name": "", "emergency_contact_phone": "", "notes": "", "consent_to_contact": True}


def _group_and_meeting(services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    group = services.groups.create_group(weekly_draft())
    return group.id, services.meetings.create_meeting(group.id, DAY).id


# -- members -------------------------------------------------------------------------------------------
def test_member_insert_update_and_wipe_round_trip(store: Store) -> None:
    with store.write() as s:
        added = members.insert_member(s, VALUES)
    assert isinstance(added, MemberRecord) and added.preferred_name == "Zoë" and added.consent_to_contact
    with store.write() as s:
        changed = members.update_member(s, added.id, {**VALUES, "pronouns": "she/they"})
    with store.read() as s:
        assert members.get_member(s, added.id) == changed
        assert changed.pronouns == "she/they"
    with store.write() as s:
        members.wipe_member(s, added.id, {**VALUES, "preferred_name": "(deleted)", "full_name": ""})
    with store.read() as s, pytest.raises(NotFoundError, match="member"):
        members.get_member(s, added.id)
    with store.read() as s, pytest.raises(NotFoundError, match="member"):
        members.require_live_member(s, added.id)


def test_membership_join_acknowledge_and_end(services: Services, store: Store) -> None:
    group_id, _ = _group_and_meeting(services)
    at = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
    with store.write() as s:
        member = members.insert_member(s, VALUES)
        assert members.current_membership(s, member.id, group_id) is None
        joined = members.add_membership(s, member.id, group_id, DAY)
        assert members.current_membership(s, member.id, group_id) == joined
        version = members.group_agreement_version(s, group_id)
        acknowledged = members.acknowledge_agreement(s, member.id, group_id, version, at)
        assert members.group_name(s, group_id) == "Tuesday Evening Peer Support"
    assert isinstance(joined, MembershipRecord) and joined.joined_on == DAY and joined.left_on is None
    assert acknowledged.agreement_version == version
    with store.write() as s:
        ended = members.end_membership(s, member.id, group_id, date(2026, 3, 3))
        assert members.current_membership(s, member.id, group_id) is None
    assert ended.id == joined.id and ended.left_on == date(2026, 3, 3)


def test_group_lookups_explain_a_missing_group(store: Store) -> None:
    missing = uuid.uuid4()
    with store.read() as s:
        for lookup in (members.require_live_group, members.group_name, members.group_agreement_version):
            with pytest.raises(NotFoundError, match="group"):
                lookup(s, missing)


# -- handouts ------------------------------------------------------------------------------------------
def _insert_handout(store: Store, title: str = "Grounding", content: bytes = b"# Grounding\n") -> HandoutRecord:
    with store.write() as s:
        return handouts.insert_handout(s, title=title, topics=("anxiety", "sleep"), description="Five senses",
                                       version="2", file_name="grounding.md", media_type="text/markdown",
                                       content=content)


def test_insert_handout_stores_each_file_once(store: Store) -> None:
    first = _insert_handout(store)
    second = _insert_handout(store, title="Grounding (copy)")
    assert first.topics == ("anxiety", "sleep") and first.size == len(b"# Grounding\n")
    assert first.sha256 == second.sha256 and first.id != second.id
    with store.read() as s:
        assert handouts.file_id_of(s, first.id) == handouts.file_id_of(s, second.id)
        assert handouts.content(s, handouts.file_id_of(s, first.id)) == b"# Grounding\n"


def test_update_remove_and_restore_a_handout(store: Store) -> None:
    added = _insert_handout(store)
    with store.write() as s:
        updated = handouts.update_details(s, added.id, title="Grounding 2", topics=("calm",), description="",
                                          version="3")
    assert (updated.title, updated.topics, updated.version, updated.sha256) == ("Grounding 2", ("calm",), "3",
                                                                               added.sha256)
    with store.write() as s:
        handouts.remove(s, added.id)
    with store.read() as s, pytest.raises(NotFoundError, match="handout"):
        handouts.require_live(s, added.id)
    with store.write() as s:
        assert handouts.restore(s, added.id) == updated
        assert handouts.restore(s, uuid.uuid4()) is None
        handouts.require_live(s, added.id)


def test_set_given_records_undoes_and_brings_back(services: Services, store: Store) -> None:
    group_id, meeting_id = _group_and_meeting(services)
    handout = _insert_handout(store)
    with store.write() as s:
        assert handouts.meeting_for_giving(s, meeting_id) == (MeetingStatus.PLANNED, group_id)
        assert not handouts.is_given(s, meeting_id, handout.id)
        handouts.set_given(s, meeting_id, handout.id, True)
        assert handouts.is_given(s, meeting_id, handout.id)
        handouts.set_given(s, meeting_id, handout.id, False)
        assert not handouts.is_given(s, meeting_id, handout.id)
        handouts.set_given(s, meeting_id, handout.id, True)
        assert handouts.given_ids_at(s, meeting_id) == {handout.id}
        with pytest.raises(NotFoundError, match="session"):
            handouts.meeting_for_giving(s, uuid.uuid4())


# -- notes ---------------------------------------------------------------------------------------------
def test_save_note_creates_then_replaces(services: Services, store: Store) -> None:
    group_id, meeting_id = _group_and_meeting(services)
    with store.write() as s:
        assert notes.live_note(s, meeting_id) is None
        assert notes.meeting_group_id(s, meeting_id) == group_id
        first = notes.save_note(s, meeting_id, {"themes": "Sleep", "free_text": "Quiet week"})
        second = notes.save_note(s, meeting_id, {"themes": "Sleep and work"})
        assert notes.live_note(s, meeting_id) == second
        with pytest.raises(NotFoundError, match="session"):
            notes.meeting_group_id(s, uuid.uuid4())
    assert isinstance(first, NoteRecord) and first.id == second.id
    assert (second.sections.themes, second.sections.free_text) == ("Sleep and work", "Quiet week")


# -- bulk rows by table name ---------------------------------------------------------------------------
def test_bulk_insert_takes_table_names(store: Store) -> None:
    row = {"id": uuid.uuid4(), "created_at": datetime(2026, 1, 1), "updated_at": datetime(2026, 1, 1),
           "deleted_at": None, **VALUES}
    with store.write() as s:
        assert not has_live_rows(s, "members")
        assert bulk_insert(s, {"members": [row]}) == {"members": 1}
        assert has_live_rows(s, "members")
        with pytest.raises(ValueError, match="recipes"):
            bulk_insert(s, {"recipes": []})


# -- reading as records --------------------------------------------------------------------------------
def test_record_readers_match_what_was_written(services: Services, store: Store) -> None:
    group_id, meeting_id = _group_and_meeting(services)
    kept, removed = _insert_handout(store, "Worry time", b"worry"), _insert_handout(store, "Anchors", b"anchor")
    with store.write() as s:
        zoe = members.insert_member(s, VALUES)
        ash = members.insert_member(s, {**VALUES, "preferred_name": "Ash"})
        joined = members.add_membership(s, zoe.id, group_id, DAY)
        handouts.set_given(s, meeting_id, kept.id, True)
        handouts.remove(s, removed.id)
    with store.read() as s:
        assert members.member_records(s) == [ash, zoe]
        assert members.membership_records(s, zoe.id) == [joined]
        assert members.group_member_records(s, group_id, active_on=DAY) == [(zoe, joined)]
        assert handouts.list_handouts(s) == [kept]
        assert handouts.given_at_meeting(s, meeting_id) == [kept]
        assert handouts.live_handout(s, kept.id) == kept
        assert handouts.live_handout(s, removed.id) is None


def test_report_readers_return_records(services: Services, store: Store) -> None:
    group_id, meeting_id = _group_and_meeting(services)
    with store.write() as s:
        zoe = members.insert_member(s, VALUES)
        joined = members.add_membership(s, zoe.id, group_id, DAY)
        notes.save_note(s, meeting_id, {"themes": "Sleep", "safety_concerns": "None raised"})
    with store.read() as s:
        meeting = reports.meeting(s, meeting_id)
        assert meeting is not None and (meeting.group_id, meeting.date) == (group_id, DAY)
        assert reports.meetings(s, group_id) == [meeting]
        group = reports.group(s, group_id)
        assert group is not None and group.name == "Tuesday Evening Peer Support"
        assert reports.member(s, zoe.id) == members.get_member(s, zoe.id)
        assert reports.member_membership_records(s, zoe.id) == [("Tuesday Evening Peer Support", False, joined)]
        assert MOOD.id in reports.instrument_definitions(s)
        sections = reports.note_sections(s, meeting_id)
        assert sections is not None and (sections.themes, sections.safety_concerns) == ("Sleep", "None raised")
        missing = uuid.uuid4()
        assert (reports.meeting(s, missing), reports.group(s, missing), reports.member(s, missing),
                reports.note_sections(s, missing)) == (None, None, None, None)
