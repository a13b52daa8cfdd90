"""Laptops and the organisation's server merge: `sync with URL` from a laptop, and the server's own
`db fingerprint` and `sync export` with `--db URL`, whose bundle fills a new laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.storage.keys_source import ENV_PASSPHRASE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, out + err
    return out


def test_a_laptop_and_a_bundle_end_equal_to_the_server(pg_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, "laptop passphrase for tests")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    laptop_a, laptop_b, key, bundle = (tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "org.key",
                                       tmp_path / "bundle.bin")
    run(capsys, "--db", pg_url, "demo-data")
    run(capsys, "--db", str(laptop_a), "sync", "with", pg_url)
    server_print = run(capsys, "--db", pg_url, "db", "fingerprint").strip()
    assert run(capsys, "--db", str(laptop_a), "db", "fingerprint").strip() == server_print

    run(capsys, "sync", "new-key", "-o", str(key))
    run(capsys, "--db", pg_url, "sync", "export", "--key", str(key), "-o", str(bundle))
    run(capsys, "--db", str(laptop_b), "sync", "import", "--key", str(key), str(bundle))
    assert run(capsys, "--db", str(laptop_b), "db", "fingerprint").strip() == server_print
    assert len(server_print) == 64
