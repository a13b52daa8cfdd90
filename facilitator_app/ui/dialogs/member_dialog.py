"""Add or edit a member: a preferred name, and other details only if the member agrees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import MemberRecord
from facilitator_app.errors import ValidationError
from facilitator_app.services.members import MemberDraft
from facilitator_app.ui.dialogs.submit_dialog import SubmitDialog, describe_widget, to_date, to_qdate
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.date_edit import DateEdit

PRIVACY_NOTE = QT_TRANSLATE_NOOP("MemberDialog", "Only a preferred name is needed. Add other details only if the "
                                                 "member is happy for you to keep them.")
REMOVAL_NOTE = QT_TRANSLATE_NOOP("MemberDialog", "“More details” is unticked: saving will remove the other details "
                                                 "kept for this member.")
PRONOUN_CHOICES = ("", QT_TRANSLATE_NOOP("MemberDialog", "she/her"), QT_TRANSLATE_NOOP("MemberDialog", "he/him"),
                   QT_TRANSLATE_NOOP("MemberDialog", "they/them"))
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no limit" for widget sizes
EXTRA_TEXT_FIELDS = ("full_name", "phone", "email", "emergency_contact_name", "emergency_contact_phone", "notes")


def has_extra_details(member: MemberRecord) -> bool:
    """Whether anything beyond the preferred name and pronouns is kept for the member."""
    return member.consent_to_contact or any(getattr(member, name) for name in EXTRA_TEXT_FIELDS)


class MemberDialog(SubmitDialog[MemberDraft]):
    """The form for a new member, or for editing one (``member`` given)."""

    def __init__(self, submit: Callable[[MemberDraft], object], member: MemberRecord | None = None,
                 parent: QWidget | None = None, joined_on: date | None = None) -> None:
        """``joined_on`` (adding to a group only) shows an "In the group since" date, defaulting to it,
        so last week's paper sheet can be typed in for someone new."""
        editing = member is not None
        super().__init__(submit, title=self.tr("Edit member") if editing else self.tr("New member"),
                         ok_text=self.tr("Save") if editing else self.tr("Add member"),
                         ok_tip=self.tr("Save the changes to this member.") if editing else self.tr("Add the member."),
                         parent=parent)
        self.setObjectName("memberDialog")
        self._had_extra = member is not None and has_extra_details(member)

        privacy = named(QLabel(translate("MemberDialog", PRIVACY_NOTE)), "privacyNote")
        privacy.setWordWrap(True)
        self.body.addWidget(privacy)

        form = QFormLayout()
        self.preferred_name_edit = named(QLineEdit(), "memberPreferredName")
        self.preferred_name_edit.setPlaceholderText(self.tr("The name they like to be called"))
        self._add_row(form, self.tr("Preferred &name"), self.preferred_name_edit,
                      self.tr("The name they like to be called in the group. The only detail you need."))
        self.pronouns_combo = named(QComboBox(), "memberPronouns")
        self.pronouns_combo.setEditable(True)
        self.pronouns_combo.addItems([translate("MemberDialog", c) if c else "" for c in PRONOUN_CHOICES])
        if (pronouns_line := self.pronouns_combo.lineEdit()) is not None:  # always, now it is editable
            pronouns_line.setPlaceholderText(self.tr("Optional"))
        self._add_row(form, self.tr("&Pronouns"), self.pronouns_combo,
                      self.tr("Optional. Choose one or type their own words."))
        self.joined_edit: DateEdit | None = None
        if joined_on is not None and member is None:
            self.joined_edit = DateEdit(to_qdate(joined_on), objectName="memberJoinedOn")
            self._add_row(form, self.tr("In the group &since"), self.joined_edit,
                          self.tr("From which session they count as a member (their first session)."))
        self.body.addLayout(form)

        self.details_box = named(QGroupBox(self.tr("More &details (optional)")), "memberDetails")
        self.details_box.setCheckable(True)
        describe_widget(self.details_box, self.tr("More details (optional)"),
                        self.tr("Tick to keep contact details, only if the member is happy for you to."))
        self._details_fields = QWidget()
        details_form = QFormLayout(self._details_fields)
        details_form.setContentsMargins(0, 0, 0, 0)
        self._box_layout = QVBoxLayout(self.details_box)
        self._box_layout.addWidget(self._details_fields)
        self._box_margins = self._box_layout.contentsMargins()
        self.full_name_edit = named(QLineEdit(), "memberFullName")
        self._add_row(details_form, self.tr("&Full name"), self.full_name_edit,
                      self.tr("Their full name, if they want it kept."))
        self.phone_edit = named(QLineEdit(), "memberPhone")
        self._add_row(details_form, self.tr("P&hone"), self.phone_edit, self.tr("A phone number to reach them on."))
        self.email_edit = named(QLineEdit(), "memberEmail")
        self._add_row(details_form, self.tr("&Email"), self.email_edit, self.tr("An email address to reach them at."))
        self.emergency_name_edit = named(QLineEdit(), "memberEmergencyName")
        self._add_row(details_form, self.tr("Emergency &contact name"), self.emergency_name_edit,
                      self.tr("Someone to call if they are unwell during a session, if they have told you who."))
        self.emergency_phone_edit = named(QLineEdit(), "memberEmergencyPhone")
        self._add_row(details_form, self.tr("Emergency contact ph&one"), self.emergency_phone_edit,
                      self.tr("The emergency contact's phone number."))
        self.notes_edit = named(QPlainTextEdit(), "memberNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 12)
        self._add_row(details_form, self.tr("No&tes"), self.notes_edit,
                      self.tr("Anything practical to remember, such as access needs. Keep it short and kind."))
        self.consent_check = named(QCheckBox(self.tr("Happ&y to be contacted")), "memberConsent")
        describe_widget(self.consent_check, self.tr("Happy to be contacted"),
                        self.tr("Tick only if they said you may phone or email them between sessions."))
        details_form.addRow(self.consent_check)
        self.body.addWidget(self.details_box)

        self.removal_note = named(QLabel(translate("MemberDialog", REMOVAL_NOTE)), "detailsRemovalNote")
        self.removal_note.setWordWrap(True)
        self.body.addWidget(self.removal_note)

        # The preferred name is the first field, whichever row was added first.
        self._first_field = self.preferred_name_edit
        self._prefill(member)
        self.editing_since = member.updated_at if member is not None else None
        self.details_box.toggled.connect(self._on_details_box_toggled)
        self._update_details_shown()
        self.setMinimumWidth(460)

        self._finish_tab_order([
            self.preferred_name_edit, self.pronouns_combo, *([self.joined_edit] if self.joined_edit else []),
            self.details_box, self.full_name_edit,
            self.phone_edit, self.email_edit, self.emergency_name_edit, self.emergency_phone_edit,
            self.notes_edit, self.consent_check,
        ])

    def joined_on(self) -> date | None:
        """The chosen joining date (None when the dialog has no such field)."""
        if self.joined_edit is None:
            return None
        return to_date(self.joined_edit.date())

    def _prefill(self, member: MemberRecord | None) -> None:
        self.details_box.setChecked(self._had_extra)
        if member is None:
            return
        self.preferred_name_edit.setText(member.preferred_name)
        self.pronouns_combo.setCurrentText(member.pronouns)
        self.full_name_edit.setText(member.full_name)
        self.phone_edit.setText(member.phone)
        self.email_edit.setText(member.email)
        self.emergency_name_edit.setText(member.emergency_contact_name)
        self.emergency_phone_edit.setText(member.emergency_contact_phone)
        self.notes_edit.setPlainText(member.notes)
        self.consent_check.setChecked(member.consent_to_contact)

    def _reload(self, current: object) -> None:
        if isinstance(current, MemberRecord):
            self._had_extra = has_extra_details(current)
            self._prefill(current)
            self._update_details_shown()

    def _collect(self) -> MemberDraft:
        preferred = self.preferred_name_edit.text().strip()
        if not preferred:
            raise ValidationError(self.tr("Please enter a preferred name: it cannot be left blank."))
        pronouns = self.pronouns_combo.currentText().strip()
        if not self.details_box.isChecked():
            return MemberDraft(preferred_name=preferred, pronouns=pronouns)
        return MemberDraft(
            preferred_name=preferred,
            pronouns=pronouns,
            full_name=self.full_name_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            emergency_contact_name=self.emergency_name_edit.text().strip(),
            emergency_contact_phone=self.emergency_phone_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            consent_to_contact=self.consent_check.isChecked(),
        )

    def _update_details_shown(self) -> None:
        checked = self.details_box.isChecked()
        self._details_fields.setVisible(checked)
        # Collapsed, the box is just its tick box and title: no empty frame under it.
        self._box_layout.setContentsMargins(self._box_margins if checked else QMargins(0, 0, 0, 0))
        title_height = max(self.details_box.fontMetrics().height(),
                           self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)) + 4
        self.details_box.setMaximumHeight(QWIDGETSIZE_MAX if checked else title_height)
        self.removal_note.setVisible(self._had_extra and not checked)

    def _on_details_box_toggled(self, _checked: bool) -> None:
        self._update_details_shown()
        self.adjustSize()
