"""``list groups | sessions | members``: names for scripts, through the real command line."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import MemberRecord
from facilitator_app.errors import StoreReadOnlyError
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.permissions import without_write_override
from tests.helpers.sqlite_files import copy_store

TUESDAY = "Tuesday Evening Peer Support"
GROUPS = ["anxiety café", "Łódź Wednesday Circle", TUESDAY]   # by name, ignoring case and accents
SESSIONS = ["2025-12-30\tplanned", "2026-01-06\theld", "2026-01-13\tdid not meet", "2026-01-20\tcancelled",
            "2026-01-27\tplanned"]
CURRENT = ["Ann Marie\tAnn Marie Byrne", "Dee\t", "Émile\t", "Minh Khai\tNguyễn Thị Minh Khai", "Zoë\tZoë Ørsted",
           "محمد\tمحمد الأحمد", "李小龍\t"]
TUESDAY_ALL = ["Ann Marie\tAnn Marie Byrne\tcurrent", "Dee\t\tcurrent", "Minh Khai\tNguyễn Thị Minh Khai\tcurrent",
               "Siobhán\tSiobhán Ní Bhriain\tformer", "Zoë\tZoë Ørsted\tcurrent", "李小龍\t\tcurrent"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three groups and a deleted one; sessions of every status and a deleted one; members current,
    former, joining later, in no group, and deleted. Every name is invented."""
    path = tmp_path_factory.mktemp("list") / "store.sqlite3"
    today = date.today()
    with open_store(path) as opened:
        services = build_services(opened)
        tuesday = services.groups.create_group(weekly_draft(TUESDAY))
        lodz = services.groups.create_group(weekly_draft("Łódź Wednesday Circle"))
        services.groups.create_group(weekly_draft("anxiety café"))
        services.groups.delete_group(services.groups.create_group(weekly_draft("Old Friday Group")).id)
        meetings = services.meetings.schedule_next(tuesday.id, 5, start=date(2026, 1, 1))
        for meeting, status in zip(meetings, (MeetingStatus.HELD, MeetingStatus.DID_NOT_MEET, MeetingStatus.CANCELLED),
                                   strict=False):
            services.meetings.set_status(meeting.id, status)
        services.meetings.delete_meeting(meetings[-1].id)                       # 3 February: added by mistake
        services.meetings.create_meeting(tuesday.id, date(2025, 12, 30))        # an extra one, added last

        def add(preferred: str, full: str = "", group_id: object = tuesday.id, joined: date = date(2025, 11, 1)
                ) -> MemberRecord:
            return services.members.add_member(MemberDraft(preferred, full_name=full), group_id=group_id,
                                               joined_on=joined)

        add("Zoë", "Zoë Ørsted")
        add("Minh Khai", "Nguyễn Thị Minh Khai")
        add("李小龍")
        add("Ann Marie", "Ann\tMarie\nByrne")                                   # pasted with a tab and a break
        add("Dee", joined=today + timedelta(days=14))                          # joins later: current
        add("محمد", "محمد الأحمد", group_id=lodz.id)
        add("Émile", group_id=None)                                             # in no group yet
        siobhan = add("Siobhán", "Siobhán Ní Bhriain")
        services.members.leave_group(siobhan.id, tuesday.id, left_on=today - timedelta(days=30))
        services.members.delete_member(add("Finn", "Finn Deleted").id)
    return path


def lines(capsys: pytest.CaptureFixture[str], store: Path, *argv: str, status: int = 0) -> list[str]:
    assert main(["--db", str(store), "list", *argv]) == status
    captured = capsys.readouterr()
    if status == 0:
        assert captured.err == ""
    return captured.out.splitlines()


def test_groups_one_name_a_line_sorted_by_name(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lines(capsys, store, "groups") == GROUPS


def test_sessions_date_tab_status_in_date_order(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lines(capsys, store, "sessions", "--group", "TUESDAY evening peer support") == SESSIONS


def test_members_current_by_default_preferred_tab_full(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lines(capsys, store, "members") == CURRENT
    assert lines(capsys, store, "members", "--group", TUESDAY) == [
        line for line in CURRENT if line.split("\t")[0] in {"Ann Marie", "Dee", "Minh Khai", "Zoë", "李小龍"}]


def test_members_all_adds_former_ones_and_a_third_column(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lines(capsys, store, "members", "--all", "--group", TUESDAY) == TUESDAY_ALL
    everyone = lines(capsys, store, "members", "--all")
    assert [line.rsplit("\t", 1)[0] for line in everyone if line.endswith("\tcurrent")] == CURRENT
    assert [line for line in everyone if line.endswith("\tformer")] == ["Siobhán\tSiobhán Ní Bhriain\tformer"]
    assert not any("Finn" in line or "Old Friday" in line for line in everyone)


def test_an_unknown_group_is_one_line_and_exit_1(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["sessions", "--group", "Thursday"], ["members", "--group", "Old Friday Group"]):
        assert main(["--db", str(store), "list", *argv]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == (f"facilitator-app: There is no group called '{argv[-1]}'. Groups in this store: "
                                f"{', '.join(GROUPS)}.\n")


def test_empty_lists_print_nothing_and_say_so_on_stderr(store: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_store(empty).close()
    for path, argv, said in (
            (empty, ["groups"], "There are no groups in this store yet."),
            (empty, ["members"], "There are no current members in this store."),
            (empty, ["members", "--all"], "There are no members in this store."),
            (store, ["sessions", "--group", "anxiety café"], "anxiety café has no sessions yet."),
            (store, ["members", "--group", "anxiety café"], "There are no current members in anxiety café.")):
        assert main(["--db", str(path), "list", *argv]) == 0
        assert capsys.readouterr() == ("", f"facilitator-app: {said}\n")


def test_a_missing_store_is_one_line_and_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    assert main(["--db", str(missing), "list", "groups"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and str(missing) in captured.err
    assert not missing.exists()


@pytest.mark.parametrize("argv", [["list"], ["list", "people"], ["list", "sessions"],
                                  ["list", "groups", "--group", "x"]])
def test_mistakes_in_the_command_exit_2(tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "s.sqlite3"), *argv])
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_listing_writes_nothing(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy_store(store, copy)
    before = copy.read_bytes()
    for argv in (["groups"], ["sessions", "--group", TUESDAY], ["members", "--all"]):
        lines(capsys, copy, *argv)
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "copy.sqlite3.key"]


def _cli(store: Path, *argv: str, env: dict[str, str] | None = None, read_only: bool = False
         ) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "facilitator_app", "--db", str(store), "list", *argv]
    # Read-only: as an ordinary account runs it, where the file modes apply even to root.
    return subprocess.run(without_write_override(command) if read_only else command,
                          capture_output=True, timeout=120, env={**os.environ, **(env or {})})


def test_names_in_any_script_are_utf8_whatever_the_console(store: Path) -> None:
    # A console that cannot hold the names (a Windows code page, a C locale) still gets UTF-8 bytes.
    done = _cli(store, "members", env={"PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0", "LC_ALL": "C"})
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == "".join(f"{line}\n" for line in CURRENT).encode("utf-8")


def test_a_reader_that_stops_early_is_no_error(store: Path) -> None:
    # `list members | head -1`: the reader is gone before the names are written.
    reader = subprocess.Popen([sys.executable, "-m", "facilitator_app", "--db", str(store), "list", "members"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()
    assert (reader.wait(timeout=120), reader.stderr.read()) == (0, b"")
    reader.stderr.close()


def test_a_store_that_cannot_be_written_is_listed_read_only(store: Path, tmp_path: Path) -> None:
    """A copy on read-only media: the folder and file without write permission, and no file may grow."""
    folder = tmp_path / "stick"
    folder.mkdir()
    copy = folder / "store.sqlite3"
    copy_store(store, copy)
    before = copy.read_bytes()
    copy.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    no_logs = tmp_path / "not-a-folder"
    no_logs.write_text("", encoding="utf-8")   # the log folder cannot be made either
    try:
        env = {"XDG_STATE_HOME": str(no_logs)}
        groups = _cli(copy, "groups", env=env, read_only=True)
        members = _cli(copy, "members", "--group", TUESDAY, "--all", env=env, read_only=True)
    finally:
        folder.chmod(stat.S_IRWXU)
        copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert (groups.returncode, groups.stderr) == (0, b""), groups.stderr.decode()
    assert groups.stdout.decode("utf-8").splitlines() == GROUPS
    assert members.stdout.decode("utf-8").splitlines() == TUESDAY_ALL
    assert copy.read_bytes() == before


def test_an_older_store_opened_read_only_is_refused_in_one_sentence(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator_app.storage import access, migrate
    from tests.helpers.sqlite_files import keyed_engine

    path = tmp_path / "old.sqlite3"
    engine = keyed_engine(path)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001_initial")
    engine.dispose()
    before = path.read_bytes()
    monkeypatch.setattr(access, "can_write", lambda _path: False)   # as on read-only media
    with pytest.raises(StoreReadOnlyError, match="read-only: .* older version of Facilitator.* Copy it"):
        open_store(path, create=False)
    assert path.read_bytes() == before


def test_readme_documents_the_three_lists_as_the_parser_takes_them() -> None:
    from facilitator_app.cli import build_parser

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for documented, argv in (
            ("`facilitator-app --db PATH list groups`", ["groups"]),
            ("`facilitator-app --db PATH list sessions --group NAME`", ["sessions", "--group", "G"]),
            ("`facilitator-app --db PATH list members [--group NAME] [--all]`", ["members", "--group", "G", "--all"])):
        assert f"| {documented} |" in readme
        args = build_parser().parse_args(["--db", "s.sqlite3", "list", *argv])
        assert (args.command, args.list_kind) == ("list", argv[0])
