"""``db backup`` of a server store writes the portable, encrypted SQLite file a laptop writes,
and that file opens as a store holding the same data."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.services import store_admin
from facilitator_app.services.container import build_services
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.keys import key_file_of
from facilitator_app.storage.store import open_store


def _lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main(list(argv)) == 0
    return capsys.readouterr().out.splitlines()


def test_a_server_backup_is_a_store_of_its_own_with_the_same_data(pg_url: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _lines(capsys, "--db", pg_url, "demo-data")
    target = tmp_path / "org-backup.sqlite3"
    out = _lines(capsys, "--db", pg_url, "db", "backup", str(target))
    assert any("checked" in line for line in out) and any("Recovery key" in line for line in out)
    assert inspect_file(target) is FileKind.STORE and key_file_of(target).is_file()
    assert not list(tmp_path.glob(".*partial*"))
    for argv in (("list", "groups"), ("list", "members", "--all")):
        assert _lines(capsys, "--db", str(target), *argv) == _lines(capsys, "--db", pg_url, *argv)
    with open_store(pg_url) as server, open_store(target) as laptop:
        assert store_admin.store_info(laptop).counts == store_admin.store_info(server).counts
        assert build_services(laptop).audit.verify().intact
        assert [h.date for h in build_services(laptop).notes.search("a")] == \
            [h.date for h in build_services(server).notes.search("a")]
    assert store_admin.check_store(target).ok


def test_without_a_destination_the_backup_goes_to_the_user_data_folder(pg_url: str,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _lines(capsys, "--db", pg_url, "demo-data")
    out = _lines(capsys, "--db", pg_url, "db", "backup")
    written = Path(out[0].split(" written to ", 1)[1].split(" and checked")[0])
    names = sorted(p.name for p in written.parent.iterdir())
    assert any(n.endswith(".sqlite3") for n in names) and any(n.endswith(".sqlite3.key") for n in names)
    assert any(n.endswith(".sqlite3.json") for n in names)   # the sidecar, as the laptop's backups have
    assert "facilitator-app" in out[0] and "server-127.0.0.1" in out[0]
    listed = _lines(capsys, "--db", pg_url, "db", "backups")
    assert listed[0].startswith("Backups in ") and written.name in "\n".join(listed)


def test_a_backup_needs_a_passphrase(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    _lines(capsys, "--db", pg_url, "demo-data")
    monkeypatch.delenv("FACILITATOR_APP_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["--db", pg_url, "db", "backup", str(tmp_path / "b.sqlite3")]) == 2
    assert "passphrase" in capsys.readouterr().err
    assert not (tmp_path / "b.sqlite3").exists()
