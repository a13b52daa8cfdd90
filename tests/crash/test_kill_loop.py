"""Crash safety: SIGKILL a child at random moments while it changes the store through the services.

The full run (200+ kills, with figures) is ``python tests/benchmarks/kill_loop.py --kills 200``.
"""

from __future__ import annotations

from pathlib import Path

from tests.crash.harness import kill_loop

KILLS = 25


def test_no_kill_corrupts_the_store_or_loses_a_committed_change(tmp_path: Path) -> None:
    figures = kill_loop(tmp_path, KILLS, seed=20261126)
    assert figures.problems == []
    assert figures.kills == KILLS
    assert figures.corrupt_stores == 0 and figures.lost_changes == 0 and figures.false_alarms == 0
    # The kills landed while changes were being made, not only before the first one.
    assert sum(figures.changes_per_run) > KILLS
