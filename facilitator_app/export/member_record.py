"""Member record: everything the app stores about one member, for their own request.

Full names: it is their record. The file's default name still carries no name (it may sit
in a Downloads folder), but the PDF's title does, as the member is its reader.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from facilitator_app.domain.text import short_date
from facilitator_app.errors import ExportError, NotFoundError
from facilitator_app.export.cli_support import output_path, pages
from facilitator_app.export.document import DocumentInfo, ExportResult, Organisation, export_story, with_closing
from facilitator_app.export.paper import Paper, chosen_paper, parse_paper
from facilitator_app.export.progress import CancelCheck, Progress, Steps
from facilitator_app.export.style import data_table, facts_table, para, styles
from facilitator_app.export.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording
from facilitator_app.services.member_record_data import MemberRecordData, find_members, member_record_data
from facilitator_app.services.reports import reports_for

TITLE = QT_TRANSLATE_NOOP("MemberRecord", "Member record")


@dataclass(frozen=True)
class MemberRecordOptions:
    member_id: uuid.UUID
    organisation: Organisation = field(default_factory=Organisation)
    today: date | None = None
    paper: Paper = Paper.A4


def export_member_record(services: Any, options: MemberRecordOptions, target: Path,
                         progress: Progress | None = None, should_cancel: CancelCheck | None = None) -> ExportResult:
    """Write the member's own record (full detail) to ``target``."""
    steps = Steps(2, progress, should_cancel)
    steps.start()
    data = member_record_data(reports_for(services), options.member_id)
    steps.advance()
    info, story = member_record_story(data, options)
    return export_story(info, story, target, steps)


def _by_group(lines: Sequence[Any]) -> list[tuple[str, list[Any]]]:
    """Lines grouped by their group's name, groups in the order first seen (oldest first)."""
    groups: dict[str, list[Any]] = {}
    for line in lines:
        groups.setdefault(line.group_name, []).append(line)
    return list(groups.items())


def _yes_no(value: bool, _w: Wording = ENGLISH) -> str:
    _t = _w.translate
    return _t("MemberRecord", "Yes") if value else _t("MemberRecord", "No")


def member_record_story(data: MemberRecordData, options: MemberRecordOptions) -> tuple[DocumentInfo, list[Flowable]]:
    _w = options.organisation.wording
    _t = _w.translate
    st = styles()
    member = data.member
    today = options.today or date.today()
    name = member.full_name or member.preferred_name
    story: list[Flowable] = [
        para(_t("MemberRecord", TITLE), st.title),
        para(name, st.subtitle),
        para(_t("MemberRecord", "Everything {organisation} stores about you in the Facilitator app, as on {date}. It "
                "was produced at your request. If anything here is wrong, or you would like something removed, "
                "please tell a facilitator.").format(organisation=options.organisation.display_name,
                                                     date=_w.long_date(today)), st.body),
        para(_t("MemberRecord", "Your details"), st.h2),
        facts_table([
            (_t("MemberRecord", "Preferred name"), member.preferred_name),
            (_t("MemberRecord", "Full name"), member.full_name),
            (_t("MemberRecord", "Pronouns"), member.pronouns),
            (_t("MemberRecord", "Phone"), member.phone),
            (_t("MemberRecord", "Email"), member.email),
            (_t("MemberRecord", "Emergency contact"), member.emergency_contact_name),
            (_t("MemberRecord", "Emergency contact's phone"), member.emergency_contact_phone),
            (_t("MemberRecord", "Happy to be contacted"), _yes_no(member.consent_to_contact, _w=_w)),
            (_t("MemberRecord", "Notes"), member.notes),
            (_t("MemberRecord", "Last changed"), _w.short_date(member.updated_at.date()) if member.updated_at else ""),
        ]),
        para(_t("MemberRecord", "Groups"), st.h2),
    ]
    if data.memberships:
        story.append(data_table(
            [_t("MemberRecord", "Group"),
             _t("MemberRecord", "Joined"),
             _t("MemberRecord", "Left"),
             _t("MemberRecord", "Group agreement")],
            [[m.group_name + (_t("MemberRecord", " (group since deleted)") if m.group_deleted else ""),
              _w.short_date(m.membership.joined_on), _w.short_date(m.membership.left_on) or "—",
              (f"Version {m.membership.agreement_version}, acknowledged "
               f"{short_date(m.membership.agreement_acknowledged_at.date())}"
               if m.membership.agreement_acknowledged_at and m.membership.agreement_version
               else _t("MemberRecord", "Not recorded"))] for m in data.memberships],
            [62 * mm, 34 * mm, 34 * mm, 44 * mm]))
    else:
        story.append(para(_t("MemberRecord", "You are not recorded in any group."), st.body))

    # One table per group, so a line is one line (the group's name is the table's heading). Long
    # tables split across pages; a heading near the foot of a page moves to the next one.
    heading = ParagraphStyle("group_heading", parent=st.h3, keepWithNext=False)
    attended = sum(1 for a in data.attendance if a.status.attended)
    story.append(para(_t("MemberRecord", "Attendance"), st.h2))
    if data.attendance:
        recorded = len(data.attendance)
        story.append(para(_t("MemberRecord", "%n session(s) recorded; you came to {attended}.", "", recorded).format(
            attended=attended), st.body))
        for group, lines in _by_group(data.attendance):
            story += [CondPageBreak(35 * mm), para(group, heading)]
            story.append(data_table(
                [_t("MemberRecord", "Date"),
                 _t("MemberRecord", "How you took part"),
                 _t("MemberRecord", "Comment")],
                [[_w.short_date(a.date) + (_t("MemberRecord",
                                              " (session since deleted)") if a.session_deleted else ""), _t("Labels",
                                                                                                            a.status.label),
                  a.comment or ""] for a in lines],
                [44 * mm, 40 * mm, 90 * mm]))
    else:
        story.append(para(_t("MemberRecord", "No attendance is recorded for you."), st.body))

    story.append(para(_t("MemberRecord", "Check-ins"), st.h2))
    if data.checkins:
        story.append(para(_t("MemberRecord",
                             "Your answers in the check-in round. A pass is recorded as a pass, never as a score."),
                          st.body))
        for group, lines in _by_group(data.checkins):
            story += [CondPageBreak(35 * mm), para(group, heading)]
            story.append(data_table(
                [_t("MemberRecord", "Date"),
                 _t("MemberRecord", "Check-in"),
                 _t("MemberRecord", "Answers"),
                 _t("MemberRecord", "Total"),
                 _t("MemberRecord", "Word")],
                [[_w.short_date(c.date) + (_t("MemberRecord", " (session since deleted)") if c.session_deleted else ""),
                  c.instrument_name,
                  _t("MemberRecord",
                     "Passed") if c.passed else ", ".join("—" if s is None else str(s) for s in c.scores),
                  "—" if c.total is None else (f"{c.total} of {c.max_total}" if c.max_total is not None else c.total),
                  c.word or ""] for c in lines],
                [44 * mm, 44 * mm, 30 * mm, 24 * mm, 32 * mm], numeric=(3,)))
    else:
        story.append(para(_t("MemberRecord", "No check-ins are recorded for you."), st.body))

    story = with_closing(story, [Spacer(1, 6 * mm), para(
        _t("MemberRecord",
           "Session notes are written about the group's sessions and refer to people by initials only; they are not "
        "filed under your name, so they are not part of this record. Ask a facilitator if you would like them "
        "checked for anything about you."), st.small)])
    info = DocumentInfo(title=_t("MemberRecord", TITLE), wording=_w, subject=name,
                        organisation=options.organisation.display_name,
                        produced_on=today, confidential=True, paper=options.paper)
    return info, story


def export_from_cli(args: Any, services: Any, organisation: Organisation) -> str:
    """The command line's record of the one member the arguments name: write it and say where."""
    candidates = find_members(reports_for(services), args.member, args.group, args.joined)
    if not candidates:
        where = f" in {args.group}" if args.group else ""
        when = f" who joined on {args.joined.isoformat()}" if args.joined else ""
        raise NotFoundError(f"There is no member called '{args.member}'{where}{when}. "
                            "Check the spelling of their preferred or full name.")
    if len(candidates) > 1:
        shown = 8   # a line, not a page: the rest are counted
        listed = "; ".join(f"{n}) {c.describe()}" for n, c in enumerate(candidates[:shown], start=1))
        if len(candidates) > shown:
            listed += f"; and {len(candidates) - shown} more"
        raise ExportError(f"{len(candidates)} members are called '{args.member}': {listed}. "
                          "Add --group NAME, and --joined DATE if needed, to choose one.")
    target = output_path(args, args.export_kind, None, date.today())   # never the member's name
    result = export_member_record(services, MemberRecordOptions(candidates[0].member_id, organisation=organisation,
                                                                paper=parse_paper(args.paper)), target)
    return f"{TITLE} written to {result.path} ({pages(result.pages)})"


def options_from_dialog(subject: Any, level: Any, organisation: Organisation,
                        choices: dict[str, Any]) -> MemberRecordOptions:
    """The export dialog's choices as options: the selected member, in full."""
    assert subject.member is not None
    return MemberRecordOptions(subject.member.id, organisation=organisation, paper=chosen_paper(choices))
