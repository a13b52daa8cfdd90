"""The line above the Handouts library saying which session the ticks are for."""

from __future__ import annotations

from facilitator_app.domain.records import GroupRecord, MeetingRecord
from facilitator_app.services.meetings import UNRECORDED
from facilitator_app.ui.formatting import label_of, short_date
from facilitator_app.ui.language import translate


def session_text(meeting: MeetingRecord | None, group: GroupRecord | None) -> str:
    """What ticking does for ``meeting`` (named with ``group`` when it is the meeting's group)."""
    if meeting is None:
        return translate("HandoutSessionWording",
                         "No session selected. Choose a session on the left to tick the handouts given at it.")
    of_group = translate("HandoutSessionWording",
                         " of {name}").format(
                             name=group.name) if group is not None and group.id == meeting.group_id else ""
    if meeting.status in UNRECORDED:
        return (translate("HandoutSessionWording", "The session on {short_date}{of_group} is marked “{label}”, so "
                                                   "no handouts can be ticked for it.").format(
            short_date=short_date(meeting.date), of_group=of_group, label=label_of(meeting.status)))
    return (translate("HandoutSessionWording", "Tick the handouts given at the session on {short_date}{of_group}. "
                                               "Space ticks or unticks the selected one.").format(
                                                   short_date=short_date(meeting.date), of_group=of_group))
