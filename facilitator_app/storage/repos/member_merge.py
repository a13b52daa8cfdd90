"""The merge engine: one member's attendance, check-ins and memberships handed to another, the
other left as a tombstone; and the exact way back from a snapshot of the rows it touched.

A row only changes owner where the kept member has no row (live or tombstoned) at that session,
so neither the merge nor its undo can trip the one-row-per-member-and-session constraints.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from facilitator_app.domain.member_merge import (
    MergeCounts,
    RowState,
    attendance_rank,
    checkin_rank,
    span_clusters,
)
from facilitator_app.storage import orm
from facilitator_app.storage.base import Base
from facilitator_app.storage.repos.common import get_live, tombstone

Member = orm.Member
"""The member row a merge works on; services hold it only to hand it back to ``merge``."""

_TABLES: dict[str, type[Base]] = {model.__tablename__: model for model in
                                  (orm.Member, orm.Attendance, orm.Checkin, orm.Membership)}
_NOT_RESTORED = {"id", "created_at", "updated_at", "hlc", "changed_hlc"}  # these move on: undoing is a change too
_DETAILS = ("full_name", "pronouns", "phone", "email", "emergency_contact_name", "emergency_contact_phone")
_CHECKIN_FIELDS = ("instrument_id", "scores", "total", "word", "passed")


@dataclass
class MergeEffects:
    """What a merge touched, for the change feed: sessions (with their groups) and groups."""

    counts: MergeCounts = MergeCounts()
    meetings: set[uuid.UUID] = field(default_factory=set)
    groups: set[uuid.UUID] = field(default_factory=set)
    meeting_groups: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)


def _rows(session: Session, model: type[Any], member_ids: Iterable[uuid.UUID]) -> list[Any]:
    """Every row of ``model`` for the members, tombstones included."""
    return list(session.scalars(select(model).where(model.member_id.in_(list(member_ids)))))


def snapshot(session: Session, survivor_id: uuid.UUID, absorbed_id: uuid.UUID) -> tuple[RowState, ...]:
    """The columns of both members and all their attendance, check-in and membership rows."""
    ids = (survivor_id, absorbed_id)
    rows: list[Any] = [session.get(orm.Member, i) for i in ids]
    for model in (orm.Attendance, orm.Checkin, orm.Membership):
        rows += _rows(session, model, ids)
    return tuple(RowState(row.__tablename__, row.id,
                          tuple((attr.key, copy.deepcopy(getattr(row, attr.key)))
                                for attr in inspect(type(row)).column_attrs if attr.key not in _NOT_RESTORED))
                 for row in rows)


def is_tombstone(session: Session, member_id: uuid.UUID) -> bool:
    """Whether the member's row exists and is a tombstone (as a merge leaves the absorbed one)."""
    member = session.get(orm.Member, member_id)
    return member is not None and member.deleted_at is not None


def changed_since(session: Session, states: Iterable[RowState]) -> bool:
    """Whether any row of ``states`` (a snapshot taken right after a merge) has changed since."""
    states = list(states)
    _load(session, states)
    for state in states:
        row = session.get(_TABLES[state.table], state.id)
        if row is None or any(getattr(row, key) != value for key, value in state.values):
            return True
    return False


def _load(session: Session, states: list[RowState]) -> None:
    for table, model in _TABLES.items():  # one SELECT per table rather than one per row
        ids = [state.id for state in states if state.table == table]
        if ids:
            list(session.scalars(select(model).where(model.id.in_(ids))))


def restore(session: Session, states: Iterable[RowState]) -> None:
    """Put every row of a snapshot back as it was (the merge created no rows, so this is exact)."""
    states = list(states)
    _load(session, states)
    for state in states:
        row = session.get(_TABLES[state.table], state.id)
        if row is not None:
            for key, value in state.values:
                setattr(row, key, copy.deepcopy(value))


def merge(session: Session, survivor: orm.Member, absorbed: orm.Member, apply: bool = True) -> MergeEffects:
    """Hand ``absorbed``'s history to ``survivor`` (see domain.member_merge for the rules).

    With ``apply=False`` nothing changes: the counts say what a merge would do (the confirm dialog).
    """
    effects = MergeEffects()
    att = _merge_attendance(session, survivor.id, absorbed.id, apply, effects)
    chk = _merge_checkins(session, survivor.id, absorbed.id, apply, effects)
    groups = _merge_memberships(session, survivor.id, absorbed.id, apply)
    if effects.meetings:
        effects.meeting_groups = {meeting_id: group_id for meeting_id, group_id in session.execute(
            select(orm.Meeting.id, orm.Meeting.group_id).where(orm.Meeting.id.in_(effects.meetings)))}
    effects.groups = groups | set(effects.meeting_groups.values())
    effects.counts = MergeCounts(attendance_moved=att[0], attendance_combined=att[1],
                                 checkins_moved=chk[0], checkins_combined=chk[1], groups=len(groups))
    if apply:
        _fill_details(survivor, absorbed)
        _wipe(absorbed)
        tombstone(absorbed)
    return effects


def _merge_attendance(session: Session, survivor_id: uuid.UUID, absorbed_id: uuid.UUID, apply: bool,
                      effects: MergeEffects) -> tuple[int, int]:
    def combine(mine: orm.Attendance, row: orm.Attendance) -> None:
        if mine.deleted_at is not None or attendance_rank(row.status, row.comment) > attendance_rank(mine.status,
                                                                                                   mine.comment):
            mine.status = row.status
            mine.comment = row.comment or ("" if mine.deleted_at is not None else mine.comment)
        elif not mine.comment.strip():
            mine.comment = row.comment

    return _merge_per_session(session, orm.Attendance, survivor_id, absorbed_id, apply, effects, combine)


def _merge_checkins(session: Session, survivor_id: uuid.UUID, absorbed_id: uuid.UUID, apply: bool,
                    effects: MergeEffects) -> tuple[int, int]:
    def combine(mine: orm.Checkin, row: orm.Checkin) -> None:
        if mine.deleted_at is not None or checkin_rank(row.total, row.passed, row.word) > checkin_rank(
                mine.total, mine.passed, mine.word):
            for name in _CHECKIN_FIELDS:
                setattr(mine, name, copy.deepcopy(getattr(row, name)))

    return _merge_per_session(session, orm.Checkin, survivor_id, absorbed_id, apply, effects, combine)


def _merge_per_session(session: Session, model: type[Any], survivor_id: uuid.UUID, absorbed_id: uuid.UUID,
                       apply: bool, effects: MergeEffects, combine: Callable[[Any, Any], None]) -> tuple[int, int]:
    """The absorbed member's live rows of ``model`` (one per session) go to the survivor: moved where
    the survivor has no row at that session, else ``combine``d into the survivor's row (a tombstoned
    one comes back) and tombstoned. Returns (moved, combined)."""
    kept = {row.meeting_id: row for row in _rows(session, model, [survivor_id])}
    moved = combined = 0
    for row in _rows(session, model, [absorbed_id]):
        if row.deleted_at is not None:
            continue
        effects.meetings.add(row.meeting_id)
        mine = kept.get(row.meeting_id)
        if mine is None or mine.deleted_at is not None:
            moved += 1
        else:
            combined += 1
        if not apply:
            continue
        if mine is None:
            row.member_id = survivor_id
            continue
        combine(mine, row)
        mine.deleted_at = None
        tombstone(row)
    return moved, combined


def _merge_memberships(session: Session, survivor_id: uuid.UUID, absorbed_id: uuid.UUID,
                       apply: bool) -> set[uuid.UUID]:
    """The absorbed member's spans in each group go to the survivor; spans that overlap or touch
    become one, and separate spans stay separate (a member who left and came back keeps the gap)."""
    live = [row for row in _rows(session, orm.Membership, [survivor_id, absorbed_id]) if row.deleted_at is None]
    groups = {row.group_id for row in live if row.member_id == absorbed_id}
    if not apply:
        return groups
    for group_id in groups:
        spans = [(row.joined_on, row.left_on, row.member_id != survivor_id, row) for row in live
                 if row.group_id == group_id]
        for cluster in span_clusters([(joined, left) for joined, left, _, _ in spans]):
            rows = sorted((spans[i] for i in cluster), key=lambda span: (span[2], span[0]))
            keep = rows[0][3]
            acknowledged = max((span[3] for span in rows), key=lambda row: (
                row.agreement_acknowledged_at is not None, row.agreement_acknowledged_at or 0,
                row.agreement_version or 0))
            keep.joined_on = min(span[0] for span in rows)
            keep.left_on = None if any(span[1] is None for span in rows) else max(span[1] for span in rows)
            keep.agreement_version = acknowledged.agreement_version
            keep.agreement_acknowledged_at = acknowledged.agreement_acknowledged_at
            keep.member_id = survivor_id
            for span in rows[1:]:
                tombstone(span[3])
    return groups


def _fill_details(survivor: orm.Member, absorbed: orm.Member) -> None:
    """Details the kept record left blank come from the other; notes are joined, never dropped."""
    for name in _DETAILS:
        if not getattr(survivor, name) and getattr(absorbed, name):
            setattr(survivor, name, getattr(absorbed, name))
    if absorbed.notes and absorbed.notes not in survivor.notes:
        survivor.notes = f"{survivor.notes}\n\n{absorbed.notes}" if survivor.notes else absorbed.notes


def _wipe(member: orm.Member) -> None:
    """Personal details go, as when a member is deleted; the id stays as a tombstone."""
    member.preferred_name = "(deleted)"
    for name in (*_DETAILS, "notes"):
        setattr(member, name, "")
    member.consent_to_contact = False


def live_member(session: Session, member_id: uuid.UUID) -> orm.Member:
    """The live member ``member_id``, or a NotFoundError saying it is no longer in the store."""
    return get_live(session, orm.Member, member_id, "member")
