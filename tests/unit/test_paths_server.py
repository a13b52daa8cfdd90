"""``--db`` and FACILITATOR_APP_DB take a server's URL: it is kept as given (never made a path), its
backups go to the user data folder, and it is shown without its password."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.paths import is_server_url, masked_url, resolve_paths, server_folder_name


@pytest.mark.parametrize("text", ["postgresql://ann@db/org", "postgres://db/org", "POSTGRESQL://db/org",
                                  "postgresql+psycopg://ann:pw@db:5433/org?sslmode=require", " postgresql://x/y"])
def test_server_urls_are_recognised(text: str) -> None:
    assert is_server_url(text)


@pytest.mark.parametrize("text", ["store.sqlite3", "/home/ann/postgresql/store.sqlite3", "mysql://db/org",
                                  "postgresql:/not-a-url", ""])
def test_paths_and_other_urls_are_not(text: str) -> None:
    assert not is_server_url(text)


def test_a_url_given_with_db_is_a_server_store_with_backups_in_the_user_data_folder() -> None:
    paths = resolve_paths("postgresql://ann:pw@office:5433/org", environ={})
    assert paths.server == "postgresql://ann:pw@office:5433/org" == paths.location
    assert paths.shown == "postgresql://ann:***@office:5433/org"
    assert paths.data is not None and paths.backups == paths.data / "backups" / "server-office-5433-org"
    assert paths.backups in paths.own_folders
    assert not paths.store.exists()


def test_the_environment_variable_takes_a_url_too() -> None:
    paths = resolve_paths(None, environ={"FACILITATOR_APP_DB": "postgresql://office/org"})
    assert paths.server == "postgresql://office/org"


def test_a_path_is_still_a_path(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "s.sqlite3", environ={})
    assert paths.server is None and paths.location == paths.store == tmp_path / "s.sqlite3"


def test_folder_names_hold_no_login_and_no_odd_characters() -> None:
    assert server_folder_name("postgresql://ann:pw@db.example.org/our org") == "server-db.example.org-5432-our_20org"
    assert server_folder_name("postgresql:///org?host=/var/run/postgresql") == "server-local-5432-org"
    assert masked_url("postgresql://ann@db/org") == "postgresql://ann@db/org"
