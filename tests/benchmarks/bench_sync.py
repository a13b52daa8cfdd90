"""Sync bundles on the large sample store: a full export and its import into an empty store, then
one evening's changes (--since-last) both ways. Targets: under 30 s each for the full bundle, under
1 s for the evening. Prints seconds; never asserts (a FAIL is a finding to profile).

    python tests/benchmarks/bench_sync.py [--store PATH]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

os.environ.setdefault("FACILITATOR_APP_PASSPHRASE", "benchmark passphrase only")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, help="an existing large store to reuse")
    args = parser.parse_args()

    from facilitator_app.domain.enums import AttendanceStatus
    from facilitator_app.domain.records import MemberDraft, NoteSections
    from facilitator_app.services import sync_bundle
    from facilitator_app.services.container import build_services
    from facilitator_app.services.sample_data import build_sample_store
    from facilitator_app.services.sync import SyncService
    from facilitator_app.storage.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    source = args.store or folder / "large.sqlite3"
    if args.store is None:
        started = time.perf_counter()
        build_sample_store(source, scale="large", seed=1)
        print(f"built the large sample store in {time.perf_counter() - started:.1f} s")
    key = os.urandom(32)

    def line(what: str, seconds: float, target: float) -> None:
        print(f"{what:<44} {seconds:8.2f} s   target < {target:g} s   {'pass' if seconds < target else 'FAIL'}")

    with open_store(source, create=False) as store, open_store(folder / "laptop.sqlite3") as laptop:
        started = time.perf_counter()
        outgoing = SyncService(store).outgoing(None)
        data = sync_bundle.seal(outgoing.changes, outgoing.node_id, key)
        sync_bundle.write_bundle(folder / "full.fsync", data)
        SyncService(store).mark_bundle_written(outgoing)
        line(f"export everything ({outgoing.rows:,} rows, {len(data) / 1e6:.1f} MB)", time.perf_counter() - started,
             30)

        started = time.perf_counter()
        bundle = sync_bundle.unseal((folder / "full.fsync").read_bytes(), key)
        report, _ = SyncService(laptop).take_in(bundle.changes)
        line(f"import it into an empty store ({report.added:,} added)", time.perf_counter() - started, 30)

        started = time.perf_counter()
        report, _ = SyncService(laptop).take_in(bundle.changes)
        line(f"import it again ({report.unchanged:,} unchanged)", time.perf_counter() - started, 30)

        services = build_services(store)
        group = services.groups.list_groups()[0]
        meeting = services.meetings.create_meeting(group.id, date(2031, 1, 7))
        for n in range(3):
            services.members.add_member(MemberDraft(f"Evening Visitor {n}"), group.id, date(2031, 1, 7))
        for member in services.members.group_members(group.id)[:20]:
            services.attendance.set_status(meeting.id, member.member.id, AttendanceStatus.PRESENT)
        services.notes.save_note(meeting.id, NoteSections(themes="Winter evenings", strategies="Walks"))

        started = time.perf_counter()
        outgoing = SyncService(store).outgoing("bundle")
        data = sync_bundle.seal(outgoing.changes, outgoing.node_id, key)
        SyncService(store).mark_bundle_written(outgoing)
        line(f"export one evening ({outgoing.rows:,} rows)", time.perf_counter() - started, 1)
        started = time.perf_counter()
        report, _ = SyncService(laptop).take_in(sync_bundle.unseal(data, key).changes)
        line(f"import one evening ({report.added:,} added, {report.updated:,} updated)",
             time.perf_counter() - started, 1)
        same = SyncService(store).fingerprint() == SyncService(laptop).fingerprint()
        print(f"fingerprints equal afterwards: {same}")
    shutil.rmtree(folder, ignore_errors=True)  # a reused --store is left where it is


if __name__ == "__main__":
    main()
