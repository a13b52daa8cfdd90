"""Technical detail goes to a rotating log file; people see sentences, not tracebacks.

The log may name a store's folder and what went wrong in it, so its folder is 0700 and its
files 0600 (see private_files.py), also after a rotation and whatever the umask is.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from facilitator_app import private_files

LOG_FILE_NAME = "facilitator.log"
BACKUP_COUNT = 5


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created readable by its user only."""

    def _open(self) -> io.TextIOWrapper:
        private_files.make_private(Path(self.baseFilename))  # a file left by an older version
        # Always appended to: a rotating log is never opened to be overwritten.
        return open(self.baseFilename, "a", encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                    opener=_private_opener)


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, private_files.FILE_MODE)


def log_files(log_dir: Path) -> list[Path]:
    """The log file and its rotated predecessors."""
    return [log_dir / LOG_FILE_NAME, *(log_dir / f"{LOG_FILE_NAME}.{n}" for n in range(1, BACKUP_COUNT + 1))]


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/facilitator.log`` (1 MB x 5 files). Returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    try:
        private_files.private_dir(log_dir)
        private_files.tighten_all(log_files(log_dir))
        handler = PrivateRotatingFileHandler(log_dir / LOG_FILE_NAME, maxBytes=1_000_000,
                                             backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None  # a read-only home folder must not stop the app from opening
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_dir / LOG_FILE_NAME
