"""The export dialog's kind-specific fields (a sign-in sheet's sessions, a report's period) and its Qt-free helpers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QWidget

from facilitator_app.domain.text import short_date
from facilitator_app.ui.dialogs.submit_dialog import describe_widget, to_qdate
from facilitator_app.ui.widgets.date_edit import DateEdit

LANDSCAPE_FROM = 4   # sessions on one sign-in sheet from which landscape is suggested


def year_before(day: date) -> date:
    """The first day of the twelve months that end on ``day``."""
    try:
        start = day.replace(year=day.year - 1)
    except ValueError:   # 29 February
        start = day.replace(year=day.year - 1, day=28)
    return start + timedelta(days=1)


def parse_contacts(text: str) -> tuple[tuple[str, str], ...]:
    """'Crisis line: 0800 123 456' lines as (label, value) pairs; a line without ':' or '=' is a label."""
    pairs = []
    for line in text.splitlines():
        label, _sep, value = line.replace("=", ":", 1).partition(":") if "=" in line and ":" not in line \
            else line.partition(":")
        if label.strip() or value.strip():
            pairs.append((label.strip(), value.strip()))
    return tuple(pairs)


def unique_path(path: Path) -> Path:
    """``path``, or ``name_2.pdf``, ``name_3.pdf``... if a file of that name is already there."""
    if not path.exists():
        return path
    for number in range(2, 1000):
        candidate = path.with_name(f"{path.stem}_{number}{path.suffix}")
        if not candidate.exists():
            return candidate
    return path


class SignInAndPeriodFields:
    """Mixed into ``ExportDialog``: the sign-in sheet's and the group report's own fields."""

    _today: date
    _upcoming: tuple[date, ...]
    _landscape_touched: bool
    sessions_spin: QSpinBox | None
    walk_ins_spin: QSpinBox | None
    landscape_check: QCheckBox | None
    start_edit: DateEdit | None
    end_edit: DateEdit | None
    sessions_note: QLabel

    if TYPE_CHECKING:
        def _add_row(self, form: QFormLayout, text: str, field: QWidget, tip: str) -> QLabel: ...

        def _add_row_with_note(self, form: QFormLayout, text: str, field: QWidget, tip: str,
                               note: QLabel) -> None: ...

        def _on_options_changed(self, *_args: object) -> None: ...

    def _add_sign_in_fields(self, form: QFormLayout, order: list[QWidget]) -> None:
        from facilitator_app.export.sign_in_sheet import DEFAULT_WALK_INS
        from facilitator_app.services.reports import MAX_SIGN_IN_SESSIONS, MAX_WALK_IN_ROWS

        self.sessions_spin = QSpinBox(objectName="exportSessions")
        self.sessions_spin.setRange(1, MAX_SIGN_IN_SESSIONS)
        self.sessions_spin.setValue(1)
        self.sessions_note = QLabel(objectName="exportSessionDates")
        self.sessions_note.setWordWrap(True)
        self._add_row_with_note(form, "&Sessions on the sheet", self.sessions_spin,
                                f"How many of the group's next sessions get a column (1 to {MAX_SIGN_IN_SESSIONS}).",
                                self.sessions_note)
        self.walk_ins_spin = QSpinBox(objectName="exportWalkIns")
        self.walk_ins_spin.setRange(0, MAX_WALK_IN_ROWS)
        self.walk_ins_spin.setValue(DEFAULT_WALK_INS)
        self._add_row(form, "Blank rows for &walk-ins", self.walk_ins_spin,
                      f"Empty rows where newcomers write their first name (0 to {MAX_WALK_IN_ROWS}).")
        self.landscape_check = QCheckBox("&Landscape (sideways: room for more sessions)",
                                         objectName="exportLandscape")
        describe_widget(self.landscape_check, "Landscape",
                        f"Print the sheet sideways; suggested from {LANDSCAPE_FROM} sessions on")
        self.landscape_check.toggled.connect(self._on_landscape_toggled)
        form.addRow("", self.landscape_check)
        self.sessions_spin.valueChanged.connect(self._on_sessions_changed)
        order += [self.sessions_spin, self.walk_ins_spin, self.landscape_check]
        self._on_sessions_changed()

    def _add_period_fields(self, form: QFormLayout, order: list[QWidget]) -> None:
        self.start_edit = DateEdit(objectName="exportFrom")
        self.end_edit = DateEdit(objectName="exportTo")
        for edit, day in ((self.start_edit, year_before(self._today)), (self.end_edit, self._today)):
            edit.setDate(to_qdate(day))
            edit.dateChanged.connect(self._on_options_changed)
        self._add_row(form, "&From", self.start_edit, "The first day the report covers (the last 12 months "
                                                       "are suggested).")
        self._add_row(form, "&To", self.end_edit, "The last day the report covers (included).")
        order += [self.start_edit, self.end_edit]

    def _on_sessions_changed(self, _value: int = 0) -> None:
        assert self.sessions_spin is not None and self.landscape_check is not None
        count = self.sessions_spin.value()
        dates = self._upcoming[:count]
        if not dates:
            self.sessions_note.setText("")
        elif len(dates) == 1:
            self.sessions_note.setText(f"For {short_date(dates[0])}.")
        else:
            self.sessions_note.setText(f"From {short_date(dates[0])} to {short_date(dates[-1])}.")
        if not self._landscape_touched:
            self.landscape_check.blockSignals(True)
            self.landscape_check.setChecked(count >= LANDSCAPE_FROM)
            self.landscape_check.blockSignals(False)

    def _on_landscape_toggled(self, _checked: bool) -> None:
        self._landscape_touched = True
