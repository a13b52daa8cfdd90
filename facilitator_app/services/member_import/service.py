"""The import service: preview a file, then import it in one transaction after a backup.

A preview reads the file once. An import reads it twice: once to know whether anything is
rejected and whether there is anything to do (no backup is made for nothing), and once
inside the write transaction, where the store is matched again and new members are
inserted in batches.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from facilitator_app.errors import StorageError, ValidationError
from facilitator_app.services import backups
from facilitator_app.services.base import Service, one_batch
from facilitator_app.services.changes import Action, ChangeFeed, Entity
from facilitator_app.services.member_import.report import ImportPreview, ImportResult
from facilitator_app.services.member_import.rows import KnownMembers
from facilitator_app.services.member_import.scan import Cancelled, MappingRequest, Progress, Scan
from facilitator_app.services.member_import.source import inspect
from facilitator_app.storage.repos import audit
from facilitator_app.storage.repos import members as members_repo
from facilitator_app.storage.store import Store

log = logging.getLogger(__name__)

BATCH_ROWS = 5_000  # members inserted per executemany inside the one transaction


class MemberImportService(Service):
    """Preview and import members from a CSV file into the store."""

    def __init__(self, store: Store, changes: ChangeFeed, backups_dir: Path | None = None) -> None:
        super().__init__(store, changes)
        self._backups_dir = backups_dir or store.path.parent / "backups"

    def _known(self) -> KnownMembers:
        with self._store.read() as s:
            return KnownMembers(members_repo.identities(s))

    def _scan(self, path: Path, mapping: MappingRequest | None, progress: Progress | None,
              cancelled: Cancelled | None) -> tuple[ImportPreview, set[uuid.UUID]]:
        source = inspect(Path(path))
        with Scan(source, mapping, self._known(), progress, cancelled) as scan:
            for _row in scan.rows():
                pass
            return scan.preview(), scan.matched

    def preview(self, path: Path, mapping: MappingRequest | None = None, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPreview:
        """Read ``path`` and say how its rows would be imported; nothing is changed.

        ``progress(bytes_read, bytes_in_all)`` is called now and then; when ``cancelled()``
        returns True the reading stops with ``ImportCancelled``. Safe to call from a worker thread.
        """
        return self._scan(Path(path), mapping, progress, cancelled)[0]

    @one_batch
    def import_members(self, path: Path, group_id: uuid.UUID | None = None, mapping: MappingRequest | None = None,
                       import_good_rows: bool = False, dry_run: bool = False, joined_on: date | None = None, *,
                       progress: Progress | None = None, cancelled: Cancelled | None = None,
                       origin: object | None = None) -> ImportResult:
        """Import the members in ``path`` (into a group too, when ``group_id`` is given).

        Nothing is imported while any row is rejected, unless ``import_good_rows``. The
        import is one transaction, made after a verified backup. ``progress`` and ``cancelled``
        work as for ``preview``; cancelling while the members are written rolls them all back.
        """
        path = Path(path)
        # The file is read twice (to check, then to write): each pass is half of the progress.
        first = (lambda done, total: progress(done, 2 * total)) if progress is not None else None
        preview, matched = self._scan(path, mapping, first, cancelled)
        if preview.file_problems:
            raise ValidationError(preview.file_problems[0])
        joining = 0
        if group_id is not None:
            with self._store.read() as s:
                members_repo.require_live_group(s, group_id)
                joining = len(matched - members_repo.ids_in_group(s, group_id))
        new, rejected = preview.count("new"), preview.count("rejected")
        result = ImportResult(path=preview.path, format_name=preview.format_name, rows=preview.total_rows, added=0,
                              already_present=preview.count("existing"), repeated_in_file=preview.count("repeat"),
                              joined_group=0, rejected=preview.problems, imported=False, new_rows=new,
                              rejected_rows=rejected, preview=preview)
        if rejected and not import_good_rows:
            return replace(result, dry_run=dry_run, refused=True)
        if dry_run:
            return replace(result, added=new, joined_group=joining, dry_run=True)
        if not new and not joining:
            return replace(result, imported=True)
        try:
            # A server store is backed up by its administrator (and ``db backup`` on request): an
            # automatic copy of the whole organisation onto this laptop is not made behind its back.
            backup = None if self._store.is_server else \
                backups.make_backup(self._store, "before-import", self._backups_dir).path
        except StorageError as exc:
            raise StorageError(f"No backup could be made before the import, so nothing was imported. {exc.message}",
                               detail=exc.detail) from exc
        second = (lambda done, total: progress(total + done, 2 * total)) if progress is not None else None
        added_ids, joined = self._write(path, preview, group_id, joined_on or date.today(), import_good_rows,
                                        second, cancelled)
        log.info("imported %d members from %s (%d joined the group, %d rejected rows)", len(added_ids), path,
                 joined, rejected)
        if added_ids:
            self._publish(Entity.MEMBER, Action.ADDED, added_ids, group_id=group_id)
        if joined:
            self._publish(Entity.MEMBERSHIP, Action.ADDED, [], group_id=group_id)
        return replace(result, added=len(added_ids), joined_group=joined, imported=True, backup=backup,
                       member_ids=tuple(added_ids))

    def _write(self, path: Path, preview: ImportPreview, group_id: uuid.UUID | None, joined_on: date,
               import_good_rows: bool, progress: Progress | None,
               cancelled: Cancelled | None) -> tuple[list[uuid.UUID], int]:
        """The second pass, in one transaction: the store is the truth, not the first pass."""
        added: list[uuid.UUID] = []
        joined = 0
        with self._store.write() as s:
            if group_id is not None:
                members_repo.require_live_group(s, group_id)
            in_group = members_repo.ids_in_group(s, group_id) if group_id is not None else set()
            known = KnownMembers(members_repo.identities(s))
            with Scan(inspect(path), preview.mapping, known, progress, cancelled) as scan:
                details: list[dict[str, str]] = []
                join_ids: list[uuid.UUID] = []
                for row in scan.rows():
                    if row.status == "new":
                        details.append(row.values)
                    elif row.status == "existing" and group_id is not None and row.member_id not in in_group:
                        assert row.member_id is not None
                        in_group.add(row.member_id)
                        join_ids.append(row.member_id)
                    if len(details) + len(join_ids) >= BATCH_ROWS:
                        added += members_repo.insert_many(s, details, join_ids, group_id, joined_on)
                        joined += len(join_ids)
                        details, join_ids = [], []
                if scan.counts["rejected"] and not import_good_rows:
                    raise ValidationError(f"{path.name} changed while it was being imported and now has rejected "
                                          "rows, so nothing was imported. Preview it again.")
            added += members_repo.insert_many(s, details, join_ids, group_id, joined_on)
            joined += len(join_ids)
            audit.record(s, "members.imported", members=len(added), memberships=joined + (
                len(added) if group_id is not None else 0))
        return added, joined
