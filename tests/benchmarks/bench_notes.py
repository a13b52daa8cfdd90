"""Benchmark: full-text search over the notes of the large sample store (~8,500 notes).

Run from the repository root: ``python tests/benchmarks/bench_notes.py [--repeat N] [--store PATH]``.
Without ``--store`` it builds the large sample store in a temporary folder first (~20 s).
For each query it times ``NoteService.search`` (the newest 50 live notes with every word, with
a snippet of the matching section: what the Notes panel shows) against baselines measured in
the same run on the same file with plain ``sqlite3``:

- "MATCH": ``SELECT rowid, snippet(...) FROM notes_fts WHERE notes_fts MATCH ? LIMIT 50``,
  the cost of FTS5 itself (in its own order, with no joins and no Python objects);
- "same SQL": the service's two statements run through ``sqlite3`` directly, which shows what
  SQLAlchemy and building the results cost on top.

It prints medians and ratios and a pass/FAIL against the 20 ms target; it never asserts, so a
FAIL is a finding to profile, not a broken build.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

# The script is run by path, so its own folder (not the repository) is first on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator_app.services.changes import ChangeFeed  # noqa: E402
from facilitator_app.services.notes import SEARCH_LIMIT, NoteService  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402
from facilitator_app.storage import fts  # noqa: E402
from facilitator_app.storage.store import open_store  # noqa: E402

TODAY = date(2026, 11, 26)  # a fixed "today" keeps every run's store identical
TARGET_MS = 20.0
# Words a facilitator would look for in the sample notes, a prefix (search as you type), two words,
# and a rare word.
QUERIES = ("sleep", "breathing", "family", "medication", "slee", "gro", "sleep walk", "crisis")

BASELINE_MATCH = (f"SELECT rowid, snippet({fts.FTS_TABLE}, -1, '\x02', '\x03', '…', 16) FROM {fts.FTS_TABLE} "
                  f"WHERE {fts.FTS_TABLE} MATCH ? LIMIT {SEARCH_LIMIT}")
SAME_SEARCH = f"""
    SELECT n.rowid, n.meeting_id, m.group_id, g.name, m.date
    FROM {fts.FTS_TABLE} AS f
    JOIN session_notes AS n ON n.rowid = f.rowid
    JOIN meetings AS m ON m.id = n.meeting_id
    JOIN groups AS g ON g.id = m.group_id
    WHERE {fts.FTS_TABLE} MATCH ?
      AND n.deleted_at IS NULL AND m.deleted_at IS NULL AND g.deleted_at IS NULL
    ORDER BY m.date DESC, m.start_time DESC, g.name, n.rowid DESC
    LIMIT {SEARCH_LIMIT}
"""


def same_snippets(count: int) -> str:
    calls = ", ".join(f"snippet({fts.FTS_TABLE}, {i}, '\x02', '\x03', '…', 16)" for i in range(len(fts.COLUMNS)))
    marks = ", ".join("?" * count)
    return (f"SELECT rowid, {calls} FROM {fts.FTS_TABLE} "
            f"WHERE {fts.FTS_TABLE} MATCH ? AND +rowid IN ({marks})")


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.2f} ms"


def measure(path: Path, repeat: int) -> bool:
    store = open_store(path, create=False)
    notes = NoteService(store, ChangeFeed())
    all_pass = True
    try:
        with contextlib.closing(sqlite3.connect(path)) as con:
            count = con.execute("SELECT count(*) FROM session_notes WHERE deleted_at IS NULL").fetchone()[0]
            print(f"{count:,} live notes in {path.name} ({path.stat().st_size / 1e6:.0f} MB); "
                  f"{repeat} runs per query, alternating\n")
            print(f"{'query':<13}{'matches':>8}  {'search':>9}  {'MATCH':>9} {'ratio':>6}  "
                  f"{'same SQL':>9} {'ratio':>6}  target")

            def same_sql(expression: str) -> int:
                rows = con.execute(SAME_SEARCH, (expression,)).fetchall()
                ids = [r[0] for r in rows]
                if ids:
                    con.execute(same_snippets(len(ids)), (expression, *ids)).fetchall()
                return len(rows)

            for query in QUERIES:
                expression = fts.match_expression(query)
                assert expression is not None
                matches = con.execute(f"SELECT count(*) FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ?",
                                      (expression,)).fetchone()[0]
                # Warm up each path once, as a running app has its statements cached.
                hits = notes.search(query)
                con.execute(BASELINE_MATCH, (expression,)).fetchall()
                assert len(hits) == same_sql(expression) == min(matches, SEARCH_LIMIT), query
                ours, bare, same = [], [], []
                for _ in range(repeat):
                    ours.append(timed(lambda q=query: notes.search(q))[0])
                    bare.append(timed(lambda e=expression: con.execute(BASELINE_MATCH, (e,)).fetchall())[0])
                    same.append(timed(lambda e=expression: same_sql(e))[0])
                mine, base, plain = (statistics.median(x) for x in (ours, bare, same))
                ok = mine * 1000 < TARGET_MS
                all_pass &= ok
                print(f"{query!r:<13}{matches:>8,}  {ms(mine)}  {ms(base)} {mine / base:5.1f}x  "
                      f"{ms(plain)} {mine / plain:5.1f}x  {'pass' if ok else 'FAIL'} (< {TARGET_MS:.0f} ms)")
    finally:
        store.close()
    return all_pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=31, help="timed runs per query (default 31)")
    parser.add_argument("--store", type=Path, help="an existing large sample store to reuse (read only)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    if args.store is not None:
        all_pass = measure(args.store, repeat)
    else:
        with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as tmp:
            path = Path(tmp) / "large.sqlite3"
            seconds, summary = timed(lambda: build_sample_store(path, "large", seed=args.seed, today=TODAY))
            print(f"built the large sample store in {seconds:.1f} s ({summary.session_notes:,} notes)")
            all_pass = measure(path, repeat)
    print("\nall queries under the target" if all_pass else "\nsome queries over the target: profile them")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
