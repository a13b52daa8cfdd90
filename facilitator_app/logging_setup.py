"""Technical detail goes to a rotating log file; people see sentences, not tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "facilitator.log"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/facilitator.log`` (1 MB x 5 files). Returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_dir / LOG_FILE_NAME, maxBytes=1_000_000,
                                                       backupCount=5, encoding="utf-8")
    except OSError:
        return None  # a read-only home folder must not stop the app from opening
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_dir / LOG_FILE_NAME
