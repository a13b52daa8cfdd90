"""A member's recent check-ins as a small line chart, painted with QPainter (no QtCharts).

Scored check-ins are dots joined by a line; a pass breaks the line and shows as a small
"pass" mark on the bottom axis, never as a zero. The y axis is the instrument's range;
the x axis names the first and last dates. The same trend is given in words as the
widget's accessible description (and tooltip), so a screen reader gets what the eye does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_app.services.checkins import CheckinPoint
from facilitator_app.ui.formatting import month_day, short_date
from facilitator_app.ui.language import translate

LINE = QColor("#1f6f8b")        # dark teal: 5.6:1 on white
PASS = QColor("#6b6b6b")        # grey, with the word "pass": never colour alone
GRID = QColor("#d9d9d9")


def day_month(day: date) -> str:
    """E.g. "3 Nov": the chart's axis is too narrow for the weekday and year."""
    return month_day(day)


def describe(name: str, instrument: str, points: Sequence[CheckinPoint]) -> str:
    """The trend in words, e.g. "Zoë's Mood, last 4 check-ins from Tue 6 Oct 2026 to ...: 7, 6, passed, 5."."""
    if not points:
        return translate("TrendChart", "{name} has no {instrument} check-ins yet.").format(name=name,
                                                                                           instrument=instrument)
    passed = translate("TrendChart", "passed")
    values = ", ".join(passed if p.passed or p.total is None else str(p.total) for p in points)
    count = len(points)
    span = (translate("TrendChart", "on {short_date}").format(short_date=short_date(points[0].date)) if count == 1
            else translate("TrendChart",
                           "from {short_date} to {short_date2}").format(short_date=short_date(points[0].date),
                                                                        short_date2=short_date(points[-1].date)))
    text = translate("TrendChart", "{name}'s {instrument}, last %n check-in(s) {span}: {values}.", "", count).format(
        name=name, instrument=instrument, span=span, values=values)
    scored = [p for p in points if not p.passed and p.total is not None]
    if scored and count > 1:
        latest = points[-1]
        if latest.passed or latest.total is None:
            text += translate("TrendChart",
                              " Passed on {short_date}; the latest score was {total}.").format(short_date=short_date(
                                  latest.date), total=scored[-1].total)
        else:
            text += translate("TrendChart", " Latest: {total}.").format(total=latest.total)
    return text


class TrendChart(QWidget):
    """Shows the last few check-ins of one member with one instrument."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinTrendChart")
        self.setAccessibleName(self.tr("Check-in trend"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach the description
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(240, 170)
        self._points: tuple[CheckinPoint, ...] = ()
        self._minimum = 0
        self._maximum = 10
        self._title = ""
        self._empty_text = self.tr("Choose a member in the table to see their recent check-ins.")
        self._description = self._empty_text
        self._small = QFont(self.font())
        self._small.setPointSizeF(self.font().pointSizeF() * 0.85)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._update_description()

    # -- what the panel calls ---------------------------------------------------------------------
    def set_trend(self, name: str, instrument: str, points: Sequence[CheckinPoint], minimum: int, maximum: int) -> None:
        """Show ``points`` (oldest first) of ``name`` on the range ``minimum``..``maximum``."""
        self._points = tuple(points)
        self._minimum, self._maximum = minimum, max(maximum, minimum + 1)
        self._title = self.tr("{name} · {instrument}").format(name=name, instrument=instrument)
        self._empty_text = self.tr("No {instrument} check-ins yet for {name}.").format(instrument=instrument, name=name)
        self._description = describe(name, instrument, self._points)
        self._update_description()
        self.update()

    def clear(self, message: str = "") -> None:
        message = message or self.tr("Choose a member in the table to see their recent check-ins.")
        self._points = ()
        self._title = ""
        self._empty_text = message
        self._description = message
        self._update_description()
        self.update()

    def points(self) -> tuple[CheckinPoint, ...]:
        return self._points

    def sizeHint(self) -> QSize:
        return QSize(300, 210)

    # -- painting ---------------------------------------------------------------------------------
    def _update_description(self) -> None:
        self.setAccessibleDescription(self._description)
        self.setToolTip(self._description)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        top = 6.0
        if self._title:
            painter.setFont(self._bold)
            painter.setPen(text_colour)
            title = painter.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight, self.width() - 16)
            painter.drawText(QPointF(8, top + painter.fontMetrics().ascent()), title)
            top += line + 6
        if not self._points:
            painter.setFont(self.font())
            painter.setPen(PASS)
            painter.drawText(QRectF(12, top, self.width() - 24, self.height() - top - 8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
            painter.end()
            return
        painter.setFont(self._small)
        small = painter.fontMetrics()
        labels = [str(v) for v in self._y_ticks()]
        left = 10.0 + max(small.horizontalAdvance(t) for t in labels)
        right = self.width() - 14.0
        bottom = self.height() - small.lineSpacing() - 10.0
        plot = QRectF(left + 6, top + small.ascent() / 2, max(right - left - 6, 10), max(bottom - top - 8, 10))

        # Grid and y labels: the instrument's range, so a 3 on 0-10 looks like a 3.
        for value, label in zip(self._y_ticks(), labels, strict=True):
            y = self._y(plot, value)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(2, y - small.height() / 2, left - 2, small.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

        xs = self._xs(plot)
        # Dates: the first and last always, the middle one when there is room.
        painter.setPen(text_colour)
        baseline = self.height() - 6.0
        chosen = [0, len(xs) - 1] if len(xs) > 1 else [0]
        if len(xs) >= 5 and plot.width() > 220:
            chosen.insert(1, len(xs) // 2)
        for i in chosen:
            text = day_month(self._points[i].date)
            width = small.horizontalAdvance(text)
            x = min(max(xs[i] - width / 2, 2.0), self.width() - width - 2.0)
            painter.drawText(QPointF(x, baseline), text)

        # The line breaks at a pass: each run of scored check-ins is its own path.
        path = QPainterPath()
        pen_down = False
        for x, point in zip(xs, self._points, strict=True):
            if point.passed or point.total is None:
                pen_down = False
                continue
            target = QPointF(x, self._y(plot, point.total))
            if pen_down:
                path.lineTo(target)
            else:
                path.moveTo(target)
                pen_down = True
        painter.setPen(QPen(LINE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

        painter.setBrush(LINE)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
        word_end = float("-inf")   # where the last "pass" label ended: labels never run into each other
        for i, (x, point) in enumerate(zip(xs, self._points, strict=True)):
            if point.passed or point.total is None:
                word_end = self._draw_pass(painter, x, plot, word_end)
                painter.setBrush(LINE)
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
                continue
            radius = 4.5 if i == len(xs) - 1 else 3.5
            painter.drawEllipse(QPointF(x, self._y(plot, point.total)), radius, radius)
        latest = self._points[-1]
        if not latest.passed and latest.total is not None:
            # The latest value in words beside its dot: above it, or below when it sits at the top.
            painter.setFont(self._bold)
            painter.setPen(LINE)
            bold = painter.fontMetrics()
            text = str(latest.total)
            y = self._y(plot, latest.total)
            y_text = y - 8 if y - 8 - bold.ascent() >= 0 else y + bold.ascent() + 8
            x = min(xs[-1] - bold.horizontalAdvance(text) / 2, self.width() - bold.horizontalAdvance(text) - 2)
            painter.drawText(QPointF(x, y_text), text)
        painter.end()

    def _draw_pass(self, painter: QPainter, x: float, plot: QRectF, word_end: float) -> float:
        """A hollow ring on the bottom line with the word "pass" above it (when there is room
        after the previous one): a gap in the line, never a zero. Returns where the word ends."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(PASS, 1.5))
        y = plot.bottom()
        painter.drawEllipse(QPointF(x, y), 3.5, 3.5)
        painter.setFont(self._small)
        width = painter.fontMetrics().horizontalAdvance("pass")
        left = x - width / 2
        if left < word_end + 4:
            return word_end
        painter.drawText(QPointF(left, y - 7), "pass")
        return left + width

    def _y_ticks(self) -> list[int]:
        low, high = self._minimum, self._maximum
        middle = (low + high) // 2
        return sorted({low, middle, high}) if high - low >= 4 else list(range(low, high + 1))

    def _y(self, plot: QRectF, value: float) -> float:
        share = (value - self._minimum) / (self._maximum - self._minimum)
        return plot.bottom() - share * plot.height()

    def _xs(self, plot: QRectF) -> list[float]:
        count = len(self._points)
        inset = 12.0
        if count == 1:
            return [plot.center().x()]
        step = (plot.width() - 2 * inset) / (count - 1)
        return [plot.left() + inset + i * step for i in range(count)]
