"""The words and date formats the PDFs print, in the reader's language, without Qt.

export/ never imports PySide6, so the documents do not call Qt's translators themselves: they are
handed a ``Wording`` (on ``Organisation.wording``) whose ``translate`` the composition root fills
with a QTranslator-backed function (ui/language.py) and whose date and number formats come from
the chosen QLocale. The default is English with the formats the documents always had, so a
caller that passes nothing gets the English PDFs.

Each printed phrase is written at its use as ``wording.translate("Context", "Phrase")`` (plurals:
``wording.translate("Context", "%n page(s)", "", n)``): pyside6-lupdate finds these calls by
name, so the phrase reaches the .ts files (packaging/translations.py) like the window's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from facilitator_app.domain.text import MONTHS, long_date, short_date


class Translate(Protocol):
    """Qt's ``QCoreApplication.translate`` signature: the context, the English text, an optional
    disambiguation and, for a plural, the count that ``%n`` stands for."""

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


_PLURAL_ENDING = re.compile(r"(?<=[A-Za-z])\(([a-z]+)\)")
_CHOICE = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def english_plural(text: str, n: int) -> str:
    """The English source of a plural message for the count ``n``: "%n row(s)" -> "1 row", "4 rows".

    Plural sources end each countable word in "(s)" (or "(es)") and write other words that follow
    the count as "[is|are]", so English needs no translation file.
    """
    counted = _PLURAL_ENDING.sub(lambda match: "" if n == 1 else match.group(1), text.replace("%n", f"{n:,}"))
    return _CHOICE.sub(lambda match: match.group(1 if n == 1 else 2), counted)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """No translation: the English text, a plural worded for its count."""
    return english_plural(text, n) if n >= 0 else text


def _day_month(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def _month(day: date) -> str:
    return MONTHS[day.month - 1][:3]


def _number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


@dataclass(frozen=True)
class Wording:
    """How a document words itself: the translation, date and number formats, and its language.

    ``language`` is the BCP 47 tag written into the PDF's metadata (e.g. "es", "ar");
    ``right_to_left`` says the language is written right to left.
    """

    translate: Translate = english
    long_date: Callable[[date], str] = long_date    # "Tuesday 1 December 2026"
    short_date: Callable[[date | None], str] = short_date    # "Tue 1 Dec 2026"
    number: Callable[[int | float], str] = _number
    day_month: Callable[[date], str] = _day_month    # "1 Dec", a chart's axis
    month: Callable[[date], str] = _month    # "Dec"
    language: str = "en"
    right_to_left: bool = False


ENGLISH = Wording()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks a phrase kept in a table (an export kind's label, say) for the .ts files; the code that
    shows it translates it there, with the same context."""
    return text
