"""Which member detail each column holds: the fields, their limits, and the header words of
Google Contacts, Outlook and plain sheets."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Mapping, Sequence

from facilitator_app.errors import ValidationError
from facilitator_app.services.member_import.records import sample_records

FIELDS = ("preferred_name", "full_name", "pronouns", "phone", "email", "emergency_contact_name",
          "emergency_contact_phone", "notes")
FIELD_LABELS = {
    "preferred_name": "preferred name", "full_name": "full name", "pronouns": "pronouns", "phone": "phone number",
    "email": "email address", "emergency_contact_name": "emergency contact", "emergency_contact_phone":
    "emergency contact phone", "notes": "notes",
}
# The same limits as the member form (services/members.py).
LIMITS = {"preferred_name": 200, "full_name": 300, "pronouns": 60, "phone": 60, "email": 300,
          "emergency_contact_name": 300, "emergency_contact_phone": 60, "notes": 20000}
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}

# Header words, normalised (letters and digits only, case-folded), by field, best first.
_PREFERRED = ("preferredname", "preferred", "preferredfirstname", "nickname", "nick", "knownas", "goesby",
              "callme", "chosenname", "usualname", "aka", "shortname")
_FIRST = ("firstname", "givenname", "forename", "first", "firstnames", "givennames", "forenames")
_MIDDLE = ("middlename", "additionalname", "middlenames")
_LAST = ("lastname", "familyname", "surname", "last", "lastnames", "familynames", "surnames")
_FULL = ("fullname", "legalname", "completename", "fullnames")  # headers that say the name is the whole one
_WHOLE = ("name", "displayname", "membername", "contactname", "participant", "participantname", "names")
_ALIASES: dict[str, tuple[str, ...]] = {
    "pronouns": ("pronouns", "pronoun"),
    "phone": ("mobilephone", "mobile", "mobilenumber", "cellphone", "cell", "phone", "phonenumber", "telephone",
              "tel", "primaryphone", "homephone", "businessphone", "otherphone"),
    "email": ("email", "emailaddress", "mail", "emailaddress1"),
    "emergency_contact_name": ("emergencycontact", "emergencycontactname", "emergency", "emergencyname",
                               "incaseofemergency", "ice", "nextofkin"),
    "emergency_contact_phone": ("emergencycontactphone", "emergencyphone", "emergencynumber",
                                "emergencycontactnumber", "emergencycontactphonenumber", "icephone",
                                "nextofkinphone"),
    "notes": ("notes", "note", "comments", "comment"),
}
NUMBERED = {  # Google's "Phone 1 - Value", "E-mail 2 - Value"; Outlook's "E-mail 2 Address"
    "phone": re.compile(r"^phone(\d+)value$"),
    "email": re.compile(r"^email(\d+)(?:value|address)$"),
}


def _norm_header(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff").casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def guess_mapping(columns: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """Which columns feed which member field. ``full_name`` joins its columns with spaces;
    every other field takes the first of its columns that is not empty in a row.

    The preferred name comes from a preferred-name column ("Preferred name", "Known as",
    "Nickname"...), else the first name, else a whole-name column ("Name", "Full name"...), which
    also stand in for it in rows where the others are empty. The full name comes from a whole-name
    column ("Full name" before "Name") or else joins first, middle and last name. A whole-name
    column that is the only name in the file is the preferred name, and the full name stays empty
    rather than repeating it. "Name" beside "Surname" with no first-name column is the first name.
    """
    names = [_norm_header(c) for c in columns]

    def find(words: Sequence[str]) -> list[int]:
        return [i for word in words for i, name in enumerate(names) if name == word]

    preferred, first, middle, last = find(_PREFERRED), find(_FIRST), find(_MIDDLE), find(_LAST)
    full, whole = find(_FULL), find(_WHOLE)
    if last and whole and not first:
        first, whole = whole[:1], whole[1:]
    mapping: dict[str, tuple[int, ...]] = {}
    goes_by = preferred + first
    if goes_by:
        mapping["preferred_name"] = tuple(dict.fromkeys(goes_by + whole + full))
        whole_names = full + whole
    elif whole or full:
        mapping["preferred_name"] = tuple(dict.fromkeys(whole + full))
        whole_names = [i for i in full + whole if i != mapping["preferred_name"][0]]
    else:
        whole_names = []
    if whole_names:
        mapping["full_name"] = (whole_names[0],)
    elif first or (last and not full):
        mapping["full_name"] = tuple(first[:1] + middle[:1] + last[:1])
    for key, words in _ALIASES.items():
        found = find(words)
        if key in NUMBERED:
            numbered = sorted((int(m.group(1)), i) for i, name in enumerate(names)
                              if (m := NUMBERED[key].match(name)))
            found += [i for _, i in numbered]
        taken = {i for cols in mapping.values() for i in cols}
        found = [i for i in dict.fromkeys(found) if i not in taken]
        if found:
            mapping[key] = tuple(found)
    return mapping


def format_name(columns: Sequence[str]) -> str:
    names = {_norm_header(c) for c in columns}
    if {"givenname", "familyname"} & names or {"phone1value", "email1value"} & names:
        return "Google Contacts export"
    if "emailaddress" in names and ({"firstname", "lastname"} & names or "mobilephone" in names):
        return "Outlook contacts export"
    return "sheet"


def resolve_mapping(mapping: Mapping[str, int | str | Sequence[int | str]],
                     columns: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """A mapping given by the user (column positions or header names) as column positions."""
    out: dict[str, tuple[int, ...]] = {}
    for key, value in mapping.items():
        if key not in FIELDS:
            raise ValidationError(f"'{key}' is not a member detail that can be imported. Choose from: "
                                  + ", ".join(FIELD_LABELS.values()) + ".")
        items = [value] if isinstance(value, (int, str)) else list(value)
        positions = []
        for item in items:
            if isinstance(item, int):
                if not 0 <= item < len(columns):
                    raise ValidationError(f"The file has no column {item + 1}. Choose one of its "
                                          f"{len(columns)} columns.")
                positions.append(item)
            else:
                matches = [i for i, c in enumerate(columns) if c.strip().casefold() == item.strip().casefold()]
                if not matches:
                    raise ValidationError(f"The file has no column called '{item}'. Choose one of its columns.")
                positions.append(matches[0])
        if positions:
            out[key] = tuple(positions)
    return out


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first rows into the same number of
    columns (more than one) most consistently; comma when nothing decides."""
    sample = text[:64_000]
    best, best_score = ",", (0.0, 0)
    for delimiter in (",", ";", "\t"):
        rows = sample_records(sample, delimiter)
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        rest = rows[1:-1] or rows[1:]  # the sample may cut the last row short
        consistency = sum(1 for r in rest if len(r) == width) / len(rest) if rest else 1.0
        score = (consistency, width)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == (0.0, 0):
        try:
            return csv.Sniffer().sniff(sample[:4096], delimiters=",;\t").delimiter
        except csv.Error:
            return ","
    return best
