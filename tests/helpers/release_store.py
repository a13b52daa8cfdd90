"""The store release 0.1.0 wrote (tests/fixtures/stores/), put where an installed app finds it,
and what it must still hold when today's code opens it (issue 13, item 5)."""

from __future__ import annotations

import contextlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.paths import AppPaths, resolve_paths
from facilitator_app.services.container import Services
from facilitator_app.storage import keys_source, migrate
from facilitator_app.storage.keys import key_file_of
from tests.helpers.sqlite_files import connect as keyed_connect
from tests.helpers.sqlite_files import keyed_engine

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
RELEASE_STORE = FIXTURES / "release-0.1.0.sqlite3"
# The passphrase the fixture was made with (make_release_store.py), typed here as a user would.
PASSPHRASE = "lantern harbour teacup 0.1"
OLDER = "0002_notes_search"   # a schema before 0.1.0's, reached with the migrations' own downgrades


def install_release_store(monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """The release's store in the user data folder (conftest points it into tmp), with its key file,
    and the passphrase it was made with in the environment (as a script would give it)."""
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, PASSPHRASE)
    paths = resolve_paths()
    assert paths.data is not None and paths.store.parent == paths.data
    paths.data.mkdir(parents=True)
    shutil.copyfile(RELEASE_STORE, paths.store)
    shutil.copyfile(key_file_of(RELEASE_STORE), key_file_of(paths.store))
    return paths


def revision(path: Path) -> str:
    """The schema revision written in a store or backup file."""
    with contextlib.closing(keyed_connect(path)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def downgraded(path: Path, revision: str) -> None:
    """The store as the release before would have left it: its schema taken back by the migrations'
    own downgrade steps, the data kept."""
    from alembic import command

    engine = keyed_engine(path)
    with engine.connect() as connection:
        # Rebuilding ``members`` (0003's downgrade drops a column) with foreign keys on fails on a
        # store that has attendance: off for this connection, before its transaction begins.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with connection.begin():
            command.downgrade(migrate.alembic_config(connection), revision)
    engine.dispose()


def assert_release_data(services: Services) -> None:
    """Everything make_release_store.py wrote, read back through the services."""
    groups = {g.name: g for g in services.groups.list_groups()}
    assert sorted(groups) == ["Saturday Walk and Talk", "Thursday Evening Circle"]
    circle = groups["Thursday Evening Circle"]
    assert (circle.venue, circle.description) == ("Library Annexe, Room 4", "A weekly peer support circle")
    assert circle.recurrence.anchor == date(2026, 9, 3)
    members = {m.full_name: m for m in services.members.list_members()}
    assert sorted(members) == ["Amira Haddad", "Nguyễn Thị Lan", "Tomasz Wiśniewski", "Zoë Ferreira"]
    assert (members["Zoë Ferreira"].preferred_name, members["Zoë Ferreira"].pronouns) == ("Zoë", "she/her")
    assert [m.consent_to_contact for m in sorted(members.values(), key=lambda m: m.full_name)] == [
        False, True, False, True]
    assert len(services.members.roster(circle.id)) == 4

    meetings = services.meetings.list_meetings(circle.id)
    assert [(m.date, m.topic, m.status) for m in meetings] == [
        (date(2026, 10, 1), "Sleep and routines", MeetingStatus.HELD),
        (date(2026, 10, 8), "Asking for help", MeetingStatus.HELD),
        (date(2026, 10, 15), "", MeetingStatus.PLANNED)]
    first, second, planned = meetings
    assert second.visitor_count == 2
    name_of = {m.id: m.preferred_name for m in members.values()}
    attendance = {name_of[a.member_id]: a.status for a in services.attendance.list_for_meeting(first.id)}
    assert attendance == {"Zoë": AttendanceStatus.PRESENT, "Tomasz": AttendanceStatus.LATE,
                          "Lan": AttendanceStatus.PRESENT, "Amira": AttendanceStatus.EXCUSED}
    attendance = {name_of[a.member_id]: a.status for a in services.attendance.list_for_meeting(second.id)}
    assert attendance == {"Zoë": AttendanceStatus.PRESENT, "Tomasz": AttendanceStatus.ABSENT,
                          "Lan": AttendanceStatus.LEFT_EARLY, "Amira": AttendanceStatus.PRESENT}
    assert services.attendance.list_for_meeting(planned.id) == []
    moods = {(name_of[c.member_id], c.total, c.word) for c in services.checkins.list_for_meeting(second.id)}
    assert moods == {("Zoë", 7, "steady"), ("Lan", 5, "steady"), ("Amira", 8, "steady")}
    assert len(services.checkins.list_for_meeting(first.id)) == 3

    note = services.notes.get_note(first.id)
    assert note is not None and note.sections.themes == "Winter evenings and sleep"
    assert note.sections.follow_ups == "Bring the sleep handout next week"
    assert services.notes.get_note(second.id) is None
    assert [hit.meeting_id for hit in services.notes.search("wind-down")] == [first.id]
    assert services.notes.template(circle.id) == "Opening round:"

    handouts = services.handouts.list_handouts()
    assert len(handouts) >= 4 and all(services.handouts.content(h.id) for h in handouts)
    assert len(services.handouts.given_ids(first.id)) == 1
    assert services.audit.verify().intact
