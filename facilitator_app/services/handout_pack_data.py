"""What a handout pack holds: the session, its group and the chosen handouts with their files."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from facilitator_app.domain.records import GroupRecord, MeetingRecord
from facilitator_app.domain.text import same_name
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.services.reports import ReportService, live_group, live_meeting
from facilitator_app.storage.repos import reports as repo


@dataclass(frozen=True)
class PackHandout:
    id: uuid.UUID
    title: str
    description: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class _Title:
    """A handout's title alone, read where its file is not needed."""

    title: str
    description: str = ""
    media_type: str = ""
    content: bytes = b""


@dataclass(frozen=True)
class HandoutPackData:
    group: GroupRecord
    meeting: MeetingRecord
    handouts: tuple[PackHandout, ...]   # in the order asked for


def find_handouts(reports: ReportService, titles: Sequence[str]) -> list[uuid.UUID]:
    """The handouts with these titles (ignoring case), in the order given."""
    with reports.read() as s:
        rows = repo.handout_titles(s)
    out = []
    for title in titles:
        matches = [r for r in rows if same_name(r.title, title)]
        if not matches:
            raise NotFoundError(f"There is no handout called '{title}' in the library. "
                                "Check the title (the Handouts panel lists them).")
        if len(matches) > 1:
            raise ValidationError(f"{len(matches)} handouts are called '{title}'. Give one of them another "
                                  "title in the Handouts panel, then try again.")
        out.append(matches[0].id)
    return out


def handout_pack_data(reports: ReportService, meeting_id: uuid.UUID,
                      handout_ids: Sequence[uuid.UUID] | None = None, *, with_content: bool = True) -> HandoutPackData:
    """The session, its group, and the handouts (with their files) in order: those given at the
    session when ``handout_ids`` is None. Without ``with_content`` only their titles are read
    (media type, description and content stay empty): what a preview of the pack's text needs."""
    with reports.read() as s:
        meeting = live_meeting(s, meeting_id)
        group = live_group(s, meeting.group_id)
        ids = list(handout_ids) if handout_ids is not None else [r.id for r in repo.handouts_given(s, meeting_id)]
        rows: dict[uuid.UUID, Any]
        if with_content:
            rows = {r.id: r for r in repo.handouts_with_content(s, ids)}
        else:
            wanted = set(ids)
            rows = {r.id: _Title(r.title) for r in repo.handout_titles(s) if r.id in wanted}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFoundError(f"{len(missing)} of the chosen handouts are no longer in the library. "
                            "Refresh the list and choose again.")
    handouts = tuple(PackHandout(i, rows[i].title, rows[i].description or "", rows[i].media_type,
                                 rows[i].content) for i in dict.fromkeys(ids))
    return HandoutPackData(group=group, meeting=meeting, handouts=handouts)
