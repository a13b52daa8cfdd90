"""Members' names in free text, written at an export's privacy level before anything is typeset.

A note, a session topic, a check-in word or a handout title may name a member ("Welcome back,
Lou Jensen", "Safety plan for Chidi Novak", "missing søren"). An export at first-name, initials
or headcount level must not let that name out. :class:`NameScrubber` is built once per export
from every member the store knows (current and former, in every group, deleted ones whose
names are still stored) and finds:

- each full name and each preferred name, as whole words;
- each part of a name of three letters or more on its own (a surname, a first name);
- in any case, with or without accents ("søren", "SOREN", "Søren"), and with possessives
  ("Zarthex's", "Zarthex’s", "Chris'": the name is replaced, the ending stays).

Only whole words match: "Lou" does not touch "Louder", "Ann" does not touch "Anne". A name that
is also an everyday word ("Hope", "Will") is replaced too: at these levels a word too many is
the safe side, and the window's preview shows every replacement before anything leaves.

What a name becomes: at initials level the member's initials; at first-name level the member's
preferred name (a preferred name stays as written); at headcount level ``[name]``, and initials
typed in the text ("S.K.") become ``[name]`` too. Full-name level leaves the text as written.

The matching works on folded words (NFKD without marks, case-folded) looked up in one dict of
name sequences keyed by their first word, so the cost grows with the text, not with the number
of members (2,000 members: see ``tests/benchmarks/bench_scrubber.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from facilitator_app.export.privacy import Named, NameLevel, display_name, initials
from facilitator_app.services.reports import ReportService

HIDDEN = "[name]"   # what a name becomes at headcount level

# Letters NFKD does not split into a base letter and a mark.
_FOLDS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
          "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H"}
_WORD = re.compile(r"[^\W_]+")
# What may stand between the words of one name: spaces (a line break too), hyphens, apostrophes.
_GAP = re.compile(r"[\s\-‐‑'’]{1,3}")
# Initials typed in a note: "S.", "Z.M.", "N.V.A." (capitals only, so "e.g." stays).
_INITIALS_TOKEN = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){1,3}(?!\w)")
MIN_PART = 3   # a part of a name matches on its own from this many letters
# What a deleted member's wiped name reads, "(deleted)": a placeholder, not a name to look for.
_PLACEHOLDER = re.compile(r"^\s*\(.*\)\s*$")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", _FOLDS.get(ch, ch))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """``text`` without accents and case: "Søren Ólafsdóttir" -> "soren olafsdottir"."""
    return "".join(_fold_char(ch) for ch in unicodedata.normalize("NFC", text))


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the character it came from."""
    pieces: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        pieces.append(folded)
        where.extend([index] * len(folded))
    return "".join(pieces), where


def _name(name: str | None) -> str:
    return "" if not name or _PLACEHOLDER.match(name) else name


def _words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(name)))


@dataclass(frozen=True)
class Passage:
    """One piece of free text as it will leave: ``marks`` are the (start, end) spans of ``text``
    that replaced a name."""

    field: str
    text: str
    marks: tuple[tuple[int, int], ...] = ()

    @property
    def replaced(self) -> int:
        return len(self.marks)

    def marked(self, before: str = "«", after: str = "»") -> str:
        """The text with each replacement between ``before`` and ``after``."""
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(frozen=True)
class _NameIndex:
    """Every name's folded words, keyed by their first word (the longest name first), and who
    each sequence of words names. It does not depend on the level."""

    who: dict[tuple[str, ...], frozenset[int]]
    preferred: tuple[tuple[str, ...], ...]
    by_first: dict[str, tuple[tuple[str, ...], ...]]


_EMPTY = _NameIndex({}, (), {})


@lru_cache(maxsize=4)
def _index(names: tuple[tuple[str, str], ...]) -> _NameIndex:
    """The index of (preferred name, full name) pairs, kept for the next export while the
    store's names are the same (the dialog's preview works it out at every change of option)."""
    who: dict[tuple[str, ...], set[int]] = {}
    preferred_words: list[tuple[str, ...]] = []
    for index, (preferred_name, full_name) in enumerate(names):
        preferred = _words(_name(preferred_name))
        full = _words(_name(full_name))
        preferred_words.append(preferred)
        sequences = {preferred, full}
        sequences |= {(part,) for part in (*preferred, *full) if len(part) >= MIN_PART}
        for sequence in sequences:
            if sequence and len("".join(sequence)) >= 2:
                who.setdefault(sequence, set()).add(index)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for sequence in who:
        by_first.setdefault(sequence[0], []).append(sequence)
    return _NameIndex(
        {sequence: frozenset(members) for sequence, members in who.items()}, tuple(preferred_words),
        # The longest name first: "Zoë Mensah" before "Zoë".
        {first: tuple(sorted(options, key=len, reverse=True)) for first, options in by_first.items()})


@dataclass
class NameScrubber:
    """Finds every known member's name in free text and writes it at ``level``; counts what it
    replaced and keeps each passage it was given (with a field name) for the preview."""

    people: Sequence[Named]
    level: NameLevel
    replaced: int = 0
    passages: list[Passage] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.people = tuple(self.people)
        names = tuple((person.preferred_name or "", person.full_name or "") for person in self.people)
        self._index = _index(names) if self.level is not NameLevel.FULL else _EMPTY

    @property
    def active(self) -> bool:
        """Whether this level changes free text at all (full names leave it as written)."""
        return self.level is not NameLevel.FULL

    # -- scrubbing ---------------------------------------------------------------------------
    def scrub(self, text: str, field_name: str = "") -> str:
        """``text`` with every member's name written at the level; with ``field_name`` the passage
        is kept (for the preview) under that name."""
        if not text or not self.active:
            if field_name and text and text.strip():
                self.passages.append(Passage(field_name, text))
            return text
        text = unicodedata.normalize("NFC", text)
        out: list[str] = []
        marks: list[tuple[int, int]] = []
        length = 0
        last = 0
        for start, end, replacement in self._replacements(text):
            out.append(text[last:start])
            length += start - last
            out.append(replacement)
            marks.append((length, length + len(replacement)))
            length += len(replacement)
            last = end
        out.append(text[last:])
        scrubbed = "".join(out)
        if self.level is NameLevel.NONE:
            scrubbed, marks = self._hide_initials(scrubbed, marks)
        self.replaced += len(marks)
        if field_name and scrubbed.strip():
            self.passages.append(Passage(field_name, scrubbed, tuple(marks)))
        return scrubbed

    def scrub_all(self, texts: Iterable[str], field_name: str = "") -> list[str]:
        return [self.scrub(text, field_name) for text in texts]

    def _replacements(self, text: str) -> list[tuple[int, int, str]]:
        folded, where = _folded_with_map(text)
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            match = self._match_at(folded, words, i)
            if match is None:
                i += 1
                continue
            sequence, count = match
            start = where[words[i][0]]
            end = where[words[i + count - 1][1] - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1
            original = text[start:end]
            replacement = self._replacement(sequence, original)
            if replacement != original:
                found.append((start, end, replacement))
            i += count
        return found

    def _match_at(self, folded: str, words: list[tuple[int, int, str]], i: int) -> tuple[tuple[str, ...], int] | None:
        for sequence in self._index.by_first.get(words[i][2], ()):
            count = len(sequence)
            if i + count > len(words):
                continue
            if all(words[i + k][2] == sequence[k] for k in range(1, count)) and all(
                    _GAP.fullmatch(folded[words[i + k][1]:words[i + k + 1][0]]) for k in range(count - 1)):
                return sequence, count
        return None

    def _replacement(self, sequence: tuple[str, ...], original: str) -> str:
        who = sorted(self._index.who[sequence])
        if self.level is NameLevel.NONE:
            return HIDDEN
        if self.level is NameLevel.INITIALS:
            shown = {display_name(self.people[k], NameLevel.INITIALS) for k in who}
            # Two members share this name and their initials differ: the name's own initials.
            return shown.pop() if len(shown) == 1 else (initials(original) or HIDDEN)
        # First names: a preferred name stays; a full name or a part of one becomes the preferred name.
        if any(self._index.preferred[k] == sequence for k in who):
            return original
        shown = {display_name(self.people[k], NameLevel.FIRST) for k in who}
        return shown.pop() if len(shown) == 1 else HIDDEN

    @staticmethod
    def _hide_initials(text: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
        """At headcount level, typed initials ("S.K.") go too; the marks move with the text."""
        spans = [(m.start(), m.end()) for m in _INITIALS_TOKEN.finditer(text)
                 if not any(ch.islower() for ch in m.group())]
        if not spans:
            return text, marks
        out: list[str] = []
        moved: list[tuple[int, int]] = []
        shift = 0
        last = 0
        events = sorted([(s, e, True) for s, e in spans] + [(s, e, False) for s, e in marks])
        for start, end, initial in events:
            if initial:
                out.append(text[last:start] + HIDDEN)
                moved.append((start + shift, start + shift + len(HIDDEN)))
                shift += len(HIDDEN) - (end - start)
                last = end
            else:
                moved.append((start + shift, end + shift))
        out.append(text[last:])
        return "".join(out), sorted(moved)


def replaced_line(count: int) -> str:
    """What a headless export says about free text: "Replaced 3 names in free text."."""
    return f"Replaced {count} name{'s' if count != 1 else ''} in free text."


def scrubber_for(reports: ReportService, level: NameLevel) -> NameScrubber:
    """The scrubber of one export at ``level``, knowing every member of the store (none are read
    at full-name level, which leaves free text as written)."""
    people = reports.everyone() if level is not NameLevel.FULL else ()
    return NameScrubber(people, level)
