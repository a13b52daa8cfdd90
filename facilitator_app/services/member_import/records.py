"""CSV records with the physical lines they came from, read one line at a time.

The csv module does the parsing. It is fed one physical line at a time, so every record
knows the first and last line it covers, and a quote that runs on over many lines is
reported with the line it opened on. Memory stays bounded however long a line or a quoted
value runs: once a row passes ``MAX_ROW_CHARS`` its further text is squeezed to the quotes
and separators that decide where it ends (the row is rejected as too long anyway), so the
parser still finds its true end and the lines after it are read as they should be.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TextIO

# A row may hold this many characters: far more than any member (the longest detail, the
# notes, may have 20,000), and less than the csv module's own field limit (131,072), so
# that error, which blames a quote, is never the one people see.
MAX_ROW_CHARS = 100_000
_PIECE_CHARS = 65_536


@dataclass(frozen=True, slots=True)
class Record:
    """One record: its lines, its cells (None when it cannot be read) and why not."""

    first: int
    last: int
    cells: list[str] | None
    problem: str = ""

    @property
    def lines(self) -> int:
        return self.last - self.first + 1

    @property
    def blank(self) -> bool:
        # Ctrl+Z ends some old DOS files: a line of it is no more a row than an empty one.
        return self.cells is not None and not "".join(self.cells).strip().strip("\x1a")


def _squeezer(delimiter: str) -> Callable[[str], str]:
    """Text that parses to the same quoting as ``line``: runs of other characters become one
    (a space stays a space, as skipinitialspace treats it), runs of separators one, and runs
    of quotes keep their parity."""
    d = re.escape(delimiter)
    runs = re.compile(f'"+|{d}+|[^"{d}\r\n]+')

    def one(match: re.Match[str]) -> str:
        text = match.group()
        if text[0] == '"':
            return '""' if len(text) % 2 == 0 else '"'
        if text[0] == delimiter:
            return delimiter
        return " " if text.isspace() else "x"

    return lambda line: runs.sub(one, line)


class _Lines:
    """The physical lines of a text stream, counted, with the length of the current row."""

    def __init__(self, stream: TextIO, delimiter: str) -> None:
        self._stream = stream
        self._squeeze = _squeezer(delimiter)
        self.number = 0
        self.chars = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        piece = self._stream.readline(_PIECE_CHARS)
        if not piece:
            raise StopIteration
        self.number += 1
        self.chars += len(piece)
        if len(piece) < _PIECE_CHARS or piece[-1] in "\r\n":
            return piece if self.chars <= MAX_ROW_CHARS else self._squeeze(piece)
        # A line longer than a piece: read on to its end, squeezing as the row grows too long.
        parts = [piece]
        while len(piece) == _PIECE_CHARS and piece[-1] not in "\r\n":
            piece = self._stream.readline(_PIECE_CHARS)
            self.chars += len(piece)
            parts.append(piece)
            if self.chars > MAX_ROW_CHARS:
                parts = [self._squeeze("".join(parts))]
        return "".join(parts)


def _quote_problem(error: str, first: int, last: int) -> str:
    if "unexpected end of data" in error:
        if last > first:
            after = "the line after it" if last - first == 1 else f"the {last - first:,} lines after it"
            return (f"a quote (\") opened on line {first} is never closed, so it swallowed {after}, to the end of "
                    "the file. Close the quote or remove it, then import again")
        return "a quote (\") on this line is never closed. Close the quote or remove it"
    if last > first:
        return (f"a quote (\") opened on line {first} runs on to line {last}, so these {last - first + 1:,} lines "
                f"were read as one row. Check the quotes on line {first}: a value in quotes must end with a "
                "quote right before the separator")
    return ("a quote (\") is misplaced, so this row cannot be read: a value in quotes must end with a quote right "
            "before the separator, and a quote inside it must be doubled (\"\")")


def too_long(chars: int) -> str:
    return (f"the row is {chars:,} characters long; a row may hold at most {MAX_ROW_CHARS:,} (the longest detail, "
            "the notes, may have 20,000). Shorten the long value, or check that this is a list of members")


def records(stream: TextIO, delimiter: str, tick: Callable[[], None] | None = None,
            every: int = 4096) -> Iterator[Record]:
    """Every record of ``stream`` in order, blank ones included, so their lines add up to the file's.

    ``tick`` is called every ``every`` records (progress, and a chance to cancel).
    """
    lines = _Lines(stream, delimiter)
    reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True, strict=True)
    count = 0
    while True:
        first = lines.number + 1
        lines.chars = 0
        count += 1
        if tick is not None and count % every == 0:
            tick()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if lines.number < first:  # nothing was read: the error came with the end of the file
                return
            problem = _quote_problem(str(exc), first, lines.number)
            if lines.chars > MAX_ROW_CHARS and "unexpected end of data" not in str(exc):
                problem = too_long(lines.chars)
            yield Record(first, lines.number, None, problem)
            continue
        if lines.chars > MAX_ROW_CHARS:
            yield Record(first, lines.number, None, too_long(lines.chars))
        else:
            yield Record(first, lines.number, cells)


def sample_records(text: str, delimiter: str, limit: int = 50) -> list[list[str]]:
    """The cells of the first readable, non-blank records of ``text`` (for guessing the separator)."""
    out: list[list[str]] = []
    for record in records(io.StringIO(text, newline=""), delimiter):
        if record.cells is not None and not record.blank:
            out.append(record.cells)
            if len(out) >= limit:
                break
    return out
