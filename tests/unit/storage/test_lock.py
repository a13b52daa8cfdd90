"""One window per store: a second holder is refused in plain words; a crashed holder's lock is recovered."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.errors import StorageError, StoreLockedError
from facilitator_app.storage import lock
from facilitator_app.storage.lock import LOCKED_MESSAGE, acquire, lock_path, read_holder

REPO = Path(__file__).resolve().parents[3]
HOLDER = """
import sys
from pathlib import Path
from facilitator_app.storage.lock import acquire
held = acquire(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(store_path: Path):  # noqa: ANN201 - yields the process
    """Another process holding the store's lock until it is told to stop (or killed)."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(store_path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, cwd=REPO,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    assert process.stdout is not None and process.stdout.readline() == "locked\n"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def test_the_lock_file_says_who_holds_it_and_goes_away_on_release(store_path: Path) -> None:
    with acquire(store_path) as held:
        assert held.held and held.path == lock_path(store_path)
        assert held.path.name == "store.sqlite3.lock"
        holder = read_holder(held.path)
        assert holder is not None and holder.pid == os.getpid() and holder.since
    assert not lock_path(store_path).exists()


def test_a_second_window_in_the_same_process_is_refused(store_path: Path) -> None:
    first = acquire(store_path)
    try:
        with pytest.raises(StoreLockedError) as caught:
            acquire(store_path)
        assert caught.value.message == LOCKED_MESSAGE
        assert isinstance(caught.value, StorageError)
    finally:
        first.release()
    acquire(store_path).release()  # free again


@pytest.mark.parametrize("first", ["the file", "a link to it"])
def test_a_symbolic_link_to_the_store_takes_the_same_lock(store_path: Path, tmp_path: Path, first: str) -> None:
    store_path.write_bytes(b"")
    link = tmp_path / "elsewhere" / "link.sqlite3"
    link.parent.mkdir()
    link.symlink_to(store_path)
    one, other = (store_path, link) if first == "the file" else (link, store_path)
    with acquire(one) as held:
        assert held.path == lock_path(store_path)
        with pytest.raises(StoreLockedError, match="already open"):
            acquire(other)
    assert not list(link.parent.glob("*.lock"))


def test_another_process_holding_the_lock_is_refused(store_path: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(StoreLockedError, match="already open in another Facilitator window"):
        acquire(store_path)
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait()
    acquire(store_path).release()


def test_a_killed_holder_leaves_a_stale_lock_that_is_taken_over(store_path: Path,
                                                                holder: subprocess.Popen[str]) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    stale = read_holder(lock_path(store_path))
    assert stale is not None and stale.pid == holder.pid  # the file is still there...
    with acquire(store_path):  # ...but its holder is gone
        holder_now = read_holder(lock_path(store_path))
        assert holder_now is not None and holder_now.pid == os.getpid()


def test_a_lock_file_from_a_dead_process_is_recovered_where_locks_are_not_supported(
        store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    dead = int(finished.stdout)
    lock_path(store_path).write_text(f"pid={dead}\nhost={os.uname().nodename}\nsince=2026-11-26T09:00:00\n",
                                     encoding="utf-8")

    def no_locks(fd: int) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock, "_try_lock", no_locks)
    with acquire(store_path):
        assert read_holder(lock_path(store_path)).pid == os.getpid()  # type: ignore[union-attr]


def test_where_locks_are_not_supported_a_live_holder_still_wins(store_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                holder: subprocess.Popen[str]) -> None:
    def no_locks(fd: int) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock, "_try_lock", no_locks)
    with pytest.raises(StoreLockedError):
        acquire(store_path)


def test_a_read_only_folder_opens_without_a_lock(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(lock.os, "open", read_only)
    held = acquire(store_path)
    monkeypatch.undo()
    assert not held.held
    held.release()  # harmless
