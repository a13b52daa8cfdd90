"""The session tabs built when first shown (ui/lazy_tabs.py): not imported at start-up, whole on first use."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListView, QPlainTextEdit, QTableView, QTabWidget, QWidget

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.domain.records import NoteSections
from facilitator_app.ui.lazy_tabs import LazyPage
from facilitator_app.ui.main_window import CHECKINS_TAB, HANDOUTS_TAB, NOTES_TAB, MainWindow
from tests.gui.window_fixtures import open_window

REPO = Path(__file__).resolve().parents[2]
LAZY_MODULES = ("facilitator_app.ui.panels.checkins_panel", "facilitator_app.ui.panels.notes_panel",
                "facilitator_app.ui.panels.handouts_panel")


# Modules the first screen does not need: imported when their screen, menu or service is first used.
DEFERRED_MODULES = ("facilitator_app.services.checkins", "facilitator_app.services.notes",
                    "facilitator_app.services.handouts", "facilitator_app.services.reports",
                    "facilitator_app.services.member_merge", "facilitator_app.domain.member_merge")


def _page(window: MainWindow, index: int) -> LazyPage:
    page = window.findChild(QTabWidget, "sessionTabs").widget(index)
    assert isinstance(page, LazyPage)
    return page


def _tabs(window: MainWindow) -> QTabWidget:
    tabs = window.findChild(QTabWidget, "sessionTabs")
    assert tabs is not None
    return tabs


def test_the_hidden_tabs_modules_are_not_imported_at_start_up(store_file: Path, tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        from facilitator_app.app import create_main_window
        app = QApplication(sys.argv[:1])
        window = create_main_window(sys.argv[1], settings_file=sys.argv[2])
        app.processEvents()
        print("before", *sorted(m for m in sys.modules if m.startswith("facilitator_app.")))
        window.show_tab(1)
        print("after", *sorted(m for m in sys.modules if m.startswith("facilitator_app.")))
        window.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", code, str(store_file), str(tmp_path / "window.ini")],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = {line.split()[0]: set(line.split()[1:]) for line in done.stdout.splitlines() if line.strip()}
    assert "facilitator_app.ui.panels.attendance_panel" in lines["before"]  # the check sees real imports
    assert not lines["before"] & set(LAZY_MODULES), lines["before"]
    assert LAZY_MODULES[0] in lines["after"]  # the Check-ins tab, once shown
    assert not lines["after"] & set(LAZY_MODULES[1:])
    assert "facilitator_app.services.attendance" in lines["before"]
    assert not lines["before"] & set(DEFERRED_MODULES), lines["before"]
    assert "facilitator_app.services.checkins" in lines["after"]  # the Check-ins tab's service, once shown
    assert not lines["after"] & set(DEFERRED_MODULES[1:])


def test_checkins_built_on_first_show_shows_the_session_and_follows_changes(qtbot, store_file: Path,
                                                                           tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    page = _page(window, CHECKINS_TAB)
    assert not page.is_built and page.objectName() == "checkinsPage" and page.accessibleName()
    meeting = window._navigator.current_meeting()
    members = window.services.members.roster(meeting.group_id)
    # Made before the panel exists: it reads them fresh when built.
    window.services.attendance.set_status(meeting.id, members[0].member.id, AttendanceStatus.PRESENT)

    _tabs(window).setCurrentIndex(CHECKINS_TAB)
    assert page.is_built and page.objectName() == "checkinsPage"
    panel = window.checkins_panel
    assert panel.objectName() == "checkinsPanel" and page.isAncestorOf(panel) and panel.isVisible()
    view = window.findChild(QTableView, "checkinsView")
    assert view is panel.view and view.isVisible()
    assert view.model().rowCount() == 1
    assert meeting.date.strftime("%Y") in window.findChild(QLabel, "checkinsTitle").text()

    # Built, it follows the changes made elsewhere.
    window.services.attendance.set_status(meeting.id, members[1].member.id, AttendanceStatus.LATE)
    qtbot.waitUntil(lambda: view.model().rowCount() == 2)


def test_notes_built_on_first_show_hold_the_saved_note(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    page = _page(window, NOTES_TAB)
    assert not page.is_built
    meeting = window._navigator.current_meeting()
    window.services.notes.save_note(meeting.id, NoteSections(themes="Sleep and routines"))
    _tabs(window).setCurrentIndex(NOTES_TAB)
    assert page.is_built
    themes = window.notes_panel.editor("themes")
    assert themes.isVisible()
    qtbot.waitUntil(lambda: themes.toPlainText() == "Sleep and routines")


def test_handouts_built_on_first_show_list_the_library(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    added = window.services.handouts.add_starter_handouts()
    page = _page(window, HANDOUTS_TAB)
    assert not page.is_built
    _tabs(window).setCurrentIndex(HANDOUTS_TAB)
    assert page.is_built
    view = window.handouts_panel.view
    assert view.isVisible()
    qtbot.waitUntil(lambda: view.model().rowCount() == len(added))


def test_ctrl_number_reaches_a_tab_not_built_yet(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    assert not _page(window, NOTES_TAB).is_built
    qtbot.keyClick(groups, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert _tabs(window).currentIndex() == NOTES_TAB
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.notes_panel.editor("themes"))


def test_the_tab_mnemonic_reaches_a_tab_not_built_yet(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    assert not _page(window, CHECKINS_TAB).is_built
    qtbot.keyClick(groups, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)   # "&Check-ins"
    qtbot.waitUntil(lambda: _tabs(window).currentIndex() == CHECKINS_TAB)
    assert _page(window, CHECKINS_TAB).is_built and window.checkins_panel.isVisible()


def test_asking_for_a_panel_builds_only_that_one(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    handouts = window.handouts_panel
    assert _page(window, HANDOUTS_TAB).is_built and not handouts.isVisible()
    assert not _page(window, CHECKINS_TAB).is_built and not _page(window, NOTES_TAB).is_built
    # Looking a part up by name reaches into the tabs not built yet.
    assert window.findChild(QPlainTextEdit, "noteThemes") is window.notes_panel.editor("themes")
    assert window._checkins is window.checkins_panel  # the names the window had before the tabs were lazy
    window.close()  # with the notes built, closing saves what they hold, and nothing else breaks


def test_a_lazy_page_builds_its_panel_once_when_first_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    built: list[QWidget] = []

    def build() -> QWidget:
        built.append(QLabel("the panel"))
        return built[-1]

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    page = LazyPage(build, "examplePanel", "Example")
    tabs.addTab(page, "Second")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert built == [] and tabs.findChild(QWidget, "examplePanel") is None and page.objectName() == "examplePage"
    tabs.setCurrentIndex(1)
    assert len(built) == 1 and built[0].isVisible() and page.isAncestorOf(built[0])
    assert tabs.findChild(QWidget, "examplePanel") is built[0] and page.objectName() == "examplePage"
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert page.panel() is built[0] and len(built) == 1


def test_a_lookup_by_name_finds_the_panel_never_its_empty_page(qtbot, store_file: Path,
                                                              tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    notes = window.findChild(QWidget, "notesPanel")
    assert notes is not None and type(notes).__name__ == "NotesPanel"
    assert notes.findChild(QWidget, "noteEditor") is not None


def test_searching_the_whole_window_builds_every_tab(qtbot, store_file: Path,
                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    names = {widget.objectName() for widget in window.findChildren(QWidget)}
    assert {"checkinsPanel", "notesPanel", "handoutsPanel", "noteEditor", "checkinsView"} <= names
