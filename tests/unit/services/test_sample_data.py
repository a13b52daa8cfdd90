"""The sample-data generator on real SQLite files: sizes, determinism, privacy rules, refusal."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import uuid
from collections import defaultdict
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.instruments import BUILTIN_INSTRUMENTS, MOOD, is_flagged, score
from facilitator_app.errors import ValidationError
from facilitator_app.services.sample_data import SampleSummary, build_sample_store
from facilitator_app.services.sample_vocabulary import REQUIRED_NAMES
from facilitator_app.storage import orm
from facilitator_app.storage.bulk import bulk_insert
from facilitator_app.storage.store import open_store
from tests.helpers.sqlite_files import connect as keyed_connect

TODAY = date(2026, 3, 4)
SEED = 1
TABLES = ("groups", "members", "memberships", "meetings", "attendance", "checkins", "session_notes",
          "handouts", "handout_files", "meeting_handouts", "group_skipped_dates", "audit_events")


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with contextlib.closing(keyed_connect(path)) as con:
        return con.execute(sql, params).fetchall()


def table_dump(path: Path, table: str) -> list[tuple]:
    """Every row, but the clock stamps (``hlc``, ``changed_hlc``): each store has its own clock."""
    columns = [c[1] for c in rows(path, f'PRAGMA table_info("{table}")') if c[1] not in ("hlc", "changed_hlc")]
    return rows(path, f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY id')


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SampleSummary]:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    return path, build_sample_store(path, "small", seed=SEED, today=TODAY)


@pytest.fixture
def path(sample: tuple[Path, SampleSummary]) -> Path:
    return sample[0]


def test_summary_counts_are_the_rows_in_the_file(sample: tuple[Path, SampleSummary]) -> None:
    path, summary = sample
    tables = {"groups": "groups", "members": "members", "memberships": "memberships", "meetings": "meetings",
              "attendance": "attendance", "checkins": "checkins", "session_notes": "session_notes",
              "handouts": "handouts", "meeting_handouts": "meeting_handouts",
              "skipped_dates": "group_skipped_dates"}
    assert set(summary.counts) == set(tables)
    for name, table in tables.items():
        assert rows(path, f"SELECT count(*) FROM {table}")[0][0] == summary.counts[name], name


def test_small_scale_sizes(sample: tuple[Path, SampleSummary]) -> None:
    path, s = sample
    assert s.groups == 2 and s.members == 25 and s.handouts == 12
    assert 25 <= s.memberships <= 30
    past = rows(path, "SELECT count(*) FROM meetings WHERE date < ?", TODAY.isoformat())[0][0]
    assert 25 <= past <= 35
    assert 150 <= s.attendance <= 400
    assert 100 <= s.checkins <= s.attendance
    assert 15 <= s.session_notes <= 30
    assert s.meeting_handouts >= 1
    assert rows(path, "SELECT count(*) FROM memberships WHERE left_on IS NOT NULL")[0][0] >= 1


def test_past_and_upcoming_sessions(path: Path) -> None:
    by_status = defaultdict(list)
    for group_id, day, status in rows(path, "SELECT group_id, date, status FROM meetings"):
        by_status[status].append((group_id, date.fromisoformat(day)))
    assert all(d > TODAY for _, d in by_status["planned"])
    for status in ("held", "cancelled", "did_not_meet"):
        assert by_status[status] and all(d < TODAY for _, d in by_status[status]), status
    for group_id, in rows(path, "SELECT id FROM groups"):
        assert sum(g == group_id for g, _ in by_status["planned"]) >= 2


def test_attendance_only_at_held_sessions_for_members_active_that_day(path: Path) -> None:
    assert rows(path, "SELECT count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
                      "WHERE m.status != 'held'")[0][0] == 0
    outside = rows(path, """
        SELECT count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id
        WHERE NOT EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = a.member_id AND s.group_id = m.group_id
                          AND s.joined_on <= m.date AND (s.left_on IS NULL OR m.date < s.left_on))""")
    assert outside[0][0] == 0
    missing = rows(path, """
        SELECT count(*) FROM meetings m JOIN memberships s ON s.group_id = m.group_id
        WHERE m.status = 'held' AND s.joined_on <= m.date AND (s.left_on IS NULL OR m.date < s.left_on)
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.member_id = s.member_id)""")
    assert missing[0][0] == 0
    statuses = dict(rows(path, "SELECT status, count(*) FROM attendance GROUP BY status"))
    assert statuses["present"] > sum(statuses.values()) / 2
    assert {"late", "excused", "absent"} <= set(statuses)


def test_checkins_are_scored_and_passes_never_have_totals(path: Path) -> None:
    instruments = {d.id.hex: d for d in BUILTIN_INSTRUMENTS}
    found = rows(path, "SELECT c.instrument_id, c.scores, c.total, c.passed, g.instrument_id FROM checkins c "
                       "JOIN meetings m ON m.id = c.meeting_id JOIN groups g ON g.id = m.group_id")
    passes = [r for r in found if r[3]]
    assert 0 < len(passes) < len(found) * 0.2
    for instrument_id, scores, total, passed, group_instrument in found:
        assert instrument_id == group_instrument
        answers = json.loads(scores)
        if passed:
            assert total is None and all(a is None for a in answers)
        else:
            assert total == score(instruments[instrument_id], answers).total
    assert rows(path, "SELECT count(*) FROM checkins WHERE passed AND total IS NOT NULL")[0][0] == 0


def test_moods_wander_enough_for_a_gentle_flag(path: Path) -> None:
    history = defaultdict(list)
    for member_id, total in rows(path, "SELECT c.member_id, c.total FROM checkins c JOIN meetings m "
                                       "ON m.id = c.meeting_id WHERE c.instrument_id = ? ORDER BY m.date",
                                 MOOD.id.hex):
        history[member_id].append(total)
    flags = sum(is_flagged(MOOD, totals[i], totals[:i][::-1])
                for totals in history.values() for i in range(1, len(totals)))
    assert flags >= 1


def test_required_names_and_invented_contacts(path: Path) -> None:
    members = rows(path, "SELECT preferred_name, full_name, phone, email FROM members")
    names = {n for m in members for n in m[:2]}
    assert set(REQUIRED_NAMES) <= names
    assert sum(m[1] == "" for m in members) >= len(members) * 0.4  # many give a first name only
    for _, _, phone, email in members:
        assert phone == "" or re.fullmatch(r"07700 900\d{3}", phone)
        assert email == "" or email.endswith("@example.org")


def test_notes_name_members_by_initials_only(path: Path) -> None:
    names = {n for (n,) in rows(path, "SELECT preferred_name FROM members")}
    notes = rows(path, "SELECT themes, strategies, follow_ups, safety_concerns, free_text FROM session_notes")
    text = "\n".join("\n".join(n) for n in notes)
    for name in names:
        assert not re.search(rf"\b{re.escape(name)}\b", text), name
    assert re.search(r"\b[A-ZŁØ]\.(?:[A-Z]\.)?", text)
    assert sum(bool(n[3]) for n in notes) <= len(notes) / 4  # safety concerns mostly empty


def test_handouts_are_text_with_matching_hashes(path: Path) -> None:
    found = rows(path, "SELECT f.sha256, f.size, f.media_type, f.content, h.title FROM handouts h "
                       "JOIN handout_files f ON f.id = h.file_id")
    assert len({r[0] for r in found}) == len(found) == 12
    for sha, size, media_type, content, title in found:
        assert hashlib.sha256(content).hexdigest() == sha and len(content) == size
        assert media_type in ("text/markdown", "text/plain")
        text = content.decode("utf-8")
        assert title.split(" (")[0] in text
        assert not re.search(r"\d{4,}|\d{3}[ -]\d{3}", text), "no phone numbers in handouts"


def test_one_audit_event_with_counts_only(sample: tuple[Path, SampleSummary]) -> None:
    path, summary = sample
    (action, counts), = rows(path, "SELECT action, counts FROM audit_events")
    assert action == "sample_data.created" and json.loads(counts) == summary.counts


def test_file_is_sound(path: Path) -> None:
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(path, "PRAGMA foreign_key_check") == []


def test_orm_reads_every_row_back(path: Path) -> None:
    with open_store(path) as store, store.read() as session:
        meetings = session.scalars(select(orm.Meeting)).all()
        assert {m.status for m in meetings} == set(MeetingStatus)
        assert all(isinstance(m.id, uuid.UUID) for m in meetings)
        for model in (orm.Group, orm.Member, orm.Membership, orm.Attendance, orm.Checkin, orm.SessionNote,
                      orm.Handout, orm.HandoutFile, orm.MeetingHandout, orm.AuditEvent):
            assert session.scalars(select(model)).all(), model
        session.scalars(select(orm.SkippedDate)).all()  # holidays may not fall in a short span


def test_same_seed_same_rows_other_seed_other_rows(path: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "again.sqlite3", tmp_path / "other.sqlite3"
    build_sample_store(again, "small", seed=SEED, today=TODAY)
    build_sample_store(other, "small", seed=SEED + 1, today=TODAY)
    for table in TABLES:
        assert table_dump(again, table) == table_dump(path, table), table
    for table in ("members", "attendance", "checkins"):
        assert table_dump(other, table) != table_dump(path, table), table


def test_refuses_a_store_that_holds_groups_and_leaves_it_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite3"
    build_sample_store(target, "small", seed=5, today=TODAY)
    before = target.read_bytes()
    with pytest.raises(ValidationError, match="already holds groups"):
        build_sample_store(target, "small", seed=6, today=TODAY)
    assert target.read_bytes() == before
    assert not Path(f"{target}-wal").exists()


def test_a_store_whose_groups_were_all_deleted_takes_sample_data(tmp_path: Path) -> None:
    target = tmp_path / "emptied.sqlite3"
    with open_store(target) as store, store.write() as session:
        at = TODAY.replace(day=1)
        stamp = datetime.combine(at, time(12, 0))
        bulk_insert(session, {orm.Group: [{
            "id": uuid.uuid4(), "created_at": stamp, "updated_at": stamp, "deleted_at": stamp,
            "name": "Deleted group", "description": "", "venue": "", "cadence": "weekly", "weekday": 0,
            "week_of_month": 1, "anchor_date": at, "start_time": time(18, 30), "duration_minutes": 90,
            "instrument_id": None, "agreement_text": "", "agreement_version": 1}]})
    summary = build_sample_store(target, "small", seed=SEED, today=TODAY)
    assert rows(target, "SELECT count(*) FROM groups")[0][0] == summary.groups + 1


def test_unknown_scale_is_refused_before_any_file_is_made(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="small, large"):
        build_sample_store(tmp_path / "x.sqlite3", "huge")
    assert list(tmp_path.iterdir()) == []
