"""Member files that are broken, huge or odd: every line accounted for, a clear reason for
every rejected row, bounded reports, honest dry-run wording, progress and cancel."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.cli import main
from facilitator_app.errors import ValidationError
from facilitator_app.services import member_import
from facilitator_app.services.container import Services
from facilitator_app.services.member_import import (
    KEEP_REJECTED,
    MAX_ROW_CHARS,
    ImportCancelled,
    ImportPreview,
    MemberImportService,
)
from facilitator_app.services.member_import import service as service_module
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import Store, open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import snapshot


@pytest.fixture
def importer(store: Store, services: Services) -> MemberImportService:
    return MemberImportService(store, services.changes)


def write(tmp_path: Path, data: str | bytes, name: str = "members.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def physical_lines(data: bytes) -> int:
    text = data.decode("utf-8", errors="replace")
    return len(text.splitlines()) if text else 0


def assert_every_line_accounted_for(preview: ImportPreview, data: bytes) -> None:
    lines = preview.lines
    assert lines.header + lines.blank + lines.read + lines.rejected == lines.total == physical_lines(data)
    said = "The file's only line " if lines.total == 1 else f"All {lines.total:,} lines of the file are accounted for: "
    assert preview.lines.describe().startswith(said)


def names(services: Services) -> set[str]:
    return {m.preferred_name for m in services.members.list_members()}


# ====================================================================== quotes
def test_an_unterminated_quote_names_its_line_and_the_lines_it_swallowed(
        importer: MemberImportService, services: Services, tmp_path: Path) -> None:
    data = 'Name,Email\nZoë,zoe@example.org\n"Sam,sam@example.org\nKai,kai@example.org\nAna,ana@example.org\n'
    path = write(tmp_path, data)
    preview = importer.preview(path)
    (problem,) = preview.problems
    assert (problem.line, problem.last) == (3, 5)
    assert str(problem).startswith("lines 3–5: a quote (\") opened on line 3 is never closed")
    assert "swallowed the 2 lines after it" in problem.reason
    assert_every_line_accounted_for(preview, data.encode())
    assert (preview.lines.read, preview.lines.rejected) == (1, 3)
    result = importer.import_members(path, import_good_rows=True)
    assert result.added == 1 and names(services) == {"Zoë"}


def test_a_stray_quote_closed_lines_later_is_reported_with_the_whole_span(
        importer: MemberImportService, tmp_path: Path) -> None:
    data = 'Name,Phone\nZoë,1\n"Sam,2\nKai,3\nAna,"4"\nLee,5\n'
    preview = importer.preview(write(tmp_path, data))
    (problem,) = preview.problems
    assert (problem.line, problem.last) == (3, 5)
    assert "opened on line 3 runs on to line 5, so these 3 lines were read as one row" in problem.reason
    assert [r.values["preferred_name"] for r in preview.rows if r.ok] == ["Zoë", "Lee"]
    assert_every_line_accounted_for(preview, data.encode())


def test_a_quote_that_closes_cleanly_but_swallows_lines_into_a_name_is_refused(
        importer: MemberImportService, tmp_path: Path) -> None:
    data = 'Name,Phone\n"Sam,2\nKai",3\nLee,5\n'
    preview = importer.preview(write(tmp_path, data))
    (problem,) = preview.problems
    assert (problem.line, problem.last) == (2, 3)
    assert "preferred name holds a line break" in problem.reason and "quote (\") on line 2" in problem.reason
    assert_every_line_accounted_for(preview, data.encode())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.lists(st.sampled_from(['"', ",", ";", "a", "Zoë", " ", "\r\n", "\n", "\r", "\t",
                                               "x@y.org"]), max_size=12).map("".join), max_size=15))
def test_every_line_of_any_file_is_accounted_for(importer: MemberImportService, tmp_path: Path,
                                                 body: list[str]) -> None:
    data = ("Name,Email\n" + "\n".join(body)).encode()
    preview = importer.preview(write(tmp_path, data))
    assert_every_line_accounted_for(preview, data)
    assert preview.total_rows == sum(1 for r in preview.rows) or preview.total_rows > len(preview.rows)
    for row in preview.rows:
        assert row.ok or row.problems and all(p.strip() for p in row.problems)


# ====================================================================== huge cells and rows
@pytest.mark.parametrize("quoted", [False, True], ids=["plain", "quoted over lines"])
def test_a_300k_character_cell_is_too_long_not_a_misplaced_quote(importer: MemberImportService, services: Services,
                                                                 tmp_path: Path, quoted: bool) -> None:
    huge = ('"' + ("word " * 20_000 + "\n") * 3 + '"') if quoted else "w" * 300_000
    data = f"Name,Notes\nZoë,short\nSam,{huge}\nKai,\"a, b\"\nAna,\n"
    preview = importer.preview(write(tmp_path, data))
    (problem,) = preview.problems
    assert problem.line == 3 and "quote" not in problem.reason
    assert "characters long; a row may hold at most 100,000" in problem.reason
    assert re.search(r"the row is 300,\d{3} characters long", problem.reason)
    if quoted:
        assert problem.last == 6  # the parser still found where the quoted value ends
    # The rows after it are read as they were written.
    assert [r.values["preferred_name"] for r in preview.rows if r.ok] == ["Zoë", "Kai", "Ana"]
    assert [r.values["notes"] for r in preview.rows if r.ok] == ["short", "a, b", ""]
    assert_every_line_accounted_for(preview, data.encode())
    importer.import_members(write(tmp_path, data), import_good_rows=True)
    assert names(services) == {"Zoë", "Kai", "Ana"}


def test_a_single_line_of_many_megabytes_is_refused_without_holding_it(importer: MemberImportService,
                                                                        tmp_path: Path) -> None:
    data = "Name\nZoë\n" + "x" * (3 * 1024 * 1024) + "\nSam\n"
    preview = importer.preview(write(tmp_path, data))
    (problem,) = preview.problems
    assert problem.line == 3 and re.search(r"the row is 3,145,7\d\d characters long", problem.reason)
    assert preview.count("new") == 2
    assert len(preview.rows[1].cells) == 0  # nothing of it is kept


def test_a_value_just_under_the_row_limit_is_judged_by_its_own_limit(importer: MemberImportService,
                                                                      tmp_path: Path) -> None:
    data = f"Name,Notes\nZoë,{'n' * (MAX_ROW_CHARS - 100)}\n"
    (problem,) = importer.preview(write(tmp_path, data)).problems
    assert problem.reason == f"the notes are {MAX_ROW_CHARS - 100:,} characters long; the limit is 20,000"


# ====================================================================== characters
@pytest.mark.parametrize(("name", "words"), [
    ("Zo\x00ë", "NUL character (U+0000)"),
    ("Sam\x07", "control character (U+0007)"),
    ("Kai\x1b[31m", "control character (U+001B)"),
    ("Ana\x85Lee", "line break or a tab"),
    ('"Lee\tPark"', "line break or a tab"),
], ids=["nul", "bell", "escape", "next line", "tab"])
def test_names_with_control_characters_are_refused(importer: MemberImportService, services: Services,
                                                   tmp_path: Path, name: str, words: str) -> None:
    data = f"Name,Phone\nZoë,1\n{name},2\n"
    result = importer.import_members(write(tmp_path, data), import_good_rows=True)
    (problem,) = result.rejected
    assert problem.line == 3 and words in problem.reason and "preferred name" in problem.reason
    assert names(services) == {"Zoë"}


def test_damaged_bytes_in_a_utf8_file_reject_only_their_rows(importer: MemberImportService, services: Services,
                                                             tmp_path: Path) -> None:
    data = "Name,Notes\nZoë,café\nŁukasz,ok\n".encode() + b"Sam\xff\xfe,x\n" + "Renée,ok\n".encode()
    preview = importer.preview(write(tmp_path, data))
    assert preview.encoding == "UTF-8"
    (problem,) = preview.problems
    assert problem.line == 4 and "could not be read as UTF-8" in problem.reason and "CSV UTF-8" in problem.reason
    importer.import_members(write(tmp_path, data), import_good_rows=True)
    assert names(services) == {"Zoë", "Łukasz", "Renée"}


def test_windows_1252_and_utf32_files_are_read(importer: MemberImportService, tmp_path: Path) -> None:
    text = "Name,Notes\nRenée,crème brûlée\nSeán,\n"
    ansi = importer.preview(write(tmp_path, text.encode("cp1252"), "ansi.csv"))
    assert ansi.encoding == "Windows-1252" and ansi.rows[0].values["notes"] == "crème brûlée"
    wide = importer.preview(write(tmp_path, text.encode("utf-32"), "wide.csv"))
    assert wide.encoding == "UTF-32" and [r.values["preferred_name"] for r in wide.rows] == ["Renée", "Seán"]


@pytest.mark.parametrize(("content", "words"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "picture"),
    (bytes(range(1, 32)) * 200, "not a text file"),
    (b"\n" * 5000 + b"  \r\n", "is empty"),
    (b"\n\n\n", "is empty"),
], ids=["png", "controls", "many blank lines", "blank"])
def test_files_that_are_not_member_lists_get_one_sentence(importer: MemberImportService, tmp_path: Path,
                                                          content: bytes, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        importer.preview(write(tmp_path, content))
    assert caught.value.message.count(". ") <= 2


def test_a_file_with_column_names_only_has_no_rows(importer: MemberImportService, tmp_path: Path) -> None:
    preview = importer.preview(write(tmp_path, "Name,Email\r\n\r\n"))
    assert preview.total_rows == 0 and (preview.lines.total, preview.lines.blank) == (2, 1)
    assert importer.import_members(write(tmp_path, "Name,Email\r\n")).summary().startswith(
        "members.csv: added 0 members")


def test_an_unreadable_header_names_its_lines(importer: MemberImportService, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"Lines 1–3 of members.csv, naming the columns, cannot be read: a quote"):
        importer.preview(write(tmp_path, '"Name,Email\nZoë,z@example.org\nSam,s@example.org\n'))


# ====================================================================== size, time and bounds
def test_a_large_file_is_linear_and_the_report_is_bounded(importer: MemberImportService, services: Services,
                                                          tmp_path: Path) -> None:
    services.members.add_member(MemberDraft("Person 7", email="p7@example.org"))
    rows = 60_000
    lines = ["Name,Email"]
    for n in range(rows):
        if n % 20 == 19:
            lines.append(f",nobody{n}@example.org")        # rejected: no name
        else:
            k = n // 2 if n % 10 == 3 else n                 # some repeat an earlier row
            lines.append(f"Person {k},p{k}@example.org")
    path = write(tmp_path, "\n".join(lines) + "\n")
    preview = importer.preview(path)
    rejected = rows // 20
    assert preview.count("rejected") == rejected and preview.total_rows == rows
    assert preview.count("existing") == 1
    assert preview.count("new") + preview.count("repeat") + 1 == rows - rejected
    assert len(preview.problems) == KEEP_REJECTED and len(preview.rows) <= 100 + KEEP_REJECTED
    result = importer.import_members(path, import_good_rows=True, dry_run=True)
    assert result.rejected_count == rejected and result.more_rejected == rejected - KEEP_REJECTED


def test_a_real_import_inserts_in_batches_in_one_transaction(importer: MemberImportService, services: Services,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    group = services.groups.create_group(weekly_draft("Tuesday group"))
    services.members.add_member(MemberDraft("Person 3", email="p3@example.org"))
    monkeypatch.setattr(service_module, "BATCH_ROWS", 7)
    data = "Name,Email\n" + "".join(f"Person {n},p{n}@example.org\n" for n in range(40)) + "Person 5,p5@example.org\n"
    result = importer.import_members(write(tmp_path, data), group_id=group.id)
    assert (result.added, result.joined_group, result.already_present, result.repeated_in_file) == (39, 1, 1, 1)
    assert len(result.member_ids) == 39 and len(set(result.member_ids)) == 39
    assert len(services.members.group_members(group.id)) == 40
    assert len(names(services)) == 40


def test_progress_is_reported_and_cancel_stops_the_reading(importer: MemberImportService, store: Store,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "Name\n" + "".join(f"Person {n}\n" for n in range(20_000)))
    seen: list[tuple[int, int]] = []
    importer.preview(path, progress=lambda done, total: seen.append((done, total)))
    size = path.stat().st_size
    assert len(seen) >= 3 and seen[-1] == (size, size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    before = snapshot(store.path)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        importer.import_members(path, cancelled=cancelled)
    assert len(calls) == 3 and snapshot(store.path) == before


# ====================================================================== the words of a dry run
DRY = "Name,Email\nZoë,zoe@example.org\n,x@example.org\nSam,sam@example.org\nKai,bad\n\"Ro,1\n"


def test_a_dry_run_says_what_is_good_and_what_is_rejected(importer: MemberImportService, tmp_path: Path) -> None:
    path = write(tmp_path, DRY)
    refused = importer.import_members(path, dry_run=True)
    assert refused.refused and refused.added == 0 and refused.new_count == 2 and refused.rejected_count == 3
    assert refused.summary().startswith("members.csv: 2 new members in 2 good rows, and 3 rows rejected. As it "
                                        "stands an import would add no one")
    assert "would add 0" not in refused.summary() and "dry run" in refused.summary()
    good = importer.import_members(path, dry_run=True, import_good_rows=True)
    assert good.summary() == ("members.csv: would add 2 members; 3 rows were rejected. This was a dry run: nothing "
                              "was changed.")


def test_the_cli_dry_run_wording_and_line_accounting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store.sqlite3"
    open_store(store).close()
    path = write(tmp_path, DRY)
    assert main(["--db", str(store), "import", "members", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "5 rows. All 6 lines of the file are accounted for: 1 line names the columns, 2 lines hold rows that " \
           "can be imported, 3 lines are in rejected rows." in out[0]
    assert out[1].startswith("members.csv: 2 new members in 2 good rows, and 3 rows rejected.")
    assert out[2] == "Add --import-good-rows to import only the good rows (2 rows) and leave out the rejected ones."
    assert out[3:] == ["line 3: no name: every member needs at least a preferred name",
                       "line 5: 'bad' is not an email address",
                       "line 6: a quote (\") on this line is never closed. Close the quote or remove it"]


def test_the_cli_lists_the_first_rejected_rows_and_counts_the_rest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(member_import.scan, "KEEP_REJECTED", 2)
    store = tmp_path / "store.sqlite3"
    open_store(store).close()
    path = write(tmp_path, "Name,Email\n" + ",x\n" * 5 + "Zoë,\n")
    assert main(["--db", str(store), "import", "members", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("facilitator-app: 5 rows were rejected, so nothing was imported")
    assert err[1:] == ["line 2: no name: every member needs at least a preferred name; 'x' is not an email address",
                       "line 3: no name: every member needs at least a preferred name; 'x' is not an email address",
                       "… and 3 more rejected rows."]


def test_utf16_files_keep_working_with_a_bom(importer: MemberImportService, tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Name\tPhone\r\nSøren\t1\r\n".encode("utf-16-le")
    preview = importer.preview(write(tmp_path, data))
    assert (preview.encoding, preview.delimiter_name, preview.rows[0].values["preferred_name"]) == (
        "UTF-16", "tab", "Søren")


def test_a_header_of_too_many_columns_is_refused(importer: MemberImportService, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"Line 1 of members.csv names 5,001 columns; .*the limit is 1,000"):
        importer.preview(write(tmp_path, "Name" + ",x" * 5000 + "\nZoë\n"))


def test_a_dos_end_of_file_mark_is_not_a_row(importer: MemberImportService, tmp_path: Path) -> None:
    data = "Name\r\nZoë\r\n\x1a"
    preview = importer.preview(write(tmp_path, data))
    assert preview.problems == () and preview.total_rows == 1 and preview.lines.blank == 1
    assert_every_line_accounted_for(preview, data.encode())


def test_an_import_reports_progress_over_both_passes_and_a_late_cancel_rolls_back(
        importer: MemberImportService, store: Store, services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "Name\n" + "".join(f"Person {n}\n" for n in range(20_000)))
    size = path.stat().st_size
    seen: list[tuple[int, int]] = []
    result = importer.import_members(path, progress=lambda done, total: seen.append((done, total)))
    assert result.added == 20_000 and seen[-1] == (2 * size, 2 * size)
    assert {total for _, total in seen} == {2 * size} and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert any(d == size for d, _ in seen)  # the first pass ends half way
    # Cancelled during the second pass, inside the transaction: nothing stays.
    again = write(tmp_path, "Name\n" + "".join(f"Other {n}\n" for n in range(20_000)), "again.csv")
    halfway: list[bool] = []
    with pytest.raises(ImportCancelled):
        importer.import_members(again, progress=lambda done, total: halfway.append(done > total // 2),
                                cancelled=lambda: any(halfway))
    assert len(names(services)) == 20_000
