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
from facilitator_app.domain.text import long_date, short_date, sort_key, time_span
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
from facilitator_app.services.reports import reports_for
from facilitator_app.services.session_summary_data import AttendanceEntry, SessionSummaryData, session_summary_data

TITLE = "Session summary"


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
    st = styles()
    level = options.names
    meeting, group = data.meeting, data.group
    when = long_date(meeting.date)
    story: list[Flowable] = [para(TITLE, st.title), para(f"{group.name} · {unbroken_date(meeting.date)}", st.subtitle)]

    facilitators = people_text(meeting.co_facilitators, level) if level.shows_names else ""
    if not level.shows_names and meeting.co_facilitators.strip():
        facilitators = "Not shown (headcount only)"
    story.append(facts_table([
        ("Group", group.name),
        ("Date", f"{when}" + (f", {time_span(meeting)}" if time_span(meeting) else "")),
        ("Venue", meeting.venue or group.venue),
        ("Topic", meeting.topic or "No set topic"),
        ("Status", meeting.status.label),
        ("Co-facilitators", facilitators or "None recorded"),
    ]))

    named = False
    story.append(para("Attendance", st.h2))
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET):
        story.append(para(f"This session is marked '{meeting.status.label}', so no attendance was recorded.", st.body))
    else:
        counts = [data.count(AttendanceStatus.PRESENT), data.count(AttendanceStatus.LATE),
                  data.count(AttendanceStatus.LEFT_EARLY), data.count(AttendanceStatus.EXCUSED),
                  data.count(AttendanceStatus.ABSENT), data.count(None), meeting.visitor_count,
                  data.attended + meeting.visitor_count]
        header = ["Present", "Late", "Left early", "Excused", "Absent", "Not recorded", "Visitors", "In the room"]
        story.append(data_table(header, [counts], [21.75 * mm] * 8, centred=True))
        story.append(para("Visitors are counted only, never named. 'In the room' counts members who came "
                          "(present, late or left early) and visitors.", st.small))
        if level.shows_names:
            # In the order of the names as printed: at initials "A.B." sorts by its letters, not by the
            # preferred name behind it.
            def shown(entry: AttendanceEntry) -> tuple[tuple[str, str], uuid.UUID]:
                return sort_key(display_name(entry.person, level)), entry.person.id

            came = sorted((e for e in data.attendance if e.status is not None and e.status.attended), key=shown)
            excused = sorted((e for e in data.attendance if e.status is AttendanceStatus.EXCUSED), key=shown)
            if came:
                named = True
                story.append(para("Who came", st.h3))
                # Namesakes told apart ("J.M. (1)", "J.M. (2)"): two rows alike would read as one person twice.
                names = told_apart([e.person for e in came], level)
                story.append(_name_columns([(name, e.status.label) for name, e in zip(names, came, strict=True)
                                            if e.status is not None]))
            if excused:
                named = True
                story.append(Spacer(1, 2 * mm))
                story.append(markup("<b>Sent apologies:</b> " + esc(", ".join(
                    told_apart([e.person for e in excused], level))), st.body))

    story.extend(_checkins(data, options))

    story.append(para("Handouts given", st.h2))
    if data.handouts:
        story.extend(bullet_list([h.title for h in data.handouts]))
    else:
        story.append(para("No handouts were recorded for this session.", st.body))

    if options.include_notes:
        story.append(para("Notes", st.h2))
        note = data.note
        sections = [(title, getattr(note, name)) for name, title in NOTE_SECTIONS] if note else []
        written = [(title, text) for title, text in sections if text.strip()]
        if not written:
            story.append(para("No note was written for this session.", st.body))
        # Notes (safety concerns above all) are personal at every names level: the footer says so.
        named = named or bool(written)
        for title, text in written:
            story.append(para(title, st.h3))
            story.extend(markdown_flowables(text, hard_breaks=True))   # scrubbed in redacted()

    story = with_closing(story, [Spacer(1, 6 * mm), para(
        f"Names shown as: {level.label.lower()}. Produced {short_date(options.today or date.today())} "
        "from the group's records.", st.small)])
    info = DocumentInfo(title=TITLE, subject=f"{group.name}, {short_date(meeting.date)}",
                        organisation=options.organisation.display_name, produced_on=options.today or date.today(),
                        confidential=named, paper=options.paper)
    return info, story


def _name_columns(pairs: list[tuple[str, str]]) -> Flowable:
    """Names and statuses in two side-by-side columns, so a big group still fits on the page."""
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:]
    rows = []
    for i in range(half):
        row = [*left[i], *(right[i] if i < len(right) else ("", ""))]
        rows.append(row)
    return data_table(["Name", "Took part", "Name", "Took part"], rows, [55 * mm, 32 * mm, 55 * mm, 32 * mm])


def _checkins(data: SessionSummaryData, options: SessionSummaryOptions) -> list[Flowable]:
    st = styles()
    summary = data.checkins
    out: list[Flowable] = [para("Check-in round", st.h2)]
    defn = summary.instrument
    if summary.recorded == 0:
        out.append(para("No check-ins were recorded at this session.", st.body))
        return out
    scale = f"{defn.name}, {defn.min_total} to {defn.max_total}" + (f" ({defn.period})" if defn.period else "") \
        if defn else "Unknown check-in"
    average = "—"
    if summary.average is not None and defn is not None:
        share = 100 * (summary.average - defn.min_total) / max(1, defn.max_total - defn.min_total)
        average = f"{summary.average:.1f} of {defn.max_total} ({share:.0f}%), lowest {summary.lowest}, " \
                  f"highest {summary.highest}"
    words = ", ".join(f"{w} ({n})" if n > 1 else w for w, n in summary.words) or "None recorded"
    if not options.shows_words:
        words = "Left out (headcount only)"
    rows: list[tuple[str, object]] = [
        ("Check-in", scale),
        ("Check-ins", f"{summary.recorded} ({summary.scored} with a score, {summary.passes} "
                      f"pass{'es' if summary.passes != 1 else ''})"),
        ("Average", average),
        ("Follow-up flags", f"{summary.flags}: a suggestion to offer a quiet, private word; never a diagnosis"
         if summary.flags else "None"),
        ("Words shared", words),
    ]
    if summary.other_instrument:
        rows.append(("Also recorded", f"{summary.other_instrument} check-in(s) with another instrument, "
                                      "not included above"))
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
