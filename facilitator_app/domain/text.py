"""Comparing and sorting people's and groups' names the way a reader expects, in any script.

SQLite's lower() only knows ASCII, so "ZOË" and "zoë" would differ and "Łukasz" would sort
after "Zoë". These rules run in Python instead.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

# Letters that are not composed with a combining mark, so NFKD alone leaves them alone.
_BASE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
                               "ı": "i", "ħ": "h", "ŋ": "n"})


def same_name(a: str, b: str) -> bool:
    """True when two names differ only in letter case (Unicode-aware): "ZOË" and "zoë"."""
    return unicodedata.normalize("NFC", a.strip()).casefold() == unicodedata.normalize("NFC", b.strip()).casefold()


def sort_key(text: str) -> tuple[str, str]:
    """A key that sorts "Łukasz" with the Ls and "Émile" with the Es, then by exact spelling."""
    folded = unicodedata.normalize("NFKD", text.strip().casefold()).translate(_BASE_LETTERS)
    base = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return base, text


def _first_letter(word: str) -> str:
    """The first letter of ``word`` with the marks that belong to it (a whole grapheme): "Ánh" -> "Á"
    even when the accent is typed as a separate combining character."""
    for i, ch in enumerate(word):
        if ch.isalpha():
            end = i + 1
            while end < len(word) and unicodedata.category(word[end]).startswith("M"):
                end += 1
            letter = unicodedata.normalize("NFC", word[i:end])
            upper = letter.upper()
            return upper if len(upper) == len(letter) else letter   # "ß" stays, not "SS"
    return ""


def initials(name: str, limit: int = 3) -> str:
    """A name's initials in any script, at most ``limit`` letters, in the name's own (logical) order.

    'Zoë Mensah' -> 'Z.M.'; 'Nguyễn Văn An' -> 'N.V.A.'; 'Ji-woo' -> 'J.'; '(Sam)' -> 'S.';
    'محمد الأحمد' -> 'م. ا.' (right-to-left initials are spaced, as they are written);
    '李小龍' -> '李.' (a name written without spaces has one initial: its first character).
    """
    letters = [letter for letter in (_first_letter(word) for word in name.split()) if letter][:limit]
    if not letters:
        return ""
    rtl = any(unicodedata.bidirectional(letter[0]) in ("R", "AL") for letter in letters)
    return (" " if rtl else "").join(f"{letter}." for letter in letters)


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# Spelled out rather than strftime's %a/%b: QApplication sets the C library's locale and the
# app speaks English, so a German laptop must not get "Di 1 Dez" inside an English sentence.


def short_date(day: date | None) -> str:
    """E.g. "Tue 1 Dec 2026"; an empty string for no date."""
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}" if day else ""


def long_date(day: date) -> str:
    """E.g. "Tuesday 1 December 2026"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def plural(count: int, one: str, many: str) -> str:
    """``count`` with the word that goes with it: "1 row", "2,000 rows"."""
    return f"{count:,} {one if count == 1 else many}"


def time_span(meeting: Any) -> str:
    """'18:30 to 20:00', '18:30', or '' for a session without times."""
    if meeting.start_time and meeting.end_time:
        return f"{meeting.start_time:%H:%M} to {meeting.end_time:%H:%M}"
    return f"{meeting.start_time:%H:%M}" if meeting.start_time else ""
