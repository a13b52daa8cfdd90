"""The full kill loop: SIGKILL a child making changes through the services, hundreds of times.

Run from the repository root: ``python tests/benchmarks/kill_loop.py --kills 200 [--seed N]``
(about two minutes for 200 kills: most of it is the children starting Python). After each kill
the store must pass integrity_check and foreign_key_check, the open-time damage check must
not call it damaged, and every change the child reported committed must be present. Prints
the figures; exits 1 when any store was corrupt or any committed change was lost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

# The script is run by path, so its own folder (not the repository) is first on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.crash.harness import kill_loop  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-wait", type=float, default=0.25,
                        help="longest wait (s) after the child is ready before killing it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facilitator-kill-loop-") as folder:
        figures = kill_loop(Path(folder), args.kills, seed=args.seed, progress=True, max_wait=args.max_wait)
    print(figures.report())
    for problem in figures.problems[:20]:
        print(f"  {problem}")
    return 0 if not figures.corrupt_stores and not figures.lost_changes and not figures.false_alarms else 1


if __name__ == "__main__":
    raise SystemExit(main())
