"""Check-ins: scored with the group's instrument; a pass is its own state, never a zero."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean
from typing import Any

from facilitator_app.domain.enums import AttendanceStatus, FlagRule
from facilitator_app.domain.instruments import (  # noqa: F401 (percentage, short_name: for the UI, as before)
    InstrumentDefinition,
    InstrumentItem,
    QuietWord,
    is_flagged,
    percentage,
    quiet_word,
    score,
    short_name,
    suggests_anything,
)
from facilitator_app.domain.records import CheckinRecord, MemberRecord
from facilitator_app.domain.text import same_name, sort_key
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.services.meetings import recordable_meeting
from facilitator_app.services.quiet_words import reason_text
from facilitator_app.services.validation import clean_text
from facilitator_app.storage import mappers, orm
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import checkins as repo
from facilitator_app.storage.repos import groups as groups_repo
from facilitator_app.storage.repos import meetings as meetings_repo

RECENT_SESSIONS = 3     # times the check-ins a flag rule needs: the sessions looked at first
MAX_ITEMS = 12          # questions in one check-in: a round of 15 people must stay short
MAX_ANSWER = 100        # answers are typed as digits during the round


@dataclass(frozen=True)
class CheckinPoint:
    """One point of a member's trend."""

    date: date
    total: int | None
    passed: bool


@dataclass(frozen=True)
class CheckinLine:
    """One line of a session's check-in round: a member who came, and their check-in (or None).

    ``attendance`` is None only for someone whose check-in was kept after their attendance was
    cleared: the check-in is still shown rather than silently hidden.
    """

    member: MemberRecord
    attendance: AttendanceStatus | None
    checkin: CheckinRecord | None


@dataclass(frozen=True)
class GentleFollowUp:
    """A member whose latest check-in meets the instrument's flag rule (or its low mark).

    A suggestion to offer a quiet, private word; never a diagnosis. ``reason`` says it plainly,
    e.g. "Mood 1 today" or "Mood 4 today, 3 below their usual 7"; ``found`` says it as data.
    """

    member: MemberRecord
    on: date
    total: int
    usual: float | None
    reason: str
    found: QuietWord


@dataclass(frozen=True)
class InstrumentDraft:
    """What an organisation fills in for its own check-in: questions with ranges, summed, and an
    optional total that suggests a quiet word (below it, or at least it)."""

    name: str
    items: tuple[InstrumentItem, ...]
    flag_rule: FlagRule = FlagRule.NONE
    flag_value: float | None = None
    period: str = ""


class CheckinService(Service):
    """Use cases for check-ins and the organisation's own instruments."""

    def instruments(self) -> list[InstrumentDefinition]:
        with self._store.read() as s:
            return [mappers.instrument_definition(i) for i in repo.instruments(s)]

    def instrument(self, instrument_id: uuid.UUID) -> InstrumentDefinition:
        with self._store.read() as s:
            return mappers.instrument_definition(
                repo.live_instrument(s, instrument_id))

    def list_for_meeting(self, meeting_id: uuid.UUID) -> list[CheckinRecord]:
        with self._store.read() as s:
            return [mappers.checkin_record(c) for c in repo.for_meeting(s, meeting_id)]

    @one_batch
    def record(self, meeting_id: uuid.UUID, member_id: uuid.UUID, instrument_id: uuid.UUID,
               answers: list[int | None], *, word: str = "", passed: bool = False,
               origin: object | None = None) -> CheckinRecord:
        """Save (or replace) a member's check-in at a session."""
        with self._store.write() as s:
            meeting = recordable_meeting(s, meeting_id)
            common.get_live(s, orm.Member, member_id, "member")
            defn = mappers.instrument_definition(
                repo.live_instrument(s, instrument_id))
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

    # -- the round of one session --------------------------------------------------------------
    def round(self, meeting_id: uuid.UUID) -> list[CheckinLine]:
        """Everyone who attended the session (present, late, left early), with their check-in or
        None, sorted by name. A check-in kept for someone no longer marked as attending shows too."""
        with self._store.read() as s:
            if meetings_repo.meeting_row(s, meeting_id) is None:
                raise NotFoundError("That session is no longer in the data file; it may have been deleted. "
                                    "Choose another session.")
            lines = [CheckinLine(member=mappers.member_record(row), attendance=row.attendance_status,
                                 checkin=_checkin_from_row(row, meeting_id))
                     for row in repo.round_rows(s, meeting_id)]
        return sorted(lines, key=lambda line: (sort_key(line.member.preferred_name), line.member.id))

    @one_batch
    def clear(self, meeting_id: uuid.UUID, member_id: uuid.UUID, origin: object | None = None) -> CheckinRecord | None:
        """Forget a member's check-in at a session (entered by mistake); returns what was removed."""
        with self._store.write() as s:
            meeting = meetings_repo.live_meeting(s, meeting_id)
            row = repo.row_for(s, meeting_id, member_id)
            if row is None or row.deleted_at is not None:
                return None
            removed = mappers.checkin_record(row)
            common.tombstone(row)
        self._publish(Entity.CHECKIN, Action.DELETED, [removed.id], group_id=meeting.group_id,
                      meeting_id=meeting_id)
        return removed

    # -- gentle follow-ups ---------------------------------------------------------------------
    def gentle_follow_ups(self, group_id: uuid.UUID, today: date | None = None,
                          only: Collection[uuid.UUID] | None = None) -> list[GentleFollowUp]:
        """Current members whose latest check-in at this group meets its instrument's flag rule,
        sorted by name. A latest check-in that is a pass never suggests anything. ``only`` limits
        the answer to some members (after one member's check-in changed, only they can move).

        A fixed number of queries whatever the group's size: its current members, then each one's
        latest check-in and previous scored ones (window functions, in SQLite), first over the
        group's recent sessions only; members whose answer lies further back (someone who has
        not checked in for months) get one more query over the whole history, all together.
        """
        with self._store.read() as s:
            group = groups_repo.live_group(s, group_id)
            if group.instrument_id is None:
                return []
            defn = mappers.instrument_definition(
                repo.live_instrument(s, group.instrument_id))
            if not suggests_anything(defn):
                return []
            day = today or date.today()
            members = {row.id: row for row in repo.current_member_rows(s, group_id, day)
                       if only is None or row.id in only}
            window = (defn.flag_window or 4) if defn.flag_rule is FlagRule.DROP_BELOW_AVERAGE else 0
            since = repo.nth_latest_meeting_date(s, group_id, RECENT_SESSIONS * (window + 1), day)
            who = day if only is None else list(members)
            by_member = _by_member(repo.recent_for_flags(s, group_id, defn.id, who, window + 1, since))
            further = [m for m in members if not _settled(by_member.get(m), window)] if since else []
            if further:
                by_member.update(_by_member(repo.recent_for_flags(s, group_id, defn.id, further, window + 1)))
        out: list[GentleFollowUp] = []
        for member_id, history in by_member.items():
            if member_id not in members:
                continue
            latest = history[0]
            if latest.newest != 1 or latest.passed or latest.total is None:
                continue
            previous = [r.total for r in history[1:] if not r.passed]
            found = quiet_word(defn, latest.total, previous)
            if found is None:
                continue
            usual = fmean(previous[:window]) if window and previous else None
            out.append(GentleFollowUp(member=mappers.member_record(members[member_id]), on=latest.date,
                                      total=latest.total, usual=usual, found=found,
                                      reason=reason_text(defn, found, latest.date, day)))
        return sorted(out, key=lambda f: (sort_key(f.member.preferred_name), f.member.id))

    # -- the organisation's own instruments ------------------------------------------------------
    def create_instrument(self, draft: InstrumentDraft) -> InstrumentDefinition:
        """Add a custom check-in (questions with ranges, summed; an optional follow-up threshold)."""
        values = _validated_instrument(draft)
        with self._store.write() as s:
            _check_name_free(s, values["name"])
            row = orm.Instrument(key=f"custom-{uuid.uuid4().hex[:16]}", builtin=False, flag_window=None, **values)
            s.add(row)
            s.flush()
            audit.record(s, "instrument.created", instruments=1)
            defn = mappers.instrument_definition(row)
        self._publish(Entity.INSTRUMENT, Action.ADDED, [defn.id])
        return defn

    def update_instrument(self, instrument_id: uuid.UUID, draft: InstrumentDraft) -> InstrumentDefinition:
        """Save an edited custom check-in. Built-ins follow their published scoring and stay as they
        are; once a check-in has been used, its questions' number and ranges stay too."""
        values = _validated_instrument(draft)
        with self._store.write() as s:
            row = repo.live_instrument(s, instrument_id)
            if row.builtin:
                raise ValidationError(f"{row.name} is built in and follows its published scoring, so it cannot "
                                      "be changed. Create your own check-in instead.")
            _check_name_free(s, values["name"], except_id=instrument_id)
            old = [(int(i["min"]), int(i["max"])) for i in row.items]
            new = [(i["min"], i["max"]) for i in values["items"]]
            uses = repo.instrument_uses(s, instrument_id) if old != new else 0
            if uses:
                raise ValidationError(
                    f"“{row.name}” has already been used for {uses} check-in{'s' if uses != 1 else ''}, so its "
                    "questions and their ranges stay as they are: earlier totals must keep meaning the same. "
                    "You can still change its name, the wording of its questions and the follow-up threshold. "
                    "To ask different questions, create a new check-in.")
            for key, value in values.items():
                setattr(row, key, value)
            audit.record(s, "instrument.updated", instruments=1)
            s.flush()
            defn = mappers.instrument_definition(row)
        self._publish(Entity.INSTRUMENT, Action.UPDATED, [defn.id])
        return defn


def round_instrument_id(lines: Sequence[CheckinLine], current: uuid.UUID | None) -> uuid.UUID | None:
    """The check-in a session's round shows: the one its check-ins were recorded with (the most used,
    the group's current one on a tie), so changing the group's check-in never hides recorded scores;
    with no check-ins yet, the group's current one."""
    used = Counter(line.checkin.instrument_id for line in lines if line.checkin is not None)
    if not used:
        return current
    most = max(used.values())
    if current is not None and used[current] == most:
        return current
    return used.most_common(1)[0][0]


def _by_member(rows: list[Any]) -> dict[uuid.UUID, list[Any]]:
    grouped: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.member_id].append(row)
    return grouped


def _settled(history: list[Any] | None, window: int) -> bool:
    """Whether recent rows decide the rule: the latest check-in is there, and it is a pass, or
    enough scored ones are there to compare it with."""
    if not history:
        return False
    return history[0].passed or sum(1 for r in history if not r.passed) >= window + 1


def _checkin_from_row(row: Any, meeting_id: uuid.UUID) -> CheckinRecord | None:
    if row.checkin_id is None:
        return None
    return CheckinRecord(id=row.checkin_id, meeting_id=meeting_id, member_id=row.id,
                         instrument_id=row.checkin_instrument_id, scores=tuple(row.checkin_scores or ()),
                         total=row.checkin_total, word=row.checkin_word or "", passed=bool(row.checkin_passed))


def _check_name_free(s: Any, name: str, except_id: uuid.UUID | None = None) -> None:
    if any(same_name(other, name) and other_id != except_id for other_id, other in repo.all_instrument_names(s)):
        raise ValidationError(f"There is already a check-in called “{name}”. Choose another name.")


def _validated_instrument(draft: InstrumentDraft) -> dict[str, Any]:
    """The instrument's columns from a draft, or a ValidationError a facilitator understands."""
    name = clean_text(draft.name, field="check-in name", max_length=100, required=True)
    period = clean_text(draft.period, field="time it asks about", max_length=100)
    items: Sequence[InstrumentItem] = tuple(draft.items)
    if not items:
        raise ValidationError("Add at least one question: a check-in needs something to answer.")
    if len(items) > MAX_ITEMS:
        raise ValidationError(f"A check-in can have up to {MAX_ITEMS} questions, so the round stays short; "
                              f"this one has {len(items)}.")
    cleaned = []
    for number, item in enumerate(items, start=1):
        text = (item.text or "").strip()
        if not text:
            raise ValidationError(f"Question {number} has no wording: type the question, or remove it.")
        if len(text) > 200:
            raise ValidationError(f"Question {number} is {len(text)} characters long; please keep it to 200.")
        low, high = item.minimum, item.maximum
        if any(isinstance(v, bool) or not isinstance(v, int) for v in (low, high)):
            raise ValidationError(f"The answers to question {number} need whole numbers as their lowest and highest.")
        if low < 0 or high > MAX_ANSWER:
            raise ValidationError(f"Answers run from 0 to {MAX_ANSWER} at most; question {number} goes from "
                                  f"{low} to {high}.")
        if high <= low:
            raise ValidationError(f"The highest answer to question {number} must be above its lowest "
                                  f"(it goes from {low} to {high}).")
        cleaned.append({"text": text, "min": low, "max": high})
    rule = FlagRule(draft.flag_rule)
    value: float | None = None
    if rule is FlagRule.DROP_BELOW_AVERAGE:
        raise ValidationError("A check-in of your own can suggest a quiet word when the total is below a "
                              "number, or at least a number.")
    if rule is not FlagRule.NONE:
        if draft.flag_value is None or isinstance(draft.flag_value, bool):
            raise ValidationError("Enter the total that suggests a quiet word, or choose “No follow-up suggestion”.")
        value = float(draft.flag_value)
        low_total = sum(item.minimum for item in items)  # whole numbers: checked question by question above
        high_total = sum(item.maximum for item in items)
        if not low_total < value <= high_total:
            raise ValidationError(f"The follow-up total has to lie above the lowest possible total and no higher "
                                  f"than the highest: between {low_total + 1} and {high_total} for these questions.")
    return {"name": name, "items": cleaned, "flag_rule": rule, "flag_value": value, "period": period}
