"""Groups: create, edit, list, delete, and the dates they skip."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.errors import ChangedElsewhereError, NotFoundError, ValidationError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import checkins as checkins_repo
from facilitator_app.storage.repos import groups as repo
from facilitator_app.storage.store import Transaction

DEFAULT_AGREEMENT = (
    "What is said here stays here. We listen without interrupting and speak from our own "
    "experience. We offer advice only when asked. Anyone may pass. Phones away, please."
)


@dataclass(frozen=True)
class GroupDraft:
    """What a facilitator fills in to create or edit a group."""

    name: str
    recurrence: Recurrence
    description: str = ""
    venue: str = ""
    instrument_id: uuid.UUID | None = None
    agreement_text: str = DEFAULT_AGREEMENT
    skipped_dates: tuple[date, ...] = field(default_factory=tuple)


class GroupService(Service):
    """Use cases for groups."""

    def list_groups(self) -> list[GroupRecord]:
        with self._store.read() as s:
            rows = repo.list_groups(s)
            skipped = repo.skipped_dates(s, [g.id for g in rows])
            return [mappers.group_record(g, skipped.get(g.id, [])) for g in rows]

    def get_group(self, group_id: uuid.UUID) -> GroupRecord:
        with self._store.read() as s:
            row = repo.live_group(s, group_id)
            return mappers.group_record(row, repo.skipped_dates(s, [group_id]).get(group_id, []))

    def find_group(self, name: str) -> GroupRecord:
        """The group called ``name`` (case does not matter), for the command line."""
        with self._store.read() as s:
            rows = repo.find_by_name(s, name)
            if not rows:
                known = ", ".join(g.name for g in repo.list_groups(s)) or "none yet"
                raise NotFoundError(f"There is no group called '{name}'. Groups in this store: {known}.")
            row = rows[0]
            return mappers.group_record(row, repo.skipped_dates(s, [row.id]).get(row.id, []))

    @one_batch
    def create_group(self, draft: GroupDraft, *, origin: object | None = None) -> GroupRecord:
        values = self._validated(draft)
        with self._store.write() as s:
            if repo.name_taken(s, values["name"]):
                raise ValidationError(f"There is already a group called '{values['name']}'. "
                                      "Choose another name, or edit that group.")
            self._check_instrument(s, draft.instrument_id)
            row = repo.add_group(s, values)
            repo.replace_skipped_dates(s, row.id, draft.skipped_dates)
            audit.record(s, "group.created", groups=1)
        self._publish(Entity.GROUP, Action.ADDED, [row.id], group_id=row.id)
        return self.get_group(row.id)

    @one_batch
    def update_group(self, group_id: uuid.UUID, draft: GroupDraft, *, expected: datetime | None = None,
                     origin: object | None = None) -> GroupRecord:
        """Save an edited group. Changing the agreement text starts a new agreement version.
        ``expected``: the ``updated_at`` of the version the edit started from; if someone else saved
        the group since, nothing is saved (``ChangedElsewhereError``, with their version)."""
        values = self._validated(draft)
        with self._store.write() as s:
            row = repo.live_group(s, group_id, lock=expected is not None)
            if expected is not None and row.updated_at != expected:
                raise ChangedElsewhereError(
                    "Someone else changed this group (at another computer, or in a merge) after you opened it, "
                    "so your changes were not saved. Reload to see theirs, or save yours over them.",
                    mappers.group_record(row, repo.skipped_dates(s, [group_id]).get(group_id, [])))
            if repo.name_taken(s, values["name"], except_id=group_id):
                raise ValidationError(f"There is already a group called '{values['name']}'. "
                                      "Choose another name.")
            self._check_instrument(s, draft.instrument_id)
            if values["agreement_text"] != row.agreement_text:
                values["agreement_version"] = row.agreement_version + 1
            instruments = {i for i in (row.instrument_id, draft.instrument_id) if i is not None}
            instrument_changed = row.instrument_id != draft.instrument_id
            repo.update_group(row, values)
            repo.replace_skipped_dates(s, group_id, draft.skipped_dates)
            audit.record(s, "group.updated", groups=1)
        self._publish(Entity.GROUP, Action.UPDATED, [group_id], group_id=group_id)
        if instrument_changed:  # the check-ins panel follows the group's instrument
            self._publish(Entity.INSTRUMENT, Action.UPDATED, instruments, group_id=group_id)
        return self.get_group(group_id)

    @one_batch
    def delete_group(self, group_id: uuid.UUID, *, origin: object | None = None) -> None:
        """Delete a group (a tombstone: its sessions and history stay in the file)."""
        with self._store.write() as s:
            common.tombstone(repo.live_group(s, group_id))
            audit.record(s, "group.deleted", groups=1)
        self._publish(Entity.GROUP, Action.DELETED, [group_id], group_id=group_id)

    @staticmethod
    def _validated(draft: GroupDraft) -> dict[str, Any]:
        """The draft's cleaned values by column name (a ValidationError says what to fix)."""
        rec = draft.recurrence
        return {
            "name": clean_text(draft.name, field="group name", max_length=200, required=True),
            "description": clean_text(draft.description, field="description", max_length=5000),
            "venue": clean_text(draft.venue, field="venue", max_length=300),
            "cadence": rec.cadence, "weekday": rec.weekday, "week_of_month": rec.week_of_month,
            "anchor_date": rec.anchor, "start_time": rec.start_time,
            "duration_minutes": rec.duration_minutes,
            "instrument_id": draft.instrument_id,
            "agreement_text": clean_text(draft.agreement_text, field="group agreement", max_length=20000),
        }

    @staticmethod
    def _check_instrument(s: Transaction, instrument_id: uuid.UUID | None) -> None:
        if instrument_id is not None:
            checkins_repo.live_instrument(s, instrument_id)
