"""Which name lands where: every usual header spelling of a preferred, first, last or whole name
(Google Contacts, Outlook, plain sheets) fills the right member field, through the real service."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.services.container import Services
from facilitator_app.services.member_import import MemberImportService
from facilitator_app.services.member_import.columns import guess_mapping
from facilitator_app.storage.store import Store

# (header line, one data row, the (preferred name, full name) stored)
SPELLINGS = [
    ("Preferred name,Full name,Pronouns", "Kim,Kim Park,she/her", ("Kim", "Kim Park")),
    ("preferred_name,full_name", "Kim,Kim Park", ("Kim", "Kim Park")),
    ("Full Name,Preferred Name", "Kim Park,Kim", ("Kim", "Kim Park")),
    ("Known as,Name,Email", "Kim,Kim Park,kim@example.org", ("Kim", "Kim Park")),
    ("Name,Nickname", "Kim Park,Kim", ("Kim", "Kim Park")),
    ("Goes by;Legal name", "Kim;Kim Park", ("Kim", "Kim Park")),
    ("Name,Full name", "Kim,Kim Park", ("Kim", "Kim Park")),
    ("First name,Last name", "Kim,Park", ("Kim", "Kim Park")),
    ("Given Name,Additional Name,Family Name", "Kim,Ji-woo,Park", ("Kim", "Kim Ji-woo Park")),
    ("First Name,Last Name,Full Name", "Kim,Park,Kim Ji-woo Park", ("Kim", "Kim Ji-woo Park")),
    ("Preferred name,First name,Last name", "Kimmy,Kim,Park", ("Kimmy", "Kim Park")),
    ("Display name,First name,Last name", "Kim J. Park,Kim,Park", ("Kim", "Kim J. Park")),
    ("Name,Surname", "Kim,Park", ("Kim", "Kim Park")),
    ("Forename,Surname,Nickname", "Kimberley,Park,Kim", ("Kim", "Kimberley Park")),
    # A lone whole-name column is the name the member goes by; the full name is not repeated.
    ("Name", "Kim Park", ("Kim Park", "")),
    ("Full name", "Kim Park", ("Kim Park", "")),
    ("Full name,Phone", "Kim Park,07700 900123", ("Kim Park", "")),
]


@pytest.fixture
def importer(store: Store, services: Services) -> MemberImportService:
    return MemberImportService(store, services.changes)


def stored(services: Services) -> list[tuple[str, str]]:
    return [(m.preferred_name, m.full_name) for m in services.members.list_members()]


@pytest.mark.parametrize(("header", "row", "expected"), SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_each_header_spelling_fills_the_right_names(importer: MemberImportService, services: Services,
                                                    tmp_path: Path, header: str, row: str,
                                                    expected: tuple[str, str]) -> None:
    path = tmp_path / "members.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    result = importer.import_members(path)
    assert result.imported and result.added == 1 and result.rejected == ()
    assert stored(services) == [expected]


def test_pronouns_beside_both_names_are_kept(importer: MemberImportService, services: Services,
                                             tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Preferred name,Full name,Pronouns\nKim,Kim Park,she/her\nLee,,they/them\n", encoding="utf-8")
    importer.import_members(path)
    found = {m.preferred_name: (m.full_name, m.pronouns) for m in services.members.list_members()}
    assert found == {"Kim": ("Kim Park", "she/her"), "Lee": ("", "they/them")}


def test_a_row_without_a_preferred_name_falls_back_to_the_full_name(
        importer: MemberImportService, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Preferred name,Full name\n,Kim Park\nLee,\n", encoding="utf-8")
    result = importer.import_members(path)
    assert result.added == 2 and result.rejected == ()
    assert sorted(stored(services)) == [("Kim Park", "Kim Park"), ("Lee", "")]


def test_the_preview_maps_the_full_name_column_to_the_full_name(importer: MemberImportService,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Preferred name,Full name,Pronouns\nKim,Kim Park,she/her\n", encoding="utf-8")
    preview = importer.preview(path)
    assert preview.mapping["full_name"] == (1,) and preview.mapping["preferred_name"][0] == 0
    assert preview.mapping["pronouns"] == (2,)
    assert preview.rows[0].values["full_name"] == "Kim Park"


@pytest.mark.parametrize("header", ["Name", "Full name", "Display name"])
def test_a_lone_whole_name_column_is_the_preferred_name_only(header: str) -> None:
    assert guess_mapping([header, "Email"]) == {"preferred_name": (0,), "email": (1,)}


def test_a_lone_surname_is_not_taken_for_a_preferred_name() -> None:
    assert "preferred_name" not in guess_mapping(["Last name", "Email"])
    assert guess_mapping(["Full name", "Surname"]) == {"preferred_name": (0,)}
