"""The printable recovery sheet: the recovery key of one store, to keep somewhere safe.

It names no member and no group: only the organisation (when given), the store's file name, the
date and the key itself, large and in groups, with what to do with it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from facilitator_app.errors import ExportError
from facilitator_app.export.shaping import ScriptCanvas
from facilitator_app.export.style import FONT, FONT_BOLD, register_fonts


def write_recovery_sheet(destination: Path, recovery_key: str, store_name: str, *,
                         organisation: str = "", made_on: date | None = None) -> Path:
    """Write the sheet as a one-page PDF at ``destination``."""
    made_on = made_on or date.today()
    try:
        register_fonts()
        # The house fonts, fallback included: an organisation or a file named in any script prints.
        canvas = ScriptCanvas(str(destination), pagesize=A4, initialFontName=FONT)
        canvas.setTitle("Facilitator recovery sheet")
        width, height = A4
        y = height - 30 * mm
        canvas.setFont(FONT_BOLD, 20)
        canvas.drawString(25 * mm, y, "Facilitator recovery sheet")
        canvas.setFont(FONT, 11)
        y -= 12 * mm
        if organisation:
            canvas.drawString(25 * mm, y, f"Organisation: {organisation}")
            y -= 6 * mm
        canvas.drawString(25 * mm, y, f"Data file: {store_name}")
        y -= 6 * mm
        canvas.drawString(25 * mm, y, f"Made on: {made_on:%d %B %Y}")
        y -= 16 * mm
        canvas.setFont("Courier-Bold", 18)
        groups = recovery_key.split("-")
        for row in range(0, len(groups), 4):
            canvas.drawString(25 * mm, y, "  ".join(groups[row:row + 4]))
            y -= 10 * mm
        canvas.setFont(FONT, 11)
        y -= 8 * mm
        for line in (
            "This key opens your Facilitator data file if the passphrase is forgotten,",
            "and opens its backups on another computer. Anyone holding it and a copy of the",
            "file can read the file: keep this sheet locked away, apart from the laptop.",
            "",
            "To set a new passphrase with it: File > Change passphrase, or run",
            "facilitator-app --db PATH db passphrase reset --recovery-key",
        ):
            canvas.drawString(25 * mm, y, line)
            y -= 6 * mm
        canvas.showPage()
        canvas.save()
    except OSError as exc:
        raise ExportError(f"The recovery sheet could not be written to {destination} ({exc.strerror}). Choose "
                          "another folder.", detail=repr(exc)) from exc
    return destination
