"""The file to import: checked, its encoding found, and opened as a stream of text.

Reading is forgiving: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode text") with or
without a BOM, UTF-32 with a BOM, Windows-1252 as the last resort. Nothing holds the whole
file: the encoding is settled by one pass over the bytes in chunks, then the text is read
line by line. A file that is mostly UTF-8 with a few damaged bytes is read as UTF-8, and the
rows holding the damage are rejected rather than the whole file turned into mojibake.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from facilitator_app.errors import NotFoundError, ValidationError

MAX_FILE_BYTES = 50 * 1024 * 1024
CHUNK_BYTES = 1 << 20
HEAD_BYTES = 4000
REPLACEMENT = "\ufffd"

NOT_TEXT = ("This file is not a text file, so it cannot be a CSV file. In the spreadsheet program choose "
            "File → Save As → CSV UTF-8, then import that file.")
_ASCII = bytes(range(128))
_CONTROL_BYTES = [bytes([b]) for b in (*range(1, 9), 11, 12, *range(14, 32), 127)]
_MAGIC = ((b"PK\x03\x04", "an Excel workbook (.xlsx) or another zipped file"),
          (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"), (b"%PDF", "a PDF"),
          (b"SQLite format 3\x00", "a database"), (b"\x89PNG", "a picture"), (b"\xff\xd8\xff", "a picture"))


@dataclass(frozen=True)
class Source:
    """A readable file and how to decode it; ``encoding`` is the name people know."""

    path: Path
    size: int
    encoding: str
    codec: str

    def open_text(self) -> tuple[io.TextIOWrapper, BinaryIO]:
        """The text, line endings kept as written, and the byte stream under it (for progress)."""
        raw = open(self.path, "rb")  # noqa: SIM115 - closed with the wrapper by the caller
        return io.TextIOWrapper(raw, encoding=self.codec, errors="replace", newline=""), raw


def inspect(path: Path) -> Source:
    """Check that ``path`` is a readable text file of a sensible size and find its encoding."""
    try:
        if path.is_dir():
            raise ValidationError(f"{path} is a folder. Choose the CSV file to import.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(f"{path} is {size / 1_048_576:.0f} MB, far more than a list of members "
                                  f"(the limit is {MAX_FILE_BYTES // 1_048_576} MB). Check that this is the "
                                  "right file.")
        with open(path, "rb") as raw:
            head = raw.read(HEAD_BYTES)
            if not head.strip():
                _refuse_blank(path, raw)
            encoding, codec = _encoding(head, raw)
    except FileNotFoundError as exc:
        raise NotFoundError(f"There is no file at {path}. Check the name and the folder.") from exc
    except PermissionError as exc:
        raise ValidationError(f"{path} could not be read: you may not open it. Copy it somewhere you can, "
                              "then import the copy.") from exc
    except IsADirectoryError as exc:
        raise ValidationError(f"{path} is a folder. Choose the CSV file to import.") from exc
    except OSError as exc:
        raise ValidationError(f"{path} could not be read ({exc.strerror or exc}). Copy it to this computer, "
                              "then import the copy.") from exc
    return Source(path, size, encoding, codec)


def _refuse_blank(path: Path, raw: BinaryIO) -> None:
    while chunk := raw.read(CHUNK_BYTES):
        if chunk.strip():
            return
    raise ValidationError(f"{path} is empty. Choose the file that holds the members.")


def _encoding(head: bytes, raw: BinaryIO) -> tuple[str, str]:
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32", "utf-32"
    if head.startswith(codecs.BOM_UTF8):
        return _utf8_or_damaged(raw, "utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16", "utf-16"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ValidationError(f"This file is {what}, not a CSV file. In the spreadsheet program choose "
                                  "File → Save As → CSV UTF-8, then import that file.")
    utf16 = bomless_utf16(head)
    if utf16:
        if _mostly_controls(head.decode(utf16, errors="replace")):
            raise ValidationError(NOT_TEXT)
        return "UTF-16", utf16
    # A stray NUL or two is a damaged row (rejected on its own); many are a binary file.
    controls = sum(head.count(byte) for byte in _CONTROL_BYTES) + head.count(b"\x00")
    if controls > max(3, len(head) * 0.05):
        raise ValidationError(NOT_TEXT)
    return _utf8_or_damaged(raw, "utf-8")


def _utf8_or_damaged(raw: BinaryIO, codec: str) -> tuple[str, str]:
    """UTF-8 when every byte is; still UTF-8 when most non-ASCII text is (the bad rows are then
    rejected one by one); Windows-1252 when nothing is UTF-8."""
    raw.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    good = bad = 0
    while chunk := raw.read(CHUNK_BYTES):
        text = decoder.decode(chunk)
        damaged = text.count(REPLACEMENT)
        bad += damaged
        good += len(text) - (len(chunk) - len(chunk.translate(None, _ASCII))) - damaged
    bad += decoder.decode(b"", final=True).count(REPLACEMENT)
    if not bad or good >= bad or codec == "utf-8-sig":
        return "UTF-8", codec
    raw.seek(0)
    strict = codecs.getincrementaldecoder("cp1252")()
    try:
        while chunk := raw.read(CHUNK_BYTES):
            strict.decode(chunk)
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252; Latin-1 gives every byte a character.
        return "Windows-1252", "latin-1"
    return "Windows-1252", "cp1252"


def decode(data: bytes) -> tuple[str, str]:
    """The text of a small file held in memory and the name of its encoding (for tests and tools)."""
    head = data[:HEAD_BYTES]
    if not head.strip():
        return data.decode("utf-8", errors="replace"), "UTF-8"
    encoding, codec = _encoding(head, io.BytesIO(data))
    return data.decode(codec, errors="replace"), encoding


def bomless_utf16(sample: bytes) -> str | None:
    """The UTF-16 byte order of a file without a BOM, judged by where its zero bytes fall."""
    sample = sample[:HEAD_BYTES]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _mostly_controls(text: str) -> bool:
    sample = text[:2000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\r\n")
    return controls > len(sample) * 0.05
