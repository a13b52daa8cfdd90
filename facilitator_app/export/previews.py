"""A first-page preview of a handout: a small PNG for PDFs and images, the opening lines for text.

No Qt here: the UI turns the PNG bytes into a pixmap. A file that cannot be drawn (a damaged
or password-protected PDF, a broken image) gives a sentence instead of an exception.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator_app.services.handout_inspection import (
    MAX_IMAGE_MEGAPIXELS,
    Problem,
    UnusableHandout,
    check_image_size,
)

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 600         # pixels: the preview pane is narrower than this on a 1366x768 screen
MAX_PREVIEW_HEIGHT = 1600   # a very long image or page is cut down to fit this too
TEXT_LINES = 40
MAX_LINE_CHARACTERS = 400

PDF, PNG, JPEG, TEXT, MARKDOWN = "application/pdf", "image/png", "image/jpeg", "text/plain", "text/markdown"


@dataclass(frozen=True)
class Preview:
    """What to show: ``png`` (an image), or ``text`` (with ``markdown`` telling how to read it), or
    only ``message`` when nothing can be shown. ``pages`` counts a PDF's pages."""

    png: bytes | None = None
    width: int = 0
    height: int = 0
    text: str | None = None
    markdown: bool = False
    truncated: bool = False
    pages: int = 0
    message: str = ""


def first_page_preview(content: bytes, media_type: str, *, max_width: int = PREVIEW_WIDTH,
                       max_height: int = MAX_PREVIEW_HEIGHT) -> Preview:
    """The preview of a handout's file, never raising for a damaged file."""
    if not content:
        return Preview(message="This handout's file is empty, so there is nothing to preview.")
    if media_type == PDF:
        return _pdf_preview(content, max_width, max_height)
    if media_type in (PNG, JPEG):
        return _image_preview(content, media_type, max_width, max_height)
    if media_type in (TEXT, MARKDOWN):
        return text_preview(content, markdown=media_type == MARKDOWN)
    return Preview(message="There is no preview for this kind of file.")


def text_preview(content: bytes, *, markdown: bool = False, lines: int = TEXT_LINES) -> Preview:
    """The first ``lines`` lines (each cut to a sensible length), without a byte-order mark."""
    # Decoding only the start keeps a 50 MB text file quick; 400 characters a line is plenty.
    limit = lines * MAX_LINE_CHARACTERS * 4
    head = content[:limit].decode("utf-8-sig", errors="replace")
    all_lines = head.splitlines()
    shown = [line[:MAX_LINE_CHARACTERS] for line in all_lines[:lines]]
    truncated = len(all_lines) > lines or len(content) > limit or any(
        len(line) > MAX_LINE_CHARACTERS for line in all_lines[:lines])
    text = "\n".join(shown).rstrip()
    if not text.strip():
        return Preview(message="This text handout has only blank lines at the start.", text="", markdown=markdown)
    return Preview(text=text, markdown=markdown, truncated=truncated)


def _pdf_preview(content: bytes, max_width: int, max_height: int) -> Preview:
    import pypdfium2 as pdfium  # loaded when the first PDF is previewed, not at start-up

    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as exc:
        log.info("no preview for a PDF: %s", exc)
        if "password" in str(exc).lower():
            return Preview(message="This PDF is protected with a password, so no preview can be shown. "
                                   "It is still in the library.")
        return Preview(message="This PDF could not be read for a preview; it may be damaged. Open it in a PDF "
                               "reader to check it, and import a fresh copy if it does not open there either.")
    try:
        pages = len(document)
        if pages == 0:
            return Preview(message="This PDF has no pages, so there is nothing to preview.")
        page = document[0]
        try:
            width, height = page.get_size()
            scale = min(max_width / width, max_height / height) if width > 0 and height > 0 else 1.0
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
            image = bitmap.to_pil()
        finally:
            page.close()
        png = _png_bytes(image)
        return Preview(png=png, width=image.width, height=image.height, pages=pages)
    except (pdfium.PdfiumError, ValueError, OSError) as exc:
        log.info("no preview for a PDF page: %s", exc)
        return Preview(message="The first page of this PDF could not be drawn; it may be damaged. Open it in a "
                               "PDF reader to check it.")
    finally:
        document.close()


def _image_preview(content: bytes, media_type: str, max_width: int, max_height: int) -> Preview:
    from PIL import Image, ImageOps  # loaded when the first image is previewed

    try:
        # Measured from the header first: an image over the limit (imported before there was one)
        # is not decoded at all.
        check_image_size(content, media_type)
    except UnusableHandout as unusable:
        if unusable.problem is Problem.TOO_MANY_PIXELS:
            width, height = unusable.size
            return Preview(message=f"This image is {width:,} × {height:,} pixels, more than the "
                                   f"{MAX_IMAGE_MEGAPIXELS} megapixels a handout image can have, so it cannot be "
                                   "previewed or go into a handout pack. Import a smaller copy of it.")
        return _damaged_image()
    try:
        # Pillow warns above about 89 million pixels (a decompression bomb, or a poster scan); a
        # scanned A4 page at 600 dpi is 35 million, so real handouts stay well inside the limit.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as opened:
                # JPEG can decode straight at a smaller size: far quicker for camera photos.
                opened.draft("RGB", (max_width, max_height))
                image = ImageOps.exif_transpose(opened)
                image.thumbnail((max_width, max_height), Image.Resampling.LANCZOS)
                if image.mode not in ("RGB", "RGBA", "L", "LA"):
                    image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info
                                          else "RGB")
                png = _png_bytes(image)
        return Preview(png=png, width=image.width, height=image.height)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Preview(message="This image is very large (in pixels), so no preview is made. It is still in "
                               "the library; a smaller copy would be easier to print and share.")
    except (OSError, ValueError, SyntaxError) as exc:  # Pillow's ways of saying "damaged"
        log.info("no preview for an image: %s", exc)
        return _damaged_image()


def _damaged_image() -> Preview:
    return Preview(message="This image could not be read for a preview; it may be damaged. Open it in an "
                           "image viewer to check it, and import a fresh copy if needed.")


def _png_bytes(image: PilImage) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
