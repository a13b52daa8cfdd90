"""A planted name is nowhere on disk in readable form: not in the store, its WAL, its backups, its
key file, the log, the settings or the temporary folder, while the store is open and after.

The name goes through the services into every table that holds free text, the store stays open
with unsaved WAL pages, then the command line backs it up, checks it, lists its members and
exports it (each command logging to the isolated user folders), with TMPDIR pointing into the
scanned tree. Every byte of every file is then searched, in UTF-8 and UTF-16, in any case.

The control: the same search finds the name in a plain (unencrypted) copy of the store, so a
scanner that found nothing anywhere would fail here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import NoteSections
from facilitator_app.services.container import build_services
from facilitator_app.services.meetings import MeetingDetails
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import meets_today_draft
from tests.helpers.sqlite_files import raw, write_plain_copy

PLANTED = "Zarthex"
FULL_NAME = "Zarthex Quillbury"
FORMS = tuple({form for word in (PLANTED, "Quillbury")
               for text in (word, word.lower(), word.upper())
               for form in (text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"))})


def readable_hits(root: Path) -> list[str]:
    """Every file under ``root`` holding a planted name in readable form, with the form found."""
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [f"{path.relative_to(root)}: {form!r}" for form in FORMS if form in data]
    return hits


def plant(store_path: Path) -> None:
    """The name in a member record and in every free-text field a session has."""
    store = open_store(store_path)
    services = build_services(store)
    today = date.today()
    group = services.groups.create_group(meets_today_draft())
    member = services.members.add_member(MemberDraft(preferred_name=PLANTED, full_name=FULL_NAME), group.id,
                                         today - timedelta(days=30))
    meeting = services.meetings.schedule_next(group.id, 1, today)[0]
    services.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)
    services.meetings.update_details(meeting.id, MeetingDetails(topic=f"Welcome back, {FULL_NAME}", venue="Hall",
                                                                co_facilitators=""))
    services.notes.save_note(meeting.id, NoteSections(themes=f"{PLANTED} asked for a call.",
                                                      safety_concerns=f"{FULL_NAME}'s safety plan"))
    services.checkins.record(meeting.id, member.id, MOOD.id, [6], word=f"missing {PLANTED.lower()}")
    store.close()


def run_cli(store_path: Path, temp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    return subprocess.run([sys.executable, "-m", "facilitator_app", "--db", str(store_path), *args],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def user_root() -> Path:
    """The isolated user folders (data, state with the log, config, cache) made by conftest."""
    return Path(os.environ["XDG_DATA_HOME"]).parent


def test_a_planted_name_is_nowhere_readable_on_disk(tmp_path: Path, user_root: Path) -> None:
    folder = tmp_path / "scanned"
    temp = folder / "tmp"
    temp.mkdir(parents=True)
    store_path = folder / "store.sqlite3"
    plant(store_path)

    # Open again and write, leaving the transaction's pages in the WAL while the files are read.
    store = open_store(store_path)
    services = build_services(store)
    group = services.groups.list_groups()[0]
    services.members.add_member(MemberDraft(preferred_name=f"{PLANTED}ina"), group.id, date.today())
    assert Path(f"{store_path}-wal").exists()
    assert readable_hits(folder) == []
    store.close()

    for args in (["db", "backup"], ["db", "check"], ["list", "members"],
                 ["export", "sign-in-sheet", "--group", group.name, "-o", str(tmp_path / "sheet.pdf")]):
        done = run_cli(store_path, temp, *args)
        assert done.returncode == 0, (args, done.stderr)
    assert PLANTED in run_cli(store_path, temp, "list", "members").stdout   # the data is really there

    names = {p.name for p in folder.rglob("*")}
    assert "store.sqlite3.key" in names and any(p.parent.name == "backups" for p in folder.rglob("*.sqlite3"))
    assert any(p.name.startswith("facilitator.log") for p in user_root.rglob("*"))
    assert readable_hits(folder) == []
    assert readable_hits(user_root) == []


def test_the_scan_finds_the_name_in_a_plain_copy(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    plant(store_path)
    assert raw(store_path, "SELECT count(*) FROM members WHERE preferred_name = ?", PLANTED) == [(1,)]
    plain = tmp_path / "plain"
    plain.mkdir()
    write_plain_copy(store_path, plain / "copy.sqlite3")
    assert any("copy.sqlite3" in hit for hit in readable_hits(plain))
