"""The import dialog: preview with line numbers and reasons, column mapping, and a guarded Import."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QTableView

from facilitator_app.domain.enums import Cadence
from facilitator_app.domain.records import GroupRecord
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.errors import NotFoundError, StorageError
from facilitator_app.services.container import Services
from facilitator_app.services.member_import import (
    ImportPreview,
    ImportResult,
    LineCount,
    MemberImportService,
    PreviewRow,
    RowProblem,
)
from facilitator_app.ui.dialogs.import_members_dialog import (
    IGNORE,
    NO_GROUP,
    ImportMembersDialog,
    ImportPreviewModel,
    field_of_column,
    remap,
)
from facilitator_app.ui.dialogs.import_preview_model import describe_preview, hidden_rows_note
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound
from tests.helpers.fixtures import weekly_draft


def group(name: str) -> GroupRecord:
    weekly = Recurrence(Cadence.WEEKLY, weekday=1, anchor=date(2026, 1, 6), start_time=time(18, 30))
    return GroupRecord(id=uuid.uuid4(), name=name, description="", venue="", recurrence=weekly,
                       skipped_dates=(), instrument_id=None, agreement_text="", agreement_version=1,
                       updated_at=datetime(2026, 1, 1))


TUESDAY, THURSDAY = group("Tuesday Evening"), group("Thursday Lunchtime")
COLUMNS = ("Name", "Phone", "Email", "Emergency contact")
GUESSED = {"preferred_name": (0,), "phone": (1,), "email": (2,), "emergency_contact_name": (3,)}


def row(line: int, name: str, email: str = "", status: str = "new", problems: tuple[str, ...] = (),
        same_as: str = "") -> PreviewRow:
    values = {"preferred_name": name, "full_name": "", "pronouns": "", "phone": "", "email": email,
              "emergency_contact_name": "", "emergency_contact_phone": "", "notes": ""}
    return PreviewRow(line, (name, "", email, ""), values, problems, status, same_as)


class FakeImporter:
    """Stands in for the service: records calls and answers from a fixed preview."""

    def __init__(self, rows: tuple[PreviewRow, ...], file_problems: tuple[str, ...] = ()) -> None:
        self.rows = rows
        self.file_problems = file_problems
        self.previews: list[tuple[Path, dict | None]] = []
        self.imports: list[tuple[Path, dict | None, bool]] = []
        self.fail_with: Exception | None = None

    def preview(self, path: Path, mapping: dict | None, **_worker: object) -> ImportPreview:
        self.previews.append((path, mapping))
        if not path.name.endswith(".csv"):
            raise NotFoundError(f"There is no file at {path}. Check the name and the folder.")
        return ImportPreview(path=path, encoding="UTF-8", delimiter=";", format_name="sheet", columns=COLUMNS,
                             mapping=dict(mapping) if mapping is not None else dict(GUESSED), rows=self.rows,
                             file_problems=self.file_problems)

    def import_(self, path: Path, mapping: dict | None, good_rows: bool, **_worker: object) -> ImportResult:
        self.imports.append((path, mapping, good_rows))
        if self.fail_with is not None:
            raise self.fail_with
        rejected = tuple(RowProblem(r.line, "; ".join(r.problems)) for r in self.rows if r.problems)
        added = sum(1 for r in self.rows if r.status == "new")
        return ImportResult(path=path, format_name="sheet", rows=len(self.rows), added=added, already_present=0,
                            repeated_in_file=0, joined_group=0, rejected=rejected, imported=True)


ROWS = (row(2, "Aiyana", "aiyana@example.org"), row(3, "Bob", "bob@", "rejected", ("'bob@' is not an email address",)),
        row(5, "Renée", "renee@example.org"), row(6, "Aiyana", "aiyana@example.org", "repeat", same_as="line 2"))


@pytest.fixture
def fake() -> FakeImporter:
    return FakeImporter(ROWS)


@pytest.fixture
def dialog(qtbot, fake: FakeImporter) -> ImportMembersDialog:  # type: ignore[no-untyped-def]
    d = ImportMembersDialog(fake.preview, fake.import_, [TUESDAY, THURSDAY], THURSDAY.id)
    qtbot.addWidget(d)
    d.show()
    return d


def read(qtbot, d: ImportMembersDialog, path: Path | str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Load ``path`` (or wait for the reading already started) and wait for the worker."""
    if path is not None:
        d.load_file(path)
    qtbot.waitUntil(lambda: not d.reading, timeout=10_000)


def table_text(d: ImportMembersDialog, r: int, c: int) -> str:
    return str(d.model.data(d.model.index(r, c)))


def test_the_preview_model_passes_qt_checks(qtmodeltester, fake: FakeImporter) -> None:  # type: ignore[no-untyped-def]
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    model.set_preview(fake.preview(Path("members.csv"), None))
    qtmodeltester.check(model)
    assert model.columnCount() == 2 + 4 and model.rowCount() == 4
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) is None
    # Far down a long file only the rejected rows are shown, so none is missed.
    long = tuple(row(i, f"Person {i}") for i in range(2, 300)) + (row(300, "", status="rejected",
                                                                       problems=("no name",)),)
    model.set_preview(ImportPreview(Path("long.csv"), "UTF-8", ",", "sheet", COLUMNS, dict(GUESSED), long))
    qtmodeltester.check(model)
    assert model.rowCount() == 101 and model.data(model.index(100, 0)) == "300"


def test_mapping_helpers() -> None:
    google = {"preferred_name": (1, 0), "full_name": (0,), "email": (3,)}
    assert field_of_column(google, 0) == "full_name" and field_of_column(google, 1) == "preferred_name"
    assert field_of_column(google, 2) is None
    assert remap(google, 0, None) == {"preferred_name": (1,), "email": (3,)}
    assert remap(google, 2, "full_name") == {"preferred_name": (1, 0), "full_name": (0, 2), "email": (3,)}
    assert remap(google, 3, "notes") == {"preferred_name": (1, 0), "full_name": (0,), "notes": (3,)}


def test_starts_empty_with_the_current_group_chosen(dialog: ImportMembersDialog) -> None:
    assert dialog.windowTitle() == "Import members from a CSV file"
    assert dialog.focusWidget() is dialog.file_edit
    assert not dialog.import_button.isEnabled() and not dialog.good_rows_check.isEnabled()
    assert not dialog.mapping_box.isVisible()
    assert [dialog.group_combo.itemText(i) for i in range(3)] == [NO_GROUP, "Thursday Lunchtime", "Tuesday Evening"]
    assert dialog.selected_group_id() == THURSDAY.id
    dialog.group_combo.setCurrentIndex(0)
    assert dialog.selected_group_id() is None


def test_no_current_group_means_no_group(qtbot, fake: FakeImporter) -> None:  # type: ignore[no-untyped-def]
    d = ImportMembersDialog(fake.preview, fake.import_, [TUESDAY], None)
    qtbot.addWidget(d)
    assert d.group_combo.currentText() == NO_GROUP and d.selected_group_id() is None
    # The current group is found by its value, not by being the very same object.
    same = ImportMembersDialog(fake.preview, fake.import_, [TUESDAY], uuid.UUID(str(TUESDAY.id)))
    qtbot.addWidget(same)
    assert same.selected_group_id() == TUESDAY.id


def test_browse_shows_the_preview_with_line_numbers_and_reasons(qtbot, dialog: ImportMembersDialog,  # type: ignore[no-untyped-def]
                                                                fake: FakeImporter, monkeypatch,
                                                                tmp_path: Path) -> None:
    asked = []

    def choose(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return str(tmp_path / "members.csv"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    read(qtbot, dialog)
    assert "*.csv" in asked[0] and "*.txt" in asked[0]
    assert dialog.file_edit.text() == str(tmp_path / "members.csv")
    assert fake.previews == [(tmp_path / "members.csv", None)]
    info = dialog.findChild(QLabel, "importFileInfo").text()
    assert "UTF-8" in info and "semicolons" in info and "4 rows" in info and "1 rejected" in info
    assert dialog.findChild(QTableView, "importPreview") is dialog.table
    assert [table_text(dialog, r, 0) for r in range(4)] == ["2", "3", "5", "6"]
    assert table_text(dialog, 0, 1) == "OK: new member"
    assert table_text(dialog, 1, 1) == "Rejected: 'bob@' is not an email address"
    assert table_text(dialog, 3, 1) == "OK: repeats line 2, added once"
    # Rejected rows are marked in words, in bold and with an icon, not by colour alone.
    rejected = dialog.model.index(1, 1)
    assert dialog.model.data(rejected, Qt.ItemDataRole.DecorationRole) is not None
    assert dialog.model.data(rejected, Qt.ItemDataRole.FontRole).bold()
    assert "Line 3 of the file" in dialog.model.data(rejected, Qt.ItemDataRole.ToolTipRole)
    # The columns as guessed.
    combos = [dialog.findChild(QComboBox, f"importColumn{i}") for i in range(4)]
    assert [c.currentText() for c in combos] == ["Preferred name", "Phone number", "Email address",
                                                 "Emergency contact"]
    assert dialog.mapping_box.isVisible()


def test_import_is_blocked_until_the_good_rows_are_chosen(qtbot, dialog: ImportMembersDialog,  # type: ignore[no-untyped-def]
                                                          fake: FakeImporter) -> None:
    read(qtbot, dialog, "members.csv")
    assert dialog.good_rows_check.isEnabled() and not dialog.good_rows_check.isChecked()
    assert not dialog.import_button.isEnabled()
    assert "1 row is rejected" in dialog.status.text() and "Reload" in dialog.status.text()
    dialog.import_button.click()  # disabled: nothing happens
    assert fake.imports == []
    qtbot.keyClick(dialog.good_rows_check, Qt.Key.Key_Space)
    assert dialog.import_button.isEnabled()
    assert "1 rejected row will be left out; 3 rows will be imported" in dialog.status.text()
    dialog.import_button.click()
    read(qtbot, dialog)
    assert fake.imports == [(Path("members.csv"), None, True)]
    result = dialog.findChild(QLabel, "importResult")
    assert result.isVisible() and result.text().startswith("members.csv: added 2 members")
    assert "1 row was rejected" in result.text()
    # The dialog stays open to show the result; its button becomes Close.
    assert dialog.isVisible() and dialog.import_button.text() == "Close"
    assert not dialog.cancel_button.isVisible() and not dialog.file_edit.isEnabled()
    assert isinstance(dialog.result_value, ImportResult)
    dialog.import_button.click()
    read(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and len(fake.imports) == 1


def test_a_clean_file_imports_straight_away_from_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    fake = FakeImporter((ROWS[0], ROWS[2]))
    d = ImportMembersDialog(fake.preview, fake.import_, [], None)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.file_edit, "/home/me/members.csv")
    qtbot.keyClick(d.file_edit, Qt.Key.Key_Return)  # the first Return previews; nothing is imported unseen
    read(qtbot, d)
    assert fake.imports == [] and d.model.rowCount() == 2
    assert not d.good_rows_check.isEnabled() and d.import_button.isEnabled()
    assert d.status.text() == "Ready: 2 rows will be imported."
    qtbot.keyClick(d.file_edit, Qt.Key.Key_Return)
    read(qtbot, d)
    assert fake.imports == [(Path("/home/me/members.csv"), None, False)]
    assert d.import_button.text() == "Close"
    qtbot.keyClick(d.import_button, Qt.Key.Key_Return)
    assert d.result() == QDialog.DialogCode.Accepted


def test_changing_a_column_re_runs_the_preview(qtbot, dialog: ImportMembersDialog, fake: FakeImporter) -> None:  # type: ignore[no-untyped-def]
    read(qtbot, dialog, "members.csv")
    combo = dialog.findChild(QComboBox, "importColumn3")
    combo.setCurrentIndex(combo.findText("Notes"))
    read(qtbot, dialog)
    expected = {"preferred_name": (0,), "phone": (1,), "email": (2,), "notes": (3,)}
    assert fake.previews[-1] == (Path("members.csv"), expected)
    assert dialog.mapping() == expected
    assert dialog.findChild(QComboBox, "importColumn3") is combo and combo.currentText() == "Notes"
    combo.setCurrentIndex(combo.findText(IGNORE))
    read(qtbot, dialog)
    assert fake.previews[-1][1] == {"preferred_name": (0,), "phone": (1,), "email": (2,)}
    dialog.good_rows_check.setChecked(True)
    dialog.import_button.click()
    read(qtbot, dialog)
    assert fake.imports[-1][1] == {"preferred_name": (0,), "phone": (1,), "email": (2,)}


def test_another_file_starts_from_the_importers_own_guess(qtbot, dialog: ImportMembersDialog,  # type: ignore[no-untyped-def]
                                                          fake: FakeImporter) -> None:
    read(qtbot, dialog, "members.csv")
    combo = dialog.findChild(QComboBox, "importColumn3")
    combo.setCurrentIndex(combo.findText("Notes"))
    read(qtbot, dialog)
    dialog.file_edit.setText("other.csv")
    dialog.reload_button.click()
    read(qtbot, dialog)
    assert fake.previews[-1] == (Path("other.csv"), None) and dialog.mapping() is None
    assert combo.currentText() == "Emergency contact"


def test_problems_are_shown_in_the_error_line(qtbot, dialog: ImportMembersDialog, fake: FakeImporter) -> None:  # type: ignore[no-untyped-def]
    read(qtbot, dialog, "members.txt")  # the fake says there is no such file
    error = dialog.findChild(QLabel, "dialogError")
    assert error.isVisible() and error.text().startswith("There is no file at members.txt")
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    read(qtbot, dialog, "members.csv")
    assert not error.isVisible() and dialog.model.rowCount() == 4
    dialog.good_rows_check.setChecked(True)
    fake.fail_with = StorageError("The disk is full. Free some space, then try again.")
    dialog.import_button.click()
    read(qtbot, dialog)
    assert error.isVisible() and error.text() == "The disk is full. Free some space, then try again."
    assert dialog.import_button.text() == "&Import" and dialog.isVisible()
    fake.fail_with = None
    dialog.import_button.click()
    read(qtbot, dialog)
    assert not error.isVisible() and dialog.import_button.text() == "Close"


def test_a_file_without_a_names_column_asks_for_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    fake = FakeImporter(ROWS, file_problems=("No column of names was found. Choose which column holds the names.",))
    d = ImportMembersDialog(fake.preview, fake.import_, [], None)
    qtbot.addWidget(d)
    d.show()
    read(qtbot, d, "members.csv")
    assert d.findChild(QLabel, "dialogError").text().startswith("No column of names was found")
    assert not d.import_button.isEnabled() and "which column holds the names" in d.status.text()


def test_every_control_is_named_and_mnemonics_are_sound(qtbot, dialog: ImportMembersDialog) -> None:  # type: ignore[no-untyped-def]
    assert_all_named(dialog)
    assert_mnemonics_sound(dialog)
    read(qtbot, dialog, "members.csv")
    assert_all_named(dialog)
    assert_mnemonics_sound(dialog)
    assert dialog.table.accessibleName() == "Preview" and dialog.table.toolTip()


def test_tab_follows_the_reading_order(qtbot, dialog: ImportMembersDialog) -> None:  # type: ignore[no-untyped-def]
    read(qtbot, dialog, "members.csv")
    dialog.good_rows_check.setChecked(True)
    order, widget = [], dialog.file_edit
    while len(order) < 12:
        order.append(widget.objectName() or widget.accessibleName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()):
            widget = widget.nextInFocusChain()
    assert order == ["importFile", "importBrowse", "importReload", "importColumn0", "importColumn1", "importColumn2",
                     "importColumn3", "importPreview", "importGroup", "importGoodRows", "Import", "Cancel"]


# ------------------------------------------------------------------ the real importer on a real store
CSV = ("Name,Phone,Email,Emergency contact\r\n"
       "Aiyana,07700 900123,aiyana@example.org,Sam 07700 900456\r\n"
       "Bob,,bob@,\r\n"
       "Renée,07700 900789,renee@example.org,\"Mum\nat home\"\r\n"
       "Nguyễn Văn An,=1+2,,\r\n")


def test_with_the_real_importer_on_a_real_store(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tuesday = services.groups.create_group(weekly_draft("Tuesday Evening"))
    path = tmp_path / "members.csv"
    path.write_text(CSV, encoding="utf-8", newline="")
    importer = MemberImportService(services.store, services.changes, tmp_path / "backups")

    def import_fn(p: Path, mapping: dict | None, good_rows: bool, **options: object) -> ImportResult:
        # On the worker: the group comes from the dialog as group_id, read on the GUI thread.
        return importer.import_members(p, mapping=mapping, import_good_rows=good_rows, **options)  # type: ignore[arg-type]

    d = ImportMembersDialog(importer.preview, import_fn, services.groups.list_groups(), tuesday.id)
    qtbot.addWidget(d)
    d.show()
    read(qtbot, d, path)
    assert [table_text(d, r, 0) for r in range(d.model.rowCount())] == ["2", "3", "4", "6"]
    assert table_text(d, 1, 1) == "Rejected: 'bob@' is not an email address"
    assert table_text(d, 0, 1) == "OK: new member"
    headers = [d.model.headerData(c, Qt.Orientation.Horizontal) for c in range(d.model.columnCount())]
    assert headers[:2] == ["Line", "What will happen"] and "Emergency contact phone" in headers
    assert table_text(d, 3, headers.index("Phone number")) == "=1+2"  # kept as text
    assert not d.import_button.isEnabled()
    d.import_button.click()
    read(qtbot, d)
    assert services.members.list_members() == []  # nothing imported while a row is rejected
    d.good_rows_check.setChecked(True)
    d.import_button.click()
    read(qtbot, d)
    assert d.findChild(QLabel, "importResult").text() == (
        "members.csv: added 3 members; 1 row was rejected. Not imported: line 3: 'bob@' is not an email "
        "address. They are now in Tuesday Evening.")
    names = sorted(m.preferred_name for m in services.members.list_members())
    assert names == ["Aiyana", "Nguyễn Văn An", "Renée"]
    assert len(services.members.group_members(tuesday.id)) == 3
    assert list((tmp_path / "backups").glob("*before-import*.sqlite3"))
    # Importing the same file again adds no one twice, and the preview says so.
    again = ImportMembersDialog(importer.preview, import_fn, services.groups.list_groups(), tuesday.id)
    qtbot.addWidget(again)
    read(qtbot, again, path)
    assert table_text(again, 0, 1) == "OK: already in the store as Aiyana, not added again"
    assert_all_named(again)
    assert_mnemonics_sound(again)


def test_a_full_name_column_is_shown_and_imported_as_the_full_name(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Preferred name,Full name,Pronouns\nKim,Kim Park,she/her\n", encoding="utf-8")
    importer = MemberImportService(services.store, services.changes, tmp_path / "backups")

    def import_fn(p: Path, mapping: dict | None, good_rows: bool, **options: object) -> ImportResult:
        return importer.import_members(p, mapping=mapping, import_good_rows=good_rows, **options)  # type: ignore[arg-type]

    d = ImportMembersDialog(importer.preview, import_fn, [], None)
    qtbot.addWidget(d)
    d.show()
    read(qtbot, d, path)
    combos = [d.findChild(QComboBox, f"importColumn{i}") for i in range(3)]
    assert [c.currentText() for c in combos] == ["Preferred name", "Full name", "Pronouns"]
    headers = [d.model.headerData(c, Qt.Orientation.Horizontal) for c in range(d.model.columnCount())]
    assert table_text(d, 0, headers.index("Full name")) == "Kim Park"
    d.import_button.click()
    read(qtbot, d)
    assert [(m.preferred_name, m.full_name) for m in services.members.list_members()] == [("Kim", "Kim Park")]


# ------------------------------------------------------------------ long files: what is left out is said
def test_a_long_file_says_what_the_table_leaves_out(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    rows = tuple(row(i, f"Person {i}") for i in range(2, 102)) + tuple(
        row(200 + i, "", status="rejected", problems=("no name",)) for i in range(3))
    preview = ImportPreview(Path("long.csv"), "UTF-8", ",", "sheet", COLUMNS, dict(GUESSED), rows,
                            counts={"new": 5000, "rejected": 10},
                            lines=LineCount(total=5011, header=1, read=5000, rejected=10))
    model = ImportPreviewModel()
    model.set_preview(preview)
    qtmodeltester.check(model)
    assert model.rowCount() == 103
    assert hidden_rows_note(preview, model) == (
        "Showing the first 100 rows and the first 3 rejected rows; 4,900 more rows will be imported the same "
        "way; 7 more rejected rows are not shown.")
    assert "All 5,011 lines of the file are accounted for" in describe_preview(preview)
    assert "5,010 rows under the column names: 5,000 new members, 10 rejected" in describe_preview(preview)


def test_the_result_counts_every_rejected_row_not_only_those_listed(qtbot) -> None:  # type: ignore[no-untyped-def]
    fake = FakeImporter(ROWS)

    def import_many(path: Path, mapping: dict | None, good_rows: bool, **_worker: object) -> ImportResult:
        listed = tuple(RowProblem(i, "no name: every member needs at least a preferred name") for i in range(10, 16))
        return ImportResult(path=path, format_name="sheet", rows=2006, added=1000, already_present=0,
                            repeated_in_file=0, joined_group=0, rejected=listed, imported=True, rejected_rows=1006)

    d = ImportMembersDialog(fake.preview, import_many, [], None)
    qtbot.addWidget(d)
    d.show()
    read(qtbot, d, "members.csv")
    d.good_rows_check.setChecked(True)
    d.import_button.click()
    read(qtbot, d)
    text = d.findChild(QLabel, "importResult").text()
    assert text.startswith("members.csv: added 1,000 members; 1,006 rows were rejected.")
    assert text.endswith("line 14: no name: every member needs at least a preferred name; and 1,001 more.")
