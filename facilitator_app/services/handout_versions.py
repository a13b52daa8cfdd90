"""A first guess at an imported handout's version (its edition, as the library's Version column means it).

The column says which version or edition of the handout this is ("2", "March 2026"), not the PDF
format's version ("1.7"), which a facilitator has no use for. The guess comes, in order, from the
file name ("sleep_basics-v2.pdf", "Group agreement - March 2026.pdf") or from a version the PDF
declares in its document info; otherwise a PDF is "1", the first version of this handout in the
library (as the starter handouts are). The month the PDF was last changed is no version: it would
invent one. The facilitator can change it in the Edit dialog.
"""

from __future__ import annotations

import re
from pathlib import Path

from facilitator_app.services.handout_inspection import PdfFacts

FIRST_VERSION = "1"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# "v2", "v 2.1", "ver3", "version 4", "rev. 5", "edition 2", after a separator so "nov2" is no version.
_NUMBERED = re.compile(r"(?:^|[\s_\-(\[.])(?:v|ver|version|rev|revision|edition)\.?[\s_-]?(\d{1,4}(?:\.\d{1,4}){0,2})"
                       r"(?=$|[\s_\-)\]])", re.IGNORECASE)
# "March 2026", "Sept_2025", "mar-2026": a month's name (3 letters or more) and a year.
_MONTH_YEAR = re.compile(r"(?<![^\W_])([a-z]{3,9})\.?[\s_-]*((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def version_from_name(file_name: str) -> str:
    """The version a file name carries: "leaflet-v2.pdf" → "2", "Agreement - March 2026.pdf" → "March 2026"."""
    stem = Path(file_name).stem
    numbered = _NUMBERED.search(stem)
    if numbered:
        return numbered.group(1)
    for dated in _MONTH_YEAR.finditer(stem):
        word = dated.group(1).lower()
        month = next((m for m in MONTHS if m.lower().startswith(word)), None)
        if month is not None:
            return f"{month} {dated.group(2)}"
    return ""


def suggest_version(file_name: str, pdf: PdfFacts | None = None) -> str:
    """The best guess for a new handout's version, or "" when nothing says."""
    if found := version_from_name(file_name):
        return found
    if pdf is None:
        return ""
    return pdf.edition or FIRST_VERSION
