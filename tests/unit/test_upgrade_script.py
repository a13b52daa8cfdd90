"""packaging/upgrade-test.sh, the bundle-level upgrade check, run here on a stand-in for the bundle:
a ``facilitator-app`` that starts this checkout's code with this Python (the real bundle is checked by
build and CI runs). It must pass the 0.1.0 store as it is, pass the same store taken back to an older
schema only with a backup made before the upgrade, and fail on a store whose data is not there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.storage import keys_source
from facilitator_app.storage.keys import key_file_of
from tests.helpers.release_store import OLDER, PASSPHRASE, RELEASE_STORE, downgraded, revision

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "upgrade-test.sh"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A folder with an executable ``facilitator-app`` that needs nothing from the (bare) environment."""
    folder = tmp_path / "bundle"
    folder.mkdir()
    exe = folder / "facilitator-app"
    exe.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m facilitator_app "$@"\n',
                   encoding="utf-8")
    exe.chmod(0o755)
    return folder


def _stores(tmp_path: Path) -> Path:
    stores = tmp_path / "stores"
    stores.mkdir()
    shutil.copyfile(RELEASE_STORE, stores / RELEASE_STORE.name)
    shutil.copyfile(key_file_of(RELEASE_STORE), key_file_of(stores / RELEASE_STORE.name))
    return stores


def _run(bundle: Path, stores: Path) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "STORES_DIR": str(stores)}
    return subprocess.run(["bash", str(SCRIPT), str(bundle)], capture_output=True, text=True, env=environ)


def test_the_release_store_passes_as_it_is(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, _stores(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: release-0.1.0 opened")


def test_a_store_at_an_older_schema_passes_with_its_backup(bundle: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    stores = _stores(tmp_path)
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, PASSPHRASE)
    downgraded(stores / RELEASE_STORE.name, OLDER)
    assert revision(stores / RELEASE_STORE.name) == OLDER
    result = _run(bundle, stores)
    assert result.returncode == 0, result.stderr
    assert "upgraded after a backup" in result.stdout


def test_a_store_without_the_release_data_fails(bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator_app.storage.store import open_store

    stores = tmp_path / "stores"
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, PASSPHRASE)
    open_store(stores / "release-9.9.9.sqlite3").close()  # a store, but empty
    result = _run(bundle, stores)
    assert result.returncode == 1
    assert "release-9.9.9: 'list groups' printed" in result.stderr
