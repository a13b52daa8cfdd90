"""Server logins see only what they should (row-level security, storage/server_logins.py).

On the real test server: an organisation's administrator (a login that owns the database, not a
superuser) makes the store, then gives ``alex`` one group, ``kim`` the other, and ``sam`` every
group, with ``server grant``. Each of them signs in with their own login (the test server trusts
every login, so no passwords), through the command line and through the services.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from pypdf import PdfReader
from sqlalchemy import select, text, update

from facilitator_app.cli import main
from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.records import MemberDraft, NoteSections
from facilitator_app.errors import AppError, NotFoundError, StorageError, ValidationError
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.groups import GroupDraft
from facilitator_app.storage import migrate, orm, server_logins
from facilitator_app.storage.errors import NOT_GRANTED, NOT_YOUR_GROUP
from facilitator_app.storage.keys_source import ENV_PASSPHRASE
from facilitator_app.storage.schema import REVISIONS
from facilitator_app.storage.server import make_server_engine
from facilitator_app.storage.store import Store, open_store
from tests.helpers.pg_server import PgServer

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

_made = itertools.count(1)


@dataclass
class Org:
    """A store on the server, its administrator, and three logins with what they were given."""

    server: PgServer
    database: str
    admin: str
    alex: str     # facilitator of ``mine``
    kim: str      # facilitator of ``theirs``
    sam: str      # coordinator
    mine: str
    theirs: str

    def url(self, login: str) -> str:
        return self.server.url(self.database, user=login)


def _login(server: PgServer, name: str) -> str:
    with server.admin() as connection:
        connection.execute(f'CREATE ROLE "{name}" LOGIN')
    return name


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, out + err
    return out


@pytest.fixture
def org(pg_server: PgServer, pg_url: str, capsys: pytest.CaptureFixture[str]) -> Org:
    n = f"{os.getpid()}_{next(_made)}"
    database = pg_url.rsplit("/", 1)[1]
    admin = _login(pg_server, f"admin_{n}")
    with pg_server.admin() as connection:
        connection.execute(f'ALTER DATABASE "{database}" OWNER TO "{admin}"')
    made = Org(pg_server, database, admin, _login(pg_server, f"alex_{n}"), _login(pg_server, f"kim_{n}"),
               _login(pg_server, f"sam_{n}"), "", "")
    ok(capsys, "--db", made.url(admin), "demo-data")
    made.mine, made.theirs = ok(capsys, "--db", made.url(admin), "list", "groups").splitlines()
    ok(capsys, "--db", made.url(admin), "server", "grant", made.alex, "--group", made.mine)
    ok(capsys, "--db", made.url(admin), "server", "grant", made.kim, "--group", made.theirs)
    ok(capsys, "--db", made.url(admin), "server", "grant", made.sam, "--coordinator")
    return made


@pytest.fixture
def stores(org: Org) -> Iterator[dict[str, Store]]:
    opened = {who: open_store(org.url(login), create=False)
              for who, login in (("admin", org.admin), ("alex", org.alex), ("kim", org.kim), ("sam", org.sam))}
    yield opened
    for store in opened.values():
        store.close()


def _services(stores: dict[str, Store], who: str) -> Services:
    return build_services(stores[who])


def _group_id(services: Services, name: str) -> uuid.UUID:
    return services.groups.find_group(name).id


def _people_of(services: Services, group_id: uuid.UUID) -> set[uuid.UUID]:
    """Members in the group (ever) or at one of its sessions, as the administrator sees them."""
    with services.store.read() as s:
        members = set(s.scalars(select(orm.Membership.member_id).where(orm.Membership.group_id == group_id)))
        members |= set(s.scalars(select(orm.Attendance.member_id).join(orm.Meeting).where(
            orm.Meeting.group_id == group_id)))
        members |= set(s.scalars(select(orm.Checkin.member_id).join(orm.Meeting).where(
            orm.Meeting.group_id == group_id)))
    return members


def _note_word(services: Services, group_id: uuid.UUID) -> str:
    """A word from one of the group's notes that no note of any other group holds."""
    with services.store.read() as s:
        rows = s.execute(select(orm.Meeting.group_id, orm.SessionNote.themes).join(orm.Meeting)).all()
    ours = {w.strip(".,;:!?()").lower() for g, t in rows if g == group_id for w in t.split()}
    others = {w.strip(".,;:!?()").lower() for g, t in rows if g != group_id for w in t.split()}
    words = sorted(w for w in ours - others if len(w) > 4 and w.isalpha())
    assert words, "the sample notes have a word of their own"
    return words[0]


def test_list_groups_shows_a_facilitator_only_their_group(org: Org, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert ok(capsys, "--db", org.url(org.alex), "list", "groups").splitlines() == [org.mine]
    assert ok(capsys, "--db", org.url(org.kim), "list", "groups").splitlines() == [org.theirs]
    assert ok(capsys, "--db", org.url(org.sam), "list", "groups").splitlines() == sorted([org.mine, org.theirs])
    code, _, err = run(capsys, "--db", org.url(org.alex), "list", "sessions", "--group", org.theirs)
    assert code == 1 and f"There is no group called '{org.theirs}'" in err and org.theirs not in err.split(":", 2)[2]
    # Exports: their own group's, yes; another group's is not there for them.
    summary = tmp_path / "summary.pdf"
    ok(capsys, "--db", org.url(org.alex), "export", "session-summary", "--group", org.mine, "--session", "latest",
       "-o", str(summary))
    assert org.mine in "".join(page.extract_text() for page in PdfReader(summary).pages)
    code, _, err = run(capsys, "--db", org.url(org.alex), "export", "sign-in-sheet", "--group", org.theirs,
                       "-o", str(tmp_path / "sheet.pdf"))
    assert code == 1 and "no group called" in err and not (tmp_path / "sheet.pdf").exists()


def test_the_services_show_a_facilitator_only_their_group(org: Org, stores: dict[str, Store]) -> None:
    admin, alex, sam = (_services(stores, who) for who in ("admin", "alex", "sam"))
    mine, theirs = _group_id(admin, org.mine), _group_id(admin, org.theirs)

    assert [g.name for g in alex.groups.list_groups()] == [org.mine]
    with pytest.raises(NotFoundError):
        alex.groups.get_group(theirs)
    # Members: exactly those in the group or at its sessions; sessions, attendance, notes of it only.
    assert {m.id for m in alex.members.list_members()} == _people_of(admin, mine)
    assert _people_of(admin, theirs) - _people_of(admin, mine)   # someone alex must not see
    assert alex.meetings.list_meetings(theirs) == []
    assert [m.id for m in alex.meetings.list_meetings(mine)] == [m.id for m in admin.meetings.list_meetings(mine)]
    their_session = admin.meetings.list_meetings(theirs)[0].id
    assert alex.attendance.list_for_meeting(their_session) == []
    assert alex.notes.get_note(their_session) is None
    held = [m for m in admin.meetings.list_meetings(mine) if admin.notes.get_note(m.id) is not None][0].id
    assert alex.notes.get_note(held) == admin.notes.get_note(held)
    # Note search finds the group's own words, never another group's.
    their_word, my_word = _note_word(admin, theirs), _note_word(admin, mine)
    assert admin.notes.search(their_word) and alex.notes.search(their_word) == []
    assert {h.group_name for h in alex.notes.search(my_word)} == {org.mine}
    # What reports and exports are made from.
    names = {(m.preferred_name, m.full_name) for m in admin.members.list_members()
             if m.id in _people_of(admin, mine)}
    assert set(alex.reports.everyone()) <= names and len(alex.reports.everyone()) < len(admin.reports.everyone())
    assert alex.reports.attendance_rows(mine)[0].name == org.mine
    with pytest.raises(NotFoundError):
        alex.reports.member_rows(theirs)
    # A coordinator sees everything the administrator sees.
    assert [g.name for g in sam.groups.list_groups()] == [g.name for g in admin.groups.list_groups()]
    assert {m.id for m in sam.members.list_members()} == {m.id for m in admin.members.list_members()}
    assert len(sam.notes.search(their_word)) == len(admin.notes.search(their_word))


def test_the_search_function_keeps_to_what_the_login_sees(org: Org, stores: dict[str, Store]) -> None:
    """``facilitator_matching_notes`` searches as the owner (so the index is used under row-level
    security); called directly by a facilitator it still returns only their own notes' ids."""
    admin = _services(stores, "admin")
    their_word = _note_word(admin, _group_id(admin, org.theirs))
    query = text(f"SELECT {server_logins.MATCHING_NOTES}(to_tsquery('facilitator_search', :q))")
    found = {}
    for who in ("alex", "kim", "sam"):
        with stores[who].read() as s:
            found[who] = set(s.scalars(query, {"q": their_word}))
    assert found["alex"] == set() and found["kim"] and found["sam"] == found["kim"]


def test_a_facilitator_does_the_normal_actions_on_their_group(org: Org, stores: dict[str, Store]) -> None:
    admin, alex, kim = (_services(stores, who) for who in ("admin", "alex", "kim"))
    mine = _group_id(alex, org.mine)
    session = alex.meetings.create_meeting(mine, date(2027, 3, 6))
    assert [m.date for m in alex.meetings.schedule_next(mine, 2, start=date(2027, 4, 1))]

    walk_in = alex.attendance.add_walk_in(session.id, "Quillon Amberfield")   # member, membership, attendance
    assert walk_in.created and walk_in.line.status is AttendanceStatus.PRESENT
    newcomer = walk_in.line.member.id
    assert alex.members.get_member(newcomer).preferred_name == "Quillon Amberfield"
    loner = alex.members.add_member(MemberDraft(preferred_name="Oriel Thistlewood"))   # in no group yet
    assert alex.members.get_member(loner.id).preferred_name == "Oriel Thistlewood"
    alex.members.join_group(loner.id, mine, date(2027, 3, 6))
    alex.attendance.set_status(session.id, loner.id, AttendanceStatus.LATE)
    instrument = alex.groups.get_group(mine).instrument_id or alex.checkins.instruments()[0].id
    answers: list[int | None] = [item.minimum for item in alex.checkins.instrument(instrument).items]
    alex.checkins.record(session.id, newcomer, instrument, answers, word="hopeful")
    alex.notes.save_note(session.id, NoteSections(themes="Quillon talked about gardens"))
    handout = alex.handouts.list_handouts()[0]
    alex.handouts.mark_given(session.id, handout.id)
    alex.meetings.set_status(session.id, MeetingStatus.HELD)

    # The administrator sees what alex did; kim (another group) sees none of it.
    assert {a.member_id for a in admin.attendance.list_for_meeting(session.id)} == {newcomer, loner.id}
    assert admin.notes.search("gardens") and kim.notes.search("gardens") == []
    assert [c.word for c in admin.checkins.list_for_meeting(session.id)] == ["hopeful"]
    assert {newcomer, loner.id}.isdisjoint(m.id for m in kim.members.list_members())
    assert [h.id for h in admin.handouts.given_at(session.id)] == [handout.id]

    # A group alex starts is alex's (and the coordinator's), not kim's.
    started = alex.groups.create_group(GroupDraft(name="Wednesday Walk and Talk",
                                                  recurrence=alex.groups.get_group(mine).recurrence))
    assert {g.name for g in alex.groups.list_groups()} == {org.mine, "Wednesday Walk and Talk"}
    assert "Wednesday Walk and Talk" not in {g.name for g in kim.groups.list_groups()}
    assert "Wednesday Walk and Talk" in {g.name for g in _services(stores, "sam").groups.list_groups()}
    alex.meetings.create_meeting(started.id, date(2027, 3, 10))


def test_a_facilitator_syncs_a_laptop_with_only_their_group(org: Org, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, "laptop passphrase for tests")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    laptop = tmp_path / "alex.sqlite3"
    ok(capsys, "--db", str(laptop), "sync", "with", org.url(org.alex))
    assert ok(capsys, "--db", str(laptop), "list", "groups").splitlines() == [org.mine]
    # A session planned on the laptop reaches the server, for the coordinator to see.
    with open_store(laptop) as store:
        services = build_services(store)
        services.meetings.create_meeting(_group_id(services, org.mine), date(2027, 5, 1))
    ok(capsys, "--db", str(laptop), "sync", "with", org.url(org.alex))
    dates = ok(capsys, "--db", org.url(org.sam), "list", "sessions", "--group", org.mine)
    assert "2027-05-01\tplanned" in dates.splitlines()
    # A group given later reaches the laptop whole, though its rows are older than the last sync.
    ok(capsys, "--db", org.url(org.admin), "server", "grant", org.alex, "--group", org.theirs)
    ok(capsys, "--db", str(laptop), "sync", "with", org.url(org.alex))
    assert ok(capsys, "--db", str(laptop), "list", "sessions", "--group", org.theirs) == \
        ok(capsys, "--db", org.url(org.sam), "list", "sessions", "--group", org.theirs)
    assert ok(capsys, "--db", str(laptop), "list", "members", "--group", org.theirs, "--all") == \
        ok(capsys, "--db", org.url(org.sam), "list", "members", "--group", org.theirs, "--all")


def test_another_groups_rows_cannot_be_read_or_written(org: Org, stores: dict[str, Store]) -> None:
    admin, alex = _services(stores, "admin"), _services(stores, "alex")
    theirs = _group_id(admin, org.theirs)
    their_session = admin.meetings.list_meetings(theirs)[0]
    someone_mine = next(iter(_people_of(admin, _group_id(admin, org.mine))))
    # Through the services: the session is not there for alex.
    with pytest.raises(NotFoundError):
        alex.attendance.set_status(their_session.id, someone_mine, AttendanceStatus.PRESENT)
    with pytest.raises(NotFoundError):
        alex.meetings.create_meeting(theirs, date(2027, 3, 6))
    # Written straight into the tables: refused with one sentence, and nothing is saved.
    with pytest.raises(StorageError) as refused, stores["alex"].write() as s:
        s.add(orm.Attendance(meeting_id=their_session.id, member_id=someone_mine, status=AttendanceStatus.PRESENT))
    assert refused.value.message == NOT_YOUR_GROUP
    with pytest.raises(StorageError, match="not one of yours"), stores["alex"].write() as s:
        s.add(orm.Meeting(group_id=theirs, date=date(2027, 3, 6)))
    with stores["alex"].write() as s:   # an update of a hidden row finds no row to change
        changed = s.execute(update(orm.Meeting).where(orm.Meeting.id == their_session.id).values(topic="Taken"))
        assert changed.rowcount == 0
    assert admin.meetings.get_meeting(their_session.id).topic == their_session.topic
    assert len(admin.attendance.list_for_meeting(their_session.id)) == \
        len(_services(stores, "sam").attendance.list_for_meeting(their_session.id))


def test_a_bundle_holding_other_groups_is_refused_whole(org: Org, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    key, bundle = tmp_path / "org.key", tmp_path / "everything.bundle"
    ok(capsys, "sync", "new-key", "-o", str(key))
    ok(capsys, "--db", org.url(org.admin), "sync", "export", "--key", str(key), "-o", str(bundle))
    before = ok(capsys, "--db", org.url(org.admin), "db", "fingerprint")
    code, _, err = run(capsys, "--db", org.url(org.alex), "sync", "import", "--key", str(key), str(bundle))
    assert code == 1 and err.strip() == f"facilitator-app: {NOT_YOUR_GROUP}"
    assert ok(capsys, "--db", org.url(org.admin), "db", "fingerprint") == before


def test_erasure_and_retention_are_for_those_who_see_every_group(org: Org, stores: dict[str, Store],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """They reach every group a member was in: with a facilitator's login they would stop at the
    login's own groups (a member half erased), so they are refused with a sentence."""
    admin = _services(stores, "admin")
    mine, theirs = _group_id(admin, org.mine), _group_id(admin, org.theirs)
    both = sorted(_people_of(admin, mine) & _people_of(admin, theirs))
    someone = both[0] if both else sorted(_people_of(admin, mine))[0]
    ok(capsys, "--db", org.url(org.sam), "db", "retention", "set", "--checkins-years", "1")   # old ones are due
    before = ok(capsys, "--db", org.url(org.admin), "db", "fingerprint")
    for argv in (("db", "erase-member", str(someone), "--yes"), ("db", "retention", "set", "--checkins-years", "2")):
        code, out, err = run(capsys, "--db", org.url(org.alex), *argv)
        assert code == 1 and "for a coordinator or the store's administrator" in err, out + err
    from facilitator_app.services.retention import RetentionService

    later = date.today() + timedelta(days=3 * 366)   # every check-in is due by then
    assert RetentionService(stores["alex"]).due(later).checkins > 0
    with pytest.raises(ValidationError, match="for a coordinator or the store's administrator"):
        RetentionService(stores["alex"]).apply(later)
    assert ok(capsys, "--db", org.url(org.admin), "db", "fingerprint") == before
    ok(capsys, "--db", org.url(org.sam), "db", "erase-member", str(someone), "--yes")
    assert someone not in {m.id for m in admin.members.list_members() if m.preferred_name}


def test_an_id_learnt_elsewhere_opens_nothing(org: Org, stores: dict[str, Store]) -> None:
    """A facilitator who knows another group's or member's id (from an old laptop copy, say) cannot
    claim it with an upsert, nor link that member to their own group."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    from facilitator_app.domain.ids import utc_now

    admin, alex = _services(stores, "admin"), _services(stores, "alex")
    mine, theirs = _group_id(admin, org.mine), _group_id(admin, org.theirs)
    stranger = sorted(_people_of(admin, theirs) - _people_of(admin, mine))[0]
    now = utc_now()
    group_row = {"id": theirs, "name": "Claimed", "description": "", "venue": "", "cadence": "weekly", "weekday": 0,
                 "week_of_month": 1, "anchor_date": date(2027, 1, 4), "duration_minutes": 90, "agreement_text": "",
                 "agreement_version": 1, "note_template": "", "created_at": now, "updated_at": now}
    member_row = {"id": stranger, "preferred_name": "Claimed", "full_name": "", "pronouns": "", "phone": "",
                  "email": "", "emergency_contact_name": "", "emergency_contact_phone": "", "notes": "",
                  "consent_to_contact": False, "created_at": now, "updated_at": now}
    for table, row in ((orm.Group.__table__, group_row), (orm.Member.__table__, member_row)):
        with pytest.raises(StorageError, match="not one of yours"), stores["alex"].write() as s:
            s.execute(pg_insert(table).values(**row).on_conflict_do_nothing())
    assert [g.name for g in alex.groups.list_groups()] == [org.mine]
    assert stranger not in {m.id for m in alex.members.list_members()}
    with pytest.raises(StorageError) as refused, stores["alex"].write() as s:
        s.add(orm.Membership(member_id=stranger, group_id=mine, joined_on=date(2027, 1, 4)))
    assert refused.value.message == NOT_YOUR_GROUP
    assert stranger not in {m.id for m in alex.members.list_members()}
    assert admin.groups.get_group(theirs).name == org.theirs


def test_revoking_takes_effect_on_the_next_action(org: Org, stores: dict[str, Store],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    alex = _services(stores, "alex")   # a window alex has open keeps its connections
    assert [g.name for g in alex.groups.list_groups()] == [org.mine]
    out = ok(capsys, "--db", org.url(org.admin), "server", "revoke", org.alex, "--group", org.mine)
    assert out.strip() == f"{org.alex} no longer sees the group {org.mine}."
    assert alex.groups.list_groups() == [] and alex.members.list_members() == []
    ok(capsys, "--db", org.url(org.admin), "server", "grant", org.alex, "--group", org.theirs)
    assert [g.name for g in alex.groups.list_groups()] == [org.theirs]
    ok(capsys, "--db", org.url(org.admin), "server", "revoke", org.alex)
    with pytest.raises(StorageError) as refused:
        alex.groups.list_groups()
    assert refused.value.message == NOT_GRANTED
    code, _, err = run(capsys, "--db", org.url(org.alex), "list", "groups")
    assert code == 1 and NOT_GRANTED in err
    # A coordinator who is no longer one sees only their own groups (none).
    ok(capsys, "--db", org.url(org.admin), "server", "revoke", org.sam, "--coordinator")
    assert ok(capsys, "--db", org.url(org.sam), "list", "groups") == ""


def test_logins_lists_who_sees_what(org: Org, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ok(capsys, "--db", org.url(org.admin), "server", "logins").splitlines()
    assert lines == sorted([f"{org.alex}\tfacilitator: {org.mine}", f"{org.kim}\tfacilitator: {org.theirs}",
                            f"{org.sam}\tcoordinator: sees every group"])
    ok(capsys, "--db", org.url(org.admin), "server", "grant", org.alex, "--group", org.theirs)
    assert f"{org.alex}\tfacilitator: {', '.join(sorted([org.mine, org.theirs]))}" in \
        ok(capsys, "--db", org.url(org.admin), "server", "logins").splitlines()
    # A login whose name needs quoting in SQL (a dot, capitals, a space) works the same.
    ana = _login(org.server, f"Ana.Lopez {org.alex}")
    ok(capsys, "--db", org.url(org.admin), "server", "grant", ana, "--group", org.theirs)
    listed = ok(capsys, "--db", org.url(org.admin), "server", "logins").splitlines()
    assert f"{ana}\tfacilitator: {org.theirs}" in listed
    with open_store(org.url(ana), create=False) as store:
        assert [g.name for g in build_services(store).groups.list_groups()] == [org.theirs]


def test_the_commands_say_what_is_wrong_in_one_sentence(org: Org, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    def refused(*argv: str) -> str:
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, out + err
        return err

    admin = org.url(org.admin)
    assert "no login called nobody_here" in refused("--db", admin, "server", "grant", "nobody_here", "--coordinator")
    assert "no group called 'Sunday Knitting'" in refused("--db", admin, "server", "grant", org.alex, "--group",
                                                          "Sunday Knitting")
    assert "does not have the group" in refused("--db", admin, "server", "revoke", org.kim, "--group", org.mine)
    assert f"{org.alex} may not" in refused("--db", org.url(org.alex), "server", "grant", org.alex, "--coordinator")
    assert "already sees everything" in refused("--db", admin, "server", "grant", org.admin, "--coordinator")
    laptop = tmp_path / "laptop.sqlite3"
    assert "for a store on an organisation's server" in refused("--db", str(laptop), "server", "logins")
    assert not laptop.exists()   # nothing was made or changed
    with pytest.raises(SystemExit):   # --coordinator or --group is needed
        main(["--db", admin, "server", "grant", org.alex])
    capsys.readouterr()


def test_only_the_owner_brings_an_older_store_up_to_date(org: Org) -> None:
    with psycopg.connect(org.url(org.admin)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004_sync'")
    with pytest.raises(StorageError, match="only the login that owns it") as refused:
        open_store(org.url(org.alex))
    assert "older version" in refused.value.message
    with psycopg.connect(org.url(org.admin)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004_sync",)


def test_a_store_migrated_from_0004_gets_the_same_rules_as_a_new_one(pg_server: PgServer, pg_url: str) -> None:
    migrated = pg_server.new_database("migrated")
    try:
        engine = make_server_engine(pg_server.url(migrated))
        with engine.begin() as connection:
            migrate.upgrade(connection, "0004_sync")
        engine.dispose()
        with open_store(pg_server.url(migrated)) as store:
            assert store.opened.upgraded_from == "0004_sync"
        open_store(pg_url).close()
        assert _rules(pg_server.url(migrated)) == _rules(pg_url)
        assert len(_rules(pg_url)["policies"]) == len(server_logins.GROUP_SCOPED)
        # And back: 0005's downgrade removes every piece of it.
        engine = make_server_engine(pg_server.url(migrated))
        with engine.begin() as connection:
            from alembic import command

            command.downgrade(migrate.alembic_config(connection), REVISIONS[-2])
        engine.dispose()
        assert _rules(pg_server.url(migrated)) == {"policies": [], "rls": [], "functions": [], "triggers": [],
                                                    "tables": []}
    finally:
        pg_server.drop_database(migrated)


def _rules(url: str) -> dict[str, list[tuple[object, ...]]]:
    with psycopg.connect(url) as connection:
        return {
            "policies": connection.execute("SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies "
                                           "ORDER BY 1, 2").fetchall(),
            "rls": connection.execute("SELECT relname, relforcerowsecurity FROM pg_class WHERE relrowsecurity "
                                      "ORDER BY 1").fetchall(),
            "functions": connection.execute("SELECT proname, prosrc, prosecdef, provolatile FROM pg_proc WHERE "
                                            "proname LIKE 'facilitator%' ORDER BY 1").fetchall(),
            "triggers": connection.execute("SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT "
                                           "tgisinternal ORDER BY 1").fetchall(),
            "tables": connection.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'server%' "
                                         "ORDER BY 1").fetchall(),
        }


def test_a_facilitator_cannot_make_themselves_a_coordinator(org: Org, stores: dict[str, Store]) -> None:
    """The logins' tables are the owner's alone, and the audit trail is append-only for every other
    login; each refusal is an AppError with the sentence (what the window shows)."""
    with pytest.raises(AppError) as refused, stores["kim"].write() as s:
        s.execute(text("INSERT INTO server_coordinators (login) VALUES (session_user)"))
    assert refused.value.message == NOT_GRANTED
    for statement in ("DELETE FROM audit_events", "UPDATE audit_events SET action = 'x'"):
        with pytest.raises(AppError, match="may not do that"), stores["sam"].write() as s:
            s.execute(text(statement))
    assert build_services(stores["admin"]).audit.verify().intact


def test_the_window_a_facilitator_opens_shows_only_their_group(org: Org, qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView

    from facilitator_app.app import create_server_window

    window = create_server_window(org.url(org.alex), settings_file=tmp_path / "w.ini")
    qtbot.addWidget(window)
    groups = window.findChild(QListView, "groupList")
    assert groups is not None
    model = groups.model()
    shown = [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]
    assert [str(name) for name in shown] == [org.mine]
    sessions = window.findChild(QListView, "sessionList")
    assert sessions is not None and sessions.model().rowCount() == len(ok_sessions(org, org.mine))
    if os.environ.get("FACILITATOR_SCREENSHOTS"):
        for width, height in ((960, 600), (1366, 768)):
            window.resize(width, height)
            qtbot.wait(50)
            window.grab().save(str(Path(os.environ["FACILITATOR_SCREENSHOTS"]) / f"facilitator-login-{width}.png"))
    window.close()


def ok_sessions(org: Org, group: str) -> list[str]:
    """The group's sessions as its coordinator lists them."""
    with open_store(org.url(org.sam), create=False) as store:
        services = build_services(store)
        return [m.date.isoformat() for m in services.meetings.list_meetings(_group_id(services, group))]
