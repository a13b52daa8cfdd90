"""The group dialog: what it submits, how it prefills, and how it reads by keyboard."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from facilitator_app.domain.enums import Cadence, FlagRule
from facilitator_app.domain.instruments import BUILTIN_INSTRUMENTS, MOOD, PHQ2, WHO5, InstrumentItem
from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.recurrence import LAST_WEEK, Recurrence
from facilitator_app.errors import ValidationError
from facilitator_app.services.checkins import InstrumentDraft
from facilitator_app.services.container import Services
from facilitator_app.services.groups import DEFAULT_AGREEMENT, GroupDraft
from facilitator_app.ui.dialogs.group_dialog import AGREEMENT_NOTE, CHECKIN_NOTE, GroupDialog, next_weekday
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound
from tests.helpers.fixtures import weekly_draft

INSTRUMENTS = list(BUILTIN_INSTRUMENTS)


def make_group(**overrides: object) -> GroupRecord:
    fields: dict[str, object] = {
        "id": uuid.uuid4(), "name": "Zoë's Saturday Circle", "description": "For anyone finding winter hard.",
        "venue": "Søren Hall, Room 3",
        "recurrence": Recurrence(Cadence.MONTHLY, weekday=5, anchor=date(2026, 1, 3), start_time=time(10, 15),
                                 duration_minutes=120, week_of_month=3),
        "skipped_dates": (date(2026, 12, 19), date(2026, 8, 15)), "instrument_id": WHO5.id,
        "agreement_text": "We listen. We pass when we want to.", "agreement_version": 2,
        "updated_at": datetime(2026, 1, 1, 9, 0),
    }
    fields.update(overrides)
    return GroupRecord(**fields)  # type: ignore[arg-type]


@pytest.fixture
def submitted() -> list[object]:
    return []


@pytest.fixture
def new_dialog(qtbot, submitted: list[object]) -> GroupDialog:  # type: ignore[no-untyped-def]
    def submit(draft: GroupDraft) -> str:
        submitted.append(draft)
        return "created"
    dialog = GroupDialog(INSTRUMENTS, submit)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def error_label(dialog: QDialog) -> QLabel:
    return dialog.findChild(QLabel, "dialogError")


def test_a_new_group_typed_by_keyboard_is_submitted_as_a_draft(qtbot, new_dialog: GroupDialog,  # type: ignore[no-untyped-def]
                                                               submitted: list[object]) -> None:
    d = new_dialog
    qtbot.keyClicks(d.name_edit, "Tuesday Evening Peer Support")
    qtbot.keyClicks(d.venue_edit, "Community Hall, Room 2")
    qtbot.keyClick(d.cadence_combo, Qt.Key.Key_Down)          # Weekly -> Every other week
    d.weekday_combo.setCurrentIndex(1)                         # Tuesday
    d.time_edit.setTime(QTime(19, 0))
    qtbot.keyClick(d.length_spin, Qt.Key.Key_Up)               # 90 -> 105 minutes
    qtbot.keyClicks(d.description_edit, "For anyone who feels low.")
    qtbot.keyClick(d.name_edit, Qt.Key.Key_Return)

    anchor = next_weekday(date.today(), 1)
    assert submitted == [GroupDraft(
        name="Tuesday Evening Peer Support",
        recurrence=Recurrence(Cadence.FORTNIGHTLY, 1, anchor, time(19, 0), 105, 1),
        description="For anyone who feels low.", venue="Community Hall, Room 2", instrument_id=MOOD.id,
        agreement_text=DEFAULT_AGREEMENT, skipped_dates=())]
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.result_value == "created"


def test_a_new_group_starts_with_helpful_defaults(new_dialog: GroupDialog) -> None:
    d = new_dialog
    assert d.windowTitle() == "New group" and d.ok_button.text() == "Create group"
    assert d.ok_button.isDefault()
    assert d.time_edit.time() == QTime(18, 30) and d.time_edit.displayFormat() == "HH:mm"
    assert (d.length_spin.value(), d.length_spin.minimum(), d.length_spin.maximum()) == (90, 15, 480)
    assert d.length_spin.singleStep() == 15 and d.length_spin.suffix() == " min"
    assert d.instrument_combo.currentData() == MOOD.id
    assert d.agreement_edit.toPlainText() == DEFAULT_AGREEMENT
    assert d.findChild(QLabel, "agreementNote").text() == AGREEMENT_NOTE
    assert d.anchor_edit.calendarPopup()
    anchor = d.anchor_edit.date().toPython()
    assert anchor >= date.today() and anchor.weekday() == d.weekday_combo.currentData()
    assert not d.week_combo.isEnabled()
    assert not error_label(d).isVisible()
    assert d.focusWidget() is d.name_edit


def test_the_start_date_follows_the_day_until_the_facilitator_picks_one(new_dialog: GroupDialog) -> None:
    d = new_dialog
    for weekday in (3, 6):
        d.weekday_combo.setCurrentIndex(weekday)
        assert d.anchor_edit.date().toPython() == next_weekday(date.today(), weekday)
    d.anchor_edit.setDate(QDate(2027, 3, 1))
    d.weekday_combo.setCurrentIndex(2)
    assert d.anchor_edit.date() == QDate(2027, 3, 1)


def test_monthly_enables_which_week_and_the_summary_follows(qtbot, new_dialog: GroupDialog,  # type: ignore[no-untyped-def]
                                                            submitted: list[object]) -> None:
    d = new_dialog
    d.weekday_combo.setCurrentIndex(1)
    qtbot.keyClick(d.cadence_combo, Qt.Key.Key_Down)
    qtbot.keyClick(d.cadence_combo, Qt.Key.Key_Down)
    assert d.cadence_combo.currentText() == "Monthly"
    assert d.week_combo.isEnabled()
    assert [d.week_combo.itemText(i) for i in range(d.week_combo.count())] == ["1st", "2nd", "3rd", "4th", "Last"]
    d.week_combo.setCurrentIndex(4)
    assert "The last Tuesday of each month at 18:30 (90 min)" in d.summary_label.text()
    d.name_edit.setText("Łukasz's Monthly Meet-up")
    d.ok_button.click()
    draft = submitted[0]
    assert isinstance(draft, GroupDraft)
    assert draft.recurrence.cadence is Cadence.MONTHLY and draft.recurrence.week_of_month == LAST_WEEK
    qtbot.keyClick(d.cadence_combo, Qt.Key.Key_Up)
    assert not d.week_combo.isEnabled()


def test_the_summary_line_is_live(new_dialog: GroupDialog) -> None:
    d = new_dialog
    d.weekday_combo.setCurrentIndex(4)
    d.time_edit.setTime(QTime(10, 0))
    d.length_spin.setValue(60)
    assert d.summary_label.text().startswith("Every Friday at 10:00 (60 min).")
    assert "First session: Fri " in d.summary_label.text()


def test_a_duplicate_name_keeps_the_dialog_open_with_the_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    message = "There is already a group called 'Zoë's Saturday Circle'. Choose another name, or edit that group."
    attempts: list[GroupDraft] = []

    def submit(draft: GroupDraft) -> None:
        attempts.append(draft)
        if len(attempts) == 1:
            raise ValidationError(message)

    d = GroupDialog(INSTRUMENTS, submit)
    qtbot.addWidget(d)
    d.show()
    d.name_edit.setText("Zoë's Saturday Circle")
    qtbot.keyClick(d.venue_edit, Qt.Key.Key_Return)
    assert d.isVisible() and d.result() == QDialog.DialogCode.Rejected
    label = error_label(d)
    assert label.isVisible() and label.text() == message and label.wordWrap()
    assert label.accessibleName() == "Problem"
    assert d.focusWidget() is d.name_edit and d.name_edit.selectedText() == "Zoë's Saturday Circle"

    d.name_edit.setText("Zoë's Sunday Circle")
    d.ok_button.click()
    assert [a.name for a in attempts] == ["Zoë's Saturday Circle", "Zoë's Sunday Circle"]
    assert d.result() == QDialog.DialogCode.Accepted and not label.isVisible()


def test_a_blank_name_is_refused_before_submitting(new_dialog: GroupDialog, submitted: list[object]) -> None:
    new_dialog.name_edit.setText("   ")
    new_dialog.ok_button.click()
    assert submitted == []
    assert error_label(new_dialog).text() == "Please enter a group name: it cannot be left blank."
    assert new_dialog.isVisible()


def test_cancel_and_escape_submit_nothing(qtbot, new_dialog: GroupDialog,  # type: ignore[no-untyped-def]
                                          submitted: list[object]) -> None:
    new_dialog.name_edit.setText("Aiyana's Walking Group")
    new_dialog.cancel_button.click()
    assert new_dialog.result() == QDialog.DialogCode.Rejected and not new_dialog.isVisible()

    other = GroupDialog(INSTRUMENTS, submitted.append)
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClicks(other.name_edit, "Evening Group")
    qtbot.keyClick(other.name_edit, Qt.Key.Key_Escape)
    assert not other.isVisible() and other.result() == QDialog.DialogCode.Rejected
    assert submitted == []


def test_editing_prefills_every_field_and_saves_them_unchanged(qtbot) -> None:  # type: ignore[no-untyped-def]
    group = make_group()
    submitted: list[GroupDraft] = []
    d = GroupDialog(INSTRUMENTS, submitted.append, group=group)
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Edit group" and d.ok_button.text() == "Save"
    assert d.name_edit.text() == group.name and d.venue_edit.text() == group.venue
    assert d.description_edit.toPlainText() == group.description
    assert d.agreement_edit.toPlainText() == group.agreement_text
    assert d.cadence_combo.currentText() == "Monthly" and d.week_combo.currentText() == "3rd"
    assert d.week_combo.isEnabled()
    assert d.weekday_combo.currentText() == "Saturday"
    assert d.anchor_edit.date() == QDate(2026, 1, 3)
    assert d.time_edit.time() == QTime(10, 15) and d.length_spin.value() == 120
    assert d.instrument_combo.currentText() == WHO5.name
    assert [d.skipped_list.item(i).text() for i in range(d.skipped_list.count())] == [
        "Sat 15 Aug 2026", "Sat 19 Dec 2026"]
    assert "The third Saturday of each month at 10:15 (120 min)" in d.summary_label.text()

    d.weekday_combo.setCurrentIndex(4)  # editing: the start date stays where it was
    assert d.anchor_edit.date() == QDate(2026, 1, 3)
    d.weekday_combo.setCurrentIndex(5)
    d.ok_button.click()
    assert submitted == [GroupDraft(name=group.name, recurrence=group.recurrence, description=group.description,
                                    venue=group.venue, instrument_id=WHO5.id, agreement_text=group.agreement_text,
                                    skipped_dates=(date(2026, 8, 15), date(2026, 12, 19)))]


def test_editing_keeps_a_check_in_that_is_no_longer_listed(qtbot) -> None:  # type: ignore[no-untyped-def]
    submitted: list[GroupDraft] = []
    d = GroupDialog([MOOD, WHO5], submitted.append, group=make_group(instrument_id=PHQ2.id))
    qtbot.addWidget(d)
    d.ok_button.click()
    assert submitted[0].instrument_id == PHQ2.id


def test_editing_a_stored_group_shows_its_check_in(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    """Read back from the store, the group's instrument id is an equal UUID, not the listed object."""
    custom = services.checkins.create_instrument(InstrumentDraft(
        "Evening calm", (InstrumentItem("How settled?", 1, 7),), FlagRule.BELOW, 3))
    for number, (instrument_id, shown) in enumerate(
            ((MOOD.id, MOOD.name), (WHO5.id, WHO5.name), (custom.id, "Evening calm"), (None, "No scored check-in"))):
        created = services.groups.create_group(weekly_draft(f"Group {number}", instrument_id=instrument_id))
        group = services.groups.get_group(created.id)

        def save(draft: GroupDraft, group_id: uuid.UUID = group.id) -> GroupRecord:
            return services.groups.update_group(group_id, draft)

        d = GroupDialog(services.checkins.instruments(), save, group=group)
        qtbot.addWidget(d)
        d.show()
        assert d.instrument_combo.currentText() == shown
        texts = [d.instrument_combo.itemText(i) for i in range(d.instrument_combo.count())]
        assert "Current check-in (no longer listed)" not in texts
        assert d.findChild(QLabel, "checkinNote").text() == CHECKIN_NOTE
        d.ok_button.click()
        assert services.groups.get_group(group.id).instrument_id == instrument_id


def test_a_new_group_has_no_note_about_recorded_check_ins(new_dialog: GroupDialog) -> None:
    assert new_dialog.findChild(QLabel, "checkinNote") is None


def test_a_group_can_have_no_scored_check_in(new_dialog: GroupDialog, submitted: list[object]) -> None:
    d = new_dialog
    d.name_edit.setText("Nguyễn Văn An's Peer Group")
    d.instrument_combo.setCurrentIndex(d.instrument_combo.count() - 1)
    assert d.instrument_combo.currentText() == "No scored check-in"
    d.ok_button.click()
    assert isinstance(submitted[0], GroupDraft) and submitted[0].instrument_id is None


def test_skipped_dates_are_added_in_order_and_removed_by_keyboard(qtbot, new_dialog: GroupDialog,  # type: ignore[no-untyped-def]
                                                                  submitted: list[object]) -> None:
    d = new_dialog
    assert not d.remove_skip_button.isEnabled()
    for day in (QDate(2026, 12, 29), QDate(2026, 12, 22), QDate(2026, 12, 29)):
        d.skip_date_edit.setDate(day)
        qtbot.keyClick(d.add_skip_button, Qt.Key.Key_Space)
    assert d.skipped_dates() == [date(2026, 12, 22), date(2026, 12, 29)]
    assert d.skipped_list.currentItem().text() == "Tue 29 Dec 2026"

    d.skipped_list.setCurrentRow(0)
    assert d.remove_skip_button.isEnabled()
    qtbot.keyClick(d.skipped_list, Qt.Key.Key_Delete)
    assert d.skipped_dates() == [date(2026, 12, 29)]
    d.skipped_list.setCurrentRow(0)
    d.remove_skip_button.click()
    assert d.skipped_dates() == []
    assert not d.remove_skip_button.isEnabled()

    d.skip_date_edit.setDate(QDate(2027, 1, 5))
    d.add_skip_button.click()
    d.name_edit.setText("Søren's Group")
    d.ok_button.click()
    assert isinstance(submitted[0], GroupDraft) and submitted[0].skipped_dates == (date(2027, 1, 5),)


def test_tab_moves_through_the_fields_in_reading_order(new_dialog: GroupDialog) -> None:
    d = new_dialog
    expected: list[QWidget] = [
        d.name_edit, d.venue_edit, d.instrument_combo, d.description_edit, d.agreement_edit, d.cadence_combo,
        d.weekday_combo, d.week_combo, d.anchor_edit, d.time_edit, d.length_spin, d.skipped_list,
        d.skip_date_edit, d.add_skip_button, d.remove_skip_button, d.ok_button, d.cancel_button]
    order: list[QWidget] = []
    widget: QWidget = d.name_edit
    for _ in range(200):
        if widget in expected and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == expected
    assert d.description_edit.tabChangesFocus() and d.agreement_edit.tabChangesFocus()


def test_every_control_is_named_and_explained(qtbot) -> None:  # type: ignore[no-untyped-def]
    for group in (None, make_group()):
        d = GroupDialog(INSTRUMENTS, lambda draft: None, group=group)
        qtbot.addWidget(d)
        assert_all_named(d)
        assert_mnemonics_sound(d)
        assert d.name_edit.objectName() == "groupName"
