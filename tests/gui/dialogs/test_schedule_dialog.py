"""The schedule dialog: a live preview of the dates that will be added, then (count, start)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.errors import ValidationError
from facilitator_app.services.container import Services
from facilitator_app.ui.dialogs.schedule_dialog import ScheduleDialog
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound
from tests.helpers.fixtures import weekly_draft

# Weekly on Tuesdays from 6 January 2026; 20 January is a holiday.
GROUP = GroupRecord(
    id=uuid.uuid4(), name="Aiyana's Tuesday Group", description="", venue="Community Hall",
    recurrence=Recurrence(Cadence.WEEKLY, weekday=1, anchor=date(2026, 1, 6), start_time=time(18, 30)),
    skipped_dates=(date(2026, 1, 20),), instrument_id=MOOD.id, agreement_text="", agreement_version=1,
    updated_at=datetime(2026, 1, 1, 9, 0))
EXISTING = {date(2026, 1, 13)}


@pytest.fixture
def submitted() -> list[tuple[int, date]]:
    return []


@pytest.fixture
def dialog(qtbot, submitted: list[tuple[int, date]]) -> ScheduleDialog:  # type: ignore[no-untyped-def]
    d = ScheduleDialog(GROUP, EXISTING, submitted.append)
    qtbot.addWidget(d)
    d.show()
    return d


def preview_lines(d: ScheduleDialog) -> list[str]:
    preview = d.findChild(QListWidget, "schedulePreview")
    return [preview.item(i).text() for i in range(preview.count())]


def test_defaults_are_eight_sessions_from_today(dialog: ScheduleDialog) -> None:
    assert dialog.windowTitle() == "Schedule sessions for Aiyana's Tuesday Group"
    assert dialog.ok_button.text() == "Schedule"
    assert dialog.count_spin.value() == 8 and (dialog.count_spin.minimum(), dialog.count_spin.maximum()) == (1, 104)
    assert dialog.start_edit.date().toPython() == date.today()
    assert len(dialog.planned_dates()) == 8
    assert dialog.focusWidget() is dialog.count_spin


def test_the_preview_leaves_out_skipped_and_existing_dates(dialog: ScheduleDialog) -> None:
    dialog.start_edit.setDate(QDate(2026, 1, 6))
    dialog.count_spin.setValue(4)
    assert dialog.planned_dates() == [date(2026, 1, 6), date(2026, 1, 27), date(2026, 2, 3), date(2026, 2, 10)]
    assert preview_lines(dialog) == [
        "Tue 6 Jan 2026", "Tue 13 Jan 2026 (already scheduled)", "Tue 20 Jan 2026 (skipped)",
        "Tue 27 Jan 2026", "Tue 3 Feb 2026", "Tue 10 Feb 2026"]
    preview = dialog.preview
    assert preview.item(2).foreground().color() != preview.item(0).foreground().color()
    assert preview.item(2).font().italic()
    assert dialog.findChild(QLabel, "scheduleSummary").text() == (
        "4 sessions will be added, from Tue 6 Jan 2026 to Tue 10 Feb 2026. All 4 of these dates are in the past: "
        "they will be added as sessions to record.")


def test_the_preview_follows_the_keyboard(qtbot, dialog: ScheduleDialog,  # type: ignore[no-untyped-def]
                                          submitted: list[tuple[int, date]]) -> None:
    dialog.start_edit.setDate(QDate(2026, 1, 21))
    dialog.count_spin.setValue(1)
    assert preview_lines(dialog) == ["Tue 27 Jan 2026"]
    assert dialog.summary_label.text() == ("1 session will be added, on Tue 27 Jan 2026. "
                                           "This date is in the past: it will be added as a session to record.")
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Up)
    assert preview_lines(dialog) == ["Tue 27 Jan 2026", "Tue 3 Feb 2026"]
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Return)
    assert submitted == [(2, date(2026, 1, 21))]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_refused_schedule_keeps_the_dialog_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    def submit(value: tuple[int, date]) -> None:
        raise ValidationError("Schedule between 1 and 104 sessions at a time.")

    d = ScheduleDialog(GROUP, set(), submit)
    qtbot.addWidget(d)
    d.show()
    d.ok_button.click()
    error = d.findChild(QLabel, "dialogError")
    assert d.isVisible() and error.isVisible()
    assert error.text() == "Schedule between 1 and 104 sessions at a time."
    assert d.focusWidget() is d.count_spin


def test_cancel_and_escape_schedule_nothing(qtbot, dialog: ScheduleDialog,  # type: ignore[no-untyped-def]
                                            submitted: list[tuple[int, date]]) -> None:
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    other = ScheduleDialog(GROUP, EXISTING, submitted.append)
    qtbot.addWidget(other)
    other.show()
    other.cancel_button.click()
    assert submitted == []


def test_every_control_is_named_and_explained(dialog: ScheduleDialog) -> None:
    assert_all_named(dialog)
    assert_mnemonics_sound(dialog)


def test_a_group_that_begins_later_is_scheduled_from_its_first_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    later = date.today() + timedelta(days=40)
    d = ScheduleDialog(dataclasses.replace(GROUP, recurrence=dataclasses.replace(GROUP.recurrence, anchor=later)),
                       set(), lambda value: None)
    qtbot.addWidget(d)
    assert d.start_edit.date().toPython() == later
    assert min(d.planned_dates()) >= later


def test_a_start_before_the_groups_start_date_fills_in_history(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    # Issue 9: the group starts on Tue 6 Jan 2026 in the app, but it met in December already.
    group = services.groups.create_group(weekly_draft())
    d = ScheduleDialog(group, set(), lambda value: services.meetings.schedule_next(group.id, *value))
    qtbot.addWidget(d)
    d.show()
    d.start_edit.setDate(QDate(2025, 12, 9))
    d.count_spin.setValue(3)
    assert preview_lines(d) == ["Tue 9 Dec 2025", "Tue 16 Dec 2025", "Tue 23 Dec 2025"]
    assert d.summary_label.text() == (
        "3 sessions will be added, from Tue 9 Dec 2025 to Tue 23 Dec 2025. All are before the group's start "
        "date (Tue 6 Jan 2026): for sessions held before you used the app. All 3 of these dates are in the past: "
        "they will be added as sessions to record.")
    qtbot.keyClick(d.count_spin, Qt.Key.Key_Up)
    qtbot.keyClick(d.count_spin, Qt.Key.Key_Up)
    assert d.summary_label.text() == (
        "5 sessions will be added, from Tue 9 Dec 2025 to Tue 6 Jan 2026. 4 are before the group's start "
        "date (Tue 6 Jan 2026): for sessions held before you used the app. All 5 of these dates are in the past: "
        "they will be added as sessions to record.")
    qtbot.keyClick(d.count_spin, Qt.Key.Key_Return)
    assert [m.date for m in services.meetings.list_meetings(group.id)] == [
        date(2025, 12, 9), date(2025, 12, 16), date(2025, 12, 23), date(2025, 12, 30), date(2026, 1, 6)]
