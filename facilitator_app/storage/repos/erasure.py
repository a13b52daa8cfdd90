"""Erasing a member (GDPR Art. 17) and the rows retention removes, inside the caller's transaction.

What an erasure leaves: the member's row with only its id, ``[erased]`` as its name and the
``erased_at`` tombstone (so no merge or sync brings the person back), and the headcount of every
session they attended, now counted as an anonymous visitor there. What goes: every detail on the
row, their check-ins, attendance rows and memberships, and their name wherever free text about
their groups mentions it (session notes, topics, others' attendance comments, check-in words and
member notes), replaced by ``[erased]``. Deleted rows are overwritten on disk (``secure_delete``)
and the notes' full-text index is merged, so no old copy of a note's words stays in it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import CursorResult, Delete, Table, delete, func, select
from sqlalchemy.orm import Session

from facilitator_app.domain.erasure import ERASED, erase_names, name_pattern
from facilitator_app.domain.text import same_name
from facilitator_app.errors import NotFoundError
from facilitator_app.storage import fts, orm, sync_clock
from facilitator_app.storage.repos.attendance import ATTENDED

DELETED_NAME = "(deleted)"   # what deleting or merging leaves as a tombstone's name (no name to look for)
_OPTIMIZE = f"INSERT INTO {fts.FTS_TABLE} ({fts.FTS_TABLE}) VALUES ('optimize')"
_DETAILS_BLANK = ("full_name", "pronouns", "phone", "email", "emergency_contact_name", "emergency_contact_phone",
                  "notes")


@dataclass(frozen=True)
class Candidate:
    """A member an erasure request may mean: id and names (for the person asking, never for the trail)."""

    id: uuid.UUID
    preferred_name: str
    full_name: str
    deleted: bool


@dataclass(frozen=True)
class ErasedCounts:
    """What an erasure removed or changed: counts only."""

    checkins: int = 0
    attendance: int = 0
    visitors: int = 0            # of those attendance rows, sessions where the person now counts as a visitor
    memberships: int = 0
    mentions: int = 0            # names replaced in free text
    texts: int = 0               # rows whose free text changed


def candidates(session: Session, text: str) -> list[Candidate]:
    """Members not yet erased whose id is ``text``, or whose preferred or full name it is (any case)."""
    query = select(orm.Member).where(orm.Member.erased_at.is_(None))
    try:
        member_id = uuid.UUID(text.strip())
    except ValueError:
        rows = [m for m in session.scalars(query.where(orm.Member.deleted_at.is_(None)))
                if same_name(m.preferred_name, text) or (m.full_name and same_name(m.full_name, text))]
    else:
        rows = list(session.scalars(query.where(orm.Member.id == member_id)))
    return [Candidate(m.id, m.preferred_name, m.full_name, m.deleted_at is not None) for m in rows]


def erase_member(session: Session, member_id: uuid.UUID, now: datetime) -> ErasedCounts:
    member = session.get(orm.Member, member_id)
    if member is None or member.erased_at is not None:
        raise NotFoundError("That member is not in the store, or was erased already.")
    names = [] if member.deleted_at is not None and member.preferred_name == DELETED_NAME else \
        [member.preferred_name, member.full_name]
    with secure_delete(session):
        mentions, texts = _erase_mentions(session, member_id, name_pattern(n for n in names if n))
        counts = _remove_history(session, [member_id])
        member.preferred_name = ERASED
        for name in _DETAILS_BLANK:
            setattr(member, name, "")
        member.consent_to_contact = False
        member.created_at = member.updated_at = now   # not even when they were first added
        member.deleted_at = member.deleted_at or now
        member.erased_at = now
        session.flush()
        if texts:
            _optimize_index(session)
    return ErasedCounts(checkins=counts[0], attendance=counts[1], visitors=counts[2], memberships=counts[3],
                        mentions=mentions, texts=texts)


def _optimize_index(session: Session) -> None:
    """Merge the FTS5 index's segments, so erased words leave the index too (SQLite only: a
    PostgreSQL expression index follows its rows)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql(_OPTIMIZE)


class secure_delete:  # noqa: N801 (used as a context manager, like contextlib's)
    """``PRAGMA secure_delete`` on this transaction's connection while erasing: SQLite then
    overwrites deleted content with zeros instead of leaving it in free pages."""

    def __init__(self, session: Session) -> None:
        self._connection = session.connection()
        self._before = 0

    def __enter__(self) -> None:
        if self._connection.dialect.name != "sqlite":  # a server frees deleted rows with its own VACUUM
            return
        self._before = int(self._connection.exec_driver_sql("PRAGMA secure_delete").scalar() or 0)
        self._connection.exec_driver_sql("PRAGMA secure_delete = 1")

    def __exit__(self, *exc: object) -> None:
        if self._connection.dialect.name != "sqlite":
            return
        self._connection.exec_driver_sql(f"PRAGMA secure_delete = {1 if self._before else 0}")


def _remove_history(session: Session, member_ids: list[uuid.UUID]) -> tuple[int, int, int, int]:
    """Delete the members' check-ins, attendance and memberships; each session they attended counts
    one more visitor, so its headcount stays right. Returns (checkins, attendance, visitors, memberships)."""
    checkins = _delete(session, delete(orm.Checkin).where(orm.Checkin.member_id.in_(member_ids)))
    attended = session.execute(
        select(orm.Attendance.meeting_id, func.count()).where(
            orm.Attendance.member_id.in_(member_ids), orm.Attendance.deleted_at.is_(None),
            orm.Attendance.status.in_(ATTENDED)).group_by(orm.Attendance.meeting_id)).all()
    for meeting_id, count in attended:
        meeting = session.get(orm.Meeting, meeting_id)
        if meeting is not None:
            meeting.visitor_count += count
    attendance = _delete(session, delete(orm.Attendance).where(orm.Attendance.member_id.in_(member_ids)))
    memberships = _delete(session, delete(orm.Membership).where(orm.Membership.member_id.in_(member_ids)))
    return checkins, attendance, sum(c for _, c in attended), memberships


def _erase_mentions(session: Session, member_id: uuid.UUID, pattern: re.Pattern[str] | None) -> tuple[int, int]:
    """Replace the name in the free text of every group the member was in or came to."""
    if pattern is None:
        return 0, 0
    group_ids = set(session.scalars(select(orm.Membership.group_id).where(orm.Membership.member_id == member_id)))
    for model in (orm.Attendance, orm.Checkin):
        group_ids |= set(session.scalars(select(orm.Meeting.group_id).join(model, model.meeting_id == orm.Meeting.id)
                                         .where(model.member_id == member_id)))
    if not group_ids:
        return 0, 0
    meeting_ids = select(orm.Meeting.id).where(orm.Meeting.group_id.in_(group_ids))
    member_ids = select(orm.Membership.member_id).where(orm.Membership.group_id.in_(group_ids))
    sources: list[tuple[Iterable[object], tuple[str, ...]]] = [
        (session.scalars(select(orm.SessionNote).where(orm.SessionNote.meeting_id.in_(meeting_ids))),
         fts.COLUMNS),
        (session.scalars(select(orm.Meeting).where(orm.Meeting.group_id.in_(group_ids))), ("topic", "co_facilitators")),
        (session.scalars(select(orm.Attendance).where(orm.Attendance.meeting_id.in_(meeting_ids),
                                                      orm.Attendance.comment != "")), ("comment",)),
        (session.scalars(select(orm.Checkin).where(orm.Checkin.meeting_id.in_(meeting_ids),
                                                   orm.Checkin.word != "")), ("word",)),
        (session.scalars(select(orm.Member).where(orm.Member.id.in_(member_ids), orm.Member.notes != "",
                                                  orm.Member.id != member_id)), ("notes",)),
    ]
    mentions = texts = 0
    for rows, columns in sources:
        for row in list(rows):
            changed = 0
            for column in columns:
                new, found = erase_names(getattr(row, column), pattern)
                if found:
                    setattr(row, column, new)
                    changed += found
            if changed:
                mentions, texts = mentions + changed, texts + 1
    return mentions, texts


def _delete(session: Session, statement: Delete) -> int:
    """Run a DELETE and say how many rows it removed; the ids go to ``sync_removals``, so other
    stores remove the rows too rather than send them back."""
    table = statement.table
    if isinstance(table, Table) and statement.whereclause is not None:
        ids = list(session.execute(select(table.c.id).where(statement.whereclause)).scalars())
        sync_clock.record_removed(session.connection(), table, ids)
    result = session.execute(statement)
    return int(result.rowcount) if isinstance(result, CursorResult) else 0


# --------------------------------------------------------------------------- retention
def last_seen(session: Session) -> list[tuple[uuid.UUID, date]]:
    """Every member not yet erased, with the last day they were seen: their latest attended session,
    else their latest membership date, else the day they were added."""
    attended: dict[uuid.UUID, date] = {member_id: day for member_id, day in session.execute(
        select(orm.Attendance.member_id, func.max(orm.Meeting.date))
        .join(orm.Meeting, orm.Meeting.id == orm.Attendance.meeting_id)
        .where(orm.Attendance.deleted_at.is_(None), orm.Attendance.status.in_(ATTENDED),
               orm.Meeting.deleted_at.is_(None))
        .group_by(orm.Attendance.member_id))}
    joined: dict[uuid.UUID, date] = {}
    for member_id, joined_on, left_on in session.execute(
            select(orm.Membership.member_id, orm.Membership.joined_on, orm.Membership.left_on)):
        latest = max(d for d in (joined_on, left_on) if d is not None)
        joined[member_id] = max(joined.get(member_id, latest), latest)
    out = []
    for member_id, created in session.execute(select(orm.Member.id, orm.Member.created_at)
                                              .where(orm.Member.erased_at.is_(None))):
        seen = attended.get(member_id) or joined.get(member_id) or created.date()
        out.append((member_id, seen))
    return out


def names_of(session: Session, member_ids: Iterable[uuid.UUID]) -> list[Candidate]:
    ids = list(member_ids)
    if not ids:
        return []
    return [Candidate(m.id, m.preferred_name, m.full_name, m.deleted_at is not None)
            for m in session.scalars(select(orm.Member).where(orm.Member.id.in_(ids)))]


def old_checkins(session: Session, before: date) -> int:
    return int(session.scalar(select(func.count()).select_from(orm.Checkin).join(
        orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id).where(orm.Meeting.date < before)) or 0)


def old_notes(session: Session, before: date) -> int:
    return int(session.scalar(select(func.count()).select_from(orm.SessionNote).join(
        orm.Meeting, orm.Meeting.id == orm.SessionNote.meeting_id).where(orm.Meeting.date < before)) or 0)


def delete_old_checkins(session: Session, before: date) -> int:
    """Every check-in (deleted ones too) at a session dated before ``before``."""
    old = select(orm.Meeting.id).where(orm.Meeting.date < before)
    with secure_delete(session):
        return _delete(session, delete(orm.Checkin).where(orm.Checkin.meeting_id.in_(old)))


def delete_old_notes(session: Session, before: date) -> int:
    """Every session note (deleted ones too) of a session dated before ``before``; the index follows."""
    old = select(orm.Meeting.id).where(orm.Meeting.date < before)
    with secure_delete(session):
        removed = _delete(session, delete(orm.SessionNote).where(orm.SessionNote.meeting_id.in_(old)))
        if removed:
            _optimize_index(session)
    return removed
