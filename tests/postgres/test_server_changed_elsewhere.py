"""Two facilitators editing one record on the organisation server: nobody's change is lost silently.

The second save is refused with "changed by someone else", and the form offers to reload their
version, to save one's own over it, or to keep editing (ui/dialogs/submit_dialog.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from facilitator_app.domain.records import MemberDraft
from facilitator_app.errors import ChangedElsewhereError
from facilitator_app.services.container import Services
from facilitator_app.services.groups import GroupDraft
from facilitator_app.ui.dialogs.group_dialog import GroupDialog
from facilitator_app.ui.dialogs.member_dialog import MemberDialog
from tests.helpers.fixtures import weekly_draft


def _answer_with(button_name: str) -> list[str]:
    """Press ``button_name`` in the "changed by someone else" box as soon as it shows; returns its text."""
    seen: list[str] = []

    def press() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "changedElsewhereBox" and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        button = box.findChild(QPushButton, button_name)
        assert button is not None
        button.click()

    QTimer.singleShot(0, press)
    return seen


def _error_text(dialog: GroupDialog) -> str:
    label = dialog.findChild(QLabel, "dialogError")
    assert label is not None and label.isVisible()
    return label.text()


def test_a_member_saved_by_someone_else_is_not_overwritten_silently(laptops: tuple[Services, Services]) -> None:
    ana, ben = laptops
    member = ana.members.add_member(MemberDraft(preferred_name="Kit", phone="0700 000001"))
    opened = ana.members.get_member(member.id)
    ben.members.update_member(member.id, MemberDraft(preferred_name="Kit", phone="0700 999999"),
                              expected=ben.members.get_member(member.id).updated_at)
    with pytest.raises(ChangedElsewhereError) as caught:
        ana.members.update_member(member.id, MemberDraft(preferred_name="Kitty"), expected=opened.updated_at)
    assert "Someone else changed" in caught.value.message and "not saved" in caught.value.message
    assert isinstance(caught.value.current, type(opened)) and caught.value.current.phone == "0700 999999"
    stored = ben.members.get_member(member.id)
    assert (stored.preferred_name, stored.phone) == ("Kit", "0700 999999")   # Ana's edit wrote nothing


def test_the_member_form_reloads_their_version_then_saves(qtbot: QtBot, laptops: tuple[Services, Services]) -> None:
    ana, ben = laptops
    member = ana.members.add_member(MemberDraft(preferred_name="Kit"))

    def save(draft: MemberDraft) -> object:
        return ana.members.update_member(member.id, draft, expected=dialog.editing_since)

    dialog = MemberDialog(save, member=ana.members.get_member(member.id))
    qtbot.addWidget(dialog)
    dialog.show()
    ben.members.update_member(member.id, MemberDraft(preferred_name="Kit", pronouns="they/them"))
    dialog.preferred_name_edit.setText("Kitty")
    seen = _answer_with("reloadTheirs")
    dialog.ok_button.click()
    assert seen and "Someone else saved changes" in seen[0]
    assert dialog.isVisible() and dialog.result() == 0   # still open: nothing saved
    assert dialog.preferred_name_edit.text() == "Kit" and dialog.pronouns_combo.currentText() == "they/them"
    dialog.preferred_name_edit.setText("Kitty")
    dialog.ok_button.click()   # now based on their version: saved
    stored = ben.members.get_member(member.id)
    assert (stored.preferred_name, stored.pronouns) == ("Kitty", "they/them")


def test_the_group_form_can_save_mine_over_theirs(qtbot: QtBot, laptops: tuple[Services, Services]) -> None:
    ana, ben = laptops
    group = ana.groups.create_group(weekly_draft(venue="Room 1"))

    def save(draft: GroupDraft) -> object:
        return ana.groups.update_group(group.id, draft, expected=dialog.editing_since)

    dialog = GroupDialog(ana.checkins.instruments(), save, group=ana.groups.get_group(group.id))
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = ben.groups.get_group(group.id)
    ben.groups.update_group(group.id, weekly_draft(venue="Room 2", skipped_dates=[date(2026, 12, 24)]),
                            expected=theirs.updated_at)
    dialog.venue_edit.setText("Hall 3")
    seen = _answer_with("saveMine")
    dialog.ok_button.click()
    assert seen and dialog.result() == 1
    assert ben.groups.get_group(group.id).venue == "Hall 3"


def test_keep_editing_saves_nothing(qtbot: QtBot, laptops: tuple[Services, Services]) -> None:
    ana, ben = laptops
    group = ana.groups.create_group(weekly_draft(venue="Room 1"))

    def save(draft: GroupDraft) -> object:
        return ana.groups.update_group(group.id, draft, expected=dialog.editing_since)

    dialog = GroupDialog(ana.checkins.instruments(), save, group=ana.groups.get_group(group.id))
    qtbot.addWidget(dialog)
    dialog.show()
    ben.groups.update_group(group.id, weekly_draft(venue="Room 2"))
    dialog.venue_edit.setText("Hall 3")
    _answer_with("keepEditing")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.venue_edit.text() == "Hall 3"   # the typing is still there
    assert ben.groups.get_group(group.id).venue == "Room 2"
    assert "someone else changed" in _error_text(dialog)

