"""Benchmark of a walk-in typed as a known name, and of merging two members, on the large store.

Run from the repository root: ``python tests/benchmarks/bench_walk_in_merge.py [--repeat N] [--store PATH]``
(about 15 s to build the large sample store unless ``--store`` reuses one).

Figures are medians (with the 90th percentile) next to a baseline measured in the same run:

- walk-in, known name: ``add_walk_in`` with an existing member's name, in lower case, on the busiest
  group's latest session (matching every member the group ever had), then ``restore`` to undo it;
  against ``set_status`` + ``restore`` of the same member (the same writes without the matching);
- merge + unmerge of the two busiest members of that group (one with the most attendance rows);
  against ``set_status`` + ``restore`` (a one-row transaction).

This is a script, not a test: nothing here asserts a time, and pytest does not collect it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus  # noqa: E402
from facilitator_app.services.container import build_services  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402
from facilitator_app.storage.store import open_store  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p90(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def line(label: str, runs: list[float], base: list[float]) -> None:
    print(f"{label:<34} median {ms(statistics.median(runs)):>9}  p90 {ms(p90(runs)):>9}  "
          f"baseline {ms(statistics.median(base)):>9}  ratio {statistics.median(runs) / statistics.median(base):.1f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--store", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.store or Path(folder) / "large.sqlite3"
        if not path.exists():
            build_sample_store(path, scale="large", seed=1)
        store = open_store(path)
        services = build_services(store)
        today = date.today()
        group = max(services.groups.list_groups(),
                    key=lambda g: len(services.members.group_members(g.id, include_former=True)))
        ever = len(services.members.group_members(group.id, include_former=True))
        meeting = [m for m in services.meetings.list_meetings(group.id, end=today)
                   if m.status is MeetingStatus.HELD][-1]
        busiest = sorted(services.attendance.member_summaries(group.id), key=lambda s: -s.sessions_recorded)
        member = services.members.get_member(busiest[0].member_id)
        print(f"group with {ever} members ever; busiest members recorded at "
              f"{busiest[0].sessions_recorded} and {busiest[1].sessions_recorded} sessions")
        walk, merge, base = [], [], []
        attendance = services.attendance
        for _ in range(args.repeat):
            before = {member.id: next((a.status for a in services.attendance.list_for_meeting(meeting.id)
                                       if a.member_id == member.id), None)}
            base.append(timed(lambda before=before: (
                attendance.set_status(meeting.id, member.id, AttendanceStatus.LATE),
                attendance.restore(meeting.id, before))))
            walk.append(timed(lambda before=before: (
                attendance.add_walk_in(meeting.id, member.preferred_name.lower()),
                attendance.restore(meeting.id, before))))
            merge.append(timed(lambda: services.merges.unmerge(
                services.merges.merge(busiest[0].member_id, busiest[1].member_id))))
        line("walk-in, known name (+ undo)", walk, base)
        line("merge + unmerge", merge, base)
        store.close()


if __name__ == "__main__":
    main()
