"""Roster > Merge with…: two member records that are one person become one, undoable with Ctrl+Z.

The member selected in the roster is kept; the facilitator chooses the other record, reads what
will happen (both names, what moves over, what becomes of the other record), and confirms.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import GroupRecord, MemberRecord
from facilitator_app.errors import AppError
from facilitator_app.services.container import Services
from facilitator_app.ui.actions import make_action
from facilitator_app.ui.attendance_commands import SavedFirstCommand
from facilitator_app.ui.dialogs.submit_dialog import describe_widget, ok_cancel_buttons
from facilitator_app.ui.language import translate
from facilitator_app.ui.naming import named

if TYPE_CHECKING:  # the merge's own module is imported with its service, when a merge is first asked for
    from facilitator_app.domain.member_merge import MemberMerge, MergeCounts

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole


def _label(member: MemberRecord) -> str:
    """A name that tells two namesakes apart: the preferred name, and the full name when it adds something."""
    full = member.full_name.strip()
    if not full or full == member.preferred_name:
        return member.preferred_name
    return translate("MemberMerge", "{name} ({full})").format(name=member.preferred_name, full=full)


class MergeMembersDialog(QDialog):
    """Choose the other record of the person kept, and confirm, seeing what will happen."""

    def __init__(self, keep: MemberRecord, others: list[MemberRecord],
                 preview: Callable[[uuid.UUID], MergeCounts], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeMembersDialog")
        self.setWindowTitle(self.tr("Merge two members"))
        self.setAccessibleName(self.tr("Merge two members"))
        self._keep = keep
        self._preview = preview
        intro = QLabel(self.tr("{label} is kept. Which other record is the same person?").format(label=_label(keep)),
                       wordWrap=True)
        intro.setObjectName("mergeMembersIntro")
        self.others = named(QListWidget(), "mergeMembersList")
        describe_widget(self.others, self.tr("The other record"),
                        self.tr("Choose the record that is the same person with the arrow keys"))
        for member in others:
            item = QListWidgetItem(_label(member))
            item.setData(MEMBER_ID_ROLE, member.id)
            self.others.addItem(item)
        intro.setBuddy(self.others)
        self.what_happens = named(QLabel(wordWrap=True), "mergeMembersSummary")
        self.what_happens.setAccessibleName(self.tr("What the merge will do"))
        self.what_happens.setTextFormat(Qt.TextFormat.PlainText)
        self.what_happens.setMinimumHeight(self.what_happens.fontMetrics().lineSpacing() * 5)
        self.what_happens.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        buttons, self.merge_button = ok_cancel_buttons(
            self, (self.tr("Merge"), "mergeMembersOk", self.tr("Merge the two records into one (Ctrl+Z undoes it)")),
            ("mergeMembersCancel", self.tr("Change nothing (Esc)")))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.others, 1)
        layout.addWidget(self.what_happens)
        layout.addWidget(buttons)
        self.others.currentItemChanged.connect(lambda *_: self._show_what_happens())
        self.others.setCurrentRow(0)
        self.others.setFocus()
        self.resize(520, 380)

    def chosen_member_id(self) -> uuid.UUID | None:
        item = self.others.currentItem()
        return item.data(MEMBER_ID_ROLE) if item is not None else None

    def _show_what_happens(self) -> None:
        item = self.others.currentItem()
        if item is None:
            self.what_happens.setText("")
            self.merge_button.setEnabled(False)
            return
        try:
            counts = self._preview(item.data(MEMBER_ID_ROLE))
        except AppError as exc:
            self.what_happens.setText(exc.message)
            self.merge_button.setEnabled(False)
            return
        self.merge_button.setEnabled(True)
        self.what_happens.setText(
            self.tr("“{text}” will be merged into “{label}”. {describe} Details that {preferred_name}'s record "
                    "leaves blank are filled in from the other; then the other record is deleted. Ctrl+Z undoes "
                    "the merge.").format(text=item.text(), label=_label(self._keep), describe=counts.describe(),
                                         preferred_name=self._keep.preferred_name))


class MergeMembersCommand(SavedFirstCommand):
    """Undo splits the two records again from the merge's snapshot; redo merges them again.
    Each says what it did in the status bar, by the names the roster shows (preferred names)."""

    def __init__(self, merge: MemberMerge, names: tuple[str, str], services: Services,
                 on_error: Callable[[str], None], on_status: Callable[[str], None]) -> None:
        kept, other = names
        super().__init__(translate("MergeMembersCommand", "Merge {other} into {kept}").format(other=other, kept=kept))
        self._merge = merge
        self._names = names
        self._services = services
        self._on_error = on_error
        self._on_status = on_status

    def _redo(self) -> None:
        kept, other = self._names
        try:
            self._merge = self._services.merges.merge(self._merge.survivor_id, self._merge.absorbed_id)
        except AppError as exc:
            self._failed(exc)
            return
        self._on_status(translate("MergeMembersCommand",
                                  "Merged {other} into {kept} again. Ctrl+Z undoes it.").format(other=other, kept=kept))

    def undo(self) -> None:
        kept, other = self._names
        try:
            self._services.merges.unmerge(self._merge)
        except AppError as exc:
            self._failed(exc)
            return
        self._on_status(translate("MergeMembersCommand", "Merge undone: {kept} and {other} are two records again. "
                                                         "Ctrl+Shift+Z merges them again.").format(kept=kept,
                                                                                                   other=other))

    def _failed(self, exc: AppError) -> None:
        # Nothing changed in the store, so the stack must not claim it did: an obsolete command
        # is dropped by the stack, and Ctrl+Z / Ctrl+Shift+Z never step past the failure.
        self.setObsolete(True)
        self._on_error(exc.message)


class MemberMerger(QObject):
    """Owns the "Merge with…" action of the roster's selected member."""

    error_raised = Signal(str)
    status_message = Signal(str)

    def __init__(self, services: Services, undo_stack: QUndoStack, selected_member: Callable[[], MemberRecord | None],
                 current_group: Callable[[], GroupRecord | None], window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._undo = undo_stack
        self._selected_member = selected_member
        self._current_group = current_group
        self._window = window
        self.action: QAction = make_action(
            self, self.tr("Merge &with…"), "mergeMembersAction", self.merge_selected, "Ctrl+Shift+M",
            self.tr("The selected member and another record are the same person: make them one (Ctrl+Shift+M)"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.update_enabled()

    def update_enabled(self) -> None:
        self.action.setEnabled(self._selected_member() is not None)

    def merge_selected(self) -> None:
        keep, group = self._selected_member(), self._current_group()
        if keep is None or group is None:
            return
        try:
            others = [entry.member for entry in self._services.members.roster(group.id, include_former=True)
                      if entry.member.id != keep.id]
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if not others:
            self.status_message.emit(self.tr("{name} has no other member to merge {preferred_name} with.").format(
                name=group.name, preferred_name=keep.preferred_name))
            return
        dialog = MergeMembersDialog(keep, others, lambda other: self._services.merges.preview(keep.id, other),
                                    self._window)
        other_id = dialog.chosen_member_id() if dialog.exec() else None
        if other_id is None:
            return
        other = next(m for m in others if m.id == other_id)
        try:
            merge = self._services.merges.merge(keep.id, other_id)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._undo.push(MergeMembersCommand(merge, (keep.preferred_name, other.preferred_name),
                                            self._services, self.error_raised.emit, self.status_message.emit))
        self.status_message.emit(self.tr("Merged {label} into {label2}. Ctrl+Z undoes it.").format(label=_label(other),
                                                                                                   label2=_label(keep)))

