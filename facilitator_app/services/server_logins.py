"""Giving logins on an organisation's server their groups, and taking them back (``server ...`` commands).

Run by the store's administrator: the login that owns the store's tables (it set the store up and
runs its upgrades). The logins themselves are made on the server beforehand
(``createuser --pwprompt alex``); here a login is given the store's tables and either every group
(a coordinator) or named groups (a facilitator), and revoking takes effect on that login's very
next action, even in a window it has open. The rules are in ``storage/server_logins.py``.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.storage import server_logins as repo
from facilitator_app.storage.repos import audit
from facilitator_app.storage.repos import groups as groups_repo
from facilitator_app.storage.store import Store, Transaction

LAPTOP_STORE = ("Logins and groups are for a store on an organisation's server (--db postgresql://...); a "
                "laptop's store has one user and no logins. Nothing was changed.")


def require_every_group(s: Transaction, what: str) -> None:
    """Refuse ``what`` (an organisation-wide act: erasing a member, retention) to a login that sees
    only some groups: it would reach only part of the member's or the organisation's data."""
    if not repo.sees_every_group(s.connection()):
        raise ValidationError(f"{what} reaches every group, so on the organisation's server it is for a "
                              "coordinator or the store's administrator; your login sees only its own groups. "
                              "Nothing was changed.")


@dataclass(frozen=True)
class LoginGroups:
    """What one login sees: every group (a coordinator), or the groups named (a facilitator)."""

    login: str
    coordinator: bool
    groups: tuple[str, ...]
    may_sign_in: bool

    def describe(self) -> str:
        if self.coordinator:
            return "coordinator: sees every group"
        if self.groups:
            return "facilitator: " + ", ".join(self.groups)
        if self.may_sign_in:
            return "no groups yet (may open the store; sees only groups it starts)"
        return "no access"


@dataclass(frozen=True)
class AccessChange:
    """What a grant or revoke did, as one sentence for the command line."""

    login: str
    message: str


class ServerLoginService:
    """Use cases for the store's administrator: grant, revoke, and who sees what."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def grant_coordinator(self, login: str) -> AccessChange:
        with self._admin() as s:
            self._check_login(s, login)
            repo.grant_tables(s.connection(), login)
            added = repo.add_coordinator(s.connection(), login)
            if added:
                repo.send_everything_next_time(s.connection())
            audit.record(s, "server.coordinator_granted", logins=1)
        already = "" if added else " (it was one already)"
        return AccessChange(login, f"{login} is a coordinator{already}: it sees every group in {self._where}.")

    def grant_group(self, login: str, group_name: str) -> AccessChange:
        with self._admin() as s:
            self._check_login(s, login)
            group_id, name = self._group(s, group_name)
            repo.grant_tables(s.connection(), login)
            added = repo.add_group(s.connection(), login, group_id)
            if added:
                repo.send_everything_next_time(s.connection())
            audit.record(s, "server.group_granted", logins=1, groups=1)
        already = "" if added else " (it had it already)"
        return AccessChange(login, f"{login} now sees the group {name}{already}.")

    def revoke(self, login: str, group_name: str | None = None, *, coordinator: bool = False) -> AccessChange:
        """Take one group, or coordinator standing, or (with neither) everything from ``login``."""
        with self._admin() as s:
            if repo.login_kind(s.connection(), login) is None:
                raise NotFoundError(self._no_such_login(login))
            connection = s.connection()
            if group_name is not None:
                group_id, name = self._group(s, group_name)
                if not repo.remove_groups(connection, login, group_id):
                    raise ValidationError(f"{login} does not have the group {name}; nothing was changed.")
                audit.record(s, "server.group_revoked", logins=1, groups=1)
                return AccessChange(login, f"{login} no longer sees the group {name}.")
            if coordinator:
                if not repo.remove_coordinator(connection, login):
                    raise ValidationError(f"{login} is not a coordinator; nothing was changed.")
                audit.record(s, "server.coordinator_revoked", logins=1)
                return AccessChange(login, f"{login} is no longer a coordinator; it sees only its own groups.")
            removed = repo.remove_groups(connection, login)
            repo.remove_coordinator(connection, login)
            repo.forget_new_members(connection, login)
            repo.revoke_tables(connection, login)
            audit.record(s, "server.access_revoked", logins=1, groups=removed)
        return AccessChange(login, f"{login} no longer has any access to {self._where}.")

    def logins(self) -> list[LoginGroups]:
        """Every login with access, by name, with what it sees."""
        with self._admin() as s:
            connection = s.connection()
            listed = repo.listed_logins(connection)
            names = {g.id: g.name for g in groups_repo.list_groups(s)}
            return [LoginGroups(a.login, a.coordinator,
                                tuple(sorted(names.get(_uuid(g), "(a deleted group)") for g in a.group_ids)),
                                repo.has_tables(connection, a.login))
                    for a in listed]

    @property
    def _where(self) -> str:
        return self._store.location

    @contextlib.contextmanager
    def _admin(self) -> Iterator[Transaction]:
        """One transaction, once this login is known to own the store's tables."""
        if not self._store.is_server:
            raise ValidationError(LAPTOP_STORE)
        with self._store.write() as s:
            if not repo.may_manage(s.connection()):
                login = repo.current_login(s.connection())
                raise ValidationError(
                    f"Only the login that owns the store's tables (the one that set the store up) may give or "
                    f"take access; {login} may not. Nothing was changed.")
            yield s

    def _check_login(self, s: Transaction, login: str) -> None:
        kind = repo.login_kind(s.connection(), login)
        if kind is None:
            raise NotFoundError(self._no_such_login(login))
        if kind == "role":
            raise ValidationError(f"{login} is a role on the server that cannot sign in. Give access to a login "
                                  "(createuser --pwprompt NAME makes one); nothing was changed.")
        if kind == "owner":
            raise ValidationError(f"{login} already sees everything (it owns the store's tables, or is a "
                                  "superuser); nothing was changed.")

    @staticmethod
    def _no_such_login(login: str) -> str:
        return (f"There is no login called {login} on the organisation server. Ask its administrator to make "
                f"one (createuser --pwprompt {login}); nothing was changed.")

    @staticmethod
    def _group(s: Transaction, name: str) -> tuple[uuid.UUID, str]:
        rows = groups_repo.find_by_name(s, name)
        if not rows:
            known = ", ".join(g.name for g in groups_repo.list_groups(s)) or "none yet"
            raise NotFoundError(f"There is no group called '{name}'. Groups in this store: {known}. "
                                "Nothing was changed.")
        return rows[0].id, rows[0].name


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
