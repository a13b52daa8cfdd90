"""Full-text search over every note of every group, the index kept in step, and note templates."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from facilitator_app.domain.records import MeetingRecord, NoteSections
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.notes import MAX_TEMPLATE, SECTION_LABELS, NoteHit, initials
from facilitator_app.storage import fts
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect
from tests.helpers.sqlite_files import raw

SECTIONS = tuple(SECTION_LABELS)


@pytest.fixture
def sessions(services: Services) -> list[MeetingRecord]:
    """Six weekly sessions of one group, oldest first (6 Jan to 10 Feb 2026)."""
    group = services.groups.create_group(weekly_draft())
    return services.meetings.schedule_next(group.id, 6, start=date(2026, 1, 1))


def _index_agrees_with_notes(path: Path) -> None:
    """FTS5's own check: raises (a 'malformed' error) when the index and the notes differ."""
    with contextlib.closing(keyed_connect(path)) as conn:
        conn.execute(fts.INTEGRITY_CHECK)


def _found(services: Services, query: str, **kwargs: int) -> list[date]:
    return [hit.date for hit in services.notes.search(query, **kwargs)]


# ---------------------------------------------------------------------------- finding words
@pytest.mark.parametrize("section", SECTIONS)
def test_a_word_is_found_in_every_section(services: Services, sessions: list[MeetingRecord], section: str) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(**{section: "We talked about gardening and hope."}))
    services.notes.save_note(sessions[1].id, NoteSections(themes="Nothing to do with it"))
    hits = services.notes.search("gardening")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.meeting_id, hit.group_id, hit.date) == (sessions[0].id, sessions[0].group_id, sessions[0].date)
    assert hit.group_name == "Tuesday Evening Peer Support"
    assert hit.section == section and hit.section_label == SECTION_LABELS[section]
    assert hit.snippet == (("We talked about ", False), ("gardening", True), (" and hope.", False))
    assert hit.snippet_text == "We talked about gardening and hope."


def test_the_section_shown_is_the_first_that_matches(services: Services, sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="Winter", follow_ups="Call about sleep",
                                                          free_text="Sleep came up twice"))
    [hit] = services.notes.search("sleep")
    assert hit.section == "follow_ups"
    assert [part for part, marked in hit.snippet if marked] == ["sleep"]


def test_every_word_must_be_in_the_note(services: Services, sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="sleep", strategies="a short walk"))
    services.notes.save_note(sessions[1].id, NoteSections(themes="sleep only"))
    assert _found(services, "walk sleep") == [sessions[0].date]
    assert _found(services, "sleep") == [sessions[1].date, sessions[0].date]


def test_the_last_word_may_be_the_start_of_a_word(services: Services, sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="Sleepless nights"))
    assert _found(services, "sleep") == [sessions[0].date]
    assert _found(services, "slee") == [sessions[0].date]
    assert _found(services, "slee ") == []  # a finished word is matched whole
    assert _found(services, "slee nights") == []  # only the last word is a prefix


def test_notes_of_every_group_are_searched(services: Services, sessions: list[MeetingRecord]) -> None:
    other = services.groups.create_group(weekly_draft("Carers' Circle"))
    [theirs] = services.meetings.schedule_next(other.id, 1, start=date(2026, 1, 20))
    services.notes.save_note(sessions[0].id, NoteSections(themes="Holidays"))
    services.notes.save_note(theirs.id, NoteSections(free_text="Holidays were hard"))
    hits = services.notes.search("holidays")
    assert [(h.group_name, h.date) for h in hits] == [("Carers' Circle", date(2026, 1, 20)),
                                                      ("Tuesday Evening Peer Support", date(2026, 1, 6))]


# ---------------------------------------------------------------------------- non-ASCII
NAMES_NOTE = NoteSections(themes="Zoë shared about her move from Łódź",
                          follow_ups="Nguyễn Văn An to bring the leaflet; Søren offered a lift")


@pytest.mark.parametrize(("query", "marked"), [
    ("Zoë", "Zoë"), ("zoe", "Zoë"), ("ZOË", "Zoë"), ("Zoe", "Zoë"),
    ("Łódź", "Łódź"), ("łódź", "Łódź"), ("ŁODZ", "Łódź"),
    ("Nguyễn", "Nguyễn"), ("nguyen", "Nguyễn"), ("NGUYỄN", "Nguyễn"), ("Văn An", "Văn"),
    ("Søren", "Søren"), ("søren", "Søren"),
])
def test_non_ascii_words_are_found_ignoring_case_and_accents(services: Services, sessions: list[MeetingRecord],
                                                            query: str, marked: str) -> None:
    services.notes.save_note(sessions[0].id, NAMES_NOTE)
    [hit] = services.notes.search(query)
    assert [part for part, is_match in hit.snippet if is_match][0] == marked


def test_plain_letters_find_accented_text_written_the_other_way(services: Services,
                                                               sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="Zoe and Nguyen"))
    assert _found(services, "Zoë") == [sessions[0].date]
    assert _found(services, "Nguyễn") == [sessions[0].date]


def test_letters_without_a_decomposition_match_only_as_written(services: Services,
                                                             sessions: list[MeetingRecord]) -> None:
    """SQLite folds accents by Unicode decomposition; ł and ø have none (a known limit, kept in fts.py)."""
    services.notes.save_note(sessions[0].id, NAMES_NOTE)
    assert _found(services, "Lodz") == []
    assert _found(services, "Soren") == []
    assert _found(services, "łodz") == [sessions[0].date]


def test_decomposed_input_is_found(services: Services, sessions: list[MeetingRecord]) -> None:
    import unicodedata

    services.notes.save_note(sessions[0].id, NAMES_NOTE)
    assert _found(services, unicodedata.normalize("NFD", "Zoë")) == [sessions[0].date]
    assert _found(services, unicodedata.normalize("NFD", "nguyễn")) == [sessions[0].date]


# ---------------------------------------------------------------------------- any input is safe
HOSTILE = ['"', '""', "*", "-", "NEAR(", "NEAR(sleep walk)", "OR", "AND", "NOT", "(", ")", "^", ":", "'", ";--",
           "sleep\"", "\"sleep", "sleep*", "-sleep", "(sleep", "sleep)", "themes:sleep", "^sleep", "sleep OR walk",
           "sleep NOT walk", "\x00", "sleep\x00walk", "\ud800", "🙂", "%", "_", "\\", "{themes}", "+sleep", "sl*p"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_raises(services: Services, sessions: list[MeetingRecord], query: str) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="sleep", strategies="a walk or two"))
    hits = services.notes.search(query)
    assert all(isinstance(hit, NoteHit) for hit in hits)


@pytest.mark.parametrize(("query", "expected"), [
    ('"sleep', [0, 1]), ('sleep"', [0, 1]), ("sleep*", [0, 1]), ("(sleep", [0, 1]), ("sleep\x00", [0, 1]),
    ("-sleep", [0, 1]),              # as syntax: NOT sleep
    ("sleep -", [0, 1]),
    ("themes:sleep", [1]),           # as syntax: sleep in the themes column, both notes
    ("OR", [1]),                     # as syntax: an error
    ("sleep OR walk", []),           # as syntax: both notes
    ("sleep NOT rest", []),          # as syntax: note 0
    ("NEAR(sleep", []),              # as syntax: an error
    ("*", []), ("-", []),
])
def test_operators_are_searched_as_words(services: Services, sessions: list[MeetingRecord], query: str,
                                         expected: list[int]) -> None:
    """Nothing the user types is FTS5 syntax: OR is the word "or", a column filter is two words."""
    services.notes.save_note(sessions[0].id, NoteSections(themes="sleep"))
    services.notes.save_note(sessions[1].id, NoteSections(themes="Themes: sleep or rest"))
    assert sorted(_found(services, query)) == sorted(sessions[i].date for i in expected)


@pytest.mark.parametrize("query", ["", " ", "   \n\t", "\x00", "---", "* * *", '" "'])
def test_blank_queries_find_nothing(services: Services, sessions: list[MeetingRecord], query: str) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="sleep"))
    assert services.notes.search(query) == []


@pytest.mark.parametrize(("typed", "expression"), [
    ("sleep", '"sleep"*'),
    ("sleep ", '"sleep"'),
    ('say "hi"', '"say" """hi"""*'),
    ("NEAR(a b)", '"NEAR(a" "b)"*'),
    ("- OR", '"OR"*'),
    ("a\x00b", '"a" "b"*'),
    ("   ", None),
    ("*", None),
])
def test_match_expression_quotes_every_word(typed: str, expression: str | None) -> None:
    assert fts.match_expression(typed) == expression


# ---------------------------------------------------------------------------- live notes only
def test_deleted_sessions_groups_and_notes_are_not_found(services: Services, store: Store,
                                                         sessions: list[MeetingRecord]) -> None:
    other = services.groups.create_group(weekly_draft("Carers' Circle"))
    [theirs] = services.meetings.schedule_next(other.id, 1, start=date(2026, 1, 20))
    for meeting in (*sessions[:3], theirs):
        services.notes.save_note(meeting.id, NoteSections(themes="Gratitude"))
    assert len(services.notes.search("gratitude")) == 4

    services.meetings.delete_meeting(sessions[0].id)
    services.groups.delete_group(other.id)
    with contextlib.closing(keyed_connect(store.path)) as conn, conn:  # no service deletes a note yet
        conn.execute("UPDATE session_notes SET deleted_at = '2026-02-01 00:00:00.000000' WHERE meeting_id = ?",
                      (sessions[1].id.hex,))
    assert _found(services, "gratitude") == [sessions[2].date]
    assert services.notes.get_note(sessions[1].id) is None
    _index_agrees_with_notes(store.path)


def test_a_tombstoned_note_saved_again_is_found_again(services: Services, store: Store,
                                                      sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="Gratitude"))
    with contextlib.closing(keyed_connect(store.path)) as conn, conn:
        conn.execute("UPDATE session_notes SET deleted_at = '2026-02-01 00:00:00.000000'")
    assert _found(services, "gratitude") == []
    services.notes.save_note(sessions[0].id, NoteSections(themes="Gratitude again"))
    assert _found(services, "gratitude") == [sessions[0].date]


# ---------------------------------------------------------------------------- order and limit
def test_newest_session_first_whatever_the_order_of_writing(services: Services,
                                                             sessions: list[MeetingRecord]) -> None:
    for index in (2, 0, 5, 1, 4, 3):
        services.notes.save_note(sessions[index].id, NoteSections(free_text=f"Check-in went well ({index})"))
    assert _found(services, "well") == [m.date for m in reversed(sessions)]


def test_limit_keeps_the_newest(services: Services, sessions: list[MeetingRecord]) -> None:
    for meeting in sessions:
        services.notes.save_note(meeting.id, NoteSections(themes="Boundaries"))
    assert _found(services, "boundaries", limit=2) == [sessions[5].date, sessions[4].date]
    assert _found(services, "boundaries", limit=1) == [sessions[5].date]
    assert _found(services, "boundaries", limit=0) == []
    assert len(services.notes.search("boundaries")) == 6


def test_default_limit_is_fifty(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    for meeting in services.meetings.schedule_next(group.id, 55, start=date(2026, 1, 1)):
        services.notes.save_note(meeting.id, NoteSections(themes="Music"))
    hits = services.notes.search("music")
    assert len(hits) == 50
    assert hits[0].date > hits[-1].date


# ---------------------------------------------------------------------------- the index keeps in step
def test_saving_again_reindexes_the_note(services: Services, store: Store, sessions: list[MeetingRecord]) -> None:
    services.notes.save_note(sessions[0].id, NoteSections(themes="walking", free_text="draft"))
    services.notes.save_note(sessions[0].id, NoteSections(themes="swimming"))
    assert _found(services, "walking") == []
    assert _found(services, "draft") == []
    assert _found(services, "swimming") == [sessions[0].date]
    _index_agrees_with_notes(store.path)


def test_the_index_follows_plain_sql_updates_and_deletes(services: Services, store: Store,
                                                         sessions: list[MeetingRecord]) -> None:
    """The triggers keep the index in step whoever writes: here a plain SQLite tool."""
    for meeting in sessions[:3]:
        services.notes.save_note(meeting.id, NoteSections(themes="Kindness"))
    with contextlib.closing(keyed_connect(store.path)) as conn, conn:
        conn.execute("UPDATE session_notes SET themes = 'Patience' WHERE meeting_id = ?", (sessions[0].id.hex,))
        conn.execute("DELETE FROM session_notes WHERE meeting_id = ?", (sessions[1].id.hex,))
    _index_agrees_with_notes(store.path)
    assert _found(services, "kindness") == [sessions[2].date]
    assert _found(services, "patience") == [sessions[0].date]
    assert raw(store.path, "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'kindness OR patience'") == [(2,)]


def test_the_integrity_check_notices_an_index_out_of_step(services: Services, store: Store,
                                                          sessions: list[MeetingRecord]) -> None:
    """The check the tests above rely on really fails when the index and the notes differ."""
    services.notes.save_note(sessions[0].id, NoteSections(themes="Kindness"))
    with contextlib.closing(keyed_connect(store.path)) as conn, conn:
        conn.execute("DROP TRIGGER session_notes_fts_update")
        conn.execute("UPDATE session_notes SET themes = 'Patience'")
    with pytest.raises(sqlcipher.DatabaseError, match="malformed|checksum mismatch"):
        _index_agrees_with_notes(store.path)


# ---------------------------------------------------------------------------- templates
def test_a_group_starts_without_a_template(services: Services, sessions: list[MeetingRecord]) -> None:
    assert services.notes.template(sessions[0].group_id) == ""


def test_set_template(services: Services, store: Store, sessions: list[MeetingRecord],
                      changes: list[Change]) -> None:
    group_id = sessions[0].group_id
    services.notes.save_note(sessions[0].id, NoteSections(free_text="Written before the template"))
    changes.clear()
    saved = services.notes.set_template(group_id, "  Opening round:\nTopic:\nCheck-out:\n\n")
    assert saved == "Opening round:\nTopic:\nCheck-out:"
    assert services.notes.template(group_id) == saved
    assert raw(store.path, "SELECT note_template FROM groups") == [(saved,)]
    assert changes == [Change(Entity.GROUP, Action.UPDATED, frozenset({group_id}), group_id=group_id)]
    # Notes already written keep their own text; another group keeps its (empty) template.
    assert services.notes.get_note(sessions[0].id).sections.free_text == "Written before the template"
    other = services.groups.create_group(weekly_draft("Carers' Circle"))
    assert services.notes.template(other.id) == ""


def test_an_overlong_template_is_refused(services: Services, sessions: list[MeetingRecord],
                                         changes: list[Change]) -> None:
    group_id = sessions[0].group_id
    services.notes.set_template(group_id, "Kept")
    changes.clear()
    with pytest.raises(ValidationError, match=f"keep it to {MAX_TEMPLATE}"):
        services.notes.set_template(group_id, "x" * (MAX_TEMPLATE + 1))
    assert services.notes.template(group_id) == "Kept"
    assert changes == []


def test_templates_of_deleted_groups_are_refused(services: Services, sessions: list[MeetingRecord]) -> None:
    group_id = sessions[0].group_id
    services.groups.delete_group(group_id)
    with pytest.raises(NotFoundError, match="group"):
        services.notes.template(group_id)
    with pytest.raises(NotFoundError, match="group"):
        services.notes.set_template(group_id, "Opening round:")


def test_editing_the_group_keeps_its_template(services: Services, sessions: list[MeetingRecord]) -> None:
    group_id = sessions[0].group_id
    services.notes.set_template(group_id, "Opening round:")
    services.groups.update_group(group_id, weekly_draft("Renamed group"))
    assert services.notes.template(group_id) == "Opening round:"


# ---------------------------------------------------------------------------- initials
@pytest.mark.parametrize(("name", "expected"), [
    ("Zoë Martin", "Z.M."), ("Nguyễn Văn An", "N.V.A."), ("łukasz nowak", "Ł.N."), ("Aiyana", "A."),
    ("  Søren  Kierkegaard ", "S.K."), ("(Bea) Smith", "B.S."), ("Jo-Anne Lee", "J.L."), ("", "?"), ("-", "?"),
])
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


# ---------------------------------------------------------------------------- saved by someone else
def test_a_save_based_on_an_older_version_is_refused_with_theirs(services: Services,
                                                                 sessions: list[MeetingRecord]) -> None:
    from facilitator_app.domain.note_versions import NoteVersion
    from facilitator_app.services.notes import NoteChangedError

    first = services.notes.save_note(sessions[0].id, NoteSections(themes="first"), expected=NoteVersion(None))
    theirs = services.notes.save_note(sessions[0].id, NoteSections(themes="theirs"),
                                      expected=NoteVersion(first.updated_at))
    with pytest.raises(NoteChangedError) as caught:
        services.notes.save_note(sessions[0].id, NoteSections(themes="mine"), expected=NoteVersion(first.updated_at))
    assert caught.value.theirs == theirs and "Someone else saved this note" in caught.value.message
    with pytest.raises(NoteChangedError):   # a new note, but one was saved meanwhile
        services.notes.save_note(sessions[0].id, NoteSections(themes="mine"), expected=NoteVersion(None))
    note = services.notes.get_note(sessions[0].id)
    assert note is not None and note.sections.themes == "theirs"
    services.notes.save_note(sessions[0].id, NoteSections(themes="anyway"))   # unchecked, as before
