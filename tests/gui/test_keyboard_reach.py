"""Every command is reachable from the keyboard: each menu entry has an Alt letter of its own in its
menu, each menu of the bar has one (View is reached by the arrow keys: no letter is free on every
page), and a date field says which keys open its calendar."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle

from facilitator_app.ui.widgets.date_edit import DateEdit
from tests.gui.window_fixtures import open_window

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(action: QAction) -> str | None:
    match = _MNEMONIC.search(action.text().replace("&&", ""))
    return match.group(1).lower() if match else None


def _entries(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator()]


def test_every_menu_entry_has_its_own_alt_letter(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    menus = [a.menu() for a in window.menuBar().actions()]
    checked = 0
    while menus:
        menu = menus.pop()
        letters = [_letter(a) for a in _entries(menu)]
        assert None not in letters, [a.text() for a in _entries(menu) if _letter(a) is None]
        assert len(set(letters)) == len(letters), f"{menu.title()}: {letters}"
        menus += [a.menu() for a in _entries(menu) if a.menu() is not None]
        checked += len(letters)
    assert checked >= 35
    titles = {a.text().replace("&", ""): _letter(a) for a in window.menuBar().actions()}
    assert [t for t, letter in titles.items() if letter is None] == ["View"]


def test_view_is_reached_from_the_menu_bar_with_the_arrow_keys(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    bar: QMenuBar = window.menuBar()
    assert bar.style().styleHint(QStyle.StyleHint.SH_MenuBar_AltKeyNavigation)   # Alt alone goes to the bar
    titles = [a.text().replace("&", "") for a in bar.actions()]
    assert titles.index("View") == titles.index("Edit") + 1
    edit = bar.actions()[titles.index("Edit")]
    bar.setActiveAction(edit)
    qtbot.waitUntil(lambda: edit.menu().isVisible())
    qtbot.keyClick(edit.menu(), Qt.Key.Key_Right)
    view = bar.actions()[titles.index("View")]
    qtbot.waitUntil(lambda: view.menu().isVisible())
    assert bar.activeAction() is view
    view.menu().close()
    # Its every command also has a key of its own, or is one of the sizes the keys step through.
    for action in _entries(view.menu()):
        if action.menu() is None:
            assert not action.shortcut().isEmpty(), action.text()
    sizes = [a for a in _entries(view.menu()) if a.menu() is not None][0].menu()
    keyed = [a for a in _entries(sizes) if not a.shortcut().isEmpty()]
    assert {a.objectName() for a in keyed} == {"textIncreaseAction", "textDecreaseAction", "textNormalAction"}
    QApplication.processEvents()


def test_a_date_field_says_which_keys_open_its_calendar(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateEdit()
    qtbot.addWidget(field)
    assert "F4" in field.accessibleDescription() and "Alt+Down" in field.accessibleDescription()
    field.setToolTip("The first session's date")
    assert field.toolTip() == "The first session's date (F4 or Alt+Down opens the calendar)"
    field.setToolTip(field.toolTip())   # said once, however often it is set
    assert field.toolTip().count("F4") == 1


def test_every_date_field_of_the_dialogs_says_it(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.ui.dialogs.group_dialog import GroupDialog
    from facilitator_app.ui.dialogs.schedule_dialog import ScheduleDialog
    from facilitator_app.ui.dialogs.session_dialog import SessionDialog

    window = open_window(qtbot, store_file, tmp_path)
    services = window.services
    group = services.groups.list_groups()[0]
    dialogs = [GroupDialog(services.checkins.instruments(), services.groups.create_group, parent=window),
               SessionDialog(group, lambda value: value, parent=window),
               ScheduleDialog(group, set(), lambda value: [], parent=window)]
    fields = [field for dialog in dialogs for field in dialog.findChildren(DateEdit)]
    assert len(fields) >= 4
    for field in fields:
        assert "F4 or Alt+Down" in field.toolTip(), field.objectName()
        assert field.accessibleName(), field.objectName()
