"""The one date field every dialog and panel uses.

It shows the weekday and the date with its numbers in the locale's order (24/12/2026 in the UK,
12/24/2026 in the US, 2026-12-24 in Sweden), so digits typed from the keyboard land where a
person expects: focus from the keyboard starts on the first number, never on the weekday or
wherever the cursor happened to be. A lone four-digit year typed there (2026, then Tab or Enter)
changes the year and keeps the day and month. A click on a number selects it, so typing replaces
that number (a click on the weekday selects the first number). F4 and Alt+Down open the calendar,
as in a combo box.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QStyle, QStyleOptionComboBox, QWidget

from facilitator_app.ui.language import translate

_KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                     Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)
_YEARS = range(1900, 2101)


def numeric_date_format(locale: QLocale) -> str:
    """``ddd`` and the locale's short date with two-digit day and month and a four-digit year."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"d+", "dd", short)
    short = re.sub(r"M+", "MM", short)
    short = re.sub(r"y+", "yyyy", short)
    return translate("DateEdit", "ddd {short}").format(short=short)


class DateEdit(QDateEdit):
    """A QDateEdit with a calendar popup, numbers in locale order, and keyboard-first focus."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None, *, objectName: str = "",  # noqa: N803
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        if locale is not None:
            self.setLocale(locale)
        self.setCalendarPopup(True)
        self.setAccessibleDescription(self.calendar_hint())
        self.setToolTip("")
        self.setDisplayFormat(numeric_date_format(self.locale()))
        if date is not None:
            self.setDate(date)
        self._typed: str | None = None    # digits typed since keyboard focus arrived (None: something else)
        self._before = self.date()
        self._year_typed: str | None = None   # digits typed since the year was clicked (None: something else)
        self.lineEdit().installEventFilter(self)

    def calendar_hint(self) -> str:
        return self.tr("F4 or Alt+Down opens the calendar.")

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name)
        """The tooltip, always ending with the keys that open the calendar."""
        hint = self.calendar_hint()
        short = hint.rstrip(".")
        super().setToolTip(tip if short in tip else f"{tip} ({short})" if tip else hint)

    # -- mouse ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # On release, before the line edit sees it: the press has put the cursor, and a drag that
        # selected something on purpose is left alone.
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease \
                and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton \
                and not self.lineEdit().hasSelectedText():
            self.select_number_at(self.lineEdit().cursorPosition())
        return super().eventFilter(watched, event)

    def select_number_at(self, position: int) -> None:
        """Select the number at a text position (the first one for the weekday), so typing replaces it."""
        runs = [match.span() for match in re.finditer(r"\d+", self.lineEdit().text())]
        if not runs:
            return
        index = next((i for i, (start, end) in enumerate(runs) if start <= position <= end),
                     max((i for i, (start, _end) in enumerate(runs) if start <= position), default=0))
        self._typed = None   # a number chosen by the mouse is not a lone year
        self.setCurrentSectionIndex(index + 1)   # section 0 is the weekday
        self._year_typed = "" if self.currentSection() == QDateEdit.Section.YearSection else None
        start, end = runs[index]
        self.lineEdit().setSelection(start, end - start)

    # -- focus ---------------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in _KEYBOARD_REASONS:
            self.select_first_number()
            self._typed, self._before = "", self.date()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._apply_lone_year()
        super().focusOutEvent(event)

    def select_first_number(self) -> None:
        """Select the first number of the date (section 0 is the weekday)."""
        self.setCurrentSectionIndex(1)
        text = self.lineEdit().text()
        start = self.lineEdit().cursorPosition()
        end = start
        while end < len(text) and text[end].isdigit():
            end += 1
        self.lineEdit().setSelection(start, end - start)

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt_down = key == Qt.Key.Key_Down and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or alt_down:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._apply_lone_year()
        else:
            if self._typed is not None:
                self._typed = self._typed + event.text() if event.text().isdigit() else None
            if self._year_typed is not None:
                self._year_typed = self._year_typed + event.text() if event.text().isdigit() else None
        super().keyPressEvent(event)

    def _apply_lone_year(self) -> None:
        """Four digits and nothing else, where the year is not first: the person typed a year.
        Two digits in a clicked year (Qt refuses them and would quietly put the old year back): 20xx."""
        typed, self._typed = self._typed, None
        short, self._year_typed = self._year_typed, None
        if short is not None and len(short) == 2:
            self._set_year(self.date(), 2000 + int(short))
            return
        if typed is None or len(typed) != 4 or int(typed) not in _YEARS \
                or self.sectionAt(1) == QDateEdit.Section.YearSection:  # year first: Qt reads it right
            return
        self._set_year(self._before, int(typed))

    def _set_year(self, before: QDate, year: int) -> None:
        """``before``'s day and month in ``year`` (29 February becomes the 28th)."""
        self.setDate(QDate(year, before.month(), min(before.day(), QDate(year, before.month(), 1).daysInMonth())))

    def show_calendar(self) -> None:
        """Open the calendar popup: Qt opens it only for a click on the arrow, so click it."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.frame = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        point = QPointF(arrow.center())
        for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                              (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
            QApplication.sendEvent(self, QMouseEvent(kind, point, self.mapToGlobal(point), Qt.MouseButton.LeftButton,
                                                     buttons, Qt.KeyboardModifier.NoModifier))
