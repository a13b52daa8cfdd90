"""One pass over a member file: every row judged as it streams by, nothing held but counts,
the keys of the people met so far, and a bounded sample for the report."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType

from facilitator_app.errors import ValidationError
from facilitator_app.services.member_import.columns import (
    DELIMITER_NAMES,
    detect_delimiter,
    format_name,
    guess_mapping,
    resolve_mapping,
)
from facilitator_app.services.member_import.records import Record, records
from facilitator_app.services.member_import.report import ImportPreview, LineCount, PreviewRow, RowProblem
from facilitator_app.services.member_import.rows import (
    KnownMembers,
    SeenRows,
    identity_keys,
    row_problems,
    values_reader,
)
from facilitator_app.services.member_import.source import Source

PREVIEW_ROWS = 100      # rows kept from the top of the file
KEEP_REJECTED = 1000    # rejected rows kept with their reasons (the rest are counted)
SAMPLE_CHARS = 64_000   # text read to guess the separator
MAX_COLUMNS = 1_000     # a Google Contacts export has about ninety

Progress = Callable[[int, int], None]  # bytes read so far, bytes in the file
Cancelled = Callable[[], bool]
MappingRequest = Mapping[str, int | str | Sequence[int | str]]
NO_NAMES = ("No column of names was found. The first line should name the columns, for example: Name, Phone, "
            "Email, Emergency contact. Add such a line, or choose which column holds the names.")


class ImportCancelled(Exception):
    """The person cancelled a preview or an import; nothing was changed."""


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """One data row as judged: its details, its status, and the member it matches."""

    first: int
    last: int
    values: dict[str, str]
    status: str
    member_id: uuid.UUID | None = None


class Scan:
    """Reads ``source`` once. Use as a context manager; iterate ``rows()``, then ``preview()``."""

    def __init__(self, source: Source, mapping: MappingRequest | None, known: KnownMembers,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
        self.source = source
        self._known = known
        self._progress = progress
        self._cancelled = cancelled
        sample, _raw = source.open_text()
        with sample:
            self.delimiter = detect_delimiter(sample.read(SAMPLE_CHARS))
        self._text, self._raw = source.open_text()
        self._records = records(self._text, self.delimiter, self._tick)
        self._blank = 0
        try:
            header = self._header()
        except BaseException:
            self.close()
            raise
        self._header_lines = header.lines
        self.columns = tuple(c.strip().lstrip("\ufeff") for c in header.cells or ())
        if len(self.columns) > MAX_COLUMNS:
            self.close()
            raise ValidationError(f"{_lines(header)} of {source.path.name} names {len(self.columns):,} columns; a "
                                  f"list of members has a few dozen at most (the limit is {MAX_COLUMNS:,}). Check "
                                  "that this is the right file.")
        try:
            self.mapping = (resolve_mapping(mapping, self.columns) if mapping is not None
                            else guess_mapping(self.columns))
        except BaseException:
            self.close()
            raise
        self.file_problems = () if "preferred_name" in self.mapping else (NO_NAMES,)
        self.counts = dict.fromkeys(("new", "existing", "repeat", "rejected"), 0)
        self.matched: set[uuid.UUID] = set()
        self._read_lines = self._rejected_lines = 0
        self._kept: list[PreviewRow] = []
        self._problems: list[RowProblem] = []
        self._last_line = header.last

    def __enter__(self) -> Scan:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._text.close()

    def _tick(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled
        if self._progress is not None:
            self._progress(self._raw.tell(), self.source.size)

    def _header(self) -> Record:
        name = self.source.path.name
        for record in self._records:
            if record.cells is None:
                raise ValidationError(f"{_lines(record)} of {name}, naming the columns, cannot be read: "
                                      f"{record.problem}.")
            if record.blank:
                self._blank += record.lines
                continue
            return record
        raise ValidationError(f"{self.source.path} is empty. Choose the file that holds the members.")

    def rows(self) -> Iterator[RowOutcome]:
        """Every data row in order, judged; blank lines are counted and skipped."""
        seen = SeenRows(remember_lines=PREVIEW_ROWS * 3)
        known, counts = self._known, self.counts
        read_values = values_reader(self.mapping)
        width = len(self.columns)
        no_names = bool(self.file_problems)
        separator = DELIMITER_NAMES.get(self.delimiter, "separator")
        encoding = self.source.encoding
        for record in self._records:
            self._last_line = record.last
            cells = record.cells
            if cells is None:
                self._reject(record, None, (record.problem,))
                continue
            if record.blank:
                self._blank += record.lines
                continue
            values = read_values(cells)
            problems = [] if no_names else row_problems(values, record.first, record.last, encoding)
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                problems.append(f"it has {len(cells)} values but the first line names {width} columns "
                                f"(a value containing a {separator} needs quotes around it)")
            if problems:
                self._reject(record, values, tuple(problems))
                continue
            keys = identity_keys(values["preferred_name"], values["email"], values["phone"])
            member_id = None
            same_as = ""
            if seen.earlier(keys):
                status = "repeat"
                line = seen.line_of(keys)
                same_as = f"line {line}" if line is not None else "an earlier line"
            else:
                found = known.find(keys)
                if found is not None:
                    status, (member_id, same_as) = "existing", found
                    self.matched.add(member_id)
                else:
                    status = "new"
                seen.add(keys, record.first)
            counts[status] += 1
            self._read_lines += record.lines
            if len(self._kept) < PREVIEW_ROWS:
                self._kept.append(PreviewRow(record.first, tuple(cells), values, (), status, same_as,
                                             record.last if record.last > record.first else 0))
            yield RowOutcome(record.first, record.last, values, status, member_id)
        if self._progress is not None:
            self._progress(self.source.size, self.source.size)

    def _reject(self, record: Record, values: dict[str, str] | None, problems: tuple[str, ...]) -> None:
        self.counts["rejected"] += 1
        self._rejected_lines += record.lines
        last = record.last if record.last > record.first else 0
        if len(self._problems) < KEEP_REJECTED:
            self._problems.append(RowProblem(record.first, "; ".join(problems), last))
        if len(self._kept) < PREVIEW_ROWS + KEEP_REJECTED:
            self._kept.append(PreviewRow(record.first, tuple(record.cells or ()), values or {}, problems,
                                         "rejected", "", last))

    def preview(self) -> ImportPreview:
        lines = LineCount(total=self._last_line, header=self._header_lines, blank=self._blank,
                          read=self._read_lines, rejected=self._rejected_lines)
        return ImportPreview(path=self.source.path, encoding=self.source.encoding, delimiter=self.delimiter,
                             format_name=format_name(self.columns), columns=self.columns, mapping=self.mapping,
                             rows=tuple(self._kept), file_problems=self.file_problems, counts=dict(self.counts),
                             lines=lines, rejected=tuple(self._problems))


def _lines(record: Record) -> str:
    return f"Lines {record.first}–{record.last}" if record.last > record.first else f"Line {record.first}"
