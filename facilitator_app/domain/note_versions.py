"""Two people writing the same session note at once (a store on a server): nothing is lost.

A note editor remembers the version it started from (``NoteVersion``: the note's ``updated_at``,
or None for "there was no note"). Saving checks it; when someone else saved in between, the
editor's text and theirs are merged section by section against what the editor started from
(``merge_sections``): a section only one side changed takes that side; a section both changed
keeps both texts, theirs first, under a line that says so, for the facilitator to tidy.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from facilitator_app.domain.records import NoteSections

# Put between the other person's text and this editor's in a section both changed.
BOTH_MARK = "--- Written at the same time on another computer (both kept; tidy as you like): ---"


@dataclass(frozen=True)
class NoteVersion:
    """The note an editor started from: its ``updated_at``, or None when there was none."""

    updated_at: datetime | None


def merge_sections(base: NoteSections, mine: NoteSections, theirs: NoteSections) -> NoteSections:
    """``mine`` and ``theirs`` both started from ``base``: a three-way merge per section."""
    merged: dict[str, str] = {}
    for field in fields(NoteSections):
        was, own, other = (getattr(s, field.name) for s in (base, mine, theirs))
        if own == other or own == was:
            merged[field.name] = other
        elif other == was or not other.strip():
            merged[field.name] = own
        elif not own.strip():
            merged[field.name] = other
        else:
            merged[field.name] = f"{other}\n\n{BOTH_MARK}\n{own}"
    return NoteSections(**merged)
