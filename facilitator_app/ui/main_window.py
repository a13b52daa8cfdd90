"""The main window: wiring only. Panels come with the main-window issue; for now the
store's groups on the left and the selected group's schedule on the right."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QItemSelection, Qt, QTime
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
)

from facilitator_app import APP_NAME, __version__
from facilitator_app.errors import AppError
from facilitator_app.services import store_admin
from facilitator_app.services.changes import Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.ui.models.group_list_model import GroupListModel


class MainWindow(QMainWindow):
    """The window of one open store; closing it closes the store."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} — {services.store.path.name}")
        self.resize(1200, 720)

        self._groups = GroupListModel(self)
        self._group_list = QListView(objectName="groupList")
        self._group_list.setModel(self._groups)
        self._group_list.setAccessibleName("Groups")
        self._group_list.setToolTip("Your groups. Use the arrow keys to choose one.")
        self._group_list.selectionModel().selectionChanged.connect(self._on_group_list_selection_changed)

        self._overview = QTextBrowser(objectName="groupOverview")
        self._overview.setAccessibleName("Selected group")
        self._overview.setOpenLinks(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._group_list)
        splitter.addWidget(self._overview)
        splitter.setSizes([300, 900])
        self.setCentralWidget(splitter)

        self._store_label = QLabel(f"Store: {services.store.path}", objectName="storeLabel")
        self._store_label.setAccessibleName("Open store")
        self._saved_label = QLabel("No changes yet", objectName="savedLabel")
        self._saved_label.setAccessibleName("Last saved")
        self.statusBar().addWidget(self._store_label, 1)
        self.statusBar().addPermanentWidget(self._saved_label)

        self._build_menus()
        self._unsubscribe = services.changes.subscribe(self._on_services_changed)
        self._reload_groups()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        backup = QAction("&Back up now", self, objectName="backupNowAction")
        backup.setShortcut(QKeySequence("Ctrl+B"))
        backup.triggered.connect(self._on_backup_triggered)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, objectName="quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Facilitator", self, objectName="aboutAction")
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _reload_groups(self) -> None:
        selected = self._selected_group_id()
        self._groups.set_groups(self._services.groups.list_groups())
        row = self._groups.row_of(selected) if selected else -1
        if row < 0 and self._groups.rowCount() > 0:
            row = 0
        if row >= 0:
            self._group_list.setCurrentIndex(self._groups.index(row))
        else:
            self._show_welcome()

    def _selected_group_id(self):  # type: ignore[no-untyped-def]
        group = self._groups.group_at(self._group_list.currentIndex().row())
        return group.id if group else None

    def _show_welcome(self) -> None:
        self._overview.setHtml(
            "<h2>Welcome to Facilitator</h2>"
            "<p>This store has no groups yet. Groups, sessions and attendance will appear here.</p>"
            "<p>To explore with invented sample data, run <code>facilitator-app --demo</code>.</p>")

    def _on_group_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        group = self._groups.group_at(indexes[0].row()) if indexes else None
        if group is None:
            return
        try:
            members = self._services.members.group_members(group.id)
            upcoming = [m for m in self._services.meetings.list_meetings(group.id, start=date.today())][:5]
        except AppError as exc:
            QMessageBox.warning(self, APP_NAME, exc.message)
            return
        sessions = "".join(f"<li>{m.date:%A %d %B %Y} — {escape(m.status.label)}</li>" for m in upcoming) \
            or "<li>No upcoming sessions scheduled.</li>"
        venue = f"<p>Venue: {escape(group.venue)}</p>" if group.venue else ""
        self._overview.setHtml(
            f"<h2>{escape(group.name)}</h2><p>{escape(group.recurrence.describe())}</p>{venue}"
            f"<p>{len(members)} current member{'s' if len(members) != 1 else ''}</p>"
            f"<h3>Upcoming sessions</h3><ul>{sessions}</ul>")

    def _on_services_changed(self, change: Change) -> None:
        self._saved_label.setText(f"All changes saved at {QTime.currentTime().toString('HH:mm')}")
        if change.entity in (Entity.GROUP, Entity.STORE, Entity.MEMBERSHIP, Entity.MEETING):
            self._reload_groups()

    def _on_backup_triggered(self) -> None:
        try:
            destination = store_admin.backup_now(self._services.store)
        except AppError as exc:
            QMessageBox.warning(self, APP_NAME, exc.message)
            return
        self.statusBar().showMessage(f"Backup written to {destination}", 8000)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3><p>Offline admin for in-person peer support "
                          "groups. Everything stays on this computer: the app never uses the network.</p>")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._unsubscribe()
        self._services.store.close()
        super().closeEvent(event)
