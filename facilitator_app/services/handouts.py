"""The handout library: files kept inside the store, and the sessions they were given at."""

from __future__ import annotations

import hashlib
import tomllib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from facilitator_app.domain.records import HandoutRecord
from facilitator_app.domain.text import same_name, sort_key
from facilitator_app.errors import AppError, NotFoundError, ValidationError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.handout_files import MAX_HANDOUT_BYTES, check_content, read_handout_file
from facilitator_app.services.meetings import UNRECORDED
from facilitator_app.services.validation import clean_text
from facilitator_app.storage.repos import audit
from facilitator_app.storage.repos import handouts as repo
from facilitator_app.storage.store import Transaction

__all__ = ["MAX_HANDOUT_BYTES", "MEDIA_TYPES", "GivenAt", "HandoutDetails", "HandoutDraft", "HandoutService",
           "LibraryEntry", "StarterHandout", "starter_handouts"]

MEDIA_TYPES = {
    "application/pdf": "PDF", "image/png": "PNG image", "image/jpeg": "JPEG image",
    "text/plain": "text", "text/markdown": "Markdown text",
}
MAX_TOPIC_LENGTH = 60
MAX_TOPICS_LENGTH = 500  # the column's size, all topics joined with ", "


@dataclass(frozen=True)
class HandoutDraft:
    title: str
    content: bytes
    media_type: str
    file_name: str = ""
    topics: tuple[str, ...] = ()
    description: str = ""
    version: str = ""


@dataclass(frozen=True)
class HandoutDetails:
    """What a facilitator can change about a handout (its file stays as it is)."""

    title: str
    topics: tuple[str, ...] = ()
    description: str = ""
    version: str = ""

    @classmethod
    def of(cls, handout: HandoutRecord) -> HandoutDetails:
        return cls(handout.title, handout.topics, handout.description, handout.version)


@dataclass(frozen=True)
class LibraryEntry:
    """One line of the library: the handout, how many sessions it was given at, and whether at this one."""

    handout: HandoutRecord
    sessions_given: int
    given_here: bool


class GivenAt(NamedTuple):
    """A session a handout was given at."""

    meeting_id: uuid.UUID
    group_name: str
    date: date


@dataclass(frozen=True)
class StarterHandout:
    """One of the generic handouts shipped with the app (``facilitator_app/resources/handouts``)."""

    file_name: str
    title: str
    topics: tuple[str, ...]
    description: str
    version: str
    content: bytes


class HandoutImport(NamedTuple):
    """What ``HandoutService.import_files`` added, and the sentence saying why each refused file was."""

    added: tuple[HandoutRecord, ...]
    refused: tuple[str, ...]


def _file_draft(path: Path | str, title: str | None = None, topics: Iterable[str] = (),
                description: str = "", version: str = "") -> HandoutDraft:
    """A draft from the file at ``path``, its title and version suggested by the file when not given."""
    chosen = read_handout_file(path)
    return HandoutDraft(
        title=chosen.suggested_title if title is None else title, content=chosen.content,
        media_type=chosen.media_type, file_name=chosen.file_name, topics=tuple(topics),
        description=description, version=version or chosen.suggested_version)


def starter_handouts() -> list[StarterHandout]:
    """The starter set, read from the package's resources (works installed or from a checkout)."""
    folder = resources.files("facilitator_app") / "resources" / "handouts"
    manifest = tomllib.loads((folder / "starter.toml").read_text(encoding="utf-8"))
    return [StarterHandout(file_name=entry["file"], title=entry["title"], topics=tuple(entry.get("topics", ())),
                           description=entry.get("description", ""), version=str(entry.get("version", "")),
                           content=(folder / entry["file"]).read_bytes())
            for entry in manifest["handout"]]


def clean_topics(topics: Iterable[str]) -> tuple[str, ...]:
    """Trimmed topics without blanks or repeats ("Sleep" and "sleep" are one); commas split topics."""
    cleaned: list[str] = []
    for given in topics:
        for part in given.split(","):
            topic = clean_text(part, field="topic", max_length=MAX_TOPIC_LENGTH)
            if topic and not any(same_name(topic, seen) for seen in cleaned):
                cleaned.append(topic)
    if len(", ".join(cleaned)) > MAX_TOPICS_LENGTH:
        raise ValidationError(f"Together the topics are longer than {MAX_TOPICS_LENGTH} characters; "
                              "please use fewer or shorter topics.")
    return tuple(cleaned)


class HandoutService(Service):
    """Use cases for handouts."""

    # -- reading -----------------------------------------------------------------------------
    def list_handouts(self) -> list[HandoutRecord]:
        with self._store.read() as s:
            return repo.list_handouts(s)

    def get_handout(self, handout_id: uuid.UUID) -> HandoutRecord:
        with self._store.read() as s:
            record = repo.live_handout(s, handout_id)
            if record is None:
                raise NotFoundError("That handout is no longer in the library; it may have been removed. "
                                    "Refresh the list and try again.")
            return record

    def library(self, meeting_id: uuid.UUID | None = None) -> list[LibraryEntry]:
        """Every handout by title, with how many sessions it went out at and whether at ``meeting_id``."""
        with self._store.read() as s:
            counts = repo.given_counts(s)
            here = repo.given_ids_at(s, meeting_id) if meeting_id is not None else set()
            return [LibraryEntry(h, counts.get(h.id, 0), h.id in here) for h in repo.list_handouts(s)]

    def given_ids(self, meeting_id: uuid.UUID) -> set[uuid.UUID]:
        """The ids of the handouts given at one session (switching sessions needs only these)."""
        with self._store.read() as s:
            return repo.given_ids_at(s, meeting_id)

    def topics(self) -> list[str]:
        """Every topic in use, once each (whatever its letter case), in alphabetical order."""
        with self._store.read() as s:
            lists = repo.topic_lists(s)
        found: dict[str, str] = {}
        for text in lists:
            for topic in (t.strip() for t in text.split(",")):
                if topic:
                    found.setdefault(sort_key(topic)[0], topic)
        return sorted(found.values(), key=sort_key)

    def content(self, handout_id: uuid.UUID) -> bytes:
        with self._store.read() as s:
            data = repo.content(s, repo.file_id_of(s, handout_id))
        if data is None:
            raise NotFoundError("The file of this handout is missing from the store. Import it again.")
        return data

    def given_at(self, meeting_id: uuid.UUID) -> list[HandoutRecord]:
        with self._store.read() as s:
            return repo.given_at_meeting(s, meeting_id)

    def sessions_given(self, handout_id: uuid.UUID) -> list[GivenAt]:
        """The sessions the handout was given at, newest first: (session id, group name, date)."""
        with self._store.read() as s:
            repo.require_live(s, handout_id)
            return [GivenAt(*row) for row in repo.sessions_given(s, handout_id)]

    # -- adding ------------------------------------------------------------------------------
    @one_batch
    def add_handout(self, draft: HandoutDraft, origin: object | None = None) -> HandoutRecord:
        """Store a handout and its file in one transaction (the same file is stored once)."""
        checked = self._checked(draft)
        with self._store.write() as s:
            record = self._insert(s, checked)
            audit.record(s, "handout.added", handouts=1)
        self._publish(Entity.HANDOUT, Action.ADDED, [record.id])
        return record

    def import_file(self, path: Path | str, title: str | None = None, topics: Iterable[str] = (),
                    description: str = "", version: str = "", origin: object | None = None) -> HandoutRecord:
        """Check the file at ``path`` (its real kind, its size, that it opens) and add it; nothing is stored
        on any error. Without a ``version``, the one the file name or the PDF suggests is used."""
        return self.add_handout(_file_draft(path, title, topics, description, version), origin=origin)

    @one_batch
    def import_files(self, paths: Iterable[Path | str], origin: object | None = None) -> HandoutImport:
        """Check every file first, then add all the accepted ones in ONE transaction (one change batch).

        A refused file is reported by its sentence in ``refused``; the others still come in.
        """
        accepted: list[HandoutDraft] = []
        refused: list[str] = []
        for path in paths:
            try:
                accepted.append(self._checked(_file_draft(path)))
            except AppError as exc:
                refused.append(exc.message)
        if not accepted:
            return HandoutImport((), tuple(refused))
        with self._store.write() as s:
            records = [self._insert(s, draft) for draft in accepted]
            audit.record(s, "handout.added", handouts=len(records))
        self._publish(Entity.HANDOUT, Action.ADDED, [r.id for r in records])
        return HandoutImport(tuple(records), tuple(refused))

    def missing_starter_handouts(self) -> list[StarterHandout]:
        """The starter handouts whose file is not in the library yet."""
        with self._store.read() as s:
            present = repo.live_shas(s)
        return [h for h in starter_handouts() if hashlib.sha256(h.content).hexdigest() not in present]

    @one_batch
    def add_starter_handouts(self, origin: object | None = None) -> list[HandoutRecord]:
        """Add the starter set in one transaction, skipping any whose file is already in the library."""
        drafts = []
        for starter in self.missing_starter_handouts():
            chosen = check_content(starter.file_name, starter.content)
            drafts.append(self._checked(HandoutDraft(
                title=starter.title, content=chosen.content, media_type=chosen.media_type,
                file_name=starter.file_name, topics=starter.topics, description=starter.description,
                version=starter.version)))
        if not drafts:
            return []
        with self._store.write() as s:
            records = [self._insert(s, draft) for draft in drafts]
            audit.record(s, "handout.starter_added", handouts=len(records))
        self._publish(Entity.HANDOUT, Action.ADDED, [r.id for r in records])
        return records

    # -- changing ----------------------------------------------------------------------------
    @one_batch
    def update_handout(self, handout_id: uuid.UUID, details: HandoutDetails,
                       origin: object | None = None) -> HandoutRecord:
        """Change the title, topics, description and version; the file stays the same."""
        title = clean_text(details.title, field="title", max_length=300, required=True)
        topics = clean_topics(details.topics)
        description = clean_text(details.description, field="description", max_length=5000)
        version = clean_text(details.version, field="version", max_length=60)
        with self._store.write() as s:
            record = repo.update_details(s, handout_id, title=title, topics=topics, description=description,
                                         version=version)
        self._publish(Entity.HANDOUT, Action.UPDATED, [handout_id])
        return record

    def delete_handout(self, handout_id: uuid.UUID, origin: object | None = None) -> None:
        """Take a handout out of the library (kept as a tombstone, so undo can bring it back)."""
        self.delete_handouts([handout_id], origin=origin)

    @one_batch
    def delete_handouts(self, handout_ids: Iterable[uuid.UUID], origin: object | None = None) -> None:
        """Take several handouts out of the library in one transaction and one change batch."""
        ids = list(handout_ids)
        with self._store.write() as s:
            for handout_id in ids:
                repo.remove(s, handout_id)
            audit.record(s, "handout.removed", handouts=len(ids))
            self._publish(Entity.HANDOUT, Action.DELETED, ids)

    def restore_handout(self, handout_id: uuid.UUID) -> HandoutRecord:
        """Bring back a handout that was taken out of the library (undo)."""
        return self.restore_handouts([handout_id])[0]

    @one_batch
    def restore_handouts(self, handout_ids: Iterable[uuid.UUID],
                         origin: object | None = None) -> list[HandoutRecord]:
        """Bring back several removed handouts (undo) in one transaction and one change batch."""
        ids = list(handout_ids)
        records: list[HandoutRecord] = []
        with self._store.write() as s:
            for handout_id in ids:
                restored = repo.restore(s, handout_id)
                if restored is None:
                    raise NotFoundError("That handout is no longer in the store, so it cannot be brought back.")
                records.append(restored)
            self._publish(Entity.HANDOUT, Action.ADDED, ids)
        return records

    @one_batch
    def mark_given(self, meeting_id: uuid.UUID, handout_id: uuid.UUID, given: bool = True,
                   origin: object | None = None) -> None:
        """Record (or un-record) that a handout was given at a session."""
        with self._store.write() as s:
            status, group_id = repo.meeting_for_giving(s, meeting_id)
            repo.require_live(s, handout_id)
            if given == repo.is_given(s, meeting_id, handout_id):
                return
            if given and status in UNRECORDED:
                raise ValidationError(f"This session is marked '{status.label}', so no handouts went out "
                                      "at it. Set it back to planned or held first.")
            repo.set_given(s, meeting_id, handout_id, given)
        self._publish(Entity.HANDOUT, Action.UPDATED, [handout_id], group_id=group_id,
                      meeting_id=meeting_id)

    # -- helpers -----------------------------------------------------------------------------
    def _checked(self, draft: HandoutDraft) -> HandoutDraft:
        """The draft with its text cleaned, or a ValidationError saying what to fix."""
        title = clean_text(draft.title, field="title", max_length=300, required=True)
        if draft.media_type not in MEDIA_TYPES:
            raise ValidationError("Handouts can be PDF, PNG, JPEG, plain text or Markdown files.")
        if not draft.content:
            raise ValidationError("The file is empty (0 bytes), so there is nothing to hand out.")
        if len(draft.content) > MAX_HANDOUT_BYTES:
            raise ValidationError(f"The file is {len(draft.content) / 1_048_576:.0f} MB; handouts can be at most "
                                  "50 MB. Make a smaller version (for example, fewer or smaller images).")
        return HandoutDraft(
            title=title, content=draft.content, media_type=draft.media_type,
            file_name=clean_text(draft.file_name, field="file name", max_length=300),
            topics=clean_topics(draft.topics),
            description=clean_text(draft.description, field="description", max_length=5000),
            version=clean_text(draft.version, field="version", max_length=60))

    @staticmethod
    def _insert(s: Transaction, draft: HandoutDraft) -> HandoutRecord:
        return repo.insert_handout(s, title=draft.title, topics=draft.topics, description=draft.description,
                                   version=draft.version, file_name=draft.file_name, media_type=draft.media_type,
                                   content=draft.content)
