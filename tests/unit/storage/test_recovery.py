"""A damaged store at start-up: each kind is named, the newest verified backup is offered,
the file is left as it is (moved aside only on request), and no empty store takes its place."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from facilitator_app.errors import StoreDamagedError, StoreNotRecognisedError, StoreTooNewError
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage import recovery
from facilitator_app.storage.backup import BackupInfo, make_verified_backup
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.recovery import Damage
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect

REPO = Path(__file__).resolve().parents[3]
PAGE = 4096


def make_store(path: Path, members: int = 30) -> None:
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        for n in range(members):
            services.members.add_member(MemberDraft(f"Member {n}", notes="x" * 300), group_id=group.id,
                                        joined_on=date(2026, 1, 1))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:(len(data) // PAGE // 2) * PAGE])


def _truncate_mid_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2 + 1000])


def _zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00" * 100
    path.write_bytes(bytes(data))


def _zero_first_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:PAGE] = b"\x00" * PAGE
    path.write_bytes(bytes(data))


def _garbage_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    data[middle:middle + PAGE] = bytes((i * 37 + 11) % 256 for i in range(PAGE))
    path.write_bytes(bytes(data))


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("Name,Phone\nZoë,07700 900123\n", encoding="utf-8")


def _too_new(path: Path) -> None:
    with contextlib.closing(keyed_connect(path)) as con:
        con.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
        con.commit()


DAMAGE: dict[str, tuple[Callable[[Path], None], Damage, str]] = {
    # An encrypted store records its page count inside the encryption: cut at a page boundary, the
    # missing pages are found by the page check instead of the header.
    "truncated": (_truncate, Damage.CORRUPT, "cannot be read"),
    "truncated mid-page": (_truncate_mid_page, Damage.TRUNCATED, "not a whole number of pages"),
    "zeroed header": (_zero_header, Damage.ZEROED_HEADER, "wiped"),
    "zeroed first page": (_zero_first_page, Damage.ZEROED_HEADER, "wiped"),
    "garbage page": (_garbage_page, Damage.CORRUPT, "cannot be read"),
    "zero bytes": (_zero_bytes, Damage.EMPTY, "empty"),
    "not a database": (_text, Damage.NOT_A_DATABASE, "not a database file"),
    "from a newer app": (_too_new, Damage.TOO_NEW, "newer version"),
}


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    make_store(path)
    return path


@pytest.fixture
def with_backup(sound: Path) -> tuple[Path, BackupInfo]:
    backup = make_verified_backup(sound, sound.parent / "backups", "on-close", datetime(2026, 11, 20, 17, 45))
    return sound, backup


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_store_is_named_with_the_newest_backup_and_left_as_it_is(
        with_backup: tuple[Path, BackupInfo], kind: str) -> None:
    path, backup = with_backup
    damage, expected_kind, words = DAMAGE[kind]
    damage(path)
    before, files = path.read_bytes(), listing(path.parent)

    with pytest.raises((StoreDamagedError, StoreTooNewError)) as caught:
        open_store(path)

    message = caught.value.message
    assert str(path) in message and words in message
    assert str(backup.path) in message and backup.label in message
    assert "db restore --latest" in message and "never deleted" in message
    assert "\n" not in message
    assert path.read_bytes() == before
    assert listing(path.parent) == files  # not moved aside, nothing new beside it
    diagnosis = recovery.diagnose(path, path.parent / "backups")
    assert diagnosis is not None and diagnosis.damage is expected_kind
    assert diagnosis.latest_backup is not None and diagnosis.latest_backup.path == backup.path
    if kind in ("zero bytes", "not a database", "zeroed header", "zeroed first page"):
        # Also the wrong file given by mistake: it is refused as "not a store" as before.
        assert isinstance(caught.value, StoreNotRecognisedError) and "untouched" in message


@pytest.mark.parametrize("kind", ["truncated", "garbage page"])
def test_without_a_backup_the_message_says_so_and_what_to_do(sound: Path, kind: str) -> None:
    DAMAGE[kind][0](sound)
    with pytest.raises(StoreDamagedError) as caught:
        open_store(sound)
    message = caught.value.message
    assert "No verified backup" in message and "do not delete it" in message
    assert not (sound.parent / "backups").exists()


def test_a_sound_store_has_no_diagnosis(sound: Path) -> None:
    assert recovery.diagnose(sound, sound.parent / "backups") is None
    assert recovery.diagnose(sound.parent / "missing.sqlite3", sound.parent / "backups") is None
    assert recovery.is_sound_store(sound)
    assert listing(sound.parent) == ["store.sqlite3", "store.sqlite3.key"]  # looking left no -wal or -shm behind


def test_large_stores_skip_the_page_check_at_open_but_damage_is_still_named(
        with_backup: tuple[Path, BackupInfo], monkeypatch: pytest.MonkeyPatch) -> None:
    path, backup = with_backup
    with contextlib.closing(keyed_connect(path)) as con:
        (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE:root * PAGE] = b"\xa5" * PAGE  # the members table's first page
    path.write_bytes(bytes(data))
    monkeypatch.setattr(recovery, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)  # every store counts as large
    store = open_store(path)  # the cheap checks pass: the header and length are fine
    try:
        with pytest.raises(StoreDamagedError):
            build_services(store).members.list_members()
    finally:
        store.close()
    with pytest.raises(StoreDamagedError, match=str(backup.path).replace("\\", "\\\\")):
        open_store(path, full_check=True)
    assert recovery.diagnose(path, path.parent / "backups").damage is Damage.CORRUPT  # type: ignore[union-attr]


def test_a_store_left_by_a_crash_is_not_mistaken_for_a_damaged_one(sound: Path) -> None:
    code = ("import os, sys\nfrom pathlib import Path\n"
            "from facilitator_app.services.changes import ChangeFeed\n"
            "from facilitator_app.services.members import MemberDraft, MemberService\n"
            "from facilitator_app.storage.store import open_store\n"
            "store = open_store(Path(sys.argv[1]), create=False)\n"
            "service = MemberService(store, ChangeFeed())\n"
            "for n in range(300): service.add_member(MemberDraft(f'Late {n}', notes='y' * 2000))\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(sound)], check=True, cwd=REPO,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    assert Path(f"{sound}-wal").stat().st_size > 0
    assert recovery.header_damage(sound) is None
    with open_store(sound) as store:
        assert len(build_services(store).members.list_members()) == 330


def test_move_aside_takes_the_wal_and_shm_along_and_deletes_nothing(sound: Path) -> None:
    wal, shm = Path(f"{sound}-wal"), Path(f"{sound}-shm")
    wal.write_bytes(b"wal bytes")
    shm.write_bytes(b"shm bytes")
    data = sound.read_bytes()
    moment = datetime(2026, 11, 26, 9, 15, 0)

    aside = recovery.move_aside(sound, now=moment)

    assert aside.name == "store.sqlite3.damaged-20261126T091500"
    assert aside.read_bytes() == data
    assert Path(f"{aside}-wal").read_bytes() == b"wal bytes" and Path(f"{aside}-shm").read_bytes() == b"shm bytes"
    assert not sound.exists() and not wal.exists() and not shm.exists()
    make_store(sound, members=1)
    again = recovery.move_aside(sound, now=moment)
    assert again.name == "store.sqlite3.damaged-20261126T091500-2" and aside.exists()


def test_a_missing_store_is_still_created_and_a_leftover_wal_is_not_applied_to_it(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    make_store(path)
    # Someone deleted the store by hand, but its WAL (from another store) is still there.
    code = ("import os, sys\nfrom pathlib import Path\n"
            "from facilitator_app.services.changes import ChangeFeed\n"
            "from facilitator_app.services.members import MemberDraft, MemberService\n"
            "from facilitator_app.storage.store import open_store\n"
            "store = open_store(Path(sys.argv[1]), create=False)\n"
            "MemberService(store, ChangeFeed()).add_member(MemberDraft('Ghost'))\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, cwd=REPO,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    path.unlink()
    with open_store(path) as store:
        assert store.opened.created
        assert build_services(store).members.list_members() == []
    assert inspect_file(path) is FileKind.STORE
    with contextlib.closing(keyed_connect(path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [p for p in listing(tmp_path) if ".orphaned-" in p]  # kept, not deleted


def test_recovering_a_damaged_store_from_its_newest_backup(with_backup: tuple[Path, BackupInfo]) -> None:
    path, backup = with_backup
    _garbage_page(path)
    damaged = path.read_bytes()
    result = recovery.recover_from_latest(path, path.parent / "backups")
    assert result.moved_aside is not None and result.moved_aside.read_bytes() == damaged
    assert result.restored_from.path == backup.path
    with open_store(path) as store:
        assert len(build_services(store).members.list_members()) == 30
