"""The commands that make stores and merge them.

    facilitator-app --db PATH db init                      an empty store
    facilitator-app --db PATH db fingerprint               one line: a hash of the live content
    facilitator-app --db PATH sync with OTHER_DB           merge both ways (a file, or a server URL)
    facilitator-app sync new-key -o ORG.key                a new organisation key (0600)
    facilitator-app --db PATH sync export --key ORG.key -o BUNDLE [--since-last]
    facilitator-app --db PATH sync import --key ORG.key BUNDLE

``sync with`` and ``sync import`` make this store first when there is none yet (a new laptop).

Two stores holding the same data print the same fingerprint, whatever order the rows came in;
timestamps and the sync bookkeeping are left out. A bundle refused (another organisation's key,
changed or damaged) changes nothing; an import is one transaction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facilitator_app.cli_list import write_utf8
from facilitator_app.paths import AppPaths

DB_COMMANDS = ("init", "fingerprint")


def add_sync_parsers(commands: Any, db_commands: Any) -> None:
    """``db init``, ``db fingerprint`` and the ``sync`` command with its actions."""
    db_commands.add_parser("init", help="create an empty store (refused if the file exists)")
    db_commands.add_parser("fingerprint", help="one line: a hash of the live content, equal on two stores "
                                               "that hold the same data")
    sync = commands.add_parser("sync", help="merge with another store, or through an encrypted bundle")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    with_ = actions.add_parser("with", help="merge this store and another both ways")
    with_.add_argument("other", metavar="OTHER_DB", help="the other store: a file, or a postgresql:// URL")
    key = actions.add_parser("new-key", help="make an organisation key for bundles (keep it like a passphrase)")
    key.add_argument("-o", "--output", required=True, metavar="ORG.key", help="the key file to write")
    export = actions.add_parser("export", help="write this store's changes to an encrypted bundle")
    export.add_argument("--key", required=True, metavar="ORG.key", help="the organisation key")
    export.add_argument("-o", "--output", required=True, metavar="BUNDLE", help="the bundle file (or a folder)")
    export.add_argument("--since-last", action="store_true",
                        help="only what changed since the last bundle this store wrote")
    imp = actions.add_parser("import", help="merge an encrypted bundle into this store")
    imp.add_argument("--key", required=True, metavar="ORG.key", help="the organisation key")
    imp.add_argument("bundle", metavar="BUNDLE", help="the bundle file")


def is_sync_command(args: argparse.Namespace) -> bool:
    return args.command == "sync" or (args.command == "db" and args.db_command in DB_COMMANDS)


def run_sync(args: argparse.Namespace, paths: AppPaths) -> int:
    from facilitator_app.cli_keys import unlock_for_command

    if args.command == "db" and args.db_command == "init":
        return _init(paths, args)
    if args.command == "sync" and args.sync_command == "new-key":
        return _new_key(Path(args.output).expanduser())
    unlock_for_command(paths)
    if args.command == "db":
        return _fingerprint(paths)
    if args.sync_command == "with":
        return _with(paths, args)
    if args.sync_command == "export":
        return _export(paths, args)
    return _import(paths, args)


def _init(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.errors import ValidationError

    if paths.server is None and paths.store.exists():
        raise ValidationError(f"{paths.store} already exists; 'db init' only creates a new, empty store. "
                              "Nothing was changed.")
    store = _open_here(paths, args)
    where = store.location
    store.close()
    write_utf8([f"An empty store is ready at {where}"], sys.stdout)
    return 0


def _here(paths: AppPaths) -> Any:
    """This store's location for ``open_store``: the server URL, else the file."""
    return paths.server if paths.server is not None else paths.store


def _open_here(paths: AppPaths, args: argparse.Namespace) -> Any:
    """This store; a new laptop's store is made here first (its recovery key shown once)."""
    from facilitator_app.cli_keys import new_store_passphrase, show_recovery_key
    from facilitator_app.storage.store import open_store

    if paths.server is not None:   # a store on a server: no passphrase, no recovery key
        return open_store(paths.server)
    store = open_store(paths.store, passphrase=new_store_passphrase(paths), backups_dir=paths.backups)
    if store.opened.recovery_key is not None:
        show_recovery_key(store.opened.recovery_key, paths.store, args.recovery_sheet)
    return store


def _fingerprint(paths: AppPaths) -> int:
    from facilitator_app.services.sync import SyncService
    from facilitator_app.storage.store import open_store

    with open_store(_here(paths), create=False, backups_dir=paths.backups) as store:
        write_utf8([SyncService(store).fingerprint()], sys.stdout)
    return 0


def _open_other(paths: AppPaths, text: str) -> Any:
    """The other store: a server URL as given (``open_store`` decides what it accepts), else a file,
    unlocked as this store is (keyring, FACILITATOR_APP_PASSPHRASE, or asked for at a terminal)."""
    import dataclasses

    from facilitator_app.cli_keys import unlock_for_command
    from facilitator_app.storage.store import open_store

    if "://" in text:
        url: Any = text  # open_store takes server URLs once the PostgreSQL backend lands
        return open_store(url, create=False)
    other = Path(text).expanduser()
    unlock_for_command(dataclasses.replace(paths, store=other))
    return open_store(other, create=False, backups_dir=other.parent / "backups")


def _with(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.services.sync import sync_stores

    other = args.other
    with _open_other(paths, other) as there, _open_here(paths, args) as here:
        came, went = sync_stores(here, there)
    lines = [f"Merged with {_shown(other)}.",
             f"  Into this store: {came.summary()}.",
             f"  Into the other:  {went.summary()}."]
    lines += came.duplicate_lines()
    write_utf8(lines, sys.stdout)
    return 0


def _shown(other: str) -> str:
    """The other store as printed: a server URL without its password."""
    from urllib.parse import urlsplit, urlunsplit

    if "://" not in other:
        return other
    parts = urlsplit(other)
    if parts.password is None:
        return other
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def _new_key(output: Path) -> int:
    from facilitator_app.services.sync_bundle import new_key_file

    new_key_file(output)
    write_utf8([f"Organisation key written to {output} (readable by you only). Give it only to your "
                "organisation's laptops: anyone holding it can read the bundles."], sys.stdout)
    return 0


def _export(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.domain.ids import utc_now
    from facilitator_app.services import sync_bundle
    from facilitator_app.services.sync import SyncService
    from facilitator_app.storage.store import open_store

    key = sync_bundle.read_key_file(Path(args.key).expanduser())
    output = Path(args.output).expanduser()
    if output.is_dir():
        output = output / sync_bundle.default_bundle_name(utc_now().date())
    with open_store(_here(paths), create=False, backups_dir=paths.backups) as store:
        service = SyncService(store)
        outgoing = service.outgoing("bundle" if args.since_last else None)
        sync_bundle.write_bundle(output, sync_bundle.seal(outgoing.changes, outgoing.node_id, key))
        service.mark_bundle_written(outgoing)
    what = "changes since the last bundle" if args.since_last else "everything in this store"
    write_utf8([f"Bundle written to {output}: {what}, {outgoing.rows:,} rows, encrypted with the organisation key."],
               sys.stdout)
    return 0


def _import(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.errors import ValidationError
    from facilitator_app.services import sync_bundle
    from facilitator_app.services.sync import BUNDLE_IN_PEER, SyncService

    key = sync_bundle.read_key_file(Path(args.key).expanduser())
    source = Path(args.bundle).expanduser()
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ValidationError(f"The bundle {source} could not be read ({exc.strerror}).") from exc
    bundle = sync_bundle.unseal(data, key)  # refused here, before the store is opened (or made)
    with _open_here(paths, args) as store:
        # Recorded as an exchange (with "bundle-in"), so the window's "Last synced" counts it.
        report, _ = SyncService(store).take_in(bundle.changes, peer=BUNDLE_IN_PEER, peer_node=bundle.node_id)
    lines = [f"Imported {source.name}: {report.added:,} added, {report.updated:,} updated, "
             f"{report.unchanged:,} unchanged, {report.conflicts:,} in conflict."]
    if report.conflicts:
        lines.append("Sections edited on two computers at once now show both texts between conflict markers; "
                     "edit them to settle.")
    lines += report.duplicate_lines()
    write_utf8(lines, sys.stdout)
    return 0
