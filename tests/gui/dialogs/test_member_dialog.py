"""The member dialog: only a preferred name is needed; other details only when ticked."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from facilitator_app.domain.records import MemberRecord
from facilitator_app.errors import ValidationError
from facilitator_app.services.members import MemberDraft
from facilitator_app.ui.dialogs.member_dialog import PRIVACY_NOTE, MemberDialog
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound

MEMBER = MemberRecord(id=uuid.uuid4(), preferred_name="Nguyễn Văn An", full_name="Nguyễn Văn An",
                      pronouns="he/him", phone="07700 900123", email="an@example.org",
                      emergency_contact_name="Aiyana", emergency_contact_phone="07700 900456",
                      notes="Prefers a seat near the door.", consent_to_contact=True)


@pytest.fixture
def submitted() -> list[MemberDraft]:
    return []


def open_dialog(qtbot, submit, member: MemberRecord | None = None) -> MemberDialog:  # type: ignore[no-untyped-def]
    d = MemberDialog(submit, member)
    qtbot.addWidget(d)
    d.show()
    return d


def test_a_preferred_name_is_all_a_new_member_needs(qtbot, submitted: list[MemberDraft]) -> None:  # type: ignore[no-untyped-def]
    d = open_dialog(qtbot, submitted.append)
    assert d.windowTitle() == "New member" and d.ok_button.text() == "Add member"
    assert d.findChild(QLabel, "privacyNote").text() == PRIVACY_NOTE
    assert d.preferred_name_edit.placeholderText() == "The name they like to be called"
    assert not d.details_box.isChecked() and not d.full_name_edit.isVisible()
    assert d.pronouns_combo.currentText() == ""
    assert d.focusWidget() is d.preferred_name_edit
    qtbot.keyClicks(d.preferred_name_edit, "Aiyana")
    qtbot.keyClick(d.preferred_name_edit, Qt.Key.Key_Return)
    assert submitted == [MemberDraft(preferred_name="Aiyana")]
    assert d.result() == QDialog.DialogCode.Accepted


def test_pronouns_offer_common_choices_and_accept_their_own_words(qtbot, submitted: list[MemberDraft]) -> None:  # type: ignore[no-untyped-def]
    d = open_dialog(qtbot, submitted.append)
    choices = [d.pronouns_combo.itemText(i) for i in range(d.pronouns_combo.count())]
    assert {"she/her", "he/him", "they/them", ""} <= set(choices)
    d.preferred_name_edit.setText("Zoë")
    qtbot.keyClicks(d.pronouns_combo, "xe/xem")
    d.ok_button.click()
    assert submitted == [MemberDraft(preferred_name="Zoë", pronouns="xe/xem")]


def test_more_details_are_kept_only_when_ticked(qtbot, submitted: list[MemberDraft]) -> None:  # type: ignore[no-untyped-def]
    d = open_dialog(qtbot, submitted.append)
    d.preferred_name_edit.setText("Søren")
    qtbot.keyClick(d.details_box, Qt.Key.Key_Space)
    assert d.details_box.isChecked() and d.full_name_edit.isVisible()
    qtbot.keyClicks(d.phone_edit, "07700 900789")
    qtbot.keyClicks(d.email_edit, "soren@example.org")
    d.emergency_name_edit.setText("Łukasz")
    qtbot.keyClick(d.consent_check, Qt.Key.Key_Space)
    d.ok_button.click()
    assert submitted == [MemberDraft(preferred_name="Søren", phone="07700 900789", email="soren@example.org",
                                     emergency_contact_name="Łukasz", consent_to_contact=True)]

    typed_then_unticked = open_dialog(qtbot, submitted.append)
    typed_then_unticked.preferred_name_edit.setText("Aiyana")
    typed_then_unticked.details_box.setChecked(True)
    typed_then_unticked.phone_edit.setText("07700 900000")
    typed_then_unticked.details_box.setChecked(False)
    assert not typed_then_unticked.phone_edit.isVisible()
    assert not typed_then_unticked.findChild(QLabel, "detailsRemovalNote").isVisible()
    typed_then_unticked.ok_button.click()
    assert submitted[-1] == MemberDraft(preferred_name="Aiyana")


def test_editing_prefills_and_keeps_every_detail(qtbot, submitted: list[MemberDraft]) -> None:  # type: ignore[no-untyped-def]
    d = open_dialog(qtbot, submitted.append, MEMBER)
    assert d.windowTitle() == "Edit member" and d.ok_button.text() == "Save"
    assert d.details_box.isChecked() and d.full_name_edit.isVisible()
    assert d.preferred_name_edit.text() == "Nguyễn Văn An" and d.pronouns_combo.currentText() == "he/him"
    assert d.notes_edit.toPlainText() == MEMBER.notes and d.consent_check.isChecked()
    d.ok_button.click()
    assert submitted == [MemberDraft(
        preferred_name=MEMBER.preferred_name, full_name=MEMBER.full_name, pronouns=MEMBER.pronouns,
        phone=MEMBER.phone, email=MEMBER.email, emergency_contact_name=MEMBER.emergency_contact_name,
        emergency_contact_phone=MEMBER.emergency_contact_phone, notes=MEMBER.notes, consent_to_contact=True)]


def test_editing_a_member_with_only_a_name_leaves_the_box_closed(qtbot, submitted: list[MemberDraft]) -> None:  # type: ignore[no-untyped-def]
    d = open_dialog(qtbot, submitted.append, MemberRecord(id=uuid.uuid4(), preferred_name="Zoë", pronouns="she/her"))
    assert not d.details_box.isChecked()
    assert not d.findChild(QLabel, "detailsRemovalNote").isVisible()
    d.ok_button.click()
    assert submitted == [MemberDraft(preferred_name="Zoë", pronouns="she/her")]


def test_unticking_while_editing_warns_and_removes_the_details(qtbot, submitted: list[MemberDraft]) -> None:  # type: ignore[no-untyped-def]
    d = open_dialog(qtbot, submitted.append, MEMBER)
    note = d.findChild(QLabel, "detailsRemovalNote")
    assert not note.isVisible()
    d.details_box.setChecked(False)
    assert note.isVisible()
    d.ok_button.click()
    assert submitted == [MemberDraft(preferred_name=MEMBER.preferred_name, pronouns="he/him")]


def test_a_blank_name_or_a_refused_detail_keeps_the_dialog_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    def submit(draft: MemberDraft) -> None:
        raise ValidationError("'aiyana.example.org' does not look like an email address; correct it or leave it blank.")

    d = open_dialog(qtbot, submit)
    error = d.findChild(QLabel, "dialogError")
    d.ok_button.click()
    assert error.isVisible() and error.text() == "Please enter a preferred name: it cannot be left blank."
    assert d.focusWidget() is d.preferred_name_edit
    d.preferred_name_edit.setText("Aiyana")
    d.details_box.setChecked(True)
    d.email_edit.setText("aiyana.example.org")
    d.ok_button.click()
    assert d.isVisible() and "does not look like an email address" in error.text()


def test_cancel_and_escape_add_nobody(qtbot, submitted: list[MemberDraft]) -> None:  # type: ignore[no-untyped-def]
    d = open_dialog(qtbot, submitted.append)
    qtbot.keyClicks(d.preferred_name_edit, "Aiyana")
    qtbot.keyClick(d.preferred_name_edit, Qt.Key.Key_Escape)
    assert not d.isVisible() and d.result() == QDialog.DialogCode.Rejected
    other = open_dialog(qtbot, submitted.append, MEMBER)
    other.cancel_button.click()
    assert submitted == []


def test_every_control_is_named_and_explained(qtbot) -> None:  # type: ignore[no-untyped-def]
    for member in (None, MEMBER):
        d = open_dialog(qtbot, lambda draft: None, member)
        assert_all_named(d)
        assert_mnemonics_sound(d)
        assert d.preferred_name_edit.objectName() == "memberPreferredName"
        assert d.notes_edit.tabChangesFocus()
