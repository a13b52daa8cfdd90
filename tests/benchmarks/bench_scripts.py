"""Benchmark of per-run font fallback, bidi and shaping (export/shaping.py) against another checkout.

Run from the repository root:
``python tests/benchmarks/bench_scripts.py --before /path/to/other/checkout [--rounds 3] [--runs 3]``.

It builds one store with a weekly group of 40 members and a held session everyone came to, twice:
Latin names only (what most documents hold: the fast path must keep them as fast as before), and
the same group with names in Chinese, Arabic, Hebrew and Vietnamese. For each checkout (``--before``,
e.g. main before this change, and this one) child processes export a session summary and a 40-row
sign-in sheet: one warm-up export each (fonts registered, caches filled), then ``--runs`` timed
ones. The checkouts alternate for ``--rounds`` rounds, so a noisy neighbour slows both alike;
each line is the median of rounds x runs exports (9 by default) and the ratio after/before.
The first export of a process (fonts loaded) is printed too. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATIN = ["Ana Costa", "Ben Okafor", "Chloé Martin", "Dmitri Ivanov", "Eilidh Fraser", "Farah Haddad",
         "Gabriel Souza", "Hana Kowalski", "Ines Moreau", "Jonas Berg"]
SCRIPTS = ["李小龍", "王芳", "محمد الأحمد", "فاطمة الزهراء", "שרה כהן", "Nguyễn Thị Ánh", "Trần Văn Đức",
           "Zoë Łukasz", "김민준", "Ayşe Yılmaz"]

CHILD = r'''
import json, sys, time
from datetime import date
from pathlib import Path
tree, store_path, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
runs = int(sys.argv[4])
sys.path.insert(0, tree)
from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary
from facilitator_app.export.sign_in_sheet import SignInSheetOptions, export_sign_in_sheet
from facilitator_app.services.container import build_services
from facilitator_app.storage.store import open_store
import facilitator_app
assert facilitator_app.__file__.startswith(tree), facilitator_app.__file__
with open_store(store_path, create=False) as store:
    services = build_services(store)
    group = services.groups.list_groups()[0]
    meeting = [m for m in services.meetings.list_meetings(group.id) if m.date == date(2026, 2, 3)][0]
    jobs = {
        "summary": lambda: export_session_summary(services, SessionSummaryOptions(meeting.id), out / "summary.pdf"),
        "sheet": lambda: export_sign_in_sheet(services, SignInSheetOptions(group.id, sessions=4, walk_ins=0,
                                              today=date(2026, 3, 2)), out / "sheet.pdf"),
    }
    result = {}
    for name, job in jobs.items():
        start = time.perf_counter(); job(); first = time.perf_counter() - start
        times = []
        for _ in range(runs):
            start = time.perf_counter(); job(); times.append(time.perf_counter() - start)
        result[name] = {"first": first, "times": times, "bytes": (out / f"{name}.pdf").stat().st_size}
print(json.dumps(result))
'''


def build_store(path: Path, names: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from facilitator_app.domain.enums import AttendanceStatus
    from facilitator_app.domain.records import MemberDraft
    from facilitator_app.services.container import build_services
    from facilitator_app.storage.store import open_store
    from tests.helpers.fixtures import weekly_draft

    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft("Evening Circle"))
        meeting = services.meetings.create_meeting(group.id, date(2026, 2, 3))
        for n in range(40):
            name = names[n % len(names)] + ("" if n < len(names) else f" {n // len(names) + 1}")
            member = services.members.add_member(MemberDraft(name), group.id, joined_on=date(2026, 1, 1))
            services.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the other checkout (e.g. main)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("FACILITATOR_APP_PASSPHRASE", "benchmark passphrase, invented")
    trees = {"before": str(args.before.resolve()), "after": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="bench-scripts-") as folder:
        work = Path(folder)
        for label, names in (("Latin names", LATIN), ("mixed scripts", SCRIPTS)):
            store = work / f"{label.split()[0]}.sqlite3"
            build_store(store, names)
            found: dict[str, dict[str, list[float]]] = {tree: {} for tree in trees}
            sizes: dict[str, dict[str, int]] = {tree: {} for tree in trees}
            for _round in range(args.rounds):
                for tree, path in trees.items():
                    out = work / tree
                    out.mkdir(exist_ok=True)
                    env = {**os.environ, "PYTHONPATH": path}
                    done = subprocess.run([sys.executable, "-c", CHILD, path, str(store), str(out), str(args.runs)],
                                          capture_output=True, text=True, env=env, check=True, cwd=path)
                    for name, value in json.loads(done.stdout.strip().splitlines()[-1]).items():
                        found[tree].setdefault(name, []).extend(value["times"])
                        found[tree].setdefault(f"{name} (first)", []).append(value["first"])
                        sizes[tree][name] = value["bytes"]
            print(f"{label}:")
            for name in found["after"]:
                before, after = (statistics.median(found[t][name]) for t in trees)
                size = f"  PDF {sizes['before'][name]:,} -> {sizes['after'][name]:,} bytes" \
                    if name in sizes["after"] else ""
                print(f"  {name:18} before {before * 1000:7.1f} ms  after {after * 1000:7.1f} ms  "
                      f"x{after / before:.2f}  (n={len(found['after'][name])}){size}")


if __name__ == "__main__":
    main()
