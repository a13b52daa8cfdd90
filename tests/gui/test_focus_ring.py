"""Focus is always visible: whatever control has the keyboard, in every panel and the main dialogs,
has a ring round it in the focus colour, which stands out 3:1 on the window, also in high contrast
and at the largest text size. Read back from the pixels of the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QListView, QTabWidget, QWidget

from facilitator_app.ui.appearance import apply_contrast
from facilitator_app.ui.contrast import contrast_ratio
from facilitator_app.ui.focus_style import RING_WIDTH, FocusFrameStyle, focus_color
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.text_size import apply_text_size
from tests.gui.window_fixtures import open_window


@pytest.fixture
def plain_look() -> Iterator[None]:
    """Whatever a test turns on, the next test starts with normal text and the system's colours."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_size(app, "normal")
    apply_contrast(app, False)


def style() -> FocusFrameStyle:
    current = QApplication.style()
    assert isinstance(current, FocusFrameStyle)
    return current


def ring_pixels(widget: QWidget) -> list[QColor]:
    """The colours just outside ``widget``'s four sides, midway along, as the window shows them."""
    window = widget.window()
    image: QImage = window.grab().toImage()
    scale = image.width() / window.width()
    origin = widget.mapTo(window, QPoint(0, 0))
    w, h = widget.width(), widget.height()
    just_out = RING_WIDTH // 2 + 1
    x, y = origin.x(), origin.y()
    points = [QPoint(x + w // 2, y - just_out), QPoint(x + w // 2, y + h + just_out - 1),
              QPoint(x - just_out, y + h // 2), QPoint(x + w + just_out - 1, y + h // 2)]
    return [image.pixelColor(int(p.x() * scale), int(p.y() * scale)) for p in points
            if 0 <= p.x() < window.width() and 0 <= p.y() < window.height()]


def assert_ringed(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    ring = style().ring
    assert ring is not None and ring.isVisible(), widget.objectName()
    assert ring.widget() is widget
    inside = QApplication.palette()
    colour = focus_color(inside)
    assert contrast_ratio(colour, inside.color(QPalette.ColorRole.Window)) >= 3.0
    pixels = ring_pixels(widget)
    assert pixels and all(p == colour for p in pixels), \
        f"{widget.objectName()}: {[p.name() for p in pixels]} is not the ring's {colour.name()}"


def panel_controls(window: MainWindow, tab: int) -> list[QWidget]:
    tabs = window.findChild(QTabWidget, "sessionTabs")
    tabs.setCurrentIndex(tab)
    page = tabs.currentWidget()
    chains = [window._attendance, window.checkins_panel, window.notes_panel, window.handouts_panel,  # noqa: SLF001
              window._roster]  # noqa: SLF001
    return [w for w in chains[tab].tab_chain() if w.isVisible() and w.isEnabled() and page.isAncestorOf(w)]


@pytest.mark.parametrize("look", ["normal", "high contrast", "largest"])
def test_every_control_of_every_panel_shows_the_ring(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     plain_look: None, look: str) -> None:
    app = QApplication.instance()
    if look == "high contrast":
        apply_contrast(app, True)
    elif look == "largest":
        apply_text_size(app, "largest")
    window = open_window(qtbot, store_file, tmp_path)
    window.services.handouts.add_starter_handouts()
    seen = 0
    for tab in range(5):
        for widget in panel_controls(window, tab):
            assert_ringed(qtbot, widget)
            seen += 1
    for name in ("groupList", "sessionList"):
        assert_ringed(qtbot, window.findChild(QListView, name))
    assert_ringed(qtbot, window.findChild(QTabWidget, "sessionTabs").tabBar())
    assert seen >= 25


def test_every_control_of_a_dialog_shows_the_ring(qtbot, store_file: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  plain_look: None) -> None:
    from facilitator_app.ui.dialogs.group_dialog import GroupDialog

    window = open_window(qtbot, store_file, tmp_path)
    dialog = GroupDialog(window.services.checkins.instruments(), window.services.groups.create_group, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    controls = [w for w in dialog.findChildren(QWidget) if w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
                and w.window() is dialog and not isinstance(w.parentWidget(), QListView)]
    assert len(controls) >= 5
    for widget in controls:
        assert_ringed(qtbot, widget)


def test_the_ring_leaves_with_the_keyboard_and_skips_popups(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    groups = window.findChild(QListView, "groupList")
    assert_ringed(qtbot, groups)
    dialog = QDialog(window, Qt.WindowType.Popup)
    qtbot.addWidget(dialog)
    style().on_focus_changed(groups, dialog)
    ring = style().ring
    assert ring is not None and not ring.isVisible()


@pytest.mark.parametrize("dark", [False, True])
def test_the_focus_colour_stands_out_in_every_palette(dark: bool) -> None:
    from facilitator_app.ui.contrast import high_contrast_palette

    palettes = [high_contrast_palette(dark), QApplication.palette()]
    for palette in palettes:
        colour = focus_color(palette)
        for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast_ratio(colour, palette.color(background)) >= 3.0
