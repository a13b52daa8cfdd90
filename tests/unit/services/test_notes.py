"""NoteService on a real store: one note per session, saved and replaced in sections."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_app.domain.records import MeetingRecord, NoteSections
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.notes import MAX_SECTION
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot


@pytest.fixture
def meetings(services: Services, changes: list[Change]) -> list[MeetingRecord]:
    group = services.groups.create_group(weekly_draft())
    made = services.meetings.schedule_next(group.id, 2, start=date(2026, 1, 1))
    changes.clear()
    return made


SECTIONS = NoteSections(themes="Sleep, winter", strategies="Z. shared a wind-down routine",
                        follow_ups="Ł. to bring the leaflet", safety_concerns="",
                        free_text="Warm session; two new faces.")


def test_no_note_gives_none(services: Services, meetings: list[MeetingRecord]) -> None:
    assert services.notes.get_note(meetings[0].id) is None


def test_save_and_get(services: Services, meetings: list[MeetingRecord], changes: list[Change]) -> None:
    meeting = meetings[0]
    note = services.notes.save_note(meeting.id, SECTIONS)
    assert note.sections == SECTIONS
    assert note.meeting_id == meeting.id
    assert services.notes.get_note(meeting.id) == note
    assert services.notes.get_note(meetings[1].id) is None
    assert changes == [Change(Entity.NOTE, Action.UPDATED, frozenset({note.id}), group_id=meeting.group_id,
                              meeting_id=meeting.id)]


def test_sections_are_trimmed(services: Services, meetings: list[MeetingRecord]) -> None:
    note = services.notes.save_note(meetings[0].id, NoteSections(themes="  grief \n", free_text="\n"))
    assert (note.sections.themes, note.sections.free_text) == ("grief", "")


def test_saving_again_replaces_the_note(services: Services, store: Store, meetings: list[MeetingRecord],
                                        changes: list[Change]) -> None:
    meeting = meetings[0]
    first = services.notes.save_note(meeting.id, SECTIONS)
    changes.clear()
    replacement = NoteSections(themes="Isolation", safety_concerns="A. given the crisis line number")
    second = services.notes.save_note(meeting.id, replacement)
    assert second.id == first.id
    assert second.sections == replacement  # sections left out are now empty
    assert second.created_at == first.created_at
    assert second.updated_at >= first.updated_at
    assert services.notes.get_note(meeting.id) == second
    assert raw(store.path, "SELECT COUNT(*) FROM session_notes") == [(1,)]
    assert changes == [Change(Entity.NOTE, Action.UPDATED, frozenset({first.id}), group_id=meeting.group_id,
                              meeting_id=meeting.id)]


@pytest.mark.parametrize("field", ["themes", "strategies", "follow_ups", "safety_concerns", "free_text"])
def test_overlong_section_refused_and_old_note_kept(services: Services, store: Store,
                                                    meetings: list[MeetingRecord], changes: list[Change],
                                                    field: str) -> None:
    meeting = meetings[0]
    old = services.notes.save_note(meeting.id, SECTIONS)
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match=f"keep it to {MAX_SECTION}"):
        services.notes.save_note(meeting.id, NoteSections(**{field: "x" * (MAX_SECTION + 1)}))
    assert snapshot(store.path) == before
    assert changes == []
    assert services.notes.get_note(meeting.id) == old


def test_longest_allowed_section_accepted(services: Services, meetings: list[MeetingRecord]) -> None:
    note = services.notes.save_note(meetings[0].id, NoteSections(free_text="y" * MAX_SECTION))
    assert len(note.sections.free_text) == MAX_SECTION


def test_note_for_a_deleted_session_refused(services: Services, store: Store, meetings: list[MeetingRecord],
                                            changes: list[Change]) -> None:
    services.meetings.delete_meeting(meetings[0].id)
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(NotFoundError, match="session"):
        services.notes.save_note(meetings[0].id, SECTIONS)
    assert snapshot(store.path) == before
    assert changes == []
