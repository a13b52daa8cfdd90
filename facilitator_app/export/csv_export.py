"""CSV exports of a group: attendance, members, check-ins.

Spreadsheet-safe: a text cell that starts with = + - @ (or a tab or carriage return) is
prefixed with an apostrophe, so a name like "=HYPERLINK(...)" is shown as text, never run as
a formula. UTF-8 with a byte-order mark, so Excel shows Zoë and Łukasz as written.
Names follow the privacy level; at headcount level attendance and check-ins become one line
per session with counts only.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from statistics import fmean
from typing import Any

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.errors import ValidationError
from facilitator_app.export.cli_support import output_path
from facilitator_app.export.document import ExportResult, check_target, write_bytes
from facilitator_app.export.kinds import CSV_TABLES, DEFAULT_LEVELS
from facilitator_app.export.privacy import NameLevel, display_name, parse_level
from facilitator_app.export.progress import CancelCheck, Progress, Steps
from facilitator_app.export.scrubber import NameScrubber, Passage, replaced_line, scrubber_for
from facilitator_app.services.reports import Person, reports_for

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CsvKind(StrEnum):
    ATTENDANCE = "attendance"
    MEMBERS = "members"
    CHECKINS = "checkins"


@dataclass(frozen=True)
class CsvOptions:
    kind: CsvKind
    group_id: uuid.UUID
    names: NameLevel | None = None   # None: the kind's default (see kinds.DEFAULT_LEVELS)

    @property
    def level(self) -> NameLevel:
        return self.names if self.names is not None else DEFAULT_LEVELS[f"{CsvKind(self.kind).value}-csv"]


def neutralise(value: object) -> object:
    """A cell value that a spreadsheet will not run as a formula (numbers pass as they are)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(services: Any, options: CsvOptions, target: Path,
               progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> ExportResult:
    """Write the group's attendance, members or check-ins as a CSV file (atomically)."""
    kind, level = CsvKind(options.kind), options.level
    target = check_target(target, "CSV file")
    if kind is CsvKind.MEMBERS and not level.shows_names:
        raise ValidationError("A member list needs names: choose full names, first names or initials.")
    steps = Steps(2, progress, should_cancel)
    steps.start()
    header, rows, scrubber = csv_view(services, options)
    steps.advance()
    path = write_bytes(target, csv_bytes(header, rows), "CSV file")
    steps.finish()
    return ExportResult(path, 0, scrubber.replaced)


def csv_view(services: Any, options: CsvOptions) -> tuple[list[str], list[list[object]], NameScrubber]:
    """The table's header and rows as they will leave (the words shared scrubbed), and the scrubber."""
    kind, level = CsvKind(options.kind), options.level
    reports = reports_for(services)
    scrubber = scrubber_for(reports, level)
    if kind is CsvKind.ATTENDANCE:
        header, rows = _attendance(reports, options.group_id, level)
    elif kind is CsvKind.CHECKINS:
        header, rows = _checkins(reports, options.group_id, level, scrubber)
    else:
        header, rows = _members(reports, options.group_id, level)
    return header, rows, scrubber


def passages(services: Any, options: CsvOptions) -> list[Passage]:
    """The free text that will leave with these options (check-in words), replacements marked."""
    if CsvKind(options.kind) is CsvKind.MEMBERS and not options.level.shows_names:
        return []
    return csv_view(services, options)[2].passages


def _name(row: Any, level: NameLevel) -> str:
    return display_name(Person(row.member_id, row.preferred_name, row.full_name or ""), level)


def _attendance(reports: Any, group_id: uuid.UUID, level: NameLevel) -> tuple[list[str], list[list[object]]]:
    group, rows, meetings = reports.attendance_rows(group_id)
    if level.shows_names:
        return (["Date", "Session status", "Member", "Attendance"],
                [[r.date.isoformat(), MeetingStatus(r.meeting_status).label, _name(r, level),
                  AttendanceStatus(r.status).label] for r in rows])
    counts: dict[Any, Counter[AttendanceStatus]] = defaultdict(Counter)
    for r in rows:
        counts[r.meeting_id][AttendanceStatus(r.status)] += 1
    out: list[list[object]] = []
    for m in meetings:
        c = counts.get(m.id, Counter())
        attended = sum(n for status, n in c.items() if status.attended)
        out.append([m.date.isoformat(), m.status.label, c[AttendanceStatus.PRESENT], c[AttendanceStatus.LATE],
                    c[AttendanceStatus.LEFT_EARLY], c[AttendanceStatus.EXCUSED], c[AttendanceStatus.ABSENT],
                    m.visitor_count, attended + m.visitor_count])
    return (["Date", "Session status", "Present", "Late", "Left early", "Excused", "Absent", "Visitors",
             "In the room"], out)


def _checkins(reports: Any, group_id: uuid.UUID, level: NameLevel,
              scrubber: NameScrubber) -> tuple[list[str], list[list[object]]]:
    group, rows, instruments = reports.checkin_rows(group_id)

    def instrument(key: uuid.UUID) -> str:
        defn = instruments.get(key)
        return defn.name if defn else "(unknown check-in)"

    if level.shows_names:
        return (["Date", "Member", "Check-in", "Answers", "Total", "Passed", "Word"],
                [[r.date.isoformat(), _name(r, level), instrument(r.instrument_id),
                  "" if r.passed else " ".join("" if s is None else str(s) for s in (r.scores or ())),
                  r.total, "yes" if r.passed else "no", scrubber.scrub(r.word or "", "Word shared")] for r in rows])
    sessions: dict[tuple[Any, uuid.UUID], list[Any]] = defaultdict(list)
    for r in rows:
        sessions[(r.date, r.instrument_id)].append(r)
    out: list[list[object]] = []
    for (day, key), items in sessions.items():
        totals = [r.total for r in items if not r.passed and r.total is not None]
        out.append([day.isoformat(), instrument(key), len(items), sum(1 for r in items if r.passed),
                    round(fmean(totals), 2) if totals else None])
    return ["Date", "Check-in", "Check-ins", "Passes", "Average"], out


def _members(reports: Any, group_id: uuid.UUID, level: NameLevel) -> tuple[list[str], list[list[object]]]:
    group, lines = reports.member_rows(group_id)
    return (["Member", "Joined", "Left", "Sessions attended"],
            [[display_name(line.person, level), line.joined_on.isoformat(),
              line.left_on.isoformat() if line.left_on else "", line.attended] for line in lines])


def export_from_cli(args: Any, services: Any, organisation: Any) -> str:
    """The command line's table of a group: write it and say where."""
    group = services.groups.find_group(args.group)
    level = parse_level(args.names) if args.names else None
    result = export_csv(services, CsvOptions(CsvKind(args.table), group.id, level),
                        output_path(args, args.table, group, date.today(), extension="csv"))
    label = next(label for table, label, _level in CSV_TABLES if table == args.table)
    message = f"{label} CSV written to {result.path}"
    chosen = level if level is not None else CsvOptions(CsvKind(args.table), group.id).level
    return message if chosen is NameLevel.FULL else f"{message}\n{replaced_line(result.replaced)}"


def options_from_dialog(subject: Any, level: NameLevel, organisation: Any, choices: dict[str, Any]) -> CsvOptions:
    """The export dialog's choices as options (its field set gives the table as ``variant``)."""
    assert subject.group is not None
    return CsvOptions(CsvKind(choices["variant"]), subject.group.id, level)
