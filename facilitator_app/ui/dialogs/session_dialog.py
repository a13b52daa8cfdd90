"""Add a single session to a group: an extra one, or one outside the usual pattern."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFormLayout, QLineEdit, QTimeEdit, QWidget

from facilitator_app.domain.records import GroupRecord
from facilitator_app.errors import ValidationError
from facilitator_app.services.meetings import MeetingDetails
from facilitator_app.ui.dialogs.submit_dialog import SubmitDialog, to_date, to_qdate
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.date_edit import DateEdit

_LATEST = time(23, 59)


def default_end(start: time, minutes: int) -> time:
    """The usual end time, kept on the same day (a late group ends at 23:59 rather than tomorrow)."""
    end = datetime.combine(date.min, start) + timedelta(minutes=minutes)
    return end.time() if end.date() == date.min else _LATEST


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class SessionDialog(SubmitDialog[tuple[date, MeetingDetails]]):
    """The form for one new session of ``group``; submits ``(date, MeetingDetails)``."""

    def __init__(self, group: GroupRecord, submit: Callable[[tuple[date, MeetingDetails]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, title=self.tr("New session for {name}").format(name=group.name),
                         ok_text=self.tr("Add session"),
                         ok_tip=self.tr("Add this session as a planned session."), parent=parent)
        self.setObjectName("sessionDialog")
        rec = group.recurrence

        form = QFormLayout()
        self.date_edit = DateEdit(objectName="sessionDate")
        self.date_edit.setDate(to_qdate(date.today()))
        self._add_row(form, self.tr("&Date"), self.date_edit, self.tr("The day of the session."))
        self.start_edit = named(QTimeEdit(), "sessionStart")
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setTime(_qtime(rec.start_time))
        self._add_row(form, self.tr("&Start"), self.start_edit, self.tr("The time the session starts (24-hour clock)."))
        self.end_edit = named(QTimeEdit(), "sessionEnd")
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setTime(_qtime(default_end(rec.start_time, rec.duration_minutes)))
        self._add_row(form, self.tr("&End"), self.end_edit,
                      self.tr("The time the session ends; it must be after the start."))
        self.topic_edit = named(QLineEdit(), "sessionTopic")
        self.topic_edit.setPlaceholderText(self.tr("Optional, for example: Sleep and winding down"))
        self._add_row(form, self.tr("&Topic"), self.topic_edit,
                      self.tr("What the main part of the session is about. Optional."))
        self.venue_edit = named(QLineEdit(group.venue), "sessionVenue")
        self.venue_edit.setPlaceholderText(self.tr("Where the session takes place"))
        self._add_row(form, self.tr("&Venue"), self.venue_edit,
                      self.tr("Where the session takes place; the group's venue by default."))
        self.co_facilitators_edit = named(QLineEdit(), "sessionCoFacilitators")
        self.co_facilitators_edit.setPlaceholderText(self.tr("Optional: who is running it with you"))
        self._add_row(form, self.tr("&Co-facilitators"), self.co_facilitators_edit,
                      self.tr("Who is running the session with you. Optional."))
        self.body.addLayout(form)
        self.setMinimumWidth(420)

        self._finish_tab_order([self.date_edit, self.start_edit, self.end_edit, self.topic_edit,
                                self.venue_edit, self.co_facilitators_edit])

    def _collect(self) -> tuple[date, MeetingDetails]:
        start, end = _pytime(self.start_edit.time()), _pytime(self.end_edit.time())
        if end <= start:
            raise ValidationError(self.tr("The session must end after it starts."))
        return to_date(self.date_edit.date()), MeetingDetails(
            topic=self.topic_edit.text().strip(),
            venue=self.venue_edit.text().strip(),
            co_facilitators=self.co_facilitators_edit.text().strip(),
            start_time=start,
            end_time=end,
        )
