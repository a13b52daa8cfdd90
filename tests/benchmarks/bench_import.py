"""Benchmark: a dry run of the member import on a CSV file of a million rows.

Run from the repository root: ``python tests/benchmarks/bench_import.py [--rows N] [--repeat N]``
(about a minute per repeat with the defaults). It writes an invented member list (name, phone,
email, an emergency contact on one row in ten; one row in fifty repeats an earlier one, one in a thousand has no
name) of ``--rows`` rows into a temporary folder, with an empty store beside it, then times
in fresh processes, alternating:

- the dry run: ``MemberImportService.import_members(path, import_good_rows=True, dry_run=True)``,
  what ``facilitator-app import members FILE --dry-run --import-good-rows`` does;
- the baseline: a plain ``csv.reader`` pass over the same file, counting its rows.

Each line prints the median seconds and peak memory (ru_maxrss of the process, which
includes Python and the imported libraries) and the ratio to the baseline. Targets: under
30 s and 500 MB. It never asserts, so a FAIL is a finding to profile, not a broken build.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_S = 30.0
TARGET_MB = 500.0

FIRST = ("Aiyana", "Bea", "Cai", "Dara", "Eli", "Fenna", "Gus", "Hana", "Ines", "Jon", "Kai", "Lior", "Mina",
         "Noor", "Oren", "Pia", "Quinn", "Ravi", "Sana", "Tomas", "Uma", "Vik", "Wren", "Xiu", "Yara", "Zoë")
LAST = ("Abbot", "Brandt", "Castillo", "Dube", "Eriksen", "Fujita", "Garcia", "Haddad", "Ivanova", "Jansen")

# Run in a fresh process; prints {"seconds": ..., "rows": ..., "maxrss_kb": ...}.
DRY_RUN = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from facilitator_app.services.changes import ChangeFeed
from facilitator_app.services.member_import import MemberImportService
from facilitator_app.storage.store import open_store
with open_store(Path({store!r})) as store:
    start = time.perf_counter()
    result = MemberImportService(store, ChangeFeed()).import_members(
        Path({csv!r}), import_good_rows=True, dry_run=True)
    seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "rows": result.rows, "added": result.added,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""
BASELINE = """
import csv, json, resource, time
start = time.perf_counter()
with open({csv!r}, encoding="utf-8", newline="") as f:
    rows = sum(1 for _ in csv.reader(f))
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "rows": rows - 1,
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""


def write_members(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Name,Phone,Email,Emergency contact\r\n")
        for n in range(rows):
            if n % 1000 == 999:
                f.write(",07700 900000,,\r\n")  # rejected: no name
                continue
            k = rng.randrange(n) if n and n % 50 == 0 else n  # one in fifty repeats someone earlier
            first = FIRST[k % len(FIRST)]
            contact = f'"{LAST[k % len(LAST)]}, partner"' if k % 10 == 0 else ""
            f.write(f"{first} {k},07700 {k % 1_000_000:06d},{first[0].lower()}{k}@example.org,{contact}\r\n")


def run(script: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=ROOT)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        csv_path, store = Path(folder) / "members.csv", Path(folder) / "store.sqlite3"
        write_members(csv_path, args.rows, args.seed)
        print(f"{csv_path.name}: {args.rows:,} rows, {csv_path.stat().st_size / 1_048_576:.1f} MB; "
              f"{args.repeat} runs of each, alternating, each in a fresh process\n")
        ours, bare = [], []
        for _ in range(args.repeat):
            ours.append(run(DRY_RUN.format(root=str(ROOT), store=str(store), csv=str(csv_path))))
            bare.append(run(BASELINE.format(csv=str(csv_path))))
        assert ours[0]["rows"] == bare[0]["rows"], (ours[0], bare[0])
        seconds = statistics.median(r["seconds"] for r in ours)
        base_seconds = statistics.median(r["seconds"] for r in bare)
        mb = statistics.median(r["maxrss_kb"] for r in ours) / 1024
        base_mb = statistics.median(r["maxrss_kb"] for r in bare) / 1024
        print(f"{'':<22}{'dry run':>10}{'csv.reader':>12}{'ratio':>8}  target")
        print(f"{'time (median)':<22}{seconds:>9.2f}s{base_seconds:>11.2f}s{seconds / base_seconds:>7.1f}x  "
              f"{'pass' if seconds < TARGET_S else 'FAIL'} (< {TARGET_S:.0f} s)")
        print(f"{'peak memory (median)':<22}{mb:>8.0f}MB{base_mb:>10.0f}MB{mb / base_mb:>7.1f}x  "
              f"{'pass' if mb < TARGET_MB else 'FAIL'} (< {TARGET_MB:.0f} MB)")
        print(f"\n{ours[0]['rows']:,} rows; the dry run would add {ours[0]['added']:,} members")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
