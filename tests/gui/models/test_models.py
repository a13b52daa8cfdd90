"""Every Qt model passes qtmodeltester on real data from a real store."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.services.container import Services, build_services
from facilitator_app.services.members import MemberDraft
from facilitator_app.services.sample_data import build_sample_store
from facilitator_app.storage.store import open_store
from facilitator_app.ui.models.attendance_model import NAME, STATUS, AttendanceModel
from facilitator_app.ui.models.group_list_model import GroupListModel
from facilitator_app.ui.models.missed_sessions_model import MissedSessionsModel
from facilitator_app.ui.models.roles import ID_ROLE, SORT_ROLE, STATUS_ROLE
from facilitator_app.ui.models.roster_model import LAST_ATTENDED, RATE, RosterFilterModel, RosterModel
from facilitator_app.ui.models.roster_model import NAME as ROSTER_NAME
from facilitator_app.ui.models.session_list_model import SessionListModel
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import copy_store

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    build_sample_store(path, scale="small", seed=1, today=TODAY)
    return path


@pytest.fixture
def sample(sample_path: Path, tmp_path: Path) -> Services:
    copy = tmp_path / "copy.sqlite3"
    copy_store(sample_path, copy)
    store = open_store(copy)
    yield build_services(store)
    store.close()


def test_session_list_model(qtmodeltester, sample: Services) -> None:  # type: ignore[no-untyped-def]
    group = sample.groups.list_groups()[0]
    model = SessionListModel(today=TODAY)
    model.set_meetings(sample.meetings.list_meetings(group.id))
    qtmodeltester.check(model)
    assert model.rowCount() > 10
    default = model.meeting_at(model.default_row())
    assert default is not None and default.date >= TODAY
    past = model.meeting_at(0)
    assert past is not None and past.date < TODAY
    # Sample data opens on the latest held session: before the default, and none held after it.
    held = model.latest_held_row()
    assert model.meeting_at(held).status is MeetingStatus.HELD and held < model.default_row()
    assert all(model.meeting_at(r).status is not MeetingStatus.HELD for r in range(held + 1, model.rowCount()))
    assert model.data(model.index(0), ID_ROLE) == past.id
    # Changing one session updates that row in place.
    cancelled = sample.meetings.set_status(past.id, MeetingStatus.CANCELLED)
    seen = []
    model.dataChanged.connect(lambda a, b, roles: seen.append((a.row(), b.row())))
    assert model.update_meeting(cancelled)
    assert seen == [(0, 0)]
    assert "cancelled" in model.data(model.index(0))
    assert model.data(model.index(0), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(0), STATUS_ROLE) is MeetingStatus.CANCELLED


def test_attendance_model(qtmodeltester, sample: Services) -> None:  # type: ignore[no-untyped-def]
    group = sample.groups.list_groups()[0]
    meeting = next(m for m in reversed(sample.meetings.list_meetings(group.id)) if m.status is MeetingStatus.HELD)
    edits = []
    model = AttendanceModel(status_editor=lambda member_id, status: edits.append((member_id, status)) or True)
    model.set_lines(sample.attendance.sheet(meeting.id))
    qtmodeltester.check(model)
    assert model.rowCount() >= 5
    first = model.line_at(0)
    assert model.data(model.index(0, NAME)) == first.member.preferred_name
    assert model.setData(model.index(0, STATUS), AttendanceStatus.LATE.value)
    assert edits == [(first.member.id, AttendanceStatus.LATE)]
    assert not model.setData(model.index(0, NAME), "x")
    model.apply_status(first.member.id, AttendanceStatus.ABSENT)
    assert model.data(model.index(0, STATUS)) == "Absent"
    assert model.totals()[AttendanceStatus.ABSENT] >= 1
    model.set_lines(sample.attendance.sheet(meeting.id)[:3])
    assert model.rowCount() == 3


def test_roster_model_and_filter(qtmodeltester, sample: Services) -> None:  # type: ignore[no-untyped-def]
    group = sample.groups.find_group("Tuesday Evening Peer Support")
    model = RosterModel()
    model.set_entries(sample.members.roster(group.id))
    qtmodeltester.check(model)
    proxy = RosterFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    names = [model.entry_at(r).member.preferred_name for r in range(model.rowCount())]
    assert "Łukasz" in names
    proxy.set_filter_text("LUKASZ")  # accents and case do not matter
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Łukasz"]
    proxy.set_filter_text("")
    assert proxy.rowCount() == model.rowCount()
    proxy.sort(RATE, Qt.SortOrder.DescendingOrder)
    rates = [proxy.index(r, RATE).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert rates == sorted(rates, reverse=True)
    assert proxy.index(0, RATE).data().count(" of ") == 1 or proxy.index(0, RATE).data() == "—"
    assert all(isinstance(proxy.index(r, LAST_ATTENDED).data(), str) for r in range(proxy.rowCount()))


def test_roster_sorts_its_own_rows_and_keeps_them_sorted_through_filter_and_reload(
        qtmodeltester, sample: Services) -> None:  # type: ignore[no-untyped-def]
    group = sample.groups.find_group("Tuesday Evening Peer Support")
    model = RosterModel()
    proxy = RosterFilterModel()
    proxy.setSourceModel(model)
    model.set_entries(sample.members.roster(group.id, include_former=True))
    kept = QPersistentModelIndex(model.index(model.rowCount() - 1, 0))
    kept_id = kept.data(ID_ROLE)
    proxy.sort(ROSTER_NAME, Qt.SortOrder.DescendingOrder)  # the rows of the source itself move
    names = [model.folded_name(r) for r in range(model.rowCount())]
    assert names == sorted(names, reverse=True)
    assert proxy.sortColumn() == -1  # the proxy keeps the source's order: no lessThan calls
    assert kept.isValid() and kept.data(ID_ROLE) == kept_id  # persistent indexes follow their member
    proxy.set_filter_text("a")
    assert 0 < proxy.rowCount() < model.rowCount()
    proxy.set_filter_text("")
    shown = [proxy.index(r, 0).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert shown == names
    proxy.sort(RATE, Qt.SortOrder.AscendingOrder)
    model.set_entries(list(reversed(sample.members.roster(group.id, include_former=True))))  # a reload
    rates = [proxy.index(r, RATE).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert rates == sorted(rates) and len(set(rates)) > 1
    qtmodeltester.check(proxy)


def test_missed_sessions_model(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "s.sqlite3")
    services = build_services(store)
    group = services.groups.create_group(weekly_draft())
    zoe = services.members.add_member(MemberDraft("Zoë"), group.id, date(2026, 1, 1))
    soren = services.members.add_member(MemberDraft("Søren"), group.id, date(2026, 1, 1))
    meetings = services.meetings.schedule_next(group.id, 4, date(2026, 1, 6))
    services.attendance.set_status(meetings[0].id, zoe.id, AttendanceStatus.PRESENT)
    for meeting in meetings:
        services.attendance.set_status(meeting.id, soren.id, AttendanceStatus.PRESENT)
    model = MissedSessionsModel()
    model.set_entries(services.attendance.follow_ups(group.id, sessions=3, today=date(2026, 2, 1)))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0)).startswith("Zoë — last came")
    assert model.data(model.index(0), ID_ROLE) == zoe.id
    store.close()


def test_group_list_model(qtmodeltester, qtbot, sample: Services) -> None:  # type: ignore[no-untyped-def]
    groups = sample.groups.list_groups()
    assert len(groups) >= 2
    model = GroupListModel()
    model.set_groups(groups)
    qtmodeltester.check(model)
    assert model.rowCount() == len(groups)
    first = model.index(0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == groups[0].name
    assert first.data(Qt.ItemDataRole.ToolTipRole).startswith(groups[0].recurrence.describe())
    assert first.data(ID_ROLE) == groups[0].id
    assert model.row_of(groups[-1].id) == len(groups) - 1
    assert model.group_at(len(groups)) is None

    moved = dataclasses.replace(groups[0], venue="The Library, room 2")
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.update_group(moved)
    assert changed.args[0].row() == changed.args[1].row() == 0
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole).endswith(" at The Library, room 2")
    assert not model.update_group(dataclasses.replace(groups[0], name="Renamed"))  # its place may change
    qtmodeltester.check(model)
    model.set_groups([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0
