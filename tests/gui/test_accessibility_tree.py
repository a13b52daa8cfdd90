"""What a screen reader finds in each panel and the main dialogs, read through QAccessible as it reads
them: every control is in the accessibility tree with a spoken name and a role that says what it is,
and Tab visits a panel's controls in reading order (the row above before the table below, a side
column after the main one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from facilitator_app.ui.main_window import MainWindow
from tests.gui.dialogs.accessibility import interactive_widgets
from tests.gui.window_fixtures import open_window

Role = QAccessible.Role
# What each kind of control may say it is.
ROLES: list[tuple[type, set[QAccessible.Role]]] = [
    (QCheckBox, {Role.CheckBox}),
    (QAbstractButton, {Role.Button, Role.ButtonMenu, Role.ButtonDropDown, Role.CheckBox, Role.RadioButton}),
    (QComboBox, {Role.ComboBox}),
    (QAbstractSpinBox, {Role.SpinBox}),
    (QLineEdit, {Role.EditableText}),
    (QPlainTextEdit, {Role.EditableText}),
    (QTableView, {Role.Table}),
    (QListView, {Role.List}),
]
ANY_ROLE_BUT = {Role.NoRole}   # a widget of the app's own (a chart, a preview) is at least a named Client

# Each tab's controls as Tab visits them, after the sessions list and the tab bar: reading order
# (those on screen: a list with nothing in it may be hidden behind a sentence saying so).
TAB_ORDER = {
    0: ["markEveryonePresent", "attendanceView", "walkInName", "visitorCount"],
    1: ["manageInstruments", "checkinsView", "checkinTrendChart", "followUpList"],
    2: ["noteInsertInitials", "noteUseTemplate", "noteEditTemplate", "noteThemes", "noteStrategies",
        "noteFollowUps", "noteSafety", "noteEditor", "noteSearch", "noteSearchResults"],
    3: ["handoutFilter", "handoutTopicFilter", "handoutImport", "handoutLibraryView", "editHandout",
        "removeHandout", "handoutPreviewArea"],
    4: ["rosterFilter", "showFormerMembers", "rosterView", "addMember", "editMember", "leaveGroup",
        "mergeMembers", "missedSessionsCount"],
}


def accessible_tree(root: QAccessibleInterface) -> list[QAccessibleInterface]:
    """``root`` and everything under it, depth first (not the cells of tables and lists)."""
    found = [root]
    if root.role() in (Role.Table, Role.List, Role.Tree):
        return found
    for index in range(root.childCount()):
        child = root.child(index)
        if child is not None and child.isValid():
            found += accessible_tree(child)
    return found


def expected_roles(widget: QWidget) -> set[QAccessible.Role] | None:
    for kind, roles in ROLES:
        if isinstance(widget, kind):
            return roles
    return None


def assert_tree_names_and_roles(window: QWidget, scope: QWidget) -> list[QWidget]:
    """Every control of ``scope`` that can take the keyboard and is on screen is in the window's
    accessibility tree, with a name and a fitting role; returns them."""
    interface = QAccessible.queryAccessibleInterface(window)
    assert interface is not None and interface.isValid()
    tree = accessible_tree(interface)
    in_tree = {id(i.object()): i for i in tree if isinstance(i.object(), QWidget)}
    controls = [w for w in scope.findChildren(QWidget) if w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
                and not _inside_compound(w, scope)]
    assert controls, scope.objectName()
    problems = []
    for widget in controls:
        found = in_tree.get(id(widget))
        label = f"{type(widget).__name__} {widget.objectName()!r}"
        if found is None:
            problems.append(f"{label}: not in the accessibility tree")
            continue
        if not found.text(QAccessible.Text.Name).strip() or not widget.accessibleName().strip():
            problems.append(f"{label}: no accessible name")
        roles = expected_roles(widget)
        if (roles is not None and found.role() not in roles) or found.role() in ANY_ROLE_BUT:
            problems.append(f"{label}: role {found.role().name}")
    assert not problems, "\n".join(problems)
    return controls


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _rect(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def assert_reading_order(controls: list[QWidget], page: QWidget) -> None:
    """Each control is on the same row as the one before or below it, or starts a column to its right."""
    for before, after in zip(controls, controls[1:], strict=False):
        a, b = _rect(before, page), _rect(after, page)
        same_row_or_below = b.top() >= a.top() - 8
        next_column = b.left() >= a.right() - 8
        assert same_row_or_below or next_column, f"{before.objectName()} then {after.objectName()}: {a} then {b}"


def tab_through(window: MainWindow, start: QWidget, limit: int = 40) -> list[QWidget]:
    """Press Tab from ``start`` until the keyboard comes back to it; the controls on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(limit):
        window.focusNextPrevChild(True)
        focused = QApplication.focusWidget()
        if focused is start or focused is None:
            break
        visited.append(focused)
    return visited


@pytest.fixture
def window(qtbot, store_file: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    opened = open_window(qtbot, store_file, tmp_path)
    opened.services.handouts.add_starter_handouts()   # a library with rows: its buttons and preview show
    return opened


@pytest.mark.parametrize("tab", sorted(TAB_ORDER))
def test_each_panel_names_its_controls_and_tab_visits_them_in_reading_order(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                            tab: int) -> None:
    tabs = window.findChild(QTabWidget, "sessionTabs")
    tabs.setCurrentIndex(tab)
    page = tabs.currentWidget()
    qtbot.waitUntil(lambda: page.isVisible())
    controls = assert_tree_names_and_roles(window, page)

    groups = window.findChild(QListView, "groupList")
    visited = tab_through(window, groups)
    names = [w.objectName() for w in visited]
    assert names[:2] == ["sessionList", "qt_tabwidget_tabbar"], names
    shown = [name for name in TAB_ORDER[tab] if page.findChild(QWidget, name).isVisible()]
    assert len(shown) >= len(TAB_ORDER[tab]) - 1   # the quiet-word list shows only when someone might welcome one
    assert names[2:] == shown
    assert set(visited[2:]) >= {w for w in controls if not isinstance(w, QTabWidget)} - {*visited[:2]}, \
        "a control Tab never reaches"
    assert_reading_order(visited[2:], page)


def test_the_groups_pane_and_tab_bar_are_named(window: MainWindow) -> None:
    navigator = window.findChild(QListView, "groupList").parentWidget()
    assert_tree_names_and_roles(window, navigator)
    bar = window.findChild(QTabWidget, "sessionTabs").tabBar()
    interface = QAccessible.queryAccessibleInterface(bar)
    assert interface.role() == Role.PageTabList and bar.accessibleName()
    tab_roles = {interface.child(i).role() for i in range(interface.childCount())}
    assert Role.PageTab in tab_roles


def _open_dialogs(window: MainWindow) -> list[QDialog]:
    from facilitator_app.ui.dialogs.group_dialog import GroupDialog
    from facilitator_app.ui.dialogs.member_dialog import MemberDialog
    from facilitator_app.ui.dialogs.schedule_dialog import ScheduleDialog
    from facilitator_app.ui.dialogs.session_dialog import SessionDialog
    from facilitator_app.ui.help_guide import GettingStartedDialog

    services = window.services
    group = services.groups.list_groups()[0]
    return [
        GroupDialog(services.checkins.instruments(), services.groups.create_group, parent=window),
        SessionDialog(group, lambda value: value, parent=window),
        ScheduleDialog(group, set(), lambda value: [], parent=window),
        MemberDialog(lambda draft: draft, parent=window),
        GettingStartedDialog(window),
    ]


def test_the_main_dialogs_name_their_controls_with_fitting_roles(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for dialog in _open_dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        controls = assert_tree_names_and_roles(dialog, dialog)
        assert len(controls) >= 2, dialog.objectName()
        assert {type(w) for w in interactive_widgets(dialog)}, dialog.objectName()
        dialog.close()
