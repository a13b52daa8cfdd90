"""Start-up of the frozen bundle against the venv install and the bare-window probe, on the large sample store.

Run from the repository root, after ``packaging/build-linux.sh`` (which leaves the bundle in
``build/stage/facilitator-app-<version>/`` and the app installed in ``build/venv``):

    python tests/benchmarks/bench_bundle_startup.py [--repeat N] [--store PATH] [--bundle DIR] [--venv DIR]

Three kinds of fresh process, alternating, each timed from launch until its main window has painted
for the first time:

- the bundle: ``<bundle>/facilitator-app`` (PyInstaller one-folder; no Python on the machine needed);
- the venv install: ``<venv>/bin/facilitator-app``, the console script pip made (its bytecode compiled
  by pip at install, as a user's install is);
- the bare-window probe of ``bench_window.py`` (imports PySide6 and SQLAlchemy, shows a QMainWindow with
  a QTableView) run by the venv's Python: the floor any PySide6 window pays on this machine.

Both app kinds are the real entry point, unchanged: they open the store from ``FACILITATOR_APP_DB`` with
``FACILITATOR_APP_PASSPHRASE`` (one scrypt, on another core while Qt loads), in a bare environment (as the
smoke test: a fresh HOME, no PATH). "Painted" is seen from outside, the same way for all three: Qt's
``qt.widgets.painting`` log category writes "Flushing ..." on stderr when a top-level window's first paint
reaches the screen (offscreen here). Each child is then ended with SIGTERM (the app closes its store).
A second table gives each child's own CPU time up to that moment (``/proc/PID/stat``), which a busy
machine disturbs less than the wall clock.

A script, not a test: nothing here asserts a time, and pytest does not collect it.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "benchmark passphrase 1"
TIMEOUT = 120.0
PAINTED = "qt.widgets.painting: Flushing"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# The bare-window probe of bench_window.py, left running until it is told to end.
BARE_PROBE = textwrap.dedent("""
    import sqlalchemy, sqlalchemy.orm
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 760)
    window.show()
    app.exec()
""")


def version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def bare_env(home: Path, store: Path) -> dict[str, str]:
    """The environment of every child: nothing from ours but what the smoke test gives the bundle."""
    return {"HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
            "FACILITATOR_APP_PASSPHRASE": PASSPHRASE, "FACILITATOR_APP_DB": str(store),
            "QT_LOGGING_RULES": "qt.widgets.painting=true"}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch until the child's first window flush, and its CPU seconds by then.
    The app must end cleanly on SIGTERM (status 0); the bare probe has no handler and just dies of it."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             stdin=subprocess.DEVNULL)
    assert child.stderr is not None
    seen: list[str] = []
    found = threading.Event()
    timing: list[float] = []

    def read() -> None:
        assert child.stderr is not None
        for line in child.stderr:
            if not found.is_set():
                if line.startswith(PAINTED):
                    timing.append(time.perf_counter() - start)
                    try:
                        timing.append(cpu_seconds(child.pid))
                    except OSError:
                        timing.append(float("nan"))
                    found.set()
                elif not line.startswith("qt.widgets.painting"):
                    seen.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    found.wait(TIMEOUT)
    if child.poll() is None:
        child.send_signal(signal.SIGTERM)
    try:
        status = child.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        raise SystemExit(f"{command[0]} did not end within {TIMEOUT:.0f} s of SIGTERM") from None
    reader.join(10)
    if not timing:
        raise SystemExit(f"{' '.join(command[:2])} never painted a window (exit {status}):\n{''.join(seen)}")
    if status not in (0, -signal.SIGTERM) or (status != 0 and command[0].endswith("facilitator-app")):
        raise SystemExit(f"{command[0]} ended with status {status} after SIGTERM:\n{''.join(seen)}")
    return timing[0], timing[1]


def build_store(bundle_exe: Path, folder: Path) -> Path:
    store = folder / "large.sqlite3"
    env = bare_env(folder / "home-build", store)
    start = time.perf_counter()
    subprocess.run([str(bundle_exe), "demo-data", "--scale", "large"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"built the large sample store with the bundle in {time.perf_counter() - start:.1f} s")
    return store


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs of each kind (default 7)")
    parser.add_argument("--store", type=Path, help="a large sample store made with this passphrase: "
                                                   f"{PASSPHRASE!r} (default: build one with the bundle)")
    parser.add_argument("--bundle", type=Path, action="append",
                        help="the one-folder bundle (default: build/stage/facilitator-app-<version>); given twice "
                             "or more, each is timed (to compare two builds of the spec)")
    parser.add_argument("--venv", type=Path, default=REPO / "build" / "venv",
                        help="a venv with the app installed (default: build/venv)")
    args = parser.parse_args(argv)

    bundles = args.bundle or [REPO / "build" / "stage" / f"facilitator-app-{version()}"]
    bundle_exe = bundles[0] / "facilitator-app"
    venv_exe = args.venv / "bin" / "facilitator-app"
    venv_python = args.venv / "bin" / "python"
    for path, what in [(b / "facilitator-app", "the bundle") for b in bundles] + [(venv_exe, "the venv install")]:
        if not path.exists():
            parser.error(f"{path} does not exist ({what}): run packaging/build-linux.sh first, or give its path")

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        folder = Path(tmp)
        store = args.store or build_store(bundle_exe, folder)
        kinds = {
            **{"bundle (frozen)" if len(bundles) == 1 else f"bundle {n + 1} (frozen)": [str(b / "facilitator-app")]
               for n, b in enumerate(bundles)},
            "venv install": [str(venv_exe)],
            "bare window (venv Python)": [str(venv_python), "-c", BARE_PROBE],
        }
        wall: dict[str, list[float]] = {name: [] for name in kinds}
        cpu: dict[str, list[float]] = {name: [] for name in kinds}
        print(f"store: {store}\n{os.cpu_count()} CPUs")
        for n, b in enumerate(bundles):
            print(f"bundle {n + 1}: {bundle_size(b) / 2**20:.0f} MB at {b}")
        print(f"start-up: {args.repeat} runs of each kind, alternating, after one warm-up each ...")
        for name, command in kinds.items():  # the disk cache warm for all three alike
            launch(command, bare_env(folder / f"home-warm-{len(name)}", store))
        order = list(kinds.items())
        for n in range(args.repeat):
            for name, command in order if n % 2 == 0 else reversed(order):
                seconds, cpu_used = launch(command, bare_env(folder / f"home-{n}-{len(wall[name])}-{len(name)}", store))
                wall[name].append(seconds)
                cpu[name].append(cpu_used)

    bare = "bare window (venv Python)"
    print()
    print(f"{'kind':<28}{'median':>10}{'p90':>10}{'CPU med':>10}{'vs bare':>10}{'vs venv':>10}{'CPU vs venv':>13}")
    for name in kinds:
        med, cpu_med = statistics.median(wall[name]), statistics.median(cpu[name])
        p90 = sorted(wall[name])[min(len(wall[name]) - 1, round(0.9 * (len(wall[name]) - 1)))]
        print(f"{name:<28}{med * 1000:>8.0f}ms{p90 * 1000:>8.0f}ms{cpu_med * 1000:>8.0f}ms"
              f"{med / statistics.median(wall[bare]):>9.2f}x"
              f"{med / statistics.median(wall['venv install']):>9.2f}x"
              f"{cpu_med / statistics.median(cpu['venv install']):>12.2f}x")
    print("\nTarget: the bundle no slower than the venv install (its 'vs venv' at or under 1.00x, noise aside).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
