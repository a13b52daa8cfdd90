"""Running a command that really cannot write where the permission bits say so.

The tests run as root on CI machines, where chmod stops nothing. There the command runs
with the capabilities that override file permissions removed (``setpriv``), so a folder
with mode 0o555 is as read-only for it as for a facilitator's own account.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_OVERRIDES = "-dac_override,-dac_read_search,-fowner,-linux_immutable"


def without_write_override(command: Sequence[str]) -> list[str]:
    """``command`` as an ordinary user would run it: file permissions apply to it."""
    if os.geteuid() != 0:
        return list(command)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("These tests run as root and need setpriv (util-linux) to drop root's permission override.")
    return [setpriv, f"--bounding-set={_OVERRIDES}", "--inh-caps=-all", *command]


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m facilitator_app ARGS`` without permission to write where the file modes forbid it."""
    return subprocess.run(without_write_override([sys.executable, "-m", "facilitator_app", *args]),
                          capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Take the write bits off files and folders for the block (and put them back afterwards)."""
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
    try:
        for path, mode in modes.items():
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
