"""What an import found and did, as frozen records and sentences.

A preview keeps counts for the whole file, where every line went, and a bounded sample of
rows (the first rows, and the first rejected ones), so a file of a million rows gives a
report of a few hundred.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from facilitator_app.domain.text import plural
from facilitator_app.services.member_import.columns import DELIMITER_NAMES

STATUSES = ("new", "existing", "repeat", "rejected")


@dataclass(frozen=True)
class RowProblem:
    """Why one row was not imported; ``line`` is the physical line where the row starts and
    ``last`` the line where it ends, when it runs over several."""

    line: int
    reason: str
    last: int = 0

    def __str__(self) -> str:
        if self.last > self.line:
            return f"lines {self.line}–{self.last}: {self.reason}"
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class PreviewRow:
    """One data row as the import would take it."""

    line: int
    cells: tuple[str, ...]
    values: dict[str, str] = field(compare=False)
    problems: tuple[str, ...] = ()
    status: str = "new"  # new | existing (already in the store) | repeat (earlier in the file) | rejected
    same_as: str = ""    # for existing/repeat: who or which line it matches
    last: int = 0        # the last physical line, when the row runs over several

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self) -> RowProblem:
        return RowProblem(self.line, "; ".join(self.problems), self.last)


@dataclass(frozen=True)
class LineCount:
    """Where every physical line of the file went; the parts add up to ``total``."""

    total: int = 0
    header: int = 0
    blank: int = 0
    read: int = 0       # lines of rows that can be imported (new, already present, or repeated)
    rejected: int = 0   # lines of rejected rows, including lines a stray quote swallowed

    def describe(self) -> str:
        parts = [(self.header, "names the columns", "name the columns"),
                 (self.read, "holds a row that can be imported", "hold rows that can be imported"),
                 (self.rejected, "is in a rejected row", "are in rejected rows"),
                 (self.blank, "is blank", "are blank")]
        if self.total == 1:
            only = next((one for count, one, _ in parts if count == 1), None)
            if only is not None:
                return f"The file's only line {only}."
        said = [f"{plural(count, 'line', 'lines')} {one if count == 1 else many}"
                for position, (count, one, many) in enumerate(parts) if count or position == 0]
        return f"All {plural(self.total, 'line', 'lines')} of the file are accounted for: " + ", ".join(said) + "."


@dataclass(frozen=True)
class ImportPreview:
    """What a file holds and how it would be read, before anything is imported.

    ``rows`` is a sample (the first rows and the first rejected rows); ``counts`` are for
    the whole file (counted from ``rows`` when not given) and ``rejected`` lists the first
    rejected rows with their reasons.
    """

    path: Path
    encoding: str
    delimiter: str
    format_name: str
    columns: tuple[str, ...]
    mapping: dict[str, tuple[int, ...]] = field(compare=False)
    rows: tuple[PreviewRow, ...]
    file_problems: tuple[str, ...] = ()
    counts: dict[str, int] | None = field(default=None, compare=False)
    lines: LineCount = LineCount()
    rejected: tuple[RowProblem, ...] | None = None

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        if self.rejected is not None:
            return self.rejected
        return tuple(r.problem() for r in self.rows if r.problems)

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    @property
    def total_rows(self) -> int:
        return sum(self.count(status) for status in STATUSES)

    def count(self, status: str) -> int:
        if self.counts is not None:
            return self.counts.get(status, 0)
        return sum(1 for r in self.rows if r.status == status)


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run or a refusal, what it would have done).

    ``added`` is the members added (a dry run: would add); ``new_rows`` the rows that are new
    members, whether or not they were added; ``rejected_rows`` every rejected row, of which
    ``rejected`` lists the first with their reasons. ``refused``: nothing was (or, in a dry
    run, would be) imported because rows were rejected and the good rows alone were not asked for.
    """

    path: Path
    format_name: str
    rows: int
    added: int
    already_present: int
    repeated_in_file: int
    joined_group: int
    rejected: tuple[RowProblem, ...]
    imported: bool
    dry_run: bool = False
    backup: Path | None = None
    member_ids: tuple[uuid.UUID, ...] = ()
    new_rows: int = -1
    rejected_rows: int = -1
    refused: bool = False  # rows were rejected and the good rows alone were not asked for
    preview: ImportPreview | None = field(default=None, compare=False)  # how the file was read

    @property
    def rejected_count(self) -> int:
        return self.rejected_rows if self.rejected_rows >= 0 else len(self.rejected)

    @property
    def new_count(self) -> int:
        return self.new_rows if self.new_rows >= 0 else self.added

    @property
    def more_rejected(self) -> int:
        """Rejected rows beyond those listed in ``rejected``."""
        return self.rejected_count - len(self.rejected)

    def summary(self) -> str:
        """One or two sentences for people: true for a real import, a dry run and a refusal."""
        rejected = self.rejected_count
        if self.refused:
            return self._refusal(rejected)
        dry = self.dry_run
        parts = [f"{self.path.name}: {'would add' if dry else 'added'} {plural(self.added, 'member', 'members')}"]
        if self.joined_group:
            parts.append(f"{'would put' if dry else 'put'} {plural(self.joined_group, 'member', 'members')} "
                         "already in the store into the group")
        if self.already_present:
            parts.append(f"{plural(self.already_present, 'row matches', 'rows match')} a member already in the "
                         "store")
        if self.repeated_in_file:
            parts.append(f"{plural(self.repeated_in_file, 'row repeats', 'rows repeat')} an earlier line")
        if rejected:
            parts.append(f"{plural(rejected, 'row was', 'rows were')} rejected")
        text = "; ".join(parts) + "."
        if dry:
            text += " This was a dry run: nothing was changed."
        return text

    def _refusal(self, rejected: int) -> str:
        good = self.rows - rejected
        new = plural(self.new_count, "new member", "new members") if self.new_count else "no new members"
        found = (f"{self.path.name}: {new} in {plural(good, 'good row', 'good rows')}, "
                 f"and {plural(rejected, 'row', 'rows')} rejected")
        if self.dry_run:
            return (f"{found}. As it stands an import would add no one, because nothing is imported while a row "
                    "is rejected: correct the rejected rows, or choose to import only the good rows. "
                    "This was a dry run: nothing was changed.")
        return (f"{found}, so nothing was imported. Correct {'it' if rejected == 1 else 'them'} in the file and "
                "import it again, or choose to import only the good rows.")
