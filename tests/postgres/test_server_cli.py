"""The command line on a store on a real PostgreSQL server: what a coordinator's scripts run
(``demo-data``, ``db check``, ``list groups``, the exports, ``import members``), through
``--db postgresql://...`` and FACILITATOR_APP_DB, with the URL's password never printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.cli import main
from facilitator_app.paths import resolve_paths
from facilitator_app.storage.schema import HEAD_REVISION
from tests.helpers.pg_server import PgServer

PASSWORD = "sw0rdfish-on-the-wire"


@pytest.fixture
def url(pg_server: PgServer, pg_url: str) -> str:
    """The test database's URL with a password in it (the test server takes any: trust logins)."""
    return pg_server.url(pg_url.rsplit("/", 1)[1], password=PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert PASSWORD not in out + err
    return code, out, err


def test_demo_data_check_list_and_exports_on_a_server(url: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", url, "demo-data")
    assert code == 0 and "groups                    2" in out and "***" in out
    code, out, _ = run(capsys, "--db", url, "db", "check")
    assert code == 0 and out.startswith("ok: postgresql://") and f"schema {HEAD_REVISION}" in out
    code, out, _ = run(capsys, "--db", url, "list", "groups")
    groups = out.splitlines()
    assert code == 0 and len(groups) == 2
    summary, sheet = tmp_path / "summary.pdf", tmp_path / "sheet.pdf"
    assert run(capsys, "--db", url, "export", "session-summary", "--group", groups[0], "--session", "latest",
               "-o", str(summary))[0] == 0
    assert run(capsys, "--db", url, "export", "sign-in-sheet", "--group", groups[1], "-o", str(sheet))[0] == 0
    assert groups[0] in "".join(page.extract_text() for page in PdfReader(summary).pages)
    assert len(PdfReader(sheet).pages) >= 1
    code, out, _ = run(capsys, "--db", url, "db", "audit", "verify")
    assert code == 0, out
    logs = [p for p in resolve_paths(url).logs.rglob("*") if p.is_file()]
    assert logs and not any(PASSWORD in p.read_text(errors="replace") for p in logs)


def test_the_environment_variable_names_the_server_too(url: str, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FACILITATOR_APP_DB", url)
    assert run(capsys, "demo-data")[0] == 0
    code, out, _ = run(capsys, "list", "groups")
    assert code == 0 and len(out.splitlines()) == 2


def test_demo_data_refuses_a_server_store_that_holds_groups(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", url, "demo-data")[0] == 0
    code, _, err = run(capsys, "--db", url, "demo-data")
    assert code == 1 and "already holds groups" in err


def test_import_members_into_a_server_store(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", url, "demo-data")[0] == 0
    groups = run(capsys, "--db", url, "list", "groups")[1].splitlines()
    source = tmp_path / "members.csv"
    source.write_text("Name,Email\nInês Okafor,ines@example.org\nTomasz Brandt,\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", url, "import", "members", str(source), "--group", groups[0])
    assert code == 0, err
    code, out, _ = run(capsys, "--db", url, "list", "members", "--group", groups[0])
    assert "Inês Okafor" in out and "Tomasz Brandt" in out


def test_commands_about_a_store_file_refuse_a_server(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", url, "demo-data")[0] == 0
    for argv in (("db", "restore", "--latest"), ("db", "passphrase", "change")):
        code, _, err = run(capsys, "--db", url, *argv)
        assert code == 1 and err.startswith("facilitator-app: ") and len(err.strip().splitlines()) == 1, err


def test_an_empty_server_database_is_named_for_reading_commands(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", url, "list", "groups")
    assert code == 1 and "empty" in err and "***" in err


def test_an_unreachable_server_is_one_line_and_exit_1(pg_server: PgServer, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _, err = run(capsys, "--db", f"postgresql://ann:{PASSWORD}@127.0.0.1:{port}/org", "db", "check")
    assert code == 1 and "could not be reached" in err and len(err.strip().splitlines()) == 1


def test_the_installed_command_runs_against_the_server(url: str, tmp_path: Path) -> None:
    """The held-back check's way: a separate process, as a script would run it."""
    import sys

    done = subprocess.run([sys.executable, "-m", "facilitator_app", "--db", url, "demo-data"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([sys.executable, "-m", "facilitator_app", "--db", url, "db", "check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and PASSWORD not in done.stdout + done.stderr, done.stderr


def test_a_unix_socket_url_works_too(pg_server: PgServer, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The form a script on the server itself uses: no host in the URL, the socket's folder in ``host=``."""
    dbname = pg_url.rsplit("/", 1)[1]
    url = f"postgresql://facilitator_test@/{dbname}?host={pg_server.folder}&port={pg_server.port}"
    assert run(capsys, "--db", url, "demo-data")[0] == 0
    code, out, _ = run(capsys, "--db", url, "list", "groups")
    assert code == 0 and len(out.splitlines()) == 2


def test_erasing_a_member_on_a_server_removes_them_here_and_from_a_laptop_that_syncs(
        url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITATOR_APP_PASSPHRASE", "a laptop's passphrase")
    laptop = str(tmp_path / "laptop.db")
    assert run(capsys, "--db", url, "demo-data")[0] == 0
    assert run(capsys, "--db", laptop, "sync", "with", url)[0] == 0
    name = next(line.split("\t")[0] for line in run(capsys, "--db", url, "list", "members")[1].splitlines())
    code, out, err = run(capsys, "--db", url, "db", "erase-member", name, "--yes")
    assert code == 0, err
    assert "Erased the member" in out and "No backup was made here" in out
    assert name not in run(capsys, "--db", url, "list", "members")[1].split()
    assert run(capsys, "--db", laptop, "sync", "with", url)[0] == 0
    assert name not in run(capsys, "--db", laptop, "list", "members")[1].split()
    assert run(capsys, "--db", laptop, "db", "fingerprint")[1] == run(capsys, "--db", url, "db", "fingerprint")[1]


def test_retention_runs_on_a_server_store(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from facilitator_app.domain.records import NoteSections
    from facilitator_app.services.container import build_services
    from facilitator_app.storage.store import open_store
    from tests.helpers.fixtures import weekly_draft

    with open_store(url) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        old = services.meetings.schedule_next(group.id, 1, start=date(2020, 1, 1))[0]
        services.notes.save_note(old.id, NoteSections(themes="an old evening"))
    assert run(capsys, "--db", url, "db", "retention", "set", "--notes-years", "2")[0] == 0
    code, out, err = run(capsys, "--db", url, "db", "retention")
    assert code == 0 and "1 session notes from sessions before" in out, err
    code, out, err = run(capsys, "--db", url, "db", "retention", "--apply", "--yes")
    assert code == 0, err
    assert "Erased 0 check-ins, 1 session notes" in out and "No backup was made here" in out
    code, out, _ = run(capsys, "--db", url, "db", "retention")
    assert code == 0 and "0 session notes from sessions before" in out
