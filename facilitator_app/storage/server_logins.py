"""Who sees what on an organisation's server: logins, groups, and PostgreSQL row-level security.

A laptop's store has one user and none of this. On a server (``--db postgresql://...``) each person
signs in with a login of their own (made by the server's administrator, ``createuser --pwprompt``),
and the store decides what each login sees:

- the **owner** of the store's tables (the login that set the store up and runs its upgrades) and
  superusers see and do everything: PostgreSQL lets a table's owner past its row-level security
  (the policies are enabled, not forced), so upgrades, backups and these commands see every row;
- a **coordinator** (a row in ``server_coordinators``) sees every group;
- a **facilitator** (a login with table privileges and rows in ``server_group_logins``) sees the
  groups mapped to it and what hangs off them: their sessions and skipped dates, the memberships
  in them, the attendance, check-ins, notes and handouts given at those sessions, and the members
  who are (or were) in those groups or came to those sessions. A member a facilitator has just
  added (a walk-in, before the membership row arrives; or a member put in no group yet) stays
  visible to that facilitator while the member is in no group and at no session anywhere
  (``server_new_members``, filled by a trigger before the row is written, so ``INSERT ... RETURNING``
  and the next ``SELECT`` both find it).
- a facilitator may start a new group: a trigger maps it to them before the row is written. Both
  triggers act only for an id not in the table yet, so ``INSERT ... ON CONFLICT`` with a known id
  never claims someone else's group or member; and a member a facilitator links to a group or a
  session (membership, attendance, check-in) must be one it already sees.

Nothing here is cluster-wide: no roles are created (a database owner may not create roles, and two
databases on one server share nothing), privileges are granted to each login on this database's
tables only (``grant_statements``), and the mapping tables live in the database. Identity is
``session_user`` (the login that connected), read inside ``SECURITY DEFINER`` functions so a
facilitator needs no privilege on the mapping tables at all; an administrator looks at the store
as a login would with ``SET SESSION AUTHORIZATION name``.

Note search goes through ``facilitator_matching_notes``, which searches as the owner and keeps the
notes the login sees: under a policy PostgreSQL will not use the notes' search index (the search
condition is not proven leak-free), and a coordinator's search would read every note. Erasing a
member and retention reach every group, so the services refuse them to a login that does not see
every group (``sees_every_group``).

The shared library (handouts, handout files, instruments), the audit trail, settings and the sync
bookkeeping are not per group: every login with access reads and writes them (the audit trail and
the sync tables hold counts and ids, never a member's details).

``CREATE_STATEMENTS`` build all of it on PostgreSQL (``schema.create_schema`` for a new store);
migration ``0005_server_logins`` holds a frozen copy for older stores, and a test checks the two
are the same. They MUST NEVER CHANGE once released: a later change is a new migration. A later
migration that adds a table must also grant it to every login listed here (``listed_logins``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from facilitator_app.storage.sync_clock import SELF as SELF_PEER

COORDINATORS = "server_coordinators"
GROUP_LOGINS = "server_group_logins"
NEW_MEMBERS = "server_new_members"
TABLES: tuple[str, ...] = (COORDINATORS, GROUP_LOGINS, NEW_MEMBERS)

# The tables a group's facilitator sees only in part: which rows it sees (a set worked out once per
# statement), and what a row it writes must hold (checked row by row with index lookups: a write
# touches few rows). A member it links to a group or session must be one it sees, so a member's id
# learnt elsewhere never opens their record.
_SEES_MEMBER = "facilitator_sees_member(member_id)"
GROUP_SCOPED: tuple[tuple[str, str, str], ...] = (
    ("groups", "id IN (SELECT facilitator_group_ids())", "id IN (SELECT facilitator_group_ids())"),
    ("group_skipped_dates", "group_id IN (SELECT facilitator_group_ids())",
     "group_id IN (SELECT facilitator_group_ids())"),
    ("memberships", "group_id IN (SELECT facilitator_group_ids())",
     f"group_id IN (SELECT facilitator_group_ids()) AND {_SEES_MEMBER}"),
    ("meetings", "group_id IN (SELECT facilitator_group_ids())", "group_id IN (SELECT facilitator_group_ids())"),
    ("attendance", "meeting_id IN (SELECT facilitator_meeting_ids())",
     f"facilitator_sees_meeting(meeting_id) AND {_SEES_MEMBER}"),
    ("checkins", "meeting_id IN (SELECT facilitator_meeting_ids())",
     f"facilitator_sees_meeting(meeting_id) AND {_SEES_MEMBER}"),
    ("session_notes", "meeting_id IN (SELECT facilitator_meeting_ids())", "facilitator_sees_meeting(meeting_id)"),
    ("meeting_handouts", "meeting_id IN (SELECT facilitator_meeting_ids())", "facilitator_sees_meeting(meeting_id)"),
    ("members", "id IN (SELECT facilitator_member_ids())", "facilitator_sees_member(id)"),
)
POLICY = "facilitator_access"

_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
# The notes' search document exactly as their index (storage/fts.py, PG_DOCUMENT) is built on it,
# written out here so these statements stay as released whatever happens to fts.py.
_NOTE_DOCUMENT = ("to_tsvector('facilitator_search'::regconfig, n.themes || ' ' || n.strategies || ' ' || "
                  "n.follow_ups || ' ' || n.safety_concerns || ' ' || n.free_text)")
MATCHING_NOTES = "facilitator_matching_notes"

CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE TABLE {COORDINATORS} (login name NOT NULL, granted_at timestamp NOT NULL DEFAULT "
    f"(now() AT TIME ZONE 'utc'), CONSTRAINT pk_{COORDINATORS} PRIMARY KEY (login))",
    f"CREATE TABLE {GROUP_LOGINS} (login name NOT NULL, group_id uuid NOT NULL, granted_at timestamp NOT NULL "
    f"DEFAULT (now() AT TIME ZONE 'utc'), CONSTRAINT pk_{GROUP_LOGINS} PRIMARY KEY (login, group_id), "
    f"CONSTRAINT fk_{GROUP_LOGINS}_group_id_groups FOREIGN KEY (group_id) REFERENCES groups (id) "
    "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)",
    f"CREATE INDEX ix_{GROUP_LOGINS}_group_id ON {GROUP_LOGINS} (group_id)",
    f"CREATE TABLE {NEW_MEMBERS} (member_id uuid NOT NULL, login name NOT NULL, "
    f"CONSTRAINT pk_{NEW_MEMBERS} PRIMARY KEY (member_id), "
    f"CONSTRAINT fk_{NEW_MEMBERS}_member_id_members FOREIGN KEY (member_id) REFERENCES members (id) "
    "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)",
    f"CREATE INDEX ix_{NEW_MEMBERS}_login ON {NEW_MEMBERS} (login)",
    f"REVOKE ALL ON {COORDINATORS}, {GROUP_LOGINS}, {NEW_MEMBERS} FROM PUBLIC",
    # Whether the login sees every group: a coordinator, the tables' owner (or a member of its
    # role), a superuser or a role that bypasses row-level security.
    "CREATE FUNCTION facilitator_sees_all() RETURNS boolean LANGUAGE sql STABLE "
    f"{_DEFINER} AS $$ SELECT EXISTS (SELECT 1 FROM {COORDINATORS} c WHERE c.login = session_user) "
    "OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND (r.rolsuper OR r.rolbypassrls)) "
    "OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.groups'::regclass), "
    "'USAGE') $$",
    # VOLATILE: a check on a row being inserted must see what the BEFORE trigger just wrote.
    "CREATE FUNCTION facilitator_group_ids() RETURNS SETOF uuid LANGUAGE sql VOLATILE "
    f"{_DEFINER} AS $$ SELECT g.group_id FROM {GROUP_LOGINS} g WHERE g.login = session_user $$",
    "CREATE FUNCTION facilitator_meeting_ids() RETURNS SETOF uuid LANGUAGE sql STABLE "
    f"{_DEFINER} AS $$ SELECT m.id FROM meetings m JOIN {GROUP_LOGINS} g ON g.group_id = m.group_id "
    "WHERE g.login = session_user $$",
    "CREATE FUNCTION facilitator_member_ids() RETURNS SETOF uuid LANGUAGE sql VOLATILE "
    f"{_DEFINER} AS $$ "
    f"SELECT ms.member_id FROM memberships ms JOIN {GROUP_LOGINS} g ON g.group_id = ms.group_id "
    "WHERE g.login = session_user "
    "UNION SELECT a.member_id FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
    f"JOIN {GROUP_LOGINS} g ON g.group_id = m.group_id WHERE g.login = session_user "
    "UNION SELECT c.member_id FROM checkins c JOIN meetings m ON m.id = c.meeting_id "
    f"JOIN {GROUP_LOGINS} g ON g.group_id = m.group_id WHERE g.login = session_user "
    f"UNION SELECT n.member_id FROM {NEW_MEMBERS} n WHERE n.login = session_user "
    "AND NOT EXISTS (SELECT 1 FROM memberships x WHERE x.member_id = n.member_id) "
    "AND NOT EXISTS (SELECT 1 FROM attendance x WHERE x.member_id = n.member_id) "
    "AND NOT EXISTS (SELECT 1 FROM checkins x WHERE x.member_id = n.member_id) $$",
    # One row's checks, by index lookups (the sets above are worked out in full).
    "CREATE FUNCTION facilitator_sees_meeting(meeting uuid) RETURNS boolean LANGUAGE sql STABLE "
    f"{_DEFINER} AS $$ SELECT EXISTS (SELECT 1 FROM meetings m JOIN {GROUP_LOGINS} g ON g.group_id = m.group_id "
    "WHERE m.id = meeting AND g.login = session_user) $$",
    # VOLATILE, like the sets: a walk-in's row is checked as it is inserted.
    "CREATE FUNCTION facilitator_sees_member(member uuid) RETURNS boolean LANGUAGE sql VOLATILE "
    f"{_DEFINER} AS $$ SELECT EXISTS (SELECT 1 FROM memberships ms JOIN {GROUP_LOGINS} g "
    "ON g.group_id = ms.group_id WHERE ms.member_id = member AND g.login = session_user) "
    "OR EXISTS (SELECT 1 FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
    f"JOIN {GROUP_LOGINS} g ON g.group_id = m.group_id WHERE a.member_id = member AND g.login = session_user) "
    "OR EXISTS (SELECT 1 FROM checkins c JOIN meetings m ON m.id = c.meeting_id "
    f"JOIN {GROUP_LOGINS} g ON g.group_id = m.group_id WHERE c.member_id = member AND g.login = session_user) "
    f"OR EXISTS (SELECT 1 FROM {NEW_MEMBERS} n WHERE n.member_id = member AND n.login = session_user "
    "AND NOT EXISTS (SELECT 1 FROM memberships x WHERE x.member_id = member) "
    "AND NOT EXISTS (SELECT 1 FROM attendance x WHERE x.member_id = member) "
    "AND NOT EXISTS (SELECT 1 FROM checkins x WHERE x.member_id = member)) $$",
    # The notes' search index is used only where row-level security does not stand in front of it
    # (PostgreSQL applies a policy before a search condition it cannot prove leaks nothing, so a
    # coordinator's search would read every note): the search asks this function, which searches as
    # the owner and keeps the notes the login sees.
    "CREATE FUNCTION facilitator_matching_notes(query tsquery) RETURNS SETOF uuid LANGUAGE sql STABLE "
    f"{_DEFINER} AS $$ SELECT n.id FROM session_notes n WHERE {_NOTE_DOCUMENT} @@ query "
    "AND ((SELECT facilitator_sees_all()) OR n.meeting_id IN (SELECT facilitator_meeting_ids())) $$",
    "CREATE FUNCTION facilitator_map_new_group() RETURNS trigger LANGUAGE plpgsql "
    f"{_DEFINER} AS $$ BEGIN IF NOT facilitator_sees_all() AND NOT EXISTS (SELECT 1 FROM groups WHERE id = NEW.id) "
    f"THEN INSERT INTO {GROUP_LOGINS} (login, group_id) VALUES (session_user, NEW.id) ON CONFLICT DO NOTHING; "
    "END IF; RETURN NEW; END $$",
    "CREATE FUNCTION facilitator_note_new_member() RETURNS trigger LANGUAGE plpgsql "
    f"{_DEFINER} AS $$ BEGIN IF NOT facilitator_sees_all() AND NOT EXISTS (SELECT 1 FROM members WHERE id = NEW.id) "
    f"THEN INSERT INTO {NEW_MEMBERS} (member_id, login) VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING; "
    "END IF; RETURN NEW; END $$",
    "CREATE TRIGGER groups_map_new_group BEFORE INSERT ON groups FOR EACH ROW "
    "EXECUTE FUNCTION facilitator_map_new_group()",
    "CREATE TRIGGER members_note_new_member BEFORE INSERT ON members FOR EACH ROW "
    "EXECUTE FUNCTION facilitator_note_new_member()",
    *(statement for table, visible, written in GROUP_SCOPED for statement in (
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        # The scalar subquery runs once per statement, not once per row.
        f"CREATE POLICY {POLICY} ON {table} USING ((SELECT facilitator_sees_all()) OR {visible}) "
        f"WITH CHECK ((SELECT facilitator_sees_all()) OR ({written}))",
    )),
)

DROP_STATEMENTS: tuple[str, ...] = (
    *(statement for table, _, _ in reversed(GROUP_SCOPED) for statement in (
        f"DROP POLICY IF EXISTS {POLICY} ON {table}",
        f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
    )),
    "DROP TRIGGER IF EXISTS members_note_new_member ON members",
    "DROP TRIGGER IF EXISTS groups_map_new_group ON groups",
    "DROP FUNCTION IF EXISTS facilitator_note_new_member()",
    "DROP FUNCTION IF EXISTS facilitator_map_new_group()",
    "DROP FUNCTION IF EXISTS facilitator_matching_notes(tsquery)",
    "DROP FUNCTION IF EXISTS facilitator_sees_member(uuid)",
    "DROP FUNCTION IF EXISTS facilitator_sees_meeting(uuid)",
    "DROP FUNCTION IF EXISTS facilitator_member_ids()",
    "DROP FUNCTION IF EXISTS facilitator_meeting_ids()",
    "DROP FUNCTION IF EXISTS facilitator_group_ids()",
    "DROP FUNCTION IF EXISTS facilitator_sees_all()",
    f"DROP TABLE IF EXISTS {NEW_MEMBERS}",
    f"DROP TABLE IF EXISTS {GROUP_LOGINS}",
    f"DROP TABLE IF EXISTS {COORDINATORS}",
)


def create_statements(dialect: str) -> tuple[str, ...]:
    """What builds the logins' rules on this SQLAlchemy dialect: nothing on a laptop's SQLite file."""
    return CREATE_STATEMENTS if dialect == "postgresql" else ()


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: these tables are made by hand, on the server only, not from the models."""
    if type_ == "table":
        return name not in TABLES
    if type_ in ("index", "foreign_key_constraint", "unique_constraint", "column"):
        table = getattr(getattr(obj, "table", None), "name", None)
        return table not in TABLES
    return True


# -- what the commands for the store's administrator run -----------------------------------------

@dataclass(frozen=True)
class LoginAccess:
    """What one login may see: every group (a coordinator), or the groups named."""

    login: str
    coordinator: bool
    group_ids: tuple[Any, ...]


def _quoted(connection: Connection, login: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(login)


def login_kind(connection: Connection, login: str) -> str | None:
    """"login", "role" (a role that cannot log in), "owner" (sees everything already), or None."""
    row = connection.execute(text(
        "SELECT r.rolcanlogin, r.rolsuper OR r.rolbypassrls OR pg_has_role(r.oid, "
        "(SELECT relowner FROM pg_class WHERE oid = 'public.groups'::regclass), 'USAGE') "
        "FROM pg_roles r WHERE r.rolname = :login"), {"login": login}).first()
    if row is None:
        return None
    if row[1]:
        return "owner"
    return "login" if row[0] else "role"


def may_manage(connection: Connection) -> bool:
    """Whether this connection's login owns the store's tables (or is a superuser)."""
    return bool(connection.execute(text(
        "SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'public.groups'::regclass), "
        "'USAGE') OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")).scalar())


def sees_every_group(connection: Connection) -> bool:
    """Whether this connection's login sees every group (owner, superuser or coordinator); always
    true on a laptop's store, which has no logins."""
    if connection.dialect.name != "postgresql":
        return True
    return bool(connection.execute(text("SELECT facilitator_sees_all()")).scalar())


def current_login(connection: Connection) -> str:
    return str(connection.execute(text("SELECT session_user")).scalar())


def store_tables(connection: Connection) -> list[str]:
    """The store's own tables (every table in the public schema but the logins' tables)."""
    names = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
    return sorted(n for n in names if n not in TABLES)


# Tables a login may only read, or only add to: the schema's revision, and the audit trail (its
# events are appended, never changed: only the owner could rewrite them, and verify would show it).
READ_ONLY_TABLES = ("alembic_version",)
APPEND_ONLY_TABLES = ("audit_events",)


def grant_statements(connection: Connection, login: str) -> list[str]:
    """What lets ``login`` connect and use the store's tables; the policies decide which rows."""
    who = _quoted(connection, login)
    tables = [t for t in store_tables(connection) if t not in READ_ONLY_TABLES + APPEND_ONLY_TABLES]
    database = _quoted(connection, str(connection.execute(text("SELECT current_database()")).scalar()))
    return [f"GRANT CONNECT ON DATABASE {database} TO {who}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(tables)} TO {who}",
            f"GRANT SELECT, INSERT ON {', '.join(APPEND_ONLY_TABLES)} TO {who}",
            f"GRANT SELECT ON {', '.join(READ_ONLY_TABLES)} TO {who}"]


def grant_tables(connection: Connection, login: str) -> None:
    for statement in grant_statements(connection, login):
        connection.exec_driver_sql(statement)


def revoke_tables(connection: Connection, login: str) -> None:
    """Take back what ``grant_tables`` gave (the database's CONNECT too, if it was granted to the login)."""
    who = _quoted(connection, login)
    connection.exec_driver_sql(f"REVOKE ALL ON {', '.join(store_tables(connection))} FROM {who}")
    database = _quoted(connection, str(connection.execute(text("SELECT current_database()")).scalar()))
    connection.exec_driver_sql(f"REVOKE CONNECT ON DATABASE {database} FROM {who}")


def add_coordinator(connection: Connection, login: str) -> bool:
    """Make ``login`` a coordinator; False when it was one already."""
    done = connection.execute(text(f"INSERT INTO {COORDINATORS} (login) VALUES (:login) ON CONFLICT DO NOTHING"),
                              {"login": login})
    return bool(done.rowcount)


def remove_coordinator(connection: Connection, login: str) -> bool:
    done = connection.execute(text(f"DELETE FROM {COORDINATORS} WHERE login = :login"), {"login": login})
    return bool(done.rowcount)


def send_everything_next_time(connection: Connection) -> None:
    """Forget what this store has sent to each laptop, so each one's next sync sends all it may see.

    A login given more groups now sees rows older than its laptop's last sync, which a sync that
    sends only what changed since then would never send. Which laptop is whose is not recorded, so
    every laptop gets one full sync (taking in a row it already has changes nothing)."""
    connection.execute(text("UPDATE sync_state SET sent_until = NULL WHERE peer <> :self"), {"self": SELF_PEER})


def add_group(connection: Connection, login: str, group_id: Any) -> bool:
    """Give ``login`` the group; False when it had it already."""
    done = connection.execute(text(f"INSERT INTO {GROUP_LOGINS} (login, group_id) VALUES (:login, :group) "
                                   "ON CONFLICT DO NOTHING"), {"login": login, "group": group_id})
    return bool(done.rowcount)


def remove_groups(connection: Connection, login: str, group_id: Any | None = None) -> int:
    """Take one group (or, with ``group_id`` None, every group) from ``login``; how many went."""
    if group_id is None:
        done = connection.execute(text(f"DELETE FROM {GROUP_LOGINS} WHERE login = :login"), {"login": login})
    else:
        done = connection.execute(text(f"DELETE FROM {GROUP_LOGINS} WHERE login = :login AND group_id = :group"),
                                  {"login": login, "group": group_id})
    return int(done.rowcount or 0)


def forget_new_members(connection: Connection, login: str) -> None:
    connection.execute(text(f"DELETE FROM {NEW_MEMBERS} WHERE login = :login"), {"login": login})


def listed_logins(connection: Connection) -> list[LoginAccess]:
    """Every login with access to the store's tables or a row here, by name (the owner left out)."""
    granted = set(connection.execute(text(
        "SELECT a.grantee::regrole::text FROM pg_class c, aclexplode(c.relacl) a "
        "WHERE c.oid = 'public.groups'::regclass AND a.privilege_type = 'SELECT' AND a.grantee <> 0 "
        "AND a.grantee <> c.relowner")).scalars())
    coordinators = set(connection.execute(text(f"SELECT login FROM {COORDINATORS}")).scalars())
    groups: dict[str, list[Any]] = {}
    for login, group_id in connection.execute(text(f"SELECT login, group_id FROM {GROUP_LOGINS}")):
        groups.setdefault(str(login), []).append(group_id)
    names = {_unquoted(n) for n in granted} | {str(n) for n in coordinators} | set(groups)
    return [LoginAccess(name, name in coordinators, tuple(groups.get(name, ()))) for name in sorted(names)]


def has_tables(connection: Connection, login: str) -> bool:
    """Whether ``login`` may read the store's tables (``grant_tables`` was run for it)."""
    return bool(connection.execute(text("SELECT has_table_privilege(:login, 'public.groups', 'SELECT')"),
                                   {"login": login}).scalar())


def _unquoted(name: str) -> str:
    # regrole's text is a quoted identifier when the name needs it ("Ana Lopez").
    return name[1:-1].replace('""', '"') if len(name) >= 2 and name[0] == name[-1] == '"' else name
