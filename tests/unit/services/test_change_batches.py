"""One user action publishes one ChangeBatch, after one transaction, carrying its origin."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from facilitator_app.errors import NotFoundError
from facilitator_app.services.changes import Action, ChangeBatch, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import HandoutDraft
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def batches_of(services: Services) -> list[ChangeBatch]:
    seen: list[ChangeBatch] = []
    services.changes.subscribe_batches(seen.append)
    return seen


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
    commits: list[Session] = []

    def committed(session: Session) -> None:
        commits.append(session)

    sa.event.listen(Session, "after_commit", committed)
    try:
        services.handouts.delete_handouts(ids)
    finally:
        sa.event.remove(Session, "after_commit", committed)
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
