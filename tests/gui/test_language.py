"""The window in Spanish and Arabic: menus, tabs, Qt's own buttons, plurals, dates, right to left,
and the choice of language (environment, the Settings > Language menu, the system)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox, QTabWidget

from facilitator_app.ui import language
from facilitator_app.ui.formatting import long_date
from facilitator_app.ui.language import Installed, choose_language, install, translate, uninstall
from facilitator_app.ui.main_window import MainWindow
from tests.gui.window_fixtures import open_window

ENGLISH_MENUS = ["&File", "&Edit", "View", "&Group", "&Session", "&Help"]
ENGLISH_TABS = ["&Attendance", "&Check-ins", "&Notes", "Hand&outs", "&Roster"]


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Install a language on the application for one test, and English again afterwards."""
    installed: list[Installed] = []

    def speak(code: str) -> Installed:
        installed.append(install(qapp, code))
        return installed[-1]

    yield speak
    for each in installed:
        uninstall(qapp, each)


def chooser_in(menu: QMenu) -> bool:
    return any(action.menu() is not None and action.menu().objectName() == "languageMenu" for action in menu.actions())


def menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tabs(window: MainWindow) -> list[str]:
    widget = window.findChild(QTabWidget, "sessionTabs")
    return [widget.tabText(index) for index in range(widget.count())]


def test_in_english_the_window_reads_as_before(qtbot, store_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, store_file, tmp_path)
    assert menus(window) == ENGLISH_MENUS and tabs(window) == ENGLISH_TABS
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_in_spanish_the_menus_tabs_and_qt_buttons_change(qtbot, speaking, store_file: Path,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    speaking("es")
    window = open_window(qtbot, store_file, tmp_path)
    assert menus(window) == ["&Archivo", "&Editar", "Ver", "&Grupo", "&Sesión", "Ay&uda"]
    assert tabs(window) == ["&Asistencia", "&Check-ins", "&Notas", "F&olletos", "&Miembros"]
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    group_menu = window.menuBar().actions()[3].menu()
    assert isinstance(group_menu, QMenu)
    assert "&Nuevo grupo…" in [action.text() for action in group_menu.actions()]
    # Qt's own dialogs use Qt's shipped Spanish.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_in_arabic_the_window_mirrors_and_speaks_arabic(qtbot, speaking, store_file: Path,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path, qapp: QApplication) -> None:
    installed = speaking("ar")
    assert installed.right_to_left
    window = open_window(qtbot, store_file, tmp_path)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert menus(window)[0] == "ملف (&F)" and tabs(window)[0] == "الحضور (&A)"
    assert all(text not in menus(window) + tabs(window) for text in ENGLISH_MENUS + ENGLISH_TABS)


@pytest.mark.parametrize(("code", "counts"), [
    ("es", {1: "1 visitante", 2: "2 visitantes", 11: "11 visitantes"}),
    ("ar", {0: "لا زوار", 1: "زائر واحد", 2: "زائران", 3: "3 زوار", 11: "11 زائرًا", 100: "100 زائر"}),
    ("en", {1: "1 visitor", 2: "2 visitors"}),
])
def test_plurals_take_each_languages_forms(speaking, code: str, counts: dict[int, str]) -> None:  # type: ignore[no-untyped-def]
    speaking(code)
    for count, expected in counts.items():
        assert translate("AttendancePanel", "%n visitor(s)", "", count) == expected


def test_dates_follow_the_language(speaking) -> None:  # type: ignore[no-untyped-def]
    day = date(2026, 12, 1)
    assert long_date(day) == "Tuesday 1 December 2026"
    speaking("es")
    assert long_date(day) == "martes 1 de diciembre de 2026"


@pytest.mark.parametrize(("environ", "setting", "expected"), [
    ({"LANG": "es_ES.UTF-8"}, "", "es"),
    ({"LANG": "ar_EG.UTF-8"}, "", "ar"),
    ({"LC_ALL": "es_MX.UTF-8", "LANG": "en_GB.UTF-8"}, "", "es"),
    ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:ar"}, "", "ar"),
    ({"LANG": "de_DE.UTF-8"}, "", "en"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "es"}, "", "en"),
    ({"LANG": "es_ES.UTF-8"}, "ar", "ar"),
    ({"LANG": "es_ES.UTF-8", language.ENV_VAR: "en"}, "ar", "en"),
])
def test_the_language_follows_the_system_unless_chosen(environ: dict[str, str], setting: str, expected: str) -> None:
    assert choose_language(setting, environ) == expected


def test_the_language_menu_keeps_the_choice_for_next_time(qtbot, store_file: Path,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    window = open_window(qtbot, store_file, tmp_path)
    view_menu = window.findChild(QMenu, "viewMenu")
    assert view_menu is not None and chooser_in(view_menu)
    chooser = window.findChild(QMenu, "languageMenu")
    names = [action.text().replace("&", "") for action in chooser.actions() if not action.isSeparator()]
    assert names == ["Follow the system", "English", "Español", "العربية (A)"]
    spanish = next(action for action in chooser.actions() if action.objectName() == "languageEsAction")
    spanish.trigger()
    notice = window.findChild(QMessageBox, "languageNotice")
    assert notice is not None and "next time" in notice.text()
    assert spanish.isChecked()
    assert QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat).value(language.SETTINGS_KEY) == "es"
    assert choose_language(language.saved_setting(QSettings(str(tmp_path / "window.ini"),
                                                            QSettings.Format.IniFormat)), {"LANG": "C"}) == "es"


@pytest.mark.parametrize(("code", "expected"), [
    ("es", ["Resumen de la sesión", "Asistencia", "Folletos entregados", "Página 1 de 1", "Generado el"]),
    ("en", ["Session summary", "Attendance", "Handouts given", "Page 1 of 1", "Produced"])])
def test_a_pdf_speaks_the_chosen_language(store_file: Path, tmp_path: Path, code: str, expected: list[str]) -> None:
    """Headless too: the wording comes from the .qm without an installed translator."""
    from pypdf import PdfReader

    from facilitator_app.export.document import Organisation
    from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary
    from facilitator_app.services.container import build_services
    from facilitator_app.storage.store import open_store
    from facilitator_app.ui.language import document_wording

    with open_store(store_file) as store:
        services = build_services(store)
        group = services.groups.list_groups()[0]
        meeting = services.meetings.list_meetings(group.id)[0]
        organisation = Organisation("Millbrook", wording=document_wording(code))
        result = export_session_summary(services, SessionSummaryOptions(meeting.id, organisation=organisation),
                                        tmp_path / "summary.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(result.path).pages)
    assert all(words in text for words in expected), text


@pytest.mark.parametrize(("code", "month_table", "axis", "foreign"),
                         [("es", "sept 2026", "26 sept", ("Sep 2026", "26 Sep", "Oct")),
                          ("en", "Sep 2026", "26 Sep", ("sept", "oct"))])
def test_a_group_reports_months_and_chart_speak_the_language(tmp_path: Path, code: str, month_table: str,
                                                             axis: str, foreign: tuple[str, ...]) -> None:
    """The month-by-month table and the charts' axes name months in the document's language."""
    import subprocess
    from datetime import date

    from facilitator_app.export.document import Organisation
    from facilitator_app.export.group_report import GroupReportOptions, export_group_report
    from facilitator_app.services.container import build_services
    from facilitator_app.services.sample_data import build_sample_store
    from facilitator_app.storage.store import open_store
    from facilitator_app.ui.language import document_wording

    path = tmp_path / "sample.sqlite3"
    build_sample_store(path, scale="small", seed=1, today=date(2026, 12, 5), passphrase="sample passphrase")
    with open_store(path, passphrase="sample passphrase") as store:
        services = build_services(store)
        group = next(g for g in services.groups.list_groups()
                     if any(m.date == date(2026, 9, 26) for m in services.meetings.list_meetings(g.id)))
        options = GroupReportOptions(group.id, date(2026, 8, 1), date(2026, 10, 31),
                                     organisation=Organisation("Millbrook", wording=document_wording(code)))
        result = export_group_report(services, options, tmp_path / "report.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(result.path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert month_table in text and axis in text, text
    assert not [words for words in foreign if words in text], text
