"""A check-in round on a real store, and a panel driven by real key presses: shared by the
check-in panel's tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import GroupRecord, MeetingRecord, MemberRecord
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.ui.panels.checkins_panel import CheckinsPanel
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import connect as keyed_connect

JOINED = date.today() - timedelta(days=120)
CAME = ("Zoë", "Łukasz", "Søren")   # in the round, sorted: Łukasz, Søren, Zoë
STAYED_AWAY = "Aiyana"


@dataclass(frozen=True)
class World:
    group: GroupRecord
    meetings: list[MeetingRecord]     # weekly, from about four months ago
    people: dict[str, MemberRecord]


def make_world(services: Services, instrument_id: uuid.UUID | None = MOOD.id, sessions: int = 6,
               name: str = "Tuesday Evening Peer Support") -> World:
    group = services.groups.create_group(weekly_draft(name, instrument_id=instrument_id))
    people = {name: services.members.add_member(MemberDraft(name), group_id=group.id, joined_on=JOINED)
              for name in (*CAME, STAYED_AWAY)}
    meetings = services.meetings.schedule_next(group.id, sessions, start=JOINED)
    for meeting in meetings:
        for name in CAME:
            services.attendance.set_status(meeting.id, people[name].id, AttendanceStatus.PRESENT)
        services.attendance.set_status(meeting.id, people[STAYED_AWAY].id, AttendanceStatus.ABSENT)
    return World(group, [services.meetings.get_meeting(m.id) for m in meetings], people)


def shown_panel(qtbot, services: Services, undo_stack: QUndoStack) -> Iterator[CheckinsPanel]:  # type: ignore[no-untyped-def]
    """A Check-ins panel in an active window, following the store's changes (for a fixture to yield from)."""
    host = QWidget()
    qtbot.addWidget(host)
    made = CheckinsPanel(services, undo_stack, parent=host)
    unsubscribe = services.changes.subscribe_batches(made.on_batch)
    host.resize(1076, 700)
    made.resize(1076, 700)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    yield made
    unsubscribe()


def open_session(panel: CheckinsPanel, world: World, number: int) -> QTableView:
    panel.show_group(world.group)
    panel.show_meeting(world.meetings[number])
    view = panel.findChild(QTableView, "checkinsView")
    view.setFocus()
    return view


def key(qtbot, keys: Qt.Key | str) -> None:  # type: ignore[no-untyped-def]
    """Keys, one at a time, to whatever has focus at that moment (the table, or the cell editor the
    first digit opened), as a keyboard would deliver them."""
    for one in (keys if isinstance(keys, str) else [keys]):
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, one)


def stored(path: Path) -> dict[str, tuple[int | None, str, int]]:
    with keyed_connect(path) as conn:
        return {name: (total, word, passed) for name, total, word, passed in conn.execute(
            "SELECT m.preferred_name, c.total, c.word, c.passed FROM checkins c "
            "JOIN members m ON m.id = c.member_id WHERE c.deleted_at IS NULL")}


def mood_history(services: Services, world: World, name: str, values: list[int | None]) -> None:
    for meeting, value in zip(world.meetings, values, strict=False):
        services.checkins.record(meeting.id, world.people[name].id, MOOD.id, [] if value is None else [value],
                                 passed=value is None)
