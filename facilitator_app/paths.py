"""Where the app keeps its files: platformdirs' user folders, overridable per run."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "facilitator-app"
STORE_FILE_NAME = "facilitator.sqlite3"
DB_ENV_VAR = "FACILITATOR_APP_DB"


@dataclass(frozen=True)
class AppPaths:
    """The files and folders of one run of the app."""

    store: Path
    backups: Path
    logs: Path
    config: Path

    @property
    def window_settings(self) -> Path:
        """Window size and last selections (never personal data)."""
        return self.config / "window.ini"


def resolve_paths(db: str | os.PathLike[str] | None = None,
                  environ: Mapping[str, str] | None = None) -> AppPaths:
    """Work out the store path: ``--db`` first, then ``FACILITATOR_APP_DB``, then the user data folder.

    Backups live in a ``backups`` folder beside the store, so a store given with
    ``--db`` keeps its backups next to it rather than mixing with the user's own.
    """
    environ = os.environ if environ is None else environ
    chosen = db if db is not None else environ.get(DB_ENV_VAR) or None
    if chosen is not None:
        store = Path(chosen).expanduser().absolute()
    else:
        store = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / STORE_FILE_NAME
    logs = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    config = Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))
    return AppPaths(store=store, backups=store.parent / "backups", logs=logs, config=config)
