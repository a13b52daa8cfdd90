"""The command line: opens the window, or runs a headless command on a store.

    facilitator-app [--db PATH] [--demo]
    facilitator-app --db PATH demo-data [--scale small|large] [--seed N]
    facilitator-app --db PATH db info | db check | db backup [DEST]

Exit status: 0 on success, 1 when the command could not do its job (the reason is
printed as one line on stderr), 2 for a mistake in the command itself.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator_app import APP_NAME, __version__
from facilitator_app.errors import AppError
from facilitator_app.logging_setup import configure_logging
from facilitator_app.paths import DB_ENV_VAR, AppPaths, resolve_paths

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator-app",
        description=f"{APP_NAME}: offline admin for in-person peer support groups. "
                    "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help=f"the store file to use (default: ${DB_ENV_VAR}, else your user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a fresh throwaway copy of the small sample store")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.command:
        parser.error("--demo opens the window; it cannot be combined with a command")
    paths = resolve_paths(args.db)
    log_file = configure_logging(paths.logs)
    try:
        if args.command is None:
            from facilitator_app import startup

            startup.begin()
            from facilitator_app.app import run_gui  # Qt is imported only for the window

            return run_gui(paths, demo=args.demo, log_file=log_file)
        if args.command == "demo-data":
            return _demo_data(paths, args.scale, args.seed)
        return _db(paths, args)
    except AppError as exc:
        log.warning("%s failed: %s (%s)", args.command or "open", exc.message, exc.detail)
        print(f"facilitator-app: {exc.message}", file=sys.stderr)
        return 1


def _demo_data(paths: AppPaths, scale: str, seed: int) -> int:
    from facilitator_app.services.sample_data import build_sample_store

    summary = build_sample_store(paths.store, scale=scale, seed=seed)
    print(f"Sample data ({scale}, seed {seed}) written to {paths.store}")
    for name, count in summary.counts.items():
        print(f"  {name:<18} {count:>8,}")
    return 0


def _db(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.services import store_admin
    from facilitator_app.storage.store import open_store

    if args.db_command == "check":
        report = store_admin.check_store(paths.store)
        if not report.ok:
            print(f"facilitator-app: {report.problems[0]}", file=sys.stderr)
            for extra in report.problems[1:20]:
                print(f"  {extra}", file=sys.stderr)
            return 1
        note = "" if store_admin.is_current(report.schema_revision) else \
            " (an older schema: the app upgrades it, after a backup, when it opens the store)"
        print(f"ok: {paths.store} passed the integrity and foreign key checks; "
              f"schema {report.schema_revision}{note}")
        return 0

    with open_store(paths.store, create=False, upgrade=False, backups_dir=paths.backups) as store:
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
        destination = store_admin.backup_now(store, Path(args.dest).expanduser() if args.dest else None,
                                             backups_dir=paths.backups)
        print(f"Backup written to {destination}")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
