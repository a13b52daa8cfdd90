"""Upgrades keep data (issue 13, item 5): a store written by release 0.1.0 opens in today's code.

The store in tests/fixtures/stores/ was made by 0.1.0's own code (``make_release_store.py`` there)
and is never rewritten. Each test copies it into a user data folder under tmp_path, where an
installed app looks for it, and opens it the way the app and the command line do
(``resolve_paths`` then ``open_store`` with the backups folder beside the store). When the code's
schema is newer than the file's, the store must be backed up before it is migrated, and the
backup must be the store exactly as it was; when it is the same, nothing is migrated or backed up.
The first case is also made for real, by taking a copy back to an older schema.
"""

from __future__ import annotations

import pytest

from facilitator_app import cli
from facilitator_app.paths import AppPaths
from facilitator_app.services.container import build_services
from facilitator_app.storage import keys_source
from facilitator_app.storage.identity import FileKind, inspect_file
from facilitator_app.storage.keys import key_file_of
from facilitator_app.storage.schema import HEAD_REVISION, REVISIONS
from facilitator_app.storage.store import Store, open_store
from tests.helpers.release_store import (
    OLDER,
    PASSPHRASE,
    RELEASE_STORE,
    assert_release_data,
    downgraded,
    install_release_store,
    revision,
)
from tests.helpers.sqlite_files import snapshot


@pytest.fixture
def user_paths(monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    return install_release_store(monkeypatch)


def _open_as_the_app_does(paths: AppPaths) -> Store:
    return open_store(paths.store, create=False, backups_dir=paths.backups)


def test_the_release_store_is_a_small_encrypted_store(monkeypatch: pytest.MonkeyPatch) -> None:
    assert inspect_file(RELEASE_STORE) is FileKind.STORE
    assert key_file_of(RELEASE_STORE).is_file()
    data = RELEASE_STORE.read_bytes()
    assert len(data) < 300_000
    assert not data.startswith(b"SQLite format 3") and "Zoë Ferreira".encode() not in data
    monkeypatch.setenv(keys_source.ENV_PASSPHRASE, PASSPHRASE)
    assert revision(RELEASE_STORE) in REVISIONS


def test_a_release_store_in_the_user_data_folder_opens_with_all_its_data(user_paths: AppPaths) -> None:
    made_by_release = revision(user_paths.store)
    with _open_as_the_app_does(user_paths) as store:
        assert_release_data(build_services(store))
        opened = store.opened
    assert revision(user_paths.store) == HEAD_REVISION
    if made_by_release == HEAD_REVISION:
        # Nothing to migrate: nothing is backed up or changed on the way in.
        assert (opened.upgraded_from, opened.backup) == (None, None)
        assert not user_paths.backups.exists() or not any(user_paths.backups.iterdir())
    else:
        # A migration was added since the release: it ran, after a backup of the store as it was.
        assert opened.upgraded_from == made_by_release
        assert opened.backup is not None and opened.backup.parent == user_paths.backups
        assert revision(opened.backup) == made_by_release


def test_the_command_line_finds_and_reads_the_release_store(user_paths: AppPaths,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """What the bundle's smoke test runs, on the store a user of 0.1.0 has (no --db: the data folder)."""
    assert cli.main(["db", "check"]) == 0
    assert str(user_paths.store) in capsys.readouterr().out
    assert cli.main(["list", "groups"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Saturday Walk and Talk", "Thursday Evening Circle"]
    assert cli.main(["list", "members", "--group", "Thursday Evening Circle"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_a_store_at_an_older_schema_is_backed_up_then_upgraded(user_paths: AppPaths) -> None:
    downgraded(user_paths.store, OLDER)
    assert revision(user_paths.store) == OLDER
    before = snapshot(user_paths.store)

    with _open_as_the_app_does(user_paths) as store:
        opened = store.opened
        assert opened.upgraded_from == OLDER
        assert_release_data(build_services(store))
    assert revision(user_paths.store) == HEAD_REVISION

    backup = opened.backup
    assert backup is not None and backup.is_file() and backup.parent == user_paths.backups
    # The backup is the store exactly as it was before the migration, row for row, and it opens.
    assert revision(backup) == OLDER
    assert snapshot(backup) == before
    assert len(before["members"]) == 4 and len(before["attendance"]) == 8

    # Opened again, it is current: no second migration, no second backup.
    with _open_as_the_app_does(user_paths) as store:
        assert (store.opened.upgraded_from, store.opened.backup) == (None, None)
    assert len(list(user_paths.backups.glob("*.sqlite3"))) == 1
