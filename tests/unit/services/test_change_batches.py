"""One user action publishes one ChangeBatch, after one transaction, carrying its origin."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.instruments import MOOD, WHO5
from facilitator_app.domain.records import MemberDraft
from facilitator_app.errors import NotFoundError
from facilitator_app.services.changes import Action, ChangeBatch, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import HandoutDraft
from facilitator_app.services.member_import import MemberImportService
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def batches_of(services: Services) -> list[ChangeBatch]:
    seen: list[ChangeBatch] = []
    services.changes.subscribe_batches(seen.append)
    return seen


@contextlib.contextmanager
def counted_commits() -> Iterator[list[Session]]:
    """The SQLAlchemy sessions committed inside the block, one entry per commit."""
    commits: list[Session] = []

    def committed(session: Session) -> None:
        commits.append(session)

    sa.event.listen(Session, "after_commit", committed)
    try:
        yield commits
    finally:
        sa.event.remove(Session, "after_commit", committed)


def test_a_walk_in_publishes_one_batch_with_member_membership_and_attendance(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    meeting = services.meetings.schedule_next(group.id, 1, date(2026, 1, 6))[0]
    seen = batches_of(services)
    asker = object()
    walk_in = services.attendance.add_walk_in(meeting.id, "Robin", origin=asker)
    assert len(seen) == 1
    batch = seen[0]
    assert batch.origin is asker and batch.made_by(asker) and not batch.made_by(object())
    assert {Entity.MEMBER, Entity.MEMBERSHIP, Entity.ATTENDANCE} <= batch.entities
    assert batch.of(Entity.MEMBER)[0].ids == {walk_in.line.member.id}
    assert batch.of(Entity.MEMBERSHIP)[0].action is Action.ADDED


def test_removing_three_handouts_is_one_transaction_and_one_batch(services: Services, store: Store) -> None:
    ids = [services.handouts.add_handout(HandoutDraft(f"Sheet {n}", PDF + bytes([n]), "application/pdf")).id
           for n in range(3)]
    seen = batches_of(services)
    with counted_commits() as commits:
        services.handouts.delete_handouts(ids)
    assert len(commits) == 1 and len(seen) == 1
    assert seen[0].changes[0].ids == set(ids) and seen[0].origin is None
    assert services.handouts.list_handouts() == []
    services.handouts.restore_handouts(ids)
    assert len(seen) == 2 and {h.id for h in services.handouts.list_handouts()} == set(ids)


def test_a_failed_action_publishes_nothing(services: Services) -> None:
    seen = batches_of(services)
    handout = services.handouts.add_handout(HandoutDraft("Only", PDF, "application/pdf"))
    seen.clear()
    services.handouts.delete_handout(handout.id)
    with pytest.raises(NotFoundError):
        services.handouts.delete_handouts([handout.id])
    assert len(seen) == 1


def test_group_and_member_actions_are_one_batch_each_carrying_their_origin(services: Services) -> None:
    seen = batches_of(services)
    asker = object()
    group = services.groups.create_group(weekly_draft(), origin=asker)
    services.groups.update_group(group.id, weekly_draft("Renamed"), origin=asker)
    member = services.members.add_member(MemberDraft("Robin"), group.id, origin=asker)
    services.members.update_member(member.id, MemberDraft("Robin B"), origin=asker)
    services.members.acknowledge_agreement(member.id, group.id, origin=asker)
    services.members.leave_group(member.id, group.id, origin=asker)
    services.members.join_group(member.id, group.id, origin=asker)
    services.members.delete_member(member.id, origin=asker)
    services.groups.delete_group(group.id, origin=asker)
    assert [b.entities for b in seen] == [{Entity.GROUP}, {Entity.GROUP}, {Entity.MEMBER}, {Entity.MEMBER},
                                          {Entity.MEMBERSHIP}, {Entity.MEMBERSHIP}, {Entity.MEMBERSHIP},
                                          {Entity.MEMBER}, {Entity.GROUP}]
    assert all(b.made_by(asker) and len(b.changes) == 1 for b in seen)


def test_a_merge_and_its_undo_are_one_transaction_and_one_batch_each(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    amy = services.members.add_member(MemberDraft("Amy"), group.id, date(2026, 1, 1))
    dup = services.members.add_member(MemberDraft("amy e"), group.id, date(2026, 1, 1))
    first, second = services.meetings.schedule_next(group.id, 2, date(2026, 1, 6))
    services.attendance.set_status(first.id, dup.id, AttendanceStatus.PRESENT)
    services.checkins.record(second.id, dup.id, MOOD.id, [5])
    seen = batches_of(services)
    asker = object()
    with counted_commits() as commits:
        merge = services.merges.merge(amy.id, dup.id, origin=asker)
    assert len(commits) == 1 and len(seen) == 1 and seen[0].made_by(asker)
    assert seen[0].entities == {Entity.MEMBER, Entity.MEMBERSHIP, Entity.ATTENDANCE, Entity.CHECKIN}
    assert {c.meeting_id for c in seen[0].of(Entity.ATTENDANCE)} == {first.id, second.id}
    with counted_commits() as commits:
        services.merges.unmerge(merge, origin=asker)
    assert len(commits) == 1 and len(seen) == 2 and seen[1].made_by(asker)
    assert Action.ADDED in {c.action for c in seen[1].of(Entity.MEMBER)}


def test_a_member_import_into_a_group_is_one_batch(services: Services, store: Store, tmp_path: Path) -> None:
    group = services.groups.create_group(weekly_draft())
    known = services.members.add_member(MemberDraft("Ana"))  # in the store, not yet in the group
    path = tmp_path / "members.csv"
    path.write_text("Name\nAna\nZoë\nŁukasz\n", encoding="utf-8")
    seen = batches_of(services)
    asker = object()
    result = MemberImportService(store, services.changes).import_members(path, group.id, origin=asker)
    assert (result.added, result.joined_group) == (2, 1)  # joined: the one already in the store
    assert len(seen) == 1 and seen[0].made_by(asker)
    assert seen[0].entities == {Entity.MEMBER, Entity.MEMBERSHIP}
    assert seen[0].of(Entity.MEMBER)[0].ids == set(result.member_ids) and known.id not in result.member_ids
    assert {c.group_id for c in seen[0].changes} == {group.id}


def test_changing_a_groups_instrument_publishes_it_with_the_group(services: Services) -> None:
    group = services.groups.create_group(weekly_draft())
    assert group.instrument_id == MOOD.id
    seen = batches_of(services)
    services.groups.update_group(group.id, weekly_draft(instrument_id=WHO5.id))
    assert len(seen) == 1 and seen[0].entities == {Entity.GROUP, Entity.INSTRUMENT}
    [instrument] = seen[0].of(Entity.INSTRUMENT)
    assert instrument.ids == {MOOD.id, WHO5.id} and instrument.group_id == group.id
    services.groups.update_group(group.id, weekly_draft("Renamed", instrument_id=WHO5.id))
    assert len(seen) == 2 and seen[1].entities == {Entity.GROUP}  # the same instrument: nothing to follow


def test_importing_four_handout_files_with_one_bad_is_one_commit_and_one_batch(services: Services,
                                                                              tmp_path: Path) -> None:
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"sheet-{n}.txt")
        paths[-1].write_text(f"Handout number {n}: breathe in for four, out for six.", encoding="utf-8")
    bad = tmp_path / "leaflet.pdf"
    bad.write_text("Not a PDF at all, just words.", encoding="utf-8")
    paths.insert(1, bad)
    seen = batches_of(services)
    asker = object()
    with counted_commits() as commits:
        result = services.handouts.import_files(paths, origin=asker)
    assert len(commits) == 1 and len(seen) == 1 and seen[0].made_by(asker)
    assert [h.file_name for h in result.added] == ["sheet-0.txt", "sheet-1.txt", "sheet-2.txt"]
    assert len(result.refused) == 1 and result.refused[0].startswith("“leaflet.pdf” is named like a PDF")
    assert seen[0].of(Entity.HANDOUT)[0].ids == {h.id for h in result.added}
    assert {h.id for h in services.handouts.list_handouts()} == {h.id for h in result.added}


def test_importing_only_refused_files_writes_and_publishes_nothing(services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    seen = batches_of(services)
    with counted_commits() as commits:
        result = services.handouts.import_files([bad])
    assert (result.added, len(result.refused), commits, seen) == ((), 1, [], [])
