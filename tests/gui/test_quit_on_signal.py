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


def test_a_signal_while_the_passphrase_is_asked_ends_the_app(tmp_path: Path) -> None:
    """Logging out while the start-up passphrase dialog waits: the app ends, it does not sit in an
    event loop that ``quit()`` (called before the loop ran) can no longer end, nor show a message box."""
    from facilitator_app.services.sample_data import build_sample_store

    store = tmp_path / "group.sqlite3"
    build_sample_store(store, scale="small", seed=3, passphrase="the right passphrase")
    before = store.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "FACILITATOR_APP_PASSPHRASE": "not the passphrase", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    process = subprocess.Popen([sys.executable, "-m", "facilitator_app", "--db", str(store)], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The lock is taken just before the passphrase is asked for.
        assert _wait_for(lambda: any(tmp_path.glob("group.sqlite3.lock"))), "the app did not start"
        time.sleep(1.5)  # the wrong passphrase is tried, then the dialog shows
        assert process.poll() is None, process.communicate()
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert store.read_bytes() == before
