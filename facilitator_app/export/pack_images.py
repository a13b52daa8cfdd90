"""Image handouts made ready for a printed page: sized, turned upright, and no larger than print needs.

An image is shown at its size on a 96 dpi screen, shrunk to fit the page (small ones grow up to 2x).
Printing needs about 200 pixels an inch of that size, so a 48-megapixel photo on one A4 page is cut
down to about 1400 x 1900 pixels before reportlab sees it: the pack stays small, quick, and well
inside 300 MB of memory. The image's header is read first, so an image over the import limit (one
imported before the limit existed, or a decompression bomb) is refused before any pixel is decoded.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator_app.services.handout_inspection import Problem, UnusableHandout, check_image_size

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

PRINT_DPI = 200
SCREEN_DPI = 96
MAX_GROWTH = 2.0
JPEG_QUALITY = 90

PNG, JPEG = "image/png", "image/jpeg"

# EXIF orientation → the transposition that makes the picture upright (as ImageOps.exif_transpose).
_UPRIGHT = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE", 6: "ROTATE_270",
            7: "TRANSVERSE", 8: "ROTATE_90"}
_QUARTER_TURNS = {"TRANSPOSE", "ROTATE_270", "TRANSVERSE", "ROTATE_90"}


@dataclass(frozen=True)
class PrintImage:
    """The image file to embed and the size (points) it is drawn at."""

    data: bytes
    width: float
    height: float
    pixels: tuple[int, int]    # of ``data``, upright


def print_image(content: bytes, media_type: str, room_width: float, room_height: float) -> PrintImage:
    """``content`` ready to be drawn in a ``room_width`` x ``room_height`` (points) space on the page.
    Raises UnusableHandout when the image is too large (in pixels) or cannot be decoded."""
    from PIL import Image

    width, height = check_image_size(content, media_type)
    try:
        with Image.open(io.BytesIO(content)) as image:
            orientation = image.getexif().get(0x0112, 1)
            method = _UPRIGHT.get(orientation) if isinstance(orientation, int) else None
            upright = (height, width) if method in _QUARTER_TURNS else (width, height)
            natural = (upright[0] * 72 / SCREEN_DPI, upright[1] * 72 / SCREEN_DPI)
            scale = min(room_width / natural[0], room_height / natural[1], MAX_GROWTH)
            drawn = (natural[0] * scale, natural[1] * scale)
            needed = (math.ceil(drawn[0] / 72 * PRINT_DPI), math.ceil(drawn[1] / 72 * PRINT_DPI))
            if method is None and upright[0] <= needed[0] and upright[1] <= needed[1]:
                image.load()   # decoded here, so a damaged file is found now, not while typesetting
                return PrintImage(content, drawn[0], drawn[1], upright)
            bound = (needed[1], needed[0]) if method in _QUARTER_TURNS else needed
            image.draft("RGB", bound)   # a JPEG decodes straight at a half, quarter or eighth
            image.load()
            ready = _printable_mode(image)
            ready.thumbnail(bound, Image.Resampling.LANCZOS, reducing_gap=3.0)
            if method is not None:
                ready = ready.transpose(Image.Transpose[method])
            data = _encode(ready, media_type)
            return PrintImage(data, drawn[0], drawn[1], ready.size)
    except (UnusableHandout, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - Pillow on a damaged file: OSError, SyntaxError, struct.error...
        raise UnusableHandout(Problem.DAMAGED, repr(exc)) from exc


def _printable_mode(image: PilImage) -> PilImage:
    """The image in a mode that shrinks smoothly (1-bit and palette images would only be sampled)."""
    if image.mode in ("RGB", "RGBA", "L", "LA") or (image.mode == "CMYK" and image.format == "JPEG"):
        return image
    if image.mode == "1":
        return image.convert("L")
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def _encode(image: PilImage, media_type: str) -> bytes:
    buffer = io.BytesIO()
    if media_type == JPEG and image.mode in ("RGB", "L", "CMYK"):
        image.save(buffer, "JPEG", quality=JPEG_QUALITY)
    else:
        image.save(buffer, "PNG")
    return buffer.getvalue()
