"""Erasing a member on request (GDPR Art. 17), after a backup, in one transaction.

The rules of what goes and what stays are in ``storage/repos/erasure.py``; the audit trail gets
one "erase.member" event with counts only.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services import backups
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, ChangeFeed, Entity
from facilitator_app.services.server_logins import require_every_group
from facilitator_app.storage.repos import audit
from facilitator_app.storage.repos import erasure as repo
from facilitator_app.storage.repos.erasure import Candidate, ErasedCounts
from facilitator_app.storage.store import Store

__all__ = ["BACKUP_REASON", "Candidate", "ErasedCounts", "ErasureService"]

BACKUP_REASON = "before-erase"


class ErasureService(Service):
    """Finds the member meant, and erases them (after a backup of the store as it was)."""

    def __init__(self, store: Store, changes: ChangeFeed, backups_dir: Path | None = None) -> None:
        super().__init__(store, changes)
        self._backups_dir = backups_dir

    def find(self, text: str) -> Candidate:
        """The one member ``text`` names (an id, or a preferred or full name); a sentence otherwise."""
        if not text.strip():
            raise ValidationError("Say which member to erase: their id or their name.")
        with self._store.read() as s:
            found = repo.candidates(s, text)
        if not found:
            raise NotFoundError(f"No member in this store is called '{text.strip()}' (erased members are not "
                                "listed). Give the name as the Roster shows it, or the member's id.")
        if len(found) > 1:
            ids = ", ".join(f"{c.id} ({c.full_name or c.preferred_name})" for c in found)
            raise ValidationError(f"{len(found)} members are called '{text.strip()}'; nothing was erased. "
                                  f"Give the id of the one to erase: {ids}.")
        return found[0]

    @one_batch
    def erase_member(self, member_id: uuid.UUID, *, backup: bool = True,
                     origin: object | None = None) -> tuple[ErasedCounts, Path | None]:
        """Erase the member; returns what was removed and the backup made first (None without one).
        A store on a server is backed up by the server's administrator: no file backup is made here."""
        backup = backup and not self._store.is_server
        made = backups.make_backup(self._store, BACKUP_REASON, self._backups_dir).path if backup else None
        with self._store.write() as s:
            require_every_group(s, "Erasing a member")
            counts = repo.erase_member(s, member_id, utc_now())
            audit.record(s, "erase.member", members=1, checkins=counts.checkins, attendance=counts.attendance,
                         visitors=counts.visitors, memberships=counts.memberships, mentions=counts.mentions)
        self._publish(Entity.MEMBER, Action.DELETED, [member_id])
        self._publish(Entity.NOTE, Action.UPDATED, [])
        return counts, made
