"""Merging two members who turn out to be one person, and undoing it, each in one transaction."""

from __future__ import annotations

import uuid

from facilitator_app.domain.member_merge import MemberMerge, MergeCounts
from facilitator_app.errors import ValidationError
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, Entity
from facilitator_app.storage.repos import audit
from facilitator_app.storage.repos import member_merge as repo
from facilitator_app.storage.store import Transaction


class MemberMergeService(Service):
    """Use cases for merging members. The audit trail records counts only, never who."""

    def preview(self, survivor_id: uuid.UUID, absorbed_id: uuid.UUID) -> MergeCounts:
        """What ``merge`` would move, without changing anything."""
        with self._store.read() as s:
            survivor, absorbed = self._pair(s, survivor_id, absorbed_id)
            return repo.merge(s, survivor, absorbed, apply=False).counts

    @one_batch
    def merge(self, survivor_id: uuid.UUID, absorbed_id: uuid.UUID, *, origin: object | None = None) -> MemberMerge:
        """Hand the absorbed member's attendance, check-ins and memberships to the survivor and
        leave the absorbed member as a tombstone. The result carries what ``unmerge`` needs."""
        with self._store.write() as s:
            survivor, absorbed = self._pair(s, survivor_id, absorbed_id)
            before = repo.snapshot(s, survivor_id, absorbed_id)
            effects = repo.merge(s, survivor, absorbed)
            s.flush()
            after = repo.snapshot(s, survivor_id, absorbed_id)
            counts = effects.counts
            audit.record(s, "member.merged", members=1,
                         attendance=counts.attendance_moved + counts.attendance_combined,
                         checkins=counts.checkins_moved + counts.checkins_combined, memberships=counts.groups)
        done = MemberMerge(survivor_id=survivor_id, absorbed_id=absorbed_id, counts=counts, snapshot=before,
                           groups=tuple(sorted(effects.groups)), meetings=tuple(sorted(effects.meeting_groups.items())),
                           after=after)
        self._publish_merge(done, restored=False)
        return done

    @one_batch
    def unmerge(self, merge: MemberMerge, *, origin: object | None = None) -> None:
        """Put both members and all the rows the merge touched back as they were.

        Refused, with nothing changed, when any of those rows was changed after the merge (an edit of
        the kept member, a status set at a session): putting them back would silently undo that too.
        """
        with self._store.write() as s:
            repo.live_member(s, merge.survivor_id)
            if not repo.is_tombstone(s, merge.absorbed_id):
                raise ValidationError("These two members are already separate; there is no merge to undo.")
            if repo.changed_since(s, merge.after):
                raise ValidationError("This merge can no longer be undone: the kept member's details or records "
                                      "were changed after it, and undoing would lose those changes. Nothing was "
                                      "changed; edit the member on the Roster instead.")
            repo.restore(s, merge.snapshot)
            audit.record(s, "member.unmerged", members=1)
        self._publish_merge(merge, restored=True)

    @staticmethod
    def _pair(s: Transaction, survivor_id: uuid.UUID, absorbed_id: uuid.UUID) -> tuple[repo.Member, repo.Member]:
        if survivor_id == absorbed_id:
            raise ValidationError("Choose two different members to merge.")
        return repo.live_member(s, survivor_id), repo.live_member(s, absorbed_id)

    def _publish_merge(self, merge: MemberMerge, restored: bool) -> None:
        """Panels showing either person, their groups or the sessions touched refresh."""
        self._publish(Entity.MEMBER, Action.UPDATED, [merge.survivor_id])
        self._publish(Entity.MEMBER, Action.ADDED if restored else Action.DELETED, [merge.absorbed_id])
        both = [merge.survivor_id, merge.absorbed_id]
        for group_id in merge.groups:
            self._publish(Entity.MEMBERSHIP, Action.UPDATED, both, group_id=group_id)
        for meeting_id, group_id in merge.meetings:
            self._publish(Entity.ATTENDANCE, Action.UPDATED, both, group_id=group_id, meeting_id=meeting_id)
            self._publish(Entity.CHECKIN, Action.UPDATED, both, group_id=group_id, meeting_id=meeting_id)
