"""Temporary copies named after the process writing them, and clearing what a killed one left.

A backup is written to ``.<name>.<pid>.partial`` beside it, and a restore to
``.<store>.<pid>.restoring`` beside the store, then renamed into place. Killed half-way
(kill -9, a power cut) such a file stays behind, hidden, holding a whole copy of the
members' data. ``clear_leftovers`` removes those names, and only those, when the process
that wrote them is no longer running: a backup, or a copy still being written, is never
touched. After a restart the pid in a name may belong to an unrelated process, so a file
untouched for ``STALE_AFTER_SECONDS`` counts as left behind whoever has that pid now (a copy
being written changes every few milliseconds).
"""

from __future__ import annotations

import logging
import os
import re
import time
from pathlib import Path

from facilitator_app.storage.lock import process_alive

log = logging.getLogger(__name__)

STALE_AFTER_SECONDS = 3600

# A backup's (or its sidecar's) temporary file, with SQLite's journal beside it; group 1 is the writer's pid
# (absent in names written before it was recorded).
_LEFTOVER = re.compile(r"^\.facilitator-.+\.sqlite3(?:\.json|\.key)?(?:\.(\d+))?\.partial(?:-journal|-wal|-shm)?$")


def temp_name(final: Path, kind: str) -> Path:
    """The hidden temporary file, written by this process, that becomes ``final`` when complete."""
    return final.with_name(f".{final.name}.{os.getpid()}.{kind}")


def _restoring_pattern(store: Path) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(store.name)}(?:\.(\d+))?\.restoring(?:-journal|-wal|-shm)?$")


def _recent(entry: os.DirEntry[str]) -> bool:
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER_SECONDS
    except OSError:
        return False


def clear_leftovers(backups_dir: Path, store: Path | None = None) -> list[Path]:
    """Remove the temporary copies a backup (in ``backups_dir``) or a restore (beside ``store``)
    left when its process was killed. Only those names, and only when the process that wrote
    them is gone: a backup itself, or a copy still being written, is never touched."""
    places = [(backups_dir, _LEFTOVER)]
    if store is not None:
        places.append((store.parent, _restoring_pattern(store)))
    removed: list[Path] = []
    for folder, pattern in places:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            match = pattern.match(entry.name)
            if match is None or not entry.is_file(follow_symlinks=False):
                continue
            writer = int(match.group(1)) if match.group(1) else None
            if writer is not None and (writer == os.getpid() or (process_alive(writer) and _recent(entry))):
                continue
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                continue
            except OSError:
                log.warning("could not remove %s", entry.path, exc_info=True)
                continue
            removed.append(Path(entry.path))
    if removed:
        log.warning("removed %d temporary files left by an interrupted backup or restore: %s", len(removed),
                    ", ".join(p.name for p in removed))
    return removed
