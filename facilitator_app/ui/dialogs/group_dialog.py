"""Create or edit a group: its name, when it meets, its check-in and its agreement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.recurrence import LAST_WEEK, WEEKDAY_NAMES, Recurrence
from facilitator_app.errors import ValidationError
from facilitator_app.services.groups import DEFAULT_AGREEMENT, GroupDraft
from facilitator_app.ui.dialogs.history_wording import first_session_line
from facilitator_app.ui.dialogs.submit_dialog import (
    SubmitDialog,
    describe_widget,
    format_day,
    helper_button,
    to_date,
    to_qdate,
)
from facilitator_app.ui.formatting import describe_recurrence
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.date_edit import DateEdit

CADENCE_CHOICES = ((QT_TRANSLATE_NOOP("GroupDialog", "Weekly"), Cadence.WEEKLY),
                   (QT_TRANSLATE_NOOP("GroupDialog", "Every other week"), Cadence.FORTNIGHTLY),
                   (QT_TRANSLATE_NOOP("GroupDialog", "Monthly"), Cadence.MONTHLY))
WEEK_CHOICES = ((QT_TRANSLATE_NOOP("GroupDialog", "1st"), 1), (QT_TRANSLATE_NOOP("GroupDialog", "2nd"), 2),
                (QT_TRANSLATE_NOOP("GroupDialog", "3rd"), 3), (QT_TRANSLATE_NOOP("GroupDialog", "4th"), 4),
                (QT_TRANSLATE_NOOP("GroupDialog", "Last"), LAST_WEEK))
MOOD_KEY = "mood"
# services/groups.py's DEFAULT_AGREEMENT, marked here: a new group starts with it in the window's language.
QT_TRANSLATE_NOOP("GroupDialog", "What is said here stays here. We listen without interrupting and speak from our own "
                                 "experience. We offer advice only when asked. Anyone may pass. Phones away, please.")
CHECKIN_NOTE = QT_TRANSLATE_NOOP("GroupDialog", "Check-ins already recorded stay as they were; a new check-in "
                                                "applies to sessions not yet checked in.")
AGREEMENT_NOTE = QT_TRANSLATE_NOOP("GroupDialog", "Changing the agreement starts a new version; members are asked to "
                                                  "acknowledge it again.")

_DATE_ROLE = Qt.ItemDataRole.UserRole


def next_weekday(start: date, weekday: int) -> date:
    """The first ``weekday`` on or after ``start``."""
    return start + timedelta(days=(weekday - start.weekday()) % 7)


class GroupDialog(SubmitDialog[GroupDraft]):
    """The form for a new group, or for editing one (``group`` given)."""

    def __init__(self, instruments: list[InstrumentDefinition], submit: Callable[[GroupDraft], object],
                 group: GroupRecord | None = None, parent: QWidget | None = None) -> None:
        editing = group is not None
        super().__init__(submit, title=self.tr("Edit group") if editing else self.tr("New group"),
                         ok_text=self.tr("Save") if editing else self.tr("Create group"),
                         ok_tip=self.tr("Save the changes to this group.") if editing else self.tr("Create the group."),
                         parent=parent)
        self.setObjectName("groupDialog")
        self._group = group
        self._today = date.today()
        # A new group's start date follows the chosen day until the facilitator picks one.
        self._anchor_follows_day = not editing
        self._setting_anchor = False

        about = QGroupBox(self.tr("About the group"))
        describe_widget(about, self.tr("About the group"),
                        self.tr("The group's name, where it meets and how it checks in."))
        about_form = QFormLayout(about)
        when = QGroupBox(self.tr("When it meets"))
        describe_widget(when, self.tr("When it meets"),
                        self.tr("The group's meeting pattern, used to schedule sessions."))
        when_form = QFormLayout(when)

        self.name_edit = named(QLineEdit(), "groupName")
        self.name_edit.setPlaceholderText(self.tr("For example: Tuesday Evening Peer Support"))
        self._add_row(about_form, self.tr("&Name"), self.name_edit,
                      self.tr("The group's name, as members know it. Required."))
        self.venue_edit = named(QLineEdit(), "groupVenue")
        self.venue_edit.setPlaceholderText(self.tr("Where the group usually meets"))
        self._add_row(about_form, self.tr("&Venue"), self.venue_edit,
                      self.tr("Where the group usually meets. Each session can have its own venue too."))
        self.instrument_combo = named(QComboBox(), "groupInstrument")
        for instrument in instruments:
            self.instrument_combo.addItem(instrument.name, instrument.id)
        self.instrument_combo.addItem(self.tr("No scored check-in"), None)
        self._add_row(about_form, self.tr("&Check-in"), self.instrument_combo,
                      self.tr("How members check in at the start of each session. Anyone may always pass."))
        if editing:
            checkin_note = named(QLabel(translate("GroupDialog", CHECKIN_NOTE)), "checkinNote")
            checkin_note.setWordWrap(True)
            about_form.addRow(checkin_note)
        self.description_edit = named(QPlainTextEdit(), "groupDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("Who the group is for, in a sentence or two (optional)"))
        self.description_edit.setFixedHeight(self._lines_height(self.description_edit, 3))
        self._add_row(about_form, self.tr("Descri&ption"), self.description_edit,
                      self.tr("Who the group is for. Optional."))
        self.agreement_edit = named(QPlainTextEdit(), "groupAgreement")
        self.agreement_edit.setTabChangesFocus(True)
        self.agreement_edit.setMinimumHeight(self._lines_height(self.agreement_edit, 6))
        self._add_row(about_form, self.tr("Group &agreement"), self.agreement_edit,
                      self.tr("The guidelines read aloud at the start of each session."))
        note = named(QLabel(translate("GroupDialog", AGREEMENT_NOTE)), "agreementNote")
        note.setWordWrap(True)
        about_form.addRow(note)

        self.cadence_combo = named(QComboBox(), "groupCadence")
        for text, cadence in CADENCE_CHOICES:
            self.cadence_combo.addItem(translate("GroupDialog", text), cadence)
        self._add_row(when_form, self.tr("&Meets"), self.cadence_combo, self.tr("How often the group meets."))
        self.weekday_combo = named(QComboBox(), "groupWeekday")
        for number, day_name in enumerate(WEEKDAY_NAMES):   # in the locale's words (QLocale counts from 1)
            self.weekday_combo.addItem(QLocale().standaloneDayName(number + 1) or day_name, number)
        self._add_row(when_form, self.tr("&Day"), self.weekday_combo, self.tr("The day of the week the group meets."))
        self.week_combo = named(QComboBox(), "groupWeekOfMonth")
        for text, number in WEEK_CHOICES:
            self.week_combo.addItem(translate("GroupDialog", text), number)
        self._add_row(when_form, self.tr("&Which week"), self.week_combo,
                      self.tr("For a monthly group: which of the month's weeks it meets in (for example the 1st "
                              "Tuesday)."))
        self.anchor_edit = DateEdit(objectName="groupAnchor")
        self._add_row(when_form, self.tr("&Starting from"), self.anchor_edit,
                      self.tr("The first date of the pattern: sessions are scheduled from it (or from an earlier date "
                              "you choose, to add past sessions), and it sets which weeks an every-other-week group "
                              "meets in."))
        self.time_edit = named(QTimeEdit(), "groupStartTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self._add_row(when_form, self.tr("&Time"), self.time_edit, self.tr("The time sessions start (24-hour clock)."))
        self.length_spin = named(QSpinBox(), "groupDuration")
        self.length_spin.setRange(15, 480)
        self.length_spin.setSingleStep(15)
        self.length_spin.setSuffix(self.tr(" min"))
        self._add_row(when_form, self.tr("&Length"), self.length_spin, self.tr("How long a session lasts, in minutes."))
        self.summary_label = named(QLabel(), "recurrenceSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Meeting pattern"))
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        when_form.addRow(self.summary_label)

        self.skipped_list = named(QListWidget(), "skippedDates")
        self.skipped_list.setFixedHeight(self._lines_height(self.skipped_list, 5))
        self.skipped_list.installEventFilter(self)
        self.skip_date_edit = DateEdit(objectName="skipDate")
        describe_widget(self.skip_date_edit, self.tr("Date to skip"),
                        self.tr("Choose a date the group will not meet, then Add date."))
        self.add_skip_button = helper_button(self.tr("Add dat&e"), self.tr("Add date"),
                                             self.tr("Add the chosen date to the skipped dates."))
        self.remove_skip_button = helper_button(self.tr("&Remove"), self.tr("Remove skipped date"),
                                                self.tr("Remove the selected skipped date (or press Delete in the "
                                                        "list)."))
        skip_box = QWidget()
        skip_layout = QVBoxLayout(skip_box)
        skip_layout.setContentsMargins(0, 0, 0, 0)
        skip_layout.addWidget(self.skipped_list)
        skip_controls = QHBoxLayout()
        skip_controls.addWidget(self.skip_date_edit, 1)
        skip_controls.addWidget(self.add_skip_button)
        skip_controls.addWidget(self.remove_skip_button)
        skip_layout.addLayout(skip_controls)
        skip_layout.addStretch(1)  # spare height goes below the controls, not between them and the list
        skip_label = QLabel(self.tr("S&kipped dates"))
        skip_label.setBuddy(self.skipped_list)
        describe_widget(self.skipped_list, self.tr("Skipped dates"),
                        self.tr("Dates the group will not meet, such as holidays. Select one and press Delete to "
                                "remove it."))
        when_form.addRow(skip_label, skip_box)

        columns = QHBoxLayout()
        columns.addWidget(about, 1)
        columns.addWidget(when, 1)
        self.body.addLayout(columns)
        self.setMinimumWidth(880)

        self._prefill(group, instruments)
        self._instruments = instruments
        self.editing_since = group.updated_at if group is not None else None
        self._update_week_enabled()
        self._refresh_summary()
        self._update_remove_enabled()

        self.cadence_combo.currentIndexChanged.connect(self._on_cadence_combo_changed)
        self.weekday_combo.currentIndexChanged.connect(self._on_weekday_combo_changed)
        self.week_combo.currentIndexChanged.connect(self._refresh_summary)
        self.anchor_edit.dateChanged.connect(self._on_anchor_edit_changed)
        self.time_edit.timeChanged.connect(self._refresh_summary)
        self.length_spin.valueChanged.connect(self._refresh_summary)
        self.add_skip_button.clicked.connect(self._on_add_skip_button_clicked)
        self.remove_skip_button.clicked.connect(self._on_remove_skip_button_clicked)
        self.skipped_list.itemSelectionChanged.connect(self._update_remove_enabled)

        self._finish_tab_order([
            self.name_edit, self.venue_edit, self.instrument_combo, self.description_edit, self.agreement_edit,
            self.cadence_combo, self.weekday_combo, self.week_combo, self.anchor_edit, self.time_edit,
            self.length_spin, self.skipped_list, self.skip_date_edit, self.add_skip_button,
            self.remove_skip_button,
        ])

    # --- building -------------------------------------------------------------------------

    @staticmethod
    def _lines_height(widget: QWidget, lines: int) -> int:
        return widget.fontMetrics().lineSpacing() * lines + 12

    def _prefill(self, group: GroupRecord | None, instruments: list[InstrumentDefinition]) -> None:
        if group is None:
            weekday = self._today.weekday()
            self.weekday_combo.setCurrentIndex(weekday)
            self.anchor_edit.setDate(to_qdate(next_weekday(self._today, weekday)))
            self.time_edit.setTime(QTime(18, 30))
            self.length_spin.setValue(90)
            mood = next((i for i in instruments if i.key == MOOD_KEY), None)
            self._select_instrument(mood.id if mood else None)
            self.agreement_edit.setPlainText(translate("GroupDialog", DEFAULT_AGREEMENT))   # marked below
            self.skip_date_edit.setDate(to_qdate(self._today))
            return
        rec = group.recurrence
        self.skipped_list.clear()   # a reload shows only the reloaded version's dates
        self.name_edit.setText(group.name)
        self.venue_edit.setText(group.venue)
        self.description_edit.setPlainText(group.description)
        self.agreement_edit.setPlainText(group.agreement_text)
        self.cadence_combo.setCurrentIndex(self.cadence_combo.findData(rec.cadence))
        self.weekday_combo.setCurrentIndex(rec.weekday)
        self.week_combo.setCurrentIndex(max(0, self.week_combo.findData(rec.week_of_month)))
        self.anchor_edit.setDate(to_qdate(rec.anchor))
        self.time_edit.setTime(QTime(rec.start_time.hour, rec.start_time.minute))
        self.length_spin.setValue(rec.duration_minutes)
        self._select_instrument(group.instrument_id)
        for day in group.skipped_dates:
            self._add_skipped(day)
        upcoming = rec.next_dates(self._today, 1)
        self.skip_date_edit.setDate(to_qdate(upcoming[0] if upcoming else self._today))

    def _reload(self, current: object) -> None:
        if isinstance(current, GroupRecord):
            self._group = current
            self._prefill(current, self._instruments)

    def _select_instrument(self, instrument_id: object) -> None:
        # Not findData: Qt compares wrapped Python objects by identity, so an equal UUID read back
        # from the store would never match the listed one.
        index = next((i for i in range(self.instrument_combo.count())
                      if self.instrument_combo.itemData(i) == instrument_id), -1)
        if index < 0:
            # Kept so saving an edit never silently changes the group's check-in.
            self.instrument_combo.insertItem(0, self.tr("Current check-in (no longer listed)"), instrument_id)
            index = 0
        self.instrument_combo.setCurrentIndex(index)

    # --- values ---------------------------------------------------------------------------

    def skipped_dates(self) -> list[date]:
        return [self.skipped_list.item(row).data(_DATE_ROLE) for row in range(self.skipped_list.count())]

    def _cadence(self) -> Cadence:
        # Qt hands a StrEnum back as a plain str.
        return Cadence(self.cadence_combo.currentData())

    def _recurrence(self) -> Recurrence:
        qt_time = self.time_edit.time()
        return Recurrence(
            cadence=self._cadence(),
            weekday=self.weekday_combo.currentData(),
            anchor=to_date(self.anchor_edit.date()),
            start_time=time(qt_time.hour(), qt_time.minute()),
            duration_minutes=self.length_spin.value(),
            week_of_month=self.week_combo.currentData(),
        )

    def _collect(self) -> GroupDraft:
        name = self.name_edit.text().strip()
        if not name:
            raise ValidationError(self.tr("Please enter a group name: it cannot be left blank."))
        return GroupDraft(
            name=name,
            recurrence=self._recurrence(),
            description=self.description_edit.toPlainText().strip(),
            venue=self.venue_edit.text().strip(),
            instrument_id=self.instrument_combo.currentData(),
            agreement_text=self.agreement_edit.toPlainText().strip(),
            skipped_dates=tuple(self.skipped_dates()),
        )

    # --- live updates ---------------------------------------------------------------------

    def _refresh_summary(self) -> None:
        try:
            rec = self._recurrence()
        except ValidationError as exc:
            self.summary_label.setText(exc.message)
            return
        lines = [describe_recurrence(rec) + "."]
        if self._group is None:
            # A new group's first session is at its start date, even one already past (history to fill in).
            first = first_session_line(rec, self._today, self.skipped_dates())
            lines += [first] if first else []
        elif upcoming := rec.next_dates(self._today, 1, skipped=self.skipped_dates()):
            lines.append(f"{'First' if rec.anchor > self._today else 'Next'} session: {format_day(upcoming[0])}.")
        self.summary_label.setText("\n".join(lines))

    def _update_week_enabled(self) -> None:
        self.week_combo.setEnabled(self._cadence() is Cadence.MONTHLY)

    def _update_remove_enabled(self) -> None:
        self.remove_skip_button.setEnabled(bool(self.skipped_list.selectedItems()))

    def _add_skipped(self, day: date) -> QListWidgetItem:
        days = self.skipped_dates()
        if day in days:
            return self.skipped_list.item(days.index(day))
        item = QListWidgetItem(format_day(day))
        item.setData(_DATE_ROLE, day)
        self.skipped_list.insertItem(sum(1 for d in days if d < day), item)
        return item

    def _remove_selected_skipped(self) -> None:
        for item in self.skipped_list.selectedItems():
            self.skipped_list.takeItem(self.skipped_list.row(item))
        self._update_remove_enabled()
        self._refresh_summary()

    # --- slots ----------------------------------------------------------------------------

    def _on_cadence_combo_changed(self, _index: int) -> None:
        self._update_week_enabled()
        self._refresh_summary()

    def _on_weekday_combo_changed(self, _index: int) -> None:
        if self._anchor_follows_day:
            self._setting_anchor = True
            self.anchor_edit.setDate(to_qdate(next_weekday(self._today, self.weekday_combo.currentData())))
            self._setting_anchor = False
        self._refresh_summary()

    def _on_anchor_edit_changed(self) -> None:
        if not self._setting_anchor:
            self._anchor_follows_day = False
        self._refresh_summary()

    def _on_add_skip_button_clicked(self) -> None:
        item = self._add_skipped(to_date(self.skip_date_edit.date()))
        self.skipped_list.setCurrentItem(item)
        self._refresh_summary()

    def _on_remove_skip_button_clicked(self) -> None:
        self._remove_selected_skipped()
        self.skipped_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete (Backspace on a Mac keyboard) removes the selected skipped date.
        if (watched is self.skipped_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.skipped_list.selectedItems()):
            self._remove_selected_skipped()
            return True
        return super().eventFilter(watched, event)
