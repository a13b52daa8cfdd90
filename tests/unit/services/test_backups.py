"""Automatic backups: verified before anything is rotated out, kept by a fake-clock-tested
policy, restored safely, and a full or read-only disk explained without losing anything."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from facilitator_app.errors import NotFoundError, StorageError, StoreTooNewError
from facilitator_app.services import backups
from facilitator_app.services.backups import BackupScheduler, BackupService, Retention, rotate, select_to_keep
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.store_admin import store_info
from facilitator_app.storage import backup as files
from facilitator_app.storage import recovery
from facilitator_app.storage.store import Store, open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect
from tests.helpers.sqlite_files import keyed_engine, raw, snapshot, snapshot_besides_trail, trail

REPO = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 11, 26, 20, 0)  # a Thursday evening


def fill(services: Services, members: int = 2) -> None:
    group = services.groups.create_group(weekly_draft())
    for n in range(members):
        services.members.add_member(MemberDraft(f"Zoë {n}"), group_id=group.id, joined_on=date(2026, 1, 1))
    meetings = services.meetings.schedule_next(group.id, 2, start=date(2026, 1, 1))
    services.attendance.mark_everyone_present(meetings[0].id)


def folder_listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def no_partials(*folders: Path) -> bool:
    return not [p for f in folders if f.exists() for p in f.iterdir()
                if p.name.endswith((".partial", ".restoring")) or ".partial" in p.name]


# ====================================================================== which backups to keep
def _kept(stamps: list[datetime], now: datetime = NOW, policy: Retention = backups.RETENTION) -> set[datetime]:
    return {stamps[i] for i in select_to_keep(stamps, now, policy)}


def test_everything_from_today_is_kept() -> None:
    today = [NOW.replace(hour=h, minute=m) for h in range(8, 20) for m in (0, 30)]
    assert _kept(today) == set(today)


def test_only_the_newest_backup_of_an_earlier_day_is_kept() -> None:
    yesterday = [NOW - timedelta(days=1, hours=h) for h in (1, 3, 5)]
    assert _kept(yesterday) == {NOW - timedelta(days=1, hours=1)}


def test_a_backup_dated_in_the_future_is_kept() -> None:
    # A clock that was wrong once must not make rotation delete the newest data.
    stamps = [NOW + timedelta(days=3)] + [NOW - timedelta(days=d) for d in range(60)]
    assert NOW + timedelta(days=3) in _kept(stamps)


def test_a_year_and_a_half_of_backups_twice_a_day() -> None:
    days = [NOW.date() - timedelta(days=d) for d in range(540)]
    stamps = [datetime.combine(day, datetime.min.time()).replace(hour=h) for day in days for h in (9, 18)]
    stamps = [s for s in stamps if s <= NOW]

    def evening(day: date) -> datetime:
        return datetime.combine(day, datetime.min.time()).replace(hour=18)

    expected = {s for s in stamps if s.date() == NOW.date()}
    expected |= {evening(NOW.date() - timedelta(days=d)) for d in range(14)}
    # The newest of each of the 8 most recent ISO weeks: today, then the 7 previous Sundays.
    sunday = NOW.date() - timedelta(days=NOW.isoweekday())
    expected |= {evening(sunday - timedelta(weeks=w)) for w in range(7)}
    # The newest of each of the 12 most recent months: today, then the 11 previous months' last days.
    first_of_month = NOW.date().replace(day=1)
    for _ in range(11):
        last_day = first_of_month - timedelta(days=1)
        expected.add(evening(last_day))
        first_of_month = last_day.replace(day=1)
    assert _kept(stamps) == expected
    assert min(_kept(stamps)).date() == date(2025, 12, 31)


def test_rotating_every_day_keeps_what_rotating_once_would() -> None:
    start = datetime(2025, 1, 1)
    survivors: list[datetime] = []
    every: list[datetime] = []
    for day in range(500):
        for hour in (8, 13, 21):
            stamp = start + timedelta(days=day, hours=hour)
            survivors.append(stamp)
            every.append(stamp)
            survivors = sorted(_kept(survivors, stamp))
    assert set(survivors) == _kept(every, every[-1])
    assert len(survivors) <= 3 + 14 + 8 + 12


def test_sparse_use_keeps_the_fourteen_most_recent_days_that_have_a_backup() -> None:
    monthly = [datetime(2024 + (m // 12), m % 12 + 1, 15, 12) for m in range(36)]
    now = monthly[-1] + timedelta(days=10)
    assert _kept(monthly, now) == set(monthly[-14:])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2026, 11, 26, 23, 59)),
                max_size=120),
       st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=5),
       st.integers(min_value=0, max_value=5))
def test_selection_properties(stamps: list[datetime], daily: int, weekly: int, monthly: int) -> None:
    policy = Retention(daily, weekly, monthly)
    kept = select_to_keep(stamps, NOW, policy)
    assert kept <= set(range(len(stamps)))
    today = {i for i, s in enumerate(stamps) if s.date() >= NOW.date()}
    assert today <= kept
    assert len(kept - today) <= daily + weekly + monthly
    if stamps and (daily or weekly or monthly):
        newest = max(range(len(stamps)), key=lambda i: (stamps[i], i))
        assert newest in kept
    # Applying the policy again to what it kept removes nothing more.
    survivors = [stamps[i] for i in sorted(kept)]
    assert select_to_keep(survivors, NOW, policy) == set(range(len(survivors)))


# ====================================================================== making backups
def test_a_backup_is_verified_and_recorded(services: Services, store: Store) -> None:
    fill(services)
    info = backups.make_backup(store, "scheduled")
    assert info.verified and info.reason == "scheduled"
    assert info.path.parent == store.path.parent / "backups"
    assert info.counts == store_info(store).counts
    sidecar = json.loads(files.sidecar_of(info.path).read_text(encoding="utf-8"))
    assert sidecar["verified"] is True and sidecar["counts"] == info.counts
    listed = backups.list_backups(info.path.parent)
    assert [b.path for b in listed] == [info.path] and listed[0].verified
    assert listed[0].counts == info.counts
    assert "2 members" in listed[0].summary() and listed[0].reason_label == "while you were working"
    assert raw(info.path, "PRAGMA journal_mode") == [("delete",)]  # a standalone file
    assert no_partials(info.path.parent)


def _old_backups(store: Store, folder: Path) -> list[Path]:
    """Three backups, the first two on days rotation would now rotate out."""
    made = [files.make_verified_backup(store.path, folder, "scheduled", NOW - timedelta(days=d, hours=h))
            for d, h in ((40, 2), (40, 1), (0, 1))]
    return [m.path for m in made]


def test_a_backup_that_fails_its_check_is_deleted_and_nothing_older_is_removed(
        services: Services, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(services)
    folder = store.path.parent / "backups"
    _old_backups(store, folder)
    before = folder_listing(folder)
    monkeypatch.setattr(files, "verify_backup",
                        lambda path: files.Verification(("quick_check: Page 7 is never used",), reason="it is damaged"))
    with pytest.raises(StorageError) as caught:
        backups.make_backup(store, "scheduled", now=NOW)
    assert "failed its check" in caught.value.message and "no older backup was removed" in caught.value.message
    assert folder_listing(folder) == before  # the new one is gone, the old ones (even rotatable) stay
    assert "Page 7" in (caught.value.detail or "")


def test_a_backup_whose_counts_differ_is_deleted(services: Services, store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fill(services)
    folder = store.path.parent / "backups"
    _old_backups(store, folder)
    before = folder_listing(folder)
    real = files.snapshot
    monkeypatch.setattr(files, "snapshot", lambda src, dst: {**real(src, dst), "members": 999})
    with pytest.raises(StorageError, match="same number of records"):
        backups.make_backup(store, "scheduled", now=NOW)
    assert folder_listing(folder) == before


def test_rotation_runs_only_after_a_good_backup(services: Services, store: Store) -> None:
    fill(services)
    folder = store.path.parent / "backups"
    old = _old_backups(store, folder)
    info = backups.make_backup(store, "scheduled", now=NOW)
    remaining = {p.name for p in folder.iterdir()}
    # On the old day only the newest backup stays; today's all stay.
    assert old[0].name not in remaining and files.sidecar_of(old[0]).name not in remaining
    assert {old[1].name, old[2].name, info.path.name} <= remaining


def test_rotation_leaves_manual_unverified_and_foreign_files_alone(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    auto = [files.make_verified_backup(store.path, folder, "on-close", NOW - timedelta(days=200 + d)).path
            for d in range(3)]
    manual = files.make_verified_backup(store.path, folder, "manual", NOW - timedelta(days=300)).path
    unverified = folder / "facilitator-2025-01-01T120000-scheduled.sqlite3"
    unverified.write_bytes(manual.read_bytes())  # no record of a check: rotation cannot vouch for it
    foreign = folder / "my notes.txt"
    foreign.write_text("keep me", encoding="utf-8")
    removed = rotate(folder, NOW, tz=UTC, policy=Retention(daily=1, weekly=0, monthly=0))
    assert set(removed) == set(auto[1:])
    assert {p.name for p in folder.iterdir()} == {
        auto[0].name, files.sidecar_of(auto[0]).name, manual.name, files.sidecar_of(manual).name,
        f"{auto[0].name}.key", f"{manual.name}.key", unverified.name, foreign.name}


def test_rotation_never_removes_a_protected_backup(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    old = files.make_verified_backup(store.path, folder, "scheduled", NOW - timedelta(days=400)).path
    files.make_verified_backup(store.path, folder, "scheduled", NOW)
    assert rotate(folder, NOW, tz=UTC, protect=[old]) == []
    assert old.exists()


# ====================================================================== a full disk, a read-only folder
def _raise(error: int):  # noqa: ANN202 - a small fault injector
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(error, os.strerror(error))
    return fail


def test_a_full_disk_during_a_backup_is_explained_and_leaves_nothing_behind(
        services: Services, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(services)
    folder = store.path.parent / "backups"
    older = backups.make_backup(store, "scheduled", now=NOW - timedelta(days=1))
    before = folder_listing(folder)
    counts = store_info(store).counts
    monkeypatch.setattr(files.os, "fsync", _raise(errno.ENOSPC))
    with pytest.raises(StorageError) as caught:
        backups.make_backup(store, "scheduled", now=NOW)
    monkeypatch.undo()
    message = caught.value.message
    assert "disk is full" in message and "Free some space" in message and "store itself is unchanged" in message
    assert "\n" not in message
    assert folder_listing(folder) == before and older.path.exists()
    assert no_partials(folder)
    # Nothing committed was lost, and the store still takes changes.
    assert store_info(store).counts == counts
    services.members.add_member(MemberDraft("Łukasz"))


def test_a_full_disk_in_the_middle_of_the_copy_leaves_no_partial_file(
        services: Services, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(services)
    folder = store.path.parent / "backups"

    def half_copy(source: Path, partial: Path, **_: object) -> None:
        partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "copy_database", half_copy)
    with pytest.raises(StorageError, match="disk is full"):
        backups.make_backup(store, "scheduled", now=NOW)
    assert list(folder.iterdir()) == []


def test_a_read_only_backups_folder_is_explained(services: Services, store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fill(services)
    monkeypatch.setattr(files.os, "link", _raise(errno.EROFS))
    with pytest.raises(StorageError) as caught:
        backups.make_backup(store, "scheduled", now=NOW)
    assert "read-only" in caught.value.message and "store itself is unchanged" in caught.value.message
    assert list((store.path.parent / "backups").iterdir()) == []


def test_a_folder_that_cannot_be_created_is_explained(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    monkeypatch.setattr(Path, "mkdir", _raise(errno.EACCES))
    with pytest.raises(StorageError, match="could not be created.*read-only"):
        backups.make_backup(store, "scheduled", tmp_path / "elsewhere", now=NOW)


def test_a_file_system_without_hard_links_still_gets_its_backup(store: Store,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files.os, "link", _raise(errno.EPERM))  # FAT-formatted USB sticks
    info = backups.make_backup(store, "scheduled", now=NOW)
    assert info.verified and info.path.is_file()


def test_a_full_disk_while_saving_a_change_loses_nothing_already_saved(services: Services, store: Store) -> None:
    fill(services)
    before = store_info(store).counts
    store.engine.dispose()
    with contextlib.closing(keyed_connect(store.path)) as con:
        (pages,) = con.execute("PRAGMA page_count").fetchone()

    def no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # SQLite's own "database or disk is full", exactly as on a full disk.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store.engine, "connect", no_room)
    with pytest.raises(StorageError) as caught:
        services.members.add_member(MemberDraft("Łukasz", notes="a long note " * 1500))
    assert "disk is full" in caught.value.message and "nothing already saved was lost" in caught.value.message
    assert store_info(store).counts == before
    event.remove(store.engine, "connect", no_room)
    store.engine.dispose()
    services.members.add_member(MemberDraft("Łukasz", notes="a long note " * 1500))
    assert raw(store.path, "PRAGMA integrity_check") == [("ok",)]


def test_a_read_only_store_is_explained(services: Services, store: Store) -> None:
    fill(services)
    read_only = Store(store.path, keyed_engine(store.path, read_only=True))
    try:
        with pytest.raises(StorageError, match="read-only"):
            build_services(read_only).members.add_member(MemberDraft("Łukasz"))
    finally:
        read_only.close()


# ====================================================================== listing and finding
def test_latest_verified_skips_damaged_and_changed_backups_and_checks_unrecorded_ones(
        services: Services, store: Store) -> None:
    fill(services)
    folder = store.path.parent / "backups"
    good = files.make_verified_backup(store.path, folder, "scheduled", NOW - timedelta(days=3)).path
    unrecorded = files.make_verified_backup(store.path, folder, "scheduled", NOW - timedelta(days=2)).path
    files.sidecar_of(unrecorded).unlink()
    damaged = files.make_verified_backup(store.path, folder, "scheduled", NOW - timedelta(days=1)).path
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\xa5" * 4096
    damaged.write_bytes(bytes(data))

    listed = {b.path: b for b in backups.list_backups(folder)}
    assert not listed[damaged].verified  # it changed after its check
    assert not listed[unrecorded].verified
    assert listed[good].verified
    latest = backups.latest_verified(folder)
    assert latest is not None and latest.path == unrecorded  # checked now, and recorded
    assert files.sidecar_of(unrecorded).exists()
    assert backups.list_backups(folder)[1].verified


def test_two_stores_in_one_folder_never_get_each_others_backups(tmp_path: Path) -> None:
    tuesday, thursday = tmp_path / "tuesday.sqlite3", tmp_path / "thursday.sqlite3"
    for path, members in ((tuesday, 1), (thursday, 3)):
        with open_store(path) as opened:
            fill(build_services(opened), members)
    folder = tmp_path / "backups"
    earlier = backups.make_backup(tuesday, "on-close", now=NOW - timedelta(days=30, hours=2))
    old_tuesday = backups.make_backup(tuesday, "on-close", now=NOW - timedelta(days=30))
    backups.make_backup(thursday, "on-close", now=NOW - timedelta(days=30, hours=-1))
    backups.make_backup(thursday, "on-close", now=NOW)  # rotates Thursday's backups alone
    assert earlier.path.exists() and old_tuesday.path.exists()
    assert backups.latest_verified(folder, tuesday).path == old_tuesday.path  # type: ignore[union-attr]
    assert [b.path for b in BackupService(tuesday).list_backups()] == [old_tuesday.path, earlier.path]
    result = backups.recover_from_latest(tuesday)
    assert result.restored_from.path == old_tuesday.path and result.counts["members"] == 1


def test_no_backups_folder_means_no_backups(tmp_path: Path) -> None:
    assert backups.list_backups(tmp_path / "none") == []
    assert backups.latest_verified(tmp_path / "none") is None
    assert not (tmp_path / "none").exists()


# ====================================================================== when to back up
def test_scheduler_is_due_thirty_minutes_after_the_first_unsaved_change() -> None:
    scheduler = BackupScheduler()
    start = datetime(2026, 11, 26, 18, 30)
    assert not scheduler.due(start + timedelta(hours=5))  # nothing changed: nothing to back up
    scheduler.note_change(start)
    scheduler.note_change(start + timedelta(minutes=20))  # later changes do not postpone it
    assert scheduler.pending
    assert not scheduler.due(start + timedelta(minutes=29, seconds=59))
    assert scheduler.due(start + timedelta(minutes=30))
    scheduler.backed_up(start + timedelta(minutes=30))
    assert not scheduler.pending and not scheduler.due(start + timedelta(hours=3))
    scheduler.note_change(start + timedelta(minutes=31))
    assert scheduler.next_due() == start + timedelta(minutes=61)


def test_scheduler_waits_an_interval_after_a_failed_backup() -> None:
    scheduler = BackupScheduler(interval=timedelta(minutes=30))
    start = datetime(2026, 11, 26, 18, 0)
    scheduler.note_change(start)
    scheduler.failed(start + timedelta(minutes=30))
    assert scheduler.pending
    assert not scheduler.due(start + timedelta(minutes=45))
    assert scheduler.due(start + timedelta(minutes=60))


def test_backup_on_close(services: Services, store: Store) -> None:
    clock = [datetime.now(UTC).replace(tzinfo=None)]
    service = BackupService(store.path, clock=lambda: clock[0])
    scheduler = BackupScheduler()
    first = service.backup_on_close(scheduler)  # no backup from today yet
    assert first is not None and first.reason == "on-close"
    assert service.backup_on_close(scheduler) is None  # nothing changed since
    fill(services)
    scheduler.note_change(clock[0])
    clock[0] += timedelta(seconds=1)
    second = service.backup_on_close(scheduler)
    assert second is not None and second.counts == store_info(store).counts
    assert not scheduler.pending
    assert [b.path for b in service.list_backups()] == [second.path, first.path]


# ====================================================================== restoring
def _crash_after_adding(store_path: Path, name: str) -> None:
    """Another process adds a member and dies without closing: the change is only in the WAL."""
    code = ("import os, sys\nfrom pathlib import Path\n"
            "from facilitator_app.services.changes import ChangeFeed\n"
            "from facilitator_app.services.members import MemberDraft, MemberService\n"
            "from facilitator_app.storage.store import open_store\n"
            "store = open_store(Path(sys.argv[1]), create=False)\n"
            "MemberService(store, ChangeFeed()).add_member(MemberDraft(sys.argv[2]))\n"
            "os._exit(0)\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code, str(store_path), name], check=True, env=env, cwd=REPO)


def test_restore_backs_up_the_current_store_first_then_puts_the_backup_in_place(
        services: Services, store: Store) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    services.members.add_member(MemberDraft("Nguyễn Văn An"))
    current_counts = store_info(store).counts
    store.close()

    result = backups.restore(store.path, old.path)

    assert result.safety_backup is not None and result.safety_backup.reason == "before-restore"
    assert result.safety_backup.counts == current_counts
    assert result.moved_aside is None
    assert result.counts == old.counts and result.restored_from.path == old.path
    assert snapshot_besides_trail(store.path) == snapshot_besides_trail(old.path)
    assert trail(store.path) == [*trail(old.path), "restore"]   # the restore is in the restored store's trail
    with open_store(store.path, create=False) as reopened:
        assert store_info(reopened).counts == {**old.counts, "audit_events": old.counts["audit_events"] + 1}
    assert no_partials(store.path.parent, store.path.parent / "backups")


def test_restore_over_a_store_whose_last_changes_are_only_in_its_wal(services: Services, store: Store) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    store.close()
    _crash_after_adding(store.path, "Søren")
    assert Path(f"{store.path}-wal").stat().st_size > 0

    result = backups.restore(store.path, old.path)

    assert result.safety_backup is not None
    assert ("Søren",) in raw(result.safety_backup.path, "SELECT preferred_name FROM members")
    assert ("Søren",) not in raw(store.path, "SELECT preferred_name FROM members")
    assert not Path(f"{store.path}-wal").exists()
    assert raw(store.path, "PRAGMA integrity_check") == [("ok",)]


def test_restore_moves_a_damaged_store_aside(services: Services, store: Store) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    store.close()
    data = bytearray(store.path.read_bytes())
    data[:100] = b"\x00" * 100
    store.path.write_bytes(bytes(data))

    result = backups.recover_from_latest(store.path)

    assert result.safety_backup is None and result.moved_aside is not None
    assert result.moved_aside.read_bytes() == bytes(data)
    assert result.moved_aside.name.startswith(f"{store.path.name}.damaged-")
    assert result.counts == old.counts
    assert raw(store.path, "PRAGMA integrity_check") == [("ok",)]


def test_a_damaged_backup_is_refused_and_the_store_left_alone(services: Services, store: Store) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    store.close()
    data = bytearray(old.path.read_bytes())
    data[8192:12288] = b"\xa5" * 4096
    old.path.write_bytes(bytes(data))
    before = store.path.read_bytes()
    with pytest.raises(StorageError) as caught:
        backups.restore(store.path, old.path)
    assert "cannot be used" in caught.value.message and "store was not changed" in caught.value.message
    assert store.path.read_bytes() == before


def test_a_backup_from_a_newer_app_is_refused(services: Services, store: Store, tmp_path: Path) -> None:
    future = tmp_path / "future.sqlite3"
    files.backup_store(store.path, future)
    with keyed_connect(future) as con:
        con.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    con.close()
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version"):
        backups.restore(store.path, future)
    assert store.path.read_bytes() == before


def test_a_full_disk_during_a_restore_leaves_the_store_as_it_was(
        services: Services, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    services.members.add_member(MemberDraft("Aiyana"))
    store.close()
    before = snapshot(store.path)
    real_fsync = files.fsync_file

    def fsync_fails_for_the_restore(path: Path) -> None:
        if path.name.endswith(".restoring"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(path)

    monkeypatch.setattr(files, "fsync_file", fsync_fails_for_the_restore)
    with pytest.raises(StorageError) as caught:
        backups.restore(store.path, old.path)
    message = caught.value.message
    assert "disk is full" in message and "store was not changed" in message
    assert snapshot(store.path) == before
    assert no_partials(store.path.parent, store.path.parent / "backups")


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard links", "no hard links"])
def test_a_failed_restore_over_a_damaged_store_leaves_it_where_it_was(
        services: Services, store: Store, monkeypatch: pytest.MonkeyPatch, hard_links: bool) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    store.close()
    data = bytearray(store.path.read_bytes())
    data[:100] = b"\x00" * 100
    store.path.write_bytes(bytes(data))
    Path(f"{store.path}-wal").write_bytes(b"")
    if not hard_links:
        monkeypatch.setattr(recovery.os, "link", _raise(errno.EPERM))
    real_replace = os.replace

    def full_at_the_last_step(src: object, dst: object) -> None:
        if str(src).endswith(".restoring"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(recovery.os, "replace", full_at_the_last_step)
    with pytest.raises(StorageError, match="disk is full"):
        backups.restore(store.path, old.path)
    monkeypatch.undo()
    assert store.path.read_bytes() == bytes(data)
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["backups", "store.sqlite3", "store.sqlite3-wal",
                                                                   "store.sqlite3.key"]
    # ...and with room again, the damaged file is kept aside, the backup put in its place.
    result = backups.restore(store.path, old.path)
    assert result.moved_aside is not None and result.moved_aside.read_bytes() == bytes(data)
    assert Path(f"{result.moved_aside}-wal").exists()


def test_a_full_disk_for_the_safety_backup_stops_the_restore(services: Services, store: Store,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    services.members.add_member(MemberDraft("Aiyana"))
    store.close()
    before = snapshot(store.path)
    listing = folder_listing(old.path.parent)
    monkeypatch.setattr(files.os, "fsync", _raise(errno.ENOSPC))
    with pytest.raises(StorageError) as caught:
        backups.restore(store.path, old.path)
    assert "could not be backed up first, so nothing was restored" in caught.value.message
    assert "disk is full" in caught.value.message
    monkeypatch.undo()
    assert snapshot(store.path) == before
    assert folder_listing(old.path.parent) == listing


def test_restore_refuses_while_the_store_is_still_open(services: Services, store: Store) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    services.members.add_member(MemberDraft("Aiyana"))
    with store.read():
        with pytest.raises(StorageError, match="still open"):
            backups.restore(store.path, old.path)
    assert store_info(store).counts["members"] == old.counts["members"] + 1  # type: ignore[index]


def test_recover_without_any_backup_changes_nothing(store: Store) -> None:
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(NotFoundError, match="No verified backup"):
        backups.recover_from_latest(store.path)
    assert store.path.read_bytes() == before


def test_restore_of_a_missing_backup_or_of_the_store_itself_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no backup at"):
        backups.restore(store.path, tmp_path / "nowhere.sqlite3")
    with pytest.raises(Exception, match="store itself"):
        backups.restore(store.path, store.path)


def test_restore_when_the_store_is_missing(services: Services, store: Store) -> None:
    fill(services)
    old = backups.make_backup(store, "scheduled")
    store.close()
    store.path.unlink()
    result = backups.restore(store.path, old.path)
    assert result.safety_backup is None and result.moved_aside is None
    assert recovery.diagnose(store.path, old.path.parent) is None
