"""Export… and Print…: the options that matter for one document, how names are shown, and where it goes.

Every document says how it names members. Where there is a choice, the suggested level for that
document comes first in the list, with a line saying who that level is for. The suggested file
name is built from the kind of document, the group and the date only: never a member's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain.records import GroupRecord, MeetingRecord, MemberRecord
from facilitator_app.errors import ValidationError
from facilitator_app.export.kinds import ExportRequest, ExportSubject, default_level, spec_for
from facilitator_app.export.privacy import NameLevel, default_file_name
from facilitator_app.ui.dialogs.export_fields import (
    CONTACTS_KEY,
    FIELD_SETS,
    INCLUDE_NOTES_KEY,
    LEADING_FIELD_SETS,
    ExportFields,
    parse_contacts,
    unique_path,
)
from facilitator_app.ui.dialogs.export_preview import PreviewHook, ScrubPreview
from facilitator_app.ui.dialogs.submit_dialog import SubmitDialog, describe_widget, helper_button
from facilitator_app.ui.export_messages import kind_label
from facilitator_app.ui.formatting import label_of, long_date
from facilitator_app.ui.language import current_language, document_wording, translate
from facilitator_app.ui.naming import named
from facilitator_app.ui.paper_choice import PAPER_KEY, paper_combo
from facilitator_app.ui.widgets.date_edit import DateEdit

ORGANISATION_KEY = "export/organisation"
FOLDER_KEY = "export/folder"
__all__ = ["CONTACTS_KEY", "INCLUDE_NOTES_KEY", "ORGANISATION_KEY", "ExportDialog", "default_level"]

# Who each level is for: one line under the choice.
LEVEL_EXPLANATIONS = {
    NameLevel.FULL: "Full names: for the member themselves, or someone who must know exactly who came.",
    NameLevel.FIRST: "First names: for the room, where people know each other by the name they use.",
    NameLevel.INITIALS: "Initials: for the group's own records.",
    NameLevel.NONE: "Headcount only: for funders. Nobody is named.",
}


def documents_folder() -> Path:
    """The person's Documents folder (their home folder if there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _as_is(request: ExportRequest) -> ExportRequest:
    # A plain function, not a bound method: a dialog holding its own method would be a reference
    # cycle, freed only by the garbage collector, which may run on an export's worker thread.
    return request


class ExportDialog(ExportFields, SubmitDialog[ExportRequest]):
    """The options of one export (or print); ``result_value`` is an :class:`ExportRequest` after Ok.

    ``options()`` and ``request()`` read the fields without closing the dialog.
    """

    def __init__(self, kind: str, *, group: GroupRecord | None = None, meeting: MeetingRecord | None = None,
                 member: MemberRecord | None = None, handout_titles: Sequence[str] = (),
                 upcoming: Sequence[date] = (), settings: QSettings | None = None,
                 documents_dir: Path | None = None, for_print: bool = False, today: date | None = None,
                 preview: PreviewHook | None = None, parent: QWidget | None = None) -> None:
        self.spec = spec_for(kind)
        self.kind = self.spec.kind
        self.for_print = for_print
        name = kind_label(self.spec.document_name)
        title = self.tr("Print {document}") if for_print else self.tr("Export {document}")
        super().__init__(_as_is, title=title.format(document=name),
                         ok_text=self.tr("Print…") if for_print else self.tr("Export"),
                         ok_tip=self.tr("Choose a printer next.") if for_print else
                         self.tr("Save the file with these choices."), parent=parent)
        self.setObjectName("exportDialog")
        self._group, self._meeting, self._member = group, meeting, member
        self._settings = settings
        self._today = today or date.today()
        self._upcoming = tuple(upcoming)
        self._handout_titles = tuple(handout_titles)
        self._folder = self._start_folder(documents_dir)
        self._path_touched = False           # chosen or typed: no longer follows the options
        self._landscape_touched = False
        self._confirmed: Path | None = None  # a file the save dialog already asked to replace
        self.level_combo: QComboBox | None = None
        self.notes_check: QCheckBox | None = None
        self.words_check: QCheckBox | None = None
        self.sessions_spin: QSpinBox | None = None
        self.walk_ins_spin: QSpinBox | None = None
        self.landscape_check: QCheckBox | None = None
        self.start_edit: DateEdit | None = None
        self.end_edit: DateEdit | None = None
        self.csv_kind_combo: QComboBox | None = None
        self.contacts_edit: QPlainTextEdit | None = None
        self.paper_combo: QComboBox | None = None
        self.path_edit: QLineEdit | None = None
        self.choose_button: QPushButton | None = None
        self.open_check: QCheckBox | None = None

        about = named(QLabel(self._about()), "exportAbout")
        about.setWordWrap(True)
        self.body.addWidget(about)
        self.body.addSpacing(4)
        form = QFormLayout()
        order: list[QWidget] = []

        add_fields = FIELD_SETS[self.spec.dialog_fields]
        if self.spec.dialog_fields in LEADING_FIELD_SETS:   # it decides the suggested level: above the names
            add_fields(self, form, order)

        self.level_explanation = named(QLabel(), "privacyExplanation")
        self.level_explanation.setWordWrap(True)
        if self.spec.fixed_level_note:
            self.level_explanation.setText(kind_label(self.spec.fixed_level_note))
            form.addRow(self.tr("Names"), self.level_explanation)
        else:
            self.level_combo = named(QComboBox(), "exportNameLevel")
            self._add_row_with_note(form, self.tr("&Names shown as"), self.level_combo,
                                    self.tr(
                                        "How members are named in this document. The suggested choice comes first."),
                                    self.level_explanation)
            self._fill_levels()
            self.level_combo.currentIndexChanged.connect(self._on_level_changed)
            order.append(self.level_combo)

        if self.spec.dialog_fields not in LEADING_FIELD_SETS:
            add_fields(self, form, order)

        if self._is_pdf:
            from facilitator_app.export.document import DEFAULT_ORGANISATION

            self.organisation_edit: QLineEdit | None = named(QLineEdit(), "exportOrganisation")
            self.organisation_edit.setMaxLength(120)
            self.organisation_edit.setText(self._setting(ORGANISATION_KEY, translate("Document", DEFAULT_ORGANISATION)))
            self._add_row(form, self.tr("&Organisation"), self.organisation_edit,
                          self.tr("Printed at the top of every page. Remembered for next time."))
            self.paper_combo = paper_combo(self._setting(PAPER_KEY, ""))
            self._add_row(form, self.tr("Pape&r size"), self.paper_combo,
                          self.tr("A4, or US Letter; suggested from your computer's region. Remembered for next "
                                  "time."))
            self.paper_combo.currentIndexChanged.connect(self._on_options_changed)
            order += [self.organisation_edit, self.paper_combo]
        else:
            self.organisation_edit = None

        if not for_print:
            self.path_edit = named(QLineEdit(), "exportPath")
            self.path_edit.textEdited.connect(self._on_path_edited)
            self.choose_button = helper_button(self.tr("C&hoose…"), self.tr("Choose where to save"),
                                               self.tr("Pick the folder and file name in a file dialog"))
            self.choose_button.setObjectName("exportChoosePath")
            self.choose_button.clicked.connect(self._on_choose_clicked)
            label = QLabel(self.tr("Save &as"))
            label.setBuddy(self.path_edit)
            describe_widget(self.path_edit, self.tr("Save as"),
                            self.tr("Where the file is saved. The suggested name never includes a member's name."))
            row = QHBoxLayout()
            row.addWidget(self.path_edit, 1)
            row.addWidget(self.choose_button)
            form.addRow(label, row)
            what = self.tr("PDF") if self._is_pdf else self.tr("file")
            self.open_check = named(QCheckBox(self.tr("O&pen the {what} when it is ready").format(what=what)),
                                    "exportOpenAfter")
            self.open_check.setChecked(True)
            describe_widget(self.open_check, self.tr("Open the {what} when it is ready").format(what=what),
                            self.tr("Shows the {what} in your usual viewer as soon as it is saved").format(what=what))
            form.addRow("", self.open_check)
            order += [self.path_edit, self.choose_button, self.open_check]
            self._suggest_path()

        self.body.addLayout(form)
        # What will leave: the free text as it will read, replaced names marked (export.scrubber).
        self.scrub_preview = ScrubPreview(preview, self)
        self.body.addSpacing(4)
        self.body.addWidget(named(QLabel(self.tr("<b>What will leave</b>")), "scrubPreviewTitle"))
        self.body.addWidget(self.scrub_preview)
        order.append(self.scrub_preview.list)
        if self.csv_kind_combo is not None:
            self.csv_kind_combo.currentIndexChanged.connect(self._on_variant_changed)
        for narrow in (self.sessions_spin, self.walk_ins_spin, self.start_edit, self.end_edit):
            if narrow is not None:
                narrow.setMaximumWidth(narrow.fontMetrics().horizontalAdvance("Wed 30 Sep 2026") + 60)
        self.setMinimumWidth(620)
        self._finish_tab_order(order)
        self._ready = True
        self.refresh_preview()

    # -- reading the fields ----------------------------------------------------------------
    _ready = False   # fields built: the preview may be worked out

    def refresh_preview(self) -> None:
        """Work out again what free text will leave, for the options as they stand."""
        if self.words_check is not None:   # the words are left out at headcount level only
            self.words_check.setEnabled(self.level() is NameLevel.NONE)
        if self._ready:
            self.scrub_preview.refresh(self.options, self.level())

    def level(self) -> NameLevel:
        """The chosen privacy level (the fixed one for a kind that offers no choice)."""
        if self.level_combo is None:
            return self.spec.default_level
        return NameLevel(self.level_combo.currentData())

    def options(self) -> Any:
        """The document's options (``SessionSummaryOptions`` and so on) as the fields stand."""
        subject = ExportSubject(self._group, self._meeting, self._member)
        return self.spec.dialog_options()(subject, self.level(), self._organisation(), self.choices())

    def target(self) -> Path | None:
        """Where the file goes (None when printing): the typed path, with the right extension."""
        if self.path_edit is None:
            return None
        text = self.path_edit.text().strip()
        if not text:
            raise ValidationError(self.tr("Say where to save the file: type a file name or press Choose…."))
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        extension = f".{self.spec.extension}"
        if path.suffix.lower() != extension:
            path = path.with_name(path.name + extension)
        if path.is_dir():
            raise ValidationError(self.tr("{path} is a folder. Add a file name, for example {value}.").format(
                path=path, value=path / self._file_name()))
        if not path.parent.is_dir():
            raise ValidationError(self.tr("The folder {parent} does not exist. Press Choose… to pick one.").format(
                parent=path.parent))
        return path

    def request(self) -> ExportRequest:
        """Everything chosen, without closing the dialog; ValidationError for a choice that cannot work."""
        options = self.options()
        return ExportRequest(self.kind, options, self.target(),
                             self.open_check.isChecked() if self.open_check is not None else False)

    # -- building --------------------------------------------------------------------------
    @property
    def _is_pdf(self) -> bool:
        return self.spec.extension == "pdf"

    def _about(self) -> str:
        """The kind's first line, once what it is about (its menu's selection) is known."""
        group, meeting, member = self._group, self._meeting, self._member
        needed = {"session": meeting, "group": group, "member": member}.get(self.spec.menu)
        if needed is None or not self.spec.about:
            return ""
        return kind_label(self.spec.about).format(group=group.name if group is not None else "",
                                      group_comma=f"{group.name}, " if group is not None else "",
                                      meeting_date=long_date(meeting.date) if meeting is not None else "",
                                      member=member.preferred_name if member is not None else "")

    def _add_row_with_note(self, form: QFormLayout, text: str, field: QWidget, tip: str, note: QLabel) -> None:
        """A labelled field with a line of explanation just under it."""
        self._add_row(form, text, field, tip)
        row = form.rowCount() - 1
        form.removeWidget(field)
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addWidget(field)
        column.addWidget(note)
        form.setLayout(row, QFormLayout.ItemRole.FieldRole, column)

    def _fill_levels(self) -> None:
        """The levels, the document's suggested one first (and chosen)."""
        assert self.level_combo is not None
        suggested = default_level(self.kind, self.variant())
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        for level in [suggested, *[other for other in self.spec.levels if other is not suggested]]:
            self.level_combo.addItem(self.tr("{label} (suggested)").format(
                label=label_of(level)) if level is suggested else label_of(level), level.value)
        self.level_combo.setCurrentIndex(0)
        self.level_combo.blockSignals(False)
        self._on_level_changed()

    def _organisation(self) -> Any:
        from facilitator_app.export.document import Organisation

        name = self.organisation_edit.text().strip() if self.organisation_edit is not None else ""
        contacts = parse_contacts(self.contacts_edit.toPlainText()) if self.contacts_edit is not None else ()
        return Organisation(name or Organisation().name, contacts, document_wording(current_language()))

    # -- the file ---------------------------------------------------------------------------
    def _start_folder(self, documents_dir: Path | None) -> Path:
        remembered = Path(self._setting(FOLDER_KEY, "")) if self._setting(FOLDER_KEY, "") else None
        if remembered is not None and remembered.is_dir():
            return remembered
        return documents_dir if documents_dir is not None else documents_folder()

    def _file_name(self) -> str:
        """Named after the kind (or its variant), the group and dates: never a member's name."""
        stem, extension, group, meeting = self.variant() or self.spec.file_stem, self.spec.extension, \
            self._group, self._meeting
        if self.spec.menu == "session" and meeting is not None:
            return default_file_name(stem, group, meeting.date, extension=extension)
        if self.spec.menu == "member":
            return default_file_name(stem, None, self._today, extension=extension)
        day, until = self.file_dates() or (self._today, None)
        return default_file_name(stem, group, day, until=until, extension=extension)

    def _suggest_path(self) -> None:
        if self.path_edit is None or self._path_touched:
            return
        self.path_edit.setText(str(unique_path(self._folder / self._file_name())))

    # -- settings --------------------------------------------------------------------------
    def _setting(self, key: str, default: str) -> str:
        if self._settings is None:
            return default
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def _remember(self, request: ExportRequest) -> None:
        """Ok: keep the organisation, the support contacts, whether notes go in, and the folder for next time."""
        if self._settings is not None:
            if self.notes_check is not None:
                # Written as text: an INI file reads every value back as a string.
                self._settings.setValue(INCLUDE_NOTES_KEY, "true" if self.notes_check.isChecked() else "false")
            if self.organisation_edit is not None:
                self._settings.setValue(ORGANISATION_KEY, self.organisation_edit.text().strip())
            if self.paper_combo is not None:
                self._settings.setValue(PAPER_KEY, str(self.paper_combo.currentData()))
            if self.contacts_edit is not None:
                self._settings.setValue(CONTACTS_KEY, self.contacts_edit.toPlainText().strip())
            if request.target is not None:
                self._settings.setValue(FOLDER_KEY, str(request.target.parent))

    def _collect(self) -> ExportRequest:
        request = self.request()
        if self.spec.dialog_fields == "handouts" and not self._handout_titles:
            # A pack of no handouts is rarely meant: say so before it is printed or saved.
            answer = QMessageBox.question(self, self.windowTitle(), self.tr(
                "No handouts were given at this session, so the pack will hold only the cover, the group "
                "agreement and the support contacts. Make it anyway?\n\nTo add handouts, tick them in the "
                "Handouts tab first."))
            if answer != QMessageBox.StandardButton.Yes:
                raise ValidationError(self.tr("Tick the handouts for this session in the Handouts tab, then "
                                              "make the pack again."))
        target = request.target
        if target is not None and target.exists() and target != self._confirmed:
            answer = QMessageBox.question(self, self.windowTitle(),
                                          self.tr("{name} already exists. Replace it?").format(name=target.name))
            if answer != QMessageBox.StandardButton.Yes:
                raise ValidationError(self.tr("Choose another file name, or press Export again to replace the file."))
            self._confirmed = target
        self._remember(request)
        return request

    # -- reactions -------------------------------------------------------------------------
    def _on_level_changed(self, _index: int = 0) -> None:
        if self.level_combo is None:
            return
        text = LEVEL_EXPLANATIONS[self.level()]
        self.level_explanation.setText(text)
        self.level_combo.setAccessibleDescription(text)
        self.refresh_preview()

    def _on_variant_changed(self, _index: int) -> None:
        self._fill_levels()   # each variant (a CSV file's table) has its own suggested level
        self._suggest_path()

    def _on_options_changed(self, *_args: object) -> None:
        self._suggest_path()
        self.refresh_preview()

    def _on_path_edited(self, _text: str) -> None:
        self._path_touched = True
        self._confirmed = None

    def _on_choose_clicked(self) -> None:
        assert self.path_edit is not None
        current = self.path_edit.text().strip() or str(self._folder / self._file_name())
        extension = self.spec.extension
        pattern = self.tr("{upper} files (*.{extension})").format(upper=extension.upper(), extension=extension)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), current, pattern)
        if path:
            self.path_edit.setText(path)
            self._path_touched = True
            try:
                self._confirmed = self.target()   # the save dialog has asked about replacing it
            except ValidationError:
                self._confirmed = None
