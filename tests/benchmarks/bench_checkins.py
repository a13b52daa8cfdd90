"""Benchmark of the Check-ins panel on a large store: opening the round of the busiest group.

Run from the repository root: ``python tests/benchmarks/bench_checkins.py [--repeat N] [--store PATH]``
(about 15 s to build the large sample store unless ``--store`` reuses one; the runs take seconds).

Figures are medians (with the 90th percentile) next to a baseline measured in the same run, as a ratio:

- open: the panel, last used for another group, is brought on screen (as when its tab is chosen) until it
  has painted the round of the largest group's latest held session (or the one before), its gentle
  follow-up list and the first member's trend; against the bare service calls it makes (``round()`` +
  ``gentle_follow_ups()`` + ``trend()``), so the ratio is the Qt side's share;
- switch: the panel on screen, moving between those two sessions of the same group (the follow-up list
  belongs to the group, so it is kept), against ``round()`` + ``trend()``;
- the bare calls of "open", against ``round()`` + ``gentle_follow_ups()`` only (the brief's baseline);
- save: one score typed into the table and saved, with the follow-up list and trend refreshed, against
  ``CheckinService.record()`` alone.

This is a script, not a test: nothing here asserts a time, and pytest does not collect it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))   # run by path: put the repository (not this folder) first
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget  # noqa: E402

from facilitator_app.domain.enums import MeetingStatus  # noqa: E402
from facilitator_app.domain.records import GroupRecord, MeetingRecord  # noqa: E402
from facilitator_app.services.container import Services, build_services  # noqa: E402
from facilitator_app.services.sample_data import build_sample_store  # noqa: E402
from facilitator_app.storage.store import open_store  # noqa: E402
from facilitator_app.ui.panels.checkins_panel import CheckinsPanel  # noqa: E402

FRAME = 0.016   # one frame at 60 Hz


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p90(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def busiest_group(services: Services, today: date) -> tuple[GroupRecord, list[MeetingRecord], int]:
    """The group with the most current members and a scored check-in, with its held sessions up to today."""
    best: tuple[int, GroupRecord] | None = None
    for group in services.groups.list_groups():
        if group.instrument_id is None:
            continue
        size = len(services.members.group_members(group.id, active_on=today))
        if best is None or size > best[0]:
            best = (size, group)
    if best is None:
        raise SystemExit("no group with a scored check-in in this store")
    size, group = best
    held = [m for m in services.meetings.list_meetings(group.id, end=today) if m.status is MeetingStatus.HELD]
    return group, held, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40, help="measurements of each kind (default 40)")
    parser.add_argument("--store", type=Path, help="reuse a large sample store instead of building one")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-checkins-") as tmp:
        path = args.store
        if path is None:
            path = Path(tmp) / "large.sqlite3"
            seconds = timed(lambda: build_sample_store(path, scale="large", seed=1))
            print(f"built the large sample store in {seconds:.1f} s")
        elif not path.exists():
            parser.error(f"{path} does not exist")
        else:  # work on a copy: the save figures write to it
            copy = Path(tmp) / "copy.sqlite3"
            copy.write_bytes(path.read_bytes())
            path = copy
        store = open_store(path)
        services = build_services(store)
        bare_services = build_services(store)  # its own change feed: baseline writes never reach the panel
        today = date.today()
        group, held, size = busiest_group(services, today)
        latest, before = held[-1], held[-2]
        instrument = services.checkins.instrument(group.instrument_id)  # type: ignore[arg-type]
        lines = services.checkins.round(latest.id)
        print(f"store: {path.name}; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
        print(f"group: {group.name} ({size} current members, {len(held)} held sessions, {instrument.name}); "
              f"latest session {latest.date}: {len(lines)} in the round, "
              f"{len(services.checkins.gentle_follow_ups(group.id))} follow-up suggestion(s)")

        # The panel lives in a stack, like a tab: page 0 is "another tab", page 1 the panel.
        stack = QStackedWidget()
        stack.addWidget(QLabel("another tab"))
        panel = CheckinsPanel(services, QUndoStack())
        services.changes.subscribe_batches(panel.on_batch)
        stack.addWidget(panel)
        stack.resize(1076, 700)
        stack.show()
        app.processEvents()
        panel.show_group(group)

        other = next(g for g in services.groups.list_groups() if g.id != group.id)

        def open_panel(meeting: MeetingRecord) -> float:
            stack.setCurrentIndex(0)
            app.processEvents()
            panel.show_group(other)       # off screen: these only mark the panel stale
            panel.show_group(group)
            panel.show_meeting(meeting)

            def bring_on_screen() -> None:
                stack.setCurrentIndex(1)  # shown: loads the round, follow-ups and trend
                panel.repaint()
                app.processEvents()
            return timed(bring_on_screen)

        def bare(meeting: MeetingRecord, with_trend: bool = True, follow_ups: bool = True) -> float:
            def calls() -> None:
                round_lines = bare_services.checkins.round(meeting.id)
                if follow_ups:
                    bare_services.checkins.gentle_follow_ups(group.id)
                if with_trend and round_lines:
                    bare_services.checkins.trend(round_lines[0].member.id, instrument.id, 12)
            return timed(calls)

        def switch(meeting: MeetingRecord) -> float:
            def show() -> None:
                panel.show_meeting(meeting)
                panel.repaint()
                app.processEvents()
            return timed(show)

        for _ in range(3):  # warm the caches alike
            open_panel(latest)
            bare(latest)
        opened, opened_base, switched, switched_base, calls_all, calls_two = [], [], [], [], [], []
        for n in range(args.repeat):
            meeting = latest if n % 2 == 0 else before
            # Alternate which goes first, so a slow spell on the machine hits both alike.
            if n % 2:
                opened_base.append(bare(meeting))
                opened.append(open_panel(meeting))
            else:
                opened.append(open_panel(meeting))
                opened_base.append(bare(meeting))
        stack.setCurrentIndex(1)
        app.processEvents()
        for n in range(args.repeat):
            meeting = latest if n % 2 == 0 else before
            switched.append(switch(meeting))
            switched_base.append(bare(meeting, follow_ups=False))
            calls_all.append(bare(meeting))
            calls_two.append(bare(meeting, with_trend=False))

        # One score typed and saved (with the list and the chart refreshed), against record() alone.
        panel.show_meeting(latest)
        app.processEvents()
        model = panel.view.model()
        column = model.first_item_column()
        item = instrument.items[0]
        saved, saved_base = [], []
        member = services.checkins.round(latest.id)[1].member.id  # the baseline writes another member's row
        for n in range(args.repeat):
            value = item.minimum + n % 2   # always a change from the value before, so every entry saves
            answers = [value] + [i.minimum for i in instrument.items[1:]]
            index = model.index(0, column)
            if len(instrument.items) > 1:  # complete the other answers first: the timed one then saves
                for k, other in enumerate(instrument.items[1:], start=1):
                    model.setData(model.index(0, column + k), str(other.minimum), Qt.ItemDataRole.EditRole)
                model.setData(index, "", Qt.ItemDataRole.EditRole)
            saved.append(timed(lambda index=index, value=value: (
                model.setData(index, str(value), Qt.ItemDataRole.EditRole), app.processEvents())))
            saved_base.append(timed(lambda answers=answers: bare_services.checkins.record(
                latest.id, member, instrument.id, answers)))

        rows = [
            ("open the panel (stale round shown)", opened, opened_base, "round()+gentle_follow_ups()+trend()"),
            ("switch session (panel on screen)", switched, switched_base, "round()+trend()"),
            ("bare calls of 'open'", calls_all, calls_two, "round()+gentle_follow_ups()"),
            ("type and save one score", saved, saved_base, "CheckinService.record()"),
        ]
        header = ("measure", "median", "p90", "baseline", "ratio", "vs 16 ms")
        table = [header] + [(label, ms(statistics.median(ours)), ms(p90(ours)), ms(statistics.median(base)),
                             f"{statistics.median(ours) / statistics.median(base):.2f}x",
                             "under" if statistics.median(ours) < FRAME else "over")
                            for label, ours, base, _ in rows]
        widths = [max(len(r[i]) for r in table) for i in range(len(header))]
        print()
        for k, line in enumerate(table):
            print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths,
                                                                                                    strict=True))))
            if k == 0:
                print("  ".join("-" * w for w in widths))
        print("\nBaselines, measured in this run:")
        for label, ours, base, what in rows:
            print(f"  {label}: {what} (n={len(base)}; ours n={len(ours)})")
        stack.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
