"""``import members`` through the real command line: names land where ``list members`` shows
them, and every count the import prints agrees with its number (1 row, 2 rows), unnested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.services.member_import import scan
from facilitator_app.storage.store import open_store

# A count and its word disagree: "1 rows", "2 row", "3 new member", "1 more rejected rows"...
_PLURAL_AFTER_ONE = re.compile(r"(?<![\d,.])1 (?:new |good |more rejected |more )?(?:rows|members|lines)\b")
_SINGULAR_AFTER_MANY = re.compile(
    r"(?<![\d,.])(?:0|[2-9]|[1-9][\d,]*\d) (?:new |good |more rejected |more )?(?:row|member|line)\b(?!s)")
_NESTED = re.compile(r"\([^()]*\(")


def assert_readable(text: str) -> None:
    assert not _PLURAL_AFTER_ONE.search(text), text
    assert not _SINGULAR_AFTER_MANY.search(text), text
    assert not _NESTED.search(text), text


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    open_store(path).close()
    return path


def csv_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "members.csv"
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert_readable(captured.out + captured.err)
    return code, captured.out.splitlines(), captured.err.splitlines()


@pytest.mark.parametrize("header", ["Preferred name,Full name,Pronouns", "preferred_name,full_name,pronouns"])
def test_import_then_list_shows_preferred_and_full_name(db: Path, tmp_path: Path, header: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = csv_file(tmp_path, f"{header}\nKim,Kim Park,she/her\nLee,Lee Chan,\n")
    assert run(capsys, "--db", str(db), "import", "members", str(path))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "list", "members")
    assert code == 0 and out == ["Kim\tKim Park", "Lee\tLee Chan"]


def test_a_lone_name_column_lists_with_an_empty_full_name(db: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = csv_file(tmp_path, "Full name\nKim Park\n")
    assert run(capsys, "--db", str(db), "import", "members", str(path))[0] == 0
    assert run(capsys, "--db", str(db), "list", "members")[1] == ["Kim Park\t"]


def test_one_row_is_counted_in_the_singular(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = csv_file(tmp_path, "Name\nKim\n")
    code, out, _ = run(capsys, "--db", str(db), "import", "members", str(path), "--dry-run")
    assert code == 0
    assert out[0] == ("Read members.csv as a sheet (UTF-8, comma-separated): 1 row. All 2 lines of the file are "
                      "accounted for: 1 line names the columns, 1 line holds a row that can be imported.")
    assert out[1] == "members.csv: would add 1 member. This was a dry run: nothing was changed."
    code, out, _ = run(capsys, "--db", str(db), "import", "members", str(path))
    assert code == 0 and out[1] == "members.csv: added 1 member."


def test_two_rows_are_counted_in_the_plural(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = csv_file(tmp_path, "Name\nKim\nLee\n")
    code, out, _ = run(capsys, "--db", str(db), "import", "members", str(path))
    assert code == 0
    assert out[0] == ("Read members.csv as a sheet (UTF-8, comma-separated): 2 rows. All 3 lines of the file are "
                      "accounted for: 1 line names the columns, 2 lines hold rows that can be imported.")
    assert out[1] == "members.csv: added 2 members."
    code, out, _ = run(capsys, "--db", str(db), "import", "members", str(path))
    assert out[1] == "members.csv: added 0 members; 2 rows match a member already in the store."


def test_a_header_alone_is_its_only_line(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = csv_file(tmp_path, "Name\n")
    code, out, _ = run(capsys, "--db", str(db), "import", "members", str(path), "--dry-run")
    assert code == 0
    assert out[0].endswith(": 0 rows. The file's only line names the columns.")


def test_one_rejected_row_and_good_rows_that_are_not_all_new(db: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db), "import", "members", str(csv_file(tmp_path, "Name\nKim\n")))[0] == 0
    path = csv_file(tmp_path, "Name,Email\nKim,\nLee,\n,x@example.org\n")
    code, out, _ = run(capsys, "--db", str(db), "import", "members", str(path), "--dry-run")
    assert code == 0
    assert out[0].endswith("1 line names the columns, 2 lines hold rows that can be imported, "
                           "1 line is in a rejected row.")
    assert out[1].startswith("members.csv: 1 new member in 2 good rows, and 1 row rejected.")
    assert out[2] == ("Add --import-good-rows to import only the good rows (2 rows, 1 of them a new member) "
                      "and leave out the rejected ones.")
    code, _, err = run(capsys, "--db", str(db), "import", "members", str(path))
    assert code == 1
    assert err[0] == ("facilitator-app: 1 row was rejected, so nothing was imported. Correct it in members.csv and "
                      "import it again, or add --import-good-rows to import only the good rows "
                      "(2 rows, 1 of them a new member).")


def test_good_rows_of_no_new_member(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(db), "import", "members", str(csv_file(tmp_path, "Name\nKim\nLee\n")))[0] == 0
    path = csv_file(tmp_path, "Name,Email\nKim,\n,x@example.org\n")
    code, _, err = run(capsys, "--db", str(db), "import", "members", str(path))
    assert code == 1 and err[0].endswith("import only the good rows (1 row, not a new member).")
    path = csv_file(tmp_path, "Name,Email\nKim,\nLee,\n,x@example.org\n,y@example.org\n")
    code, out, _ = run(capsys, "--db", str(db), "import", "members", str(path), "--dry-run")
    assert out[1].startswith("members.csv: no new members in 2 good rows, and 2 rows rejected.")
    assert out[2].startswith("Add --import-good-rows to import only the good rows (2 rows, none of them a new "
                             "member)")


def test_one_more_rejected_row_is_singular(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "KEEP_REJECTED", 2)
    path = csv_file(tmp_path, "Name,Email\n" + ",x\n" * 3 + "Kim,\n")
    code, _, err = run(capsys, "--db", str(db), "import", "members", str(path))
    assert code == 1 and err[0].startswith("facilitator-app: 3 rows were rejected, so nothing was imported. "
                                           "Correct them in members.csv")
    assert err[-1] == "… and 1 more rejected row."


@pytest.mark.parametrize(("text", "bad"), [
    ("Read it: 1 rows.", True), ("(3 rows (2 new members))", True), ("would add 2 member.", True),
    ("… and 1 more rejected rows.", True), ("1,000 line names", True),
    ("1 row; 2 rows; 0 members; 1,001 lines; line 2: no name", False),
])
def test_the_readability_check_can_fail(text: str, bad: bool) -> None:
    if bad:
        with pytest.raises(AssertionError):
            assert_readable(text)
    else:
        assert_readable(text)
