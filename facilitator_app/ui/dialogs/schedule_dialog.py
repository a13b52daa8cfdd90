"""Schedule a run of sessions from a group's pattern, with a live preview of the dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QWidget

from facilitator_app.domain.records import GroupRecord
from facilitator_app.ui.dialogs.history_wording import past_dates, past_dates_sentence
from facilitator_app.ui.dialogs.submit_dialog import SubmitDialog, format_day, to_date, to_qdate
from facilitator_app.ui.formatting import describe_recurrence
from facilitator_app.ui.language import emphasis_font
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.date_edit import DateEdit

MAX_SESSIONS = 104  # the same limit the meeting service keeps


class ScheduleDialog(SubmitDialog[tuple[int, date]]):
    """Choose how many sessions to add and from when; submits ``(count, start)``."""

    def __init__(self, group: GroupRecord, existing_dates: set[date],
                 submit: Callable[[tuple[int, date]], object], parent: QWidget | None = None) -> None:
        super().__init__(submit, title=self.tr("Schedule sessions for {name}").format(name=group.name),
                         ok_text=self.tr("Schedule"),
                         ok_tip=self.tr("Add the sessions listed as planned sessions."), parent=parent)
        self.setObjectName("scheduleDialog")
        self._group = group
        self._skipped = set(group.skipped_dates)
        self._existing = set(existing_dates)
        self._today = date.today()

        usual = describe_recurrence(group.recurrence)
        pattern = named(QLabel(self.tr("Usual pattern: {describe}.").format(describe=usual)), "schedulePattern")
        pattern.setWordWrap(True)
        self.body.addWidget(pattern)

        form = QFormLayout()
        self.count_spin = named(QSpinBox(), "scheduleCount")
        self.count_spin.setRange(1, MAX_SESSIONS)
        start = default_start(group, existing_dates, self._today)
        # Filling in history from a past start date: all of it, and the next session after it.
        past = len(past_dates(group.recurrence, start, self._today, self._skipped))
        self.count_spin.setValue(min(MAX_SESSIONS, max(8, past + 1)))
        self._add_row(form, self.tr("&How many sessions"), self.count_spin,
                      self.tr("How many new sessions to add (1 to {MAX_SESSIONS}).").format(MAX_SESSIONS=MAX_SESSIONS))
        self.start_edit = DateEdit(objectName="scheduleStart")
        self.start_edit.setDate(to_qdate(start))
        self._add_row(form, self.tr("&Starting"), self.start_edit,
                      self.tr("The first date to consider. Earlier dates are left alone. It may be before the group's "
                              "start date, to add sessions held before you used the app."))
        self.preview = named(QListWidget(), "schedulePreview")
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 10)
        self._add_row(form, self.tr("Sessions to be &added"), self.preview,
                      self.tr("The dates that will be added. Skipped dates and dates that already have a session "
                              "are shown greyed and are not added."))
        self.body.addLayout(form)
        self.summary_label = named(QLabel(), "scheduleSummary")
        self.summary_label.setWordWrap(True)
        self.body.addWidget(self.summary_label)
        self.setMinimumWidth(500)

        self.count_spin.valueChanged.connect(self._refresh_preview)
        self.start_edit.dateChanged.connect(self._refresh_preview)
        self._refresh_preview()
        self._finish_tab_order([self.count_spin, self.start_edit, self.preview])

    def planned_dates(self) -> list[date]:
        """The dates that Schedule would create with the current choices."""
        return self._group.recurrence.next_dates(
            self._start(), self.count_spin.value(), skipped=self._skipped | self._existing, before_anchor=True)

    def _start(self) -> date:
        return to_date(self.start_edit.date())

    def _collect(self) -> tuple[int, date]:
        return self.count_spin.value(), self._start()

    def _refresh_preview(self) -> None:
        new = self.planned_dates()
        self.preview.clear()
        if not new:
            self.summary_label.setText(self.tr("No dates to add."))
            return
        start, last = self._start(), new[-1]
        passed_over = {d for d in self._skipped | self._existing if start <= d <= last}
        # Mid-way between text and background: clearly secondary, still readable in any palette.
        palette = self.preview.palette()
        ink, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        grey = QColor((ink.red() * 3 + base.red() * 2) // 5, (ink.green() * 3 + base.green() * 2) // 5,
                      (ink.blue() * 3 + base.blue() * 2) // 5)
        for day in sorted(set(new) | passed_over):
            if day in self._existing:
                item = QListWidgetItem(self.tr("{format_day} (already scheduled)").format(format_day=format_day(day)))
            elif day in self._skipped:
                item = QListWidgetItem(self.tr("{format_day} (skipped)").format(format_day=format_day(day)))
            else:
                self.preview.addItem(format_day(day))
                continue
            item.setForeground(grey)
            item.setFont(emphasis_font())
            self.preview.addItem(item)
        if len(new) == 1:
            text = self.tr("1 session will be added, on {format_day}.").format(format_day=format_day(last))
        else:
            text = self.tr("{count} sessions will be added, from {format_day} to {format_day2}.").format(count=len(
                new), format_day=format_day(new[0]), format_day2=format_day(last))
        anchor = self._group.recurrence.anchor
        earlier = sum(1 for day in new if day < anchor)
        if earlier:
            which = self.tr("It is") if len(new) == 1 else (self.tr("All are") if earlier == len(new) else self.tr(
                "{earlier} are").format(earlier=earlier))
            text += (self.tr(" {which} before the group's start date ({format_day}): for sessions held before you "
                             "used the app.").format(which=which, format_day=format_day(anchor)))
        past = sum(1 for day in new if day < self._today)
        if past:
            text += " " + past_dates_sentence(past, len(new))
        self.summary_label.setText(text)


def default_start(group: GroupRecord, existing_dates: set[date], today: date) -> date:
    """Where scheduling starts unless the facilitator picks: a group with no sessions yet whose
    start date has passed starts there (its history is filled in); otherwise today, or the group's
    start date when that is later."""
    anchor = group.recurrence.anchor
    if anchor < today and not existing_dates:
        return anchor
    return max(today, anchor)

