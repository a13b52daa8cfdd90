"""The main window: lays out the panels, places the actions in menus, and wires signals.

Left: groups and their sessions. Right: the selected session's tabs, or a welcome on an
empty store. The status bar names the store and when the last change was saved.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QSize, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.domain.records import GroupRecord, MeetingRecord
from facilitator_app.errors import AppError
from facilitator_app.services.backups import BackupService
from facilitator_app.services.changes import ChangeBatch
from facilitator_app.services.container import Services
from facilitator_app.storage.lock import StoreLock
from facilitator_app.ui.actions import WindowActions, make_action
from facilitator_app.ui.change_bridge import ChangeBridge
from facilitator_app.ui.export_actions import ExportActions
from facilitator_app.ui.fit_scroll import FitScroll
from facilitator_app.ui.language_menu import LanguageMenu
from facilitator_app.ui.lock_control import ScreenLock
from facilitator_app.ui.member_erasure import MemberEraser
from facilitator_app.ui.member_merge import MemberMerger
from facilitator_app.ui.naming import named
from facilitator_app.ui.panels.attendance_panel import AttendancePanel
from facilitator_app.ui.panels.navigator import Navigator
from facilitator_app.ui.panels.roster_panel import RosterPanel
from facilitator_app.ui.panels.welcome_panel import WelcomePanel
from facilitator_app.ui.session_tabs import SessionTabsWindow
from facilitator_app.ui.store_safety import StoreSafety
from facilitator_app.ui.sync_actions import SyncActions
from facilitator_app.ui.tab_focus import focus_first
from facilitator_app.ui.view_menu import ViewActions

ATTENDANCE_TAB, CHECKINS_TAB, NOTES_TAB, HANDOUTS_TAB, ROSTER_TAB = range(5)


class MainWindow(SessionTabsWindow):
    """The window of one open store; closing it closes the store."""

    open_store_requested = Signal(Path)
    new_store_requested = Signal(Path)
    sample_data_requested = Signal()
    reopen_requested = Signal(Path)   # the data file was restored from a backup: open it afresh

    def __init__(self, services: Services, settings: QSettings, backups: BackupService | None = None,
                 lock: StoreLock | None = None, *, sample_data: bool = False,
                 unlock_check: Callable[[str], bool] | None = None,
                 on_failed_unlock: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self._services = services
        self._settings = settings
        self._store_closed = False
        self._safety = StoreSafety(services, backups, lock, self)
        self._key = "store-" + hashlib.sha256(str(services.store.path).encode()).hexdigest()[:16]
        self.setObjectName("mainWindow")
        read_only = self.tr(" (read-only)") if services.store.read_only else ""
        self.set_document_title(f"{services.store.path.name}{read_only}")
        self.setMinimumSize(960, 600)

        self._undo = QUndoStack(self)
        self._bridge = ChangeBridge(services.changes, self)
        self._navigator = Navigator(services.groups, services.meetings, latest_held_first=sample_data)
        self._attendance = AttendancePanel(services.attendance, services.meetings, self._undo)
        self._roster = RosterPanel(services.members, services.attendance)
        self._tabs = named(QTabWidget(), "sessionTabs")
        self._tabs.setAccessibleName(self.tr("Session"))
        self._tabs.addTab(self._attendance, self.tr("&Attendance"))
        # The tabs that follow the selected session and group, built when first shown or asked
        # for (ui/session_tabs.py); the attendance and roster panels are wired by name below.
        checkins, notes, handouts = self._make_session_pages()
        self._tabs.addTab(checkins, self.tr("&Check-ins"))
        self._tabs.addTab(notes, self.tr("&Notes"))
        self._tabs.addTab(handouts, self.tr("Hand&outs"))
        self._tabs.addTab(self._roster, self.tr("&Roster"))
        self._tabs.tabBar().setAccessibleName(self.tr("Session tabs"))
        self._tabs.tabBar().setToolTip(self.tr("Attendance, Check-ins, Notes, Handouts, Roster (Ctrl+1 to Ctrl+5)"))
        for number in range(5):
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self, lambda n=number: self.show_tab(n))
        # Window-wide, so they work from the sessions list too.
        QShortcut(QKeySequence("Ctrl+W"), self, self._on_walk_in_shortcut)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self._on_everyone_present_shortcut)
        self._welcome = WelcomePanel()
        self._right = QStackedWidget()
        self._right.addWidget(self._tabs)
        self._right.addWidget(self._welcome)

        splitter = named(QSplitter(Qt.Orientation.Horizontal), "mainSplitter")
        splitter.addWidget(self._navigator)
        splitter.addWidget(FitScroll(self._right, "sessionScroll", self._room_for_tabs))  # scrolls, never cuts
        splitter.setStretchFactor(1, 1)
        # Room for a session's date at any text size; the tabs scroll before the dates are cut.
        self._navigator.setMinimumWidth(self._navigator.fontMetrics().horizontalAdvance("Wed 30 Sep 2026") + 36)
        splitter.setSizes([290, 1076])
        splitter.setChildrenCollapsible(False)
        # The lock screen is the other page: while it shows, every view with data is hidden.
        central = QStackedWidget()
        central.addWidget(splitter)
        self.setCentralWidget(central)
        self._screen_lock = ScreenLock(self, central, settings, unlock_check=unlock_check,
                                       on_failed_unlock=on_failed_unlock)

        # The path kept left to right inside a right-to-left sentence (isolated, U+2066 ... U+2069).
        stored = f"\u2066{services.store.location}\u2069"
        self._store_label = named(QLabel(self.tr("Data file: {path}{read_only}").format(
            path=stored, read_only=read_only)), "storeLabel")
        self._store_label.setAccessibleName(self.tr("Open data file"))
        self._saved_label = named(QLabel(self.tr("No changes yet")), "savedLabel")
        self._saved_label.setAccessibleName(self.tr("Last saved"))
        self.statusBar().addWidget(self._store_label, 1)
        self.statusBar().addPermanentWidget(self._saved_label)

        self._actions = WindowActions(services, self, self._undo, self._navigator.current_group,
                                      self._navigator.current_meeting, self._navigator.existing_dates)
        self._exports = ExportActions(services, self, self._navigator.current_group,
                                      self._navigator.current_meeting, self._roster.selected_member, settings)
        self._merger = MemberMerger(services, self._undo, self._roster.selected_member,
                                    self._navigator.current_group, self)
        self._roster.add_action_button(self._merger.action, "mergeMembers")
        self._eraser = MemberEraser(services, self._undo, self._roster.selected_member,
                                    backups.backups_dir if backups else None, self)
        self._view = ViewActions(settings, self)
        # Others may have saved since (on the organisation server, or by a sync): F5 shows it.
        self.reload_action = make_action(self, self.tr("Show the latest"), "reloadAction", self.reload_everything,
                                         "F5", self.tr("Show what was saved elsewhere since, such as by others on "
                                                       "the organisation server (F5)"))
        self._syncs = SyncActions(services, settings, self, self._flush_notes)
        self._syncs.action.setEnabled(not services.store.read_only)
        self.statusBar().addPermanentWidget(self._syncs.label)
        self._build_menus()
        self._wire()
        self._restore_state()

    # -- layout --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self._actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a.new_store, a.open_store])
        file_menu.addSeparator()
        file_menu.addActions([self._safety.import_action, self._syncs.action])
        file_menu.addSeparator()
        file_menu.addActions([a.backup, self._safety.restore_action, self._safety.passphrase_action])
        file_menu.addSeparator()
        file_menu.addActions([self._screen_lock.lock_action, self._screen_lock.lock_after_action])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self._undo.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._undo.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("redoAction")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([undo, redo])
        # No Alt letter is free on every page (V: visitors, W: walk-in, I: sessions, E: Edit), so
        # View is reached by Alt then the arrow keys; each of its commands has its own shortcut.
        view_menu = named(self.menuBar().addMenu(self.tr("View")), "viewMenu")
        view_menu.addAction(self.reload_action)
        view_menu.addSeparator()
        self._view.build_menu(view_menu)
        view_menu.addSeparator()
        self._language = LanguageMenu(self._settings, self)
        view_menu.addMenu(self._language.menu)
        group_menu = self.menuBar().addMenu(self.tr("&Group"))
        group_menu.addActions([a.new_group, a.edit_group])
        group_menu.addSeparator()
        group_menu.addAction(a.schedule)
        group_menu.addSeparator()
        group_menu.addActions(self._exports.group_actions)
        group_menu.addAction(self._exports.export_member_record)
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        session_menu.addAction(a.new_session)
        session_menu.addSeparator()
        session_menu.addActions([a.mark_held, a.cancel_session, a.did_not_meet, a.back_to_planned])
        session_menu.addSeparator()
        session_menu.addActions(self._exports.session_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([a.getting_started, a.shortcuts, a.about])

    def _wire(self) -> None:
        self._navigator.group_changed.connect(self._on_navigator_group_changed)
        self._navigator.session_changed.connect(self._on_navigator_session_changed)
        self._bridge.batch_committed.connect(self._on_bridge_batch)
        self._bridge.batch_committed.connect(self._safety.on_batch)
        self._safety.error_raised.connect(self._show_error)
        self._exports.error_raised.connect(self._show_error)
        self._exports.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._roster.current_member_changed.connect(self._exports.update_enabled)
        self._roster.add_member_actions([self._exports.export_member_record, self._merger.action,
                                         self._eraser.action])
        self._roster.current_member_changed.connect(self._merger.update_enabled)
        self._roster.current_member_changed.connect(self._eraser.update_enabled)
        self._eraser.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._merger.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._safety.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._safety.restore_chosen.connect(self._on_safety_restore_chosen)
        self._actions.backup_requested.connect(self._safety.back_up_now)
        for source in (self._navigator, self._attendance, self._roster, self._actions, self._merger, self._eraser):
            source.error_raised.connect(self._show_error)
        self._actions.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._actions.open_store_requested.connect(self.open_store_requested)
        self._actions.new_store_requested.connect(self.new_store_requested)
        self._welcome.create_group_requested.connect(self._actions.create_group)
        self._welcome.sample_data_requested.connect(self.sample_data_requested)
        self._navigator.session_activated.connect(self._on_navigator_session_activated)
        self._navigator.group_updated.connect(self._roster.set_group_record)
        self._attendance.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._attendance.session_requested.connect(lambda meeting_id: self._show_session(meeting_id, self._attendance))
        self._attendance.schedule_requested.connect(self._actions.schedule.trigger)
        self._actions.session_status_changed.connect(lambda: self._navigator.session_list.setFocus())
        self._syncs.synced.connect(self._on_syncs_synced)
        self._syncs.session_requested.connect(self._on_syncs_session_requested)

    def _room_for_tabs(self) -> QSize:
        """What the tabs may ask for: the window less the groups pane at its least (its menus, bars and frames)."""
        return QSize(self.width() - self._navigator.minimumWidth() - 12,
                     self.height() - self.menuBar().sizeHint().height() - self.statusBar().sizeHint().height() - 8)

    def _tab_chain(self) -> list[QWidget]:
        """One Tab chain round the window: groups, sessions, tabs, then the shown tab's controls
        (a tab not built yet has none), and from the last back to the groups (focusNextPrevChild)."""
        return [self._navigator.group_list, self._navigator.session_list, self._tabs.tabBar(),
                *self._attendance.tab_chain(),
                *[w for panel in self._session_panels() for w in panel.tab_chain()],
                *self._roster.tab_chain()]

    # -- reactions -----------------------------------------------------------------------------
    def _on_navigator_group_changed(self, group: GroupRecord | None) -> None:
        has_groups = group is not None or self._navigator.group_count() > 0
        self._right.setCurrentWidget(self._tabs if has_groups else self._welcome)
        self._navigator.setVisible(has_groups)
        self._exports.update_enabled()
        self._roster.show_group(group)
        for panel in self._session_panels():
            panel.show_group(group)
        self._actions.update_enabled()

    def _on_navigator_session_changed(self, meeting: MeetingRecord | None) -> None:
        self._attendance.show_meeting(meeting)
        self._roster.set_session_date(meeting.date if meeting else None)
        for panel in self._session_panels():
            panel.show_meeting(meeting)
        self._exports.update_enabled()
        self._actions.update_enabled()

    def _on_navigator_session_activated(self) -> None:
        if self._right.currentWidget() is self._tabs:
            self._focus_tab(self._tabs.currentIndex(), Qt.FocusReason.OtherFocusReason)

    def show_tab(self, index: int) -> None:
        """Show a session tab (Ctrl+1…5) and put the keyboard in its main view."""
        if self._right.currentWidget() is not self._tabs:
            return
        self._tabs.setCurrentIndex(index)
        self._focus_tab(index, Qt.FocusReason.ShortcutFocusReason)

    def _focus_tab(self, index: int, reason: Qt.FocusReason) -> None:
        # The main view first; when it cannot take focus (no session, a cancelled one, an empty
        # library), the tab's next control, and at last the tab bar itself.
        candidates: list[QWidget]
        if index == ATTENDANCE_TAB:
            candidates = [self._attendance.view, *self._attendance.tab_chain()]
        elif index == CHECKINS_TAB:
            candidates = [self.checkins_panel.view, *self.checkins_panel.tab_chain()]
        elif index == NOTES_TAB:
            candidates = [self.notes_panel.editor("themes"), *self.notes_panel.tab_chain()]
        elif index == HANDOUTS_TAB:
            candidates = [self.handouts_panel.view, *self.handouts_panel.tab_chain()]
        else:
            candidates = [self._roster.view, *self._roster.tab_chain()]
        if focus_first(candidates, reason) is None:
            self._tabs.tabBar().setFocus(reason)

    def _on_walk_in_shortcut(self) -> None:
        self._tabs.setCurrentWidget(self._attendance)
        self._attendance.focus_walk_in()

    def _on_everyone_present_shortcut(self) -> None:
        self._tabs.setCurrentWidget(self._attendance)
        self._attendance.mark_everyone_present()

    def _show_session(self, meeting_id: uuid.UUID, tab: QWidget) -> None:
        """Bring a session on screen in the given tab (a search result, or undo touching another session)."""
        try:
            meeting = self._services.meetings.get_meeting(meeting_id)
        except AppError:
            return
        current = self._navigator.current_meeting()
        if current is None or current.id != meeting.id:
            self._navigator.reload_groups(select=meeting.group_id, session=meeting.id)
        self._tabs.setCurrentWidget(tab)

    def _flush_notes(self) -> None:
        if self._built_notes is not None:
            self._built_notes.flush()

    def _on_syncs_synced(self) -> None:
        """A sync may have changed anything: a backup becomes due, and everything shown is read again."""
        self._mark_saved()
        self._safety.note_change()
        self.reload_everything()

    def reload_everything(self) -> None:
        """Read the groups and the shown session again (F5), keeping the selection and the tab."""
        self._flush_notes()   # the note being typed is saved first, so reading it again loses nothing
        group, meeting = self._navigator.current_group(), self._navigator.current_meeting()
        self._navigator.reload_groups(select=group.id if group else None, session=meeting.id if meeting else None)

    def _on_syncs_session_requested(self, meeting_id: uuid.UUID) -> None:
        self._show_session(meeting_id, self._notes_page)
        self.show_tab(NOTES_TAB)

    def _mark_saved(self) -> None:
        self._saved_label.setText(self.tr("All changes saved · {time}").format(
            time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)))

    def _on_bridge_batch(self, batch: ChangeBatch) -> None:
        self._mark_saved()
        self._navigator.on_batch(batch)
        self._roster.on_batch(batch)
        self._attendance.on_batch(batch)
        for panel in self._session_panels():
            panel.on_batch(batch)
        self._exports.update_enabled()
        self._actions.update_enabled()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        reachable = [w for w in self._tab_chain()
                     if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        current = QApplication.focusWidget()
        if current not in reachable:
            return super().focusNextPrevChild(next)
        target = reachable[(reachable.index(current) + (1 if next else -1)) % len(reachable)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def set_document_title(self, document: str) -> None:
        """Title the window "<document> — Facilitator", once. Qt appends the application display
        name on X11, Wayland and Windows unless the title already ends with it, so ending with the
        app name shows it exactly once on every platform."""
        self.setWindowTitle(self.tr("{document} — {APP_NAME}").format(document=document, APP_NAME=APP_NAME))

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    # -- remembered between runs ---------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(first_run_size(self.screen().availableGeometry().size()))
        group = _as_uuid(self._settings.value(f"{self._key}/group"))
        session = _as_uuid(self._settings.value(f"{self._key}/session"))
        self._navigator.reload_groups(select=group, session=session)
        if self._navigator.group_count() == 0:
            self._right.setCurrentWidget(self._welcome)
            self._navigator.hide()

    def _save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        group, meeting = self._navigator.current_group(), self._navigator.current_meeting()
        self._settings.setValue(f"{self._key}/group", str(group.id) if group else "")
        self._settings.setValue(f"{self._key}/session", str(meeting.id) if meeting else "")
        self._settings.sync()

    def _close_store(self) -> None:
        """Save what is pending, close the data file, and stop following it (once)."""
        if self._store_closed:
            return
        self._store_closed = True
        self._exports.shutdown()  # cancels a running export and waits for its worker
        self._syncs.shutdown()    # a running sync stops (rolled back) before the store closes
        if self._built_notes is not None:
            self._built_notes.flush()  # the last keystrokes of a note are saved before the store closes
        self._save_state()
        self._bridge.detach()
        self._services.store.close()

    def _on_safety_restore_chosen(self, backup: Path) -> None:
        self._close_store()
        self._safety.restore(backup)  # explains itself; on failure the current file is still there
        self._safety.release()
        self.reopen_requested.emit(self._services.store.path)

    def current_group_id(self) -> uuid.UUID | None:
        group = self._navigator.current_group()
        return group.id if group else None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._screen_lock.shutdown()
        if not self._store_closed:
            self._close_store()
            self._safety.close()
        self._safety.release()
        super().closeEvent(event)

    # -- for tests and the composition root ----------------------------------------------------
    @property
    def services(self) -> Services:
        return self._services

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo

    @property
    def screen_lock(self) -> ScreenLock:
        """The idle lock (``set_unlock_check`` and ``set_on_failed_unlock`` wire it after the fact)."""
        return self._screen_lock


def _as_uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def first_run_size(available: QSize) -> QSize:
    """The window's size on first run: roomy (1280x760) where the screen has room, never larger
    than the screen's free area (a 1366x768 laptop with a panel), and never below 960x600."""
    margin = 24   # the window manager's frame and title bar
    return QSize(max(960, min(1280, available.width() - margin)), max(600, min(760, available.height() - margin)))
