"""The commands an organisation's administrator runs on a store on its server: who sees what.

    facilitator-app --db URL server grant LOGIN --coordinator      LOGIN sees every group
    facilitator-app --db URL server grant LOGIN --group NAME       LOGIN sees that group (and may start groups)
    facilitator-app --db URL server revoke LOGIN                   LOGIN loses all access to the store
    facilitator-app --db URL server revoke LOGIN --group NAME      ... loses that group
    facilitator-app --db URL server revoke LOGIN --coordinator     ... sees only its own groups again
    facilitator-app --db URL server logins                         login<TAB>what it sees, one a line

URL names the login that owns the store's tables (the one that set the store up). LOGIN is made on
the server first (``createuser --pwprompt LOGIN``). On a laptop's store these commands change
nothing and say so. The rules are in storage/server_logins.py; README, "Organisation server".
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from facilitator_app.cli_list import write_utf8
from facilitator_app.errors import ValidationError
from facilitator_app.paths import AppPaths


def add_server_parser(commands: Any) -> None:
    server = commands.add_parser("server", help="who sees what on an organisation's server (for its administrator)",
                                 description="Give logins on the organisation's server their groups, or every "
                                             "group, and take them back. Run with --db naming the login that owns "
                                             "the store's tables.")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    grant = actions.add_parser("grant", help="let a login see every group, or one group")
    grant.add_argument("login", metavar="LOGIN", help="a login made on the server (createuser --pwprompt LOGIN)")
    which = grant.add_mutually_exclusive_group(required=True)
    which.add_argument("--coordinator", action="store_true", help="every group, now and later")
    which.add_argument("--group", metavar="NAME", help="this group (its sessions, members and notes)")
    revoke = actions.add_parser("revoke", help="take a group, coordinator standing, or all access from a login")
    revoke.add_argument("login", metavar="LOGIN")
    what = revoke.add_mutually_exclusive_group()
    what.add_argument("--group", metavar="NAME", help="only this group")
    what.add_argument("--coordinator", action="store_true", help="only coordinator standing")
    actions.add_parser("logins", help="every login with access and what it sees, one a line")


def run_server(args: argparse.Namespace, paths: AppPaths) -> int:
    from facilitator_app.services.server_logins import LAPTOP_STORE, ServerLoginService
    from facilitator_app.storage.store import open_store

    if paths.server is None:
        raise ValidationError(LAPTOP_STORE)
    with open_store(paths.server, create=False) as store:
        service = ServerLoginService(store)
        if args.server_command == "logins":
            listed = service.logins()
            if not listed:
                print("facilitator-app: No login but the owner has access to this store yet. Give one access with "
                      "'server grant LOGIN --group NAME' or '--coordinator'.", file=sys.stderr)
                return 0
            write_utf8([f"{entry.login}\t{entry.describe()}" for entry in listed], sys.stdout)
            return 0
        if args.server_command == "grant":
            change = service.grant_coordinator(args.login) if args.coordinator else \
                service.grant_group(args.login, args.group)
        else:
            change = service.revoke(args.login, args.group, coordinator=args.coordinator)
    write_utf8([change.message], sys.stdout)
    return 0
