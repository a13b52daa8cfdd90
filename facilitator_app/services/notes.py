"""Session notes: written after a session, in sections; searched across every group; and each
group's note template, the text a new note starts from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from facilitator_app.domain.note_versions import NoteVersion
from facilitator_app.domain.records import NoteRecord, NoteSections
from facilitator_app.domain.text import initials as text_initials
from facilitator_app.errors import AppError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import fts
from facilitator_app.storage.repos import notes as repo

MAX_SECTION = 50_000
MAX_TEMPLATE = 10_000
SEARCH_LIMIT = 50

# The sections in the order a note shows them, with the words the window uses for them.
SECTION_LABELS: dict[str, str] = {
    "themes": "Themes discussed",
    "strategies": "Strategies shared",
    "follow_ups": "Follow-ups",
    "safety_concerns": "Safety concerns",
    "free_text": "Other notes",
}
assert tuple(SECTION_LABELS) == fts.COLUMNS, "the index's columns are the note's sections, in order"

class NoteChangedError(AppError):
    """Someone else saved the note since the editor loaded it; ``theirs`` is what they saved."""

    def __init__(self, theirs: NoteRecord | None) -> None:
        super().__init__("Someone else saved this note while you were writing it (on another computer). Nothing "
                         "was lost: both versions are kept in the note, theirs first; tidy it as you like.")
        self.theirs = theirs


# Marks around each match in a snippet: control characters no one types into a note.
_MATCH_START, _MATCH_END = "\x02", "\x03"
_SNIPPET_TOKENS = 16


@dataclass(frozen=True)
class NoteHit:
    """One note found by a search: where it belongs, and a snippet of the section that matched.

    ``snippet`` is the snippet as runs of text, each flagged True when it is a match, so the
    window can mark the matches without parsing anything.
    """

    meeting_id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    date: date
    section: str                           # a NoteSections field name, e.g. "follow_ups"
    snippet: tuple[tuple[str, bool], ...]

    @property
    def section_label(self) -> str:
        return SECTION_LABELS.get(self.section, "Note")

    @property
    def snippet_text(self) -> str:
        return "".join(part for part, _ in self.snippet)


def initials(name: str) -> str:
    """How notes refer to a member: 'Zoë Martin' -> 'Z.M.'; 'محمد الأحمد' -> 'م. ا.'; '?' for no letters."""
    return text_initials(name) or "?"


class NoteService(Service):
    """Use cases for session notes."""

    def get_note(self, meeting_id: uuid.UUID) -> NoteRecord | None:
        with self._store.read() as s:
            return repo.live_note(s, meeting_id)

    @one_batch
    def save_note(self, meeting_id: uuid.UUID, sections: NoteSections, origin: object | None = None,
                  expected: NoteVersion | None = None) -> NoteRecord:
        """Create or replace the session's note (autosave calls this as the facilitator types).

        With ``expected`` (the version the editor started from) nothing is saved when someone else
        saved the note since: ``NoteChangedError`` carries their note (``domain.note_versions``)."""
        values = {name: clean_text(getattr(sections, name), field=label, max_length=MAX_SECTION)
                  for name, label in (("themes", "themes"), ("strategies", "strategies"),
                                      ("follow_ups", "follow-ups"), ("safety_concerns", "safety concerns"),
                                      ("free_text", "note"))}
        with self._store.write() as s:
            group_id = repo.meeting_group_id(s, meeting_id)
            if expected is not None:
                current = repo.live_note(s, meeting_id, lock=True)
                if (current.updated_at if current is not None else None) != expected.updated_at:
                    raise NoteChangedError(current)
            record = repo.save_note(s, meeting_id, values)
        self._publish(Entity.NOTE, Action.UPDATED, [record.id], group_id=group_id,
                      meeting_id=meeting_id)
        return record

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[NoteHit]:
        """The live notes of every live group that contain every word of ``query``, newest
        session first, at most ``limit`` of them.

        Case and accents do not matter ("zoe" finds "Zoë"); the last word may be the start of
        a word, for searching as you type. Any text is safe to pass: quotes, ``*``, ``-`` or
        ``OR`` are searched as words, and blank text finds nothing.
        """
        expression = fts.match_expression(query)
        if expression is None or limit <= 0:
            return []
        with self._store.read() as s:
            rows = repo.search(s, expression, limit)
            snippets = repo.snippets(s, expression, [row.note_rowid for row in rows], start=_MATCH_START,
                                     end=_MATCH_END, ellipsis="…", tokens=_SNIPPET_TOKENS)
        hits = []
        for row in rows:
            section, snippet = _best_section(snippets.get(row.note_rowid, ()))
            hits.append(NoteHit(meeting_id=row.meeting_id, group_id=row.group_id, group_name=row.group_name,
                                date=row.date, section=section, snippet=snippet))
        return hits

    def template(self, group_id: uuid.UUID) -> str:
        """The text a new note of this group starts from ('' when the group has none)."""
        with self._store.read() as s:
            return repo.note_template(s, group_id)

    @one_batch
    def set_template(self, group_id: uuid.UUID, template: str, origin: object | None = None) -> str:
        """Save the group's note template; notes already written keep their text."""
        value = clean_text(template, field="note template", max_length=MAX_TEMPLATE)
        with self._store.write() as s:
            repo.set_note_template(s, group_id, value)
        self._publish(Entity.GROUP, Action.UPDATED, [group_id], group_id=group_id)
        return value


def _best_section(per_column: tuple[str, ...]) -> tuple[str, tuple[tuple[str, bool], ...]]:
    """The first section (in the note's order) whose snippet holds a match, as runs of text."""
    candidates = list(zip(fts.COLUMNS, per_column, strict=False))
    chosen = next(((name, s) for name, s in candidates if _MATCH_START in s),
                  next(((name, s) for name, s in candidates if s), (fts.COLUMNS[-1], "")))
    return chosen[0], _runs(chosen[1])


def _runs(marked: str) -> tuple[tuple[str, bool], ...]:
    """'a \x02b\x03 c' -> (('a ', False), ('b', True), (' c', False)); empty runs dropped."""
    runs: list[tuple[str, bool]] = []
    for i, piece in enumerate(marked.split(_MATCH_START)):
        inside, _, after = piece.partition(_MATCH_END) if i else ("", "", piece)
        for part, is_match in ((inside, True), (after, False)):
            part = part.replace(_MATCH_END, "")
            if not part:
                continue
            if runs and runs[-1][1] == is_match:
                runs[-1] = (runs[-1][0] + part, is_match)
            else:
                runs.append((part, is_match))
    return tuple(runs)
