"""Merging two members who are one person: history kept, a tombstone left, undone exactly."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

P, L, E, A = AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT


@pytest.fixture
def world(services: Services):  # type: ignore[no-untyped-def]
    """Amy (added in January) and "amy e" (a walk-in typed in March): one person, two records."""
    group = services.groups.create_group(weekly_draft())
    amy = services.members.add_member(MemberDraft("Amy", pronouns="she/her"), group.id, date(2026, 1, 1))
    dup = services.members.add_member(MemberDraft("amy e", full_name="Amy Example", phone="0100 000000",
                                                  notes="Prefers the seat by the door"), group.id, date(2026, 3, 1))
    meetings = services.meetings.schedule_next(group.id, 8, date(2026, 1, 6))
    return group, amy, dup, meetings


def _history(services: Services, world) -> None:  # type: ignore[no-untyped-def]
    _group, amy, dup, m = world
    att = services.attendance
    att.set_status(m[0].id, amy.id, P)
    att.set_status(m[1].id, dup.id, L, comment="bus was late")     # only the duplicate: moves over
    att.set_status(m[2].id, amy.id, A)
    att.set_status(m[2].id, dup.id, P)                             # both: present says more than absent
    att.set_status(m[3].id, amy.id, L, comment="came from work")
    att.set_status(m[3].id, dup.id, P)                             # both: late with a comment stays
    att.set_status(m[4].id, amy.id, P)
    att.clear_status(m[4].id, amy.id)                              # Amy's tombstoned row at m[4]...
    att.set_status(m[4].id, dup.id, E)                             # ...and the duplicate's live one
    chk = services.checkins
    chk.record(m[0].id, amy.id, MOOD.id, [6], word="calm")
    chk.record(m[1].id, dup.id, MOOD.id, [4], word="tired")        # only the duplicate: moves over
    chk.record(m[2].id, amy.id, MOOD.id, [], passed=True)
    chk.record(m[2].id, dup.id, MOOD.id, [7], word="fine")         # both: scores beat a pass


def test_merge_keeps_every_record_and_leaves_a_tombstone(services: Services, store, world,  # type: ignore[no-untyped-def]
                                                         changes: list[Change]) -> None:
    group, amy, dup, m = world
    _history(services, world)
    preview = services.merges.preview(amy.id, dup.id)
    changes.clear()
    merge = services.merges.merge(amy.id, dup.id)
    assert merge.counts == preview
    assert (preview.attendance_moved, preview.attendance_combined, preview.checkins_moved,
            preview.checkins_combined, preview.groups) == (2, 2, 1, 1, 1)

    attendance = services.attendance
    statuses = {meeting.date: {a.member_id: (a.status, a.comment) for a in attendance.list_for_meeting(meeting.id)}
                for meeting in m[:5]}
    assert statuses[m[0].date] == {amy.id: (P, "")}
    assert statuses[m[1].date] == {amy.id: (L, "bus was late")}
    assert statuses[m[2].date] == {amy.id: (P, "")}
    assert statuses[m[3].date] == {amy.id: (L, "came from work")}
    assert statuses[m[4].date] == {amy.id: (E, "")}
    checkins = {meeting.date: [(c.member_id, c.total, c.passed, c.word)
                               for c in services.checkins.list_for_meeting(meeting.id)]
                for meeting in m[:3]}
    assert checkins == {m[0].date: [(amy.id, 6, False, "calm")], m[1].date: [(amy.id, 4, False, "tired")],
                        m[2].date: [(amy.id, 7, False, "fine")]}

    spans = services.members.memberships(amy.id)
    assert [(s.joined_on, s.left_on) for s in spans] == [(date(2026, 1, 1), None)]
    kept = services.members.get_member(amy.id)
    assert (kept.preferred_name, kept.pronouns, kept.full_name, kept.phone, kept.notes) == (
        "Amy", "she/her", "Amy Example", "0100 000000", "Prefers the seat by the door")
    with pytest.raises(NotFoundError):
        services.members.get_member(dup.id)
    assert raw(store.path, "SELECT preferred_name, full_name, phone, notes, deleted_at IS NOT NULL FROM members "
                           "WHERE id = ?", dup.id.hex) == [("(deleted)", "", "", "", 1)]
    assert [e.member.preferred_name for e in services.members.roster(group.id, include_former=True)] == ["Amy"]

    events = raw(store.path, "SELECT action, counts FROM audit_events WHERE action = 'member.merged'")
    assert events == [("member.merged", '{"members": 1, "attendance": 4, "checkins": 2, "memberships": 1}')]
    assert Change(Entity.MEMBER, Action.DELETED, frozenset({dup.id})) in changes
    assert Change(Entity.ATTENDANCE, Action.UPDATED, frozenset({amy.id, dup.id}), group_id=group.id,
                  meeting_id=m[2].id) in changes


def test_unmerge_puts_everything_back(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    group, amy, dup, _m = world
    _history(services, world)
    services.members.acknowledge_agreement(dup.id, group.id)

    def without_audit_and_times() -> dict[str, list[tuple]]:
        """Every row of the people tables, each column but updated_at and the clock stamps (an undo is a
        change too)."""
        out = {}
        for table in ("members", "memberships", "attendance", "checkins"):
            columns = [c[1] for c in raw(store.path, f"PRAGMA table_info({table})")
                       if c[1] not in ("updated_at", "hlc", "changed_hlc")]
            out[table] = sorted(raw(store.path, f"SELECT {', '.join(columns)} FROM {table}"), key=repr)
        return out

    before = without_audit_and_times()
    merge = services.merges.merge(amy.id, dup.id)
    assert services.members.memberships(amy.id)[0].agreement_version == 1
    services.merges.unmerge(merge)
    assert without_audit_and_times() == before
    assert services.members.get_member(dup.id).phone == "0100 000000"
    with pytest.raises(ValidationError):
        services.merges.unmerge(merge)   # twice: already separate
    again = services.merges.merge(amy.id, dup.id)   # redo
    assert again.counts == merge.counts


def test_separate_memberships_stay_separate_and_overlapping_ones_become_one(services: Services,  # type: ignore[no-untyped-def]
                                                                            world) -> None:
    group, amy, dup, _m = world
    services.members.leave_group(amy.id, group.id, date(2026, 2, 1))    # Amy left in February ...
    services.members.leave_group(dup.id, group.id, date(2026, 4, 1))    # ... "amy e" came March to April
    other = services.groups.create_group(weekly_draft("Thursday Circle"))
    services.members.join_group(amy.id, other.id, date(2026, 5, 1))
    services.members.join_group(dup.id, other.id, date(2026, 5, 5))     # both in Thursday: one span
    services.merges.merge(amy.id, dup.id)
    spans = sorted((s.group_id == group.id, s.joined_on, s.left_on) for s in services.members.memberships(amy.id))
    assert spans == [(False, date(2026, 5, 1), None),
                     (True, date(2026, 1, 1), date(2026, 2, 1)),         # the gap in February stays a gap
                     (True, date(2026, 3, 1), date(2026, 4, 1))]


def test_span_clusters_join_overlapping_and_touching_spans_only() -> None:
    from facilitator_app.domain.member_merge import span_clusters

    d = date
    assert span_clusters([(d(2026, 1, 1), d(2026, 2, 1)), (d(2026, 3, 1), None)]) == [[0], [1]]
    assert span_clusters([(d(2026, 3, 1), None), (d(2026, 1, 1), d(2026, 3, 5))]) == [[1, 0]]
    assert span_clusters([(d(2026, 1, 1), d(2026, 2, 1)), (d(2026, 2, 2), d(2026, 3, 1))]) == [[0, 1]]   # touching
    assert span_clusters([(d(2026, 1, 1), None), (d(2026, 6, 1), d(2026, 7, 1))]) == [[0, 1]]           # still in


def test_undoing_a_merge_is_refused_after_the_kept_member_was_edited(services: Services, store,  # type: ignore[no-untyped-def]
                                                                     world) -> None:
    _group, amy, dup, _m = world
    merge = services.merges.merge(amy.id, dup.id)
    services.members.update_member(amy.id, MemberDraft("Amy", pronouns="she/her", phone="0123 456789"))
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="can no longer be undone"):
        services.merges.unmerge(merge)
    assert snapshot(store.path) == before
    assert services.members.get_member(amy.id).phone == "0123 456789"


def test_a_merge_is_refused_for_one_member_or_a_deleted_one(services: Services, store, world) -> None:  # type: ignore[no-untyped-def]
    _group, amy, dup, _m = world
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="two different members"):
        services.merges.merge(amy.id, amy.id)
    services.members.delete_member(dup.id)
    before = snapshot(store.path)
    with pytest.raises(NotFoundError):
        services.merges.merge(amy.id, dup.id)
    assert snapshot(store.path) == before


def test_the_confirm_sentence_says_what_moves() -> None:
    from facilitator_app.domain.member_merge import MergeCounts

    assert MergeCounts(1, 0, 0, 0, 1).describe() == \
        "1 attendance record, 0 check-ins and 1 group membership move over."
    assert MergeCounts(3, 1, 1, 1, 2).describe() == (
        "4 attendance records, 2 check-ins and 2 group memberships move over. Both have attendance at 1 session "
        "(the fuller record is kept) and a check-in at 1 session (one check-in per session: the fuller one is kept).")
