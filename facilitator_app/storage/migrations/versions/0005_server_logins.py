"""Who sees what on an organisation's server: logins' groups and PostgreSQL row-level security.

On PostgreSQL: the tables ``server_coordinators``, ``server_group_logins`` and ``server_new_members``,
the functions the policies call, two triggers (a facilitator's new group is theirs; a member they
have just added stays visible to them until it is in a group or at a session), and row-level
security with one policy on each group-scoped table (storage/server_logins.py explains the rules).
No roles are created: nothing cluster-wide, and a database owner may run it. On a laptop's SQLite
file it does nothing. The statements are frozen here (like 0002's index): storage/server_logins.py
holds the live copy, and a test checks the two are the same.

Revision ID: 0005_server_logins
Revises: 0004_sync
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = '0005_server_logins'
down_revision = '0004_sync'
branch_labels = None
depends_on = None

CREATE_STATEMENTS = (
    'CREATE TABLE server_coordinators (login name NOT NULL, granted_at timestamp NOT NULL DEFAULT '
    "(now() AT TIME ZONE 'utc'), CONSTRAINT pk_server_coordinators PRIMARY KEY (login))",
    'CREATE TABLE server_group_logins (login name NOT NULL, group_id uuid NOT NULL, granted_at '
    "timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'), CONSTRAINT pk_server_group_logins PRIMARY "
    'KEY (login, group_id), CONSTRAINT fk_server_group_logins_group_id_groups FOREIGN KEY (group_id) '
    'REFERENCES groups (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)',
    'CREATE INDEX ix_server_group_logins_group_id ON server_group_logins (group_id)',
    'CREATE TABLE server_new_members (member_id uuid NOT NULL, login name NOT NULL, CONSTRAINT '
    'pk_server_new_members PRIMARY KEY (member_id), CONSTRAINT '
    'fk_server_new_members_member_id_members FOREIGN KEY (member_id) REFERENCES members (id) ON '
    'DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)',
    'CREATE INDEX ix_server_new_members_login ON server_new_members (login)',
    'REVOKE ALL ON server_coordinators, server_group_logins, server_new_members FROM PUBLIC',
    'CREATE FUNCTION facilitator_sees_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET '
    'search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM server_coordinators c WHERE '
    'c.login = session_user) OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND '
    '(r.rolsuper OR r.rolbypassrls)) OR pg_has_role(session_user, (SELECT relowner FROM pg_class '
    "WHERE oid = 'public.groups'::regclass), 'USAGE') $$",
    'CREATE FUNCTION facilitator_group_ids() RETURNS SETOF uuid LANGUAGE sql VOLATILE SECURITY '
    'DEFINER SET search_path = public, pg_temp AS $$ SELECT g.group_id FROM server_group_logins g '
    'WHERE g.login = session_user $$',
    'CREATE FUNCTION facilitator_meeting_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY '
    'DEFINER SET search_path = public, pg_temp AS $$ SELECT m.id FROM meetings m JOIN '
    'server_group_logins g ON g.group_id = m.group_id WHERE g.login = session_user $$',
    'CREATE FUNCTION facilitator_member_ids() RETURNS SETOF uuid LANGUAGE sql VOLATILE SECURITY '
    'DEFINER SET search_path = public, pg_temp AS $$ SELECT ms.member_id FROM memberships ms JOIN '
    'server_group_logins g ON g.group_id = ms.group_id WHERE g.login = session_user UNION SELECT '
    'a.member_id FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN server_group_logins g '
    'ON g.group_id = m.group_id WHERE g.login = session_user UNION SELECT c.member_id FROM checkins c '
    'JOIN meetings m ON m.id = c.meeting_id JOIN server_group_logins g ON g.group_id = m.group_id '
    'WHERE g.login = session_user UNION SELECT n.member_id FROM server_new_members n WHERE n.login = '
    'session_user AND NOT EXISTS (SELECT 1 FROM memberships x WHERE x.member_id = n.member_id) AND '
    'NOT EXISTS (SELECT 1 FROM attendance x WHERE x.member_id = n.member_id) AND NOT EXISTS (SELECT 1 '
    'FROM checkins x WHERE x.member_id = n.member_id) $$',
    'CREATE FUNCTION facilitator_sees_meeting(meeting uuid) RETURNS boolean LANGUAGE sql STABLE '
    'SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM meetings m '
    'JOIN server_group_logins g ON g.group_id = m.group_id WHERE m.id = meeting AND g.login = '
    'session_user) $$',
    'CREATE FUNCTION facilitator_sees_member(member uuid) RETURNS boolean LANGUAGE sql VOLATILE '
    'SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM '
    'memberships ms JOIN server_group_logins g ON g.group_id = ms.group_id WHERE ms.member_id = '
    'member AND g.login = session_user) OR EXISTS (SELECT 1 FROM attendance a JOIN meetings m ON m.id '
    '= a.meeting_id JOIN server_group_logins g ON g.group_id = m.group_id WHERE a.member_id = member '
    'AND g.login = session_user) OR EXISTS (SELECT 1 FROM checkins c JOIN meetings m ON m.id = '
    'c.meeting_id JOIN server_group_logins g ON g.group_id = m.group_id WHERE c.member_id = member '
    'AND g.login = session_user) OR EXISTS (SELECT 1 FROM server_new_members n WHERE n.member_id = '
    'member AND n.login = session_user AND NOT EXISTS (SELECT 1 FROM memberships x WHERE x.member_id '
    '= member) AND NOT EXISTS (SELECT 1 FROM attendance x WHERE x.member_id = member) AND NOT EXISTS '
    '(SELECT 1 FROM checkins x WHERE x.member_id = member)) $$',
    'CREATE FUNCTION facilitator_matching_notes(query tsquery) RETURNS SETOF uuid LANGUAGE sql STABLE '
    'SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT n.id FROM session_notes n WHERE '
    "to_tsvector('facilitator_search'::regconfig, n.themes || ' ' || n.strategies || ' ' || "
    "n.follow_ups || ' ' || n.safety_concerns || ' ' || n.free_text) @@ query AND ((SELECT "
    'facilitator_sees_all()) OR n.meeting_id IN (SELECT facilitator_meeting_ids())) $$',
    'CREATE FUNCTION facilitator_map_new_group() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
    'SET search_path = public, pg_temp AS $$ BEGIN IF NOT facilitator_sees_all() AND NOT EXISTS '
    '(SELECT 1 FROM groups WHERE id = NEW.id) THEN INSERT INTO server_group_logins (login, group_id) '
    'VALUES (session_user, NEW.id) ON CONFLICT DO NOTHING; END IF; RETURN NEW; END $$',
    'CREATE FUNCTION facilitator_note_new_member() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER '
    'SET search_path = public, pg_temp AS $$ BEGIN IF NOT facilitator_sees_all() AND NOT EXISTS '
    '(SELECT 1 FROM members WHERE id = NEW.id) THEN INSERT INTO server_new_members (member_id, login) '
    'VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING; END IF; RETURN NEW; END $$',
    'CREATE TRIGGER groups_map_new_group BEFORE INSERT ON groups FOR EACH ROW EXECUTE FUNCTION '
    'facilitator_map_new_group()',
    'CREATE TRIGGER members_note_new_member BEFORE INSERT ON members FOR EACH ROW EXECUTE FUNCTION '
    'facilitator_note_new_member()',
    'ALTER TABLE groups ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON groups USING ((SELECT facilitator_sees_all()) OR id IN '
    '(SELECT facilitator_group_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR (id IN (SELECT '
    'facilitator_group_ids())))',
    'ALTER TABLE group_skipped_dates ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON group_skipped_dates USING ((SELECT facilitator_sees_all()) '
    'OR group_id IN (SELECT facilitator_group_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR '
    '(group_id IN (SELECT facilitator_group_ids())))',
    'ALTER TABLE memberships ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON memberships USING ((SELECT facilitator_sees_all()) OR '
    'group_id IN (SELECT facilitator_group_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR '
    '(group_id IN (SELECT facilitator_group_ids()) AND facilitator_sees_member(member_id)))',
    'ALTER TABLE meetings ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON meetings USING ((SELECT facilitator_sees_all()) OR group_id '
    'IN (SELECT facilitator_group_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR (group_id IN '
    '(SELECT facilitator_group_ids())))',
    'ALTER TABLE attendance ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON attendance USING ((SELECT facilitator_sees_all()) OR '
    'meeting_id IN (SELECT facilitator_meeting_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR '
    '(facilitator_sees_meeting(meeting_id) AND facilitator_sees_member(member_id)))',
    'ALTER TABLE checkins ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON checkins USING ((SELECT facilitator_sees_all()) OR '
    'meeting_id IN (SELECT facilitator_meeting_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR '
    '(facilitator_sees_meeting(meeting_id) AND facilitator_sees_member(member_id)))',
    'ALTER TABLE session_notes ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON session_notes USING ((SELECT facilitator_sees_all()) OR '
    'meeting_id IN (SELECT facilitator_meeting_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR '
    '(facilitator_sees_meeting(meeting_id)))',
    'ALTER TABLE meeting_handouts ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON meeting_handouts USING ((SELECT facilitator_sees_all()) OR '
    'meeting_id IN (SELECT facilitator_meeting_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR '
    '(facilitator_sees_meeting(meeting_id)))',
    'ALTER TABLE members ENABLE ROW LEVEL SECURITY',
    'CREATE POLICY facilitator_access ON members USING ((SELECT facilitator_sees_all()) OR id IN '
    '(SELECT facilitator_member_ids())) WITH CHECK ((SELECT facilitator_sees_all()) OR '
    '(facilitator_sees_member(id)))',
)
DROP_STATEMENTS = (
    'DROP POLICY IF EXISTS facilitator_access ON members',
    'ALTER TABLE members DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON meeting_handouts',
    'ALTER TABLE meeting_handouts DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON session_notes',
    'ALTER TABLE session_notes DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON checkins',
    'ALTER TABLE checkins DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON attendance',
    'ALTER TABLE attendance DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON meetings',
    'ALTER TABLE meetings DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON memberships',
    'ALTER TABLE memberships DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON group_skipped_dates',
    'ALTER TABLE group_skipped_dates DISABLE ROW LEVEL SECURITY',
    'DROP POLICY IF EXISTS facilitator_access ON groups',
    'ALTER TABLE groups DISABLE ROW LEVEL SECURITY',
    'DROP TRIGGER IF EXISTS members_note_new_member ON members',
    'DROP TRIGGER IF EXISTS groups_map_new_group ON groups',
    'DROP FUNCTION IF EXISTS facilitator_note_new_member()',
    'DROP FUNCTION IF EXISTS facilitator_map_new_group()',
    'DROP FUNCTION IF EXISTS facilitator_matching_notes(tsquery)',
    'DROP FUNCTION IF EXISTS facilitator_sees_member(uuid)',
    'DROP FUNCTION IF EXISTS facilitator_sees_meeting(uuid)',
    'DROP FUNCTION IF EXISTS facilitator_member_ids()',
    'DROP FUNCTION IF EXISTS facilitator_meeting_ids()',
    'DROP FUNCTION IF EXISTS facilitator_group_ids()',
    'DROP FUNCTION IF EXISTS facilitator_sees_all()',
    'DROP TABLE IF EXISTS server_new_members',
    'DROP TABLE IF EXISTS server_group_logins',
    'DROP TABLE IF EXISTS server_coordinators',
)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for statement in CREATE_STATEMENTS:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for statement in DROP_STATEMENTS:
        connection.exec_driver_sql(statement)
