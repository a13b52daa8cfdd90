"""The ``export`` command: every document headless, one-line errors with exit 1, usage errors exit 2."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.cli_export import add_export_parser, open_services, run_export
from facilitator_app.services.members import MemberDraft
from tests.unit.export.pdfs import (
    MAIN_GROUP,
    NON_ASCII,
    copy_of,
    has_name,
    names_in,
    outline_titles,
    pdftotext,
    qpdf_ok,
    sample_file,
    services_on,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of(sample_file(tmp_path_factory), tmp_path_factory.mktemp("cli-store"))


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="facilitator-app")
    add_export_parser(root.add_subparsers(dest="command"))
    return root


def run(store: Path, *argv: str) -> int:
    args = parser().parse_args(["export", *argv])
    return run_export(args, lambda: open_services(store))


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("facilitator-app: ") and err.count("\n") == 1, err
    return err


def _members(store: Path) -> set[str]:
    with services_on(store) as services:
        return {n for m in services.members.list_members() for n in (m.preferred_name, m.full_name) if n}


def test_session_summary(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "summary.pdf"
    assert run(store, "session-summary", "--group", MAIN_GROUP.lower(), "--session", "latest", "-o", str(target)) == 0
    assert capsys.readouterr().out.startswith(f"Session summary written to {target} (")
    qpdf_ok(target)
    text = pdftotext(target)
    assert "Tuesday 24 February 2026" in text and names_in(text, _members(store)) == []
    assert run(store, "session-summary", "--group", MAIN_GROUP, "--session", "2025-11-04", "--names", "full",
               "--notes", "-o", str(target)) == 0
    text = pdftotext(target)
    assert all(has_name(text, name) for name in NON_ASCII) and "Themes" in text


def test_sign_in_sheet(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    assert run(store, "sign-in-sheet", "--group", MAIN_GROUP, "--sessions", "3", "--walk-ins", "4", "--landscape",
               "-o", str(target)) == 0
    page = PdfReader(target).pages[0]
    assert page.mediabox.width > page.mediabox.height
    assert "Sign-in sheet" in pdftotext(target)
    qpdf_ok(target)


def test_group_report_headcount_by_default(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    assert run(store, "group-report", "--group", MAIN_GROUP, "--from", "2025-09-01", "--to", "2026-02-28",
               "--organisation", "Millbrook Mind", "-o", str(target)) == 0
    text = pdftotext(target)
    assert "Millbrook Mind" in text and names_in(text, _members(store)) == []
    assert PdfReader(target).metadata.author == "Millbrook Mind"
    assert run(store, "group-report", "--group", MAIN_GROUP, "--from", "2025-09-01", "--to", "2026-02-28",
               "--names", "initials", "-o", str(target)) == 0
    assert "N.V.A." in pdftotext(target)


def test_member_record(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    assert run(store, "member-record", "--member", "zoë mensah", "-o", str(target)) == 0
    text = pdftotext(target)
    assert has_name(text, "Zoë Mensah") and "Tuesday Evening Peer Support" in text
    qpdf_ok(target)


def test_handout_pack(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "pack.pdf"
    assert run(store, "handout-pack", "--group", MAIN_GROUP, "--session", "2026-03-03", "--handouts", "sleep basics",
               "Box breathing", "--contact", "Crisis line=0800 000 000", "-o", str(target)) == 0
    assert outline_titles(target) == ["Sleep basics", "Box breathing"]
    assert "0800 000 000" in pdftotext(target)
    qpdf_ok(target)
    capsys.readouterr()
    assert run(store, "handout-pack", "--group", MAIN_GROUP, "--session", "2026-03-03", "--handouts", "Sleep",
               "-o", str(tmp_path / "p2.pdf")) == 1
    assert "no handout called 'Sleep'" in one_line_error(capsys)


def test_csv(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "attendance.csv"
    assert run(store, "csv", "attendance", "--group", MAIN_GROUP, "-o", str(target)) == 0
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("Date,Session status,Member,Attendance") and "N.V.A." in text
    assert run(store, "csv", "members", "--group", MAIN_GROUP, "--names", "full", "-o", str(target)) == 0
    assert "Zoë Mensah" in target.read_text(encoding="utf-8-sig")


def test_a_folder_as_output_gets_a_default_name_without_member_names(store: Path, tmp_path: Path) -> None:
    assert run(store, "member-record", "--member", "Łukasz", "-o", str(tmp_path)) == 0
    assert run(store, "session-summary", "--group", MAIN_GROUP, "--session", "2025-11-04", "-o", str(tmp_path)) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[1] == "session-summary_tuesday-evening-peer-support_2025-11-04.pdf"
    assert re.fullmatch(r"member-record_\d{4}-\d{2}-\d{2}\.pdf", names[0])
    assert names_in(" ".join(names).replace("-", " ").replace("_", " "), _members(store)) == []


@pytest.mark.parametrize(("argv", "message"), [
    (["session-summary", "--group", "Knitting Circle", "--session", "latest"], "There is no group called"),
    (["session-summary", "--group", MAIN_GROUP, "--session", "2026-01-01"], "no session on Thursday 1 January 2026"),
    (["group-report", "--group", MAIN_GROUP, "--from", "2026-02-28", "--to", "2025-09-01"], "Swap the dates"),
    (["member-record", "--member", "Nobody Here"], "There is no member called 'Nobody Here'"),
    (["member-record", "--member", "Zoë", "--group", "Saturday Morning Wellbeing Circle"], "in Saturday Morning"),
    (["csv", "members", "--group", MAIN_GROUP, "--names", "none"], "needs names"),
])
def test_failures_are_one_line_and_exit_1(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          argv: list[str], message: str) -> None:
    target = tmp_path / "out.pdf"
    assert run(store, *argv, "-o", str(target)) == 1
    assert message in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_does_not_exist(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "out.pdf"
    assert run(store, "sign-in-sheet", "--group", MAIN_GROUP, "-o", str(target)) == 1
    assert "does not exist" in one_line_error(capsys)


def test_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "none.sqlite3", "sign-in-sheet", "--group", MAIN_GROUP, "-o", str(tmp_path / "x.pdf")) == 1
    one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []


def test_ambiguous_names_list_groups_and_dates_not_details(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    store = copy_of(sample_file(tmp_path_factory), tmp_path_factory.mktemp("ambiguous"))
    with services_on(store) as services:
        saturday = services.groups.find_group("Saturday Morning Wellbeing Circle")
        services.members.add_member(MemberDraft(preferred_name="Søren", phone="07700 900999",
                                                email="other.soren@example.org"),
                                    group_id=saturday.id, joined_on=date(2026, 1, 10))
    assert run(store, "member-record", "--member", "søren", "-o", str(tmp_path / "r.pdf")) == 1
    err = one_line_error(capsys)
    assert "2 members are called 'søren'" in err
    assert "in Tuesday Evening Peer Support (joined Tue 4 Nov 2025)" in err
    assert "in Saturday Morning Wellbeing Circle (joined Sat 10 Jan 2026)" in err
    assert "07700" not in err and "example.org" not in err and "--group" in err
    assert not (tmp_path / "r.pdf").exists()
    # Narrowed by group, the record is made.
    assert run(store, "member-record", "--member", "Søren", "--group", "saturday morning wellbeing circle",
               "-o", str(tmp_path / "r.pdf")) == 0
    assert "07700 900999" in pdftotext(tmp_path / "r.pdf")


@pytest.mark.parametrize("argv", [
    ["session-summary", "--group", MAIN_GROUP, "--session", "2026-13-01", "-o", "x.pdf"],
    ["session-summary", "--group", MAIN_GROUP, "--session", "latest", "--names", "surname", "-o", "x.pdf"],
    ["session-summary", "--group", MAIN_GROUP, "--session", "latest"],
    ["sign-in-sheet", "--group", MAIN_GROUP, "--sessions", "9", "-o", "x.pdf"],
    ["sign-in-sheet", "--group", MAIN_GROUP, "--walk-ins", "many", "-o", "x.pdf"],
    ["handout-pack", "--group", MAIN_GROUP, "--session", "latest", "--contact", "no equals sign", "-o", "x.pdf"],
    ["csv", "sessions", "--group", MAIN_GROUP, "-o", "x.csv"],
    ["leaflet", "-o", "x.pdf"],
])
def test_mistakes_in_the_command_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        parser().parse_args(["export", *argv])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_a_headless_export_says_how_many_names_it_replaced_in_free_text(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    from facilitator_app.domain.enums import MeetingStatus
    from facilitator_app.domain.instruments import MOOD
    from facilitator_app.domain.records import NoteSections
    from facilitator_app.services.meetings import MeetingDetails

    store = copy_of(sample_file(tmp_path_factory), tmp_path / "store")
    with services_on(store) as services:
        group = services.groups.find_group(MAIN_GROUP)
        meeting = services.meetings.find_meeting(group.id, None)
        assert meeting.status is MeetingStatus.HELD
        zed = services.members.add_member(MemberDraft(preferred_name="Zed", full_name="Zarthex Ólafsdóttir"),
                                          group_id=group.id, joined_on=meeting.date)
        services.meetings.update_details(meeting.id, MeetingDetails(topic="Welcome back, Zarthex"))
        services.notes.save_note(meeting.id, NoteSections(themes="Ólafsdóttir's plan; Zarthex asked for a call."))
        services.checkins.record(meeting.id, zed.id, MOOD.id, [6], word="missing ZARTHEX")
    target = tmp_path / "summary.pdf"
    common = ("session-summary", "--group", MAIN_GROUP, "--session", "latest", "-o", str(target))
    assert run(store, *common, "--names", "none") == 0
    # The topic only: at headcount level the words and the note stay out unless asked for.
    assert capsys.readouterr().out.splitlines()[1:] == ["Replaced 1 name in free text."]
    assert "missing" not in pdftotext(target)
    assert run(store, *common, "--names", "none", "--include-notes", "--include-words") == 0
    assert capsys.readouterr().out.splitlines()[1:] == ["Replaced 4 names in free text."]
    text = pdftotext(target)
    assert "missing [name]" in text and "[name]'s plan" in text and "zarthex" not in text.lower()
    assert run(store, *common, "--names", "full", "--notes") == 0
    assert capsys.readouterr().out.count("\n") == 1   # full names: nothing replaced, nothing to say
    assert "Zarthex asked for a call" in pdftotext(target)


PDF_COMMANDS = {
    "session-summary": ["--group", MAIN_GROUP, "--session", "latest"],
    "sign-in-sheet": ["--group", MAIN_GROUP],
    "group-report": ["--group", MAIN_GROUP, "--from", "2025-09-01", "--to", "2026-02-28"],
    "member-record": ["--member", "zoë mensah"],
    "handout-pack": ["--group", MAIN_GROUP, "--session", "2026-03-03", "--handouts", "Sleep basics"],
}
A4_POINTS, LETTER_POINTS = (595, 842), (612, 792)


def _size(path: Path) -> tuple[int, int]:
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages}
    assert len(sizes) == 1, sizes
    return sizes.pop()


@pytest.mark.parametrize("kind", list(PDF_COMMANDS))
def test_every_pdf_takes_letter_or_a4_and_follows_the_locale(kind: str, store: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(variable, raising=False)
    target = tmp_path / f"{kind}.pdf"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert run(store, kind, *PDF_COMMANDS[kind], "--paper", "letter", "-o", str(target)) == 0
    assert _size(target) == LETTER_POINTS
    assert run(store, kind, *PDF_COMMANDS[kind], "-o", str(target)) == 0
    assert _size(target) == A4_POINTS
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert run(store, kind, *PDF_COMMANDS[kind], "-o", str(target)) == 0
    assert _size(target) == LETTER_POINTS
    assert run(store, kind, *PDF_COMMANDS[kind], "--paper", "A4", "-o", str(target)) == 0
    assert _size(target) == A4_POINTS
    qpdf_ok(target)


def test_a_pack_of_no_handouts_warns(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with services_on(store) as services:
        group = services.groups.find_group(MAIN_GROUP)
        meeting = services.meetings.find_meeting(group.id, date(2026, 3, 3))
        assert services.handouts.given_at(meeting.id) == []
    target = tmp_path / "pack.pdf"
    assert run(store, "handout-pack", "--group", MAIN_GROUP, "--session", "2026-03-03", "-o", str(target)) == 0
    out = capsys.readouterr()
    assert out.err.startswith("Warning: The pack holds no handouts: none were given at this session.")
    assert "--handouts" in out.err and out.out.startswith("Handout pack written to")
    assert run(store, "handout-pack", "--group", MAIN_GROUP, "--session", "2026-03-03", "--handouts",
               "Sleep basics", "-o", str(target)) == 0
    assert capsys.readouterr().err == ""   # handouts named: nothing to warn about
