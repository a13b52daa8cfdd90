"""Check-ins and instruments."""

from __future__ import annotations

import uuid
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, Row, Select, and_, bindparam, func, or_, select, union
from sqlalchemy.orm import Session

from facilitator_app.storage import orm
from facilitator_app.storage.repos.attendance import ATTENDED
from facilitator_app.storage.repos.common import get_live, live


def instruments(session: Session) -> list[orm.Instrument]:
    return list(session.scalars(live(orm.Instrument).order_by(orm.Instrument.builtin.desc(),
                                                              orm.Instrument.name)))


def for_meeting(session: Session, meeting_id: uuid.UUID) -> list[orm.Checkin]:
    return list(session.scalars(live(orm.Checkin).where(orm.Checkin.meeting_id == meeting_id)))


def row_for(session: Session, meeting_id: uuid.UUID, member_id: uuid.UUID) -> orm.Checkin | None:
    return session.scalar(select(orm.Checkin).where(orm.Checkin.meeting_id == meeting_id,
                                                    orm.Checkin.member_id == member_id))


def history(session: Session, member_id: uuid.UUID, instrument_id: uuid.UUID,
            limit: int = 20, *, scored_only: bool = False) -> list[tuple[orm.Checkin, orm.Meeting]]:
    """A member's check-ins with one instrument, newest first (``scored_only`` leaves out passes)."""
    query = (select(orm.Checkin, orm.Meeting)
             .join(orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id)
             .where(orm.Checkin.member_id == member_id, orm.Checkin.instrument_id == instrument_id,
                    orm.Checkin.deleted_at.is_(None), orm.Meeting.deleted_at.is_(None))
             .order_by(orm.Meeting.date.desc(), orm.Meeting.start_time.desc())
             .limit(limit))
    if scored_only:
        query = query.where(orm.Checkin.passed.is_(False))
    return [(c, m) for c, m in session.execute(query)]


def round_rows(session: Session, meeting_id: uuid.UUID) -> list[Row[Any]]:
    """One query for a session's check-in round: every member who attended it (present, late or
    left early), plus anyone with a check-in recorded there, each with their attendance status and
    check-in columns (None when missing). Plain rows, no ORM objects."""
    return list(session.execute(_round_query(), {"meeting_id": meeting_id}))


@cache
def _round_query() -> Select[Any]:
    """The statement of ``round_rows``, built once (it runs each time a round is shown)."""
    meeting_id: BindParameter[uuid.UUID] = bindparam("meeting_id")
    members = orm.Member.__table__
    attendance = orm.Attendance.__table__.alias("a")
    checkins = orm.Checkin.__table__.alias("c")
    candidates = union(
        select(orm.Attendance.member_id).where(orm.Attendance.meeting_id == meeting_id,
                                               orm.Attendance.deleted_at.is_(None),
                                               orm.Attendance.status.in_(ATTENDED)),
        select(orm.Checkin.member_id).where(orm.Checkin.meeting_id == meeting_id, orm.Checkin.deleted_at.is_(None)),
    )
    return (select(members, attendance.c.status.label("attendance_status"),
                   checkins.c.id.label("checkin_id"), checkins.c.instrument_id.label("checkin_instrument_id"),
                   checkins.c.scores.label("checkin_scores"), checkins.c.total.label("checkin_total"),
                   checkins.c.word.label("checkin_word"), checkins.c.passed.label("checkin_passed"))
            .outerjoin(attendance, and_(attendance.c.member_id == members.c.id,
                                        attendance.c.meeting_id == meeting_id,
                                        attendance.c.deleted_at.is_(None)))
            .outerjoin(checkins, and_(checkins.c.member_id == members.c.id,
                                      checkins.c.meeting_id == meeting_id,
                                      checkins.c.deleted_at.is_(None)))
            .where(members.c.id.in_(candidates), members.c.deleted_at.is_(None)))


def nth_latest_meeting_date(session: Session, group_id: uuid.UUID, n: int, day: date) -> date | None:
    """The date of the group's ``n``-th most recent live session on or before ``day`` (None when it
    has fewer). Sessions planned ahead are left out: they hold no check-ins yet, and counting them
    would shrink the recent window to nothing for a group scheduled weeks ahead."""
    return session.scalar(select(orm.Meeting.date)
                          .where(orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None),
                                 orm.Meeting.date <= day)
                          .order_by(orm.Meeting.date.desc()).offset(n - 1).limit(1))


def current_member_rows(session: Session, group_id: uuid.UUID, day: date) -> list[Row[Any]]:
    """The group's members on ``day`` as plain rows of the members table (no ORM objects to build)."""
    return list(session.execute(_current_member_rows_query(), {"group_id": group_id, "day": day}))


@cache
def _current_member_rows_query() -> Select[Any]:
    members = orm.Member.__table__
    return select(members).where(members.c.id.in_(_current_member_ids_query()), members.c.deleted_at.is_(None))


def _current_member_ids_query() -> Select[Any]:
    """The ids of the members of the group ``:group_id`` on the day ``:day``."""
    ms = orm.Membership
    day: BindParameter[date] = bindparam("day")
    return select(ms.member_id).where(ms.group_id == bindparam("group_id"), ms.deleted_at.is_(None),
                                      ms.joined_on <= day, or_(ms.left_on.is_(None), ms.left_on > day))


def recent_for_flags(session: Session, group_id: uuid.UUID, instrument_id: uuid.UUID,
                     members: list[uuid.UUID] | date, scored: int, since: date | None = None) -> list[Row[Any]]:
    """For each of the members, in one query: their newest check-in at the group's sessions with
    the instrument (a pass or not), plus their ``scored`` newest check-ins that are not passes;
    only at sessions from ``since`` on, when given (years of history make the ranking cost).
    ``members`` is a list of ids, or a day: the group's members on that day.

    Rows carry ``member_id``, ``total``, ``passed``, ``date``, ``newest`` (1 for each member's
    latest check-in) and ``newest_of_kind`` (the rank among their passes, or among their scores),
    ordered by member and newest first.
    """
    if isinstance(members, list) and not members:
        return []
    by_day = isinstance(members, date)
    params: dict[str, Any] = {"group_id": group_id, "instrument_id": instrument_id, "scored": scored,
                              "day" if by_day else "members": members}
    if since is not None:
        params["since"] = since
    return list(session.execute(_recent_for_flags_query(by_day, since is not None), params))


@cache
def _recent_for_flags_query(by_day: bool, with_since: bool) -> Select[Any]:
    """The statement of ``recent_for_flags``, built once per shape: building it (window functions,
    a subquery) cost more than SQLite took to run it, each time the check-ins tab was opened."""
    group_id: BindParameter[uuid.UUID] = bindparam("group_id")
    who: Select[Any] | BindParameter[Any] = (_current_member_ids_query() if by_day
                                             else bindparam("members", expanding=True))
    order = (orm.Meeting.date.desc(), orm.Meeting.start_time.desc(), orm.Checkin.created_at.desc())
    ranked = (select(orm.Checkin.member_id, orm.Checkin.total, orm.Checkin.passed, orm.Meeting.date,
                     func.row_number().over(partition_by=orm.Checkin.member_id, order_by=order).label("newest"),
                     func.row_number().over(partition_by=(orm.Checkin.member_id, orm.Checkin.passed),
                                            order_by=order).label("newest_of_kind"))
              .join(orm.Meeting, orm.Meeting.id == orm.Checkin.meeting_id)
              .where(orm.Meeting.group_id == group_id, orm.Meeting.deleted_at.is_(None),
                     orm.Checkin.deleted_at.is_(None), orm.Checkin.instrument_id == bindparam("instrument_id"),
                     orm.Checkin.member_id.in_(who),
                     *([orm.Meeting.date >= bindparam("since")] if with_since else []))
              .subquery())
    return (select(ranked)
            .where(or_(ranked.c.newest == 1,
                       and_(ranked.c.passed.is_(False), ranked.c.newest_of_kind <= bindparam("scored"))))
            .order_by(ranked.c.member_id, ranked.c.newest))


def instrument_uses(session: Session, instrument_id: uuid.UUID) -> int:
    """How many live check-ins were recorded with the instrument."""
    return session.scalar(select(func.count(orm.Checkin.id)).where(orm.Checkin.instrument_id == instrument_id,
                                                                   orm.Checkin.deleted_at.is_(None))) or 0


def all_instrument_names(session: Session) -> list[tuple[uuid.UUID, str]]:
    return [(i, n) for i, n in session.execute(select(orm.Instrument.id, orm.Instrument.name)
                                               .where(orm.Instrument.deleted_at.is_(None)))]


def live_instrument(session: Session, instrument_id: uuid.UUID) -> orm.Instrument:
    """The live check-in instrument ``instrument_id``, or a NotFoundError saying it is gone."""
    return get_live(session, orm.Instrument, instrument_id, "check-in instrument")
