"""Finding an erased member's name in free text and putting "[erased]" in its place (pure rules).

Matching is by whole word, ignoring case and accents ("zoe" finds "Zoë", "ORSTED" finds
"Ørsted"): the text is folded letter by letter, keeping where each folded letter came from, so
the replacement lands on the original spelling. A possessive keeps its ending ("[erased]'s").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

ERASED = "[erased]"
MIN_PART = 3   # name parts shorter than this ("Jo", "Li") are replaced only as the whole preferred name

_BASE_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h",
                 "ŋ": "n"}


def _fold_char(ch: str) -> str:
    out = []
    for part in unicodedata.normalize("NFKD", ch.casefold()):
        if unicodedata.combining(part):
            continue
        out.append(_BASE_LETTERS.get(part, part))
    return "".join(out)


def fold(text: str) -> tuple[str, list[int]]:
    """The text folded (lower case, no accents) and, for each folded character, its index in ``text``."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        chars.append(folded)
        origin.extend([index] * len(folded))
    return "".join(chars), origin


def name_terms(names: Iterable[str]) -> list[str]:
    """What to look for: each whole name, and each part of three or more letters (a surname alone)."""
    terms: set[str] = set()
    for name in names:
        words = name.split()
        if not words:
            continue
        terms.add(" ".join(words))
        for word in re.split(r"[\s\-]+", name):
            if sum(ch.isalpha() for ch in word) >= MIN_PART:
                terms.add(word.strip(".,;:'\"()"))
    return sorted((t for t in terms if t), key=lambda t: (-len(t), t))


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern over the folded text for every term, longest first; None when there is nothing to find."""
    parts = [r"\s+".join(re.escape(fold(word)[0]) for word in term.split()) for term in name_terms(names)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def erase_names(text: str, pattern: re.Pattern[str] | None) -> tuple[str, int]:
    """``text`` with every match of ``pattern`` (from ``name_pattern``) replaced, and how many there were."""
    if pattern is None or not text:
        return text, 0
    folded, origin = fold(text)
    spans = [(origin[m.start()], origin[m.end() - 1] + 1) for m in pattern.finditer(folded) if m.end() > m.start()]
    if not spans:
        return text, 0
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(ERASED)
        last = end
    out.append(text[last:])
    return "".join(out), len(spans)
