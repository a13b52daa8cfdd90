"""Retention: off until set; ``db retention`` lists what is due as counts (names on request);
``--apply`` asks, backs up, erases and records one audit event. Every name here is invented."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.cli import main
from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import NoteSections
from facilitator_app.errors import ValidationError
from facilitator_app.services.audit import AuditService
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.retention import RetentionPolicy, RetentionService, months_before
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect

TODAY = date.today()
OLD = TODAY.replace(year=TODAY.year - 6, day=1)       # sessions six years ago
RECENT = TODAY - timedelta(days=40)


def build(path: Path) -> dict[str, Any]:
    """Two old sessions and one recent: a member last seen six years ago, one seen recently."""
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        gone = services.members.add_member(MemberDraft("Vesper", full_name="Vesper Quillane"),
                                           group_id=group.id, joined_on=OLD - timedelta(days=30))
        here = services.members.add_member(MemberDraft("Ines"), group_id=group.id, joined_on=OLD - timedelta(days=30))
        old = [services.meetings.create_meeting(group.id, OLD + timedelta(days=7 * i)) for i in range(2)]
        recent = services.meetings.create_meeting(group.id, RECENT)
        for meeting in old:
            for member in (gone, here):
                services.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)
                services.checkins.record(meeting.id, member.id, MOOD.id, [5], word="calm")
            services.notes.save_note(meeting.id, NoteSections(themes="Vesper talked about the allotment."))
        services.attendance.set_status(recent.id, here.id, AttendanceStatus.PRESENT)
        services.checkins.record(recent.id, here.id, MOOD.id, [8])
        services.notes.save_note(recent.id, NoteSections(themes="Sleep and routines."))
        return {"gone": gone.id, "here": here.id}


def count(path: Path, table: str) -> int:
    with contextlib.closing(keyed_connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    build(path)
    return path


def db(path: Path, *args: str) -> int:
    return main(["--db", str(path), "db", *args])


def test_off_by_default_nothing_is_due_or_removed(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(path) as store:
        service = RetentionService(store)
        assert service.policy().is_off
        assert service.due().nothing
        assert service.apply().backup is None
    assert db(path, "retention") == 0
    assert "Retention is off: nothing is ever removed." in capsys.readouterr().out
    assert count(path, "checkins") == 5 and count(path, "session_notes") == 3


def test_listing_gives_counts_and_names_only_when_asked(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert db(path, "retention", "set", "--checkins-years", "2", "--notes-years", "3",
              "--erase-unseen-years", "5") == 0
    out = capsys.readouterr().out
    assert "Check-ins: kept for 2 years." in out and "Members not seen: erased after 5 years." in out
    assert db(path, "retention") == 0
    out = capsys.readouterr().out
    assert "  4 check-ins from sessions before" in out and "  2 session notes from sessions before" in out
    assert "  1 members not seen since before" in out and "Add --apply" in out
    assert "Vesper" not in out
    assert db(path, "retention", "--names") == 0
    assert "Vesper (Vesper Quillane)" in capsys.readouterr().out
    assert count(path, "checkins") == 5   # listing changes nothing


def test_apply_asks_first_then_backs_up_erases_and_audits(path: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert db(path, "retention", "set", "--checkins-years", "2", "--notes-years", "3",
              "--erase-unseen-years", "5") == 0
    monkeypatch.setattr("builtins.input", lambda prompt: "")
    assert db(path, "retention", "--apply") == 0
    assert "Nothing was changed." in capsys.readouterr().out and count(path, "checkins") == 5
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert db(path, "retention", "--apply") == 0
    out = capsys.readouterr().out
    assert "Erased 2 check-ins, 2 session notes and 1 members." in out and "A backup was made first" in out
    assert count(path, "checkins") == 1 and count(path, "session_notes") == 1
    with contextlib.closing(keyed_connect(path)) as conn:
        names = [r[0] for r in conn.execute("SELECT preferred_name FROM members ORDER BY preferred_name")]
        visitors = sorted(r[0] for r in conn.execute("SELECT visitor_count FROM meetings"))
    assert names == ["Ines", "[erased]"] and visitors == [0, 1, 1]
    with open_store(path) as store:
        assert RetentionService(store).due().nothing
        assert AuditService(store).verify().intact
        assert [e.action for e in AuditService(store).entries(2)] == ["retention.set", "retention.applied"]
        assert AuditService(store).entries(1)[0].counts == {"checkins": 2, "notes": 2, "members": 1, "mentions": 2}
    assert db(path, "retention", "--apply", "--yes") == 0
    assert "Nothing is due; nothing was changed." in capsys.readouterr().out


def test_set_keeps_the_periods_not_given_and_off_turns_one_off(path: Path) -> None:
    assert db(path, "retention", "set", "--checkins-years", "2", "--notes-years", "3") == 0
    assert db(path, "retention", "set", "--notes-years", "off") == 0
    with open_store(path) as store:
        assert RetentionService(store).policy() == RetentionPolicy(checkins_months=24)
        with pytest.raises(ValidationError):
            RetentionService(store).set_policy(RetentionPolicy(notes_months=0 - 1))


def test_a_bad_number_of_years_is_a_usage_error(path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        db(path, "retention", "set", "--checkins-years", "two")
    assert exit_.value.code == 2


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 3, 31), 1, date(2026, 2, 28)), (date(2026, 12, 5), 24, date(2024, 12, 5)),
    (date(2024, 2, 29), 12, date(2023, 2, 28)), (date(2026, 1, 15), 13, date(2024, 12, 15)),
])
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected
