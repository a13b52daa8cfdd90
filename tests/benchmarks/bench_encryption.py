"""What encryption costs: start-up with the key from the keyring or from FACILITATOR_APP_PASSPHRASE
against a bare window, and reads (session sheets, note search) on an encrypted store against an
unencrypted copy of it.

Run from the repository root: ``python tests/benchmarks/bench_encryption.py [--repeat N] [--scale S]``.
Every figure is a median next to a baseline measured in the same run, printed as a ratio. Start-up
children are fresh processes, alternating, timed from launch until the window has painted (the
children of ``bench_window.py``). The "keyring" child installs an in-memory keyring holding the raw
data key (the OS keyring replaced at its boundary, as in the tests): no key derivation on its path.
The "passphrase" child pays one scrypt (``keys.SCRYPT_N``, the real cost).

These are scripts, not tests: nothing here asserts a time, and pytest does not collect them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSPHRASE = "benchmark passphrase"
os.environ["FACILITATOR_APP_PASSPHRASE"] = PASSPHRASE

from tests.benchmarks import bench_window as bw  # noqa: E402

KEYRING_CHILD = textwrap.dedent("""
    import sys, time, os
    t0 = time.perf_counter()
    import keyring
    from keyring.backend import KeyringBackend
    class _Memory(KeyringBackend):
        priority = 1
        def get_password(self, service, username):
            return os.environ.get("BENCH_RAW_KEY")
        def set_password(self, *a): pass
        def delete_password(self, *a): pass
    keyring.set_keyring(_Memory())
    del os.environ["FACILITATOR_APP_PASSPHRASE"]
    from facilitator_app import startup
    startup.begin()
    from PySide6.QtWidgets import QApplication
    from facilitator_app.app import create_main_window
    imported = time.perf_counter()
    app = QApplication(sys.argv[:1])
    window = create_main_window(sys.argv[1], settings_file=sys.argv[2])
    startup.finish()
    built = time.perf_counter()
""") + bw._CHILD_TAIL


def bench_startup(store: Path, folder: Path, repeat: int) -> None:
    from dataclasses import replace

    from facilitator_app.storage import keys, keys_source

    os.environ["BENCH_RAW_KEY"] = keys_source.data_key_for(store).hex()
    # The same file under a second name whose key file says "remembered on this computer".
    remembered = folder / "remembered.sqlite3"
    os.link(store, remembered)
    keys.write_key_file(remembered, replace(keys.read_key_file(store), keyring_hint=True))
    pycache = Path(tempfile.gettempdir()) / "facilitator-bench-pycache"
    kinds = {"bare window": (bw.BARE_CHILD, store), "app, key from the keyring": (KEYRING_CHILD, remembered),
             "app, FACILITATOR_APP_PASSPHRASE": (bw.APP_CHILD, store)}
    times: dict[str, list[float]] = {name: [] for name in kinds}
    for _ in range(2):
        for code, path in kinds.values():
            bw.launch(code, path, folder / "warm.ini", pycache)
    for n in range(repeat):
        order = list(kinds.items())
        for name, (code, path) in order if n % 2 == 0 else reversed(order):
            elapsed, _phases = bw.launch(code, path, folder / f"s-{n}-{len(times[name])}-{hash(name)}.ini", pycache)
            times[name].append(elapsed)
    bare = statistics.median(times["bare window"])
    print(f"\nstart-up, {repeat} runs each (median, ratio to the bare window):")
    for name, values in times.items():
        print(f"  {name:<34} {bw.ms(statistics.median(values)):>10}  {statistics.median(values) / bare:.2f}x")


def _median_of(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
    values = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        values.append(time.perf_counter() - start)
    return statistics.median(values)


def _read_figures(path: Path, mode: str, rounds: int) -> dict[str, float]:
    from facilitator_app.services.container import build_services
    from facilitator_app.storage.store import open_store

    with open_store(path, create=False, plain=mode) as opened:  # type: ignore[arg-type]
        services = build_services(opened)
        meetings = [m for g in services.groups.list_groups() for m in services.meetings.list_meetings(g.id)][:40]

        def sheets() -> None:
            for meeting in meetings:
                services.attendance.sheet(meeting.id)

        def search() -> None:
            for word in ("sleep", "work", "family", "walk", "calm"):
                services.notes.search(word)

        return {f"{len(meetings)} session sheets": _median_of(sheets, rounds),
                "5 note searches": _median_of(search, rounds)}


def bench_reads(store: Path, plain: Path, rounds: int) -> None:
    encrypted = _read_figures(store, "refuse", rounds)
    unencrypted = _read_figures(plain, "open", rounds)
    print(f"\nreads, median of {rounds} rounds (encrypted vs unencrypted copy):")
    for name, enc in encrypted.items():
        pla = unencrypted[name]
        print(f"  {name:<22} encrypted {bw.ms(enc):>10}  plain {bw.ms(pla):>10}  {enc / pla:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="start-up runs of each kind (default 7)")
    parser.add_argument("--rounds", type=int, default=15, help="rounds of each read (default 15)")
    parser.add_argument("--scale", choices=("small", "large"), default="large")
    args = parser.parse_args(argv)
    from facilitator_app.services.sample_data import build_sample_store
    from tests.helpers.sqlite_files import write_plain_copy

    with tempfile.TemporaryDirectory(prefix="bench-encryption-") as tmp:
        folder = Path(tmp)
        store = folder / "store.sqlite3"
        build_sample_store(store, scale=args.scale, seed=1)
        plain = write_plain_copy(store, folder / "plain.sqlite3")
        print(f"{args.scale} sample store, {store.stat().st_size / 1e6:.1f} MB; Python {sys.version.split()[0]}, "
              f"{os.cpu_count()} CPUs")
        bench_reads(store, plain, args.rounds)
        with contextlib.suppress(KeyboardInterrupt):
            bench_startup(store, folder, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
