"""The kill loop: a child changes the store through the services and is SIGKILLed at random.

After every kill the store must pass integrity_check and foreign_key_check, the cheap
damage check the app runs at every open must not cry wolf, and every change the child
reported as committed must be there. Shared by the test (a few dozen kills) and the
benchmark script (hundreds, with figures).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from facilitator_app.domain.records import NoteSections
from facilitator_app.services.container import build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage import recovery
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect

REPO = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 30.0


@dataclass
class Expected:
    """Everything the children reported as committed, so far."""

    members: set[str] = field(default_factory=set)
    attendance: dict[tuple[str, str], int] = field(default_factory=dict)
    notes: dict[str, int] = field(default_factory=dict)
    checkins: dict[tuple[str, str], int] = field(default_factory=dict)
    joins: set[tuple[str, str]] = field(default_factory=set)
    walk_ins: set[tuple[str, str]] = field(default_factory=set)

    def take(self, line: str) -> None:
        kind, *args = line.split()[1:]
        if kind == "member":
            self.members.add(args[0])
        elif kind == "att":
            key = (uuid.UUID(args[0]).hex, uuid.UUID(args[1]).hex)
            self.attendance[key] = max(self.attendance.get(key, 0), int(args[3]))
        elif kind == "note":
            key = uuid.UUID(args[0]).hex
            self.notes[key] = max(self.notes.get(key, 0), int(args[1]))
        elif kind == "checkin":
            pair = (uuid.UUID(args[0]).hex, uuid.UUID(args[1]).hex)
            self.checkins[pair] = max(self.checkins.get(pair, 0), int(args[2]))
        elif kind == "join":
            self.joins.add((args[0], uuid.UUID(args[1]).hex))
        elif kind == "walkin":
            self.walk_ins.add((uuid.UUID(args[0]).hex, args[1]))
        else:
            raise AssertionError(f"unknown line from the child: {line!r}")


@dataclass
class Figures:
    kills: int = 0
    corrupt_stores: int = 0
    lost_changes: int = 0
    false_alarms: int = 0
    changes_per_run: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def median_changes(self) -> float:
        return statistics.median(self.changes_per_run) if self.changes_per_run else 0.0

    def report(self) -> str:
        return (f"kills: {self.kills}\ncorrupt stores: {self.corrupt_stores}\n"
                f"lost committed changes: {self.lost_changes}\n"
                f"damage false alarms at open: {self.false_alarms}\n"
                f"changes reported committed: {sum(self.changes_per_run)} in total, median "
                f"{self.median_changes:g} per run (min {min(self.changes_per_run, default=0)}, "
                f"max {max(self.changes_per_run, default=0)})\n"
                f"time: {self.seconds:.1f} s")


def prepare_store(path: Path) -> None:
    """Two groups, eight regulars in the first, six planned sessions."""
    with open_store(path) as store:
        services = build_services(store)
        first = services.groups.create_group(weekly_draft("Alpha group"))
        services.groups.create_group(weekly_draft("Beta group"))
        for n in range(1, 9):
            services.members.add_member(MemberDraft(f"Regular {n}"), group_id=first.id, joined_on=date(2026, 1, 1))
        meetings = services.meetings.schedule_next(first.id, 6, start=date(2026, 1, 1))
        services.notes.save_note(meetings[0].id, NoteSections(themes="seq 0"))


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    # The repository first, whatever an installed copy of the package says.
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    return env


def run_once(path: Path, run: int, rng: random.Random, *, max_wait: float = 0.25) -> tuple[list[str], str]:
    """Start a child, kill it at a random moment, and return its complete lines and stderr."""
    process = subprocess.Popen([sys.executable, "-m", "tests.crash.kill_child", str(path), str(run),
                                str(rng.randrange(1 << 30))], cwd=REPO, env=_child_env(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: never reported
            if line == "ready\n":
                ready.set()
            else:
                lines.append(line.rstrip("\n"))
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if rng.random() < 0.15:
            # Sometimes while it is still starting or opening the store.
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            ready.wait(READY_TIMEOUT)
            time.sleep(rng.uniform(0.0, max_wait))
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
        reader.join(10)
        stderr = process.stderr.read() if process.stderr else ""
        with contextlib.suppress(OSError):
            process.stdout.close() if process.stdout else None
            process.stderr.close() if process.stderr else None
    if process.returncode != -signal.SIGKILL:
        raise AssertionError(f"the child ended by itself (status {process.returncode}): {stderr[-2000:]}")
    return lines, stderr


def check(path: Path, expected: Expected) -> tuple[list[str], list[str], bool]:
    """(corruption found, committed changes missing, false alarm of the open-time check)."""
    false_alarm = recovery.header_damage(path) is not None
    corrupt: list[str] = []
    lost: list[str] = []
    with contextlib.closing(keyed_connect(path)) as con:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            corrupt += integrity[:5]
        corrupt += [f"foreign key: {row}" for row in con.execute("PRAGMA foreign_key_check")]
        if corrupt:
            return corrupt, lost, false_alarm
        (alpha,) = con.execute("SELECT id FROM groups WHERE name = 'Alpha group'").fetchone()
        in_alpha = {n for (n,) in con.execute(
            "SELECT m.preferred_name FROM members m JOIN memberships ms ON ms.member_id = m.id "
            "WHERE m.deleted_at IS NULL AND ms.deleted_at IS NULL AND ms.group_id = ?", (alpha,))}
        lost += [f"member {n}" for n in expected.members - in_alpha]
        marks = {(mt, mb): (comment, deleted) for mt, mb, comment, deleted in con.execute(
            "SELECT meeting_id, member_id, comment, deleted_at FROM attendance")}
        for key, seq in expected.attendance.items():
            comment, deleted = marks.get(key, ("0", "missing"))
            if deleted is not None or not comment.isdigit() or int(comment) < seq:
                lost.append(f"attendance {key} seq {seq} (found {comment!r}, deleted {deleted})")
        notes = dict(con.execute("SELECT meeting_id, themes FROM session_notes WHERE deleted_at IS NULL"))
        for meeting, seq in expected.notes.items():
            themes = notes.get(meeting, "")
            if not themes.startswith("seq ") or int(themes[4:]) < seq:
                lost.append(f"note {meeting} seq {seq} (found {themes!r})")
        words = {(mt, mb): word for mt, mb, word in con.execute(
            "SELECT meeting_id, member_id, word FROM checkins WHERE deleted_at IS NULL")}
        for key, seq in expected.checkins.items():
            word = words.get(key, "")
            if not word.startswith("w") or int(word[1:]) < seq:
                lost.append(f"check-in {key} seq {seq} (found {word!r})")
        joined = set(con.execute(
            "SELECT m.preferred_name, ms.group_id FROM members m JOIN memberships ms ON ms.member_id = m.id "
            "WHERE ms.deleted_at IS NULL"))
        lost += [f"join {pair}" for pair in expected.joins - joined]
        present = set(con.execute(
            "SELECT a.meeting_id, m.preferred_name FROM attendance a JOIN members m ON m.id = a.member_id "
            "WHERE a.deleted_at IS NULL AND m.deleted_at IS NULL AND a.status = 'present'"))
        lost += [f"walk-in {pair}" for pair in expected.walk_ins - present]
    return corrupt, lost, false_alarm


def kill_loop(folder: Path, kills: int, seed: int = 1, progress: bool = False, max_wait: float = 0.25) -> Figures:
    """Run ``kills`` children one after another on one store, checking it after each kill."""
    started = time.perf_counter()
    path = folder / "kill-loop.sqlite3"
    prepare_store(path)
    rng = random.Random(seed)
    expected = Expected()
    figures = Figures()
    for run in range(1, kills + 1):
        lines, _ = run_once(path, run, rng, max_wait=max_wait)
        for line in lines:
            expected.take(line)
        figures.kills += 1
        figures.changes_per_run.append(len(lines))
        corrupt, lost, false_alarm = check(path, expected)
        if corrupt:
            figures.corrupt_stores += 1
            figures.problems.append(f"run {run}: corrupt: {corrupt}")
            break  # nothing after a corrupt store means anything
        if lost:
            figures.lost_changes += len(lost)
            figures.problems.append(f"run {run}: lost {lost[:5]}")
        if false_alarm:
            figures.false_alarms += 1
            figures.problems.append(f"run {run}: the open-time check called a sound store damaged")
        if progress and run % 10 == 0:
            print(f"  {run} kills, {sum(figures.changes_per_run)} changes so far", flush=True)
    figures.seconds = time.perf_counter() - started
    return figures
