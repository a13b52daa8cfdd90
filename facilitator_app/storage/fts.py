"""The full-text index over session notes (SQLite FTS5), kept in step by triggers.

``notes_fts`` is an external-content index: it stores no copy of the text, only the
index, and reads the text from ``session_notes`` by rowid. Triggers on
``session_notes`` keep it in step with every INSERT, UPDATE and DELETE, whoever makes
them (the app, a bulk load, a plain SQLite tool). The ``unicode61`` tokenizer with
``remove_diacritics 2`` folds case and accents of letters that have a Unicode
decomposition, so "zoe" finds "Zoë" and "nguyen" finds "Nguyễn"; letters without one
(ł, ø) are matched only as written.

``schema.create_schema()`` builds new stores with these statements; migration
``0002_notes_search`` holds a frozen copy for older stores, and a test checks the two are
byte-for-byte the same. They MUST NEVER CHANGE once released: a later change to the index or its triggers is
a new migration with its own statements. Anything that rewrites ``session_notes`` or
may renumber its rowids (a batch migration of that table, VACUUM) drops or outdates
the triggers and the index: recreate the triggers and run ``REBUILD`` afterwards.

On PostgreSQL (``PG_CREATE_STATEMENTS``) the index is a GIN expression index over the notes'
sections as a ``tsvector``, in the text search configuration ``facilitator_search``: the
``simple`` parser and dictionary (no stemming, like unicode61) after the ``unaccent``
dictionary, so accents fold both ways ("Ines" finds "Inês") and ``ts_headline`` marks matches in
the text as written. The server keeps it in step itself (no triggers). The same frozen-copy rule
holds: migration 0002 keeps its own copy.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

FTS_TABLE = "notes_fts"
CONTENT_TABLE = "session_notes"
# The indexed columns, in the index's column order (snippet() and highlight() number them so).
COLUMNS: tuple[str, ...] = ("themes", "strategies", "follow_ups", "safety_concerns", "free_text")

_columns = ", ".join(COLUMNS)
_new = ", ".join(f"new.{c}" for c in COLUMNS)
_old = ", ".join(f"old.{c}" for c in COLUMNS)

CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_columns}, content='{CONTENT_TABLE}', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER session_notes_fts_insert AFTER INSERT ON {CONTENT_TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE} (rowid, {_columns}) VALUES (new.rowid, {_new}); END",
    f"CREATE TRIGGER session_notes_fts_delete AFTER DELETE ON {CONTENT_TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_columns}) VALUES ('delete', old.rowid, {_old}); END",
    f"CREATE TRIGGER session_notes_fts_update AFTER UPDATE ON {CONTENT_TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_columns}) VALUES ('delete', old.rowid, {_old}); "
    f"INSERT INTO {FTS_TABLE} (rowid, {_columns}) VALUES (new.rowid, {_new}); END",
)

# Re-reads every note into the index (after a migration creates it over existing notes).
REBUILD = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')"

# Undoes CREATE_STATEMENTS (the migration's downgrade).
DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS session_notes_fts_update",
    "DROP TRIGGER IF EXISTS session_notes_fts_delete",
    "DROP TRIGGER IF EXISTS session_notes_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

# Checks the index against the notes themselves (rank 1: compare with the content table);
# raises "database disk image is malformed" when they differ.
INTEGRITY_CHECK = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"


# PostgreSQL: what ``PG_CREATE_STATEMENTS`` makes (the search configuration and the index).
PG_CONFIG = "facilitator_search"
PG_INDEX = "ix_session_notes_search"
PG_DOCUMENT = (f"to_tsvector('{PG_CONFIG}'::regconfig, "
               + " || ' ' || ".join(COLUMNS) + ")")
PG_CREATE_STATEMENTS: tuple[str, ...] = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = pg_catalog.simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, simple",
    f"CREATE INDEX {PG_INDEX} ON {CONTENT_TABLE} USING gin ({PG_DOCUMENT})",
)
PG_DROP_STATEMENTS: tuple[str, ...] = (
    f"DROP INDEX IF EXISTS {PG_INDEX}",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}",
)


def create_statements(dialect: str) -> tuple[str, ...]:
    """The statements that build the notes' index on this SQLAlchemy dialect ("sqlite", "postgresql")."""
    return PG_CREATE_STATEMENTS if dialect == "postgresql" else CREATE_STATEMENTS


def tsquery(expression: str) -> str:
    """The PostgreSQL ``to_tsquery`` text for an FTS5 ``expression`` made by ``match_expression``.

    Each quoted word becomes its runs of letters and digits (the parser's tokens), in order
    (``<->``), the words joined by AND (``&``); a trailing ``*`` becomes a prefix match (``:*``).
    Only letters and digits reach the query, so nothing a person types is read as syntax.
    """
    words: list[str] = []
    for quoted, star in re.findall(r'"((?:[^"]|"")*)"(\*?)', expression):
        tokens = re.findall(r"[^\W_]+", quoted.replace('""', '"'))
        if not tokens:
            continue
        if star:
            tokens[-1] += ":*"
        words.append("(" + " <-> ".join(tokens) + ")" if len(tokens) > 1 else tokens[0])
    return " & ".join(words)


def is_fts_table(name: str | None) -> bool:
    """The index and the shadow tables FTS5 makes for it (notes_fts_data, _idx, _docsize, _config)."""
    return bool(name) and (name == FTS_TABLE or str(name).startswith(f"{FTS_TABLE}_"))


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: the FTS tables are made by hand, not from the models, so comparisons skip them."""
    return not ((type_ == "table" and is_fts_table(name)) or (type_ == "index" and name == PG_INDEX))


def match_expression(query: str, *, prefix_last: bool = True) -> str | None:
    """An FTS5 query for what a person typed, or None when there is nothing to search for.

    User text is never passed to MATCH as it is: each word becomes an FTS5 string (in double
    quotes, inner quotes doubled), so quotes, ``*``, ``-``, ``NEAR(``, ``OR`` and ``AND`` are
    searched as words, never read as syntax. Words are joined by FTS5's implicit AND. The last
    word also matches longer words ("slee" finds "sleep") unless the text ends with a space,
    which is what searching as you type needs.
    """
    # Control characters and lone surrogates cannot reach SQLite as text: they become spaces.
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch
                      for ch in unicodedata.normalize("NFC", query))
    # Words with no letter or digit hold no token: as FTS5 strings they would match nothing.
    words = [word for word in cleaned.split() if any(ch.isalnum() for ch in word)]
    if not words:
        return None
    phrases = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix_last and not cleaned[-1].isspace():
        phrases[-1] += "*"
    return " ".join(phrases)
