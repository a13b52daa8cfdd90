"""Roster > Erase member…: a member's request to be forgotten (GDPR Art. 17), confirmed in a dialog.

The dialog says what goes (details, check-ins, attendance, memberships, their name in their groups'
notes) and what stays (each session's headcount); Erase makes a backup and erases. It cannot be
undone from the window, so the undo history is cleared: no step in it could still apply.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from facilitator_app.domain.records import MemberRecord
from facilitator_app.errors import AppError
from facilitator_app.services.container import Services
from facilitator_app.ui.actions import make_action
from facilitator_app.ui.dialogs.submit_dialog import ok_cancel_buttons
from facilitator_app.ui.language import translate
from facilitator_app.ui.naming import named


def _label(member: MemberRecord) -> str:
    full = member.full_name.strip()
    if not full or full == member.preferred_name:
        return member.preferred_name
    return translate("MemberErasure", "{name} ({full})").format(name=member.preferred_name, full=full)


class EraseMemberDialog(QDialog):
    """Says what erasing the member does; Erase accepts, Cancel (the default) and Esc change nothing."""

    def __init__(self, member: MemberRecord, parent: QWidget | None = None, *, on_server: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("eraseMemberDialog")
        self.setWindowTitle(self.tr("Erase member"))
        self.setAccessibleName(self.tr("Erase member"))
        self.summary = named(QLabel(wordWrap=True), "eraseMemberSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("What erasing does"))
        what = self.tr("Erase {label} for good, as they asked? Their details, check-ins, attendance and group "
                       "memberships are removed, and their name becomes [erased] in the notes, topics, comments and "
                       "words of their groups. Each session they came to keeps its headcount: they count as a "
                       "visitor there.").format(label=_label(member))
        if on_server:
            kept = self.tr("Laptops remove the member too when they next sync. The organisation server's own "
                           "backups hold the member until they expire (ask its administrator). This cannot be undone "
                           "here.")
        else:
            kept = self.tr("A backup is made first; it still holds the member until backups are rotated out (see "
                           "README). This cannot be undone here.")
        self.summary.setText(f"{what} {kept}")
        tip = self.tr("Erase the member for good") if on_server else \
            self.tr("Erase the member for good (a backup is made first)")
        buttons, self.erase_button = ok_cancel_buttons(
            self, (self.tr("Erase"), "eraseMemberOk", tip),
            ("eraseMemberCancel", self.tr("Change nothing (Esc)")))
        self.erase_button.setAutoDefault(False)
        self.erase_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(520, 220)


class MemberEraser(QObject):
    """Owns the "Erase member…" action of the roster's selected member."""

    error_raised = Signal(str)
    status_message = Signal(str)

    def __init__(self, services: Services, undo_stack: QUndoStack, selected_member: Callable[[], MemberRecord | None],
                 backups_dir: Path | None, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._undo = undo_stack
        self._selected_member = selected_member
        self._backups_dir = backups_dir
        self._window = window
        self.action: QAction = make_action(
            self, self.tr("Erase member…"), "eraseMemberAction", self.erase_selected, None,
            self.tr("Erase the selected member for good, at their request (GDPR Art. 17)"))
        self.update_enabled()

    def update_enabled(self) -> None:
        self.action.setEnabled(self._selected_member() is not None and not self._services.store.read_only)

    def erase_selected(self) -> None:
        from facilitator_app.services.erasure import ErasureService

        member = self._selected_member()
        if member is None:
            return
        on_server = self._services.store.is_server
        dialog = EraseMemberDialog(member, self._window, on_server=on_server)
        accepted = bool(dialog.exec())
        dialog.deleteLater()
        if not accepted:
            return
        service = ErasureService(self._services.store, self._services.changes, self._backups_dir)
        try:
            service.erase_member(member.id, origin=self)
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        self._undo.clear()
        self.status_message.emit(
            self.tr("The member was erased. Laptops remove them too when they next sync.") if on_server else
            self.tr("The member was erased. A backup made just before holds them until it is rotated out."))
