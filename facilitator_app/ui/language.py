"""The language the app speaks: which one, loading its translations, and the PDFs' wording.

The choice, first that applies: ``FACILITATOR_APP_LANGUAGE`` (e.g. ``es``; handy for one run and
for headless exports), the window's Language menu (``language`` in the window settings; empty or
absent: follow the system), then the system's languages in POSIX order (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``, then ``QLocale.system()``). A language with no translation here falls
through to the next, and English is last.

Translations are Qt Linguist files: ``resources/translations/facilitator_<code>.ts`` (sources,
kept in the repo) built into ``.qm`` files beside them by ``packaging/translations.py``. Qt's own
dialogs use the ``qtbase_<code>.qm`` that PySide6 ships. Every user-visible string in ui/ goes
through ``translate("Context", "Text")`` below (or ``self.tr``), which pyside6-lupdate finds by name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

from facilitator_app.export.wording import Wording, english_plural

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

ENV_VAR = "FACILITATOR_APP_LANGUAGE"
SETTINGS_KEY = "language"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
SOURCE_LANGUAGE = "en"
# The languages the app speaks, each named in itself (the menu shows them so).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "ar": "العربية"}
_APPLIED = "facilitatorLanguage"   # the application property that remembers what was installed


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under a name pyside6-lupdate recognises. A plural (``n`` >= 0)
    that no translation covers is worded in English for its count ("%n row(s)": "1 row", "4 rows")."""
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and found == text.replace("%n", str(n)):
        return english_plural(text, n)
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for the .ts files without translating it (it is translated where it is shown)."""
    return text


# Qt reads the layout direction from this message of the translation (RTL for Arabic).
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


def language_code(tag: str) -> str:
    """"es_ES.UTF-8", "es-MX", "ES" -> "es"; "C" and "POSIX" -> ""."""
    code = tag.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return "" if code in ("c", "posix") else code


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's preferred language codes, most preferred first (POSIX order, then Qt's)."""
    env = os.environ if environ is None else environ
    tags: list[str] = []
    main = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if env.get("LANGUAGE") and language_code(main):   # GNU: LANGUAGE is ignored under the C locale
        tags += env["LANGUAGE"].split(":")
    tags += [env.get("LC_ALL", ""), env.get("LC_MESSAGES", ""), env.get("LANG", "")]
    if environ is None:
        tags += QLocale.system().uiLanguages()
    codes = [language_code(tag) for tag in tags]
    return [code for index, code in enumerate(codes) if code and code not in codes[:index]]


def choose_language(setting: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: the override, the setting, the system's, else English."""
    env = os.environ if environ is None else environ
    override = language_code(env.get(ENV_VAR, ""))
    if override in LANGUAGES:
        return override
    chosen = language_code(setting or "")
    if chosen in LANGUAGES:
        return chosen
    return next((code for code in system_languages(environ) if code in LANGUAGES), SOURCE_LANGUAGE)


def saved_setting(settings: QSettings) -> str:
    """The Language menu's choice in the window settings ("" follows the system)."""
    value = settings.value(SETTINGS_KEY, "")
    return value if isinstance(value, str) else ""


def locale_for(code: str, environ: Mapping[str, str] | None = None) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``code`` (so es_MX keeps its
    own formats), else the language's main locale."""
    if environ is None:
        system = QLocale.system()
        if language_code(system.name()) == code:
            return system
    env = os.environ if environ is None else environ
    for name in (env.get("LC_ALL", ""), env.get("LC_TIME", ""), env.get("LANG", "")):
        if language_code(name) == code:
            return QLocale(name.split(".")[0])
    return QLocale(code)


@dataclass
class Installed:
    """The translators installed on the application (kept so they can be removed again)."""

    code: str
    locale: QLocale
    translators: list[QTranslator]

    @property
    def right_to_left(self) -> bool:
        return self.locale.textDirection() == Qt.LayoutDirection.RightToLeft


def qm_path(code: str) -> Path:
    return TRANSLATIONS / f"facilitator_{code}.qm"


def install(app: QCoreApplication, code: str, locale: QLocale | None = None) -> Installed:
    """Install the app's and Qt's translations for ``code``, its locale as the default for dates
    and numbers, and its direction (Arabic: right to left) on ``app``."""
    locale = locale if locale is not None else locale_for(code)
    translators: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(qm_path(code))):
            translators.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(locale)
    installed = Installed(code, locale, translators)
    _set_direction(app, installed.right_to_left)
    app.setProperty(_APPLIED, code)
    return installed


def uninstall(app: QCoreApplication, installed: Installed) -> None:
    """Back to English, left to right (tests install a language for a while)."""
    for translator in installed.translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    _set_direction(app, False)
    app.setProperty(_APPLIED, None)


def current_language() -> str:
    """The language installed on the running application ("en" when none is)."""
    app = QCoreApplication.instance()
    code = app.property(_APPLIED) if app is not None else None
    return code if isinstance(code, str) and code in LANGUAGES else SOURCE_LANGUAGE


def command_line_language(settings_file: Path | None = None) -> str:
    """The language of a headless export: as the window would choose it, from the same settings."""
    from facilitator_app.paths import resolve_paths

    path = settings_file or resolve_paths().window_settings
    setting = saved_setting(QSettings(str(path), QSettings.Format.IniFormat)) if path.exists() else ""
    return choose_language(setting)


def ensure_installed(app: QCoreApplication, settings: QSettings) -> str:
    """Install the chosen language once per application (the first window decides); its code."""
    current = app.property(_APPLIED)
    if isinstance(current, str) and current:
        return current
    code = choose_language(saved_setting(settings))
    install(app, code)
    return code


def emphasis_font() -> QFont:
    """The font for muted rows (a cancelled session, say): italic, except in a right-to-left
    language, whose scripts have no italics (and whose fonts have no slanted letters)."""
    from PySide6.QtGui import QFont, QGuiApplication

    font = QFont()
    font.setItalic(QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft)
    return font


def _set_direction(app: QCoreApplication, right_to_left: bool) -> None:
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)


# --------------------------------------------------------------------------- dates and the PDFs
# Qt date formats, translated like any text so each language orders and words its dates its own way.
LONG_DATE = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM yyyy")     # Tuesday 1 December 2026
SHORT_DATE = QT_TRANSLATE_NOOP("Dates", "ddd d MMM yyyy")      # Tue 1 Dec 2026
DAY_DATE = QT_TRANSLATE_NOOP("Dates", "d MMM yyyy")            # 1 Dec 2026
DAY_MONTH = QT_TRANSLATE_NOOP("Dates", "d MMM")                 # 1 Dec


def format_date(day: date, form: str, locale: QLocale | None = None) -> str:
    """``day`` in one of the forms above, in the default locale's words (or ``locale``'s)."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), translate("Dates", form))


def document_wording(code: str, locale: QLocale | None = None) -> Wording:
    """The PDFs' wording in ``code``'s language. It loads its own translator rather than using the
    installed ones, so a headless export (no application) words its PDFs like the window."""
    if code == SOURCE_LANGUAGE:
        return Wording()
    where = locale or locale_for(code)
    translator = QTranslator()
    translator.load(str(qm_path(code)))

    def translated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", where.toString(n)) if n >= 0 else found

    def dated(form: str) -> Callable[[date], str]:
        pattern = translated("Dates", form)
        return lambda day: where.toString(QDate(day.year, day.month, day.day), pattern)

    long_date, short_date = dated(LONG_DATE), dated(SHORT_DATE)

    def number(value: int | float) -> str:
        return where.toString(value) if isinstance(value, int) else where.toString(float(value), "f", 1)

    def formatted(pattern: str) -> Callable[[date], str]:   # a fixed pattern: the month's name is the locale's
        return lambda day: where.toString(QDate(day.year, day.month, day.day), pattern)

    return Wording(translate=translated, long_date=long_date,
                   short_date=lambda day: short_date(day) if day else "", number=number, language=code,
                   day_month=formatted("d MMM"), month=formatted("MMM"),
                   right_to_left=where.textDirection() == Qt.LayoutDirection.RightToLeft)
