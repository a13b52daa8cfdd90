"""``db audit verify | show``: the hash chain through the real command line, and tampering found."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.domain.audit_chain import GENESIS, ChainedEvent, verify_chain
from facilitator_app.services.audit import AuditService
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect

SECRET = "Quorvane"   # invented: a name that must never reach the trail


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A store with six events: a group, two members (one named SECRET), an update, a deletion, an export."""
    path = tmp_path / "store.sqlite3"
    with open_store(path) as store:
        services = build_services(store)
        group = services.groups.create_group(weekly_draft())
        kept = services.members.add_member(MemberDraft(SECRET, full_name=f"{SECRET} Ellendt"), group_id=group.id)
        gone = services.members.add_member(MemberDraft("Tamsin"))
        services.members.update_member(kept.id, MemberDraft(SECRET, phone="0100 000000"))
        services.members.delete_member(gone.id)
        AuditService(store).record_export("session-summary", "initials", pages=2)
    return path


def run(path: Path, *args: str) -> int:
    return main(["--db", str(path), "db", "audit", *args])


def sql(path: Path, statement: str, *params: object) -> list[tuple]:
    with contextlib.closing(keyed_connect(path)) as conn, conn:
        return conn.execute(statement, params).fetchall()


def times(path: Path) -> dict[int, str]:
    return {seq: when for seq, when in sql(path, "SELECT sequence, occurred_at FROM audit_events")}


def test_an_untouched_trail_is_intact(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(path, "verify") == 0
    assert capsys.readouterr().out == "Audit trail intact: 6 events.\n"


def test_show_lists_actions_and_counts_never_names(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(path, "show") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["1", "2", "3", "4", "5", "6"]
    assert "group.created" in lines[0] and "groups=1" in lines[0] and "UTC" in lines[0]
    assert lines[-1].endswith("export.session_summary.initials  documents=1, pages=2")
    assert run(path, "show", "--limit", "2") == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["5", "6"]
    everything = " ".join(str(row) for row in sql(path, "SELECT * FROM audit_events"))
    assert SECRET.lower() not in everything.lower() and "Tamsin" not in everything and "0100" not in everything


def test_changed_counts_name_that_event(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(path, "UPDATE audit_events SET counts = ? WHERE sequence = 3", json.dumps({"members": 40}))
    assert run(path, "verify") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"facilitator-app: Audit trail broken at event 3 ({times(path)[3][:19]} UTC)")
    assert "changed" in err and len(err.splitlines()) == 1


def test_a_changed_action_or_time_is_found_too(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(path, "UPDATE audit_events SET action = 'member.viewed' WHERE sequence = 4")
    assert run(path, "verify") == 1
    assert "event 4 (" in capsys.readouterr().err
    sql(path, "UPDATE audit_events SET occurred_at = '2020-01-01 00:00:00.000000' WHERE sequence = 2")
    assert run(path, "verify") == 1
    assert "event 2 (2020-01-01 00:00:00 UTC)" in capsys.readouterr().err


def test_a_deleted_event_is_named_as_missing(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    when = times(path)
    sql(path, "DELETE FROM audit_events WHERE sequence = 4")
    assert run(path, "verify") == 1
    err = capsys.readouterr().err
    assert "Audit trail broken at event 4: it is missing" in err
    assert f"event 3 ({when[3][:19]} UTC)" in err and f"event 5 ({when[5][:19]} UTC)" in err


def test_a_deleted_last_event_is_missing_too(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(path, "DELETE FROM audit_events WHERE sequence = 6")
    assert run(path, "verify") == 1
    assert "Audit trail broken at event 6: it is missing: 6 events were written" in capsys.readouterr().err


def test_reordered_events_are_found(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(path, "UPDATE audit_events SET sequence = -1 WHERE sequence = 2")
    sql(path, "UPDATE audit_events SET sequence = 2 WHERE sequence = 3")
    sql(path, "UPDATE audit_events SET sequence = 3 WHERE sequence = -1")
    assert run(path, "verify") == 1
    assert "Audit trail broken at event 2 (" in capsys.readouterr().err


def test_a_rehashed_row_breaks_the_link_of_the_next(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Someone who edits an event and recomputes its own hash still breaks the event after it."""
    (seq, when, action, counts, previous), = sql(
        path, "SELECT sequence, occurred_at, action, counts, previous_hash FROM audit_events WHERE sequence = 2")
    from datetime import datetime

    from facilitator_app.domain.audit_chain import event_hash

    forged = event_hash(seq, datetime.fromisoformat(when), action, {"members": 9}, previous)
    sql(path, "UPDATE audit_events SET counts = ?, hash = ? WHERE sequence = 2", json.dumps({"members": 9}), forged)
    assert run(path, "verify") == 1
    assert "Audit trail broken at event 3 (" in capsys.readouterr().err


def test_events_written_in_one_transaction_chain_in_order(path: Path) -> None:
    with open_store(path) as store, store.write() as s:
        from facilitator_app.storage.repos import audit

        audit.record(s, "test.first", rows=1)
        audit.record(s, "test.second", rows=2)
    rows = sql(path, "SELECT sequence, previous_hash, hash FROM audit_events ORDER BY sequence")
    assert [r[0] for r in rows] == list(range(1, 9))
    assert rows[0][1] == GENESIS and all(b[1] == a[2] for a, b in zip(rows, rows[1:], strict=False))


def test_counts_are_whole_numbers_only(path: Path) -> None:
    with open_store(path) as store, pytest.raises(TypeError):
        AuditService(store).record("test.bad", name="Quorvane")  # type: ignore[arg-type]
    with open_store(path) as store, pytest.raises(ValueError):
        AuditService(store).record("free text here")


def test_an_empty_trail_verifies_and_an_empty_chain_is_fine() -> None:
    assert verify_chain([]) is None
    assert verify_chain([ChainedEvent(1, None, "x", {}, GENESIS, "")]) is not None


def test_a_headless_export_is_audited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from facilitator_app.services.sample_data import build_sample_store

    path = tmp_path / "sample.sqlite3"
    build_sample_store(path, "small")
    group = main(["--db", str(path), "list", "groups"])
    name = capsys.readouterr().out.splitlines()[0]
    assert group == 0
    assert main(["--db", str(path), "export", "group-report", "--group", name, "--from", "2025-01-01",
                 "--to", "2025-12-31", "-o", str(tmp_path)]) == 0
    assert main(["--db", str(path), "export", "csv", "members", "--group", name, "--names", "initials",
                 "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    assert run(path, "show", "--limit", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("export.group_report.none  documents=1")
    assert lines[1].endswith("export.csv.initials  documents=1")
    assert name not in "".join(lines)
    assert run(path, "verify") == 0


def test_a_garbled_head_record_is_reported(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(path, "UPDATE settings SET value = '\"nonsense\"' WHERE key = 'audit.head'")
    assert run(path, "verify") == 1
    assert "Audit trail broken: the record of its last event" in capsys.readouterr().err


def test_a_read_only_store_logs_the_event_instead(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with open_store(path) as store:
        store.read_only = True
        AuditService(store).record("unlock.failed", attempts=1)
        AuditService(store).record_export("group-report", "none", pages=1)
    assert "unlock.failed" in caplog.text and "export.group_report.none" in caplog.text
    assert len(sql(path, "SELECT * FROM audit_events")) == 6
