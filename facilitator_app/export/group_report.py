"""Group report for a date range: for coordinators and funders. Headcounts only by default.

Sessions held, cancelled and "did not meet"; attendance per session as a bar chart; average
attendance; members at the start and end and new members; the round's check-in average per
month as a line chart. With a names level, a table of members and their attendance follows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.text import short_date, sort_key
from facilitator_app.errors import ValidationError
from facilitator_app.export.cli_support import output_path, pages
from facilitator_app.export.document import (
    DocumentInfo,
    ExportResult,
    Organisation,
    export_story,
    unbroken_date,
    with_closing,
)
from facilitator_app.export.paper import Paper, chosen_paper, parse_paper
from facilitator_app.export.privacy import NameLevel, parse_level, told_apart
from facilitator_app.export.progress import CancelCheck, Progress, Steps
from facilitator_app.export.scrubber import NameScrubber, Passage, replaced_line, scrubber_for
from facilitator_app.export.style import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    INK,
    MUTED,
    RULE,
    data_table,
    facts_table,
    para,
    styles,
)
from facilitator_app.export.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from facilitator_app.services.group_report_data import GroupReportData, group_report_data, session_topics
from facilitator_app.services.reports import reports_for

TITLE = QT_TRANSLATE_NOOP("GroupReport", "Group report")
CHART_WIDTH = 170 * mm
CHART_HEIGHT = 72 * mm


@dataclass(frozen=True)
class GroupReportOptions:
    group_id: uuid.UUID
    start: date
    end: date
    names: NameLevel = NameLevel.NONE
    organisation: Organisation = field(default_factory=Organisation)
    today: date | None = None
    paper: Paper = Paper.A4


def export_group_report(services: Any, options: GroupReportOptions, target: Path,
                        progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> ExportResult:
    """Write the group report PDF for ``options.start`` to ``options.end`` (inclusive)."""
    steps = Steps(2, progress, should_cancel)
    steps.start()
    data, scrubber = group_report_view(services, options)
    steps.advance()
    info, story = group_report_story(data, options)
    return replace(export_story(info, story, target, steps), replaced=scrubber.replaced)


def group_report_view(services: Any, options: GroupReportOptions) -> tuple[GroupReportData, NameScrubber]:
    """The report's data as it will leave (session topics scrubbed at the level), and the scrubber."""
    reports = reports_for(services)
    data = group_report_data(reports, options.group_id, options.start, options.end,
                             with_names=options.names.shows_names)
    scrubber = scrubber_for(reports, options.names)
    sessions = tuple(replace(s, topic=_topic(scrubber, s.date, s.topic)) for s in data.sessions)
    return replace(data, sessions=sessions), scrubber


def _topic(scrubber: NameScrubber, day: date, topic: str) -> str:
    return scrubber.scrub(topic, f"Topic, {short_date(day)}")


def passages(services: Any, options: GroupReportOptions) -> list[Passage]:
    """The free text that will leave with these options (session topics), replacements marked; read
    on their own, as the dialog asks again at every change of date."""
    reports = reports_for(services)
    if options.start > options.end:
        return []
    scrubber = scrubber_for(reports, options.names)
    for day, topic in session_topics(reports, options.group_id, options.start, options.end):
        _topic(scrubber, day, topic)
    return scrubber.passages


def _month(day: date, _w: Wording, year: bool = True) -> str:
    return f"{_w.month(day)} {day.year}" if year else _w.month(day)


def _number(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def group_report_story(data: GroupReportData, options: GroupReportOptions) -> tuple[DocumentInfo, list[Flowable]]:
    _w = options.organisation.wording
    _t = _w.translate
    st = styles()
    level = options.names
    period = _t("GroupReport", "{first} to {last}").format(first=_w.long_date(data.start), last=_w.long_date(data.end))
    # No line break inside a date: its spaces are non-breaking.
    unbroken = _t("GroupReport", "{first} to {last}").format(first=unbroken_date(data.start, _w),
                                                             last=unbroken_date(data.end, _w))
    story: list[Flowable] = [para(_t("GroupReport", TITLE), st.title), para(f"{data.group.name} · {unbroken}",
                                                                            st.subtitle)]

    held = data.held
    defn = data.instrument
    in_room = [s.in_room for s in held]
    scale = _t("GroupReport", "{name}, {low} to {high}").format(name=defn.name, low=defn.min_total,
                                                                high=defn.max_total) if defn else ""
    averages = [m.average for m in data.months if m.average is not None]
    planned = data.sessions_with(MeetingStatus.PLANNED)
    facts: list[tuple[str, object]] = [
        (_t("GroupReport", "Period"), period),
        (_t("GroupReport", "Sessions held"), len(held)),
        (_t("GroupReport", "Cancelled"), data.sessions_with(MeetingStatus.CANCELLED)),
        (_t("GroupReport", "Did not meet"), data.sessions_with(MeetingStatus.DID_NOT_MEET)),
    ]
    if planned:
        facts.append((_t("GroupReport", "Planned (not yet held)"), planned))
    facts += [
        (_t("GroupReport", "Average attendance"), _t("GroupReport",
                                                     "{people} people per session held ({members} members, {visitors} "
                                                 "visitors)").format(people=_number(data.average_attendance),
                                                                     members=_number(data.average_members),
                                                                     visitors=_number(data.average_visitors))
         if held else _t("GroupReport", "No sessions held")),
        (_t("GroupReport", "Highest and lowest"), _t("GroupReport", "{high} and {low}").format(high=max(in_room),
                                                                                               low=min(in_room))
         if in_room else "—"),
        (_t("GroupReport", "Members on {date}").format(date=_w.short_date(data.start)), data.members_at_start),
        (_t("GroupReport", "Members on {date}").format(date=_w.short_date(data.end)), data.members_at_end),
        (_t("GroupReport", "New members"), data.new_members),
        (_t("GroupReport", "Members who left"), data.members_left),
        (_t("GroupReport", "Check-ins"), _t("GroupReport",
                                            "{checkins} ({passes} passes)").format(checkins=data.checkins,
                                                                               passes=data.passes)
         + (_t("GroupReport", ", with {scale}").format(scale=scale) if scale else "")),
        (_t("GroupReport", "Average check-in"), _number(data.average_checkin) + (_t("GroupReport",
                                                                                    " (of {most})").format(
            most=defn.max_total) if defn and averages else "")),
    ]
    story.append(facts_table(facts, widths=(58 * mm, 116 * mm)))

    if held:
        story.append(KeepTogether([para(_t("GroupReport", "Attendance per session"), st.h2), _attendance_chart(data,
                                                                                                               _w=_w),
                                                                                                               para(
            _t("GroupReport",
               "People in the room at each session held: members (dark) and visitors (light). Cancelled sessions "
            "and sessions that did not meet are left out."), st.small)]))
    else:
        story += [para(_t("GroupReport", "Attendance per session"), st.h2), para(_t("GroupReport",
                                                                                    "No sessions were held in this "
                                                                                    "period."), st.body)]

    if averages:
        story.append(KeepTogether([para(_t("GroupReport", "Check-ins over time"), st.h2), _checkin_chart(data, _w=_w),
                                   para(
            _t("GroupReport", "The round's average {name} total each month ({scale}). Passes are not counted as "
               "scores.").format(name=defn.name if defn else _t("GroupReport", "check-in"), scale=scale),
            st.small)]))
        if data.other_instrument_checkins:
            others = data.other_instrument_checkins
            story.append(para(_t("GroupReport", "%n check-in(s) made with another instrument [is|are] not included.",
                                 "", others), st.small))
    else:
        story += [para(_t("GroupReport", "Check-ins over time"), st.h2),
                  para(_t("GroupReport", "No check-ins with a score were recorded in this period."), st.body)]

    story.append(para(_t("GroupReport", "Month by month"), st.h2))
    story.append(data_table(
        [_t("GroupReport", "Month"),
         _t("GroupReport", "Sessions held"),
         _t("GroupReport", "Average in the room"),
         _t("GroupReport", "Check-ins"),
         _t("GroupReport", "Passes"),
         _t("GroupReport", "Average check-in")],
        [[_month(m.month, _w), m.held, _number(m.attendance), m.checkins, m.passes, _number(m.average)]
         for m in data.months],
        [32 * mm, 26 * mm, 34 * mm, 24 * mm, 22 * mm, 32 * mm], numeric=(1, 2, 3, 4, 5)))

    story.append(para(_t("GroupReport", "Sessions"), st.h2))
    if data.sessions:
        story.append(data_table(
            [_t("GroupReport", "Date"),
             _t("GroupReport", "Status"),
             _t("GroupReport", "Topic"),
             _t("GroupReport", "Members"),
             _t("GroupReport", "Visitors"),
             _t("GroupReport", "In the room")],
            [[_w.short_date(s.date), _t("Labels", s.status.label), s.topic or "—",
              s.attended if s.status is MeetingStatus.HELD else "—",
              s.visitors if s.status is MeetingStatus.HELD else "—",
              s.in_room if s.status is MeetingStatus.HELD else "—"] for s in data.sessions],
            [33 * mm, 25 * mm, 50 * mm, 23 * mm, 20 * mm, 23 * mm], numeric=(3, 4, 5)))
    else:
        story.append(para(_t("GroupReport", "The group had no sessions in this period."), st.body))

    named = level.shows_names and bool(data.members)
    if level.shows_names:
        story.append(para(_t("GroupReport", "Members"), st.h2))
        if data.members:
            # Namesakes told apart, then in the order of the names as printed.
            shown = sorted(zip(told_apart([m.person for m in data.members], level), data.members, strict=True),
                           key=lambda pair: (sort_key(pair[0]), pair[1].person.id))
            story.append(data_table(
                [_t("GroupReport", "Name"),
                 _t("GroupReport", "Joined"),
                 _t("GroupReport", "Left"),
                 _t("GroupReport", "Sessions attended")],
                [[name, _w.short_date(m.joined_on), _w.short_date(m.left_on) or "—",
                  _t("GroupReport", "{attended} of {possible}").format(attended=m.attended, possible=m.possible)]
                 for name, m in shown],
                [64 * mm, 34 * mm, 34 * mm, 42 * mm], numeric=(3,)))
            story.append(para(_t("GroupReport",
                                 "Sessions attended counts the sessions held while each person was a member. "
                              "Left is shown when they left during the period."), st.small))
        else:
            story.append(para(_t("GroupReport", "Nobody was a member of the group in this period."), st.body))

    story = with_closing(story, [Spacer(1, 6 * mm), para(
        _t("GroupReport", "Names shown as: {level}. Attendance counts members who were present, late or left "
                          "early, plus visitors.").format(level=_t("Labels", level.label).lower()), st.small)])
    info = DocumentInfo(title=_t("GroupReport", TITLE), wording=_w, subject=_t("GroupReport",
                                                                               "{group}, {first} to {last}").format(
                            group=data.group.name, first=_w.short_date(data.start), last=_w.short_date(data.end)),
                        organisation=options.organisation.display_name, produced_on=options.today or date.today(),
                        confidential=named, paper=options.paper)
    return info, story


def _axis_titles(drawing: Drawing, x_title: str, y_title: str, left: float, bottom: float, height: float) -> None:
    drawing.add(String(left + (CHART_WIDTH - left) / 2, 3 * mm, x_title, fontName=FONT, fontSize=8.5,
                       fillColor=MUTED, textAnchor="middle"))
    title = String(0, 0, y_title, fontName=FONT, fontSize=8.5, fillColor=MUTED, textAnchor="middle")
    group = Group(title)
    group.translate(9, bottom + height / 2)
    group.rotate(90)
    drawing.add(group)


def _style_axes(chart: Any) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7.5
        axis.labels.fillColor = INK
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.6
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.tickDown = 2


def _thinned(labels: list[str], room: int) -> list[str]:
    """Every label when they fit, else every nth (the first and last always)."""
    if len(labels) <= room:
        return labels
    step = -(-len(labels) // room)
    return [label if i % step == 0 else "" for i, label in enumerate(labels)]


def _axis_labels(days: Sequence[date], label: Callable[[date], str], room: int) -> list[str]:
    """An axis's labels, thinned to ``room``, the year under the first label shown and under the first
    label shown of each new year, so an axis across years never leaves "Jan" ambiguous."""
    labels = _thinned([label(day) for day in days], room)
    shown_year = None
    out = []
    for day, text in zip(days, labels, strict=True):
        if text and day.year != shown_year:
            text, shown_year = f"{text}\n{day.year}", day.year
        out.append(text)
    return out


def _drawing() -> Drawing:
    drawing = Drawing(CHART_WIDTH, CHART_HEIGHT)
    # The renderer's starting font; without this every chart names Times-Roman, unembedded.
    drawing.initialFontName, drawing.initialFontSize = FONT, 8
    return drawing


def _attendance_chart(data: GroupReportData, _w: Wording = ENGLISH) -> Drawing:
    _t = _w.translate
    held = data.held
    drawing = _drawing()
    chart = VerticalBarChart()
    left, bottom = 20 * mm, 17 * mm   # room for two-line labels (day, then year)
    chart.x, chart.y = left, bottom
    chart.width, chart.height = CHART_WIDTH - left - 4 * mm, CHART_HEIGHT - bottom - 10 * mm
    chart.data = [[s.attended for s in held], [s.visitors for s in held]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = _axis_labels([s.date for s in held],
                                                    _w.day_month, 14)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    top = max(s.in_room for s in held)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, -(-top // 6))
    # Room above the tallest bar: the axis ends at the next step above it.
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * (top // chart.valueAxis.valueStep + 1)
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = ACCENT_LIGHT
    chart.bars.strokeColor = None
    chart.barSpacing = 0.5
    chart.groupSpacing = 2 if len(held) > 30 else 4
    _style_axes(chart)
    drawing.add(chart)
    legend = Legend()
    legend.colorNamePairs = [(ACCENT, _t("GroupReport", "Members")), (ACCENT_LIGHT, _t("GroupReport", "Visitors"))]
    legend.fontName, legend.fontSize = FONT, 8
    legend.x, legend.y = CHART_WIDTH - 52 * mm, CHART_HEIGHT - 2 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 60
    legend.dx = legend.dy = 7
    drawing.add(legend)
    _axis_titles(drawing, _t("GroupReport", "Session date"), _t("GroupReport", "People in the room"), left, bottom,
                 chart.height)
    return drawing


def _checkin_chart(data: GroupReportData, _w: Wording = ENGLISH) -> Drawing:
    _t = _w.translate
    defn = data.instrument
    drawing = _drawing()
    chart = HorizontalLineChart()
    left, bottom = 20 * mm, 17 * mm   # room for two-line labels (day, then year)
    chart.x, chart.y = left, bottom
    chart.width, chart.height = CHART_WIDTH - left - 4 * mm, CHART_HEIGHT - bottom - 8 * mm
    chart.data = [[m.average for m in data.months]]
    chart.categoryAxis.categoryNames = _axis_labels([m.month for m in data.months],
                                                    lambda day: _month(day, _w, year=False), 13)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    low, high = (defn.min_total, defn.max_total) if defn else (0, 10)
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high
    chart.valueAxis.valueStep = max(1, -(-(high - low) // 5))
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.6
    chart.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=ACCENT, strokeColor=ACCENT)
    chart.joinedLines = 1
    _style_axes(chart)
    drawing.add(chart)
    name = defn.name if defn else "check-in"
    _axis_titles(drawing, _t("GroupReport", "Month"), _t("GroupReport", "Average {name}").format(name=name), left,
                 bottom, chart.height)
    return drawing


def export_from_cli(args: Any, services: Any, organisation: Organisation) -> str:
    """The command line's report over a period: write it and say where."""
    group = services.groups.find_group(args.group)
    level = parse_level(args.names)
    result = export_group_report(services, GroupReportOptions(
        group.id, args.start, args.end, names=level, organisation=organisation, paper=parse_paper(args.paper)),
        output_path(args, args.export_kind, group, args.start, args.end))
    message = f"{TITLE} written to {result.path} ({pages(result.pages)})"
    return message if level is NameLevel.FULL else f"{message}\n{replaced_line(result.replaced)}"


def options_from_dialog(subject: Any, level: NameLevel, organisation: Organisation,
                        choices: dict[str, Any]) -> GroupReportOptions:
    """The export dialog's choices as options (its field set gives the period)."""
    assert subject.group is not None
    start, end = choices["start"], choices["end"]
    if start > end:
        raise ValidationError("The report starts after it ends. Choose a start date on or before the end date.")
    return GroupReportOptions(subject.group.id, start, end, names=level, organisation=organisation,
                              paper=chosen_paper(choices))
