"""Retention: how long check-ins and session notes are kept, and when members not seen are erased.

The organisation's periods are settings in the store (so they travel with it). Every period is off
until it is set: nothing is ever removed by default. ``due`` counts what the periods cover today;
``apply`` makes a backup, then removes it all in one transaction and records one audit event.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import ValidationError
from facilitator_app.services import backups
from facilitator_app.services.erasure import BACKUP_REASON, Candidate
from facilitator_app.services.server_logins import require_every_group
from facilitator_app.storage.repos import audit, settings
from facilitator_app.storage.repos import erasure as repo
from facilitator_app.storage.store import Store

KEYS = {"checkins": "retention.checkins_months", "notes": "retention.notes_months",
        "erase_unseen": "retention.erase_unseen_months"}
MAX_MONTHS = 100 * 12


@dataclass(frozen=True)
class RetentionPolicy:
    """Each period in months; None keeps everything."""

    checkins_months: int | None = None
    notes_months: int | None = None
    erase_unseen_months: int | None = None

    @property
    def is_off(self) -> bool:
        return self.checkins_months is None and self.notes_months is None and self.erase_unseen_months is None

    def describe(self) -> list[str]:
        return [f"Check-ins: {_span(self.checkins_months, 'kept for', 'kept for ever')}.",
                f"Session notes: {_span(self.notes_months, 'kept for', 'kept for ever')}.",
                f"Members not seen: {_span(self.erase_unseen_months, 'erased after', 'never erased')}."]


@dataclass(frozen=True)
class RetentionDue:
    """What the policy covers on ``today``: counts, and the members' ids (their names only on request)."""

    policy: RetentionPolicy
    today: date
    checkins: int = 0
    notes: int = 0
    members: tuple[uuid.UUID, ...] = ()
    cutoffs: dict[str, date] = field(default_factory=dict)

    @property
    def nothing(self) -> bool:
        return not (self.checkins or self.notes or self.members)


@dataclass(frozen=True)
class RetentionResult:
    checkins: int
    notes: int
    members: int
    backup: Path | None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


class RetentionService:
    """Reads and sets the periods, says what is due, applies them."""

    def __init__(self, store: Store, backups_dir: Path | None = None) -> None:
        self._store = store
        self._backups_dir = backups_dir

    def policy(self) -> RetentionPolicy:
        with self._store.read() as s:
            values = {name: settings.get(s, key) for name, key in KEYS.items()}
        return RetentionPolicy(*(_months(values[name]) for name in ("checkins", "notes", "erase_unseen")))

    def set_policy(self, policy: RetentionPolicy) -> None:
        for months in (policy.checkins_months, policy.notes_months, policy.erase_unseen_months):
            if months is not None and not 1 <= months <= MAX_MONTHS:
                raise ValidationError(f"A retention period is between 1 month and {MAX_MONTHS // 12} years.")
        with self._store.write() as s:
            require_every_group(s, "Setting how long data is kept")
            settings.put(s, KEYS["checkins"], policy.checkins_months)
            settings.put(s, KEYS["notes"], policy.notes_months)
            settings.put(s, KEYS["erase_unseen"], policy.erase_unseen_months)
            audit.record(s, "retention.set", checkins_months=policy.checkins_months or 0,
                         notes_months=policy.notes_months or 0, erase_unseen_months=policy.erase_unseen_months or 0)

    def due(self, today: date | None = None) -> RetentionDue:
        policy, day = self.policy(), today or date.today()
        cutoffs = {name: months_before(day, months) for name, months in (
            ("checkins", policy.checkins_months), ("notes", policy.notes_months),
            ("erase_unseen", policy.erase_unseen_months)) if months is not None}
        with self._store.read() as s:
            checkins = repo.old_checkins(s, cutoffs["checkins"]) if "checkins" in cutoffs else 0
            notes = repo.old_notes(s, cutoffs["notes"]) if "notes" in cutoffs else 0
            members = tuple(sorted(member_id for member_id, seen in repo.last_seen(s)
                                   if seen < cutoffs["erase_unseen"])) if "erase_unseen" in cutoffs else ()
        return RetentionDue(policy, day, checkins, notes, members, cutoffs)

    def names(self, member_ids: tuple[uuid.UUID, ...]) -> list[Candidate]:
        with self._store.read() as s:
            return repo.names_of(s, member_ids)

    def apply(self, today: date | None = None, *, backup: bool = True) -> RetentionResult:
        """Remove what is due, after a backup (on a laptop: a server's backups are its administrator's);
        one transaction and one audit event."""
        backup = backup and not self._store.is_server
        due = self.due(today)
        if due.nothing:
            return RetentionResult(0, 0, 0, None)
        made = backups.make_backup(self._store, BACKUP_REASON, self._backups_dir).path if backup else None
        now = utc_now()
        with self._store.write() as s:
            require_every_group(s, "Removing old data")
            members = mentions = 0
            for member_id in due.members:
                mentions += repo.erase_member(s, member_id, now).mentions
                members += 1
            # Erasing members removes their check-ins first, so these count what was left.
            checkins = repo.delete_old_checkins(s, due.cutoffs["checkins"]) if "checkins" in due.cutoffs else 0
            notes = repo.delete_old_notes(s, due.cutoffs["notes"]) if "notes" in due.cutoffs else 0
            audit.record(s, "retention.applied", checkins=checkins, notes=notes, members=members, mentions=mentions)
        return RetentionResult(checkins, notes, members, made)


def _months(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _span(months: int | None, lead: str, never: str) -> str:
    if months is None:
        return never
    if months % 12 == 0:
        years = months // 12
        return f"{lead} {years} year{'s' if years != 1 else ''}"
    return f"{lead} {months} month{'s' if months != 1 else ''}"
