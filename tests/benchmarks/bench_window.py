"""Benchmarks of the main window on a large store: start-up, switching sessions, filtering the roster.

Run from the repository root: ``python tests/benchmarks/bench_window.py [--repeat N] [--store PATH]``
(under a minute, plus about 15 s to build the store when no ``--store`` is given).
Every figure is a median (with its 90th percentile) next to a baseline measured in the same run
on the same machine, printed as a ratio, so results from different machines compare by ratio:

- start-up: fresh processes, alternating, of the real app and of a bare window that only imports
  PySide6 and SQLAlchemy; each is timed from launch until it has painted its window;
- session switch, in the group with the most members: to the next session (as with the arrow keys)
  and far back in its history (the list scrolls too), until the sheet is on screen, against
  ``AttendanceService.sheet`` alone for the same sessions (so the ratio is the Qt side's share);
- roster filter: one keystroke in the roster's filter until the view is updated (current members,
  then with former members shown), against ``QSortFilterProxyModel.setFilterFixedString`` on a plain
  ``QStandardItemModel`` of as many rows; also on a roster of every member, as a stress figure.

These are scripts, not tests: nothing here asserts a time, and pytest does not collect them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The script is run by path, so its own folder (not the repository) is first on sys.path.
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QListView, QTableView, QTabWidget  # noqa: E402

from facilitator_app.app import create_main_window  # noqa: E402
from facilitator_app.domain.records import MembershipRecord, RosterEntry  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402
from facilitator_app.ui.main_window import MainWindow  # noqa: E402
from facilitator_app.ui.models.roles import ID_ROLE  # noqa: E402

FRAME = 0.016           # seconds: one frame at 60 Hz, the target for every interaction
STARTUP_RATIO = 1.5     # the app may take this many times as long as a bare window to show
ROSTER_TAB = 4
WORDS = ("ma", "ele", "zo", "an", "ri")  # typed into the roster filter, one keystroke at a time
TIMEOUT = 120.0         # seconds a start-up child may take before the run is abandoned

# Both children print "shown" once their window has been painted and control is back in the event
# loop, then quit. They report their own phases too (perf_counter, relative to their first line).
_CHILD_TAIL = """
from PySide6.QtCore import QEvent, QObject, QTimer
class _FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, _report)
        return False
def _report():
    now = time.perf_counter()
    # time.process_time(): the CPU this process has used since it started, which a busy machine
    # inflates much less than the wall-clock time.
    print(f"shown {imported - t0:.4f} {built - imported:.4f} {now - built:.4f} {time.process_time():.4f}",
          flush=True)
    app.quit()
_spy = _FirstPaint()
window.installEventFilter(_spy)
QTimer.singleShot(10000, _report)  # never hang the benchmark if no paint event arrives
app.exec()
"""

# The same steps as the real entry point (cli.main, then app.run_gui), startup.begin/finish included.
APP_CHILD = textwrap.dedent("""
    import sys, time
    t0 = time.perf_counter()
    from pathlib import Path
    from facilitator_app import cli, startup
    from facilitator_app.storage import keys_source
    startup.begin()
    keys_source.derive_ahead(Path(sys.argv[1]))  # as cli.main does, when FACILITATOR_APP_PASSPHRASE is set
    from PySide6.QtWidgets import QApplication
    from facilitator_app.app import create_main_window
    imported = time.perf_counter()
    app = QApplication(sys.argv[:1])
    window = create_main_window(sys.argv[1], settings_file=sys.argv[2])
    startup.finish()
    built = time.perf_counter()
""") + _CHILD_TAIL

BARE_CHILD = textwrap.dedent("""
    import sys, time
    t0 = time.perf_counter()
    import sqlalchemy, sqlalchemy.orm
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    imported = time.perf_counter()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 760)
    window.show()
    built = time.perf_counter()
""") + _CHILD_TAIL


# ---------------------------------------------------------------- figures
@dataclass
class Row:
    label: str
    ours: list[float]
    base: list[float]
    base_label: str
    target: str
    passed: bool | None  # None: a figure reported without a target

    @property
    def median(self) -> float:
        return statistics.median(self.ours)

    @property
    def base_median(self) -> float:
        return statistics.median(self.base)

    @property
    def ratio(self) -> float:
        return self.median / self.base_median


def p90(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.0001 else f"{seconds * 1e6:.0f} us"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def print_table(rows: list[Row]) -> None:
    header = ("measure", "median", "p90", "baseline", "ratio", "target", "result")
    lines = [header] + [(r.label, ms(r.median), ms(p90(r.ours)), ms(r.base_median), f"{r.ratio:.2f}x", r.target,
                         "-" if r.passed is None else ("pass" if r.passed else "FAIL")) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print()
    for n, line in enumerate(lines):
        cells = zip(line, widths, strict=True)
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(cells)))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print("\nBaselines, measured in this run:")
    for r in rows:
        print(f"  {r.label}: {r.base_label} (n={len(r.base)}; ours n={len(r.ours)})")


# ---------------------------------------------------------------- start-up
def launch(code: str, store: Path, settings: Path, pycache: Path) -> tuple[float, list[float]]:
    """Seconds from launching a child until it says its window is painted, and its own phases."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache))
    # Both children start from cached bytecode, as an installed app does (pip compiles on install);
    # with PYTHONDONTWRITEBYTECODE the app's own modules would be compiled again on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, str(store), str(settings)], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _out, err = child.communicate(timeout=TIMEOUT)
    if not line.startswith("shown"):
        raise SystemExit(f"the start-up child failed (exit {child.returncode}):\n{err}")
    return elapsed, [float(part) for part in line.split()[1:]]


def bench_startup(store: Path, folder: Path, repeat: int) -> list[Row]:
    ours: list[float] = []
    base: list[float] = []
    phases: dict[str, list[list[float]]] = {APP_CHILD: [], BARE_CHILD: []}
    # Kept between runs (outside the repository), so only the first run ever compiles.
    pycache = Path(tempfile.gettempdir()) / "facilitator-bench-pycache"
    for _ in range(2):  # fill the bytecode and file caches for both kinds alike, and let the disk settle
        for code in (BARE_CHILD, APP_CHILD):
            launch(code, store, folder / "warm.ini", pycache)
    for n in range(repeat):
        # Alternate which goes first, so a slow spell on the machine hits both alike.
        pair = [(APP_CHILD, ours), (BARE_CHILD, base)]
        for code, into in pair if n % 2 == 0 else reversed(pair):
            settings = folder / f"settings-{n}-{code is APP_CHILD}.ini"  # no saved state: a first run each time
            elapsed, phase = launch(code, store, settings, pycache)
            into.append(elapsed)
            phases[code].append(phase)
    for code, name in ((APP_CHILD, "app"), (BARE_CHILD, "bare")):
        imports, build, paint, _cpu = (statistics.median(p[i] for p in phases[code]) for i in range(4))
        print(f"  {name} child phases (medians): imports {ms(imports)}, window built and shown {ms(build)}, "
              f"first paint {ms(paint)}")
    median_base = statistics.median(base)
    ours_cpu, base_cpu = ([p[3] for p in phases[code]] for code in (APP_CHILD, BARE_CHILD))
    return [Row("start-up to window shown", ours, base, "bare PySide6 + SQLAlchemy window", f"<= {STARTUP_RATIO}x",
                statistics.median(ours) <= STARTUP_RATIO * median_base),
            Row("start-up CPU time (the child's own)", ours_cpu, base_cpu, "the bare window's CPU time", "(CPU)",
                None)]


# ---------------------------------------------------------------- in-process
def open_window(store: Path, folder: Path) -> MainWindow:
    window = create_main_window(store, settings_file=folder / "in-process.ini")
    QApplication.processEvents()
    return window


def select_busiest_group(window: MainWindow) -> tuple[str, int]:
    services = window.services
    counts = {g.id: (len(services.members.group_members(g.id)), g.name) for g in services.groups.list_groups()}
    busiest = max(counts, key=lambda gid: counts[gid][0])
    group_list = window.findChild(QListView, "groupList")
    model = group_list.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == busiest)
    group_list.setCurrentIndex(model.index(row, 0))
    QApplication.processEvents()
    return counts[busiest][1], counts[busiest][0]


def bench_session_switch(window: MainWindow, switches: int, today: date) -> list[Row]:
    """Two ways of moving between sessions: to the next one (arrow keys), and far back (a click after scrolling)."""
    session_list = window.findChild(QListView, "sessionList")
    sessions = session_list.model()
    past = [r for r in range(sessions.rowCount()) if sessions.meeting_at(r).date < today]
    # Neighbours: the latest ``switches`` past sessions one after the other, back and forth.
    walk = past[-switches:]
    # Jumps: spread over the whole history, so no two switches in a row are near each other
    # (the list scrolls each time, as after the scroll bar is dragged and a session clicked).
    stride = max(1, len(past) // 7) + 1
    jumps = [past[(i * stride) % len(past)] for i in range(switches)]
    return [switch_rows(window, "session switch: next session", walk, list(reversed(walk))),
            switch_rows(window, "session switch: far jump", jumps, jumps)]


def switch_rows(window: MainWindow, label: str, *passes: list[int]) -> Row:
    session_list = window.findChild(QListView, "sessionList")
    attendance_view = window.findChild(QTableView, "attendanceView")
    sessions = session_list.model()
    sheet = window.services.attendance.sheet
    meetings = {row: sessions.meeting_at(row).id for rows in passes for row in rows}
    expected = {row: len(sheet(meeting)) for row, meeting in meetings.items()}  # also warms SQLite's cache

    ours: list[float] = []
    base: list[float] = []
    session_list.setCurrentIndex(sessions.index(passes[0][0], 0))
    QApplication.processEvents()
    for rows in passes:
        base += [timed(lambda m=meetings[row]: sheet(m)) for row in rows]
        for row in rows:
            if session_list.currentIndex().row() == row:
                continue  # choosing the current session again would do nothing
            start = time.perf_counter()
            session_list.setCurrentIndex(sessions.index(row, 0))
            QApplication.processEvents()
            ours.append(time.perf_counter() - start)
            if attendance_view.model().rowCount() != expected[row]:
                raise SystemExit(f"the sheet of session row {row} shows {attendance_view.model().rowCount()} "
                                 f"lines, not {expected[row]}")
    print(f"  {label}: {len(meetings)} different past sessions, sheets of "
          f"{min(expected.values())}-{max(expected.values())} lines")
    return Row(label, ours, base, "AttendanceService.sheet() alone", "< 16 ms", statistics.median(ours) < FRAME)


def type_into(line_edit: QLineEdit, words: Sequence[str], rounds: int) -> tuple[list[float], list[float]]:
    """Per-keystroke times typing ``words``, and the times of clearing the filter afterwards."""
    typed: list[float] = []
    cleared: list[float] = []
    for _ in range(rounds):
        for word in words:
            for n in range(1, len(word) + 1):
                start = time.perf_counter()
                line_edit.setText(word[:n])
                QApplication.processEvents()
                typed.append(time.perf_counter() - start)
            start = time.perf_counter()
            line_edit.clear()
            QApplication.processEvents()
            cleared.append(time.perf_counter() - start)
    return typed, cleared


def plain_filter_baseline(names: list[str], columns: int, words: Sequence[str],
                          rounds: int) -> tuple[list[float], list[float]]:
    """setFilterFixedString on a plain QStandardItemModel of the same rows (Qt's own cost): keystrokes, clears."""
    model = QStandardItemModel(len(names), columns)
    for row, name in enumerate(names):
        model.setItem(row, 0, QStandardItem(name))
        for column in range(1, columns):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    typed: list[float] = []
    cleared: list[float] = []
    for _ in range(rounds):
        for word in words:
            for n in range(1, len(word) + 1):
                typed.append(timed(lambda text=word[:n]: (proxy.setFilterFixedString(text),
                                                          QApplication.processEvents())))
            cleared.append(timed(lambda: (proxy.setFilterFixedString(""), QApplication.processEvents())))
    return typed, cleared


def bench_roster(window: MainWindow, rounds: int) -> list[Row]:
    tabs = window.findChild(QTabWidget, "sessionTabs")
    tabs.setCurrentIndex(ROSTER_TAB)
    QApplication.processEvents()
    line_edit = window.findChild(QLineEdit, "rosterFilter")
    source = window.findChild(QTableView, "rosterView").model().sourceModel()
    former = window.findChild(QCheckBox, "showFormerMembers")

    def measure(what: str, target: bool, rounds: int) -> list[Row]:
        names = [source.entry_at(r).member.preferred_name for r in range(source.rowCount())]
        typed, cleared = type_into(line_edit, WORDS, rounds)
        base_typed, base_cleared = plain_filter_baseline(names, source.columnCount(), WORDS, rounds)
        plain = "plain QStandardItemModel + proxy, no view"
        return [Row(f"{what}: keystroke ({len(names)} rows)", typed, base_typed, plain,
                    "< 16 ms" if target else "(stress)", statistics.median(typed) < FRAME if target else None),
                Row(f"{what}: clear ({len(names)} rows)", cleared, base_cleared, plain,
                    "< 16 ms" if target else "(stress)", statistics.median(cleared) < FRAME if target else None)]

    rows = measure("roster filter", True, rounds)             # as it opens: current members
    former.setChecked(True)                                   # "Show former members": everyone ever in the group
    QApplication.processEvents()
    rows += measure("roster+former filter", True, rounds)
    # Stress: every member of the store in the same panel (its own model, proxy and view settings).
    source.set_entries(every_member(window))
    QApplication.processEvents()
    rows += measure("stress filter", False, max(1, rounds // 2))
    return rows


def every_member(window: MainWindow) -> list[RosterEntry]:
    """A roster entry for each member: their first membership if they have one, else a made-up one."""
    services = window.services
    entries: dict[object, RosterEntry] = {}
    for group in services.groups.list_groups():
        for entry in services.members.roster(group.id, include_former=True):
            entries.setdefault(entry.member.id, entry)
    for member in services.members.list_members():
        if member.id not in entries:
            membership = MembershipRecord(id=member.id, member_id=member.id, group_id=member.id,
                                          joined_on=date(2024, 1, 1), left_on=None)
            entries[member.id] = RosterEntry(member=member, membership=membership)
    return list(entries.values())


# ---------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="start-up runs of each kind (default 7)")
    parser.add_argument("--store", type=Path, help="reuse a large sample store instead of building one")
    parser.add_argument("--switches", type=int, default=50, help="session switches per round (default 50)")
    parser.add_argument("--rounds", type=int, default=4, help="times each word is typed (default 4)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-window-") as tmp:
        folder = Path(tmp)
        store = args.store
        if store is None:
            store = folder / "large.sqlite3"
            seconds = timed(lambda: build_sample_store(store, scale="large", seed=1))
            print(f"built the large sample store in {seconds:.1f} s")
        elif not store.exists():
            parser.error(f"{store} does not exist")
        print(f"store: {store}\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
              f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")

        rows: list[Row] = []
        print(f"start-up: {args.repeat} runs of each kind, alternating ...")
        rows += bench_startup(store, folder, args.repeat)

        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = open_window(store, folder)
        name, members = select_busiest_group(window)
        print(f"busiest group: {name} ({members} current members)")
        rows += bench_session_switch(window, args.switches, date.today())
        rows += bench_roster(window, args.rounds)
        window.close()
        app.processEvents()
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
