"""The restore dialog: lists backups, lets only checked ones be chosen, and only asks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableView

from facilitator_app.services.backups import BackupInfo, BackupService
from facilitator_app.services.container import Services
from facilitator_app.services.members import MemberDraft
from facilitator_app.ui.dialogs.restore_dialog import (
    CHECKED_MARK,
    CHOOSE_PROMPT,
    EXPLANATION,
    NOT_CHECKED_MARK,
    BackupListModel,
    RestoreDialog,
)
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound

COUNTS = {"groups": 2, "members": 14, "meetings": 52, "attendance": 610, "checkins": 40, "session_notes": 9}


def backup(when: datetime, reason: str = "on-close", verified: bool = True,
           counts: dict[str, int] | None = COUNTS) -> BackupInfo:
    name = f"facilitator-{when:%Y-%m-%dT%H%M%S}-{reason}.sqlite3"
    return BackupInfo(path=Path("/backups") / name, when=when, reason=reason, counts=counts, verified=verified,
                      size=4096, schema_revision="r1", store_name="store.sqlite3")


NEWEST = backup(datetime(2026, 11, 26, 14, 45), "scheduled")
CHANGED = backup(datetime(2026, 11, 25, 20, 0), "on-close", verified=False)
NEVER_CHECKED = backup(datetime(2026, 11, 24, 20, 0), "manual", verified=False, counts=None)
OLDER = backup(datetime(2026, 11, 20, 9, 30), "before-import", counts={**COUNTS, "members": 1})
BACKUPS = [NEWEST, CHANGED, NEVER_CHECKED, OLDER]


@pytest.fixture
def dialog(qtbot) -> RestoreDialog:  # type: ignore[no-untyped-def]
    d = RestoreDialog(BACKUPS)
    qtbot.addWidget(d)
    d.show()
    return d


def cell(d: RestoreDialog, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return d.model.data(d.model.index(row, column), role)


def test_the_model_passes_qt_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = BackupListModel(BACKUPS)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 4
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None and model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) is None
    empty = BackupListModel([])
    qtmodeltester.check(empty)


def test_it_lists_backups_newest_first_with_why_and_what(dialog: RestoreDialog) -> None:
    assert dialog.windowTitle() == "Restore from a backup"
    assert dialog.findChild(QLabel, "restoreExplanation").text() == EXPLANATION
    assert "restoring can be undone" in EXPLANATION
    assert dialog.findChild(QTableView, "backupList") is dialog.table
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["When", "Why it was made", "Checked", "What it holds"]
    assert cell(dialog, 0, 0) == NEWEST.label
    assert cell(dialog, 0, 1) == "While you were working"
    assert cell(dialog, 0, 3) == "2 groups, 14 members, 52 sessions, 610 attendance marks, 40 check-ins, 9 notes"
    assert cell(dialog, 3, 1) == "Before an import" and "1 member," in str(cell(dialog, 3, 3))
    assert cell(dialog, 0, 2) == CHECKED_MARK
    assert not dialog.findChild(QLabel, "restoreEmpty").isVisible()
    assert dialog.focusWidget() is dialog.table


def test_unchecked_backups_are_marked_and_cannot_be_chosen(qtbot, dialog: RestoreDialog) -> None:  # type: ignore[no-untyped-def]
    # Marked in words and with an icon, not only by colour or style; the tooltip says why.
    for row in (1, 2):
        assert cell(dialog, row, 2) == NOT_CHECKED_MARK
        assert cell(dialog, row, 2, Qt.ItemDataRole.DecorationRole) is not None
        assert not dialog.model.flags(dialog.model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert "changed since it was checked" in str(cell(dialog, 1, 0, Qt.ItemDataRole.ToolTipRole))
    assert "never checked" in str(cell(dialog, 2, 2, Qt.ItemDataRole.ToolTipRole))
    assert "cannot be restored" in str(cell(dialog, 1, 0, Qt.ItemDataRole.AccessibleTextRole))

    dialog.table.selectRow(1)
    assert dialog.selected_backup() is None and not dialog.restore_button.isEnabled()
    assert not dialog.select_backup(CHANGED)
    # Arrowing onto one says why it cannot be chosen.
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.currentIndex().row() == 1
    assert dialog.selected_backup() is None and not dialog.restore_button.isEnabled()
    assert "changed since it was checked" in dialog.confirmation.text()
    # Return does nothing while no checked backup is chosen.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0


def test_choosing_a_checked_backup_enables_restore_and_names_its_date(qtbot, dialog: RestoreDialog) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.restore_button.isEnabled() and dialog.selected_backup() is None
    assert dialog.confirmation.text() == CHOOSE_PROMPT
    assert dialog.restore_button.isDefault()
    # Keyboard only: the first row is current; Space chooses it, Return restores.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.selected_backup() == NEWEST and dialog.restore_button.isEnabled()
    assert NEWEST.label in dialog.confirmation.text()
    assert dialog.confirmation.text().startswith("Restore the backup from ")
    assert "backed up first" in dialog.confirmation.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected_backup() == NEWEST


def test_an_older_backup_can_be_chosen_with_the_mouse(qtbot, dialog: RestoreDialog) -> None:  # type: ignore[no-untyped-def]
    rect = dialog.table.visualRect(dialog.model.index(3, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_backup() == OLDER
    assert OLDER.label in dialog.confirmation.text()
    dialog.table.clearSelection()
    assert not dialog.restore_button.isEnabled() and dialog.confirmation.text() == CHOOSE_PROMPT
    assert dialog.select_backup(OLDER)
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.selected_backup() == OLDER


def test_cancel_restores_nothing(qtbot, dialog: RestoreDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.select_backup(NEWEST)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_no_backups_yet_says_so_and_where_they_will_be(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = RestoreDialog([], backups_dir=tmp_path / "backups")
    qtbot.addWidget(d)
    d.show()
    empty = d.findChild(QLabel, "restoreEmpty")
    assert empty.isVisible() and empty.text().startswith("There are no backups yet.")
    assert "when you close the app" in empty.text() and str(tmp_path / "backups") in empty.text()
    assert not d.table.isVisible() and not d.restore_button.isEnabled()
    assert d.selected_backup() is None
    assert "backups folder" in RestoreDialog([]).empty_label.text()


def test_when_no_backup_passed_its_check_it_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = RestoreDialog([CHANGED, NEVER_CHECKED])
    qtbot.addWidget(d)
    d.show()
    assert "none can be restored" in d.confirmation.text()
    qtbot.keyClick(d.table, Qt.Key.Key_Down)
    assert "none can be restored" in d.confirmation.text() and not d.restore_button.isEnabled()


def test_real_backups_of_a_real_store(qtbot, services: Services, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.members.add_member(MemberDraft(preferred_name="Aiyana"))
    times = iter([datetime(2026, 11, 20, 9, 0), datetime(2026, 11, 26, 14, 0)])
    service = BackupService(store_path, store_path.parent / "backups", clock=lambda: next(times))
    first = service.make_backup("manual")
    services.members.add_member(MemberDraft(preferred_name="Renée"))
    service.make_backup("scheduled")
    listed = service.list_backups()
    d = RestoreDialog(listed, backups_dir=service.backups_dir)
    qtbot.addWidget(d)
    d.show()
    assert d.model.rowCount() == 2
    assert "2 members" in str(cell(d, 0, 3)) and "1 member" in str(cell(d, 1, 3))
    assert d.select_backup(listed[1]) and d.selected_backup() is not None
    assert d.selected_backup().path == first.path


def test_every_control_is_named_and_mnemonics_are_sound(dialog: RestoreDialog) -> None:
    assert_all_named(dialog)
    assert_mnemonics_sound(dialog)
    assert dialog.table.accessibleName() and dialog.table.toolTip()
