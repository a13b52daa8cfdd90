"""Reading a file someone chose as a handout: is it really what its name says, and small enough?

The real kind comes from the file's first bytes, never from its name alone: a file called
``leaflet.pdf`` that is really a web page or a Word document is refused with a sentence that
says what it is and what to do, before anything reaches the store.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from facilitator_app.errors import ValidationError
from facilitator_app.services.handout_inspection import (
    MAX_IMAGE_MEGAPIXELS,
    Problem,
    UnusableHandout,
    check_image,
    check_pdf,
)
from facilitator_app.services.handout_titles import usable_pdf_title
from facilitator_app.services.handout_versions import suggest_version

MAX_HANDOUT_BYTES = 50 * 1024 * 1024

PDF, PNG, JPEG, TEXT, MARKDOWN = "application/pdf", "image/png", "image/jpeg", "text/plain", "text/markdown"

# What each extension claims; Markdown is text whose name says how to read it.
EXTENSIONS = {".pdf": PDF, ".png": PNG, ".jpg": JPEG, ".jpeg": JPEG, ".txt": TEXT, ".md": MARKDOWN,
              ".markdown": MARKDOWN}
FILE_DIALOG_FILTER = "Handouts (*.pdf *.png *.jpg *.jpeg *.txt *.md *.markdown)"

_RIGHT_EXTENSION = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg", TEXT: ".txt"}
# What a person calls each kind, in a sentence ("… is really a PNG image").
KIND_NAMES = {PDF: "a PDF", PNG: "a PNG image", JPEG: "a JPEG image", TEXT: "a text file", MARKDOWN: "a text file"}
SUPPORTED = "Handouts can be PDF files, PNG or JPEG images, plain text (.txt) or Markdown (.md) files."

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Signatures of common files people pick by mistake, so the refusal can say what the file really is.
_OTHER_KINDS = (
    (b"PK\x03\x04", "a Word, Excel or other Office document, or a zip archive"),
    (b"\xd0\xcf\x11\xe0", "an older Word or Excel document"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a WebP image or another media file"),
    (b"{\\rtf", "a rich text (RTF) document"),
)


@dataclass(frozen=True)
class ChosenFile:
    """A file that passed every check, with its bytes and what it really is."""

    file_name: str
    media_type: str
    content: bytes
    suggested_title: str
    suggested_version: str = ""


def media_type_for_name(file_name: str) -> str | None:
    """The kind a file name claims, or None for an extension handouts cannot have."""
    return EXTENSIONS.get(Path(file_name).suffix.lower())


def sniff(data: bytes) -> str | None:
    """The real kind of ``data`` from its first bytes: PDF, PNG, JPEG or (UTF-8) text, else None."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(_PNG_SIGNATURE):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if is_text(data):
        return TEXT
    return None


def is_text(data: bytes) -> bool:
    """Valid UTF-8 (a byte-order mark is fine) with no NUL bytes."""
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes) -> str:
    """A text handout's characters, without the byte-order mark some editors put first."""
    return data.decode("utf-8-sig", errors="replace")


def read_handout_file(path: Path | str) -> ChosenFile:
    """Read the file at ``path`` if it can be a handout; otherwise raise ValidationError saying why.

    The size is checked before the file is read, so a huge file is refused at once.
    """
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise ValidationError(f"“{name}” is a folder, not a file. Open the folder and choose the handout "
                                  "files inside it.")
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(_unreadable(name, exc), detail=str(exc)) from exc
    claimed = media_type_for_name(name)
    if claimed is None:
        raise ValidationError(_unsupported(name))
    check_size(name, size)
    try:
        with path.open("rb") as file:
            # One byte more than allowed: a file that grew after stat() is still caught.
            data = file.read(MAX_HANDOUT_BYTES + 1)
    except OSError as exc:
        raise ValidationError(_unreadable(name, exc), detail=str(exc)) from exc
    return check_content(name, data)


def check_size(name: str, size: int) -> None:
    if size == 0:
        raise ValidationError(f"“{name}” is empty (0 bytes), so there is nothing to hand out. "
                              "Check that it was saved completely, then try again.")
    if size > MAX_HANDOUT_BYTES:
        raise ValidationError(f"“{name}” is {_megabytes(size)}; handouts can be at most 50 MB. Make a smaller "
                              "version (for example, with fewer or smaller pictures) and import that.")


def check_content(name: str, data: bytes) -> ChosenFile:
    """Check bytes already in memory (from a file or a resource) against the name they came with."""
    claimed = media_type_for_name(name)
    if claimed is None:
        raise ValidationError(_unsupported(name))
    check_size(name, len(data))
    actual = sniff(data)
    real = TEXT if claimed == MARKDOWN else claimed
    if actual != real:
        raise ValidationError(_mismatch(name, claimed, actual, data))
    facts = None
    try:
        if claimed == PDF:
            facts = check_pdf(data)
        elif claimed in (PNG, JPEG):
            check_image(data, claimed)
    except UnusableHandout as unusable:
        raise ValidationError(_unusable(name, claimed, unusable), detail=unusable.detail) from unusable
    own_title = markdown_title(data) if claimed == MARKDOWN else usable_pdf_title(facts.title) if facts else ""
    return ChosenFile(file_name=name, media_type=claimed, content=data,
                      suggested_title=own_title or suggest_title(name), suggested_version=suggest_version(name, facts))


def suggest_title(file_name: str) -> str:
    """A readable title from a file name: "sleep_basics-v2.pdf" → "Sleep basics v2"."""
    stem = Path(file_name).stem if Path(file_name).suffix.lower() in EXTENSIONS else file_name
    text = stem.replace("_", " ")
    if " " not in stem.strip():
        # A slug ("coping-with-setbacks"): hyphens between letters were spaces; "5-4-3-2-1" stays.
        text = re.sub(r"(?<=[^\W\d])-(?=[^\W\d])", " ", text)
    text = " ".join(text.split())
    if text and text == text.lower():
        text = text[0].upper() + text[1:]
    return text[:300] or "Untitled handout"


def markdown_title(data: bytes) -> str:
    """The first top-level heading ("# Title") near the start of a Markdown file, if it has one."""
    for line in decode_text(data[:4096]).splitlines()[:10]:
        match = re.match(r"#\s+(.+?)\s*#*\s*$", line)
        if match:
            return match.group(1).strip()[:300]
    return ""


# -- the sentences ------------------------------------------------------------------------------

def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB".replace(".0 MB", " MB")


def _unreadable(name: str, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"“{name}” could not be found. It may have been moved, renamed or deleted; choose it again."
    if isinstance(exc, PermissionError):
        return (f"“{name}” could not be opened: this computer's account is not allowed to read it. "
                "Copy it somewhere you can open it (for example, your Documents folder) and import the copy.")
    reason = os.strerror(exc.errno) if exc.errno else "the file could not be read"
    return (f"“{name}” could not be read ({reason.lower()}). If it is on a USB stick or a network drive, "
            "copy it to this computer first and import the copy.")


def _unsupported(name: str) -> str:
    suffix = Path(name).suffix
    kind = f"a “{suffix}” file" if suffix else "a file without an extension such as .pdf"
    return f"“{name}” is {kind}, which the handout library cannot hold. {SUPPORTED} Save or export it as a PDF first."


def _megapixels(width: int, height: int) -> str:
    """Rounded up to a tenth, so an image just over the limit never reads as exactly at it."""
    tenths = math.ceil(width * height / 100_000)
    return f"{tenths // 10:,}" if tenths % 10 == 0 else f"{tenths / 10:,.1f}"


def _unusable(name: str, media_type: str, unusable: UnusableHandout) -> str:
    problem = unusable.problem
    if problem is Problem.PASSWORD:
        return f"“{name}” is protected with a password. Save a copy without the password and import that."
    if problem is Problem.NEEDS_CRYPTOGRAPHY:
        return (f"“{name}” is encrypted, and this installation of Facilitator is missing the part that opens "
                "encrypted PDFs (the “cryptography” package). Reinstall Facilitator, or save a copy of the PDF "
                "without protection and import that.")
    if problem is Problem.NO_PAGES:
        return f"“{name}” is a PDF without any pages. Export or download it again, and import the new copy."
    if problem is Problem.TOO_MANY_PIXELS:
        width, height = unusable.size
        return (f"“{name}” is {width:,} × {height:,} pixels ({_megapixels(width, height)} megapixels); handout "
                f"images can be at most {MAX_IMAGE_MEGAPIXELS} megapixels. Save a smaller copy (6000 × 4000 "
                "pixels is plenty for printing) and import that.")
    kind = KIND_NAMES[media_type]
    viewer = "a PDF reader" if media_type == PDF else "an image viewer"
    return (f"“{name}” is {kind} that is damaged or incomplete, so it cannot be handed out. Open it in {viewer} "
            "to check it, then save or download it again and import the new copy.")


def _mismatch(name: str, claimed: str, actual: str | None, data: bytes) -> str:
    claimed_kind = KIND_NAMES[claimed]
    if actual is not None:
        return (f"“{name}” is named like {claimed_kind} but is really {KIND_NAMES[actual]}. Rename it to end in "
                f"{_RIGHT_EXTENSION[actual]} and import it again.")
    really = next((what for magic, what in _OTHER_KINDS if data.startswith(magic)), "")
    if claimed in (TEXT, MARKDOWN):
        found = (f"“{name}” is named like a text file but is really {really}." if really else
                 f"“{name}” is named like a text file but is not plain text that the app can read.")
        return f"{found} Open it in the program that made it and save it as UTF-8 text or as a PDF."
    found = (f"“{name}” is named like {claimed_kind} but is really {really}." if really else
             f"“{name}” is named like {claimed_kind} but its contents are not {claimed_kind}; it may be damaged.")
    return f"{found} Open it in the program that made it and save or export it as {claimed_kind} again."
