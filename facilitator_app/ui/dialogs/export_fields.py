"""The export dialog's field sets: the extra fields a kind asks for by name (``KindSpec.dialog_fields``).

``FIELD_SETS`` maps each name to the method that adds its fields; ``DIALOG_INPUTS`` to what the
dialog needs from the store for them. Neither knows which kind uses which set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from facilitator_app.export.kinds import KindSpec
from facilitator_app.ui.dialogs.submit_dialog import describe_widget, to_qdate
from facilitator_app.ui.formatting import short_date
from facilitator_app.ui.language import translate
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.date_edit import DateEdit

LANDSCAPE_FROM = 4   # sessions on one sheet from which landscape is suggested
CONTACTS_KEY = "export/supportContacts"
INCLUDE_NOTES_KEY = "export/includeNotes"   # "include the session's notes", remembered


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


def _day_of(edit: DateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)   # PySide6's stubs type QDate.toPython() as object
    return day


def unique_path(path: Path) -> Path:
    """``path``, or ``name_2.pdf``, ``name_3.pdf``... if a file of that name is already there."""
    if not path.exists():
        return path
    for number in range(2, 1000):
        candidate = path.with_name(f"{path.stem}_{number}{path.suffix}")
        if not candidate.exists():
            return candidate
    return path


class ExportFields:
    """Mixed into ``ExportDialog``: every field set's fields, and the choices they hold."""

    spec: KindSpec
    _today: date
    _upcoming: tuple[date, ...]
    _handout_titles: tuple[str, ...]
    _landscape_touched: bool
    notes_check: QCheckBox | None
    words_check: QCheckBox | None
    sessions_spin: QSpinBox | None
    walk_ins_spin: QSpinBox | None
    landscape_check: QCheckBox | None
    start_edit: DateEdit | None
    end_edit: DateEdit | None
    csv_kind_combo: QComboBox | None
    contacts_edit: QPlainTextEdit | None
    paper_combo: QComboBox | None
    sessions_note: QLabel

    if TYPE_CHECKING:
        def _add_row(self, form: QFormLayout, text: str, field: QWidget, tip: str) -> QLabel: ...

        def _add_row_with_note(self, form: QFormLayout, text: str, field: QWidget, tip: str,
                               note: QLabel) -> None: ...

        def _on_options_changed(self, *_args: object) -> None: ...

        def _setting(self, key: str, default: str) -> str: ...

    # -- what the fields hold ----------------------------------------------------------------
    def variant(self) -> str:
        """The chosen variant (a CSV file's table), or '' for a kind without variants."""
        return str(self.csv_kind_combo.currentData()) if self.csv_kind_combo is not None else ""

    def period(self) -> tuple[date, date]:
        assert self.start_edit is not None and self.end_edit is not None
        return _day_of(self.start_edit), _day_of(self.end_edit)

    def choices(self) -> dict[str, Any]:
        """The values of the fields this dialog has, by name, for the kind's ``options_from_dialog``."""
        chosen: dict[str, Any] = {}
        if self.notes_check is not None:
            chosen["include_notes"] = self.notes_check.isChecked()
        if self.words_check is not None:
            chosen["include_words"] = self.words_check.isChecked()
        if self.sessions_spin is not None and self.walk_ins_spin is not None and self.landscape_check is not None:
            chosen.update(sessions=self.sessions_spin.value(), walk_ins=self.walk_ins_spin.value(),
                          landscape=self.landscape_check.isChecked())
        if self.start_edit is not None and self.end_edit is not None:
            chosen["start"], chosen["end"] = self.period()
        if self.csv_kind_combo is not None:
            chosen["variant"] = self.variant()
        if self.paper_combo is not None:
            chosen["paper"] = str(self.paper_combo.currentData())
        return chosen

    def file_dates(self) -> tuple[date, date | None] | None:
        """The dates the fields give the file's name (a period, or the first session on a sheet), if any."""
        if self.start_edit is not None and self.end_edit is not None:
            return self.period()
        if self.sessions_spin is not None:
            return (self._upcoming[0] if self._upcoming else self._today), None
        return None

    # -- the field sets ----------------------------------------------------------------------
    def _add_no_fields(self, form: QFormLayout, order: list[QWidget]) -> None:
        """A kind whose only choices are the common ones."""

    def _add_notes_fields(self, form: QFormLayout, order: list[QWidget]) -> None:
        self.notes_check = named(QCheckBox(translate("ExportFields", "&Include the session's notes")),
                                 "exportIncludeNotes")
        describe_widget(self.notes_check, translate("ExportFields", "Include the session's notes"),
                        translate("ExportFields",
                                  "Adds the note's sections (themes, strategies, follow-ups). A name typed in a note "
                                  "is "
                                                  "written at the level chosen above. Remembered for next time."))
        # Off until the facilitator chooses otherwise (notes are the most personal part); then as last time.
        self.notes_check.setChecked(self._setting(INCLUDE_NOTES_KEY, "false") == "true")
        form.addRow("", self.notes_check)
        self.words_check = named(QCheckBox(translate("ExportFields", "Include the &words shared (headcount only)")),
                                 "exportIncludeWords")
        describe_widget(self.words_check, translate("ExportFields", "Include the words shared"),
                        translate("ExportFields",
                                  "At headcount level the check-in round's words are left out unless ticked here; any "
                                                  "name in them becomes [name]. At the other levels they are always "
                                                  "included."))
        form.addRow("", self.words_check)
        self.notes_check.toggled.connect(self._on_options_changed)
        self.words_check.toggled.connect(self._on_options_changed)
        order += [self.notes_check, self.words_check]

    def _add_handouts_fields(self, form: QFormLayout, order: list[QWidget]) -> None:
        listed = named(QLabel(handouts_text(self._handout_titles)), "exportHandoutList")
        listed.setWordWrap(True)
        form.addRow(translate("ExportFields", "In the pack"), listed)
        self.contacts_edit = named(QPlainTextEdit(), "exportSupportContacts")
        self.contacts_edit.setTabChangesFocus(True)
        self.contacts_edit.setPlaceholderText(translate("ExportFields",
                                                        "Crisis line: 0800 123 456\nGP out of hours: 111"))
        self.contacts_edit.setFixedHeight(self.contacts_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.contacts_edit.setPlainText(self._setting(CONTACTS_KEY, ""))
        self._add_row(form, translate("ExportFields", "Support &contacts"), self.contacts_edit,
                      translate("ExportFields",
                                "One a line, as 'Label: number or address'. Left empty, the page has blank lines to "
                                                "fill in by hand. Remembered for next time."))
        order.append(self.contacts_edit)

    def _add_table_fields(self, form: QFormLayout, order: list[QWidget]) -> None:
        self.csv_kind_combo = named(QComboBox(), "exportCsvKind")
        for value, label, _level in self.spec.variants:
            self.csv_kind_combo.addItem(label, value)
        self._add_row(form, translate("ExportFields", "&Which table"), self.csv_kind_combo,
                      translate("ExportFields", "Attendance: one line per person per session. Members: the roster. "
                                                "Check-ins: one line per check-in."))
        order.append(self.csv_kind_combo)

    def _add_sign_in_fields(self, form: QFormLayout, order: list[QWidget]) -> None:
        from facilitator_app.export.sign_in_sheet import DEFAULT_WALK_INS
        from facilitator_app.services.reports import MAX_SIGN_IN_SESSIONS, MAX_WALK_IN_ROWS

        self.sessions_spin = named(QSpinBox(), "exportSessions")
        self.sessions_spin.setRange(1, MAX_SIGN_IN_SESSIONS)
        self.sessions_spin.setValue(1)
        self.sessions_note = named(QLabel(), "exportSessionDates")
        self.sessions_note.setWordWrap(True)
        self._add_row_with_note(form, translate("ExportFields", "&Sessions on the sheet"), self.sessions_spin,
                                translate("ExportFields", "How many of the group's next sessions get a column (1 "
                                                          "to {MAX_SIGN_IN_SESSIONS}).").format(
                                                              MAX_SIGN_IN_SESSIONS=MAX_SIGN_IN_SESSIONS),
                                self.sessions_note)
        self.walk_ins_spin = named(QSpinBox(), "exportWalkIns")
        self.walk_ins_spin.setRange(0, MAX_WALK_IN_ROWS)
        self.walk_ins_spin.setValue(DEFAULT_WALK_INS)
        self._add_row(form, translate("ExportFields", "Blank rows for &walk-ins"), self.walk_ins_spin,
                      translate("ExportFields", "Empty rows where newcomers write their first name (0 to "
                                                "{MAX_WALK_IN_ROWS}).").format(MAX_WALK_IN_ROWS=MAX_WALK_IN_ROWS))
        self.landscape_check = named(QCheckBox(translate("ExportFields",
                                                         "&Landscape (sideways: room for more sessions)")),
                                                         "exportLandscape")
        describe_widget(self.landscape_check, translate("ExportFields", "Landscape"),
                        translate("ExportFields", "Print the sheet sideways; suggested from {LANDSCAPE_FROM} "
                                                  "sessions on").format(LANDSCAPE_FROM=LANDSCAPE_FROM))
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
        self._add_row(form, translate("ExportFields", "&From"), self.start_edit, translate("ExportFields",
                                                                                           "The first day the report "
                                                                                           "covers (the last 12 months "
                                                                                 "are suggested)."))
        self._add_row(form, translate("ExportFields", "&To"), self.end_edit, translate("ExportFields",
                                                                                       "The last day the report "
                                                                                       "covers (included)."))
        order += [self.start_edit, self.end_edit]

    def _on_sessions_changed(self, _value: int = 0) -> None:
        assert self.sessions_spin is not None and self.landscape_check is not None
        count = self.sessions_spin.value()
        dates = self._upcoming[:count]
        if not dates:
            self.sessions_note.setText("")
        elif len(dates) == 1:
            self.sessions_note.setText(translate("ExportFields",
                                                 "For {short_date}.").format(short_date=short_date(dates[0])))
        else:
            self.sessions_note.setText(translate("ExportFields",
                                                 "From {short_date} to {short_date2}.").format(short_date=short_date(
                                                     dates[0]), short_date2=short_date(dates[-1])))
        if not self._landscape_touched:
            self.landscape_check.blockSignals(True)
            self.landscape_check.setChecked(count >= LANDSCAPE_FROM)
            self.landscape_check.blockSignals(False)

    def _on_landscape_toggled(self, _checked: bool) -> None:
        self._landscape_touched = True


def handouts_text(titles: Sequence[str]) -> str:
    """The handouts going into a pack, or what the pack holds when there are none."""
    if not titles:
        return (translate("ExportFields",
                          "No handouts are recorded for this session yet: the pack will have the cover, the group "
                                          "agreement and the support contacts. Tick handouts in the Handouts tab to "
                                          "add them."))
    return "; ".join(titles)


FieldSet = Callable[[ExportFields, QFormLayout, list[QWidget]], None]

# KindSpec.dialog_fields -> the method adding those fields.
FIELD_SETS: dict[str, FieldSet] = {
    "": ExportFields._add_no_fields,
    "notes": ExportFields._add_notes_fields,
    "sign-in": ExportFields._add_sign_in_fields,
    "period": ExportFields._add_period_fields,
    "handouts": ExportFields._add_handouts_fields,
    "table": ExportFields._add_table_fields,
}

# Field sets shown above the names row: their choice decides the suggested level.
LEADING_FIELD_SETS = frozenset({"table"})


def _upcoming_inputs(services: Any, group: Any, meeting: Any) -> dict[str, Any]:
    from facilitator_app.services.reports import MAX_SIGN_IN_SESSIONS, reports_for
    from facilitator_app.services.sign_in_sheet_data import sign_in_sheet_data

    dates = sign_in_sheet_data(reports_for(services), group.id, MAX_SIGN_IN_SESSIONS).dates if group is not None else ()
    return {"upcoming": list(dates)}


def _handout_inputs(services: Any, group: Any, meeting: Any) -> dict[str, Any]:
    return {"handout_titles": [h.title for h in services.handouts.given_at(meeting.id)]}


# KindSpec.dialog_fields -> what ExportDialog needs from the store for them (its keyword arguments).
DIALOG_INPUTS: dict[str, Callable[[Any, Any, Any], dict[str, Any]]] = {
    "sign-in": _upcoming_inputs,
    "handouts": _handout_inputs,
}
