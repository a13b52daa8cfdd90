"""A new group whose start date has passed: the dialogs name that date and fill in its history."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from facilitator_app.domain.text import short_date
from facilitator_app.services.container import Services
from facilitator_app.ui.dialogs.group_dialog import GroupDialog
from facilitator_app.ui.dialogs.schedule_dialog import ScheduleDialog
from facilitator_app.ui.dialogs.submit_dialog import to_qdate

SIX_WEEKS = timedelta(days=42)


def _new_group_from(qtbot, services: Services, anchor: date) -> GroupDialog:  # type: ignore[no-untyped-def]
    dialog = GroupDialog(services.checkins.instruments(), services.groups.create_group)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Thursday Circle")
    dialog.cadence_combo.setCurrentIndex(dialog.cadence_combo.findText("Weekly"))
    dialog.weekday_combo.setCurrentIndex(dialog.weekday_combo.findData(anchor.weekday()))
    dialog.anchor_edit.setDate(to_qdate(anchor))
    return dialog


def _schedule_dialog(qtbot, services: Services, group_id) -> ScheduleDialog:  # type: ignore[no-untyped-def]
    group = services.groups.get_group(group_id)
    existing = {m.date for m in services.meetings.list_meetings(group_id)}
    dialog = ScheduleDialog(group, existing, lambda value: services.meetings.schedule_next(group_id, *value))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_past_start_date_is_the_first_session_and_its_history_is_filled_in(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    today = date.today()
    anchor = today - SIX_WEEKS
    dialog = _new_group_from(qtbot, services, anchor)
    # It used to name the next date after today as the "First session".
    assert dialog.summary_label.text().splitlines()[1] == (
        f"First session: {short_date(anchor)}, in the past. Schedule sessions… starts from it: "
        "the 6 dates before today will be added as sessions to record.")
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    group = dialog.result_value
    assert group.recurrence.anchor == anchor

    schedule = _schedule_dialog(qtbot, services, group.id)
    # It used to start today, so the facilitator had to pick the start date again.
    assert schedule.start_edit.date().toPython() == anchor
    planned = schedule.planned_dates()
    assert planned[:7] == [anchor + timedelta(days=7 * n) for n in range(7)]
    assert len(planned) == 8 and planned[6] == today
    assert schedule.summary_label.text() == (
        f"8 sessions will be added, from {short_date(anchor)} to {short_date(today + timedelta(days=7))}. "
        "6 of these dates are in the past: they will be added as sessions to record.")
    qtbot.keyClick(schedule.count_spin, Qt.Key.Key_Return)
    assert [m.date for m in services.meetings.list_meetings(group.id)] == planned

    # Once the group has sessions, scheduling more starts from today again.
    assert _schedule_dialog(qtbot, services, group.id).start_edit.date().toPython() == today


def test_a_start_date_later_this_week_is_still_the_plain_first_session(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    today = date.today()
    dialog = _new_group_from(qtbot, services, today + timedelta(days=3))
    assert dialog.summary_label.text().splitlines()[1] == f"First session: {short_date(today + timedelta(days=3))}."
