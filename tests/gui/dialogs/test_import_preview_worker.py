"""The import preview reads a big file on a worker: progress shows, Stop stops it, and the
dialog answers the keyboard meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from facilitator_app.services.container import Services
from facilitator_app.services.member_import import ImportResult, MemberImportService
from facilitator_app.ui.dialogs.import_members_dialog import ImportMembersDialog
from facilitator_app.ui.dialogs.import_status import IMPORT_STOPPED, STOPPED
from tests.gui.dialogs.accessibility import assert_all_named, assert_mnemonics_sound

ROWS = 150_000


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "members.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("Name,Email\r\n")
        f.writelines(f"Person {n},p{n}@example.org\r\n" for n in range(ROWS))
    return path


@pytest.fixture
def importer(services: Services, tmp_path: Path) -> MemberImportService:
    return MemberImportService(services.store, services.changes, tmp_path / "backups")


@pytest.fixture
def dialog(qtbot, importer: MemberImportService, services: Services) -> ImportMembersDialog:  # type: ignore[no-untyped-def]
    def import_fn(path: Path, mapping: dict | None, good_rows: bool, **options: object) -> ImportResult:
        return importer.import_members(path, mapping=mapping, import_good_rows=good_rows, **options)  # type: ignore[arg-type]

    d = ImportMembersDialog(importer.preview, import_fn, services.groups.list_groups(), None)
    qtbot.addWidget(d)
    d.show()
    return d


def test_a_big_file_shows_progress_and_stop_stops_it(qtbot, dialog: ImportMembersDialog,  # type: ignore[no-untyped-def]
                                                    big_file: Path) -> None:
    progress = dialog.findChild(QProgressBar, "importProgress")
    stop = dialog.findChild(QPushButton, "importStopReading")
    dialog.load_file(big_file)
    assert dialog.reading and progress.isVisible() and stop.isVisible() and stop.isEnabled()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=10_000)
    assert dialog.reading, "the file should take longer to read than this"
    assert dialog.status.text().startswith("Reading members.csv: ")
    assert_all_named(dialog)
    assert_mnemonics_sound(dialog)
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10_000)
    assert not progress.isVisible() and dialog.preview is None and dialog.model.rowCount() == 0
    assert dialog.status.text() == STOPPED and not dialog.import_button.isEnabled()
    # Nothing late arrives from the stopped reading.
    qtbot.wait(300)
    assert dialog.preview is None and dialog.status.text() == STOPPED
    # Reload reads it again, to the end this time.
    assert dialog.reload_button.isEnabled()
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=60_000)
    assert dialog.preview is not None and dialog.preview.count("new") == ROWS
    assert progress.value() == 1000 and not progress.isVisible()
    assert dialog.import_button.isEnabled() and dialog.status.text() == f"Ready: {ROWS:,} rows will be imported."
    assert f"{ROWS:,} rows under the column names" in dialog.findChild(QLabel, "importFileInfo").text()


def test_the_dialog_stays_responsive_while_reading(qtbot, importer: MemberImportService,  # type: ignore[no-untyped-def]
                                                   services: Services, big_file: Path) -> None:
    """The reading is held open until the test lets it go: the dialog must keep answering meanwhile.

    No timing threshold (a shared CI machine would make one flaky): a dialog that read on the GUI
    thread would never get back to the event loop here, and every wait below would time out.
    """
    reading, release = threading.Event(), threading.Event()

    def held_preview(path: Path, mapping: object = None, **options: object) -> object:
        reading.set()
        if not release.wait(timeout=30):
            raise AssertionError("the test never released the reading")
        return importer.preview(path, mapping, **options)  # type: ignore[arg-type]

    dialog = ImportMembersDialog(held_preview, lambda *a, **k: None, services.groups.list_groups(), None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[int] = []
    timer = QTimer(dialog, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    dialog.load_file(big_file)
    timer.start()
    assert reading.wait(timeout=10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10_000)   # the event loop runs during the read
    assert dialog.reading
    # The keyboard still works: the group can be chosen and the path typed while the file is read.
    dialog.group_combo.setFocus()
    qtbot.keyClick(dialog.group_combo, Qt.Key.Key_Down)
    dialog.file_edit.setFocus()
    qtbot.keyClicks(dialog.file_edit, "x")
    assert dialog.file_edit.text().endswith("x")
    release.set()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=60_000)
    timer.stop()
    assert dialog.preview is not None and dialog.preview.count("new") == ROWS


def test_closing_the_dialog_stops_the_reading(qtbot, dialog: ImportMembersDialog, big_file: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.load_file(big_file)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    qtbot.keyClicks(dialog.file_edit, "x")  # focus leaving the changed path as the dialog closes reads nothing
    dialog.reject()
    assert not dialog.reading and not dialog.isVisible()


def test_a_new_reading_replaces_the_one_running(qtbot, dialog: ImportMembersDialog, big_file: Path,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    small = tmp_path / "small.csv"
    small.write_text("Name\nZoë\nSam\n", encoding="utf-8")
    dialog.load_file(big_file)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    dialog.load_file(small)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10_000)
    qtbot.wait(300)  # the replaced reading reports nothing, even late
    assert dialog.preview is not None and dialog.preview.path == small and dialog.preview.total_rows == 2
    assert dialog.file_edit.text() == str(small)


# ------------------------------------------------------------------ the import runs on the worker too
def test_the_import_shows_progress_and_stop_leaves_the_store_as_it_was(  # type: ignore[no-untyped-def]
        qtbot, dialog: ImportMembersDialog, big_file: Path, services: Services) -> None:
    dialog.load_file(big_file)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=60_000)
    dialog.import_button.click()
    assert dialog.reading and dialog.stop_button.text() == "&Stop importing"
    assert not dialog.import_button.isEnabled() and not dialog.file_edit.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    assert dialog.status.text().startswith("Importing: ")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc stops the import; it does not close the dialog
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10_000)
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.status.text() == IMPORT_STOPPED
    assert services.members.list_members() == []
    assert dialog.import_button.isEnabled() and dialog.stop_button.text() == "&Stop reading"


def test_a_large_import_finishes_on_the_worker(qtbot, dialog: ImportMembersDialog, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               services: Services) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Name,Email\n" + "".join(f"Person {n},p{n}@example.org\n" for n in range(20_000)),
                    encoding="utf-8")
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=30_000)
    seen.clear()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert seen and max(seen) == 1000
    assert dialog.findChild(QLabel, "importResult").text().startswith("members.csv: added 20,000 members.")
    assert dialog.import_button.text() == "Close" and not dialog.reading
    assert len(services.members.list_members()) == 20_000
