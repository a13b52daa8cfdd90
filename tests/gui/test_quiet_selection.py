"""A list or table without the keyboard draws its selection quietly, so the focused one stands out (issue 9)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QListView

from tests.gui.window_fixtures import open_window

ACTIVE, INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
HIGHLIGHT, HIGHLIGHTED_TEXT = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_the_palette_has_a_light_readable_selection_for_views_without_the_keyboard(qtbot, store_file: Path,
                                                                                   tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_window(qtbot, store_file, tmp_path)
    palette = QApplication.palette()
    quiet, quiet_text = palette.color(INACTIVE, HIGHLIGHT), palette.color(INACTIVE, HIGHLIGHTED_TEXT)
    strong = palette.color(ACTIVE, HIGHLIGHT)
    base = palette.color(ACTIVE, QPalette.ColorRole.Base)
    assert _distance(quiet, strong) >= 150                     # plainly not the same blue
    assert _distance(quiet, base) < _distance(strong, base)    # a tint, nearer the background
    assert _distance(quiet, base) >= 40                        # but still visible as a selection
    assert quiet_text == palette.color(ACTIVE, QPalette.ColorRole.Text)
    assert _contrast(quiet, quiet_text) >= 4.5                 # readable (WCAG AA)


def _selected_row_background(view: QListView) -> QColor:
    """The colour inside the current (selected) row, right of its text and inside the focus frame."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.currentIndex())
    return QColor(image.pixel(rect.right() - 8, rect.center().y()))


def test_the_groups_list_selection_goes_quiet_while_a_walk_in_is_typed(qtbot, store_file: Path,
                                                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    palette = QApplication.palette()
    groups = window.findChild(QListView, "groupList")
    groups.setFocus()
    qtbot.waitUntil(groups.hasFocus)
    assert groups.selectionModel().isSelected(groups.currentIndex())
    strong = _selected_row_background(groups)
    assert _distance(strong, palette.color(ACTIVE, HIGHLIGHT)) <= 12

    qtbot.keyClick(groups, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    walk_in = window.findChild(QLineEdit, "walkInName")
    qtbot.waitUntil(walk_in.hasFocus)
    assert groups.selectionModel().isSelected(groups.currentIndex())   # still selected, drawn quietly
    qtbot.waitUntil(lambda: _distance(_selected_row_background(groups), palette.color(INACTIVE, HIGHLIGHT)) <= 12)
    assert _distance(_selected_row_background(groups), strong) >= 150   # plainly quieter, not a shade

    groups.setFocus()   # and strong again when the keyboard comes back
    qtbot.waitUntil(lambda: _distance(_selected_row_background(groups), palette.color(ACTIVE, HIGHLIGHT)) <= 12)
