"""Looking inside a handout file: can a PDF be opened and merged, how many pixels does an image have?

Shared by the import (which refuses a file that would break a pack later) and by the pack and the
preview (which meet files imported before these checks existed). Nothing here writes sentences
about a particular file: a problem is raised as an ``UnusableHandout`` with its kind, and each
caller says it in its own words (a file name at import, a handout title in a pack).

Images are measured from their header alone, so a "decompression bomb" (a small file claiming
30000 x 30000 pixels) is refused without decoding a single pixel.
"""

from __future__ import annotations

import enum
import io
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from _typeshed import ReadableBuffer
    from pypdf import PdfReader

log = logging.getLogger(__name__)

# 50 million pixels: a full A4 page scanned at 600 dpi is 35 million, a 48-megapixel phone photo
# fits; decoded it is at most 200 MB (4 bytes a pixel), which keeps a pack well inside 300 MB.
MAX_IMAGE_PIXELS = 50_000_000
MAX_IMAGE_MEGAPIXELS = MAX_IMAGE_PIXELS // 1_000_000

PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"


class Problem(enum.Enum):
    """Why a handout file cannot be used."""

    PASSWORD = "password"                     # a PDF that needs a password to open
    NEEDS_CRYPTOGRAPHY = "needs cryptography"  # an AES-encrypted PDF, and pypdf's AES support is missing
    DAMAGED = "damaged"                       # cannot be read, or is cut short
    NO_PAGES = "no pages"                     # a PDF without pages
    TOO_MANY_PIXELS = "too many pixels"       # an image over MAX_IMAGE_PIXELS


class UnusableHandout(Exception):
    """A handout file that cannot be used, and why (``size`` is an image's width and height)."""

    def __init__(self, problem: Problem, detail: str = "", size: tuple[int, int] = (0, 0)) -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
        self.size = size


@dataclass(frozen=True)
class PdfFacts:
    """What a readable PDF says about itself: pages, the PDF format's version, its own edition and title."""

    pages: int
    format_version: str      # from the header, "1.7"
    edition: str             # a version the document itself declares (document info), else ""
    title: str = ""          # the document info's /Title as written (may be junk: see handout_titles)


# -------------------------------------------------------------------------------------- PDFs
def open_pdf(content: bytes) -> PdfReader:
    """A pypdf reader of ``content``, decrypted when it opens without a password (an empty user
    password: the usual "no copying or printing" protection). Raises UnusableHandout otherwise."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnusableHandout(Problem.PASSWORD)
        pages = len(reader.pages)
    except UnusableHandout:
        raise
    except DependencyError as exc:
        # pypdf opens AES only with the `cryptography` package; RC4 it can open alone.
        raise UnusableHandout(Problem.NEEDS_CRYPTOGRAPHY, repr(exc)) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf on a damaged file raises almost anything
        raise UnusableHandout(Problem.DAMAGED, repr(exc)) from exc
    if pages == 0:
        raise UnusableHandout(Problem.NO_PAGES)
    return reader


def check_pdf(content: bytes) -> PdfFacts:
    """Open the PDF and copy every page the way a pack does (into a writer, written out), so a file
    that opens but is damaged inside is found now, not when a pack is made."""
    from pypdf import PdfWriter
    from pypdf.errors import DependencyError

    reader = open_pdf(content)
    try:
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        writer.write(_NullSink())
        pages = len(reader.pages)
    except DependencyError as exc:
        raise UnusableHandout(Problem.NEEDS_CRYPTOGRAPHY, repr(exc)) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - as in open_pdf: a damaged file, whatever pypdf calls it
        raise UnusableHandout(Problem.DAMAGED, repr(exc)) from exc
    header = re.match(rb"%PDF-(\d\.\d)", content)
    return PdfFacts(pages=pages, format_version=header.group(1).decode() if header else "",
                    edition=_info_text(reader, ("/Version", "/Edition"), 60),
                    title=_info_text(reader, ("/Title",), 300))


class _NullSink(io.BytesIO):
    """A file that only counts what is written to it: the trial write needs no memory for its output.

    A BytesIO (whose buffer stays empty) rather than a bare RawIOBase because pypdf declares the
    stream as ``IO[Any]``, which only the concrete binary files satisfy."""

    def __init__(self) -> None:
        super().__init__()
        self._position = 0

    def write(self, data: ReadableBuffer, /) -> int:
        size = memoryview(data).nbytes
        self._position += size
        return size

    def tell(self) -> int:
        return self._position


def _info_text(reader: PdfReader, keys: tuple[str, ...], limit: int) -> str:
    """The first non-empty text the document info holds under ``keys``, on one line, or ""."""
    try:
        info: Mapping[str, object] = reader.metadata or {}
        for key in keys:
            value = info.get(key)
            if value is not None and str(value).strip():
                return " ".join(str(value).split())[:limit]
    except Exception as exc:   # noqa: BLE001 - damaged metadata only costs the suggestion
        log.info("no %s from a PDF's document info: %r", "/".join(keys), exc)
    return ""


# -------------------------------------------------------------------------------------- images
def image_size(content: bytes, media_type: str) -> tuple[int, int]:
    """Width and height in pixels from the image's header, without decoding it (and without
    Pillow's own bomb check, which would refuse before the size is known)."""
    from PIL import JpegImagePlugin, PngImagePlugin

    plugin = {PNG: PngImagePlugin.PngImageFile, JPEG: JpegImagePlugin.JpegImageFile}.get(media_type)
    if plugin is None:
        raise UnusableHandout(Problem.DAMAGED, f"not an image type: {media_type}")
    try:
        with plugin(io.BytesIO(content)) as image:
            width, height = image.size
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - Pillow on a damaged file: OSError, SyntaxError, struct.error...
        raise UnusableHandout(Problem.DAMAGED, repr(exc)) from exc
    if width <= 0 or height <= 0:
        raise UnusableHandout(Problem.DAMAGED, f"size {width}x{height}")
    return width, height


def check_image_size(content: bytes, media_type: str) -> tuple[int, int]:
    """The image's size, or UnusableHandout when it is over MAX_IMAGE_PIXELS."""
    width, height = image_size(content, media_type)
    if width * height > MAX_IMAGE_PIXELS:
        raise UnusableHandout(Problem.TOO_MANY_PIXELS, f"{width}x{height}", size=(width, height))
    return width, height


def check_image(content: bytes, media_type: str) -> tuple[int, int]:
    """A whole-file check at import: the size limit, then the data itself, cheaply (a PNG's chunk
    checksums through to its end; a JPEG decoded at an eighth of its size)."""
    from PIL import Image

    size = check_image_size(content, media_type)
    try:
        with Image.open(io.BytesIO(content)) as image:
            if media_type == PNG:
                image.verify()
            else:
                image.draft("RGB", (max(1, size[0] // 8), max(1, size[1] // 8)))
                image.load()
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - Pillow on a damaged file: OSError, SyntaxError, struct.error...
        raise UnusableHandout(Problem.DAMAGED, repr(exc)) from exc
    return size

