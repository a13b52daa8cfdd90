"""Help > Getting started: F1 opens a guide to one evening beside the window (not in its way), Esc
closes it, it fits the smallest screen at the largest text size, and every key it names works."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QListView, QTextBrowser

from facilitator_app.ui.help_guide import GettingStartedDialog
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.text_size import apply_text_size
from tests.gui.window_fixtures import open_window

KEY = re.compile(r"\b((?:Ctrl\+)(?:Shift\+)?(?:[A-Z0-9=/]|-))(?=[\s),;.]|$)")
WIDGET_KEYS = {"F4", "Alt+Down"}   # a date field's own keys (ui/widgets/date_edit.py)


@pytest.fixture
def window(qtbot, store_file: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield open_window(qtbot, store_file, tmp_path)
    apply_text_size(QApplication.instance(), "normal")


def open_guide(qtbot, window: MainWindow) -> GettingStartedDialog:  # type: ignore[no-untyped-def]
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    qtbot.keyClick(groups, Qt.Key.Key_F1)
    guide = window.findChild(QDialog, "gettingStartedDialog")
    assert isinstance(guide, GettingStartedDialog)
    qtbot.waitExposed(guide)
    return guide


def test_f1_opens_the_guide_beside_the_window_and_esc_closes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(qtbot, window)
    assert guide.isVisible() and not guide.isModal()
    assert QApplication.activeModalWidget() is None   # the window stays usable while it is open
    assert guide.windowTitle() == "Getting started"
    text = guide.findChild(QTextBrowser, "gettingStartedText")
    assert text.accessibleName() and text.toolTip()
    assert guide.close_button.accessibleName() == "Close"

    qtbot.keyClick(text, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    assert open_guide(qtbot, window) is guide   # F1 again: the same guide, shown again
    guide.close_button.click()
    assert not guide.isVisible()


def test_the_menu_has_it_on_f1_and_the_shortcuts_list_moves_to_ctrl_slash(window: MainWindow) -> None:
    guide_action = window.findChild(QAction, "gettingStartedAction")
    assert guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert guide_action.text().replace("&", "") == "Getting started"
    assert window.findChild(QAction, "shortcutsAction").shortcut().toString() == "Ctrl+/"


def test_it_walks_through_one_evening_in_order(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(qtbot, window)
    headings = [heading for heading, _ in guide.sections()]
    order = ["Before the evening", "At the door", "The round", "After the evening"]
    assert [h for h in headings if h in order] == order
    text = guide.plain_text()
    for words in ("Ctrl+L", "Ctrl+W", "Ctrl+1", "Ctrl+2", "Ctrl+3", "pass"):
        assert words in text
    for clinical in ("patient", "symptom", "diagnos", "treatment"):
        assert clinical not in text.lower().replace("not a diagnosis", "")


def test_every_key_it_names_is_a_real_key_of_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(qtbot, window)
    bound: set[str] = set()
    for action in window.findChildren(QAction):
        bound |= {key.toString() for key in action.shortcuts()}
    for shortcut in window.findChildren(QShortcut):
        bound.add(shortcut.key().toString())
    named = set(KEY.findall(guide.plain_text()))
    assert len(named) >= 12
    assert named <= bound, sorted(named - bound)
    assert "F1" in bound
    assert WIDGET_KEYS <= set(re.findall(r"F4|Alt\+Down", guide.plain_text()))


def test_it_fits_the_smallest_screen_at_the_largest_text_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    apply_text_size(QApplication.instance(), "largest")
    guide = GettingStartedDialog(window)
    qtbot.addWidget(guide)
    guide.fit_to(QSize(960, 600))
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.width() <= 960 - 40 and guide.height() <= 600 - 40
    text = guide.findChild(QTextBrowser, "gettingStartedText")
    assert text.horizontalScrollBar().maximum() == 0   # lines wrap: only ever read downwards
    assert text.viewport().width() >= text.fontMetrics().averageCharWidth() * 30
