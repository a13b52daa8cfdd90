"""Typed errors whose message is a sentence a facilitator understands.

Every message says what happened and what to do. Technical detail goes into
``detail`` (for the log), never into the message shown to a person.
"""

from __future__ import annotations


class AppError(Exception):
    """Base of every error the app expects and explains to its user."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ValidationError(AppError):
    """The input was not acceptable (an empty name, a date in the wrong order...)."""


class ChangedElsewhereError(AppError):
    """Someone else saved the record (another computer on the server, or a merge) after it was
    read for editing, so this edit was not saved. ``current`` is their version, to reload."""

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current


class NotFoundError(AppError):
    """Something the user asked for is not in the store (or was deleted)."""


class StorageError(AppError):
    """The store could not be read or written: the environment's fault, not a bug."""


class ServerConnectionError(StorageError):
    """The organisation server could not be reached, or the connection dropped. ``unsaved`` is True
    when none of the action reached the server for certain (trying again is safe), False when the
    connection dropped while the server was committing it (it may or may not have kept it)."""

    def __init__(self, message: str, *, detail: str | None = None, unsaved: bool = True) -> None:
        super().__init__(message, detail=detail)
        self.unsaved = unsaved


class StoreNotRecognisedError(StorageError):
    """The file given as the store is not a Facilitator store; it was left untouched."""


class StoreTooNewError(StorageError):
    """The store was written by a newer version of the app."""


class StoreDamagedError(StorageError):
    """The store failed an integrity check."""


class ExportError(AppError):
    """A document could not be written."""


class StoreUnreadableError(StoreNotRecognisedError, StoreDamagedError):
    """The file at the store's path cannot be read as a store at all (empty, zeroed, not a
    database): either the wrong file or a store damaged beyond reading. It was left untouched."""


class StoreLockedError(StorageError):
    """The store is already open in another Facilitator window (or process)."""


class StoreReadOnlyError(StorageError):
    """A write to a store that may only be read (its file or folder is read-only)."""


class WrongPassphraseError(StorageError):
    """The passphrase (or recovery key) given does not open the store; the file was not changed."""


class PassphraseNeededError(StorageError):
    """The store is encrypted and no passphrase was given (no keyring entry, no
    FACILITATOR_APP_PASSPHRASE, nobody to ask). The file was not changed."""


class PlainStoreError(StorageError):
    """The store is an unencrypted one from an earlier version: it must be encrypted (with the
    facilitator's consent) before it is used."""
