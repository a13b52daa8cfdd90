"""Private files: what the app writes is health data, so only its own user may read it.

On POSIX both entry points (the CLI and the window, which starts through it) set the
process's umask to 0o077 first (``restrict_umask``). Every file the app, SQLite, Qt or the
logging module then creates is 0600 and every folder 0700, whichever code makes it (stores
with their WAL and SHM, backups and their sidecars, key files, logs, settings, exports and
their temporary files), without each place having to remember. A umask cannot reach files
made before this version, so the app's own files and folders are tightened when they are
opened (``tighten_store``, ``private_dir``): group and other bits are taken off, the owner's
bits are left as they are (a read-only store stays read-only).

Exports a facilitator saves where they choose are 0600 too: a PDF left on a shared laptop is
health data, and the facilitator can still share it on purpose.

On Windows the permission bits mean little and the user's profile folders are private
already, so nothing here changes anything there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
DIR_MODE = 0o700
# What SQLite keeps beside a store while it is open, or leaves after a crash.
STORE_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")

log = logging.getLogger(__name__)


def applies() -> bool:
    """Whether permission bits protect files here (POSIX), so that setting them is worth doing."""
    return os.name == "posix"


def restrict_umask() -> None:
    """Make every file this process creates from now on private to its user (call once, at start).

    A stricter umask the user already has is kept (the bits are added, not replaced).
    """
    if applies():
        previous = os.umask(PRIVATE_UMASK)
        os.umask(previous | PRIVATE_UMASK)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """The private umask for the block only (for code that runs outside the entry points, e.g. tests)."""
    if not applies():
        yield
        return
    previous = os.umask(PRIVATE_UMASK)
    os.umask(previous | PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def make_private(path: Path) -> bool:
    """Take the group and other bits off an existing file or folder; True when it is private now.

    A file that is gone, belongs to someone else, or sits on a read-only disk is left as it is
    (the app still opens it; the log says why it could not be tightened).
    """
    if not applies():
        return False
    try:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if stat.S_ISLNK(path.lstat().st_mode):
            return False  # the file a link points to is tightened by its own path
        if mode & PRIVATE_UMASK:
            path.chmod(mode & ~PRIVATE_UMASK)
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.info("could not make %s private: %s", path, exc)
        return False
    return True


def private_dir(path: Path) -> Path:
    """Create the app's own folder ``path`` (and missing parents) as 0700, or tighten it when it exists.

    Only ``path`` itself is tightened: its parents may be the user's own folders.
    """
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    make_private(path)
    return path


def tighten_folder(folder: Path) -> None:
    """Make an existing app folder and the files directly in it private (a backups folder made
    by an older version); a missing folder is left missing."""
    if not applies() or not folder.is_dir():
        return
    make_private(folder)
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                make_private(entry)


def store_files(store: Path) -> list[Path]:
    """The store file and the files SQLite and the app keep beside it."""
    return [store, *(store.with_name(store.name + suffix) for suffix in STORE_COMPANIONS)]


def tighten_store(store: Path, backups: Path | None = None) -> None:
    """Make an existing store, its companions and its backups folder private (nothing is created)."""
    tighten_all(store_files(store))
    if backups is not None:
        tighten_folder(backups)


def tighten_all(paths: Iterable[Path]) -> None:
    for path in paths:
        make_private(path)
