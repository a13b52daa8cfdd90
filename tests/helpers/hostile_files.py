"""Hostile handout files, made cheaply in memory: encrypted PDFs, decompression-bomb PNGs, cut-short files."""

from __future__ import annotations

import io
import struct
import zlib

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ZERO_ROWS_AT_A_TIME = 256


def text_pdf(text: str = "Sleep basics: keep the same wake-up time.", pages: int = 1) -> bytes:
    """A small PDF whose pages carry ``text`` (and their number), for reading back."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, f"{text} ({page})")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf(algorithm: str, user_password: str = "", content: bytes | None = None) -> bytes:
    """``content`` (a small PDF by default) encrypted with pypdf, "AES-128" or "AES-256" or "RC4-128".
    An empty user password opens without asking; the owner password only guards the permissions."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(content or text_pdf())))
    writer.encrypt(user_password=user_password, owner_password="owner-only", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_of_rows(width: int, height: int, row: bytes, *, bit_depth: int = 8, colour_type: int = 2) -> bytes:
    """A PNG of ``height`` copies of one row of raw samples (``row`` without its filter byte), compressed
    as it is made: a 30000 x 30000 image costs a few MB of work, never the image itself."""
    compressor = zlib.compressobj(9)
    line = b"\x00" + row
    block = line * ZERO_ROWS_AT_A_TIME
    parts = [compressor.compress(block) for _ in range(height // ZERO_ROWS_AT_A_TIME)]
    parts.append(compressor.compress(line * (height % ZERO_ROWS_AT_A_TIME)))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(parts))
            + _chunk(b"IEND", b""))


def bomb_png(width: int = 30000, height: int = 30000) -> bytes:
    """A 1-bit black PNG of ``width`` x ``height``: about 100 KB on disk, 900 megapixels when decoded."""
    return png_of_rows(width, height, bytes((width + 7) // 8), bit_depth=1, colour_type=0)


def striped_png(width: int, height: int) -> bytes:
    """An RGB PNG with coloured stripes across, large in pixels and small on disk."""
    row = bytes((x * 7) % 256 if c == 0 else (x * 3) % 256 if c == 1 else 128
                for x in range(width) for c in range(3))
    return png_of_rows(width, height, row)
