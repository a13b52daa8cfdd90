"""The member-merge repository's look-up of a live member, on a real store file."""

from __future__ import annotations

import uuid

import pytest

from facilitator_app.errors import NotFoundError
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.storage.repos import member_merge as repo
from facilitator_app.storage.store import Store


def test_live_member_returns_the_stored_row(store: Store, services: Services) -> None:
    added = services.members.add_member(MemberDraft("Zoë Adeyemi"))
    with store.read() as s:
        row = repo.live_member(s, added.id)
        assert (row.id, row.preferred_name) == (added.id, "Zoë Adeyemi")


def test_live_member_refuses_a_deleted_member(store: Store, services: Services) -> None:
    added = services.members.add_member(MemberDraft("Søren"))
    services.members.delete_member(added.id)
    with store.read() as s, pytest.raises(NotFoundError, match="member is no longer in the store"):
        repo.live_member(s, added.id)


def test_live_member_refuses_an_unknown_id(store: Store) -> None:
    with store.read() as s, pytest.raises(NotFoundError, match="member"):
        repo.live_member(s, uuid.uuid4())
