"""A real PostgreSQL server for the tests, started once per test session (Debian's ``postgresql`` package).

The server runs from a private temporary folder: ``initdb`` then ``pg_ctl start``, listening on
127.0.0.1 at a free port and on a unix socket in that folder, with ``trust`` logins for the one
superuser it makes. PostgreSQL refuses to run as root, so when the tests run as root (CI) the
folder belongs to the unprivileged ``postgres`` user the package creates and every server command
runs as that user (``runuser``). Each test gets a fresh database (``new_database``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

SUPERUSER = "facilitator_test"
NOT_INSTALLED = ("PostgreSQL's server programs (initdb, pg_ctl) were not found: install Debian's postgresql "
                 "package (apt-get install postgresql); the tests in tests/postgres need a real server.")


class ServerError(RuntimeError):
    """The test server could not be started, with a sentence saying why."""


def server_bin_dir() -> Path:
    """The newest installed PostgreSQL's bin folder (Debian keeps them under /usr/lib/postgresql/N/bin)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    raise ServerError(NOT_INSTALLED)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    """A running server: ``url(dbname)`` gives a ``postgresql://`` URL for one of its databases."""

    folder: Path
    port: int
    bin_dir: Path
    run_as: str | None
    _made: int = field(default=0)

    def url(self, dbname: str, *, user: str = SUPERUSER, password: str | None = None) -> str:
        login = user if password is None else f"{user}:{password}"
        return f"postgresql://{login}@127.0.0.1:{self.port}/{dbname}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                               autocommit=True)

    def new_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its name."""
        self._made += 1
        name = f"{prefix}_{os.getpid()}_{self._made}"
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            _run(self, "pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def _command(server: PgServer, program: str, *args: str) -> list[str]:
    command = [str(server.bin_dir / program), *args]
    return ["runuser", "-u", server.run_as, "--", *command] if server.run_as else command


def _run(server: PgServer, program: str, *args: str) -> None:
    subprocess.run(_command(server, program, *args), check=True, capture_output=True, text=True, timeout=120)


def start_server() -> PgServer:
    """initdb and start a server in a new temporary folder; raises ServerError with a sentence."""
    bin_dir = server_bin_dir()
    run_as = None
    folder = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(folder, ignore_errors=True)
            raise ServerError("The tests run as root, and PostgreSQL will not: the unprivileged 'postgres' user "
                              "that Debian's postgresql package creates is missing.") from None
        os.chown(folder, account.pw_uid, account.pw_gid)
        run_as = "postgres"
    server = PgServer(folder=folder, port=_free_port(), bin_dir=bin_dir, run_as=run_as)
    data, log = folder / "data", folder / "server.log"
    try:
        _run(server, "initdb", "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = (f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        _run(server, "pg_ctl", "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        with contextlib.suppress(OSError):
            detail += "\n" + log.read_text(errors="replace")[-2000:]
        server.stop()
        raise ServerError(f"The PostgreSQL test server could not be started: {detail.strip()}") from exc
    return server
