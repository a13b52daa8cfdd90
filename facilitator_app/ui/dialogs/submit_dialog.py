"""The shared shape of the app's form dialogs: fields, a problem line, and Ok/Cancel.

A dialog never talks to the store. It collects a value, hands it to the ``submit``
callable it was given, and shows the facilitator any ``AppError`` that comes back,
so the main window decides which service does the work.

An edit dialog (``editing_since`` set) also handles someone else saving the same record while it
was open (another computer on the organisation server, or a sync): nothing is saved, and the
facilitator chooses to reload their version, save theirs over it, or keep editing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import AppError, ChangedElsewhereError
from facilitator_app.ui.formatting import short_date as format_day  # noqa: F401 (re-exported for the dialogs)
from facilitator_app.ui.language import translate
from facilitator_app.ui.naming import named

T = TypeVar("T")

# Dark red on pale red, both given: readable (about 8:1) whatever the system palette is.
ERROR_STYLE = (
    "QLabel#dialogError { color: #8a1c1c; background: #fdecea; border: 1px solid #e3a29c;"
    " border-radius: 4px; padding: 6px 8px; }"
)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    """The Python date of a (valid) QDate: typed, where PySide6's stubs give ``QDate.toPython()`` as object."""
    return date(day.year(), day.month(), day.day())


def describe_widget(widget: QWidget, name: str, tip: str) -> None:
    """Give a widget the name a screen reader says and the tooltip a mouse user sees."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


class SubmitDialog(QDialog, Generic[T]):
    """A form dialog whose Ok button submits the value built by ``_collect()``.

    Subclasses add their fields to ``self.body`` (usually through ``_add_row``), implement
    ``_collect()`` (raising ``ValidationError`` for bad input) and call ``_finish_tab_order``.
    After a successful submit, ``result_value`` holds what ``submit`` returned.
    """

    def __init__(self, submit: Callable[[T], object], *, title: str, ok_text: str,
                 ok_tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: object | None = None
        # When the record being edited was last saved, as read: ``submit`` passes it on as ``expected``.
        self.editing_since: datetime | None = None
        self._first_field: QWidget | None = None
        self.setWindowTitle(title)

        self.body = QVBoxLayout()
        self._error = named(QLabel(), "dialogError")
        self._error.setStyleSheet(ERROR_STYLE)
        self._error.setWordWrap(True)
        self._error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error.setAccessibleName(self.tr("Problem"))
        self._error.hide()

        # Parented now, so setDefault() below can register Ok as the dialog's default button.
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                         self)
        self.ok_button = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)  # Return in any line edit submits
        describe_widget(self.ok_button, ok_text, ok_tip)
        self.cancel_button = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        describe_widget(self.cancel_button, self.tr("Cancel"), self.tr("Close without saving anything (Esc)."))
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addLayout(self.body)
        outer.addSpacing(4)
        outer.addWidget(self._error)
        outer.addWidget(self._buttons)

    # --- for subclasses -------------------------------------------------------------------

    def _collect(self) -> T:
        """Build the value to submit from the fields; raise ValidationError for bad input."""
        raise NotImplementedError

    def _add_row(self, form: QFormLayout, text: str, field: QWidget, tip: str) -> QLabel:
        """Add a labelled field; the label's mnemonic (``&``) jumps to it, and it gets a name and tip."""
        label = QLabel(text)
        label.setBuddy(field)
        describe_widget(field, text.replace("&&", "\0").replace("&", "").replace("\0", "&"), tip)
        form.addRow(label, field)
        if self._first_field is None:
            self._first_field = field
        return label

    def _finish_tab_order(self, widgets: Sequence[QWidget]) -> None:
        """Tab through the fields in reading order (layouts alone follow creation order), then the buttons."""
        chain = [*widgets, self.ok_button, self.cancel_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if self._first_field is not None:
            self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        """Show a problem under the fields and put the facilitator back in the first field."""
        self._error.setText(message)
        self._error.setAccessibleDescription(message)
        self._error.show()
        # Focus goes to the field, so screen readers are told about the problem separately.
        QAccessible.updateAccessibility(QAccessibleEvent(self._error, QAccessible.Event.Alert))
        field = self._first_field
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()

    # --- slots ----------------------------------------------------------------------------

    def _reload(self, current: object) -> None:
        """Show ``current`` (someone else's saved version) in the fields; edit dialogs override it."""
        raise NotImplementedError

    def _on_changed_elsewhere(self, exc: ChangedElsewhereError) -> None:
        box = named(QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                                self.tr("Someone else saved changes to this while you were editing it (at another "
                                        "computer, or in a sync). Your changes have not been saved yet."),
                                QMessageBox.StandardButton.NoButton, self), "changedElsewhereBox")
        box.setInformativeText(self.tr("Reload shows their version instead of yours. Save mine replaces theirs "
                                       "with what you typed. Keep editing goes back to the form."))
        reload = named(box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.ResetRole), "reloadTheirs")
        mine = named(box.addButton(self.tr("&Save mine"), QMessageBox.ButtonRole.AcceptRole), "saveMine")
        keep = named(box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole), "keepEditing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        chosen = box.clickedButton()
        current_since = getattr(exc.current, "updated_at", None)
        if chosen is reload:
            self._reload(exc.current)
            self.editing_since = current_since
            self.show_error(self.tr("Their version is shown now. Make your changes again if they are still needed."))
        elif chosen is mine:
            self.editing_since = current_since
            self._on_buttons_accepted()
        else:
            self.show_error(self.tr("Not saved yet: someone else changed this meanwhile."))

    def _on_buttons_accepted(self) -> None:
        try:
            value = self._collect()
            result = self._submit(value)
        except ChangedElsewhereError as exc:
            self._on_changed_elsewhere(exc)
            return
        except AppError as exc:
            self.show_error(exc.message)
            return
        self._error.hide()
        self.result_value = result
        self.accept()


def helper_button(text: str, name: str, tip: str) -> QPushButton:
    """A button inside the form; Return presses it only while it has focus (Ok stays the default)."""
    button = QPushButton(text)
    describe_widget(button, name, tip)
    return button


def ok_cancel_buttons(dialog: QDialog, ok: tuple[str, str, str], cancel: tuple[str, str]
                      ) -> tuple[QDialogButtonBox, QPushButton]:
    """Ok and Cancel for a small chooser dialog: ``ok`` is (text, object name, tooltip), ``cancel``
    is (object name, tooltip). Ok accepts and Cancel (or Esc) rejects ``dialog``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok[0])
    ok_button.setObjectName(ok[1])
    describe_widget(ok_button, ok[0], ok[2])
    cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel_button.setObjectName(cancel[0])
    describe_widget(cancel_button, translate("SubmitDialog", "Cancel"), cancel[1])
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button
