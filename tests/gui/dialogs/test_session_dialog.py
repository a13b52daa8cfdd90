"""The session dialog: one extra session with the group's usual times and venue as defaults."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QLabel

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.instruments import MOOD
from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.errors import ValidationError
from facilitator_app.services.meetings import MeetingDetails
from facilitator_app.ui.dialogs.session_dialog import SessionDialog, default_end
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound

GROUP = GroupRecord(
    id=uuid.uuid4(), name="Łukasz's Thursday Group", description="", venue="Søren Hall, Room 3",
    recurrence=Recurrence(Cadence.WEEKLY, weekday=3, anchor=date(2026, 1, 8), start_time=time(18, 30),
                          duration_minutes=90),
    skipped_dates=(), instrument_id=MOOD.id, agreement_text="", agreement_version=1,
    updated_at=datetime(2026, 1, 1, 9, 0))

Submitted = list[tuple[date, MeetingDetails]]


@pytest.fixture
def submitted() -> Submitted:
    return []


@pytest.fixture
def dialog(qtbot, submitted: Submitted) -> SessionDialog:  # type: ignore[no-untyped-def]
    d = SessionDialog(GROUP, submitted.append)
    qtbot.addWidget(d)
    d.show()
    return d


def test_defaults_come_from_the_group(dialog: SessionDialog) -> None:
    assert dialog.windowTitle() == "New session for Łukasz's Thursday Group"
    assert dialog.date_edit.date().toPython() == date.today()
    assert dialog.start_edit.time() == QTime(18, 30) and dialog.end_edit.time() == QTime(20, 0)
    assert dialog.venue_edit.text() == "Søren Hall, Room 3"
    assert dialog.topic_edit.text() == "" and dialog.co_facilitators_edit.text() == ""
    assert dialog.focusWidget() is dialog.date_edit


def test_a_session_typed_by_keyboard_is_submitted(qtbot, dialog: SessionDialog,  # type: ignore[no-untyped-def]
                                                  submitted: Submitted) -> None:
    dialog.date_edit.setDate(QDate(2026, 2, 19))
    dialog.end_edit.setTime(QTime(20, 30))
    qtbot.keyClicks(dialog.topic_edit, "Sleep and winding down")
    dialog.co_facilitators_edit.setText("Zoë and Aiyana")
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    assert submitted == [(date(2026, 2, 19), MeetingDetails(
        topic="Sleep and winding down", venue="Søren Hall, Room 3", co_facilitators="Zoë and Aiyana",
        start_time=time(18, 30), end_time=time(20, 30)))]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_end_must_come_after_the_start(dialog: SessionDialog, submitted: Submitted) -> None:
    dialog.end_edit.setTime(QTime(18, 30))
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "dialogError")
    assert submitted == [] and dialog.isVisible()
    assert error.isVisible() and error.text() == "The session must end after it starts."
    assert dialog.focusWidget() is dialog.date_edit


def test_a_refused_session_keeps_the_dialog_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    def submit(value: tuple[date, MeetingDetails]) -> None:
        raise ValidationError("The topic is 400 characters long; please keep it to 300.")

    d = SessionDialog(GROUP, submit)
    qtbot.addWidget(d)
    d.show()
    d.ok_button.click()
    assert d.isVisible() and d.findChild(QLabel, "dialogError").text().startswith("The topic is 400")


def test_a_late_group_ends_at_midnight_at_the_latest() -> None:
    assert default_end(time(18, 30), 90) == time(20, 0)
    assert default_end(time(23, 0), 90) == time(23, 59)


def test_cancel_and_escape_add_nothing(qtbot, dialog: SessionDialog, submitted: Submitted) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    other = SessionDialog(GROUP, submitted.append)
    qtbot.addWidget(other)
    other.cancel_button.click()
    assert submitted == []


def test_every_control_is_named_and_explained(dialog: SessionDialog) -> None:
    assert_all_named(dialog)
    assert_mnemonics_sound(dialog)
