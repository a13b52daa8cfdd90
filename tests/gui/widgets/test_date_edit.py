"""The shared date field, driven by the keyboard: where typing starts, a lone year, the calendar keys."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

import facilitator_app
from facilitator_app.ui.widgets.date_edit import DateEdit, numeric_date_format

# (locale, what a person there types for 24 December 2027, the text then shown)
TYPED = [("en_GB", "24122027", "24/12/2027"), ("en_US", "12242027", "12/24/2027"),
         ("sv_SE", "20271224", "2027-12-24"), ("de_DE", "24122027", "24.12.2027")]


def form(qtbot, locale: str, start: QDate) -> tuple[QWidget, QLineEdit, DateEdit]:  # type: ignore[no-untyped-def]
    """A line edit, then the date field: Tab from the first lands in the second, as in a dialog.
    The window comes back too: qtbot holds it weakly, so the test keeps it alive."""
    window = QWidget()
    before = QLineEdit()
    edit = DateEdit(start, locale=QLocale(locale), objectName="dateUnderTest")
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(edit)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    return window, before, edit


def tab_into(qtbot, before: QLineEdit, edit: DateEdit) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(edit.hasFocus)


@pytest.mark.parametrize(("locale", "typed", "shown"), TYPED)
def test_a_date_typed_in_the_locale_order_lands_whole(qtbot, locale: str, typed: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    _window, before, edit = form(qtbot, locale, QDate(2026, 3, 5))
    tab_into(qtbot, before, edit)
    first = edit.lineEdit().selectedText()
    assert first and first.isdigit()  # the first number, not the weekday
    assert edit.lineEdit().text().split(" ", 1)[1].startswith(first)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == QDate(2027, 12, 24)
    assert edit.lineEdit().text().endswith(shown)


@pytest.mark.parametrize("finish", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_a_lone_year_changes_only_the_year(qtbot, finish: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    _window, before, edit = form(qtbot, "en_GB", QDate(2025, 3, 10))
    tab_into(qtbot, before, edit)
    qtbot.keyClicks(edit, "2027")
    qtbot.keyClick(edit, finish)
    assert edit.date() == QDate(2027, 3, 10)


def test_a_lone_year_keeps_a_29_february_in_range(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, before, edit = form(qtbot, "en_US", QDate(2028, 2, 29))
    tab_into(qtbot, before, edit)
    qtbot.keyClicks(edit, "2027")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == QDate(2027, 2, 28)


def test_a_mouse_click_keeps_the_cursor_where_it_was_put(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, before, edit = form(qtbot, "en_GB", QDate(2026, 3, 5))
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    assert edit.lineEdit().selectedText() == ""


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
                                               (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)])
def test_f4_and_alt_down_open_the_calendar(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    _window, before, edit = form(qtbot, "en_GB", QDate(2026, 3, 5))
    tab_into(qtbot, before, edit)
    qtbot.keyClick(edit, key, modifier)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert edit.date() == QDate(2026, 3, 5)  # opening it changes nothing
    grid = QApplication.focusWidget()
    assert calendar.isAncestorOf(grid)  # arrows move in the calendar at once
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.date() == QDate(2026, 3, 6)


def test_plain_down_still_steps_the_section(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, before, edit = form(qtbot, "en_GB", QDate(2026, 3, 5))
    tab_into(qtbot, before, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert not edit.calendarWidget().isVisible()
    assert edit.date() == QDate(2026, 3, 4)


def test_the_format_follows_the_locale() -> None:
    assert numeric_date_format(QLocale("en_GB")) == "ddd dd/MM/yyyy"
    assert numeric_date_format(QLocale("en_US")) == "ddd MM/dd/yyyy"
    assert numeric_date_format(QLocale("sv_SE")) == "ddd yyyy-MM-dd"
    assert QDate(2026, 12, 24).toString(numeric_date_format(QLocale("de_DE"))) == "Thu 24.12.2026"


def test_every_date_field_is_the_shared_one() -> None:
    """No dialog or panel builds a bare QDateEdit (it would miss the keys above)."""
    package = Path(facilitator_app.__file__).parent
    bare = []
    for path in (package / "ui").rglob("*.py"):
        if path.name == "date_edit.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QDateEdit":
                bare.append(f"{path.relative_to(package)}:{node.lineno}")
    assert bare == []
    users = [p.name for p in (package / "ui" / "dialogs").glob("*.py") if "DateEdit(" in p.read_text(encoding="utf-8")]
    assert {"session_dialog.py", "schedule_dialog.py", "group_dialog.py", "member_dialog.py",
            "export_fields.py"} <= set(users)


def test_the_session_dialog_types_a_date_from_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.ui.dialogs.session_dialog import SessionDialog
    from tests.gui.dialogs.test_session_dialog import GROUP

    submitted: list[object] = []
    dialog = SessionDialog(GROUP, submitted.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.date_edit.hasFocus())
    order = [s for s in dialog.date_edit.displayFormat().split(" ", 1)[1].replace(".", "/").replace("-", "/")
             .replace(" ", "/").split("/")]
    digits = "".join({"dd": "19", "MM": "02", "yyyy": "2027"}[part] for part in order)
    qtbot.keyClicks(dialog.date_edit, digits)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert submitted and submitted[0][0] == date(2027, 2, 19)  # type: ignore[index]


def click_at(qtbot, edit: DateEdit, position: int) -> None:  # type: ignore[no-untyped-def]
    """A real left click on the field's text, just right of the character boundary ``position``."""
    from PySide6.QtCore import QPoint

    line = edit.lineEdit()
    old = line.cursorPosition()
    line.setCursorPosition(position)
    x = line.cursorRect().center().x() + 2
    line.setCursorPosition(old)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.waitUntil(edit.hasFocus)


def number_start(edit: DateEdit, which: int) -> int:
    """Where the ``which``-th number (0: the first after the weekday) of the shown date starts."""
    import re

    return [m.start() for m in re.finditer(r"\d+", edit.lineEdit().text())][which]


# (locale, the number clicked (0 = first), where in it (0 = before its first digit), typed, the date then)
CLICKED = [("en_GB", 0, 1, "15", QDate(2026, 3, 15)),     # the day, between its digits
           ("en_GB", 1, 0, "11", QDate(2026, 11, 5)),     # the month, before its first digit
           ("en_GB", 2, 2, "2010", QDate(2010, 3, 5)),    # the year, in its middle
           ("en_GB", 2, 4, "10", QDate(2010, 3, 5)),      # the year, after its last digit: two digits
           ("en_US", 1, 1, "15", QDate(2026, 3, 15)),     # the day is second in the US
           ("sv_SE", 0, 1, "2010", QDate(2010, 3, 5)),    # the year is first in Sweden
           ("sv_SE", 2, 1, "15", QDate(2026, 3, 15))]


@pytest.mark.parametrize(("locale", "which", "offset", "typed", "expected"), CLICKED)
def test_typing_after_a_click_replaces_the_number_clicked(qtbot, locale: str, which: int, offset: int,  # type: ignore[no-untyped-def]
                                                          typed: str, expected: QDate) -> None:
    _window, _before, edit = form(qtbot, locale, QDate(2026, 3, 5))
    click_at(qtbot, edit, number_start(edit, which) + offset)
    assert edit.lineEdit().selectedText().isdigit()   # the whole number, ready to be typed over
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date() == expected


@pytest.mark.parametrize("finish", [Qt.Key.Key_Tab, Qt.Key.Key_Return])
def test_a_click_on_the_weekday_types_into_the_first_number(qtbot, finish: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    _window, _before, edit = form(qtbot, "en_GB", QDate(2026, 3, 5))
    click_at(qtbot, edit, 1)
    assert edit.lineEdit().selectedText() == "05"
    qtbot.keyClicks(edit, "15")
    qtbot.keyClick(edit, finish)
    assert edit.date() == QDate(2026, 3, 15)
