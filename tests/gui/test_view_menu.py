"""View > Text size and View > High contrast: what they change in the real window, that they are
remembered in the window settings, and that the high-contrast palettes read at 7:1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from facilitator_app.ui.appearance import apply_contrast
from facilitator_app.ui.contrast import (
    ENHANCED_RATIO,
    HIGH_CONTRAST_KEY,
    TEXT_PAIRS,
    contrast_ratio,
    high_contrast_on,
    high_contrast_palette,
)
from facilitator_app.ui.focus_style import FocusFrameStyle, with_quiet_selection
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.text_size import TEXT_SIZE_KEY, TEXT_SIZES, apply_text_size, text_size
from tests.gui.window_fixtures import open_window

Group = QPalette.ColorGroup
Role = QPalette.ColorRole


@pytest.fixture
def plain_look() -> Iterator[None]:
    """Whatever a test turns on, the next test starts with normal text and the system's colours."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    QGuiApplication.styleHints().unsetColorScheme()
    apply_text_size(app, "normal")
    apply_contrast(app, False)


def system_point_size() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def row_height(window: MainWindow) -> int:
    return window.findChild(QTableView, "attendanceView").verticalHeader().defaultSectionSize()


# -- the palettes ---------------------------------------------------------------------------------
def test_the_contrast_ratio_is_wcag_s() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("dark", [False, True])
def test_every_text_colour_of_high_contrast_reads_at_7_to_1(dark: bool) -> None:
    palette = with_quiet_selection(high_contrast_palette(dark))
    for group in (Group.Active, Group.Inactive):
        for text, background in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            assert ratio >= ENHANCED_RATIO, f"{group.name} {text.name} on {background.name}: {ratio:.1f}"
    # The selection of a list without the keyboard, and greyed-out text, still read.
    assert contrast_ratio(palette.color(Group.Inactive, Role.HighlightedText),
                          palette.color(Group.Inactive, Role.Highlight)) >= ENHANCED_RATIO
    assert contrast_ratio(palette.color(Group.Disabled, Role.Text), palette.color(Group.Disabled, Role.Base)) >= 4.5
    # The selection stands out from the rows round it.
    assert contrast_ratio(palette.color(Role.Highlight), palette.color(Role.Base)) >= 3.0


# -- high contrast in the window --------------------------------------------------------------------
def test_high_contrast_is_applied_remembered_and_undone(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        plain_look: None) -> None:
    system_window = QApplication.palette().color(Role.Window)
    window = open_window(qtbot, store_file, tmp_path)
    action = window.findChild(QAction, "highContrastAction")
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    assert QApplication.palette().color(Role.Window) == QColor("#ffffff")
    assert QApplication.palette().color(Role.Text) == QColor("#000000")
    assert high_contrast_on(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    style = QApplication.style()
    assert isinstance(style, FocusFrameStyle) and style.strong_outlines
    # Fields are outlined in the text colour: Fusion's own frame is a pale grey on white.
    field = window.findChild(QLineEdit, "walkInName")
    qtbot.waitUntil(lambda: field.palette().color(Role.Window) == QColor("#ffffff"))   # widgets follow on the loop
    image = field.grab().toImage()
    assert image.pixelColor(field.width() // 2, 0) == QColor("#000000")
    window.close()

    again = open_window(qtbot, store_file, tmp_path)   # the next start: on from the setting
    assert again.findChild(QAction, "highContrastAction").isChecked()
    assert QApplication.palette().color(Role.Window) == QColor("#ffffff")
    qtbot.keyClick(again, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not again.findChild(QAction, "highContrastAction").isChecked()
    assert QApplication.palette().color(Role.Window) == system_window
    assert not high_contrast_on(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))


def test_high_contrast_on_a_dark_desktop_is_white_on_black(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           plain_look: None) -> None:
    # The offscreen platform keeps its scheme whatever is asked, so the dark desktop is passed in.
    window = open_window(qtbot, store_file, tmp_path)
    apply_contrast(QApplication.instance(), True, dark=True)
    assert QApplication.palette().color(Role.Window) == QColor("#000000")
    assert QApplication.palette().color(Role.Text) == QColor("#ffffff")
    # Fusion frames a field a shade darker than the window, nothing on black: it is outlined in white.
    field = window.findChild(QLineEdit, "walkInName")
    qtbot.waitUntil(lambda: field.palette().color(Role.Window) == QColor("#000000"))   # widgets follow on the loop
    assert field.grab().toImage().pixelColor(field.width() // 2, 0) == QColor("#ffffff")


def test_a_damaged_setting_means_off_and_normal(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    settings.setValue(HIGH_CONTRAST_KEY, "perhaps")
    settings.setValue(TEXT_SIZE_KEY, "enormous")
    assert not high_contrast_on(settings)
    assert text_size(settings) == "normal"
    settings.setValue(HIGH_CONTRAST_KEY, "true")
    settings.setValue(TEXT_SIZE_KEY, "Largest")
    assert high_contrast_on(settings) and text_size(settings) == "largest"


# -- text size --------------------------------------------------------------------------------------
def test_the_menu_offers_each_size_with_keys(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    view = window.findChild(QMenu, "viewMenu")
    sizes = window.findChild(QMenu, "textSizeMenu")
    assert view is not None and sizes is not None
    texts = [a.text().replace("&", "") for a in sizes.actions() if not a.isSeparator()]
    assert texts[-4:] == ["Smaller", "Normal", "Larger", "Largest"]
    assert window.findChild(QAction, "textNormalAction").isChecked()
    keys = {a.objectName(): a.shortcut().toString() for a in sizes.actions()}
    assert keys["textIncreaseAction"] == "Ctrl+=" and keys["textDecreaseAction"] == "Ctrl+-"
    assert keys["textNormalAction"] == "Ctrl+0"


def test_keys_change_the_text_size_and_the_tables_follow(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         plain_look: None) -> None:
    window = open_window(qtbot, store_file, tmp_path)
    title = window.findChild(QLabel, "attendanceTitle")
    normal_rows, normal_title = row_height(window), title.font().pointSizeF()
    safety = window.notes_panel.findChild(QPlainTextEdit, "noteSafety")   # inside a style sheet's frame
    normal_safety = safety.font().pointSizeF()
    assert QApplication.font().pointSizeF() == pytest.approx(system_point_size())

    groups = window.findChild(QListView, "groupList")
    for _ in range(5):   # past the largest: it stays there
        qtbot.keyClick(groups, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QAction, "textLargestAction").isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(system_point_size() * TEXT_SIZES["largest"])
    assert row_height(window) >= normal_rows * 1.4
    assert title.font().pointSizeF() == pytest.approx(normal_title * 1.5, rel=0.02)
    assert safety.font().pointSizeF() == pytest.approx(normal_safety * 1.5, rel=0.02)
    view = window.findChild(QTableView, "attendanceView")
    assert view.verticalHeader().defaultSectionSize() > view.fontMetrics().height()
    assert text_size(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)) == "largest"

    qtbot.keyClick(groups, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QAction, "textLargerAction").isChecked()
    qtbot.keyClick(groups, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QAction, "textNormalAction").isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(system_point_size())
    assert abs(row_height(window) - normal_rows) <= 2
    assert title.font().pointSizeF() == pytest.approx(normal_title, rel=0.02)


def test_the_next_start_is_built_at_the_remembered_size(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        plain_look: None) -> None:
    window = open_window(qtbot, store_file, tmp_path)
    normal_rows = row_height(window)
    window.findChild(QAction, "textLargerAction").trigger()
    window.close()
    apply_text_size(QApplication.instance(), "normal")   # as at a fresh start

    again = open_window(qtbot, store_file, tmp_path)
    assert again.findChild(QAction, "textLargerAction").isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(system_point_size() * TEXT_SIZES["larger"])
    assert row_height(again) > normal_rows


def test_nothing_is_cut_at_the_largest_size_on_the_smallest_screen(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                   plain_look: None) -> None:
    apply_text_size(QApplication.instance(), "largest")
    window = open_window(qtbot, store_file, tmp_path)
    window.resize(960, 600)
    qtbot.waitUntil(lambda: window.width() == 960 and window.height() == 600)
    tabs = window.findChild(QTabWidget, "sessionTabs")
    scroll = window.findChild(QWidget, "sessionScroll")
    content = tabs.parentWidget()
    navigator = window.findChild(QListView, "sessionList").parentWidget()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (960, 600)   # the window is not pushed off the screen
        # The tabs get the room they need, scrolling where the window is smaller: nothing squeezed.
        assert content.width() >= content.minimumSizeHint().width(), tabs.tabText(index)
        assert content.height() >= content.minimumSizeHint().height(), tabs.tabText(index)
        assert scroll.isAncestorOf(content)
        # A session's date still fits in the list beside them.
        sessions = window.findChild(QListView, "sessionList")
        assert sessions.viewport().width() >= sessions.fontMetrics().horizontalAdvance("Wed 30 Sep 2026")
        assert navigator.width() >= navigator.minimumWidth()
