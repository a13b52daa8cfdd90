"""The paper a PDF is laid out for: A4, or US Letter where that is what the printers hold.

The default follows the place the computer is set up for: the window asks Qt's locale for its
territory, the command line reads the C library's locale variables (``LC_ALL``, ``LC_PAPER``,
``LANG``, in the order the C library honours them). Qt-free and cheap to import (no reportlab).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from enum import StrEnum


class Paper(StrEnum):
    """The paper sizes a document can be laid out for; the values are the CLI's ``--paper`` choices."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return {"a4": "A4", "letter": "Letter"}[self.value]


# Territories (ISO 3166 codes) whose printers hold US Letter, as glibc's LC_PAPER has them.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "PR", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "SV",
                                "VE", "BZ"})
_LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")


def paper_for_territory(territory: str) -> Paper:
    """Letter in the territories that use it (``"US"``, ``"ca"``...), A4 everywhere else."""
    return Paper.LETTER if territory.strip().upper() in LETTER_TERRITORIES else Paper.A4


def territory_of(locale_name: str) -> str:
    """'en_US.UTF-8' -> 'US'; 'fr_CA@euro' -> 'CA'; '' for 'C', 'POSIX' or a bare language."""
    name = locale_name.split(".")[0].split("@")[0]
    _language, sep, territory = name.replace("-", "_").partition("_")
    return territory.upper() if sep else ""


def default_paper(environ: Mapping[str, str] | None = None) -> Paper:
    """The paper of the locale the environment sets (the first of LC_ALL, LC_PAPER, LANG that is set);
    A4 when none names a territory."""
    env = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = env.get(variable, "")
        if value:
            territory = territory_of(value)
            return paper_for_territory(territory) if territory else Paper.A4
    return Paper.A4


def parse_paper(value: str | Paper | None) -> Paper:
    """A paper size by its name (any case); None gives the environment's default."""
    if value is None or value == "":
        return default_paper()
    return Paper(str(value).strip().lower())


def chosen_paper(choices: Mapping[str, object]) -> Paper:
    """The export dialog's paper choice (A4 when it offers none)."""
    return Paper(str(choices.get("paper") or Paper.A4))
