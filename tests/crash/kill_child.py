"""The child of the kill loop: makes changes through the services until it is killed.

Run as ``python -m tests.crash.kill_child STORE RUN SEED`` from the repository root. After
each change has committed it prints one line saying what it changed, then flushes, so the
parent knows exactly which changes the store must still hold after the SIGKILL.

    ok member NAME                      a new member, in the first group
    ok att MEETING MEMBER STATUS SEQ    an attendance mark whose comment is SEQ
    ok note MEETING SEQ                 a session note whose themes read "seq SEQ"
    ok checkin MEETING MEMBER SEQ       a check-in whose word is "wSEQ"
    ok join NAME GROUP                  a member added earlier in this run joins the second group
    ok walkin MEETING NAME              a walk-in: a new member, marked present

SEQ only grows (run x 1,000,000 + step), so a later change to the same thing has a larger one.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import NoteSections
from facilitator_app.services.attendance import AttendanceService
from facilitator_app.services.changes import ChangeFeed
from facilitator_app.services.checkins import CheckinService
from facilitator_app.services.groups import GroupService
from facilitator_app.services.meetings import MeetingService
from facilitator_app.services.members import MemberDraft, MemberService
from facilitator_app.services.notes import NoteService
from facilitator_app.storage.store import open_store

STATUSES = [s for s in AttendanceStatus]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(store_path: str, run: int, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(Path(store_path), create=False)
    feed = ChangeFeed()
    groups, members = GroupService(store, feed), MemberService(store, feed)
    attendance, notes = AttendanceService(store, feed), NoteService(store, feed)
    checkins, meetings_service = CheckinService(store, feed), MeetingService(store, feed)
    first, second = sorted(groups.list_groups(), key=lambda g: g.name)[:2]
    meetings = [m.id for m in meetings_service.list_meetings(first.id)]
    regulars = [gm.member.id for gm in members.group_members(first.id, include_former=True)
                if gm.member.preferred_name.startswith("Regular")]
    new_names: list[str] = []
    say("ready")
    step = 0
    while True:
        step += 1
        seq = run * 1_000_000 + step
        kind = rng.choices(["member", "att", "note", "checkin", "join", "walkin"], [2, 6, 3, 4, 1, 1])[0]
        meeting = rng.choice(meetings)
        if kind == "member":
            name = f"K{run}-{step}"
            members.add_member(MemberDraft(name, email=f"k{run}.{step}@example.org"), group_id=first.id)
            new_names.append(name)
            say(f"ok member {name}")
        elif kind == "att":
            member = rng.choice(regulars)
            status = rng.choice(STATUSES)
            attendance.set_status(meeting, member, status, comment=str(seq))
            say(f"ok att {meeting} {member} {status.value} {seq}")
        elif kind == "note":
            notes.save_note(meeting, NoteSections(themes=f"seq {seq}", follow_ups=f"call back {step}"))
            say(f"ok note {meeting} {seq}")
        elif kind == "checkin":
            member = rng.choice(regulars)
            checkins.record(meeting, member, MOOD.id, [rng.randint(0, 10)], word=f"w{seq}")
            say(f"ok checkin {meeting} {member} {seq}")
        elif kind == "join" and new_names:
            name = new_names.pop(0)
            record = next(m for m in members.list_members() if m.preferred_name == name)
            members.join_group(record.id, second.id)
            say(f"ok join {name} {second.id}")
        elif kind == "walkin":
            name = f"W{run}-{step}"
            attendance.add_walk_in(meeting, name)
            say(f"ok walkin {meeting} {name}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
