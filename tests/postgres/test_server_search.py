"""Note search on the server: tsvector with unaccent, folding accents like the laptop's FTS5
("Ines" finds "Inês"), searching as you type, and marks around the words as written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from facilitator_app.domain.records import MeetingRecord, NoteSections
from facilitator_app.services.container import Services
from facilitator_app.storage import fts
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft


@pytest.fixture
def sessions(services: Services) -> list[MeetingRecord]:
    group = services.groups.create_group(weekly_draft())
    return services.meetings.schedule_next(group.id, 4, start=date(2026, 1, 1))


def _found(services: Services, query: str) -> list[date]:
    return [hit.date for hit in services.notes.search(query)]


def test_accents_fold_both_ways(services: Services, sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="Inês spoke about Nguyễn's garden"))
    services.notes.save_note(sessions[1].id, NoteSections(free_text="Zoe and Ines planned the walk"))
    assert _found(services, "Ines") == [sessions[1].date, sessions[0].date]
    assert _found(services, "inês") == [sessions[1].date, sessions[0].date]
    assert _found(services, "nguyen") == [sessions[0].date]
    assert _found(services, "ZOË") == [sessions[1].date]


def test_the_snippet_marks_the_word_as_written(services: Services, sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(strategies="Inês shared a breathing exercise"))
    [hit] = services.notes.search("ines")
    assert hit.section == "strategies"
    assert ("Inês", True) in hit.snippet and hit.snippet_text.startswith("Inês shared")


def test_every_word_must_match_and_the_last_may_be_a_prefix(services: Services,
                                                             sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="sleep and self-care"))
    services.notes.save_note(sessions[1].id, NoteSections(themes="sleep only"))
    assert _found(services, "slee") == [sessions[1].date, sessions[0].date]
    assert _found(services, "slee ") == []          # a finished word is matched whole
    assert _found(services, "sleep self-care") == [sessions[0].date]
    assert _found(services, "sleep care") == [sessions[0].date]
    assert _found(services, "sleep walking") == []


@pytest.mark.parametrize("typed", ['"', "'", "*", "!", "a & b | c", "NEAR(", ":*", "\\", "(", "-", "OR"])
def test_query_syntax_is_searched_as_words_never_read(services: Services, sessions: list[MeetingRecord],
                                                      typed: str) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="a b c OR near"))
    services.notes.search(typed)   # never raises, whatever is typed


def test_deleted_notes_and_sessions_are_not_found(services: Services, sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="gardening"))
    services.notes.save_note(sessions[1].id, NoteSections(themes="gardening"))
    services.notes.save_note(sessions[1].id, NoteSections())
    assert _found(services, "gardening") == [sessions[0].date]


def test_the_search_uses_the_index(store: Store, services: Services, sessions: list[MeetingRecord]) -> None:
    for n in range(3):
        services.notes.save_note(sessions[n].id, NoteSections(themes=f"note {n}"))
    with store.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(session.scalars(text(
            f"EXPLAIN SELECT id FROM session_notes WHERE {fts.PG_DOCUMENT} @@ to_tsquery('{fts.PG_CONFIG}', 'note')")))
    assert fts.PG_INDEX in plan


def test_erasing_a_member_and_old_notes_runs_on_the_server(store: Store, services: Services,
                                                          sessions: list[MeetingRecord]) -> None:
    from datetime import datetime

    from facilitator_app.domain.records import MemberDraft
    from facilitator_app.storage.repos import erasure

    member = services.members.add_member(MemberDraft(preferred_name="Yusuf"), sessions[0].group_id)
    services.notes.save_note(sessions[0].id, NoteSections(themes="Yusuf talked about sleep"))
    with store.write() as session:
        erased = erasure.erase_member(session, member.id, datetime(2026, 3, 1))
    assert erased.mentions == 1 and _found(services, "yusuf") == []
    with store.write() as session:
        assert erasure.delete_old_notes(session, date(2027, 1, 1)) == 1
    assert _found(services, "sleep") == []
