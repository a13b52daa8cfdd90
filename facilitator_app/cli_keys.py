"""The command line's side of encryption: where the passphrase comes from, and the key commands.

    facilitator-app --db PATH db passphrase change      (old: FACILITATOR_APP_PASSPHRASE or a prompt;
                                                          new: FACILITATOR_APP_NEW_PASSPHRASE or a prompt)
    facilitator-app --db PATH db passphrase reset --recovery-key   (FACILITATOR_APP_RECOVERY_KEY or a prompt)
    facilitator-app --db PATH db remember | db forget   (the key in this computer's keyring)
    facilitator-app --db PATH db encrypt                 (convert a store from an earlier version)

Before any command on an encrypted store, the key is looked for in the keyring and in
FACILITATOR_APP_PASSPHRASE; failing both, the passphrase is asked for with getpass when there is a
terminal. A new store's recovery key is printed once (and written as a PDF with --recovery-sheet).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from facilitator_app.errors import PassphraseNeededError, StorageError, ValidationError, WrongPassphraseError
from facilitator_app.paths import AppPaths
from facilitator_app.storage import keys, keys_source

PROMPT_ATTEMPTS = 3


def add_key_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--recovery-sheet", metavar="PATH",
                        help="when a new store is made (or encrypted), also write its recovery key as a PDF here")


def add_key_commands(db_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    passphrase = db_commands.add_parser("passphrase", help="change the store's passphrase, or reset a forgotten one")
    actions = passphrase.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    actions.add_parser("change", help="set a new passphrase (the old one is needed)")
    reset = actions.add_parser("reset", help="set a new passphrase with the recovery key")
    reset.add_argument("--recovery-key", action="store_true", required=True,
                       help="prove it with the recovery key (FACILITATOR_APP_RECOVERY_KEY, or asked for)")
    db_commands.add_parser("remember", help="remember the store's key on this computer (the OS keyring)")
    db_commands.add_parser("forget", help="remove the store's key from this computer's keyring")
    db_commands.add_parser("encrypt", help="encrypt a store from an earlier version (a backup is made first)")


KEY_COMMANDS = ("passphrase", "remember", "forget", "encrypt")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def ask_new_passphrase(what: str = "the new store", ask: Callable[[str], str] = _ask) -> str:
    """A new passphrase, typed twice, until both agree and it is long enough."""
    for _ in range(PROMPT_ATTEMPTS):
        first = ask(f"Passphrase for {what}: ")
        try:
            keys.check_new_passphrase(first)
        except ValidationError as exc:
            print(exc.message, file=sys.stderr)
            continue
        if ask("The same passphrase again: ") == first:
            return first
        print("The two passphrases differ; try again.", file=sys.stderr)
    raise ValidationError("No passphrase was set, so nothing was written.")


def unlock_for_command(paths: AppPaths) -> None:
    """Make the key of an existing encrypted store available, asking at a terminal if need be."""
    store = paths.store
    if not keys.has_key_file(store) or not store.exists():
        return
    try:
        keys_source.data_key_for(store)
        return
    except PassphraseNeededError:
        if not _interactive():
            raise
    except WrongPassphraseError:
        raise
    except StorageError:
        return  # a damaged key file: the command itself names the problem (or restores a backup)
    for attempt in range(PROMPT_ATTEMPTS):
        try:
            keys_source.unlock(store, _ask(f"Passphrase for {store}: "))
            return
        except WrongPassphraseError:
            if attempt == PROMPT_ATTEMPTS - 1:
                raise
            print("That passphrase does not open it; try again.", file=sys.stderr)


def new_store_passphrase(paths: AppPaths) -> str | None:
    """For a command that makes a new store: the environment's passphrase, else one typed twice."""
    if paths.store.exists() or keys_source.env_passphrase() is not None or not _interactive():
        return None
    return ask_new_passphrase()


def show_recovery_key(recovery_key: str, store: Path, sheet: str | None) -> None:
    """Print the recovery key once, with what it is for; write the sheet when asked."""
    print(f"Recovery key for {store.name} (shown only this once; keep it on paper, away from the laptop):")
    print(f"    {recovery_key}")
    print("It opens the store and its backups if the passphrase is forgotten "
          "('db passphrase reset --recovery-key').")
    if sheet:
        from facilitator_app.export.recovery_sheet import write_recovery_sheet

        written = write_recovery_sheet(Path(sheet).expanduser(), recovery_key, store.name)
        print(f"Recovery sheet written to {written}")


def _old_passphrase(store: Path) -> str:
    value = keys_source.env_passphrase()
    if value is not None:
        return value
    if not _interactive():
        raise PassphraseNeededError(f"Give the current passphrase of {store} in {keys_source.ENV_PASSPHRASE} "
                                    "(or run this in a terminal to be asked); nothing was changed.")
    return _ask(f"Current passphrase for {store}: ")


def _new_passphrase(store: Path) -> str:
    value = os.environ.get(keys_source.ENV_NEW_PASSPHRASE)
    if value:
        return value
    if not _interactive():
        raise PassphraseNeededError(f"Give the new passphrase in {keys_source.ENV_NEW_PASSPHRASE} (or run this "
                                    "in a terminal to be asked); nothing was changed.")
    return ask_new_passphrase(store.name)


def _recovery_key(store: Path) -> str:
    value = os.environ.get(keys_source.ENV_RECOVERY_KEY)
    if value:
        return value
    if not _interactive():
        raise PassphraseNeededError(f"Give the recovery key in {keys_source.ENV_RECOVERY_KEY} (or run this in a "
                                    "terminal to be asked); nothing was changed.")
    return _ask(f"Recovery key for {store} (groups of 5, dashes optional): ")


def run_key_command(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.errors import NotFoundError
    from facilitator_app.storage.identity import missing_message

    store = paths.store
    if not store.exists():
        raise NotFoundError(missing_message(store))
    if args.db_command == "encrypt":
        return _encrypt(paths, args)
    if args.db_command == "passphrase" and args.passphrase_command == "change":
        keys_source.change_passphrase(store, _old_passphrase(store), _new_passphrase(store), paths.backups)
        _audit(paths, "passphrase.change")
        print(f"The passphrase of {store} was changed (and of its backups in {paths.backups}).")
        return 0
    if args.db_command == "passphrase":
        keys_source.reset_passphrase(store, _recovery_key(store), _new_passphrase(store), paths.backups)
        _audit(paths, "passphrase.reset")
        print(f"A new passphrase was set for {store} with the recovery key, which stays the same.")
        return 0
    if args.db_command == "remember":
        unlock_for_command(paths)
        keys_source.remember_on_this_computer(store)
        print(f"This computer's keyring now remembers the key of {store}: it opens without the passphrase "
              "for your account here. 'db forget' undoes it.")
        return 0
    forgotten = keys_source.forget_on_this_computer(store)
    print(f"This computer's keyring no longer holds the key of {store}." if forgotten
          else f"This computer's keyring did not hold the key of {store}.")
    return 0


def _audit(paths: AppPaths, action: str) -> None:
    """Record the change in the store's audit log (counts only; no passphrase, no name)."""
    from facilitator_app.storage.repos import audit
    from facilitator_app.storage.store import open_store

    with open_store(paths.store, create=False, backups_dir=paths.backups) as store, store.write() as session:
        audit.record(session, action)


def _encrypt(paths: AppPaths, args: argparse.Namespace) -> int:
    from facilitator_app.storage.encryption import encrypt_plain_store
    from facilitator_app.storage.lock import acquire

    passphrase = keys_source.env_passphrase()
    if passphrase is None:
        if not _interactive():
            raise PassphraseNeededError(f"Give the new passphrase in {keys_source.ENV_PASSPHRASE} (or run this in "
                                        "a terminal to be asked); nothing was changed.")
        passphrase = ask_new_passphrase(paths.store.name)
    with acquire(paths.store):
        done = encrypt_plain_store(paths.store, paths.backups, passphrase)
    print(f"{paths.store} is now encrypted; a backup was made first ({done.backup.name}), and "
          f"{done.backups_encrypted} backups in {paths.backups} are encrypted too.")
    show_recovery_key(done.recovery_key, paths.store, args.recovery_sheet)
    return 0
