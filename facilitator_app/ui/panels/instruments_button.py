"""The "Check-in instruments" button: a menu to create the organisation's own check-in or edit one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from facilitator_app.domain.instruments import InstrumentDefinition
from facilitator_app.errors import AppError
from facilitator_app.services.checkins import CheckinService, InstrumentDraft


class InstrumentsButton(QPushButton):
    """Lists the custom check-ins when opened (built-ins follow their published scoring and stay as they are)."""

    error_raised = Signal(str)
    status_message = Signal(str)

    def __init__(self, checkins: CheckinService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check-in instr&uments"), parent)
        self.setObjectName("manageInstruments")
        self.setAccessibleName(self.tr("Check-in instruments"))
        self.setToolTip(self.tr("Create your organisation's own check-in, or edit one you made "
                                "(the built-in ones follow their published scoring)"))
        self._checkins = checkins
        self._menu = QMenu(self)
        self._menu.setObjectName("manageInstrumentsMenu")
        self._menu.aboutToShow.connect(self._fill_menu)
        self.setMenu(self._menu)

    def open_dialog(self, instrument: InstrumentDefinition | None) -> Any:
        """Open the dialog for a new (None) or existing custom check-in; returns the dialog after it closes."""
        from facilitator_app.ui.dialogs.instrument_dialog import InstrumentDialog  # loaded when first needed

        def submit(draft: InstrumentDraft) -> InstrumentDefinition:
            if instrument is None:
                return self._checkins.create_instrument(draft)
            return self._checkins.update_instrument(instrument.id, draft)

        dialog = InstrumentDialog(submit, instrument, parent=self.window())
        if dialog.exec() and isinstance(dialog.result_value, InstrumentDefinition):
            saved = dialog.result_value
            self.status_message.emit(self.tr("Saved “{name}”. Choose it for a group in Group > Edit group.").format(
                name=saved.name)
                                     if instrument is None else self.tr("Saved the changes to “{name}”.").format(
                                         name=saved.name))
        return dialog

    def _fill_menu(self) -> None:
        menu = self._menu
        menu.clear()
        new = menu.addAction(self.tr("&New check-in…"))
        new.setObjectName("newInstrumentAction")
        new.setToolTip(self.tr("Define your own check-in: questions, their ranges and an optional follow-up total"))
        new.triggered.connect(lambda: self.open_dialog(None))
        try:
            custom = [d for d in self._checkins.instruments() if not d.builtin]
        except AppError as exc:
            self.error_raised.emit(exc.message)
            return
        if custom:
            menu.addSeparator()
        for defn in custom:
            action = menu.addAction(self.tr("Edit “{name}”…").format(name=defn.name))
            action.setToolTip(self.tr("Change the name, questions or follow-up total of {name}").format(name=defn.name))
            action.triggered.connect(lambda _checked=False, d=defn: self.open_dialog(d))
        menu.addSeparator()
        builtin = menu.addAction(self.tr("Built in: Mood, WHO-5, PHQ-2 (published scoring, not editable)"))
        builtin.setEnabled(False)
