"""Session notes, their full-text search, and each group's note template."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Date, Integer, Row, String, Uuid, bindparam, select, text
from sqlalchemy.orm import Session

from facilitator_app.domain.records import NoteRecord
from facilitator_app.storage import fts, mappers, orm, server_logins
from facilitator_app.storage.repos import common

# The newest live notes that match, with where they belong. The FTS index drives the query
# (MATCH); the joins drop tombstoned notes, sessions and groups.
_SEARCH = text(f"""
    SELECT n.rowid AS note_rowid, n.meeting_id AS meeting_id, m.group_id AS group_id,
           g.name AS group_name, m.date AS date
    FROM {fts.FTS_TABLE} AS f
    JOIN session_notes AS n ON n.rowid = f.rowid
    JOIN meetings AS m ON m.id = n.meeting_id
    JOIN groups AS g ON g.id = m.group_id
    WHERE {fts.FTS_TABLE} MATCH :expression
      AND n.deleted_at IS NULL AND m.deleted_at IS NULL AND g.deleted_at IS NULL
    ORDER BY m.date DESC, m.start_time DESC, g.name, n.rowid DESC
    LIMIT :limit
""").columns(note_rowid=Integer, meeting_id=Uuid, group_id=Uuid, group_name=String, date=Date)


# The same on PostgreSQL: the notes' expression index (``fts.PG_DOCUMENT``) drives the query, through
# ``facilitator_matching_notes`` (storage/server_logins.py), which keeps the notes this login may see
# (row-level security would otherwise stop the index being used); the note's id stands in for
# SQLite's rowid as the key the snippets are looked up by.
def _pg_search(matching: str) -> Any:
    return text(f"""
    SELECT n.id AS note_rowid, n.meeting_id AS meeting_id, m.group_id AS group_id,
           g.name AS group_name, m.date AS date
    FROM session_notes AS n
    JOIN meetings AS m ON m.id = n.meeting_id
    JOIN groups AS g ON g.id = m.group_id
    WHERE {matching}
      AND n.deleted_at IS NULL AND m.deleted_at IS NULL AND g.deleted_at IS NULL
    ORDER BY m.date DESC, m.start_time DESC, g.name, n.id DESC
    LIMIT :limit
""").columns(note_rowid=Uuid, meeting_id=Uuid, group_id=Uuid, group_name=String, date=Date)


_PG_SEARCH = _pg_search(f"n.id IN (SELECT {server_logins.MATCHING_NOTES}(to_tsquery('{fts.PG_CONFIG}', :query)))")


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def note_row(session: Session, meeting_id: uuid.UUID, *, lock: bool = False) -> orm.SessionNote | None:
    """The note of a meeting, tombstoned or not (there is at most one per meeting). ``lock`` holds
    the row until the transaction ends (FOR UPDATE on a server; SQLite's write lock does it anyway)."""
    query = select(orm.SessionNote).where(orm.SessionNote.meeting_id == meeting_id)
    return session.scalar(query.with_for_update() if lock else query)


_PG_PLAIN_SEARCH = _pg_search(f"{fts.PG_DOCUMENT} @@ to_tsquery('{fts.PG_CONFIG}', :query)")

# Whether row-level security passes this login by: a superuser, a login with BYPASSRLS, or a member
# of the role that owns the notes table (policies are enabled, not forced, so they skip the owner).
_SEES_EVERYTHING = text("""
    SELECT r.rolsuper OR r.rolbypassrls
           OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'session_notes'::regclass),
                          'MEMBER')
    FROM pg_roles AS r WHERE r.rolname = current_user
""")


def search(session: Session, expression: str, limit: int) -> list[Row[Any]]:
    """Live notes matching the FTS5 ``expression`` (built by ``fts.match_expression``), newest
    session first: rows with ``note_rowid``, ``meeting_id``, ``group_id``, ``group_name``, ``date``
    (on PostgreSQL ``note_rowid`` is the note's id, and the expression becomes a ``tsquery``)."""
    if _on_server(session):
        query = fts.tsquery(expression)
        if not query:
            return []
        # A login that row-level security leaves alone (the store's owner, a superuser) searches the
        # index directly: the filtering function costs such a login about twice the time for nothing.
        plain = session.execute(_SEES_EVERYTHING).scalar()
        return list(session.execute(_PG_PLAIN_SEARCH if plain else _PG_SEARCH, {"query": query, "limit": limit}))
    return list(session.execute(_SEARCH, {"expression": expression, "limit": limit}))


def snippets(session: Session, expression: str, rowids: Sequence[Any], *, start: str, end: str,
             ellipsis: str, tokens: int) -> dict[Any, tuple[str, ...]]:
    """For each note rowid, one snippet per indexed column (in ``fts.COLUMNS`` order), with each
    match between ``start`` and ``end``. Computed only for the rows asked for."""
    if not rowids:
        return {}
    if _on_server(session):
        return _pg_snippets(session, expression, rowids, start=start, end=end, ellipsis=ellipsis, tokens=tokens)
    calls = ", ".join(f"snippet({fts.FTS_TABLE}, {i}, :start, :end, :ellipsis, :tokens)"
                      for i in range(len(fts.COLUMNS)))
    # "+rowid": without the plus, FTS5 takes the rowids as lookups and re-runs the whole query
    # once per rowid (50 times a prefix search's work); with it, one pass filters the matches.
    query = text(f"SELECT rowid, {calls} FROM {fts.FTS_TABLE} "
                 f"WHERE {fts.FTS_TABLE} MATCH :expression AND +rowid IN :rowids"
                 ).bindparams(bindparam("rowids", expanding=True))
    rows = session.execute(query, {"expression": expression, "rowids": list(rowids), "start": start,
                                   "end": end, "ellipsis": ellipsis, "tokens": tokens})
    return {int(row[0]): tuple(str(value or "") for value in row[1:]) for row in rows}


def _pg_snippets(session: Session, expression: str, ids: Sequence[Any], *, start: str, end: str, ellipsis: str,
                 tokens: int) -> dict[Any, tuple[str, ...]]:
    """``ts_headline`` of each section as written, the matches (accents folded) marked."""
    options = (f'StartSel="{start}", StopSel="{end}", FragmentDelimiter="{ellipsis}", MaxFragments=1, '
               f"MaxWords={max(tokens, 3)}, MinWords={max(1, min(tokens // 2, tokens - 1))}, ShortWord=0")
    calls = ", ".join(f"ts_headline('{fts.PG_CONFIG}', {column}, q.query, :options)" for column in fts.COLUMNS)
    query = text(f"SELECT id, {calls} FROM session_notes, to_tsquery('{fts.PG_CONFIG}', :query) AS q(query) "
                 "WHERE id IN :ids").bindparams(bindparam("ids", expanding=True, type_=Uuid))
    rows = session.execute(query, {"query": fts.tsquery(expression), "ids": list(ids), "options": options})
    return {row[0]: tuple(str(value or "") for value in row[1:]) for row in rows}


def note_template(session: Session, group_id: uuid.UUID) -> str:
    """The live group's note template (NotFoundError when the group is gone)."""
    return common.get_live(session, orm.Group, group_id, "group").note_template


def set_note_template(session: Session, group_id: uuid.UUID, value: str) -> None:
    common.get_live(session, orm.Group, group_id, "group").note_template = value


def live_note(session: Session, meeting_id: uuid.UUID, *, lock: bool = False) -> NoteRecord | None:
    """The session's note, or None when it has none (or it was cleared)."""
    row = note_row(session, meeting_id, lock=lock)
    return None if row is None or row.deleted_at is not None else mappers.note_record(row)


def meeting_group_id(session: Session, meeting_id: uuid.UUID) -> uuid.UUID:
    """The group of the live session (NotFoundError when the session is gone)."""
    return common.get_live(session, orm.Meeting, meeting_id, "session").group_id


def save_note(session: Session, meeting_id: uuid.UUID, values: Mapping[str, str]) -> NoteRecord:
    """Create, replace or bring back the session's note with the given section texts."""
    row = note_row(session, meeting_id)
    if row is None:
        row = orm.SessionNote(meeting_id=meeting_id)
        session.add(row)
    row.deleted_at = None
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return mappers.note_record(row)
