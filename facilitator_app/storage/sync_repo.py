"""The SQL side of merging stores: reading changed rows, and applying another store's rows.

Generic over the tables: it reads ``Base.metadata`` (parents before children), so a new table
takes part without new code. Local tables (``Table.info["sync"] is False``) never leave the store.
Rows travel as JSON-safe dicts (``encode_row``/``decode_row``, by column type), so the same
changes can go straight to another store (``sync with``) or into an encrypted bundle.

The decisions are ``domain/sync_merge.py``'s; here they meet the database:
- a row is found by its id, else by a natural key (a unique constraint: attendance by session
  and member, a note by its session, a handout file by its hash): two laptops that made "the same"
  row keep the smaller id, the other id becomes an alias (``sync_aliases``) and what referred to it
  is pointed at the kept row;
- a row whose parent is in neither store refuses the whole import (nothing is changed).
Only standard SQL through SQLAlchemy Core: it runs on any backend the store runs on.
"""

from __future__ import annotations

import base64
import enum
import functools
import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    UniqueConstraint,
    and_,
    delete,
    select,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import Date, DateTime, LargeBinary, Time, Uuid
from sqlalchemy.types import Enum as EnumType

from facilitator_app.domain import sync_merge
from facilitator_app.domain.hlc import Clock, Timestamp
from facilitator_app.domain.ids import new_id, utc_now
from facilitator_app.errors import ValidationError
from facilitator_app.storage import orm, sync_clock
from facilitator_app.storage.base import Base

Row = dict[str, Any]
Changes = dict[str, list[Row]]  # table name -> encoded rows
# progress(rows done, rows in all): called between chunks; it may raise to stop (the caller's
# transaction then rolls back, so nothing is half-applied).
Progress = Callable[[int, int], None]

CHUNK = 500
PROGRESS_ROWS = 5 * CHUNK  # rows between two progress calls: small enough that each part looks its natural keys
# up by index (``_natural_index``); larger parts scan the whole table, once per part (a 200k-row import 3x slower)
# Columns that are this store's own: never sent, never compared.
NOT_SENT = ("changed_hlc",)
# Columns left out of "the same data": timestamps and sync bookkeeping.
NOT_FINGERPRINTED = ("created_at", "updated_at", "deleted_at", "hlc", "changed_hlc", "versions")
# Columns that do not make two copies of a row differ (their stamps decide instead).
NOT_COMPARED = ("created_at", "updated_at", "changed_hlc")
_STATE = Base.metadata.tables[orm.SyncState.__tablename__]
_ALIASES = Base.metadata.tables[orm.SyncAlias.__tablename__]
_CONFLICTS = Base.metadata.tables[orm.SyncConflict.__tablename__]


def synced_tables() -> list[Table]:
    """Every table whose rows travel between stores, parents before children."""
    return [t for t in Base.metadata.sorted_tables if sync_clock.is_synced(t)]


def _connection(s: Session | Connection) -> Connection:
    return s.connection() if isinstance(s, Session) else s


# -- encoding -------------------------------------------------------------------------------------

def _uuid_hex(value: Any) -> str:
    return value if isinstance(value, str) else value.hex


def _selected(table: Table, names: Iterable[str]) -> list[Any]:
    """The columns to select: ids as the backend gives them (text on SQLite, where building a UUID
    object per id only to print it again is most of the cost of reading a large store)."""
    return [type_coerce(table.c[n], String) if isinstance(table.c[n].type, Uuid) else table.c[n] for n in names]


def _encoder(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, Uuid):
        return _uuid_hex
    if isinstance(kind, EnumType):
        return lambda v: v.value if isinstance(v, enum.Enum) else v
    if isinstance(kind, (DateTime, Date, Time)):
        return lambda v: v.isoformat()
    if isinstance(kind, LargeBinary):
        return lambda v: base64.b64encode(v).decode("ascii")
    return None


def _decoder(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, EnumType):
        return kind.enum_class if kind.enum_class is not None else None
    if isinstance(kind, DateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Time):
        return time.fromisoformat
    if isinstance(kind, LargeBinary):
        return base64.b64decode
    return None


class _Codec:
    """Row conversion for one table, column by column."""

    def __init__(self, table: Table) -> None:
        self.names = [c.name for c in table.columns if c.name not in NOT_SENT]
        self._encoders = [_encoder(table.c[name]) for name in self.names]
        self.decoders = {c.name: _decoder(c) for c in table.columns}

    def encode(self, row: Any, names: Iterable[str] | None = None) -> Row:
        """A row selected with every column of ``self.names`` (in that order), or with ``names`` only."""
        if names is None:
            return {name: (encoder(value) if encoder is not None and value is not None else value)
                    for name, encoder, value in zip(self.names, self._encoders, row, strict=True)}
        mapping = row._mapping
        out: Row = {}
        for name in names:
            encoder, value = _encoder_of(self, name), mapping[name]
            out[name] = encoder(value) if encoder is not None and value is not None else value
        return out

    def decode(self, row: Row) -> Row:
        decoders = self.decoders
        return {name: (decoders[name](value) if decoders[name] is not None and value is not None else value)
                for name, value in row.items() if name in decoders}


def _encoder_of(codec: _Codec, name: str) -> Any:
    return codec._encoders[codec.names.index(name)]


# -- reading --------------------------------------------------------------------------------------

def read_changes(s: Session | Connection, since: str | None) -> Changes:
    """Every synced row (``since`` None), or those changed here after the stamp ``since``."""
    connection = _connection(s)
    out: Changes = {}
    for table in synced_tables():
        codec = _Codec(table)
        query = select(*_selected(table, codec.names))
        if since is not None:
            query = query.where(table.c.changed_hlc > since)
        rows = [codec.encode(r) for r in connection.execute(query)]
        if rows:
            out[table.name] = rows
    return out


def fingerprint(s: Session | Connection) -> str:
    """A hash of the live rows of every synced table: row order, timestamps and bookkeeping aside."""
    connection = _connection(s)
    digests: list[bytes] = []
    for table in synced_tables():
        codec = _Codec(table)
        keep = [n for n in codec.names if n not in NOT_FINGERPRINTED]
        query = select(*_selected(table, codec.names)).where(table.c.deleted_at.is_(None))
        for row in connection.execute(query):
            encoded = codec.encode(row)
            text = table.name + sync_merge.canonical({n: encoded[n] for n in keep})
            digests.append(hashlib.sha256(text.encode("utf-8")).digest())
    digests.sort()
    whole = hashlib.sha256()
    for digest in digests:
        whole.update(digest)
    return whole.hexdigest()


# -- state ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PeerState:
    node_id: str
    sent_until: str | None
    exchanged_at: datetime | None


def node_id(s: Session | Connection) -> str:
    return sync_clock.load_clock(_connection(s)).node


def peer_state(s: Session | Connection, peer: str) -> PeerState | None:
    row = _connection(s).execute(select(_STATE.c.node_id, _STATE.c.sent_until, _STATE.c.exchanged_at)
                                 .where(_STATE.c.peer == peer)).first()
    return None if row is None else PeerState(row.node_id, row.sent_until, row.exchanged_at)


def last_exchange(s: Session | Connection) -> datetime | None:
    """When this store last exchanged with any other store or bundle."""
    rows = _connection(s).execute(select(_STATE.c.exchanged_at).where(_STATE.c.peer != sync_clock.SELF))
    times = [r[0] for r in rows if r[0] is not None]
    return max(times) if times else None


def current_clock(s: Session | Connection) -> str | None:
    clock = sync_clock.load_clock(_connection(s))
    return clock.last.text if clock.last is not None else None


def tick(s: Session | Connection) -> str:
    """A new stamp of this store's clock (saved)."""
    connection = _connection(s)
    clock = sync_clock.load_clock(connection)
    stamp = clock.tick().text
    sync_clock.save_clock(connection, clock)
    return stamp


def record_exchange(s: Session | Connection, peer: str, peer_node: str, sent_until: str | None) -> None:
    """What was sent to ``peer`` (a store's node id, or "bundle"), and when."""
    connection = _connection(s)
    now = utc_now()
    values = {"node_id": peer_node, "sent_until": sent_until, "exchanged_at": now, "updated_at": now}
    if peer_state(connection, peer) is None:
        connection.execute(_STATE.insert().values(id=new_id(), peer=peer, clock=None, created_at=now,
                                                  deleted_at=None, **values))
    else:
        connection.execute(update(_STATE).where(_STATE.c.peer == peer).values(**values))


# -- applying -------------------------------------------------------------------------------------

@dataclass
class ApplyCounts:
    """What an import did, row by row."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    added_ids: dict[str, list[uuid.UUID]] = field(default_factory=dict)


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


@functools.cache
def _natural_keys(table: Table) -> list[tuple[str, ...]]:
    keys = [tuple(c.name for c in constraint.columns) for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)]
    keys += [(c.name,) for c in table.columns if c.unique and not c.primary_key]
    return list(dict.fromkeys(keys))


def _referrers(table: Table) -> list[tuple[Table, str]]:
    return [(child, fk.parent.name) for child in Base.metadata.sorted_tables
            for fk in child.foreign_keys if fk.column.table is table]


def _content(row: Row) -> str:
    return sync_merge.canonical({k: v for k, v in row.items() if k not in NOT_COMPARED})


def merge_rows(table: Table, local: Row, remote: Row) -> Row:
    """The one copy both stores end with (``domain/sync_merge.py``)."""
    winner = max((local, remote), key=lambda r: sync_merge.row_key(r, _content(r)))
    merged = dict(winner)
    merged["hlc"] = max(local.get("hlc") or "", remote.get("hlc") or "") or None
    columns = sync_clock.versioned_columns(table)
    if columns:
        versions: dict[str, Any] = {}
        for name in columns:
            mine = (local.get("versions") or {}).get(name) or sync_merge.implicit(local.get(name) or "")
            theirs = (remote.get("versions") or {}).get(name) or sync_merge.implicit(remote.get(name) or "")
            joined = sync_merge.join(mine, theirs)
            merged[name] = sync_merge.shown_text(joined)
            if joined != sync_merge.implicit(merged[name]):
                versions[name] = joined
        merged["versions"] = versions or None
    return merged


def _conflicted(table: Table, row: Row) -> list[str]:
    return [name for name in sync_clock.versioned_columns(table)
            if sync_merge.in_conflict((row.get("versions") or {}).get(name) or [])]


class _Applier:
    def __init__(self, connection: Connection, changes: Changes, progress: Progress | None = None) -> None:
        self.connection = connection
        self.changes = changes
        self.progress = progress
        self.counts = ApplyCounts()
        self.aliases: dict[str, str] = {a.hex: r.hex for a, r in connection.execute(
            select(_ALIASES.c.alias_id, _ALIASES.c.row_id))}
        clock = sync_clock.load_clock(connection)
        stamps = [r["hlc"] for rows in changes.values() for r in rows if r.get("hlc")]
        if stamps:
            clock.observe(Timestamp.parse(max(stamps)))
        self.stamp = clock.tick().text
        sync_clock.save_clock(connection, clock)
        self.clock: Clock = clock

    def run(self) -> ApplyCounts:
        unknown = set(self.changes) - {t.name for t in synced_tables()}
        if unknown:
            raise ValidationError("These changes hold tables this version of Facilitator does not know "
                                  f"({', '.join(sorted(unknown))}); update Facilitator and try again. "
                                  "Nothing was changed.")
        total = sum(len(rows) for rows in self.changes.values())
        done = 0
        self._report(done, total)
        for table in synced_tables():
            rows = self.changes.get(table.name) or []
            for start in range(0, len(rows), PROGRESS_ROWS):
                part = rows[start:start + PROGRESS_ROWS]
                self._table(table, part)
                done += len(part)
                self._report(done, total)
        self._forget_the_erased()
        self._forget_the_removed()
        return self.counts

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def _forget_the_removed(self) -> None:
        """Rows another store removed for good (retention, erasure) go here too, children first."""
        removals = Base.metadata.tables[orm.SyncRemoval.__tablename__]
        for table in reversed(synced_tables()):
            if table is not removals:
                gone = select(removals.c.row_id).where(removals.c.table_name == table.name)
                self.connection.execute(delete(table).where(table.c.id.in_(gone)))

    def _forget_the_erased(self) -> None:
        """Rows that refer to an erased row (a member's attendance, check-ins, memberships) go, here as
        on the laptop that erased them: otherwise the laptops that still hold them send them back.
        Headcounts and names in free text arrive as the eraser changed them (its later stamps win)."""
        for parent in synced_tables():
            if "erased_at" not in parent.c:
                continue
            erased = [i for (i,) in self.connection.execute(select(parent.c.id).where(parent.c.erased_at.is_not(None)))]
            for child, column in _referrers(parent):
                for chunk in _chunks(erased):
                    self.connection.execute(delete(child).where(child.c[column].in_(list(chunk))))

    def _resolve(self, value: Any) -> Any:
        while isinstance(value, str) and value in self.aliases:
            value = self.aliases[value]
        return value

    def _local(self, table: Table, codec: _Codec, ids: Sequence[str]) -> dict[str, Row]:
        found: dict[str, Row] = {}
        columns = _selected(table, codec.names)
        for chunk in _chunks(list(ids)):
            for row in self.connection.execute(select(*columns).where(table.c.id.in_([uuid.UUID(i) for i in chunk]))):
                encoded = codec.encode(row)
                found[encoded["id"]] = encoded
        return found

    def _check_parents(self, table: Table, codec: _Codec, rows: list[Row]) -> None:
        for fk in table.foreign_keys:
            name, parent = fk.parent.name, fk.column.table
            wanted = sorted({r[name] for r in rows if r.get(name) is not None})
            present: set[str] = set()
            for chunk in _chunks(wanted):
                present |= {v.hex for (v,) in self.connection.execute(
                    select(parent.c.id).where(parent.c.id.in_([uuid.UUID(i) for i in chunk])))}
            if set(wanted) - present:
                raise ValidationError(
                    f"These changes refer to {len(set(wanted) - present)} {parent.name.replace('_', ' ')} this "
                    "store does not hold (they came in an earlier exchange it never received). Import the "
                    "earlier bundle first, or ask for a full export (without --since-last). Nothing was changed.")

    def _natural_index(self, table: Table, rows: list[Row]) -> dict[tuple[str, tuple[Any, ...]], str]:
        """The local ids by natural key, of the rows sharing a key with one of ``rows`` (all of the
        table's when ``rows`` are many: one scan is then cheaper than many lookups)."""
        index: dict[tuple[str, tuple[Any, ...]], str] = {}
        codec = _Codec(table)
        for key in _natural_keys(table):
            columns = [table.c.id, *[table.c[n] for n in key]]
            queries = [select(*columns)]
            if len(rows) <= 5 * CHUNK:
                decode = [codec.decoders[n] for n in key]
                values = sorted({tuple(d(r.get(n)) if d is not None and r.get(n) is not None else r.get(n)
                                       for n, d in zip(key, decode, strict=True)) for r in rows}, key=repr)
                target = tuple_(*[table.c[n] for n in key]) if len(key) > 1 else table.c[key[0]]
                queries = [select(*columns).where(target.in_([v if len(key) > 1 else v[0] for v in chunk]))
                           for chunk in _chunks(values)]
            for query in queries:
                for row in self.connection.execute(query):
                    encoded = codec.encode(row, ("id", *key))
                    index[("|".join(key), tuple(encoded[n] for n in key))] = encoded["id"]
        return index

    def _table(self, table: Table, incoming: list[Row]) -> None:
        codec = _Codec(table)
        fk_names = [fk.parent.name for fk in table.foreign_keys]
        rows: list[Row] = []
        for raw in incoming:
            row = {k: v for k, v in raw.items() if k in codec.decoders and k not in NOT_SENT}
            row["id"] = self._resolve(row["id"])
            for name in fk_names:
                row[name] = self._resolve(row.get(name))
            rows.append(row)
        self._check_parents(table, codec, rows)
        local = self._local(table, codec, [r["id"] for r in rows])
        natural: dict[tuple[str, tuple[Any, ...]], str] | None = None
        keys = _natural_keys(table)
        inserts: list[Row] = []
        updates: list[Row] = []
        missing = [row for row in rows if row["id"] not in local]
        for row in rows:
            mine = local.get(row["id"])
            if mine is None:
                if natural is None:
                    natural = self._natural_index(table, missing)
                twin = None
                for key in keys:
                    twin = natural.get(("|".join(key), tuple(row.get(n) for n in key)))
                    if twin is not None:
                        break
                if twin is None:
                    inserts.append(row)
                    self.counts.added += 1
                    if table.name == orm.Member.__tablename__:
                        self.counts.added_ids.setdefault(table.name, []).append(uuid.UUID(row["id"]))
                    continue
                self._twins(table, codec, row, self._local(table, codec, [twin])[twin])
                continue
            merged = merge_rows(table, mine, row)
            if _content(merged) == _content(mine):
                self.counts.unchanged += 1
                continue
            if any(tuple(mine.get(n) for n in k) != tuple(merged.get(n) for n in k) for k in keys):
                other = self._holder(table, codec, merged)
                if other is not None:  # it moved onto a key another row holds here (a member merge)
                    self._collide(table, codec, merged, other)
                    continue
            self._note_conflicts(table, mine, merged)
            updates.append(merged)
            self.counts.updated += 1
        self._write(table, codec, inserts, updates)

    def _holder(self, table: Table, codec: _Codec, row: Row) -> Row | None:
        """Another local row holding one of ``row``'s natural keys, if any."""
        index = self._natural_index(table, [row])
        for key in _natural_keys(table):
            found = index.get(("|".join(key), tuple(row.get(n) for n in key)))
            if found is not None and found != row["id"]:
                return self._local(table, codec, [found])[found]
        return None

    def _collide(self, table: Table, codec: _Codec, moved: Row, other: Row) -> None:
        """Two rows now share a natural key: one stays (the smaller id, the merged content), as in ``_twins``."""
        if _referrers(table):
            raise ValidationError(f"Two rows of {table.name} could not be merged. Nothing was changed.")
        final = merge_rows(table, other, moved)
        keep, drop = sorted((other["id"], moved["id"]))
        final["id"] = keep
        self.connection.execute(delete(table).where(table.c.id == uuid.UUID(drop)))
        self._note_conflicts(table, other if keep == other["id"] else moved, final)
        self._write(table, codec, [], [final])
        self._alias(table, drop, keep)
        self.counts.updated += 1

    def _write(self, table: Table, codec: _Codec, inserts: list[Row], updates: list[Row]) -> None:
        if sync_clock.versioned_columns(table):
            for row in inserts:
                self._note_conflicts(table, {}, row)
        for chunk in _chunks(inserts, 5_000):
            self.connection.execute(table.insert(), [{**codec.decode(r), "changed_hlc": self.stamp} for r in chunk])
        for row in updates:
            values = {k: v for k, v in codec.decode(row).items() if k != "id"}
            self.connection.execute(update(table).where(table.c.id == uuid.UUID(row["id"]))
                                    .values(**values, changed_hlc=self.stamp))

    def _twins(self, table: Table, codec: _Codec, remote: Row, mine: Row) -> None:
        """The same row made on two laptops: one id is kept (the smaller), with the merged content."""
        merged = merge_rows(table, mine, remote)
        keep, drop = sorted((mine["id"], remote["id"]))
        merged["id"] = keep
        self._note_conflicts(table, mine, merged)
        if keep == mine["id"]:
            if _content(merged) != _content(mine):
                self._write(table, codec, [], [merged])
                self.counts.updated += 1
            else:
                self.counts.unchanged += 1
        else:
            self._replace(table, codec, mine, merged)
            self.counts.updated += 1
        self._alias(table, drop, keep)

    def _replace(self, table: Table, codec: _Codec, old: Row, new: Row) -> None:
        old_id, new_id_ = uuid.UUID(old["id"]), uuid.UUID(new["id"])
        referrers = _referrers(table)
        if referrers:
            # Free the natural key first (a placeholder in its text columns), so both rows exist
            # while what refers to the old one moves to the new one.
            free = {n: old_id.hex for key in _natural_keys(table) for n in key
                    if table.c[n].type.python_type is str}
            if not free:
                raise ValidationError(f"Two rows of {table.name} could not be merged. Nothing was changed.")
            self.connection.execute(update(table).where(table.c.id == old_id).values(**free))
            self.connection.execute(table.insert(), [{**codec.decode(new), "changed_hlc": self.stamp}])
            for child, column in referrers:
                self.connection.execute(update(child).where(child.c[column] == old_id).values(**{column: new_id_}))
            self.connection.execute(delete(table).where(table.c.id == old_id))
        else:
            self.connection.execute(delete(table).where(table.c.id == old_id))
            self.connection.execute(table.insert(), [{**codec.decode(new), "changed_hlc": self.stamp}])

    def _alias(self, table: Table, alias: str, kept: str) -> None:
        now = utc_now()
        for other, target in list(self.aliases.items()):
            if target == alias:
                self.aliases[other] = kept
                self.connection.execute(update(_ALIASES).where(_ALIASES.c.alias_id == uuid.UUID(other))
                                        .values(row_id=uuid.UUID(kept), updated_at=now))
        if alias not in self.aliases:
            self.connection.execute(_ALIASES.insert().values(
                id=new_id(), table_name=table.name, alias_id=uuid.UUID(alias), row_id=uuid.UUID(kept),
                created_at=now, updated_at=now, deleted_at=None))
        self.aliases[alias] = kept

    def _note_conflicts(self, table: Table, before: Row, after: Row) -> None:
        new = set(_conflicted(table, after)) - set(_conflicted(table, before)) if before else set(
            _conflicted(table, after))
        row_id = uuid.UUID(after["id"])
        now = utc_now()
        settled = set(_conflicted(table, before)) - set(_conflicted(table, after)) if before else set()
        if settled:  # an edit that saw both versions came in
            self.connection.execute(update(_CONFLICTS).where(
                _CONFLICTS.c.table_name == table.name, _CONFLICTS.c.row_id == row_id,
                _CONFLICTS.c.column_name.in_(sorted(settled)), _CONFLICTS.c.settled_at.is_(None))
                .values(settled_at=now, updated_at=now))
        if not new:
            return
        self.counts.conflicts += 1
        for column in sorted(new):
            existing = self.connection.execute(select(_CONFLICTS.c.id).where(and_(
                _CONFLICTS.c.table_name == table.name, _CONFLICTS.c.row_id == row_id,
                _CONFLICTS.c.column_name == column))).first()
            if existing is None:
                self.connection.execute(_CONFLICTS.insert().values(
                    id=new_id(), table_name=table.name, row_id=row_id, column_name=column, detected_at=now,
                    settled_at=None, created_at=now, updated_at=now, deleted_at=None))
            else:
                self.connection.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == existing[0])
                                        .values(settled_at=None, detected_at=now, updated_at=now))


def apply_changes(s: Session | Connection, changes: Changes, progress: Progress | None = None) -> ApplyCounts:
    """Merge another store's rows into this one (inside the caller's transaction). ``progress`` is
    called before the first table and after each table or chunk of rows; whatever it raises passes
    through, and the caller's transaction then leaves the store as it was."""
    try:
        return _Applier(_connection(s), changes, progress).run()
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ValidationError("These changes could not be read (they were written by another program, or a "
                              "version of Facilitator that writes them differently). Nothing was changed.",
                              detail=repr(exc)) from exc


def open_conflicts(s: Session | Connection) -> list[tuple[str, uuid.UUID, str]]:
    """The fields a merge left with two versions, not yet settled: (table, row id, column)."""
    rows = _connection(s).execute(select(_CONFLICTS.c.table_name, _CONFLICTS.c.row_id, _CONFLICTS.c.column_name)
                                  .where(_CONFLICTS.c.settled_at.is_(None))
                                  .order_by(_CONFLICTS.c.detected_at))
    return [(t, r, c) for t, r, c in rows]


def live_member_names(s: Session | Connection, ids: Iterable[uuid.UUID] | None = None
                      ) -> list[tuple[uuid.UUID, str, str]]:
    """(id, preferred name, full name) of live, not erased members (of ``ids``, when given)."""
    table = orm.Member.__table__
    query = select(table.c.id, table.c.preferred_name, table.c.full_name).where(
        table.c.deleted_at.is_(None), table.c.erased_at.is_(None))
    if ids is not None:
        query = query.where(table.c.id.in_(list(ids)))
    return [(i, p, f) for i, p, f in _connection(s).execute(query)]


@dataclass(frozen=True)
class ConflictPlace:
    """An open conflict and where it is: for a session note, the session's date and group."""

    table_name: str
    row_id: uuid.UUID
    column: str
    meeting_id: uuid.UUID | None = None
    meeting_date: date | None = None
    group_name: str | None = None


def conflict_places(s: Session | Connection) -> list[ConflictPlace]:
    """The open conflicts (as ``open_conflicts``), each with the session it belongs to where known."""
    connection = _connection(s)
    notes, meetings, groups = orm.SessionNote.__table__, orm.Meeting.__table__, orm.Group.__table__
    query = (select(_CONFLICTS.c.table_name, _CONFLICTS.c.row_id, _CONFLICTS.c.column_name,
                    meetings.c.id, meetings.c.date, groups.c.name)
             .select_from(_CONFLICTS.outerjoin(notes, and_(_CONFLICTS.c.table_name == orm.SessionNote.__tablename__,
                                                           _CONFLICTS.c.row_id == notes.c.id))
                          .outerjoin(meetings, meetings.c.id == notes.c.meeting_id)
                          .outerjoin(groups, groups.c.id == meetings.c.group_id))
             .where(_CONFLICTS.c.settled_at.is_(None))
             .order_by(_CONFLICTS.c.detected_at, meetings.c.date, _CONFLICTS.c.column_name))
    return [ConflictPlace(t, r, c, m, d, g) for t, r, c, m, d, g in connection.execute(query)]
