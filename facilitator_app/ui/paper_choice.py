"""The paper size choice of the export dialog: A4 or Letter, suggested from the system's locale.

What the person last chose is remembered in the settings (``export/paper``) beside the other export
choices; until then the locale's territory decides (Letter in the US, Canada, Mexico, the
Philippines and a few more, A4 elsewhere; ``export.paper`` holds the list).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from facilitator_app.export.paper import Paper, paper_for_territory
from facilitator_app.ui.naming import named

PAPER_KEY = "export/paper"


def locale_paper(locale: QLocale | None = None) -> Paper:
    """The paper the locale's territory uses (the system's locale by default)."""
    chosen = locale if locale is not None else QLocale.system()
    return paper_for_territory(QLocale.territoryToCode(chosen.territory()))


def paper_combo(remembered: str = "", locale: QLocale | None = None) -> QComboBox:
    """A combo box of the paper sizes, the remembered one (else the locale's) chosen."""
    combo = named(QComboBox(), "exportPaper")
    combo.addItem(QCoreApplication.translate("PaperChoice", "A4"), Paper.A4.value)
    combo.addItem(QCoreApplication.translate("PaperChoice", "Letter (US)"), Paper.LETTER.value)
    try:
        current = Paper(remembered) if remembered else locale_paper(locale)
    except ValueError:
        current = locale_paper(locale)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo
