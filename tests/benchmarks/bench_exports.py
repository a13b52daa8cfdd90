"""Benchmarks of the PDF exports on the large sample store.

Run from the repository root: ``python tests/benchmarks/bench_exports.py [--store PATH] [--repeat N]``.

- a session summary (target: median under 100 ms);
- a 12-month group report of a weekly group (target: median under 1 s);
- a handout pack of 30 PDF handouts, measured side by side with pypdf merging the same 30 files
  alone (target: within 1.5x of that baseline).

Every figure is a median over the runs of this process; the pack and its baseline alternate,
so a noisy neighbour on a shared machine slows both alike. Each run writes a real file.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

# The script is run by path, so its own folder (not the repository) is first on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pypdf import PdfReader, PdfWriter  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from facilitator_app.domain.enums import Cadence, MeetingStatus  # noqa: E402
from facilitator_app.export.group_report import GroupReportOptions, export_group_report  # noqa: E402
from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack  # noqa: E402
from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary  # noqa: E402
from facilitator_app.services.container import build_services  # noqa: E402
from facilitator_app.services.handouts import HandoutDraft  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402
from facilitator_app.storage.store import open_store  # noqa: E402

TODAY = date(2026, 11, 26)   # a fixed "today": every run's store is the same
PACK_HANDOUTS = 30


def fmt(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def handout_pdf(number: int) -> bytes:
    """A small handout of 1 to 3 pages with some text on each, as a reportlab PDF."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    pages = 1 + number % 3
    for page in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 770, f"Handout {number}: page {page} of {pages}")
        c.setFont("Helvetica", 11)
        for line in range(40):
            c.drawString(72, 740 - 16 * line, f"Line {line + 1}: a few words a peer support handout might hold.")
        c.showPage()
    c.save()
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an existing large sample store to copy (default: build one)")
    parser.add_argument("--repeat", type=int, default=15, help="runs per measurement (default 15)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-exports-") as folder:
        work = Path(folder)
        store_path = work / "large.sqlite3"
        if args.store:
            shutil.copy(args.store, store_path)
        else:
            start = time.perf_counter()
            build_sample_store(store_path, "large", seed=1, today=TODAY)
            print(f"built the large sample store in {fmt(time.perf_counter() - start)}")
        files = [work / f"handout-{n:02d}.pdf" for n in range(1, PACK_HANDOUTS + 1)]
        for n, path in enumerate(files, start=1):
            path.write_bytes(handout_pdf(n))

        with open_store(store_path, create=False) as store:
            services = build_services(store)
            groups = [g for g in services.groups.list_groups() if g.recurrence.cadence is Cadence.WEEKLY]
            group = max(groups, key=lambda g: len(services.meetings.list_meetings(g.id)))
            meetings = services.meetings.list_meetings(group.id)
            held = [m for m in meetings if m.status is MeetingStatus.HELD]
            latest = held[-1]
            handouts = [services.handouts.add_handout(HandoutDraft(f"Bench handout {n}", path.read_bytes(),
                                                                   "application/pdf", path.name))
                        for n, path in enumerate(files, start=1)]
            pages = sum(len(PdfReader(path).pages) for path in files)
            print(f"group: {group.name} ({len(meetings)} sessions); {PACK_HANDOUTS} PDF handouts, {pages} pages\n")
            out = work / "out.pdf"

            summary = [timed(lambda: export_session_summary(
                services, SessionSummaryOptions(latest.id, include_notes=True, today=TODAY), out))
                for _ in range(args.repeat * 2)]
            median = statistics.median(summary)
            print(f"session summary (latest session, with notes)\n    median {fmt(median)} over {len(summary)} runs"
                  f"   target < 100 ms: {'ok' if median < 0.1 else 'MISSED'}")

            end = latest.date
            start_day = date(end.year - 1, end.month, 1)
            report = [timed(lambda: export_group_report(
                services, GroupReportOptions(group.id, start_day, end, today=TODAY), out))
                for _ in range(args.repeat)]
            median = statistics.median(report)
            print(f"group report, {start_day} to {end}\n    median {fmt(median)} over {len(report)} runs"
                  f"   target < 1 s: {'ok' if median < 1 else 'MISSED'}")

            ids = tuple(h.id for h in handouts)
            baseline_out = work / "merged.pdf"

            def merge_alone() -> None:
                writer = PdfWriter()
                for path in files:
                    writer.append(PdfReader(path))
                with open(baseline_out, "wb") as handle:
                    writer.write(handle)

            ours: list[float] = []
            theirs: list[float] = []
            for _ in range(args.repeat):
                ours.append(timed(lambda: export_handout_pack(services, HandoutPackOptions(
                    latest.id, ids, today=TODAY), out)))
                theirs.append(timed(merge_alone))
            mine, base = statistics.median(ours), statistics.median(theirs)
            verdict = "ok" if mine / base <= 1.5 else "MISSED"
            print(f"handout pack of {PACK_HANDOUTS} PDF handouts (cover, contents, agreement, contacts included)\n"
                  f"    median {fmt(mine)} over {len(ours)} runs   pypdf merging the same files alone "
                  f"{fmt(base)}   ratio {mine / base:.2f}x   target <= 1.5x: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
