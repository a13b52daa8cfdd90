"""The line above the Handouts library saying which session the ticks are for."""

from __future__ import annotations

from facilitator_app.domain.records import GroupRecord, MeetingRecord
from facilitator_app.domain.text import short_date
from facilitator_app.services.meetings import UNRECORDED


def session_text(meeting: MeetingRecord | None, group: GroupRecord | None) -> str:
    """What ticking does for ``meeting`` (named with ``group`` when it is the meeting's group)."""
    if meeting is None:
        return "No session selected. Choose a session on the left to tick the handouts given at it."
    of_group = f" of {group.name}" if group is not None and group.id == meeting.group_id else ""
    if meeting.status in UNRECORDED:
        return (f"The session on {short_date(meeting.date)}{of_group} is marked “{meeting.status.label}”, "
                "so no handouts can be ticked for it.")
    return (f"Tick the handouts given at the session on {short_date(meeting.date)}{of_group}. "
            "Space ticks or unticks the selected one.")
