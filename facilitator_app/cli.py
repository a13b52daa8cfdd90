"""The command line: opens the window, or runs a headless command on a store.

    facilitator-app [--db PATH] [--demo]
    facilitator-app --db PATH demo-data [--scale small|large] [--seed N]
    facilitator-app --db PATH db info | db check | db backup [DEST] | db backups
    facilitator-app --db PATH db restore BACKUP | db restore --latest
    facilitator-app --db PATH db audit verify | db audit show [--limit N]
    facilitator-app --db PATH db retention [--names] [--apply [--yes]] | db retention set [--checkins-years N] ...
    facilitator-app --db PATH db erase-member ID|NAME [--yes]
    facilitator-app --db PATH import members FILE.csv [--group NAME] [--dry-run] [--import-good-rows]
    facilitator-app --db PATH list groups | list sessions --group NAME | list members [--group NAME] [--all]
    facilitator-app --db PATH db passphrase change | db passphrase reset --recovery-key
    facilitator-app --db PATH db remember | db forget | db encrypt        (see cli_keys.py)
    facilitator-app --db PATH db init | db fingerprint | sync with OTHER_DB | sync export | sync import
    facilitator-app sync new-key -o ORG.key                                (see cli_sync.py)
    facilitator-app --db URL server grant LOGIN --coordinator | --group NAME
    facilitator-app --db URL server revoke LOGIN [--group NAME | --coordinator] | server logins
                                                                           (see cli_server.py)

Every store is encrypted: its passphrase comes from the keyring, FACILITATOR_APP_PASSPHRASE, or a
prompt at a terminal (cli_keys.py).

--db (or FACILITATOR_APP_DB) may be a postgresql://user@host/dbname URL: the store is then on an
organisation's server (no passphrase, no lock file; README, "Organisation server"). The commands that
are about a store file (restore, the passphrase commands) refuse a URL with a sentence, and a URL's
password is never printed.

Exit status: 0 on success, 1 when the command could not do its job (the reason is
printed as one line on stderr), 2 for a mistake in the command itself, or a passphrase that
is wrong or missing.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator_app import APP_NAME, __version__, private_files
from facilitator_app.cli_audit import add_audit_parser, run_audit
from facilitator_app.cli_export import add_export_parser, open_services, run_export  # cheap: no reportlab
from facilitator_app.cli_keys import (
    KEY_COMMANDS,
    add_key_arguments,
    add_key_commands,
    new_store_passphrase,
    run_key_command,
    show_recovery_key,
    unlock_for_command,
)
from facilitator_app.cli_list import add_list_parser, run_list
from facilitator_app.cli_retention import add_retention_parser, run_erase_member, run_retention
from facilitator_app.cli_server import add_server_parser, run_server
from facilitator_app.cli_sync import add_sync_parsers, is_sync_command, run_sync
from facilitator_app.errors import (
    AppError,
    PassphraseNeededError,
    StoreDamagedError,
    StoreReadOnlyError,
    StoreUnreadableError,
    WrongPassphraseError,
)
from facilitator_app.logging_setup import configure_logging
from facilitator_app.paths import DB_ENV_VAR, AppPaths, resolve_paths

if TYPE_CHECKING:
    from facilitator_app.services.member_import import ImportResult
    from facilitator_app.storage.store import Store

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator-app",
        description=f"{APP_NAME}: offline admin for in-person peer support groups. "
                    "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help=f"the store file to use, or a postgresql://user@host/dbname URL of a store on a server "
                             f"(default: ${DB_ENV_VAR}, else your user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a fresh throwaway copy of the small sample store")
    add_key_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo-data", help="fill a new store with invented sample data")
    demo.add_argument("--scale", choices=("small", "large"), default="small",
                      help="small: 2 groups; large: a multi-year organisation (default: small)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default: 1)")

    db = commands.add_parser("db", help="look after the store file")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("info", help="schema revision and row counts")
    db_commands.add_parser("check", help="integrity and foreign-key checks; non-zero exit on any problem")
    backup = db_commands.add_parser("backup", help="a consistent copy of the store")
    backup.add_argument("dest", nargs="?", help="file or folder for the copy (default: the backups folder)")
    db_commands.add_parser("backups", help="list the backups beside the store, newest first, with their counts")
    restore = db_commands.add_parser(
        "restore", help="put a backup in place of the store (the current store is backed up, or moved aside "
                        "when damaged, first)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="restore the newest verified backup")
    add_key_commands(db_commands)
    add_audit_parser(db_commands)
    add_retention_parser(db_commands)

    imports = commands.add_parser("import", help="bring data in from a file")
    import_commands = imports.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    members = import_commands.add_parser(
        "members", help="members from a CSV file (Google Contacts, Outlook, or a sheet with a Name column)")
    members.add_argument("file", metavar="FILE.csv", help="the CSV file")
    members.add_argument("--group", metavar="NAME", help="also put the members in this group")
    members.add_argument("--dry-run", action="store_true", help="say what would be imported, change nothing")
    members.add_argument("--import-good-rows", action="store_true",
                         help="import the rows that are fine even when others are rejected")
    add_export_parser(commands)
    add_list_parser(commands)
    add_sync_parsers(commands, db_commands)
    add_server_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.command:
        parser.error("--demo opens the window; it cannot be combined with a command")
    paths = resolve_paths(args.db)
    # Everything this run creates is private to the user (0600 files, 0700 folders), and what an
    # older version left readable to others is tightened before it is opened.
    with private_files.private_umask():
        if paths.server is None:
            private_files.tighten_store(paths.store)
        for folder in paths.own_folders:
            private_files.tighten_folder(folder)
        return _run(args, paths, configure_logging(paths.logs))


def _run(args: argparse.Namespace, paths: AppPaths, log_file: Path | None) -> int:
    try:
        if args.command is None:
            from facilitator_app import startup
            from facilitator_app.storage import keys_source

            startup.begin()
            if paths.server is None:
                keys_source.derive_ahead(paths.store)  # scrypt on another core while Qt loads
            from facilitator_app.app import run_gui  # Qt is imported only for the window

            return run_gui(paths, demo=args.demo, log_file=log_file)
        if paths.server is not None and (refusal := _server_refusal(args)) is not None:
            print(f"facilitator-app: {refusal}", file=sys.stderr)
            return 1
        if args.command == "db" and args.db_command in KEY_COMMANDS:
            return run_key_command(paths, args)
        if is_sync_command(args):
            return run_sync(args, paths)
        if args.command == "server":
            return run_server(args, paths)
        unlock_for_command(paths)
        if args.command == "demo-data":
            return _demo_data(paths, args.scale, args.seed, args.recovery_sheet)
        if args.command == "import":
            return _import_members(paths, args)
        if args.command == "export":
            return run_export(args, lambda: open_services(paths.location, paths.backups))
        if args.command == "list":
            return run_list(args, lambda: open_services(paths.location, paths.backups))
        return _db(paths, args)
    except (WrongPassphraseError, PassphraseNeededError) as exc:
        log.warning("%s refused: %s", args.command or "open", exc.message)
        print(f"facilitator-app: {exc.message}", file=sys.stderr)
        return 2
    except StoreDamagedError as exc:
        # Damage found in the middle of a command: name the problem and the newest backup.
        from facilitator_app.storage import recovery

        diagnosis = None if isinstance(exc, StoreUnreadableError) or paths.server is not None else \
            recovery.diagnose(paths.store, paths.backups)
        message = diagnosis.message() if diagnosis is not None else exc.message
        log.warning("%s failed: %s (%s)", args.command, message, exc.detail)
        print(f"facilitator-app: {message}", file=sys.stderr)
        return 1
    except AppError as exc:
        log.warning("%s failed: %s (%s)", args.command or "open", exc.message, exc.detail)
        print(f"facilitator-app: {exc.message}", file=sys.stderr)
        return 1


def _server_refusal(args: argparse.Namespace) -> str | None:
    """Why a command about a store file cannot run on a server store, or None when it can."""
    if args.command != "db":
        return None
    if args.db_command in KEY_COMMANDS:
        return ("A store on a server has no passphrase or key file: the server's own logins protect it "
                "(README, \"Organisation server\").")
    if args.db_command == "restore":
        return ("Restoring a backup over a server store is not done from here: make the backup a store of its "
                "own with --db BACKUP, or ask the server's administrator to restore the database.")
    return None


def _demo_data(paths: AppPaths, scale: str, seed: int, recovery_sheet: str | None = None) -> int:
    from facilitator_app.services.sample_data import build_sample_store
    from facilitator_app.storage.store import open_store

    if paths.server is not None:
        summary = build_sample_store(paths.server, scale=scale, seed=seed)
        print(f"Sample data ({scale}, seed {seed}) written to {paths.shown}")
        for name, count in summary.counts.items():
            print(f"  {name:<18} {count:>8,}")
        return 0
    if not paths.store.exists():
        with open_store(paths.store, passphrase=new_store_passphrase(paths)) as made:
            if made.opened.recovery_key is not None:
                show_recovery_key(made.opened.recovery_key, paths.store, recovery_sheet)

    summary = build_sample_store(paths.store, scale=scale, seed=seed)
    print(f"Sample data ({scale}, seed {seed}) written to {paths.store}")
    for name, count in summary.counts.items():
        print(f"  {name:<18} {count:>8,}")
    return 0


def _db(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.services import store_admin
    from facilitator_app.storage.store import open_store

    if args.db_command == "check":
        report = store_admin.check_store(paths.location)
        if not report.ok:
            first, extras = _check_summary(paths, report.problems) if paths.server is None else \
                (report.problems[0], list(report.problems[1:]))
            print(f"facilitator-app: {first}", file=sys.stderr)
            for extra in extras[:20]:
                print(f"  {extra}", file=sys.stderr)
            return 1
        note = "" if store_admin.is_current(report.schema_revision) else \
            " (an older schema: the app upgrades it, after a backup, when it opens the store)"
        print(f"ok: {paths.shown} passed the integrity and foreign key checks; "
              f"schema {report.schema_revision}{note}")
        return 0

    if args.db_command == "backups":
        return _list_backups(paths)
    if args.db_command == "restore":
        return _restore(paths, args)
    if args.db_command == "audit":
        return run_audit(args, paths.location, paths.backups)
    if args.db_command == "retention":
        return run_retention(args, paths.location, paths.backups)
    if args.db_command == "erase-member":
        return run_erase_member(args, paths.location, paths.backups)

    # Nobody waits on a window here: check every page, so damage is named before any work.
    with open_store(paths.location, create=False, upgrade=False, backups_dir=paths.backups, full_check=True) as store:
        if args.db_command == "info":
            info = store_admin.store_info(store)
            print(f"Store:    {info.path}")
            print(f"Schema:   {info.schema_revision}" + ("" if store_admin.is_current(info.schema_revision)
                                                          else " (older; upgraded when the app opens it)"))
            print(f"Size:     {info.size_bytes / 1_048_576:.1f} MB")
            print(f"App:      {APP_NAME} {info.app_version}")
            for name, count in info.counts.items():
                print(f"  {name:<18} {count:>8,}")
            return 0
        if store.is_server:
            return _back_up_server(paths, store, args)
        if args.dest is None:
            from facilitator_app.services.backups import make_backup

            backup = make_backup(store, "manual", paths.backups)
            print(f"Backup written to {backup.path} and checked ({backup.summary()})")
            return 0
        destination = store_admin.backup_now(store, Path(args.dest).expanduser(), backups_dir=paths.backups)
        print(f"Backup written to {destination}")
        return 0


def _back_up_server(paths: AppPaths, store: Store, args: argparse.Namespace) -> int:
    """``db backup`` of a server store: a portable encrypted file (in the user data folder's backups
    unless DEST is given) with a passphrase and a recovery key of its own."""
    from facilitator_app.services.backups import back_up_server_store

    destination = Path(args.dest).expanduser() if args.dest is not None else None
    backup, recovery_key = back_up_server_store(store, destination, paths.backups, new_store_passphrase(paths))
    print(f"Backup of {paths.shown} written to {backup.path} and checked ({backup.summary()}). It opens as a store "
          f"of its own: --db {backup.path}")
    show_recovery_key(recovery_key, backup.path, args.recovery_sheet)
    return 0


def _check_summary(paths: AppPaths, problems: tuple[str, ...]) -> tuple[str, list[str]]:
    """The first line of a failed ``db check`` in plain words (naming the newest backup when the
    file looks like a damaged store), and SQLite's own findings as the lines after it."""
    from facilitator_app.storage import recovery

    first, rest = problems[0], list(problems[1:])
    kind = recovery.inspect_file(paths.store)
    if kind is recovery.FileKind.STORE and "db restore" not in first:
        diagnosis = recovery.diagnose(paths.store, paths.backups)
        if diagnosis is not None:
            return diagnosis.message(), [p for p in problems if p.startswith(("Integrity", "Foreign"))]
        if first.startswith("Integrity check"):
            latest = recovery.newest_backup(paths.backups, paths.store)
            offer = recovery.backup_offer(paths.store, latest, paths.backups)
            return f"{paths.store} is damaged: the integrity check found problems (listed below).{offer}", \
                list(problems)
    if kind in (recovery.FileKind.EMPTY_FILE, recovery.FileKind.NOT_SQLITE):
        latest = recovery.newest_backup(paths.backups, paths.store)
        if latest is not None:
            offer = recovery.backup_offer(paths.store, latest, paths.backups)
            first += " If it is your store, it is damaged:" + offer.replace(" The newest", " the newest", 1)
    return first, rest


def _list_backups(paths: AppPaths) -> int:
    from facilitator_app.services.backups import list_backups

    found = list_backups(paths.backups, paths.store)
    if not found:
        print(f"There are no backups in {paths.backups} yet. Make one with "
              f"'facilitator-app --db {paths.shown} db backup'.")
        return 0
    print(f"Backups in {paths.backups}, newest first:")
    for info in found:
        state = "" if info.verified else "  (not checked yet)"
        print(f"  {info.label}  {info.reason_label:<22}  {info.summary()}{state}")
        print(f"      {info.path.name}")
    return 0


def _restore(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.services import backups
    from facilitator_app.storage.lock import acquire

    with acquire(paths.store):
        if args.latest:
            result = backups.recover_from_latest(paths.store, paths.backups)
        else:
            result = backups.restore(paths.store, Path(args.backup).expanduser().absolute(), paths.backups)
    source = result.restored_from
    print(f"Restored {paths.store} from the backup of {source.label} ({source.path}): {source.summary()}.")
    if result.safety_backup is not None:
        print(f"The store as it was before is kept as a backup: {result.safety_backup.path}")
    if result.moved_aside is not None:
        print(f"The damaged file was moved aside, not deleted: {result.moved_aside}")
    return 0


def _import_members(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.domain.text import plural
    from facilitator_app.services.changes import ChangeFeed
    from facilitator_app.services.groups import GroupService
    from facilitator_app.services.member_import import MemberImportService
    from facilitator_app.storage.access import read_only_message
    from facilitator_app.storage.lock import acquire
    from facilitator_app.storage.store import open_store

    lock = contextlib.nullcontext() if args.dry_run or paths.server is not None else acquire(paths.store)
    with lock, open_store(paths.location, create=False, backups_dir=paths.backups, full_check=True) as store:
        if store.read_only and not args.dry_run:
            raise StoreReadOnlyError(read_only_message(store.path))
        feed = ChangeFeed()
        group_id = GroupService(store, feed).find_group(args.group).id if args.group else None
        importer = MemberImportService(store, feed, paths.backups)
        source = Path(args.file).expanduser()
        result = importer.import_members(source, group_id=group_id, import_good_rows=args.import_good_rows,
                                         dry_run=args.dry_run)
    preview = result.preview
    if preview is not None:
        print(f"Read {source.name} as a {preview.format_name} ({preview.encoding}, {preview.delimiter_name}-"
              f"separated): {plural(result.rows, 'row', 'rows')}. {preview.lines.describe()}")
    problems = [str(problem) for problem in result.rejected]
    if result.more_rejected:
        problems.append(f"… and {plural(result.more_rejected, 'more rejected row', 'more rejected rows')}.")
    if result.refused and not result.dry_run:
        rejected = result.rejected_count
        print(f"facilitator-app: {plural(rejected, 'row was', 'rows were')} rejected, so nothing was imported. Correct "
              f"{'it' if rejected == 1 else 'them'} in {source.name} and import it again, or add "
              f"--import-good-rows to import only the good rows ({_good_rows(result)}).", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(result.summary())
    if result.refused:
        print(f"Add --import-good-rows to import only the good rows ({_good_rows(result)}) "
              "and leave out the rejected ones.")
    for problem in problems:
        print(problem)
    if result.backup is not None:
        print(f"A backup was made first: {result.backup}")
    return 0


def _good_rows(result: ImportResult) -> str:
    """The good rows and, when some are not new, how many are: "3 rows, 2 of them new members"."""
    from facilitator_app.domain.text import plural

    good, new = result.rows - result.rejected_count, result.new_count
    text = plural(good, "row", "rows")
    if new == good:
        return text
    if new == 0:
        return text + (", not a new member" if good == 1 else ", none of them a new member")
    return f"{text}, {new:,} of them {'a new member' if new == 1 else 'new members'}"


if __name__ == "__main__":
    raise SystemExit(main())
