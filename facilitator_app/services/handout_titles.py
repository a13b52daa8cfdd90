"""Whether a PDF's own /Title is a title a facilitator would use, or junk left by the program that made it.

Word, LibreOffice and printers-to-PDF often write the source file's name ("Microsoft Word -
leaflet.docx", "leaflet.odt") or a placeholder ("Untitled", "Slide 1") as the title; those
are no better than the file name, so the import falls back to a title made from that.
"""

from __future__ import annotations

import re

# "Microsoft Word - x.docx", "Microsoft PowerPoint - y", "Word - z": the program's name, then the file's.
_PROGRAM_PREFIX = re.compile(r"^(?:microsoft\s+)?(?:word|excel|powerpoint|publisher)\s+-\s+", re.IGNORECASE)
# A title that is just a file name or path: "leaflet.docx", "C:\\Users\\x\\y.pdf".
_FILE_NAME = re.compile(r"\.(?:docx?|odt|rtf|pdf|pptx?|odp|xlsx?|ods|pages|txt|md|html?|indd|pub|tmp)$",
                        re.IGNORECASE)
_PLACEHOLDERS = {"untitled", "untitled document", "document", "document1", "title", "no title", "slide 1",
                 "blank", "new document", "pdf", "print", "none", "null"}


def usable_pdf_title(title: str) -> str:
    """``title`` on one line when it names the handout, else "" (empty, a file name, a placeholder)."""
    text = " ".join(title.split())
    if not text or not re.search(r"[^\W\d_]", text):
        return ""
    if _PROGRAM_PREFIX.match(text) or _FILE_NAME.search(text) or text.lower() in _PLACEHOLDERS:
        return ""
    return text[:300]
