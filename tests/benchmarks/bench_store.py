"""Benchmarks of a large store: build it, open it, summarise attendance per member.

Run from the repository root: ``python tests/benchmarks/bench_store.py [--repeat N]``.
Every timing is a median and comes with a baseline measured in the same run on the
same machine (plain ``sqlite3`` doing the nearest equivalent work), printed as a ratio,
so results from different machines can be compared by their ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

# The script is run by path, so its own folder (not the repository) is first on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from facilitator_app.services.attendance import AttendanceService  # noqa: E402
from facilitator_app.services.changes import ChangeFeed  # noqa: E402
from facilitator_app.services.sample_data import SampleSummary, build_sample_store  # noqa: E402
from facilitator_app.storage import orm  # noqa: E402
from facilitator_app.storage.store import open_store  # noqa: E402

# A fixed "today" keeps every run's store identical, so runs compare like with like.
TODAY = date(2026, 11, 26)
QUICK_FACTOR = 5  # the quick measurements (milliseconds) are repeated this many times more


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def fmt(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


def report(label: str, ours: list[float], base: list[float], base_label: str) -> None:
    mine, theirs = statistics.median(ours), statistics.median(base)
    print(f"{label}\n    median {fmt(mine)} over {len(ours)} runs"
          f"   baseline ({base_label}) {fmt(theirs)}   ratio {mine / theirs:.1f}x")


# ---------------------------------------------------------------- build
def build(directory: Path, n: int, seed: int) -> tuple[float, SampleSummary, Path]:
    path = directory / f"large-{n}.sqlite3"
    seconds, summary = timed(lambda: build_sample_store(path, "large", seed=seed, today=TODAY))
    return seconds, summary, path


def baseline_insert(source: Path, directory: Path, n: int) -> float:
    """Plain sqlite3 executemany of the same attendance rows into the same table, one transaction."""
    with contextlib.closing(sqlite3.connect(source)) as con:
        ddl = [sql for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'attendance' AND sql IS NOT NULL ORDER BY type DESC")]
        rows = con.execute("SELECT * FROM attendance").fetchall()
    target = directory / f"baseline-{n}.sqlite3"
    con = sqlite3.connect(target, isolation_level=None)
    try:
        # The same journal settings as the store, so only the Python layers differ.
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        for sql in ddl:
            con.execute(sql)
        marks = ", ".join("?" * len(rows[0]))

        def insert() -> None:
            con.execute("BEGIN")
            con.executemany(f"INSERT INTO attendance VALUES ({marks})", rows)
            con.execute("COMMIT")

        seconds, _ = timed(insert)
    finally:
        con.close()
    return seconds


# ---------------------------------------------------------------- open
def open_and_count(path: Path) -> float:
    start = time.perf_counter()
    store = open_store(path, create=False)
    with store.read() as session:
        session.execute(select(func.count()).select_from(orm.Member)).scalar_one()
    seconds = time.perf_counter() - start
    store.close()  # closing checkpoints the WAL: not part of "opening"
    return seconds


def baseline_open(path: Path) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(path)
    con.execute("SELECT count(*) FROM members").fetchone()
    seconds = time.perf_counter() - start
    con.close()
    return seconds


# ---------------------------------------------------------------- attendance per member
BASELINE_SUMMARY_SQL = """
    SELECT mb.id, mb.preferred_name,
           count(CASE WHEN a.status IN ('present', 'late', 'left_early') THEN 1 END),
           count(a.id),
           max(CASE WHEN a.status IN ('present', 'late', 'left_early') THEN m.date END)
    FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN members mb ON mb.id = a.member_id
    WHERE m.group_id = ? AND m.status = 'held'
      AND m.deleted_at IS NULL AND a.deleted_at IS NULL AND mb.deleted_at IS NULL
    GROUP BY mb.id ORDER BY lower(mb.preferred_name)
"""


def biggest_group(path: Path) -> tuple[str, str, int]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return con.execute(
            "SELECT g.id, g.name, count(*) AS n FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
            "JOIN groups g ON g.id = m.group_id GROUP BY g.id ORDER BY n DESC LIMIT 1").fetchone()


def summaries(path: Path, group_hex: str) -> tuple[float, int]:
    store = open_store(path, create=False)
    try:
        service = AttendanceService(store, ChangeFeed())
        service.member_summaries(uuid.UUID(group_hex))  # warm the statement cache, as a running app has
        seconds, result = timed(lambda: service.member_summaries(uuid.UUID(group_hex)))
    finally:
        store.close()
    return seconds, len(result)


def baseline_summaries(path: Path, group_hex: str) -> tuple[float, int]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        con.execute(BASELINE_SUMMARY_SQL, (group_hex,)).fetchall()
        seconds, result = timed(lambda: con.execute(BASELINE_SUMMARY_SQL, (group_hex,)).fetchall())
    return seconds, len(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="builds to time (default 3); the quick "
                        f"measurements run {QUICK_FACTOR} times as often")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)

    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as tmp:
        directory = Path(tmp)
        builds: list[float] = []
        inserts: list[float] = []
        summary: SampleSummary | None = None
        path = directory / "none"
        for n in range(repeat):
            seconds, summary, path = build(directory, n, args.seed)
            builds.append(seconds)
            inserts.append(baseline_insert(path, directory, n))
            print(f"  build {n + 1}/{repeat}: {fmt(seconds)}", flush=True)
        assert summary is not None
        print(f"\nLarge store (seed {args.seed}, today {TODAY}): {path.stat().st_size / 1e6:.0f} MB")
        print("    " + ", ".join(f"{name} {count:,}" for name, count in summary.counts.items()))
        report("build the large store (generate + insert + commit)", builds, inserts,
               f"sqlite3 executemany of the same {summary.attendance:,} attendance rows")

        quick = repeat * QUICK_FACTOR
        opens, bare_opens = [], []
        for _ in range(quick):
            opens.append(open_and_count(path))
            bare_opens.append(baseline_open(path))
        report("open the store + first query (count of members)", opens, bare_opens,
               "sqlite3.connect + SELECT count(*) FROM members")

        group_hex, group_name, rows = biggest_group(path)
        ours, base = [], []
        for _ in range(quick):
            seconds, n_ours = summaries(path, group_hex)
            ours.append(seconds)
            seconds, n_base = baseline_summaries(path, group_hex)
            base.append(seconds)
        assert n_ours == n_base, (n_ours, n_base)
        report(f"attendance per member: AttendanceService.member_summaries\n    for '{group_name}' "
               f"({rows:,} attendance rows, {n_ours} members)", ours, base, "the same query in plain sqlite3")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
