"""One row of the file as a member: its details, what is wrong with it, and who it matches.

A member matches another on the same preferred name (ignoring case and spacing) plus the
same email or phone, or when neither has either. Matching is by keys in a dict, so a file
of a million rows costs a million look-ups, not a million squared comparisons.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable, Mapping, Sequence

from facilitator_app.services.member_import.columns import FIELD_LABELS, FIELDS, LIMITS, NUMBERED
from facilitator_app.services.member_import.source import REPLACEMENT

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRAILING_PHONE = re.compile(r"^(?P<name>.*?)[\s,;:/(-]*(?P<phone>\+?\d[\d\s().-]{5,}\d)\)?\s*$", re.S)
_NON_DIGIT = re.compile(r"\D+")
# Control characters: never part of a detail (tabs and line breaks are allowed outside names).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAK = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]")
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffd]")  # any of the above, or damage
_ONE_LINE = ("preferred_name", "full_name", "pronouns", "phone", "email", "emergency_contact_phone")


def _first(value: str) -> str:
    # Google puts several values in one cell: "07700 900123 ::: 020 7946 0000".
    return value.split(" ::: ")[0].strip()


def row_values(cells: Sequence[str], mapping: Mapping[str, tuple[int, ...]]) -> dict[str, str]:
    """The member's details from one row's cells (stripped; formula-like text kept as it is)."""
    return values_reader(mapping)(cells)


def values_reader(mapping: Mapping[str, tuple[int, ...]]) -> Callable[[Sequence[str]], dict[str, str]]:
    """A function from a row's cells to the member's details, planned once for the whole file."""
    single = [(key, columns[0]) for key, columns in mapping.items()
              if len(columns) == 1 and key not in NUMBERED and key != "full_name"]
    other = [(key, columns, key in NUMBERED) for key, columns in mapping.items()
             if not (len(columns) == 1 and key not in NUMBERED and key != "full_name")]
    split_contact = "emergency_contact_phone" not in mapping
    empty = dict.fromkeys(FIELDS, "")

    def read(cells: Sequence[str]) -> dict[str, str]:
        width = len(cells)
        values = empty.copy()
        for key, i in single:
            if i < width:
                values[key] = cells[i].strip()
        for key, columns, numbered in other:
            parts = [(_first(cells[i]) if numbered else cells[i].strip()) for i in columns if i < width]
            if key == "full_name":
                values[key] = " ".join(part for part in parts if part)
            else:
                values[key] = next((v for v in parts if v), "")
        if split_contact and values["emergency_contact_name"]:
            match = _TRAILING_PHONE.match(values["emergency_contact_name"])
            if match:
                values["emergency_contact_name"] = match.group("name").strip(" ,;:/-(")
                values["emergency_contact_phone"] = match.group("phone").strip()
        return values

    return read


def _character(ch: str) -> str:
    if ch == "\x00":
        return "a NUL character (U+0000)"
    return f"a control character (U+{ord(ch):04X})"


def row_problems(values: Mapping[str, str], first: int = 0, last: int = 0, encoding: str = "UTF-8") -> list[str]:
    """Why these details cannot be a member, in plain words (empty when they can)."""
    problems = []
    if not values["preferred_name"]:
        problems.append("no name: every member needs at least a preferred name")
    suspect = _SUSPECT.search("|".join(values.values())) is not None
    for key in FIELDS:
        value = values[key]
        if not value:
            continue
        if len(value) > LIMITS[key]:
            verb = "are" if key == "notes" else "is"
            problems.append(f"the {FIELD_LABELS[key]} {verb} {len(value):,} characters long; the limit is "
                            f"{LIMITS[key]:,}")
            continue
        if not suspect:
            continue
        control = _CONTROL.search(value)
        if control:
            problems.append(f"the {FIELD_LABELS[key]} holds {_character(control.group())}, which no detail may "
                            "hold; the file may be damaged, or this column holds something else")
        elif key in _ONE_LINE and _LINE_BREAK.search(value):
            where = (f": the row runs over lines {first}–{last}, so a quote (\") on line {first} is probably "
                     "not closed where it should be" if last > first else "")
            problems.append(f"the {FIELD_LABELS[key]} holds a line break or a tab, but it must fit on one line"
                            + where)
        if REPLACEMENT in value:
            problems.append(f"the {FIELD_LABELS[key]} holds characters that could not be read as {encoding} "
                            "text (shown as �). In the spreadsheet program choose File → Save As → CSV UTF-8, "
                            "then import that file")
    email = values["email"]
    if email and len(email) <= LIMITS["email"] and not _EMAIL.match(email):
        problems.append(f"'{email}' is not an email address")
    return problems


def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def identity_keys(preferred_name: str, email: str, phone: str) -> tuple[str, ...]:
    """The keys a member is found by: name with email, name with phone, or the bare name
    when there is neither (a bare name matches only another bare name)."""
    name = name_key(preferred_name)
    mail = email.strip().casefold()
    digits = _NON_DIGIT.sub("", phone)
    if not mail and not digits:
        return (f"{name}\x1f-",)
    keys = []
    if mail:
        keys.append(f"{name}\x1fe{mail}")
    if digits:
        keys.append(f"{name}\x1fp{digits}")
    return tuple(keys)


class KnownMembers:
    """Members already in the store, by identity key: their id and preferred name."""

    def __init__(self, members: Sequence[tuple[uuid.UUID, str, str, str]] = ()) -> None:
        self._by_key: dict[str, tuple[uuid.UUID, str]] = {}
        for member_id, preferred_name, email, phone in members:
            self.add(member_id, preferred_name, identity_keys(preferred_name, email, phone))

    def add(self, member_id: uuid.UUID, preferred_name: str, keys: tuple[str, ...]) -> None:
        for key in keys:
            self._by_key.setdefault(key, (member_id, preferred_name))

    def find(self, keys: tuple[str, ...]) -> tuple[uuid.UUID, str] | None:
        for key in keys:
            found = self._by_key.get(key)
            if found is not None:
                return found
        return None


class SeenRows:
    """Identity keys met earlier in the file. Only the rows a preview shows keep their line,
    so a file of a million rows holds a set of keys, not a million tuples."""

    def __init__(self, remember_lines: int) -> None:
        self._keys: set[str] = set()
        self._lines: dict[str, int] = {}
        self._remember = remember_lines

    def earlier(self, keys: tuple[str, ...]) -> bool:
        return any(key in self._keys for key in keys)

    def line_of(self, keys: tuple[str, ...]) -> int | None:
        return next((self._lines[key] for key in keys if key in self._lines), None)

    def add(self, keys: tuple[str, ...], line: int) -> None:
        self._keys.update(keys)
        if len(self._lines) < self._remember:
            for key in keys:
                self._lines.setdefault(key, line)
