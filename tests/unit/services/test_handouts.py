"""HandoutService on a real store: files stored once by content, and the sessions they were given at."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date

import pytest

from facilitator_app.domain.records import MeetingRecord
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import MAX_HANDOUT_BYTES, HandoutDraft
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

PDF = b"%PDF-1.4\n% an invented one-page leaflet about sleep\n%%EOF\n"
TEXT = "Breathing: in for 4, hold for 4, out for 6.\nZoë's tip: name five things you can see.\n".encode()


@pytest.fixture
def meetings(services: Services, changes: list[Change]) -> list[MeetingRecord]:
    group = services.groups.create_group(weekly_draft())
    made = services.meetings.schedule_next(group.id, 2, start=date(2026, 1, 1))
    changes.clear()
    return made


def pdf_draft(title: str = "Sleep hygiene", content: bytes = PDF) -> HandoutDraft:
    return HandoutDraft(title=title, content=content, media_type="application/pdf", file_name="sleep.pdf",
                        topics=("sleep", " routine ", ""), description="Ten small habits", version="2026-01")


# --- add ----------------------------------------------------------------------------------

def test_add_handout(services: Services, changes: list[Change]) -> None:
    handout = services.handouts.add_handout(pdf_draft())
    assert handout.title == "Sleep hygiene"
    assert handout.sha256 == hashlib.sha256(PDF).hexdigest()
    assert (handout.size, handout.media_type, handout.file_name) == (len(PDF), "application/pdf", "sleep.pdf")
    assert handout.topics == ("sleep", "routine")
    assert (handout.description, handout.version) == ("Ten small habits", "2026-01")
    assert services.handouts.list_handouts() == [handout]
    assert services.handouts.content(handout.id) == PDF
    assert changes == [Change(Entity.HANDOUT, Action.ADDED, frozenset({handout.id}))]


@pytest.mark.parametrize("media_type", ["image/png", "image/jpeg", "text/plain", "text/markdown"])
def test_other_accepted_media_types(services: Services, media_type: str) -> None:
    handout = services.handouts.add_handout(HandoutDraft("Grounding", TEXT + media_type.encode(), media_type))
    assert handout.media_type == media_type


def test_identical_content_is_stored_once(services: Services, store: Store) -> None:
    first = services.handouts.add_handout(pdf_draft("Sleep hygiene"))
    second = services.handouts.add_handout(pdf_draft("Sleep hygiene (copy for Søren's group)"))
    assert first.id != second.id
    assert first.sha256 == second.sha256
    assert raw(store.path, "SELECT COUNT(*) FROM handout_files") == [(1,)]
    assert raw(store.path, "SELECT COUNT(*) FROM handouts") == [(2,)]
    assert services.handouts.content(second.id) == PDF
    services.handouts.add_handout(HandoutDraft("Grounding", TEXT, "text/plain"))
    assert raw(store.path, "SELECT COUNT(*) FROM handout_files") == [(2,)]


def test_list_handouts_by_title(services: Services) -> None:
    services.handouts.add_handout(HandoutDraft("worry time", TEXT, "text/plain"))
    services.handouts.add_handout(pdf_draft("Crisis contacts"))
    services.handouts.add_handout(HandoutDraft("Movement", b"# Move a little", "text/markdown"))
    assert [h.title for h in services.handouts.list_handouts()] == ["Crisis contacts", "Movement", "worry time"]


@pytest.mark.parametrize(("draft", "message"), [
    (HandoutDraft("Empty", b"", "application/pdf"), "empty"),
    (HandoutDraft("Huge", bytes(MAX_HANDOUT_BYTES + 1), "application/pdf"), "at most 50 MB"),
    (HandoutDraft("Archive", b"PK\x03\x04", "application/zip"), "PDF, PNG, JPEG, plain text or Markdown"),
    (HandoutDraft("Word", b"stuff", "application/msword"), "PDF, PNG, JPEG, plain text or Markdown"),
    (HandoutDraft("   ", PDF, "application/pdf"), "title"),
], ids=["empty", "over-50MB", "zip", "word", "blank-title"])
def test_refused_handout_writes_nothing(services: Services, store: Store, changes: list[Change],
                                        draft: HandoutDraft, message: str) -> None:
    services.handouts.add_handout(HandoutDraft("Grounding", TEXT, "text/plain"))
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match=message):
        services.handouts.add_handout(draft)
    assert snapshot(store.path) == before
    assert raw(store.path, "SELECT COUNT(*) FROM handout_files") == [(1,)]
    assert changes == []


def test_content_of_a_missing_handout(services: Services) -> None:
    with pytest.raises(NotFoundError, match="handout"):
        services.handouts.content(uuid.uuid4())


# --- given at a session -------------------------------------------------------------------

def test_mark_given_in_the_order_given(services: Services, meetings: list[MeetingRecord],
                                       changes: list[Change]) -> None:
    meeting = meetings[0]
    worry = services.handouts.add_handout(HandoutDraft("Worry time", TEXT, "text/plain"))
    crisis = services.handouts.add_handout(pdf_draft("Crisis contacts"))
    breathing = services.handouts.add_handout(HandoutDraft("Breathing", b"# Breathe", "text/markdown"))
    changes.clear()

    services.handouts.mark_given(meeting.id, worry.id)
    services.handouts.mark_given(meeting.id, breathing.id)
    services.handouts.mark_given(meeting.id, crisis.id)

    assert [h.id for h in services.handouts.given_at(meeting.id)] == [worry.id, breathing.id, crisis.id]
    assert services.handouts.given_at(meetings[1].id) == []
    assert changes == [Change(Entity.HANDOUT, Action.UPDATED, frozenset({h.id}), group_id=meeting.group_id,
                              meeting_id=meeting.id) for h in (worry, breathing, crisis)]


def test_un_give_and_give_again(services: Services, store: Store, meetings: list[MeetingRecord],
                                changes: list[Change]) -> None:
    meeting = meetings[0]
    handout = services.handouts.add_handout(pdf_draft())
    other = services.handouts.add_handout(HandoutDraft("Worry time", TEXT, "text/plain"))
    services.handouts.mark_given(meeting.id, handout.id)
    services.handouts.mark_given(meeting.id, other.id)
    changes.clear()

    services.handouts.mark_given(meeting.id, handout.id, given=False)
    assert [h.id for h in services.handouts.given_at(meeting.id)] == [other.id]
    assert changes == [Change(Entity.HANDOUT, Action.UPDATED, frozenset({handout.id}),
                              group_id=meeting.group_id, meeting_id=meeting.id)]
    [(deleted_at,)] = raw(store.path, "SELECT deleted_at FROM meeting_handouts WHERE handout_id = ?",
                          handout.id.hex)
    assert deleted_at is not None

    services.handouts.mark_given(meeting.id, handout.id)
    assert {h.id for h in services.handouts.given_at(meeting.id)} == {handout.id, other.id}
    assert raw(store.path, "SELECT COUNT(*), COUNT(deleted_at) FROM meeting_handouts") == [(2, 0)]


def test_giving_twice_adds_no_second_row(services: Services, store: Store, meetings: list[MeetingRecord]) -> None:
    handout = services.handouts.add_handout(pdf_draft())
    meeting_id = meetings[0].id
    services.handouts.mark_given(meeting_id, handout.id)
    services.handouts.mark_given(meeting_id, handout.id)
    assert [h.id for h in services.handouts.given_at(meeting_id)] == [handout.id]
    assert raw(store.path, "SELECT COUNT(*) FROM meeting_handouts") == [(1,)]


def test_same_handout_at_two_sessions(services: Services, meetings: list[MeetingRecord]) -> None:
    handout = services.handouts.add_handout(pdf_draft())
    for meeting in meetings:
        services.handouts.mark_given(meeting.id, handout.id)
    services.handouts.mark_given(meetings[0].id, handout.id, given=False)
    assert services.handouts.given_at(meetings[0].id) == []
    assert services.handouts.given_at(meetings[1].id) == [handout]


def test_mark_given_for_a_missing_handout_or_session(services: Services, store: Store,
                                                     meetings: list[MeetingRecord], changes: list[Change]) -> None:
    handout = services.handouts.add_handout(pdf_draft())
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(NotFoundError, match="handout"):
        services.handouts.mark_given(meetings[0].id, uuid.uuid4())
    with pytest.raises(NotFoundError, match="session"):
        services.handouts.mark_given(uuid.uuid4(), handout.id)
    assert snapshot(store.path) == before
    assert changes == []
