"""Benchmark: session switch and note search on a store on a PostgreSQL server on this computer.

Run from the repository root: ``python tests/benchmarks/bench_server.py [--switches N] [--repeat N]``.
It starts a throwaway server (``tests/helpers/pg_server.py``; Debian's ``postgresql``, as the
``postgres`` user when run as root), fills it with the large sample store (``demo-data --scale
large``: 40 groups, 2,000 members, ~200,000 attendance rows, ~8,500 notes) over a TCP
connection to 127.0.0.1, opens the window on it (``create_server_window``), and measures:

- session switch in the window, the busiest group, as ``bench_window.py`` does (next session and
  far jumps), against ``AttendanceService.sheet()`` alone on the same server;
- ``NoteService.search`` (50 newest hits with snippets: the Notes panel) for the same queries as
  ``bench_notes.py``.

Targets (issue 14): session switch under 16 ms and note search under 20 ms medians. It prints
medians and pass/FAIL and never asserts. The server runs with fsync off (a test server).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACILITATOR_APP_PASSPHRASE", "benchmark passphrase, not a secret")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.app import create_server_window  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402
from facilitator_app.ui.main_window import MainWindow  # noqa: E402
from tests.benchmarks.bench_notes import QUERIES  # noqa: E402
from tests.benchmarks.bench_window import Row, bench_session_switch, print_table, select_busiest_group  # noqa: E402
from tests.helpers.pg_server import start_server  # noqa: E402

TODAY = date(2026, 11, 26)
SEARCH_TARGET = 0.020


def bench_search(window: MainWindow, repeat: int) -> list[Row]:
    notes = window.services.notes
    rows = []
    for query in QUERIES:
        notes.search(query)   # warm: a running app has its statements prepared
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            hits = notes.search(query)
            times.append(time.perf_counter() - start)
        ok = statistics.median(times) < SEARCH_TARGET
        rows.append(Row(f"note search {query!r} ({len(hits)} hits)", times, times, "(itself)", "< 20 ms", ok))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=31, help="timed runs per search query (default 31)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    server = start_server()
    try:
        url = server.url(server.new_database("bench"))
        start = time.perf_counter()
        summary = build_sample_store(url, "large", seed=args.seed, today=TODAY)
        print(f"built the large sample store on the server in {time.perf_counter() - start:.1f} s "
              f"({summary.counts.get('attendance', 0):,} attendance rows)")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
            window = create_server_window(url, settings_file=Path(folder) / "w.ini")
            app.processEvents()
            name, members = select_busiest_group(window)
            print(f"busiest group: {name} ({members} current members)")
            rows = bench_session_switch(window, args.switches, date.today())
            rows += bench_search(window, args.repeat)
            window.close()
            app.processEvents()
        print_table(rows)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
