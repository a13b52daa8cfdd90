"""Help > About: the version from the package, a line on the app, and each bundled component's
licence, readable from the keyboard."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QPlainTextEdit, QTableWidget, QWidget

from facilitator_app.ui.about_licences import Component, components
from facilitator_app.ui.dialogs.about_dialog import AboutDialog
from tests.gui.dialogs.accessibility import assert_all_named
from tests.gui.modal_dialogs import when_dialog_opens
from tests.gui.window_fixtures import open_window, store_file  # noqa: F401 (a fixture)

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> AboutDialog:  # type: ignore[no-untyped-def]
    d = AboutDialog(tmp_path / "mine.sqlite3")
    qtbot.addWidget(d)
    d.show()
    return d


def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_it_shows_the_packages_version_and_what_the_app_is(dialog: AboutDialog, tmp_path: Path) -> None:
    version = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
    assert dialog.objectName() == "aboutDialog"
    assert dialog.windowTitle() == "About Facilitator"
    assert f"Facilitator {version}" in dialog.findChild(QLabel, "aboutTitle").text()
    assert "never uses the internet" in dialog.findChild(QLabel, "aboutSummary").text()
    own = dialog.findChild(QLabel, "aboutLicence").text()
    assert "MIT licence" in own and str(tmp_path / "mine.sqlite3") in own


def test_every_bundled_component_is_listed_with_its_licence(dialog: AboutDialog) -> None:
    table = dialog.findChild(QTableWidget, "aboutComponentsTable")
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["Component", "Version", "Licence"]
    rows = _rows(table)
    assert rows == [(c.name, c.version, c.licence) for c in components()]
    by_name = {name: (version, licence) for name, version, licence in rows}
    assert by_name["Qt and Qt for Python (PySide6, Shiboken6)"][1] == "GNU LGPL v3"
    assert by_name["Python"][1] == "Python Software Foundation License"
    assert by_name["Noto Sans Arabic and Noto Sans Hebrew fonts"][1] == "SIL Open Font License 1.1"
    assert by_name["Droid Sans Fallback font"][1] == "Apache 2.0"
    assert by_name["SQLAlchemy"] == (__import__("sqlalchemy").__version__, "MIT")
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_the_arrow_keys_choose_whose_licence_text_is_shown(qtbot, dialog: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    text = dialog.findChild(QPlainTextEdit, "aboutLicenceText")
    assert text.isReadOnly()
    table = dialog.table
    qtbot.waitUntil(table.hasFocus)  # the list has the keyboard when the dialog opens
    first, second = dialog.components[:2]
    assert text.toPlainText().startswith(first.name) and "PYTHON SOFTWARE FOUNDATION" in text.toPlainText()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert text.toPlainText().startswith(second.name)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert text.toPlainText() == dialog.components[-1].text()


def test_tab_reaches_the_text_then_close_and_escape_closes(qtbot, dialog: AboutDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.licence_text
    qtbot.keyClick(dialog.licence_text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_labels_mnemonics_lead_to_the_list_and_the_text(dialog: AboutDialog) -> None:
    assert dialog.findChild(QLabel, "aboutComponentsLabel").buddy() is dialog.table
    assert dialog.findChild(QLabel, "aboutLicenceTextLabel").buddy() is dialog.licence_text


def test_every_control_is_named_and_explained(dialog: AboutDialog) -> None:
    assert_all_named(dialog)


def test_a_missing_licence_file_is_said_not_raised(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gone = Component("Made-up library", "1.0", "MIT", tmp_path / "nowhere.txt")
    d = AboutDialog(None, bundled=[gone])
    qtbot.addWidget(d)
    assert "missing from this installation" in d.licence_text.toPlainText()


def test_help_about_opens_it_from_the_window(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(qtbot, store_file, tmp_path)
    seen: list[tuple[str, int]] = []

    def look(opened: QWidget) -> None:
        seen.append((opened.objectName(), opened.findChild(QTableWidget, "aboutComponentsTable").rowCount()))
        opened.reject()

    when_dialog_opens(qtbot, look)
    window.findChild(QAction, "aboutAction").trigger()
    assert seen == [("aboutDialog", len(components()))]
