"""One page layout for every PDF, and writing files so that a failed export leaves nothing behind.

Every page carries the organisation's name and the document's title at the top (from the
second page on, with what it is about: the group and date, or the member), and, at the foot,
the date it was produced, "Page x of y" and, when the document holds personal information
(names, or notes at any level), "Confidential: contains personal information".

The running header is drawn when a page begins, before its body, so a reader that follows the
page's drawing order (a screen reader on an untagged PDF, copied-out text) meets it first. The
footer's "Page x of y" needs the total, so the canvas keeps each page until the end and draws
the footers when the document is complete (one layout pass, not two).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from facilitator_app.errors import ExportError
from facilitator_app.export.paper import Paper
from facilitator_app.export.progress import Steps
from facilitator_app.export.shaping import ScriptCanvas, scripted
from facilitator_app.export.style import FONT, FONT_BOLD, INK, MARGIN, MUTED, RULE, register_fonts
from facilitator_app.export.wording import ENGLISH, QT_TRANSLATE_NOOP, Wording

CREATOR = "Facilitator"
DEFAULT_ORGANISATION = QT_TRANSLATE_NOOP("Document", "Peer support group")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Document", "Confidential: contains personal information")

NORMAL, PLAIN = "normal", "plain"
LANGUAGE = "en-GB"   # the PDFs' /Lang: the language screen readers read them in
PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}


@dataclass(frozen=True)
class Organisation:
    """The organisation's settings that appear on exports."""

    name: str = DEFAULT_ORGANISATION
    # (label, value) pairs for the handout pack's "support contacts" page, e.g. ("Crisis line", "...").
    support_contacts: tuple[tuple[str, str], ...] = ()
    # The language the documents speak (export/wording.py): the window's, or the command line's choice.
    wording: Wording = field(default=ENGLISH, compare=False, repr=False)

    @property
    def display_name(self) -> str:
        return self.name.strip() or DEFAULT_ORGANISATION


@dataclass(frozen=True)
class DocumentInfo:
    """What the house style prints around the content, and the PDF's metadata.

    ``subject`` must never name a member, except on a member's own record.
    """

    title: str
    subject: str
    organisation: str = DEFAULT_ORGANISATION
    wording: Wording = field(default=ENGLISH, compare=False, repr=False)   # the reader's language
    produced_on: date = field(default_factory=date.today)
    confidential: bool = False
    landscape: bool = False
    paper: Paper = Paper.A4
    language: str = LANGUAGE

    @property
    def pagesize(self) -> tuple[float, float]:
        size = PAGE_SIZES[Paper(self.paper)]
        return landscape(size) if self.landscape else size

    @property
    def metadata_title(self) -> str:
        return f"{self.title}: {self.subject}" if self.subject else self.title

    @property
    def running_title(self) -> str:
        """The header's right side on continuation pages: the title and what it is about."""
        return f"{self.title} · {self.subject}" if self.subject else self.title


# --------------------------------------------------------------------------- canvas and template
class _HouseCanvas(ScriptCanvas):
    """Keeps every page until save(), then draws the header and footer knowing the page count.

    Page numbers can run ahead of the pages laid out here: :meth:`skip_pages` reserves numbers
    for pages that are merged in later (a PDF handout's), so "Page x of y" counts the finished
    document. :meth:`page_number_of` prints a page number known only at the end (a contents page).
    """

    def __init__(self, *args: Any, info: DocumentInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._pages: list[dict[str, Any]] = []
        self._undecorated: set[int] = set()
        self._offset = 0                       # numbers reserved so far
        self._page_offset = 0                  # ... before this page began
        self.markers: dict[Any, tuple[int, int]] = {}
        self._forward: dict[int, list[Any]] = {}   # page -> numbers to fill in at the end

    def leave_undecorated(self) -> None:
        """No header or footer on this page (a cover)."""
        self._undecorated.add(self.getPageNumber())

    def draw_header(self) -> None:
        """The running header, drawn as the page begins (before its body, so it is read first): the
        organisation and the title, and on continuation pages what the document is about."""
        info = self._info
        width, height = self._pagesize
        top = height - 11 * mm
        room = width - 2 * MARGIN
        first = self.shown_number() <= 1
        right = info.title if first else info.running_title
        self.saveState()
        self.setFillColor(MUTED)
        self.setFont(FONT, 8.5)
        organisation = fit_text(self, info.organisation, FONT, 8.5, room * (0.48 if first else 0.34))
        self.drawString(MARGIN, top, organisation)
        right_room = room - self.stringWidth(organisation, FONT, 8.5) - 6 * mm
        self.drawRightString(width - MARGIN, top, fit_text(self, right, FONT, 8.5, right_room))
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        self.restoreState()

    def shown_number(self) -> int:
        """The number this page carries in the finished document."""
        return self._pageNumber + self._page_offset

    def skip_pages(self, count: int) -> int:
        """Reserve ``count`` page numbers after this page (and after any reserved on it already);
        returns the first of them."""
        first = self._pageNumber + self._offset + 1
        self._offset += count
        return first

    def page_number_of(self, key: Any, x: float, y: float, font: str, size: float) -> None:
        """Draw, right-aligned at (x, y) in the current coordinates, the page number of a marker that
        may come later in the document (a contents page). Each page with such numbers shows one PDF
        form, filled in when the whole document is laid out."""
        self._forward.setdefault(self._pageNumber, []).append((key, *self.absolutePosition(x, y), font, size))

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        if self._pageNumber in self._forward:
            self.doForm(f"PageNumbers{self._pageNumber}")
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self._page_offset = self._offset

    def save(self) -> None:
        total = len(self._pages) + self._offset
        width, height = self._pagesize
        for page, numbers in self._forward.items():
            self.beginForm(f"PageNumbers{page}", lowerx=0, lowery=0, upperx=width, uppery=height)
            self.setFillColor(INK)
            for key, x, y, font, size in numbers:
                self.setFont(font, size)
                self.drawRightString(x, y, str(self.markers[key][0]))
            self.endForm()
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber not in self._undecorated:
                self._decorate(self._pageNumber + self._page_offset, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        """The footer (the header was drawn when the page began)."""
        info = self._info
        width, _height = self._pagesize
        self.saveState()
        self.setFillColor(MUTED)
        self.setFont(FONT, 8.5)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        bottom = 10 * mm
        self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        words = info.wording
        self.drawRightString(width - MARGIN, bottom, words.translate(
            "Document", "Produced {date}   ·   Page {number} of {total}").format(
            date=words.short_date(info.produced_on), number=words.number(number), total=words.number(total)))
        if info.confidential:
            self.setFillColor(INK)
            self.setFont(FONT_BOLD, 8.5)
            self.drawString(MARGIN, bottom, info.wording.translate("Document", CONFIDENTIAL))
        self.restoreState()


def with_closing(story: Sequence[Flowable], closing: Sequence[Flowable]) -> list[Flowable]:
    """The story with its closing lines kept together with its last section (from its last heading,
    a flowable kept with the next), so they never sit alone on a near-empty last page: when the
    section and the lines do not fit where the section begins, both move to the next page. A last
    section longer than a page flows as usual."""
    starts = [k for k, flowable in enumerate(story) if getattr(getattr(flowable, "style", None), "keepWithNext", 0)]
    start = starts[-1] if starts else len(story)
    return [*story[:start], KeepIfItFits([*story[start:], *closing])]


class KeepIfItFits(KeepTogether):
    """Kept together when it fits on a page: moved to the next page when it does not fit where it is
    but would fit there. Content longer than a page flows on from where it is (reportlab's own
    KeepTogether would start it on a new page anyway, leaving a gap)."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        frame = getattr(self, "_frame", None)
        if frame is not None and self._H > frame._height:
            return list(self._content)
        parts: list[Flowable] = super().split(avail_width, avail_height)
        return parts


def unbroken_date(day: date, wording: Wording = ENGLISH) -> str:
    """A long date ("Monday 1 September 2025") whose spaces do not break: a wrapped line never splits it."""
    return wording.long_date(day).replace(" ", "\u00a0")


def overlay_canvas(buffer: BinaryIO) -> Any:
    """A canvas for text laid over pages that were not made here (a merged PDF handout's footer): it
    draws text as the house canvas does (the house canvas's own base class), without its header and
    footer. Uncompressed: pypdf reads its pages back several times faster, and each is small."""
    base: Any = _HouseCanvas.__mro__[1]
    return base(buffer, pageCompression=0, initialFontName=FONT, initialFontSize=8)


def fit_text(canvas: ScriptCanvas, text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it would run past ``width`` points."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class HouseDoc(BaseDocTemplate):
    """The page templates of the house style; polls for Cancel after every flowable.

    ``normal``: header and footer. ``plain``: none (a cover).
    """

    def __init__(self, buffer: BinaryIO, info: DocumentInfo, steps: Steps | None = None,
                 first_template: str = NORMAL) -> None:
        register_fonts()
        super().__init__(
            buffer, pagesize=info.pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=22 * mm,
            bottomMargin=20 * mm, title=info.metadata_title, author=info.organisation, subject=info.subject,
            creator=CREATOR, lang=info.language if info.wording.language == "en" else info.wording.language,
            displayDocTitle=1, initialFontName=FONT)
        self._steps = steps
        self.info = info
        self.markers: dict[Any, tuple[int, int]] = {}   # key -> (number in the finished document, page here)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate(id=NORMAL, frames=[frame], pagesize=info.pagesize, onPage=_header),
            PageTemplate(id=PLAIN, frames=[frame], pagesize=info.pagesize, onPage=_undecorated),
        ]
        # The first template in the list lays out the first page.
        templates.sort(key=lambda t: t.id != first_template)
        self.addPageTemplates(templates)

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's name)
        self.canv.markers = self.markers   # one dict: forward page references read it at the end

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if self._steps is not None:
            self._steps.check()
        key = getattr(flowable, "marker_key", None)
        if key is not None:
            # (the page's number in the finished document, the page laid out here)
            first = getattr(flowable, "first_skipped", None)
            self.markers[key] = (first if first is not None else self.canv.shown_number(), self.page)


def _undecorated(canvas: Any, _doc: Any) -> None:
    canvas.leave_undecorated()


def _header(canvas: Any, _doc: Any) -> None:
    canvas.draw_header()


class PageMarker(Flowable):
    """Takes no room; records the page it lands on under ``marker_key``."""

    def __init__(self, key: Any) -> None:
        super().__init__()
        self.marker_key = key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class SkipPages(Flowable):
    """Takes no room; reserves ``count`` page numbers after the page it lands on, for pages merged
    in there later. Its marker records (first reserved number, the page laid out here)."""

    def __init__(self, key: Any, count: int) -> None:
        super().__init__()
        self.marker_key = key
        self.count = count
        self.first_skipped: int | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.first_skipped = self.canv.skip_pages(self.count)


# --------------------------------------------------------------------------- building and writing
@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int                            # pages laid out here (reserved numbers not included)
    markers: dict[Any, tuple[int, int]]   # key -> (number in the finished document, page laid out here)


def render(info: DocumentInfo, story: Sequence[Flowable], steps: Steps | None = None,
           first_template: str = NORMAL) -> Rendered:
    """Lay out ``story`` in the house style, in one pass; the PDF's bytes (nothing is written yet)."""
    buffer = io.BytesIO()
    doc = HouseDoc(buffer, info, steps, first_template)
    scripted(story)   # every Paragraph set by run and in visual order, whichever document made it
    doc.build(list(story), canvasmaker=partial(_HouseCanvas, info=info))
    return Rendered(buffer.getvalue(), doc.page, dict(doc.markers))


def check_target(target: Path, what: str = "PDF") -> Path:
    """The target as an absolute path, or an ExportError when it cannot be a file we write."""
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise ExportError(f"{target} is a folder. Give a file name for the {what}, for example "
                          f"{target / ('export.' + what.lower())}.")
    if not target.parent.is_dir():
        raise ExportError(f"The folder {target.parent} does not exist. Choose an existing folder for the {what}.")
    return target


def atomic_write(target: Path, write: Callable[[BinaryIO], object], what: str = "PDF") -> Path:
    """Write a file through ``write(file)`` into a temporary file beside ``target``, then rename it
    into place. On any error (a full disk, Cancel, a bug) the temporary file is removed and
    ``target`` is left as it was."""
    target = check_target(target, what)
    partial_file = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(partial_file, "xb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial_file, target)
    except OSError as exc:
        raise ExportError(_sentence(exc, target, what), detail=repr(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            partial_file.unlink(missing_ok=True)
    return target


def write_bytes(target: Path, data: bytes, what: str = "PDF") -> Path:
    return atomic_write(target, lambda handle: handle.write(data), what)


def _sentence(exc: OSError, target: Path, what: str) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (f"The disk is full, so the {what} could not be written to {target}. "
                "Free some space and try again; no partial file was left behind.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (f"The {what} could not be written to {target}: permission was refused. If the file is open in "
                "another program, close it; otherwise choose a folder you may write to.")
    if exc.errno == errno.EROFS:
        return f"The {what} could not be written: {target.parent} is on a read-only disk. Choose another folder."
    if exc.errno == errno.ENOENT:
        return f"The folder {target.parent} does not exist (any more). Choose an existing folder for the {what}."
    reason = exc.strerror or str(exc)
    return f"The {what} could not be written to {target} ({reason}). No partial file was left behind."


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, its number of pages (0 for a CSV file) and how many
    members' names its free text had replaced (see ``export.scrubber``)."""

    path: Path
    pages: int
    replaced: int = 0


def export_story(info: DocumentInfo, story: Sequence[Flowable], target: Path, steps: Steps) -> ExportResult:
    """Lay out the story, write it atomically to ``target`` and report the last step."""
    target = check_target(target)   # before the work: a wrong folder is said at once
    rendered = render(info, story, steps)
    steps.check()
    path = write_bytes(target, rendered.data)
    steps.finish()
    return ExportResult(path, rendered.pages)
