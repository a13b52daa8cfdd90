"""Session summary: what happened at one session, for the facilitators' records.

Initials by default. Check-ins appear as numbers for the whole round only (averages, passes,
how many gentle follow-up flags), never one person's score. With ``include_notes`` the note's
sections follow. Every piece of free text (topic, venue, words shared, handout titles, note
sections) goes through the export's name scrubber first (``redacted``), so a member's name
typed into any of them is written at the export's level. At headcount level the words shared
are left out unless ``include_words`` asks for them.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator_app.domain.enums import AttendanceStatus, MeetingStatus
from facilitator_app.domain.text import short_date, sort_key, time_span
from facilitator_app.export.cli_support import find_meeting, output_path, pages
from facilitator_app.export.document import (
    DocumentInfo,
    ExportResult,
    Organisation,
    export_story,
    unbroken_date,
    with_closing,
)
from facilitator_app.export.markdown import markdown_flowables
from facilitator_app.export.paper import Paper, chosen_paper, parse_paper
from facilitator_app.export.privacy import NameLevel, display_name, parse_level, people_text, told_apart
from facilitator_app.export.progress import CancelCheck, Progress, Steps
from facilitator_app.export.scrubber import NameScrubber, Passage, replaced_line, scrubber_for
from facilitator_app.export.style import bullet_list, data_table, esc, facts_table, markup, para, styles
from facilitator_app.export.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from facilitator_app.services.reports import reports_for
from facilitator_app.services.session_summary_data import AttendanceEntry, SessionSummaryData, session_summary_data

TITLE = QT_TRANSLATE_NOOP("SessionSummary", "Session summary")


@dataclass(frozen=True)
class SessionSummaryOptions:
    meeting_id: uuid.UUID
    names: NameLevel = NameLevel.INITIALS
    include_notes: bool = False
    organisation: Organisation = field(default_factory=Organisation)
    today: date | None = None
    include_words: bool = False   # at headcount level, the words shared are left out unless asked for
    paper: Paper = Paper.A4

    @property
    def shows_words(self) -> bool:
        return self.names.shows_names or self.include_words


def export_session_summary(services: Any, options: SessionSummaryOptions, target: Path,
                           progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> ExportResult:
    """Write the session summary PDF to ``target`` (atomically)."""
    steps = Steps(2, progress, should_cancel)
    steps.start()
    data, scrubber = session_summary_view(services, options)
    steps.advance()
    info, story = session_summary_story(data, options)
    return replace(export_story(info, story, target, steps), replaced=scrubber.replaced)


def session_summary_view(services: Any, options: SessionSummaryOptions) -> tuple[SessionSummaryData, NameScrubber]:
    """The session's data as it will leave (free text scrubbed at the level), and the scrubber."""
    reports = reports_for(services)
    data = session_summary_data(reports, options.meeting_id, include_notes=options.include_notes)
    scrubber = scrubber_for(reports, options.names)
    return redacted(data, options, scrubber), scrubber


def passages(services: Any, options: SessionSummaryOptions) -> list[Passage]:
    """The free text that will leave with these options, replacements marked (the window's preview)."""
    return session_summary_view(services, options)[1].passages


def redacted(data: SessionSummaryData, options: SessionSummaryOptions, scrubber: NameScrubber) -> SessionSummaryData:
    """``data`` with every free-text field scrubbed, and what the level leaves out left out."""
    scrub = scrubber.scrub
    meeting = replace(data.meeting, topic=scrub(data.meeting.topic, "Topic"), venue=scrub(data.meeting.venue, "Venue"))
    words: Counter[str] = Counter()
    if options.shows_words:
        for word, count in data.checkins.words:
            words[scrub(word, "Word shared")] += count
    checkins = replace(data.checkins, words=tuple(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))))
    handouts = tuple(replace(h, title=scrub(h.title, "Handout")) for h in data.handouts)
    note = data.note
    if note is not None:
        note = replace(note, **{name: scrub(getattr(note, name), f"Note: {title}") for name, title in NOTE_SECTIONS})
    return replace(data, meeting=meeting, checkins=checkins, handouts=handouts, note=note)


NOTE_SECTIONS = (("themes", "Themes"), ("strategies", "Strategies shared"), ("follow_ups", "Follow-ups"),
                 ("safety_concerns", "Safety concerns"), ("free_text", "Other notes"))


def session_summary_story(data: SessionSummaryData, options: SessionSummaryOptions
                          ) -> tuple[DocumentInfo, list[Flowable]]:
    _w = options.organisation.wording
    _t = _w.translate
    st = styles()
    level = options.names
    meeting, group = data.meeting, data.group
    when = _w.long_date(meeting.date)
    story: list[Flowable] = [para(_t("SessionSummary", TITLE), st.title),
                             para(f"{group.name} · {unbroken_date(meeting.date)}", st.subtitle)]

    facilitators = people_text(meeting.co_facilitators, level) if level.shows_names else ""
    if not level.shows_names and meeting.co_facilitators.strip():
        facilitators = _t("SessionSummary", "Not shown (headcount only)")
    story.append(facts_table([
        (_t("SessionSummary", "Group"), group.name),
        (_t("SessionSummary", "Date"), f"{when}, {time_span(meeting)}" if time_span(meeting) else when),
        (_t("SessionSummary", "Venue"), meeting.venue or group.venue),
        (_t("SessionSummary", "Topic"), meeting.topic or _t("SessionSummary", "No set topic")),
        (_t("SessionSummary", "Status"), _t("Labels", meeting.status.label)),
        (_t("SessionSummary", "Co-facilitators"), facilitators or _t("SessionSummary", "None recorded")),
    ]))

    named = False
    story.append(para(_t("SessionSummary", "Attendance"), st.h2))
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET):
        story.append(para(_t("SessionSummary",
                             "This session is marked '{status}', so no attendance was recorded.").format(
            status=_t("Labels", meeting.status.label)), st.body))
    else:
        counts = [data.count(AttendanceStatus.PRESENT), data.count(AttendanceStatus.LATE),
                  data.count(AttendanceStatus.LEFT_EARLY), data.count(AttendanceStatus.EXCUSED),
                  data.count(AttendanceStatus.ABSENT), data.count(None), meeting.visitor_count,
                  data.attended + meeting.visitor_count]
        header = [_t("SessionSummary", "Present"),
                  _t("SessionSummary", "Late"),
                  _t("SessionSummary", "Left early"),
                  _t("SessionSummary", "Excused"),
                  _t("SessionSummary", "Absent"),
                  _t("SessionSummary", "Not recorded"),
                  _t("SessionSummary", "Visitors"),
                  _t("SessionSummary", "In the room")]
        story.append(data_table(header, [counts], [21.75 * mm] * 8, centred=True))
        story.append(para(_t("SessionSummary",
                             "Visitors are counted only, never named. 'In the room' counts members who came "
                          "(present, late or left early) and visitors."), st.small))
        if level.shows_names:
            # In the order of the names as printed: at initials "A.B." sorts by its letters, not by the
            # preferred name behind it.
            def shown(entry: AttendanceEntry) -> tuple[tuple[str, str], uuid.UUID]:
                return sort_key(display_name(entry.person, level)), entry.person.id

            came = sorted((e for e in data.attendance if e.status is not None and e.status.attended), key=shown)
            excused = sorted((e for e in data.attendance if e.status is AttendanceStatus.EXCUSED), key=shown)
            if came:
                named = True
                story.append(para(_t("SessionSummary", "Who came"), st.h3))
                # Namesakes told apart ("J.M. (1)", "J.M. (2)"): two rows alike would read as one person twice.
                names = told_apart([e.person for e in came], level)
                story.append(_name_columns([(name, _t("Labels", e.status.label)) for name, e in zip(names, came,
                                                                                                    strict=True)
                                            if e.status is not None], _w=_w))
            if excused:
                named = True
                story.append(Spacer(1, 2 * mm))
                story.append(markup("<b>" + esc(_t("SessionSummary", "Sent apologies:")) + "</b> " + esc(", ".join(
                    told_apart([e.person for e in excused], level))), st.body))

    story.extend(_checkins(data, options))

    story.append(para(_t("SessionSummary", "Handouts given"), st.h2))
    if data.handouts:
        story.extend(bullet_list([h.title for h in data.handouts]))
    else:
        story.append(para(_t("SessionSummary", "No handouts were recorded for this session."), st.body))

    if options.include_notes:
        story.append(para(_t("SessionSummary", "Notes"), st.h2))
        note = data.note
        sections = [(title, getattr(note, name)) for name, title in NOTE_SECTIONS] if note else []
        written = [(title, text) for title, text in sections if text.strip()]
        if not written:
            story.append(para(_t("SessionSummary", "No note was written for this session."), st.body))
        # Notes (safety concerns above all) are personal at every names level: the footer says so.
        named = named or bool(written)
        for title, text in written:
            story.append(para(title, st.h3))
            story.extend(markdown_flowables(text, hard_breaks=True))   # scrubbed in redacted()

    story = with_closing(story, [Spacer(1, 6 * mm), para(
        _t("SessionSummary", "Names shown as: {level}. Produced {date} from the group's records.").format(
            level=_t("Labels", level.label).lower(), date=_w.short_date(options.today or date.today())), st.small)])
    info = DocumentInfo(title=_t("SessionSummary", TITLE), wording=_w,
                        subject=f"{group.name}, {short_date(meeting.date)}",
                        organisation=options.organisation.display_name, produced_on=options.today or date.today(),
                        confidential=named, paper=options.paper)
    return info, story


def _name_columns(pairs: list[tuple[str, str]], _w: Wording = ENGLISH) -> Flowable:
    """Names and statuses in two side-by-side columns, so a big group still fits on the page."""
    _t = _w.translate
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:]
    rows = []
    for i in range(half):
        row = [*left[i], *(right[i] if i < len(right) else ("", ""))]
        rows.append(row)
    return data_table([_t("SessionSummary", "Name"),
                       _t("SessionSummary", "Took part"),
                       _t("SessionSummary", "Name"),
                       _t("SessionSummary", "Took part")], rows, [55 * mm, 32 * mm, 55 * mm, 32 * mm])


def _checkins(data: SessionSummaryData, options: SessionSummaryOptions) -> list[Flowable]:
    _w = options.organisation.wording
    _t = _w.translate
    st = styles()
    summary = data.checkins
    out: list[Flowable] = [para(_t("SessionSummary", "Check-in round"), st.h2)]
    defn = summary.instrument
    if summary.recorded == 0:
        out.append(para(_t("SessionSummary", "No check-ins were recorded at this session."), st.body))
        return out
    scale = _t("SessionSummary", "{name}, {low} to {high}").format(name=defn.name, low=defn.min_total,
                                                                   high=defn.max_total) + (
        f" ({defn.period})" if defn.period else "") if defn else _t("SessionSummary", "Unknown check-in")
    average = "—"
    if summary.average is not None and defn is not None:
        share = 100 * (summary.average - defn.min_total) / max(1, defn.max_total - defn.min_total)
        average = _t("SessionSummary", "{average} of {most} ({share}%), lowest {lowest}, highest {highest}").format(
            average=_w.number(summary.average), most=defn.max_total, share=_w.number(round(share)),
            lowest=summary.lowest, highest=summary.highest)
    words = ", ".join(f"{w} ({n})" if n > 1 else w for w, n in summary.words) or _t("SessionSummary", "None recorded")
    if not options.shows_words:
        words = _t("SessionSummary", "Left out (headcount only)")
    recorded, scored, passes = summary.recorded, summary.scored, summary.passes
    rows: list[tuple[str, object]] = [
        (_t("SessionSummary", "Check-in"), scale),
        (_t("SessionSummary", "Check-ins"), _t("SessionSummary", "%n recorded", "", recorded) + " (" + _t(
            "SessionSummary", "%n with a score", "", scored) + ", " + _t("SessionSummary", "%n pass(es)", "",
                                                                         passes) + ")"),
        (_t("SessionSummary", "Average"), average),
        (_t("SessionSummary", "Follow-up flags"), _t("SessionSummary",
                                                     "{flags}: a suggestion to offer a quiet, private word; never a "
                                                 "diagnosis").format(flags=summary.flags)
         if summary.flags else _t("SessionSummary", "None")),
        (_t("SessionSummary", "Words shared"), words),
    ]
    if summary.other_instrument:
        others = summary.other_instrument
        rows.append((_t("SessionSummary", "Also recorded"), _t(
            "SessionSummary", "%n check-in(s) with another instrument, not included above", "", others)))
    out.append(KeepTogether([facts_table(rows)]))
    return out


def export_from_cli(args: Any, services: Any, organisation: Organisation) -> str:
    """The command line's summary of one session: write it and say where."""
    group = services.groups.find_group(args.group)
    meeting = find_meeting(services, group, args.session)
    level = parse_level(args.names)
    result = export_session_summary(services, SessionSummaryOptions(
        meeting.id, names=level, include_notes=args.notes, organisation=organisation,
        include_words=bool(getattr(args, "include_words", False)), paper=parse_paper(args.paper)),
        output_path(args, args.export_kind, group, meeting.date))
    message = f"{TITLE} written to {result.path} ({pages(result.pages)})"
    return message if level is NameLevel.FULL else f"{message}\n{replaced_line(result.replaced)}"


def options_from_dialog(subject: Any, level: NameLevel, organisation: Organisation,
                        choices: dict[str, Any]) -> SessionSummaryOptions:
    """The export dialog's choices as options (its field set gives ``include_notes``)."""
    assert subject.meeting is not None
    return SessionSummaryOptions(subject.meeting.id, names=level, include_notes=bool(choices["include_notes"]),
                                 organisation=organisation, include_words=bool(choices.get("include_words")),
                                 paper=chosen_paper(choices))
