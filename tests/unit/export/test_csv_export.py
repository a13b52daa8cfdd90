"""CSV exports: names at the level, counts at headcount level, formulas neutralised, UTF-8 for Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.errors import ValidationError
from facilitator_app.export.csv_export import CsvKind, CsvOptions, csv_bytes, export_csv, neutralise
from facilitator_app.export.privacy import NameLevel
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from tests.unit.export.pdfs import MAIN_GROUP, names_in


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")   # a byte-order mark: Excel then reads UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def _names(services: Services) -> set[str]:
    return {n for m in services.members.list_members() for n in (m.preferred_name, m.full_name) if n}


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("Zoë", "Zoë"), (3, 3), (-3, -3), ("", ""),
])
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected


def test_csv_bytes_neutralises_every_cell() -> None:
    rows = list(csv.reader(io.StringIO(csv_bytes(["=A", "B"], [["@x", 5], [None, "-y"]]).decode("utf-8-sig"))))
    assert rows == [["'=A", "B"], ["'@x", "5"], ["", "'-y"]]


def test_attendance_at_initials(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "a.csv"
    export_csv(sample, CsvOptions(CsvKind.ATTENDANCE, group.id), target)
    rows = _read(target)
    assert rows[0] == ["Date", "Session status", "Member", "Attendance"]
    recorded = sum(len(sample.attendance.list_for_meeting(m.id)) for m in sample.meetings.list_meetings(group.id))
    assert len(rows) - 1 == recorded
    assert {"Z.M.", "N.V.A.", "Ł."} <= {r[2] for r in rows[1:]}
    assert names_in(target.read_text(encoding="utf-8-sig"), _names(sample)) == []


def test_attendance_at_headcount_is_counts_per_session(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    target = tmp_path / "a.csv"
    export_csv(sample, CsvOptions(CsvKind.ATTENDANCE, group.id, NameLevel.NONE), target)
    rows = _read(target)
    meetings = sample.meetings.list_meetings(group.id)
    assert len(rows) - 1 == len(meetings)
    for row, meeting in zip(rows[1:], meetings, strict=True):
        assert row[0] == meeting.date.isoformat() and row[1] == meeting.status.label
        if meeting.status is MeetingStatus.HELD:
            came = sum(1 for a in sample.attendance.list_for_meeting(meeting.id) if a.status.attended)
            assert int(row[-1]) == came + meeting.visitor_count
    text = target.read_text(encoding="utf-8-sig")
    assert names_in(text, _names(sample)) == [] and "Z.M." not in text


def test_checkins_full_and_headcount(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    full = tmp_path / "full.csv"
    export_csv(sample, CsvOptions(CsvKind.CHECKINS, group.id, NameLevel.FULL), full)
    rows = _read(full)
    assert rows[0] == ["Date", "Member", "Check-in", "Answers", "Total", "Passed", "Word"]
    assert "Zoë Mensah" in {r[1] for r in rows} and "Nguyễn Văn An" in {r[1] for r in rows}
    passes = [r for r in rows[1:] if r[5] == "yes"]
    assert passes and all(r[3] == "" and r[4] == "" for r in passes)   # a pass is not a zero
    counts = tmp_path / "counts.csv"
    export_csv(sample, CsvOptions(CsvKind.CHECKINS, group.id, NameLevel.NONE), counts)
    rows = _read(counts)
    assert rows[0] == ["Date", "Check-in", "Check-ins", "Passes", "Average"]
    assert sum(int(r[2]) for r in rows[1:]) == sum(1 for r in _read(full)[1:])


def test_members_need_names_and_neutralise_a_formula_name(fresh: Services, tmp_path: Path) -> None:
    group = fresh.groups.find_group(MAIN_GROUP)
    fresh.members.add_member(MemberDraft(preferred_name="=cmd|' /C calc'!A0"), group_id=group.id)
    target = tmp_path / "m.csv"
    export_csv(fresh, CsvOptions(CsvKind.MEMBERS, group.id), target)
    rows = _read(target)
    assert rows[0] == ["Member", "Joined", "Left", "Sessions attended"]
    assert "'=cmd|' /C calc'!A0" in {r[0] for r in rows}
    assert "Łukasz" in {r[0] for r in rows}
    with pytest.raises(ValidationError, match="needs names"):
        export_csv(fresh, CsvOptions(CsvKind.MEMBERS, group.id, NameLevel.NONE), tmp_path / "none.csv")
    assert not (tmp_path / "none.csv").exists()
