"""Erasing a member (GDPR Art. 17): no trace of the name in any table or the notes' index, counts stay,
and the command line asks first. Every name here is invented."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.cli import main
from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import NoteSections
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.audit import AuditService
from facilitator_app.services.changes import ChangeFeed
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.erasure import ErasureService
from facilitator_app.services.group_report_data import group_report_data
from facilitator_app.services.meetings import MeetingDetails
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect

NAME, SURNAME = "Zarthex", "Mólnár"
FORMS = ("zarthex", "molnar", "mólnár")   # any case, with or without accents


def build(path: Path) -> dict[str, Any]:
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        other = services.groups.create_group(weekly_draft("Thursday Carers Circle"))
        target = services.members.add_member(MemberDraft(NAME, full_name=f"{NAME} {SURNAME}", phone="0100 555123",
                                                         email="zx@example.org", notes="Prefers the window seat"),
                                             group_id=group.id, joined_on=date(2025, 1, 1))
        friend = services.members.add_member(MemberDraft("Odalys", full_name="Odalys Brenn",
                                                         notes=f"Came with {NAME} first."),
                                             group_id=group.id, joined_on=date(2025, 1, 1))
        meetings = services.meetings.schedule_next(group.id, 3, start=date(2025, 2, 1))
        for i, meeting in enumerate(meetings):
            if i == 0:
                services.meetings.update_details(meeting.id, MeetingDetails(topic=f"Welcome back, {NAME.upper()}"))
            services.attendance.set_status(meeting.id, friend.id, AttendanceStatus.PRESENT)
            services.attendance.set_status(meeting.id, target.id,
                                           AttendanceStatus.LATE if i < 2 else AttendanceStatus.EXCUSED)
            services.checkins.record(meeting.id, target.id, MOOD.id, [6], word="tired")
            services.checkins.record(meeting.id, friend.id, MOOD.id, [7], word=f"missing {NAME.lower()}")
        services.notes.save_note(meetings[0].id, NoteSections(
            themes=f"{NAME} shared about sleep; {SURNAME.upper()}'s sister visited.",
            follow_ups="Call zarthex on Friday. Mention Molnar's plan. Zarthexian is another word."))
        services.meetings.set_status(meetings[0].id, MeetingStatus.HELD)
        return {"group": group.id, "other": other.id, "target": target.id, "friend": friend.id,
                "meetings": [m.id for m in meetings]}


def dump(path: Path) -> str:
    """Every table's every row as text, the notes' index terms included (through fts5vocab)."""
    with contextlib.closing(keyed_connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        text = [repr(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables]
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, notes_fts, 'row')")
        text.append(" ".join(r[0] for r in conn.execute("SELECT term FROM temp.terms")))
    return "\n".join(text).casefold()


def in_room(services: Services, group_id: uuid.UUID) -> list[tuple[date, int]]:
    data = group_report_data(services.reports, group_id, date(2025, 1, 1), date(2025, 12, 31))
    return [(s.date, s.in_room) for s in data.sessions]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


def test_erasure_leaves_no_trace_of_the_name_and_counts_stay(path: Path, tmp_path: Path) -> None:
    ids = build(path)
    before = dump(path)
    assert all(form in before for form in FORMS[:2])
    with open_store(path) as store:
        services = build_services(store)
        room_before = in_room(services, ids["group"])
        counts, backup = ErasureService(store, ChangeFeed(), tmp_path / "backups").erase_member(ids["target"])
        assert in_room(services, ids["group"]) == room_before
        assert counts.checkins == 3 and counts.attendance == 3 and counts.visitors == 2 and counts.memberships == 1
        assert counts.mentions == 9   # the topic, two note sections (4), three check-in words, a member's notes
        note = services.notes.get_note(ids["meetings"][0])
        assert note is not None
        assert note.sections.themes == "[erased] shared about sleep; [erased]'s sister visited."
        assert note.sections.follow_ups == ("Call [erased] on Friday. Mention [erased]'s plan. "
                                            "Zarthexian is another word.")
        assert services.notes.search("zarthex ") == [] and services.notes.search("molnar") == []
        assert [h.meeting_id for h in services.notes.search("Zarthexian")] == [ids["meetings"][0]]
        assert AuditService(store).verify().intact
        assert AuditService(store).entries(1)[0].action == "erase.member"
        assert all(m.preferred_name != NAME for m in services.members.list_members())
    after = dump(path)
    for form in FORMS:
        assert form not in after.replace("zarthexian", ""), form
    for detail in ("0100 555123", "zx@example.org", "window seat"):
        assert detail.casefold() not in after
    assert backup is not None and backup.exists()   # the backup still holds it until rotation removes it


def test_the_row_keeps_only_its_id_and_cannot_be_merged_or_erased_again(path: Path) -> None:
    ids = build(path)
    with open_store(path) as store:
        services = build_services(store)
        erasure = ErasureService(store, ChangeFeed())
        erasure.erase_member(ids["target"], backup=False)
        with pytest.raises(NotFoundError):
            erasure.erase_member(ids["target"], backup=False)
        with pytest.raises(NotFoundError):
            services.merges.merge(ids["friend"], ids["target"])
        with pytest.raises(NotFoundError):
            erasure.find(NAME)
    with contextlib.closing(keyed_connect(path)) as conn:
        row = conn.execute("SELECT preferred_name, full_name, phone, email, notes, deleted_at IS NOT NULL, "
                           "erased_at IS NOT NULL FROM members WHERE id = ?", (ids["target"].hex,)).fetchone()
    assert row == ("[erased]", "", "", "", "", 1, 1)


def test_a_name_two_members_share_is_refused(path: Path) -> None:
    build(path)
    with open_store(path) as store:
        build_services(store).members.add_member(MemberDraft(NAME))
        with pytest.raises(ValidationError, match="2 members are called"):
            ErasureService(store, ChangeFeed()).find(NAME.lower())


def test_the_command_asks_and_no_changes_nothing(path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    build(path)
    before = dump(path)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["--db", str(path), "db", "erase-member", f"{NAME} {SURNAME}"]) == 0
    assert "Nothing was changed." in capsys.readouterr().out
    assert dump(path) == before


def test_the_command_erases_with_yes_and_says_what_it_did(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = build(path)
    assert main(["--db", str(path), "db", "erase-member", str(ids["target"]), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Erased the member: 3 check-ins and 3 attendance records removed (2 now counted as a visitor), " \
           "9 mentions replaced with [erased]." in out and "A backup was made first" in out
    assert NAME.casefold() not in out.casefold()
    assert main(["--db", str(path), "db", "audit", "verify"]) == 0


def test_an_unknown_member_is_one_line(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build(path)
    assert main(["--db", str(path), "db", "erase-member", "Nobody Here", "--yes"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("facilitator-app: No member in this store is called 'Nobody Here'") and err.count("\n") == 1
