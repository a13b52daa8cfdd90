"""Session notes: written after a session, in sections."""

from __future__ import annotations

import uuid

from facilitator_app.domain.records import NoteRecord, NoteSections
from facilitator_app.services.base import Service
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import common
from facilitator_app.storage.repos import notes as repo

MAX_SECTION = 50_000


class NoteService(Service):
    """Use cases for session notes."""

    def get_note(self, meeting_id: uuid.UUID) -> NoteRecord | None:
        with self._store.read() as s:
            row = repo.note_row(s, meeting_id)
            return None if row is None or row.deleted_at is not None else mappers.note_record(row)

    def save_note(self, meeting_id: uuid.UUID, sections: NoteSections) -> NoteRecord:
        """Create or replace the session's note (autosave calls this as the facilitator types)."""
        values = {name: clean_text(getattr(sections, name), field=label, max_length=MAX_SECTION)
                  for name, label in (("themes", "themes"), ("strategies", "strategies"),
                                      ("follow_ups", "follow-ups"), ("safety_concerns", "safety concerns"),
                                      ("free_text", "note"))}
        with self._store.write() as s:
            meeting = common.get_live(s, orm.Meeting, meeting_id, "session")
            row = repo.note_row(s, meeting_id)
            if row is None:
                row = orm.SessionNote(meeting_id=meeting_id)
                s.add(row)
            row.deleted_at = None
            for key, value in values.items():
                setattr(row, key, value)
            s.flush()
            record = mappers.note_record(row)
        self._publish(Entity.NOTE, Action.UPDATED, [record.id], group_id=meeting.group_id,
                      meeting_id=meeting_id)
        return record
