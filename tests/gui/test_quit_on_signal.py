"""The system ending the app (log out, shutdown, Ctrl+C in a terminal) still cleans up: the
throwaway sample data of ``--demo`` is removed, and the exit is an ordinary one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _wait_for(condition, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name)
def test_a_demo_ended_by_a_signal_removes_its_sample_folder(tmp_path: Path, sig: signal.Signals) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "facilitator_app", "--demo"], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The lock is taken just before the window is built: by then the app listens for signals.
        assert _wait_for(lambda: any(temp.glob("facilitator-demo-*/sample.sqlite3.lock"))), \
            "the demo window did not come up"
        (folder,) = temp.glob("facilitator-demo-*")
        assert (folder / "sample.sqlite3").stat().st_size > 0
        time.sleep(0.5)  # let the window finish showing
        process.send_signal(sig)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert not folder.exists()
    assert list(temp.iterdir()) == []


def test_the_signal_handlers_are_put_back_afterwards(qapp) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.ui.quit_on_signal import QuitOnSignal

    before = signal.getsignal(signal.SIGTERM)
    received: list[int] = []
    quitter = QuitOnSignal(qapp, quit_app=received.append)
    try:
        assert signal.getsignal(signal.SIGTERM) is not before
        os.kill(os.getpid(), signal.SIGTERM)  # survives: the event loop is told instead
        deadline = time.monotonic() + 5
        while not received and time.monotonic() < deadline:
            qapp.processEvents()
        assert received == [signal.SIGTERM]
    finally:
        quitter.uninstall()
    assert signal.getsignal(signal.SIGTERM) is before
