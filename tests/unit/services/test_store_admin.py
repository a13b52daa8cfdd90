"""Whole-store use cases: facts, the health check (which never changes a file) and backups."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from facilitator_app import __version__
from facilitator_app.errors import StorageError
from facilitator_app.services import store_admin
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.store_admin import backup_now, check_store, store_info
from facilitator_app.storage.schema import HEAD_REVISION
from facilitator_app.storage.store import Store, open_store
from tests.helpers.fixtures import weekly_draft

EMPTY_COUNTS = {"groups": 0, "members": 0, "memberships": 0, "meetings": 0, "attendance": 0, "checkins": 0,
                "session_notes": 0, "handouts": 0, "meeting_handouts": 0, "instruments": 3, "audit_events": 0}


def fill(services: Services) -> None:
    """A little of everything, so counts are worth comparing."""
    group = services.groups.create_group(weekly_draft())
    zoe = services.members.add_member(MemberDraft("Zoë"), group_id=group.id, joined_on=date(2026, 1, 1))
    services.members.add_member(MemberDraft("Łukasz"), group_id=group.id, joined_on=date(2026, 1, 1))
    meetings = services.meetings.schedule_next(group.id, 3, start=date(2026, 1, 1))
    services.attendance.mark_everyone_present(meetings[0].id)
    services.checkins.record(meetings[0].id, zoe.id, group.instrument_id, [7], word="hopeful")  # type: ignore[arg-type]


# --- store_info ---------------------------------------------------------------------------

def test_store_info_of_a_fresh_store(store: Store) -> None:
    info = store_info(store)
    assert info.path == str(store.path)
    assert info.schema_revision == HEAD_REVISION
    assert info.app_version == __version__
    assert info.size_bytes > 0
    assert info.counts == EMPTY_COUNTS
    assert list(info.counts) == list(EMPTY_COUNTS)  # the order ``db info`` shows


def test_store_info_counts_live_rows(services: Services, store: Store) -> None:
    fill(services)
    extra = services.groups.create_group(weekly_draft("Aiyana's Circle"))
    services.groups.delete_group(extra.id)  # a tombstone is not counted
    counts = store_info(store).counts
    assert counts["groups"] == 1
    assert counts["members"] == 2
    assert counts["memberships"] == 2
    assert counts["meetings"] == 3
    assert counts["attendance"] == 2
    assert counts["checkins"] == 1
    assert counts["instruments"] == 3
    assert counts["audit_events"] >= 5


# --- check_store --------------------------------------------------------------------------

def test_check_store_ok_on_a_fresh_store(store: Store) -> None:
    report = check_store(store.path)
    assert report.ok
    assert report.problems == ()
    assert report.schema_revision == HEAD_REVISION


def test_check_store_ok_on_a_closed_store_with_data(services: Services, store: Store) -> None:
    fill(services)
    store.close()
    report = check_store(store.path)
    assert report.ok, report.problems


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _text_file(path: Path) -> None:
    path.write_text("Shopping list: oats, tea, Zoë's birthday card\n" * 10, encoding="utf-8")


def _empty_sqlite(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as con:
        con.execute("VACUUM")  # writes the 100-byte header of an empty database


def _other_programs_sqlite(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO recipes (name) VALUES ('Søren''s rye bread')")
        con.commit()


@pytest.mark.parametrize(("make", "words"), [
    (_zero_bytes, "empty file"),
    (_text_file, "not a database file"),
    (_empty_sqlite, "empty SQLite database"),
    (_other_programs_sqlite, "another program's SQLite database"),
], ids=["zero-bytes", "text", "empty-sqlite", "other-sqlite"])
def test_check_store_refuses_a_file_that_is_not_a_store_and_leaves_it_untouched(
        tmp_path: Path, make: Callable[[Path], None], words: str) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "mystery.sqlite3"
    make(path)
    before = path.read_bytes()
    listing = sorted(p.name for p in folder.iterdir())

    report = check_store(path)

    assert not report.ok
    assert report.schema_revision is None
    assert len(report.problems) == 1
    assert str(path) in report.problems[0]
    assert words in report.problems[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == listing  # no -wal, -shm or journal left behind


def test_check_store_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sqlite3"
    report = check_store(path)
    assert not report.ok
    assert str(path) in report.problems[0]
    assert list(tmp_path.iterdir()) == []


# --- backups ------------------------------------------------------------------------------

def counts_of(path: Path) -> dict[str, int]:
    with open_store(path, create=False) as opened:
        return store_info(opened).counts


def test_backup_to_the_default_folder(services: Services, store: Store) -> None:
    fill(services)
    backup = backup_now(store)
    assert backup.parent == store.path.parent / "backups"
    assert backup.name.startswith("facilitator-") and backup.name.endswith("-manual.sqlite3")
    assert backup.is_file()
    assert counts_of(backup) == store_info(store).counts
    assert check_store(backup).ok
    assert [p.name for p in backup.parent.iterdir() if p.name.startswith(".")] == []  # no partial file left


def test_backup_to_a_given_backups_folder(services: Services, store: Store, tmp_path: Path) -> None:
    fill(services)
    backup = backup_now(store, backups_dir=tmp_path / "my backups")
    assert backup.parent == tmp_path / "my backups"
    assert counts_of(backup) == store_info(store).counts


def test_backup_to_an_explicit_file(services: Services, store: Store, tmp_path: Path) -> None:
    fill(services)
    destination = tmp_path / "usb stick" / "tuesday-group.sqlite3"
    assert backup_now(store, destination) == destination
    assert counts_of(destination) == store_info(store).counts


def test_backup_into_an_existing_folder(services: Services, store: Store, tmp_path: Path) -> None:
    fill(services)
    folder = tmp_path / "exports"
    folder.mkdir()
    backup = backup_now(store, folder)
    assert backup.parent == folder
    assert backup.name.endswith("-manual.sqlite3")
    assert counts_of(backup) == store_info(store).counts


def test_backup_is_a_snapshot(services: Services, store: Store, tmp_path: Path) -> None:
    fill(services)
    backup = backup_now(store, tmp_path / "before.sqlite3")
    before = store_info(store).counts
    services.members.add_member(MemberDraft("Nguyễn Văn An"))
    assert counts_of(backup) == before
    assert store_info(store).counts["members"] == before["members"] + 1


def test_backup_refuses_to_overwrite(services: Services, store: Store, tmp_path: Path) -> None:
    destination = tmp_path / "precious.sqlite3"
    destination.write_bytes(b"an older backup someone wants to keep")
    with pytest.raises(StorageError, match="already exists"):
        backup_now(store, destination)
    assert destination.read_bytes() == b"an older backup someone wants to keep"
    assert [p.name for p in tmp_path.iterdir() if "precious" in p.name] == ["precious.sqlite3"]


def test_two_backups_in_the_same_second_both_succeed(services: Services, store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # A double click on "Back up now": both clicks get a backup, and neither overwrites the other.
    monkeypatch.setattr(store_admin, "utc_now", lambda: datetime(2026, 11, 26, 13, 45, 1))
    first = backup_now(store)
    second = backup_now(store)
    assert first != second
    assert first.is_file() and second.is_file()
