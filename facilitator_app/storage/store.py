"""Opening, creating and upgrading the store file; the unit of work services use.

The rules that keep data safe live here:
- a file that is not a Facilitator store is refused and left untouched;
- every store is encrypted (``db``, ``keys``): a new one gets a data key wrapped by the
  passphrase and a recovery key (shown once, ``OpenedStore.recovery_key``); an existing one is
  opened with the key from ``keys_source`` (keyring, this process, the environment), and a wrong
  passphrase is refused before the file is touched; an unencrypted store from an earlier
  version is refused until it is converted (``encryption.encrypt_plain_store``);
- a new store is built in a temporary file and renamed into place when complete;
- an older store is backed up with the SQLite backup API before it is upgraded;
- a store from a newer app version is refused;
- a damaged store (cut short, wiped header, unreadable pages) is refused with a sentence that
  names the problem and the newest verified backup, and is left as it is (``recovery``);
- a store whose file or folder is read-only opens for reading, and every write is refused
  with one sentence (``access``);
- what a backup or restore killed half-way left behind is cleared at open (``leftovers``).

A ``postgresql://`` URL in place of a path opens a store on an organisation's server
(``storage/server.py``): an empty database is made into a store, an older one is upgraded in one
transaction (PostgreSQL's DDL is transactional: a failed upgrade leaves it as it was), a newer one
or a database holding other tables is refused. None of the file rules above apply there.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeAlias

from sqlalchemy import Connection, Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from facilitator_app.domain.ids import utc_now
from facilitator_app.errors import (
    NotFoundError,
    PassphraseNeededError,
    PlainStoreError,
    ServerConnectionError,
    StorageError,
    StoreDamagedError,
    StoreNotRecognisedError,
    StoreReadOnlyError,
    StoreTooNewError,
)
from facilitator_app.storage import access, keys, keys_source, recovery, server, server_logins, sync_clock
from facilitator_app.storage.backup import make_verified_backup
from facilitator_app.storage.db import make_engine
from facilitator_app.storage.errors import LOST_WHILE_SAVING, is_connection_loss, translated_errors
from facilitator_app.storage.identity import (
    FileKind,
    inspect_file,
    missing_message,
    plain_store_message,
    refusal_message,
)
from facilitator_app.storage.leftovers import clear_leftovers
from facilitator_app.storage.schema import HEAD_REVISION, REVISIONS, create_schema, is_empty, read_revision

# The handle a ``read()`` or ``write()`` block yields; services pass it to the repositories
# and never need SQLAlchemy themselves.
Transaction: TypeAlias = Session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedStore:
    """What happened while opening: whether the file was new, or upgraded (and where its backup is)."""

    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None
    # A new store's recovery key: shown to the facilitator once, never stored anywhere.
    recovery_key: str | None = None


class Store:
    """An open store: the engine plus transactions for the services.

    One user action is one ``write()`` block: it commits as a whole, or not at all. A
    ``read_only`` store refuses every ``write()`` with ``StoreReadOnlyError``.
    """

    def __init__(self, path: Path, engine: Engine, opened: OpenedStore | None = None, *,
                 read_only: bool = False, url: str | None = None) -> None:
        # For a server store (``url``) ``path`` is only a stand-in name (no file): see ``is_server``.
        self.path = path
        self.url = url
        self.engine = engine
        self.opened = opened or OpenedStore()
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        sync_clock.install(self._sessions)  # every change gets the store's clock stamp

    @property
    def is_server(self) -> bool:
        """True for a store on a PostgreSQL server (no file, no key, no lock)."""
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the store is, as it may be shown: the file's path, or the URL without its password."""
        return str(self.path) if self.url is None else server.masked(self.url)

    def claim_node_id(self, session: Session) -> None:
        """Before an exchange: a file store copied by hand, or put back from a backup, takes a node
        id of its own (``sync_clock.claim_home``); a server's database is always the same store."""
        if self.url is None and sync_clock.claim_home(session.connection(), file_identity(self.path)):
            log.info("%s is a copy or a restored backup: it takes a new node id for merging", self.path.name)

    def has_own_node_id(self, session: Session) -> bool:
        """False for a copy (or a restored backup) that has not yet claimed a node id of its own."""
        return self.url is not None or sync_clock.is_home(session.connection(), file_identity(self.path))

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends without an exception."""
        if self.read_only:
            raise StoreReadOnlyError(access.read_only_message(self.path))
        with translated_errors(), self._sessions() as session:
            saving = False
            try:
                with session.begin():
                    yield session
                    saving = True   # the block is done: leaving ``begin()`` commits
            except sa_exc.DBAPIError as exc:
                # Lost while the server commits: it may have kept the action, so it must not be redone blindly.
                if saving and exc.orig is not None and is_connection_loss(exc.orig):
                    raise ServerConnectionError(LOST_WHILE_SAVING, detail=repr(exc.orig), unsaved=False) from exc
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only view; anything written by mistake is rolled back."""
        with translated_errors(), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        """Close every connection; the last one to close folds the WAL back into the file."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(path: Path | str, *, create: bool = True, upgrade: bool = True,
               backups_dir: Path | None = None, full_check: bool | None = None,
               passphrase: str | None = None, plain: Literal["refuse", "open"] = "refuse") -> Store:
    """Open the store at ``path``, creating it if it does not exist and ``create`` is true.

    ``passphrase`` unlocks the store (or is the new store's passphrase); without it the key comes
    from ``keys_source`` (and a new store takes ``FACILITATOR_APP_PASSPHRASE``). An unencrypted
    store from an earlier version raises ``PlainStoreError`` unless ``plain="open"`` (``db check``
    and the conversion itself).

    With ``upgrade`` false an older store is opened as it is (for ``db check``).
    ``full_check`` runs SQLite's quick_check over every page first: None decides by size
    (small stores always, large ones only when SQLite reports damage), True always.
    A store that cannot be written is opened read-only (``Store.read_only``).
    ``path`` may be a ``postgresql://`` URL: a store on a server (``open_server_store``).
    """
    if server.is_server_url(path):
        return open_server_store(str(path), create=create, upgrade=upgrade)
    path = Path(os.path.realpath(path))  # a symbolic link: the store is the file it points to
    backups_dir = backups_dir or path.parent / "backups"
    kind = inspect_file(path)
    if kind is FileKind.MISSING:
        if not create:
            raise NotFoundError(missing_message(path))
        new_passphrase = passphrase or keys_source.env_passphrase()
        if new_passphrase is None:
            raise PassphraseNeededError(f"A new store at {path} needs a passphrase: type one when asked, or set "
                                        f"{keys_source.ENV_PASSPHRASE} for scripts. Nothing was written.")
        new_keys = _create_store_file(path, new_passphrase)
        keys_source.remember_unlocked(new_keys.key_file, new_keys.data_key)  # backups and checks reuse it
        engine = make_engine(path, new_keys.data_key)
        with translated_errors(), engine.begin() as connection:
            sync_clock.claim_home(connection, file_identity(path))   # from the start: a copy is told apart
        return Store(path, engine, OpenedStore(created=True, recovery_key=new_keys.recovery_key))
    if kind in (FileKind.EMPTY_FILE, FileKind.NOT_SQLITE):
        raise recovery.unreadable_error(path, kind, backups_dir)
    key: bytes | None = None
    if kind is FileKind.PLAIN_STORE:
        if plain != "open":
            raise PlainStoreError(plain_store_message(path))
    elif kind is not FileKind.STORE:
        raise StoreNotRecognisedError(refusal_message(path, kind))
    else:
        # Before anything is written (leftovers, WAL): a wrong passphrase leaves the file as it was.
        key = keys_source.unlock(path, passphrase) if passphrase is not None else keys_source.data_key_for(path)
    damage = recovery.header_damage(path)
    if damage is not None:
        raise recovery.damaged_error(path, *damage, backups_dir)
    if full_check is None:
        full_check = path.stat().st_size <= recovery.QUICK_CHECK_AT_OPEN_MAX_BYTES
    read_only = not access.can_write(path)
    if not read_only:
        clear_leftovers(backups_dir, path)
    elif (problem := access.unreadable_journal_message(path)) is not None:
        raise StoreReadOnlyError(problem)

    engine = make_engine(path, key, read_only=read_only)
    try:
        try:
            with translated_errors(), engine.connect() as connection:
                problems = _quick_check(connection) if full_check else []
                revision = read_revision(connection)
        except StoreDamagedError as exc:
            problems = [exc.detail or exc.message]
        if problems:
            engine.dispose()
            raise recovery.damaged_error(path, recovery.Damage.CORRUPT, "is damaged: part of it cannot be read",
                                         backups_dir, detail="; ".join(problems[:10]))
        opened = OpenedStore()
        if revision != HEAD_REVISION:
            if revision is not None and revision not in REVISIONS:
                raise recovery.too_new_error(path, revision, backups_dir)
            if upgrade and read_only:
                raise StoreReadOnlyError(access.read_only_message(
                    path, why="it was saved by an older version of Facilitator, and bringing it up to date "
                              "means writing to it"))
            if upgrade:
                opened = _upgrade(path, engine, revision, backups_dir)
        return Store(path, engine, opened, read_only=read_only)
    except BaseException:
        engine.dispose()
        raise


def file_identity(path: Path) -> str:
    """Which file this is: its path and the file system's identity of it (a copy has another)."""
    info = path.stat()
    return hashlib.sha256(f"{path}|{info.st_dev}|{info.st_ino}".encode()).hexdigest()[:32]


# Held while a server store is made or upgraded, so two laptops opening a new database at once
# do not both build it (a transaction-scoped advisory lock: released at commit or rollback).
_SCHEMA_LOCK_ID = 0x46414331


def open_server_store(url: str, *, create: bool = True, upgrade: bool = True) -> Store:
    """Open the store in the PostgreSQL database at ``url``, making it when the database is empty
    and ``create`` is true. Nothing is written unless it is made or upgraded."""
    shown = server.masked(url)
    engine = server.make_server_engine(url)
    try:
        opened = OpenedStore()
        with translated_errors(), engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK_ID})")
            revision = read_revision(connection)
            if revision is None:
                if not is_empty(connection):
                    raise StoreNotRecognisedError(
                        f"The database {shown} holds tables that are not a Facilitator store, so it was left "
                        "untouched. Give Facilitator an empty database of its own.")
                if not create:
                    raise NotFoundError(f"The database {shown} is empty: there is no Facilitator store in it yet. "
                                        "Fill it with 'demo-data', or open it in the window to start one.")
                create_schema(connection)
                opened = OpenedStore(created=True)
                log.info("created a new store in %s", shown)
            elif revision not in REVISIONS:
                raise StoreTooNewError(f"The database {shown} was saved by a newer version of Facilitator (schema "
                                       f"{revision}). Install the newest version of the app to use it; nothing "
                                       "was changed.", detail=f"revision {revision}")
            elif revision != HEAD_REVISION and upgrade:
                from facilitator_app.storage import migrate  # Alembic is imported only here

                if not server_logins.may_manage(connection):
                    raise StorageError(
                        f"The store in {shown} was saved by an older version of Facilitator, and only the login "
                        "that owns it (the organisation's administrator for it) may bring it up to date. Ask them "
                        "to open it once with this version; nothing was changed.",
                        detail=f"revision {revision}, login {server_logins.current_login(connection)}")

                log.info("upgrading %s from %s to %s", shown, revision, HEAD_REVISION)
                migrate.upgrade(connection)
                opened = OpenedStore(upgraded_from=revision)
        return Store(Path(server.folder_name(url)), engine, opened, url=url)
    except BaseException:
        engine.dispose()
        raise


def _quick_check(connection: Connection) -> list[str]:
    rows = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def _create_store_file(path: Path, passphrase: str) -> keys.NewKeys:
    """Build a new encrypted store beside ``path`` and move it into place, with its key file, once
    it is complete."""
    new_keys = keys.new_keys(passphrase)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"The folder {path.parent} could not be created ({exc.strerror}). "
                           "Choose another place for the store.") from exc
    recovery.set_aside_orphans(path)
    partial = path.with_name(f".{path.name}.creating")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    engine = make_engine(partial, new_keys.data_key)
    key_file = keys.key_file_of(path)
    wrote_key_file = False
    try:
        with translated_errors(), engine.begin() as connection:
            create_schema(connection)
        engine.dispose()  # checkpoints the WAL, so the file on disk is complete
        if key_file.exists():  # left by a store deleted by hand: keep it, under another name
            os.replace(key_file, key_file.with_name(f"{key_file.name}.orphaned-{utc_now():%Y%m%dT%H%M%S}"))
        keys.write_key_file(path, new_keys.key_file)
        wrote_key_file = True
        # link() refuses to replace a file that appeared meanwhile: never overwrite data.
        os.link(partial, path)
    except FileExistsError as exc:
        if wrote_key_file:
            key_file.unlink(missing_ok=True)
        raise StorageError(f"{path} appeared while a new store was being made there. "
                           "Nothing was overwritten: open it again.") from exc
    except OSError as exc:
        if wrote_key_file:
            key_file.unlink(missing_ok=True)
        raise StorageError(f"A new store could not be written at {path} ({exc.strerror}). "
                           "Check that the folder is writable and the disk is not full.") from exc
    finally:
        engine.dispose()
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    log.info("created a new store at %s", path)
    return new_keys


def _upgrade(path: Path, engine: Engine, revision: str | None, backups_dir: Path) -> OpenedStore:
    backup = make_verified_backup(path, backups_dir, "before-upgrade", utc_now()).path
    from facilitator_app.storage import migrate  # Alembic is imported only here

    log.info("upgrading %s from %s to %s (backup %s)", path, revision, HEAD_REVISION, backup)
    with translated_errors(), engine.begin() as connection:
        migrate.upgrade(connection)
    return OpenedStore(upgraded_from=revision or "(none)", backup=backup)
