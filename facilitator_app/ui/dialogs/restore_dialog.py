"""Choose a backup to restore: the dialog only asks; the window closes the store and restores.

Backups that were never checked, or that changed after their check, are listed (so nothing
seems to have vanished) but cannot be chosen: restoring one could put damaged data in place
of good data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelection, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services.backups import BackupInfo
from facilitator_app.ui.dialogs.submit_dialog import describe_widget
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, emphasis_font, translate
from facilitator_app.ui.models.roles import Index
from facilitator_app.ui.naming import named
from facilitator_app.ui.widgets.dialog_buttons import action_and_cancel

EXPLANATION = QT_TRANSLATE_NOOP("RestoreDialog", "Restoring puts your groups, members, sessions and notes back as "
                                                 "they were when the backup was made. Your current data is backed up "
                                                 "first, so restoring can be undone by restoring that backup.")
CHOOSE_PROMPT = QT_TRANSLATE_NOOP("RestoreDialog", "Choose a backup in the list (arrow keys or a click), then press "
                                                   "Restore.")
NOT_CHECKED_MARK = QT_TRANSLATE_NOOP("RestoreDialog", "Not checked: cannot be restored")
CHECKED_MARK = QT_TRANSLATE_NOOP("RestoreDialog", "Checked")
NEVER_CHECKED = QT_TRANSLATE_NOOP("RestoreDialog", "This backup was never checked, so it may be incomplete or "
                                                   "damaged and cannot be restored. Choose a backup marked “Checked”.")
CHANGED_SINCE = QT_TRANSLATE_NOOP("RestoreDialog", "This backup file has changed since it was checked, so it may be "
                                                   "damaged and cannot be restored. Choose a backup marked “Checked”.")

WHEN, WHY, CHECKED, HOLDS = range(4)
HEADERS = (QT_TRANSLATE_NOOP("Headers", "When"), QT_TRANSLATE_NOOP("Headers", "Why it was made"),
           QT_TRANSLATE_NOOP("Headers", "Checked"), QT_TRANSLATE_NOOP("Headers", "What it holds"))


def unverified_reason(info: BackupInfo) -> str:
    """Why a backup cannot be restored, as a sentence ("" when it can)."""
    if info.verified:
        return ""
    # A backup that has counts was checked once (its record says what it held): the file changed since.
    return translate("RestoreDialog", CHANGED_SINCE) if info.counts is not None else translate("RestoreDialog",
                                                                                               NEVER_CHECKED)


def confirmation_text(info: BackupInfo) -> str:
    return (translate("RestoreDialog", "Restore the backup from {label} ({reason_label})? Your data as it is now "
                                       "will be backed up first, then replaced by that backup.").format(
                                           label=info.label, reason_label=info.reason_label))


def empty_text(backups_dir: Path | None) -> str:
    where = (translate("RestoreDialog",
                       " They are kept in {backups_dir}.").format(backups_dir=backups_dir) if backups_dir is not None
             else translate("RestoreDialog", " They are kept in the backups folder beside your data."))
    return (translate("RestoreDialog",
                      "There are no backups yet. Facilitator makes one when you close the app, and every 30 minutes "
                                       "while you make changes; each will appear in this list.") + where)


class BackupListModel(QAbstractTableModel):
    """Backups, newest first: when, why, what they hold, and whether they passed their check."""

    def __init__(self, backups: list[BackupInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = list(backups)
        self._italic = emphasis_font()

    def backup_at(self, row: int) -> BackupInfo | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        info = self.backup_at(index.row()) if index.isValid() else None
        if info is None:
            return Qt.ItemFlag.NoItemFlags
        # Enabled (so the keyboard can reach it and its tooltip explains) but never selectable.
        if not info.verified:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(HEADERS):
            return None
        info = self.backup_at(index.row())
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == WHEN:
                return self.tr("Backup from {label}").format(label=info.label) + ("" if info.verified else self.tr(
                    ", not checked, cannot be restored"))
            return self._text(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not info.verified:
                return unverified_reason(info)
            return self.tr("Backup from {label}, made {reason_label}: {summary}.").format(
                label=info.label, reason_label=info.reason_label, summary=info.summary())
        if role == Qt.ItemDataRole.FontRole and not info.verified:
            return self._italic
        if role == Qt.ItemDataRole.DecorationRole and column == CHECKED and not info.verified:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return translate("Headers", HEADERS[section])
        return None

    @staticmethod
    def _text(info: BackupInfo, column: int) -> str:
        if column == WHEN:
            return info.label
        if column == WHY:
            return info.reason_label.capitalize()
        if column == HOLDS:
            return info.summary().capitalize()
        return translate("RestoreDialog", CHECKED_MARK if info.verified else NOT_CHECKED_MARK)


class RestoreDialog(QDialog):
    """Lists the backups and asks which one to restore; ``selected_backup()`` says which.

    Accepted only with a checked (verified) backup chosen. The window then closes its store,
    calls ``BackupService.restore(dialog.selected_backup().path)`` and opens the store again.
    """

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None, *,
                 backups_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))

        explanation = named(QLabel(translate("RestoreDialog", EXPLANATION)), "restoreExplanation")
        explanation.setWordWrap(True)

        self.model = BackupListModel(backups, self)
        self.table = named(QTableView(), "backupList")
        self.table.setModel(self.model)
        describe_widget(self.table, self.tr("Backups"),
                        self.tr("Each row is one backup: when and why it was made, and what it holds. "
                                "Use the arrow keys to choose one."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        # The contents wrap inside the window's width (a few dozen backups at most: cheap to measure).
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView#backupList::item { padding: 4px 3px; }")  # wrapped rows breathe
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(self.table.verticalHeader().defaultSectionSize())
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for column in (WHEN, WHY, CHECKED):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + 16)
        header.setStretchLastSection(True)  # "What it holds"; its tooltip has it in full if it must be cut
        list_label = named(QLabel(self.tr("&Backups, newest first:")), "backupListLabel")
        list_label.setBuddy(self.table)

        self.empty_label = named(QLabel(empty_text(backups_dir)), "restoreEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.confirmation = named(QLabel(translate("RestoreDialog", CHOOSE_PROMPT)), "restoreConfirmation")
        self.confirmation.setWordWrap(True)
        bold = self.confirmation.font()
        bold.setBold(True)
        self.confirmation.setFont(bold)

        buttons, self.restore_button, self.cancel_button = action_and_cancel(
            self, self.tr("&Restore"), self.tr("Back up your current data, then put the chosen backup in its place."),
            self.tr("Close without restoring anything (Esc)."))
        buttons.accepted.connect(self._on_buttons_accepted)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(4)
        layout.addWidget(list_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.confirmation)
        layout.addWidget(buttons)

        has_backups = bool(backups)
        list_label.setVisible(has_backups)
        self.table.setVisible(has_backups)
        self.confirmation.setVisible(has_backups)
        self.empty_label.setVisible(not has_backups)
        self._any_verified = any(b.verified for b in backups)
        if not self._any_verified and has_backups:
            self.confirmation.setText(self.tr("None of these backups passed its check, so none can be restored. "
                                              "Keep using your current data; a new backup is made when you close the "
                                              "app."))

        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        QWidget.setTabOrder(self.table, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.cancel_button)
        if has_backups:
            # Current (so the arrow keys start at the top) but not selected: choosing is the user's act.
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0),
                                                        self.table.selectionModel().SelectionFlag.NoUpdate)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            rows = self.table.verticalHeader().defaultSectionSize() * min(len(backups), 10)
            fixed = sum(header.sectionSize(c) for c in (WHEN, WHY, CHECKED))
            self.resize(min(960, max(720, fixed + 400)), min(600, max(340, rows + 260)))
        else:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.resize(560, 200)

    def selected_backup(self) -> BackupInfo | None:
        """The chosen backup, when it is one that may be restored."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.model.backup_at(rows[0].row())
        return info if info is not None and info.verified else None

    def select_backup(self, info: BackupInfo) -> bool:
        """Choose ``info`` in the list (for the window's "restore this one" paths); False if it cannot be."""
        for row in range(self.model.rowCount()):
            if self.model.backup_at(row) == info and info.verified:
                self.table.selectRow(row)
                return True
        return False

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_confirmation()

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_confirmation()

    def _update_confirmation(self) -> None:
        info = self.selected_backup()
        self.restore_button.setEnabled(info is not None)
        if info is not None:
            self.confirmation.setText(confirmation_text(info))
            return
        if not self._any_verified:
            return
        # Arrowing onto a backup that cannot be restored says why, rather than doing nothing silently.
        current = self.model.backup_at(self.table.currentIndex().row())
        has_selection = self.table.selectionModel().hasSelection()
        if current is not None and not current.verified and not has_selection:
            self.confirmation.setText(unverified_reason(current))
        else:
            self.confirmation.setText(translate("RestoreDialog", CHOOSE_PROMPT))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        info = self.model.backup_at(index.row())
        if info is not None and info.verified and self.selected_backup() == info:
            self.accept()

    def _on_buttons_accepted(self) -> None:
        if self.selected_backup() is not None:
            self.accept()
