"""Check-ins: scored with the group's instrument; a pass is its own state, never a zero."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from facilitator_app.domain.instruments import InstrumentDefinition, is_flagged, score
from facilitator_app.domain.records import CheckinRecord
from facilitator_app.errors import ValidationError
from facilitator_app.services.base import Service
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.meetings import recordable_meeting
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import checkins as repo
from facilitator_app.storage.repos import common


@dataclass(frozen=True)
class CheckinPoint:
    """One point of a member's trend."""

    date: date
    total: int | None
    passed: bool


class CheckinService(Service):
    """Use cases for check-ins."""

    def instruments(self) -> list[InstrumentDefinition]:
        with self._store.read() as s:
            return [mappers.instrument_definition(i) for i in repo.instruments(s)]

    def instrument(self, instrument_id: uuid.UUID) -> InstrumentDefinition:
        with self._store.read() as s:
            return mappers.instrument_definition(
                common.get_live(s, orm.Instrument, instrument_id, "check-in instrument"))

    def list_for_meeting(self, meeting_id: uuid.UUID) -> list[CheckinRecord]:
        with self._store.read() as s:
            return [mappers.checkin_record(c) for c in repo.for_meeting(s, meeting_id)]

    def record(self, meeting_id: uuid.UUID, member_id: uuid.UUID, instrument_id: uuid.UUID,
               answers: list[int | None], *, word: str = "", passed: bool = False) -> CheckinRecord:
        """Save (or replace) a member's check-in at a session."""
        with self._store.write() as s:
            meeting = recordable_meeting(s, meeting_id)
            common.get_live(s, orm.Member, member_id, "member")
            defn = mappers.instrument_definition(
                common.get_live(s, orm.Instrument, instrument_id, "check-in instrument"))
            result = score(defn, answers, passed)
            one_word = clean_text(word, field="one word", max_length=60)
            if len(one_word.split()) > 3:
                raise ValidationError("The check-in word is meant to be one word (or a very short phrase).")
            row = repo.row_for(s, meeting_id, member_id)
            if row is None:
                row = orm.Checkin(meeting_id=meeting_id, member_id=member_id)
                s.add(row)
            row.deleted_at = None
            row.instrument_id = instrument_id
            row.scores = [] if passed else list(answers)
            row.total = result.total
            row.word = one_word
            row.passed = passed
            s.flush()
            record = mappers.checkin_record(row)
        self._publish(Entity.CHECKIN, Action.UPDATED, [record.id], group_id=meeting.group_id,
                      meeting_id=meeting_id)
        return record

    def trend(self, member_id: uuid.UUID, instrument_id: uuid.UUID, limit: int = 12) -> list[CheckinPoint]:
        """The member's recent check-ins with one instrument, oldest first."""
        with self._store.read() as s:
            rows = repo.history(s, member_id, instrument_id, limit)
            return [CheckinPoint(m.date, c.total, c.passed) for c, m in reversed(rows)]

    def is_flagged(self, member_id: uuid.UUID, instrument_id: uuid.UUID) -> bool:
        """Whether the member's latest check-in suggests offering a private conversation.

        A pass is never flagged, and passes never shrink the window of earlier check-ins.
        """
        defn = self.instrument(instrument_id)
        with self._store.read() as s:
            latest = repo.history(s, member_id, instrument_id, limit=1)
            if not latest or latest[0][0].passed:
                return False
            scored = repo.history(s, member_id, instrument_id, limit=(defn.flag_window or 4) + 1,
                                  scored_only=True)
            totals = [c.total for c, _ in scored]
        return is_flagged(defn, totals[0], totals[1:])
