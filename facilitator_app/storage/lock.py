"""One window per store: an exclusive lock on a small file beside the store.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), held
on an open handle, so it is released the moment its process ends, even by a crash or a
kill. The file itself (``<store>.lock``) only says who holds it (pid and time), for the log
and for file systems without locks, where a lock whose process is gone is taken over.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from facilitator_app.errors import StoreLockedError

log = logging.getLogger(__name__)

LOCKED_MESSAGE = ("This data file is already open in another Facilitator window. "
                  "Switch to that window, or close it first.")

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    # Windows locks are mandatory: byte 0 is the lock, the holder's details start after it.
    _INFO_OFFSET = 1
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)

    _INFO_OFFSET = 0


@dataclass(frozen=True)
class LockHolder:
    """Who wrote the lock file: a process on a computer, since a time."""

    pid: int
    host: str
    since: str


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(f"{store_path.name}.lock")


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def read_holder(path: Path) -> LockHolder | None:
    """The details written in a lock file, if they can be read."""
    try:
        with path.open("rb") as handle:
            handle.seek(_INFO_OFFSET)
            text = handle.read(400).decode("utf-8", "replace")
    except OSError:
        return None
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    try:
        return LockHolder(pid=int(fields.get("pid", "0")), host=fields.get("host", ""), since=fields.get("since", ""))
    except ValueError:
        return None


class StoreLock:
    """The lock on one store, held until ``release()`` (or the end of a ``with`` block)."""

    def __init__(self, store_path: Path, fd: int | None, path: Path) -> None:
        self.store_path = store_path
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        """False when the folder is read-only and no lock file could be made (nothing can be
        written there, so two windows cannot harm the store)."""
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Remove the file while still holding the lock; a process that opened it meanwhile
        # notices on locking that it no longer is the file at that path, and starts again.
        with contextlib.suppress(OSError):
            if _same_file(fd, self.path):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)
        log.info("released the lock on %s", self.store_path)

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(Exception):
                self.release()


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _write_holder(fd: int) -> None:
    info = f"pid={os.getpid()}\nhost={socket.gethostname()}\nsince={datetime.now().isoformat(timespec='seconds')}\n"
    os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
    os.write(fd, info.encode("utf-8"))
    os.ftruncate(fd, _INFO_OFFSET + len(info.encode("utf-8")))
    with contextlib.suppress(OSError):
        os.fsync(fd)


def acquire(store_path: Path) -> StoreLock:
    """Take the store's lock, or raise ``StoreLockedError`` when another window holds it.

    A lock left by a process that has ended (a crash, a power cut) is taken over. The lock
    belongs to the file itself: a symbolic link to the store takes the same lock.
    """
    store_path = Path(os.path.realpath(store_path))
    path = lock_path(store_path)
    for _attempt in range(5):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # it names the host: private, like the store
        except FileNotFoundError:
            # The store's folder does not exist yet: nothing to protect there.
            return StoreLock(store_path, None, path)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                log.warning("no lock file can be made beside %s (%s): opening without one", store_path, exc)
                return StoreLock(store_path, None, path)
            raise
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            # The file system cannot lock (some network shares): fall back on the pid inside.
            log.warning("locking %s is not supported here (%s): using the pid in it", path, exc)
            locked = _stale_or_free(path)
        if not locked:
            holder = read_holder(path)
            os.close(fd)
            log.info("%s is locked by %s", store_path, holder)
            raise StoreLockedError(LOCKED_MESSAGE, detail=f"lock {path} held by {holder}")
        if not _same_file(fd, path):
            # The holder removed the file while we were opening it: try again with the new one.
            _unlock(fd)
            os.close(fd)
            continue
        previous = read_holder(path)
        if previous is not None and previous.pid and previous.pid != os.getpid():
            log.info("took over a stale lock on %s left by pid %s (since %s)", store_path, previous.pid,
                     previous.since)
        try:
            _write_holder(fd)
        except OSError:
            log.warning("could not write the holder into %s", path, exc_info=True)
        log.info("locked %s", store_path)
        return StoreLock(store_path, fd, path)
    raise StoreLockedError(LOCKED_MESSAGE, detail=f"lock {path} kept changing")


def _stale_or_free(path: Path) -> bool:
    holder = read_holder(path)
    if holder is None or not holder.pid or holder.pid == os.getpid():
        return holder is None or not holder.pid
    if holder.host and holder.host != socket.gethostname():
        return False  # another computer's process: we cannot tell, so we do not take it
    return not process_alive(holder.pid)
