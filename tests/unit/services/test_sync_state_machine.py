"""Three stores, random edits and exchanges (direct and by bundle), then everyone exchanges:
the stores end equal, whatever happened in between and in whatever order."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import date
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import MemberDraft, NoteSections
from facilitator_app.errors import AppError
from facilitator_app.services import sync_bundle
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.sync import SyncService, sync_stores
from facilitator_app.storage.store import open_store
from tests.helpers.fixtures import weekly_draft

STORES = st.integers(min_value=0, max_value=2)
NAMES = st.sampled_from(["Ana", "Ben", "Chi", "Dee"])
WORDS = st.sampled_from(["Sleep", "Winter", "Walks", "Lists", ""])
SECTIONS = ("themes", "strategies", "follow_ups")
KEY = b"k" * 32


class ThreeLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.sides: list[Services] = [build_services(open_store(self.folder / f"{n}.sqlite3")) for n in range(3)]
        first = self.sides[0]
        group = first.groups.create_group(weekly_draft())
        self.group_id = group.id
        self.meeting_id = first.meetings.create_meeting(group.id, date(2026, 1, 6)).id
        sync_stores(first.store, self.sides[1].store)
        sync_stores(first.store, self.sides[2].store)

    def _member(self, side: int, pick: int) -> uuid.UUID | None:
        members = sorted(m.id for m in self.sides[side].members.list_members())
        return members[pick % len(members)] if members else None

    @rule(side=STORES, name=NAMES)
    def add_member(self, side: int, name: str) -> None:
        self.sides[side].members.add_member(MemberDraft(name), self.group_id, date(2026, 1, 1))

    @rule(side=STORES, pick=st.integers(0, 9), pronouns=st.sampled_from(["she/her", "he/him", "they/them"]))
    def edit_member(self, side: int, pick: int, pronouns: str) -> None:
        member_id = self._member(side, pick)
        if member_id is not None:
            record = self.sides[side].members.get_member(member_id)
            self.sides[side].members.update_member(member_id, MemberDraft(record.preferred_name, pronouns=pronouns))

    @rule(side=STORES, pick=st.integers(0, 9))
    def delete_member(self, side: int, pick: int) -> None:
        member_id = self._member(side, pick)
        if member_id is not None:
            self.sides[side].members.delete_member(member_id)

    @rule(side=STORES, keep=st.integers(0, 9), absorb=st.integers(0, 9))
    def merge_members(self, side: int, keep: int, absorb: int) -> None:
        kept, absorbed = self._member(side, keep), self._member(side, absorb)
        if kept is not None and absorbed is not None and kept != absorbed:
            self.sides[side].merges.merge(kept, absorbed)

    @rule(side=STORES, pick=st.integers(0, 9))
    def erase_member(self, side: int, pick: int) -> None:
        from facilitator_app.services.erasure import ErasureService

        member_id = self._member(side, pick)
        if member_id is not None:
            ErasureService(self.sides[side].store, self.sides[side].changes).erase_member(member_id, backup=False)

    @rule(side=STORES, pick=st.integers(0, 9), status=st.sampled_from(list(AttendanceStatus)))
    def attendance(self, side: int, pick: int, status: AttendanceStatus) -> None:
        member_id = self._member(side, pick)
        if member_id is not None:
            try:
                self.sides[side].attendance.set_status(self.meeting_id, member_id, status)
            except AppError:
                pass  # a rule of the app (e.g. the member left the group): nothing was written

    @rule(side=STORES, section=st.sampled_from(SECTIONS), word=WORDS)
    def edit_note(self, side: int, section: str, word: str) -> None:
        notes = self.sides[side].notes
        current = notes.get_note(self.meeting_id)
        fields = {name: getattr(current.sections, name) for name in SECTIONS} if current else {}
        fields[section] = word
        notes.save_note(self.meeting_id, NoteSections(**fields))

    @rule(a=STORES, b=STORES)
    def sync_with(self, a: int, b: int) -> None:
        if a != b:
            sync_stores(self.sides[a].store, self.sides[b].store)

    @rule(a=STORES, b=STORES)
    def bundle(self, a: int, b: int) -> None:
        if a != b:
            outgoing = SyncService(self.sides[a].store).outgoing(None)
            opened = sync_bundle.unseal(sync_bundle.seal(outgoing.changes, outgoing.node_id, KEY), KEY)
            SyncService(self.sides[b].store).take_in(opened.changes)

    def teardown(self) -> None:
        try:
            stores = [side.store for side in self.sides]
            for a, b in ((0, 1), (1, 2), (0, 1)):
                sync_stores(stores[a], stores[b])
            prints = {SyncService(store).fingerprint() for store in stores}
            assert len(prints) == 1, "the stores differ after everyone exchanged"
            again, _ = SyncService(stores[2]).take_in(SyncService(stores[0]).outgoing(None).changes)
            assert (again.added, again.updated, again.conflicts) == (0, 0, 0)
        finally:
            for side in self.sides:
                side.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


ThreeLaptops.TestCase.settings = settings(max_examples=6, stateful_step_count=10, deadline=None)
test_three_laptops_end_equal = ThreeLaptops.TestCase
