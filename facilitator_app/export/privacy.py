"""How much of a person's name an export shows, and file names that never carry one.

Every export has a privacy level. The default is the least identifying level that still
serves the document's purpose (see the domain guide): each kind's ``default_level`` in
``export.kinds``, where the reasons for each are written.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Protocol

from facilitator_app.domain.text import initials as text_initials
from facilitator_app.errors import ValidationError


class NameLevel(StrEnum):
    """How members are named in an export."""

    FULL = "full"          # the full name when one is stored, else the preferred name
    FIRST = "first"        # the preferred name (what people are called in the group)
    INITIALS = "initials"  # "Z.M.": from the full name when stored, else the preferred name
    NONE = "none"          # no names at all: counts only

    @property
    def label(self) -> str:
        return {"full": "Full names", "first": "First names", "initials": "Initials",
                "none": "Headcount only"}[self.value]

    @property
    def shows_names(self) -> bool:
        return self is not NameLevel.NONE


class Named(Protocol):
    """Anything with a member's names (a MemberRecord, a report's member line)."""

    @property
    def preferred_name(self) -> str: ...

    @property
    def full_name(self) -> str: ...



def parse_level(value: str | NameLevel) -> NameLevel:
    try:
        return NameLevel(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(level.value for level in NameLevel)
        raise ValidationError(f"'{value}' is not a privacy level. Choose one of: {choices}.") from None


def initials(name: str) -> str:
    """'Zoë Mensah' -> 'Z.M.'; 'محمد الأحمد' -> 'م. ا.'; '李小龍' -> '李.' (at most three letters;
    the rules for every script are in ``domain.text.initials``)."""
    return text_initials(name)


def display_name(member: Named, level: NameLevel) -> str:
    """The member's name at ``level``; an empty string at headcount level (which shows no names)."""
    preferred = (member.preferred_name or "").strip()
    full = (member.full_name or "").strip()
    if level is NameLevel.FULL:
        return full or preferred
    if level is NameLevel.FIRST:
        return preferred
    if level is NameLevel.INITIALS:
        return initials(full or preferred) or "?"
    return ""


def told_apart(people: Sequence[Named], level: NameLevel) -> list[str]:
    """Each person's name at ``level``, namesakes told apart (a table must not show two rows that look
    like one person twice): at first-name level by the initial of their surname where one is stored,
    then, for any still alike, by a number in the given order ("Omar (1)", "Omar (2)")."""
    names = [display_name(p, level) for p in people]
    if level is NameLevel.FIRST:
        counts = Counter(names)
        for k, person in enumerate(people):
            parts = (person.full_name or "").split()
            if counts[names[k]] > 1 and len(parts) > 1:
                names[k] = f"{names[k]} {parts[-1][0].upper()}."
    counts = Counter(names)
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        if name and counts[name] > 1:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        out.append(name)
    return out


def people_text(text: str, level: NameLevel) -> str:
    """Free text naming people who are not members (the co-facilitators field) at ``level``.

    "Sam (volunteer), Jo Reid" -> "S. (volunteer), J.R." at initials; empty at headcount level.
    """
    if level is NameLevel.NONE or not text.strip():
        return ""
    if level in (NameLevel.FULL, NameLevel.FIRST):
        return text.strip()
    parts = [p.strip() for p in re.split(r",|;|&|\band\b", text) if p.strip()]
    out = []
    for part in parts:
        match = re.match(r"^(.*?)\s*(\([^)]*\))?$", part)
        name, note = (match.group(1), match.group(2)) if match else (part, None)
        shown = initials(name) or name
        out.append(f"{shown} {note}" if note else shown)
    return ", ".join(out)


# Letters NFKD does not split into a base letter and a mark.
_FOLDS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_FOLDS))
    kept = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in folded if not unicodedata.combining(ch))
    return "-".join(kept.lower().split())[:60].strip("-")


def default_file_name(kind: str, group: object | None = None, day: date | None = None, *,
                      until: date | None = None, extension: str = "pdf") -> str:
    """E.g. 'session-summary_tuesday-evening-peer-support_2026-03-03.pdf'.

    Built from the kind of document, the group's name and dates only: never a member's name,
    so a file left in Downloads or attached to an e-mail does not say who it is about.
    ``group`` is a group record (its ``name``) or a plain string.
    """
    parts = [_slug(kind) or "export"]
    name = getattr(group, "name", group)
    if isinstance(name, str) and _slug(name):
        parts.append(_slug(name))
    if day is not None:
        parts.append(day.isoformat() if until is None else f"{day.isoformat()}_to_{until.isoformat()}")
    return "_".join(parts) + f".{extension.lstrip('.')}"
