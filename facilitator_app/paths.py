"""Where the app keeps its files: platformdirs' user folders, overridable per run."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import platformdirs

APP_DIR_NAME = "facilitator-app"
STORE_FILE_NAME = "facilitator.sqlite3"
DB_ENV_VAR = "FACILITATOR_APP_DB"
# A store on an organisation's PostgreSQL server is named by a URL instead of a path.
_SERVER_SCHEME = re.compile(r"^(postgresql|postgres|postgresql\+psycopg)://", re.IGNORECASE)


@dataclass(frozen=True)
class AppPaths:
    """The files and folders of one run of the app."""

    store: Path
    backups: Path
    logs: Path
    config: Path
    data: Path | None = None   # the user data folder, when the store lives there (no --db)
    # A store on a PostgreSQL server: its URL (``store`` is then only a stand-in name, no file).
    server: str | None = None

    @property
    def location(self) -> Path | str:
        """What ``open_store`` takes: the server's URL, or the store file's path."""
        return self.server if self.server is not None else self.store

    @property
    def shown(self) -> str:
        """The store as messages name it: the file's path, or the URL without its password."""
        return masked_url(self.server) if self.server is not None else str(self.store)

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
    logs = Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
    config = Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))
    if chosen is not None and is_server_url(chosen):
        # No folder beside a server: its backups (``db backup``) go to the user data folder.
        url = str(chosen).strip()
        data = real_store_path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
        backups = data / "backups" / server_folder_name(url)
        # ``store`` is a stand-in named like the store's backups (``db backups`` lists them), never a file.
        return AppPaths(store=backups / server_folder_name(url), backups=backups, logs=logs, config=config,
                        data=data, server=url)
    if chosen is not None:
        store = real_store_path(chosen)
    else:
        data = real_store_path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
        store = real_store_path(data / STORE_FILE_NAME)
    return AppPaths(store=store, backups=store.parent / "backups", logs=logs, config=config, data=data)


def is_server_url(text: object) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``, ``postgresql+psycopg://``) URL."""
    return isinstance(text, str) and bool(_SERVER_SCHEME.match(text.strip()))


def masked_url(url: str) -> str:
    """The URL as it may be shown or logged: its password, if any, replaced by ``***``."""
    try:
        parts = urlsplit(url.strip())
        netloc = parts.netloc
        if "@" in netloc:
            login, _, host = netloc.rpartition("@")
            if ":" in login:
                login = login.split(":", 1)[0] + ":***"
            netloc = f"{login}@{host}"
        query = re.sub(r"(?i)(password=)[^&]*", r"\1***", parts.query)
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:  # too broken to split: show nothing that could be a secret
        return re.sub(r"//[^@/]*@", "//***@", url)


def server_folder_name(url: str) -> str:
    """A file name for a server store's own folder (host, port, database; no user, no password)."""
    parts = urlsplit(url.strip())
    host = parts.hostname or "local"
    try:
        port = str(parts.port or 5432)
    except ValueError:
        port = "5432"
    database = unquote(parts.path.lstrip("/")) or "default"
    return "server-" + "-".join(quote(part, safe="").replace("%", "_") for part in (host, port, database))
