"""Issue 11 end to end, as a data-protection lead would check it: an encrypted sample store made by
the command line, a note naming a member typed into the window, every export at initials and
headcount level searched for any form of that name, Ctrl+L and the passphrase, and the audit trail
verified afterwards."""

from __future__ import annotations

import re
import stat
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from facilitator_app.cli import main
from facilitator_app.storage import keys_source
from tests.gui.test_lock import field, press_ctrl_l, type_passphrase, visible_data_widgets
from tests.gui.window_fixtures import open_window
from tests.helpers.sqlite_files import connect as keyed_connect

MEMBER_FULL, MEMBER_PREFERRED = "Ash Yılmaz", "Ash"   # in the seed-1 sample store
# A facilitator's ways of writing that name: full, surname alone, any case, without the dotless ı,
# with a possessive.
NOTE = "Ash Yılmaz came early. Yilmaz's sister drove; we heard from ASH and from yılmaz again."
FORBIDDEN = re.compile(r"\b(ash|yilmaz)\b")


def folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def leaks(text: str) -> set[str]:
    return set(FORBIDDEN.findall(folded(text)))


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    parts = [page.extract_text() for page in reader.pages]
    parts += [item.title for item in reader.outline if hasattr(item, "title")]
    parts += [str(value) for value in (reader.metadata or {}).values()]
    return "\n".join(parts)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "sample.sqlite3"
    assert main(["--db", str(path), "demo-data", "--seed", "1"]) == 0
    return path


def write_the_note(qtbot, path: Path, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """Types NOTE into the window's note editor, then Ctrl+L and the passphrase; returns the
    session's date (the note is saved when the window closes, if not before)."""
    window = open_window(qtbot, path, tmp_path)
    window.show_tab(2)  # Notes
    editor = window.findChild(QPlainTextEdit, "noteEditor")
    qtbot.waitUntil(editor.isVisible)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.insertPlainText(NOTE)  # typed as a paste would be: the names are not ASCII

    press_ctrl_l(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "lockScreen").isVisible())
    assert not [w for w in visible_data_widgets() if w is not field(window)]
    assert "Ash" not in window.windowTitle() and not leaks(window.windowTitle())
    type_passphrase(qtbot, window, keys_source_passphrase())
    qtbot.waitUntil(lambda: not window.findChild(QWidget, "lockScreen").isVisible())
    assert NOTE in editor.toPlainText()  # the typing survived the lock
    window.close()
    QApplication.processEvents()
    with keyed_connect(path) as conn:
        rows = conn.execute("SELECT m.date FROM session_notes n JOIN meetings m ON m.id = n.meeting_id "
                            "WHERE n.free_text LIKE ?", (f"%{NOTE[:20]}%",)).fetchall()
    assert len(rows) == 1, rows
    return str(rows[0][0])


def keys_source_passphrase() -> str:
    import os

    return os.environ[keys_source.ENV_PASSPHRASE]


def test_a_named_member_never_leaves_at_initials_or_headcount(qtbot, sample: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = sample.parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in folder.iterdir():
        if file.is_file():
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    day = write_the_note(qtbot, sample, tmp_path)
    for file in folder.rglob("*"):
        if file.is_file():
            # Random bytes hold "ash" now and then: at rest, look for the surname and the note.
            data = file.read_bytes().lower()
            for form in ("yılmaz", "yilmaz", "came early"):
                assert form.encode("utf-8") not in data and form.encode("utf-16-le") not in data, (file, form)

    with keyed_connect(sample) as conn:
        group = conn.execute("SELECT g.name FROM meetings m JOIN groups g ON g.id = m.group_id "
                             "WHERE m.date = ?", (day,)).fetchone()[0]
    out = tmp_path / "exports"
    out.mkdir()
    db = ["--db", str(sample)]
    made: list[Path] = []
    for level in ("initials", "none"):
        runs = {
            f"summary-{level}.pdf": ["session-summary", "--group", group, "--session", day, "--notes",
                                     "--include-words", "--names", level],
            f"report-{level}.pdf": ["group-report", "--group", group, "--from", "2000-01-01",
                                    "--to", "2100-01-01", "--names", level],
            **{f"{table}-{level}.csv": ["csv", table, "--group", group, "--names", level]
               for table in ("attendance", "members", "checkins")
               if (table, level) != ("members", "none")},  # a member list at headcount is refused
        }
        for name, command in runs.items():
            assert main([*db, "export", *command, "-o", str(out / name)]) == 0, name
            made.append(out / name)
    assert main([*db, "export", "handout-pack", "--group", group, "--session", day, "-o", str(out / "pack.pdf")]) == 0
    made.append(out / "pack.pdf")  # at headcount level by default
    # The sign-in sheet is at first-name level (people find their own line): the first name is on it,
    # the surname never.
    assert main([*db, "export", "sign-in-sheet", "--group", group, "-o", str(out / "sheet.pdf")]) == 0
    assert leaks(pdf_text(out / "sheet.pdf")) <= {"ash"}
    said = capsys.readouterr().out
    assert "Replaced" in said  # a headless export says how many names it replaced

    for path in made:
        text = pdf_text(path) if path.suffix == ".pdf" else path.read_text(encoding="utf-8")
        assert not leaks(text), (path.name, leaks(text))
    # The test could see the name: at full-name level the note's words are there.
    assert main([*db, "export", "session-summary", "--group", group, "--session", day, "--notes",
                 "--names", "full", "-o", str(out / "full.pdf")]) == 0
    assert leaks(pdf_text(out / "full.pdf")) == {"ash", "yilmaz"}

    capsys.readouterr()
    assert main([*db, "db", "audit", "verify"]) == 0
    assert main([*db, "db", "audit", "show"]) == 0
    shown = capsys.readouterr().out
    assert "export.session_summary" in shown and not leaks(shown)


def test_a_changed_audit_event_is_found(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(sample)]
    out = sample.parent / "sheet.pdf"
    group = "Tuesday Evening Peer Support"
    for _ in range(3):
        assert main([*db, "export", "sign-in-sheet", "--group", group, "-o", str(out)]) == 0
    assert main([*db, "db", "audit", "verify"]) == 0
    with keyed_connect(sample) as conn:
        rows = conn.execute("SELECT rowid, action FROM audit_events ORDER BY rowid").fetchall()
        assert len(rows) >= 3
        conn.execute("UPDATE audit_events SET action = 'export.group_report' WHERE rowid = ?", (rows[1][0],))
        conn.commit()
    capsys.readouterr()
    assert main([*db, "db", "audit", "verify"]) != 0
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    assert said.out.strip() or said.err.strip()


def test_the_lock_keys_work_without_a_mouse(qtbot, sample: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, sample, tmp_path)
    press_ctrl_l(qtbot, window)
    qtbot.waitUntil(lambda: field(window).hasFocus())
    assert field(window).echoMode() != field(window).echoMode().Normal
    qtbot.keyClicks(field(window), "not it at all")
    qtbot.keyClick(field(window), Qt.Key.Key_Return)
    assert window.findChild(QWidget, "lockScreen").isVisible()
