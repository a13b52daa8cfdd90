"""The handout library: files kept inside the store, and the sessions they were given at."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from facilitator_app.domain.records import HandoutRecord
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.base import Service
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import handouts as repo

MAX_HANDOUT_BYTES = 50 * 1024 * 1024
MEDIA_TYPES = {
    "application/pdf": "PDF", "image/png": "PNG image", "image/jpeg": "JPEG image",
    "text/plain": "text", "text/markdown": "Markdown text",
}


@dataclass(frozen=True)
class HandoutDraft:
    title: str
    content: bytes
    media_type: str
    file_name: str = ""
    topics: tuple[str, ...] = ()
    description: str = ""
    version: str = ""


class HandoutService(Service):
    """Use cases for handouts."""

    def list_handouts(self) -> list[HandoutRecord]:
        with self._store.read() as s:
            return [mappers.handout_record(h, f) for h, f in repo.list_handouts(s)]

    def add_handout(self, draft: HandoutDraft) -> HandoutRecord:
        """Store a handout and its file in one transaction (the same file is stored once)."""
        title = clean_text(draft.title, field="title", max_length=300, required=True)
        if draft.media_type not in MEDIA_TYPES:
            raise ValidationError("Handouts can be PDF, PNG, JPEG, plain text or Markdown files.")
        if not draft.content:
            raise ValidationError("The file is empty (0 bytes), so there is nothing to hand out.")
        if len(draft.content) > MAX_HANDOUT_BYTES:
            raise ValidationError(f"The file is {len(draft.content) / 1_048_576:.0f} MB; handouts can be at most "
                                  "50 MB. Make a smaller version (for example, fewer or smaller images).")
        topics = [clean_text(t, field="topic", max_length=60) for t in draft.topics]
        digest = hashlib.sha256(draft.content).hexdigest()
        with self._store.write() as s:
            file = repo.file_by_sha(s, digest)
            if file is None:
                file = orm.HandoutFile(sha256=digest, media_type=draft.media_type,
                                       size=len(draft.content), content=draft.content)
                s.add(file)
                s.flush()
            row = orm.Handout(title=title, topics=", ".join(t for t in topics if t),
                              description=clean_text(draft.description, field="description", max_length=5000),
                              version=clean_text(draft.version, field="version", max_length=60),
                              file_name=clean_text(draft.file_name, field="file name", max_length=300),
                              file_id=file.id)
            s.add(row)
            audit.record(s, "handout.added", handouts=1)
            s.flush()
            record = mappers.handout_record(row, file)
        self._publish(Entity.HANDOUT, Action.ADDED, [record.id])
        return record

    def content(self, handout_id: uuid.UUID) -> bytes:
        with self._store.read() as s:
            row = common.get_live(s, orm.Handout, handout_id, "handout")
            data = repo.content(s, row.file_id)
        if data is None:
            raise NotFoundError("The file of this handout is missing from the store. Import it again.")
        return data

    def given_at(self, meeting_id: uuid.UUID) -> list[HandoutRecord]:
        with self._store.read() as s:
            return [mappers.handout_record(h, f) for h, f in repo.given_at_meeting(s, meeting_id)]

    def mark_given(self, meeting_id: uuid.UUID, handout_id: uuid.UUID, given: bool = True) -> None:
        """Record (or un-record) that a handout was given at a session."""
        with self._store.write() as s:
            meeting = common.get_live(s, orm.Meeting, meeting_id, "session")
            common.get_live(s, orm.Handout, handout_id, "handout")
            row = repo.given_row(s, meeting_id, handout_id)
            was_given = row is not None and row.deleted_at is None
            if given == was_given:
                return
            if row is None:
                s.add(orm.MeetingHandout(meeting_id=meeting_id, handout_id=handout_id,
                                         position=repo.next_position(s, meeting_id)))
            elif given:
                row.deleted_at = None
            else:
                common.tombstone(row)
        self._publish(Entity.HANDOUT, Action.UPDATED, [handout_id], group_id=meeting.group_id,
                      meeting_id=meeting_id)
