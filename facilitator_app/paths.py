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
    data: Path | None = None   # the user data folder, when the store lives there (no --db)

    @property
    def window_settings(self) -> Path:
        """Window size and last selections (never personal data)."""
        return self.config / "window.ini"

    @property
    def own_folders(self) -> tuple[Path, ...]:
        """The folders the app owns, kept private (0700, see private_files.py). A folder chosen
        with ``--db`` is the user's own and keeps its mode; the backups folder beside it is ours."""
        return (*((self.data,) if self.data is not None else ()), self.backups, self.logs, self.config)


def real_store_path(path: str | os.PathLike[str]) -> Path:
    """The store file itself: absolute, with ``~`` and every symbolic link resolved.

    The lock, the backups and a restore all follow this path, so a link to a store is the
    same store (one window, and a restore replaces the file, not the link).
    """
    return Path(os.path.realpath(Path(path).expanduser()))


def resolve_paths(db: str | os.PathLike[str] | None = None,
                  environ: Mapping[str, str] | None = None) -> AppPaths:
    """Work out the store path: ``--db`` first, then ``FACILITATOR_APP_DB``, then the user data folder.

    Backups live in a ``backups`` folder beside the store, so a store given with
    ``--db`` keeps its backups next to it rather than mixing with the user's own. A symbolic
    link is followed to the store it points to (``real_store_path``).
    """
    environ = os.environ if environ is None else environ
    chosen = db if db is not None else environ.get(DB_ENV_VAR) or None
    data = None
    if chosen is not None:
        store = real_store_path(chosen)
    else:
        data = real_store_path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
        store = real_store_path(data / STORE_FILE_NAME)
    logs = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    config = Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))
    return AppPaths(store=store, backups=store.parent / "backups", logs=logs, config=config, data=data)
