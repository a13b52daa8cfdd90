"""Importing members from CSV: real export formats, every encoding and delimiter people send,
bad rows reported by physical line, nothing half-imported, and no one imported twice."""

from __future__ import annotations

import codecs
import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Change, ChangeFeed, Entity
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.member_import import MemberImportService, decode, detect_delimiter
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.backup import list_backups
from facilitator_app.storage.repos import audit
from facilitator_app.storage.store import Store, open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import snapshot

GOOGLE_OLD = ("Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
              "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
              "Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,"
              "Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
              "Phone 1 - Value,Phone 2 - Type,Phone 2 - Value")
GOOGLE_NEW = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
              "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
              "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
              "Phone 1 - Label,Phone 1 - Value")
OUTLOOK = ('"First Name","Middle Name","Last Name","Title","Suffix","Initials","Web Page","Gender","Birthday",'
           '"Anniversary","Location","Language","Internet Free Busy","Notes","E-mail Address","E-mail 2 Address",'
           '"E-mail 3 Address","Primary Phone","Home Phone","Home Phone 2","Mobile Phone","Pager","Home Fax",'
           '"Home Address","Home Street","Home City"')


@pytest.fixture
def importer(store: Store, services: Services) -> MemberImportService:
    return MemberImportService(store, services.changes)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "members.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def people(services: Services) -> dict[str, tuple[str, str, str, str, str, str]]:
    return {m.preferred_name: (m.full_name, m.phone, m.email, m.emergency_contact_name,
                               m.emergency_contact_phone, m.notes) for m in services.members.list_members()}


def google_row(values: dict[str, str]) -> str:
    columns = GOOGLE_OLD.split(",")
    return ",".join(f'"{values.get(c, "")}"' if values.get(c) else "" for c in columns)


# ====================================================================== real formats
def test_a_google_contacts_export(importer: MemberImportService, services: Services, tmp_path: Path) -> None:
    rows = [
        google_row({"Name": "Zoë Martin", "Given Name": "Zoë", "Family Name": "Martin", "E-mail 1 - Type": "* Home",
                    "E-mail 1 - Value": "zoe@example.org", "Phone 1 - Type": "Mobile",
                    "Phone 1 - Value": "+44 7700 900123 ::: +44 20 7946 0000"}),
        google_row({"Name": "Sam", "Nickname": "Sammy", "Phone 1 - Value": "", "Phone 2 - Value": "07700 900456",
                    "Notes": "Met at the library talk"}),
    ]
    path = write(tmp_path, GOOGLE_OLD + "\n" + "\n".join(rows) + "\n")
    preview = importer.preview(path)
    assert preview.format_name == "Google Contacts export" and preview.encoding == "UTF-8"
    result = importer.import_members(path)
    assert result.imported and result.added == 2 and result.rejected == ()
    found = people(services)
    assert found["Zoë"][:3] == ("Zoë Martin", "+44 7700 900123", "zoe@example.org")
    assert found["Sammy"][:2] == ("Sam", "07700 900456")
    assert found["Sammy"][5] == "Met at the library talk"


def test_a_new_style_google_export(importer: MemberImportService, services: Services, tmp_path: Path) -> None:
    columns = GOOGLE_NEW.split(",")
    values = dict.fromkeys(columns, "")
    values.update({"First Name": "Łukasz", "Last Name": "Nowak", "Labels": "* myContacts",
                   "E-mail 1 - Value": "lukasz@example.org", "Phone 1 - Value": "07700 900789"})
    path = write(tmp_path, GOOGLE_NEW + "\r\n" + ",".join(values[c] for c in columns) + "\r\n")
    importer.import_members(path)
    assert people(services)["Łukasz"][:3] == ("Łukasz Nowak", "07700 900789", "lukasz@example.org")


def test_an_outlook_export_in_windows_1252(importer: MemberImportService, services: Services,
                                           tmp_path: Path) -> None:
    columns = [c.strip('"') for c in OUTLOOK.split(",")]

    def row(**values: str) -> str:
        return ",".join(f'"{values.get(c.replace(" ", "_").replace("-", ""), "")}"' for c in columns)

    text = "\r\n".join([OUTLOOK, row(First_Name="Renée", Middle_Name="A.", Last_Name="Dubois",
                                     Email_Address="renee@example.org", Home_Phone="01632 960001",
                                     Mobile_Phone="07700 900321"),
                        row(First_Name="Seán", Last_Name="Ó Briain", Primary_Phone="01632 960002")]) + "\r\n"
    path = write(tmp_path, text, "cp1252")
    preview = importer.preview(path)
    assert (preview.encoding, preview.format_name) == ("Windows-1252", "Outlook contacts export")
    importer.import_members(path)
    found = people(services)
    assert found["Renée"][:3] == ("Renée A. Dubois", "07700 900321", "renee@example.org")  # mobile first
    assert found["Seán"][:2] == ("Seán Ó Briain", "01632 960002")


def test_a_plain_sheet_with_a_bom_and_semicolons(importer: MemberImportService, services: Services,
                                                 tmp_path: Path) -> None:
    text = ("Name;Phone;Email;Emergency contact\r\n"
            "Aiyana;07700 900111;aiyana@example.org;Sam (partner) 07700 900456\r\n"
            "Nguyễn Văn An;;;Mum\r\n")
    path = write(tmp_path, "\ufeff" + text)
    preview = importer.preview(path)
    assert (preview.encoding, preview.delimiter_name, preview.format_name) == ("UTF-8", "semicolon", "sheet")
    importer.import_members(path)
    found = people(services)
    assert found["Aiyana"][3:5] == ("Sam (partner)", "07700 900456")
    assert found["Nguyễn Văn An"][3:5] == ("Mum", "")


def test_excel_unicode_text_is_utf16_and_tab_separated(importer: MemberImportService, services: Services,
                                                       tmp_path: Path) -> None:
    text = "Name\tPhone\tEmail\tEmergency contact\r\nSøren\t07700 900222\tsoren@example.org\tKirsten\r\n"
    path = tmp_path / "members.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    preview = importer.preview(path)
    assert (preview.encoding, preview.delimiter_name) == ("UTF-16", "tab")
    importer.import_members(path)
    assert people(services)["Søren"][1:4] == ("07700 900222", "soren@example.org", "Kirsten")


def test_utf16_without_a_bom_is_recognised() -> None:
    text, encoding = decode("Name,Phone\r\nZoë,1\r\n".encode("utf-16-le"))
    assert (text, encoding) == ("Name,Phone\r\nZoë,1\r\n", "UTF-16")


def test_a_file_with_a_single_column_of_names(importer: MemberImportService, services: Services,
                                              tmp_path: Path) -> None:
    importer.import_members(write(tmp_path, "Name\nZoë\nŁukasz\n"))
    assert set(people(services)) == {"Zoë", "Łukasz"}


# ====================================================================== bad rows
BAD = ('Name,Phone,Email,Emergency contact\n'                    # 1
       'Zoë,07700 900123,zoe@example.org,\n'                     # 2
       'Lee,,,"Partner,\nat\nhome\nin town"\n'                     # 3-6: one row over four lines
       ',07700 900999,,\n'                                       # 7: no name
       'Sam,,sam at example.org,\n'                              # 8: bad email
       f'{"x" * 201},,,\n'                                       # 9: over-long name
       'Kai,1,kai@example.org,Mum,extra\n'                       # 10: an extra value
       '"Ro"bin,1,,\n'                                           # 11: a misplaced quote
       '\n'                                                      # 12: blank, ignored
       'Ana,,,\n')                                               # 13


def test_bad_rows_are_reported_by_physical_line_and_nothing_is_imported(
        importer: MemberImportService, store: Store, services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, BAD)
    before = snapshot(store.path)
    result = importer.import_members(path)
    assert not result.imported and result.added == 0
    assert [(p.line, p.reason.split(":")[0].split(" ")[0]) for p in result.rejected] == [
        (7, "no"), (8, "'sam"), (9, "the"), (10, "it"), (11, "a")]
    reasons = {p.line: p.reason for p in result.rejected}
    assert reasons[7].startswith("no name")
    assert "'sam at example.org' is not an email address" in reasons[8]
    assert "preferred name is 201 characters long; the limit is 200" in reasons[9]
    assert "5 values but the first line names 4 columns" in reasons[10] and "comma" in reasons[10]
    assert "quote" in reasons[11]
    assert str(result.rejected[0]) == f"line 7: {reasons[7]}"
    assert "nothing was imported" in result.summary()
    assert snapshot(store.path) == before
    assert list_backups(store.path.parent / "backups") == []  # no backup either: nothing was to change


def test_the_good_rows_can_be_imported_on_request(importer: MemberImportService, services: Services,
                                                  tmp_path: Path) -> None:
    result = importer.import_members(write(tmp_path, BAD), import_good_rows=True)
    assert result.imported and result.added == 3 and len(result.rejected) == 5
    assert set(people(services)) == {"Zoë", "Lee", "Ana"}
    assert people(services)["Lee"][3] == "Partner,\nat\nhome\nin town"


def test_a_dry_run_changes_nothing(importer: MemberImportService, store: Store, tmp_path: Path) -> None:
    before = snapshot(store.path)
    result = importer.import_members(write(tmp_path, BAD), import_good_rows=True, dry_run=True)
    assert result.dry_run and not result.imported and result.added == 3
    assert "dry run" in result.summary()
    assert snapshot(store.path) == before


@pytest.mark.parametrize(("content", "words"), [
    (b"PK\x03\x04" + b"\x00" * 100, "Excel workbook"),
    (b"%PDF-1.7\n", "PDF"),
    (b"\x00\x01\x02\x03" * 100, "not a text file"),
    (b"", "empty"),
    (b"   \r\n\r\n", "empty"),
    (b"Phone,Email\n07700 900123,zoe@example.org\n", "No column of names"),
], ids=["xlsx", "pdf", "binary", "empty", "blank", "no names"])
def test_files_that_cannot_be_member_lists_are_refused_in_plain_words(
        importer: MemberImportService, store: Store, tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "given.csv"
    path.write_bytes(content)
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match=words):
        importer.import_members(path)
    assert snapshot(store.path) == before


def test_a_missing_file_is_explained(importer: MemberImportService, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no file at"):
        importer.preview(tmp_path / "nowhere.csv")


# ====================================================================== duplicates and groups
def test_importing_the_same_file_again_adds_no_one(importer: MemberImportService, services: Services,
                                                   tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Phone,Email\nZoë,07700 900123,zoe@example.org\nSam,,\nKai,+44 7700 900555,\n")
    assert importer.import_members(path).added == 3
    again = importer.import_members(path)
    assert again.imported and again.added == 0 and again.already_present == 3
    assert len(services.members.list_members()) == 3


def test_matching_ignores_case_and_phone_spacing_but_not_a_different_person(
        importer: MemberImportService, services: Services, tmp_path: Path) -> None:
    services.members.add_member(MemberDraft("Zoë", email="Zoe@Example.org"))
    services.members.add_member(MemberDraft("Kai", phone="07700 900 555"))
    path = write(tmp_path, "Name,Phone,Email\n"
                           "ZOË,,zoe@example.org\n"        # the same Zoë
                           "kai,07700900555,\n"            # the same Kai
                           "Zoë,,zoe.other@example.org\n"  # another Zoë
                           "ZOË,,ZOE@EXAMPLE.ORG\n")       # repeats line 2
    preview = importer.preview(path)
    assert [r.status for r in preview.rows] == ["existing", "existing", "new", "repeat"]
    assert preview.rows[3].same_as == "line 2"
    assert importer.import_members(path).added == 1
    assert len(services.members.list_members()) == 3


def test_members_are_put_in_the_group_and_existing_ones_join_it(importer: MemberImportService,
                                                                services: Services, tmp_path: Path) -> None:
    first = services.groups.create_group(weekly_draft("Tuesday group"))
    second = services.groups.create_group(weekly_draft("Thursday group"))
    path = write(tmp_path, "Name,Email\nZoë,zoe@example.org\nSam,sam@example.org\n")
    assert importer.import_members(path, group_id=first.id).added == 2
    assert {m.member.preferred_name for m in services.members.group_members(first.id)} == {"Zoë", "Sam"}
    result = importer.import_members(path, group_id=second.id)
    assert (result.added, result.joined_group) == (0, 2)
    assert {m.member.preferred_name for m in services.members.group_members(second.id)} == {"Zoë", "Sam"}
    assert importer.import_members(path, group_id=second.id).joined_group == 0
    assert len(services.members.list_members()) == 2


def test_formula_like_cells_are_kept_as_text(importer: MemberImportService, services: Services,
                                             tmp_path: Path) -> None:
    text = ('Name,Phone,Email,Emergency contact\n'
            '"=HYPERLINK(""http://example.org"",""x"")",+44 7700 900123,,-Mum\n'
            '@Robin,=1+2,,+Dad\n')
    importer.import_members(write(tmp_path, text))
    found = people(services)
    assert found['=HYPERLINK("http://example.org","x")'][1] == "+44 7700 900123"
    assert found['=HYPERLINK("http://example.org","x")'][3] == "-Mum"
    assert found["@Robin"][1] == "=1+2" and found["@Robin"][3] == "+Dad"


def test_a_mapping_chosen_by_the_user(importer: MemberImportService, services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "Who,How to reach,Extra\nZoë,07700 900123,ignored\n")
    assert importer.preview(path).file_problems  # nothing looks like a name column
    importer.import_members(path, mapping={"preferred_name": "Who", "phone": 1})
    assert people(services)["Zoë"][1] == "07700 900123"
    with pytest.raises(ValidationError, match="no column called 'Nobody'"):
        importer.import_members(path, mapping={"preferred_name": "Nobody"})


# ====================================================================== safety of the write
def test_a_backup_is_made_first_and_changes_are_published(store: Store, tmp_path: Path) -> None:
    feed = ChangeFeed()
    seen: list[Change] = []
    feed.subscribe_batches(lambda batch: seen.extend(batch.changes))
    result = MemberImportService(store, feed).import_members(write(tmp_path, "Name\nZoë\nSam\n"))
    assert result.backup is not None and result.backup.name.endswith("-before-import.sqlite3")
    assert [b.path for b in list_backups(store.path.parent / "backups")] == [result.backup]
    assert seen and seen[0].entity is Entity.MEMBER and len(seen[0].ids) == 2


def test_the_import_is_one_transaction(importer: MemberImportService, store: Store, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    class Boom(Exception):
        pass

    def fail(*_args: object, **_kwargs: object) -> None:
        raise Boom

    monkeypatch.setattr(audit, "record", fail)  # fails after every member was added
    with pytest.raises(Boom):
        importer.import_members(write(tmp_path, "Name\nZoë\nSam\nKai\n"))
    monkeypatch.undo()
    assert build_services(store).members.list_members() == []


def test_delimiter_detection_prefers_consistent_columns() -> None:
    assert detect_delimiter("Name;Notes\nZoë;likes tea, and cake\nSam;x, y, z\n") == ";"
    assert detect_delimiter("Name,Notes\nZoë,\"a; b\"\n") == ","
    assert detect_delimiter("Name\tPhone\nZoë\t1\n") == "\t"
    assert detect_delimiter("Name\nZoë\n") == ","


# ====================================================================== properties
# U+FFFD is left out: the import reads it as a sign the file was decoded wrongly and rejects the row
# (tests/unit/services/test_member_import_bad_input.py), so a name holding it does not round-trip, by design.
_LETTERS = st.characters(categories=("L", "M", "N", "P", "S", "Zs"), exclude_characters="\x00\ufffd")
_NAMES = st.text(_LETTERS | st.sampled_from('",;=+-@\''), min_size=1, max_size=30).filter(
    lambda s: s == s.strip() and s.strip())
_EMAILS = st.one_of(st.just(""), st.builds(lambda a, b: f"{a}@{b}.org",
                                           st.text("abcxyz0123._+", min_size=1, max_size=10),
                                           st.text("abcdefxyz", min_size=1, max_size=10)))
_PHONES = st.one_of(st.just(""), st.text("0123456789 ", min_size=1, max_size=15).map(lambda s: "+" + s.strip()))
# Names fit on one line; an emergency contact may run over several (quoted, so the row does too).
_CONTACTS = st.one_of(st.just(""), st.text(st.characters(categories=("L",)) | st.sampled_from(" \n"), min_size=1,
                                           max_size=20).map(str.strip))
MEMBERS = st.lists(st.tuples(_NAMES, _EMAILS, _PHONES, _CONTACTS), min_size=1, max_size=8,
                   unique_by=lambda m: " ".join(m[0].casefold().split()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(members=MEMBERS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       delimiter=st.sampled_from([",", ";", "\t"]), terminator=st.sampled_from(["\r\n", "\n"]),
       quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
def test_any_member_table_round_trips_in_every_encoding_and_delimiter(
        members: list[tuple[str, str, str, str]], encoding: str, delimiter: str, terminator: str,
        quoting: int) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=terminator, quoting=quoting)
    writer.writerow(["Name", "Phone", "Email", "Emergency contact"])
    writer.writerows([(name, phone, email, contact) for name, email, phone, contact in members])
    text = buffer.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
        raise
    if encoding == "cp1252" and not text.isascii():
        # A file that is valid UTF-8 is read as UTF-8: the one ambiguity no reader can settle.
        try:
            data.decode("utf-8")
            assume(False)
        except UnicodeDecodeError:
            pass
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "members.csv"
        path.write_bytes(data)
        with open_store(Path(folder) / "store.sqlite3") as store:
            services = build_services(store)
            result = MemberImportService(store, services.changes).import_members(path)
            assert result.rejected == () and result.added == len(members)
            stored = {(m.preferred_name, m.email, m.phone, m.emergency_contact_name)
                      for m in services.members.list_members()}
            assert stored == set(members)
            again = MemberImportService(store, services.changes).import_members(path)
            assert again.added == 0 and len(services.members.list_members()) == len(members)
