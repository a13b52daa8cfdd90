"""The house style and the file writing every export shares."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator_app.errors import ExportError
from facilitator_app.export import document
from facilitator_app.export.document import (
    CONFIDENTIAL,
    DocumentInfo,
    atomic_write,
    check_target,
    export_story,
    render,
    write_bytes,
)
from facilitator_app.export.group_report import GroupReportOptions, export_group_report
from facilitator_app.export.paper import Paper
from facilitator_app.export.progress import ExportCancelled, Steps
from facilitator_app.export.style import FONT, FONT_DIR, para, styles
from facilitator_app.services.container import Services
from tests.unit.export.pdfs import MAIN_GROUP, TODAY, pdftotext, qpdf_ok


def _story(text: str = "Zoë, Łukasz, Søren, Nguyễn Văn An", repeat: int = 3) -> list:
    return [flowable for _ in range(repeat) for flowable in (para("Title", styles().title), para(text))]


def test_names_in_any_latin_script_come_back_as_written(tmp_path: Path) -> None:
    target = tmp_path / "names.pdf"
    write_bytes(target, render(DocumentInfo("Names", "test", produced_on=TODAY), _story()).data)
    text = pdftotext(target)
    for name in ("Zoë", "Łukasz", "Søren", "Nguyễn Văn An"):
        assert name in text
    fonts = {str(f.get("/BaseFont", "")) for page in PdfReader(target).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any(FONT in font for font in fonts)   # embedded DejaVu Sans, not Helvetica
    qpdf_ok(target)


def test_the_font_and_its_licence_ship_with_the_package() -> None:
    assert (FONT_DIR / "DejaVuSans.ttf").stat().st_size > 100_000
    assert (FONT_DIR / "DejaVuSans-Bold.ttf").stat().st_size > 100_000
    assert "Bitstream" in (FONT_DIR / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_user_text_is_escaped_not_markup(tmp_path: Path) -> None:
    target = tmp_path / "markup.pdf"
    sneaky = 'Sam <b>bold</b> & <font color="red">red</font> <br/> <unclosed'
    write_bytes(target, render(DocumentInfo("Escaping", "test"), _story(sneaky)).data)
    assert sneaky in pdftotext(target).replace("\n", " ")


def test_header_footer_page_numbers_and_metadata(tmp_path: Path) -> None:
    target = tmp_path / "house.pdf"
    info = DocumentInfo("Group report", "A group, Sep to Feb", organisation="Millbrook Mind",
                        produced_on=date(2026, 3, 2), confidential=True)
    rendered = render(info, _story(repeat=120))
    write_bytes(target, rendered.data)
    pages = pdftotext(target).split("\f")[:-1]
    assert len(pages) == rendered.pages > 1
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Millbrook Mind" in page and "Group report" in page and "Produced Mon 2 Mar 2026" in page
        assert CONFIDENTIAL in page
    meta = PdfReader(target).metadata
    assert (meta.title, meta.author, meta.subject, meta.creator) == (
        "Group report: A group, Sep to Feb", "Millbrook Mind", "A group, Sep to Feb", "Facilitator")
    plain = tmp_path / "plain.pdf"
    write_bytes(plain, render(DocumentInfo("Group report", "x"), _story()).data)
    assert CONFIDENTIAL not in pdftotext(plain)


def test_continuation_pages_say_what_the_document_is_about_and_the_header_is_read_first(tmp_path: Path) -> None:
    target = tmp_path / "running.pdf"
    info = DocumentInfo("Session summary", "Thursday Circle, Thu 5 Mar 2026", organisation="Millbrook Mind",
                        produced_on=date(2026, 3, 2))
    write_bytes(target, render(info, _story(repeat=120)).data)
    pages = pdftotext(target).split("\f")[:-1]
    assert len(pages) > 2
    assert "Thursday Circle, Thu 5 Mar 2026" not in pages[0]   # the first page's title block says it
    for page in pages[1:]:
        assert "Session summary · Thursday Circle, Thu 5 Mar 2026" in page
    # In drawing order (what a screen reader follows on an untagged PDF) each page begins with its header.
    for page in PdfReader(target).pages:
        assert page.extract_text().lstrip().startswith("Millbrook Mind")
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "en-GB"
    welsh = tmp_path / "welsh.pdf"
    write_bytes(welsh, render(DocumentInfo("Crynodeb", "x", language="cy"), _story()).data)
    assert PdfReader(welsh).trailer["/Root"]["/Lang"] == "cy"


def test_closing_lines_stay_with_the_last_section(tmp_path: Path) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from facilitator_app.export.document import with_closing

    st = styles()
    info = DocumentInfo("Session summary", "x")
    frame = info.pagesize[1] - 42 * mm
    # The last section fits at the foot of page 1; its closing line would not, and would sit alone on page 2.
    story = [Spacer(1, frame - 62), para("Handouts given", st.h2), para("No handouts were recorded.")]
    closing = [Spacer(1, 6 * mm), para("Names shown as: initials.", st.small)]
    target = tmp_path / "alone.pdf"
    write_bytes(target, render(info, [*story, *closing]).data)
    alone = pdftotext(target).split("\f")
    assert "Names shown as" in alone[1] and "Handouts given" not in alone[1]   # the fault, as it was
    write_bytes(target, render(info, with_closing(story, closing)).data)
    kept = pdftotext(target).split("\f")
    assert "Names shown as" in kept[1] and "Handouts given" in kept[1] and "No handouts were recorded." in kept[1]


def test_a_last_section_longer_than_a_page_starts_where_it_is(tmp_path: Path) -> None:
    from facilitator_app.export.document import with_closing

    st = styles()
    story = [para("Group report", st.title), para("Sessions", st.h2),
             *[para(f"Session {k}: a line of the table.") for k in range(120)]]
    target = tmp_path / "long.pdf"
    write_bytes(target, render(DocumentInfo("Group report", "x"), with_closing(
        story, [para("Names shown as: headcount only.", st.small)])).data)
    pages = pdftotext(target).split("\f")
    assert "Sessions" in pages[0] and "Session 0:" in pages[0]   # no page left blank under the title
    assert "Names shown as" in pages[-2] and "Session 119:" in pages[-2]


def test_letter_and_a4(tmp_path: Path) -> None:
    for paper, size in ((Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))):
        for turned in (False, True):
            target = tmp_path / f"{paper}-{turned}.pdf"
            write_bytes(target, render(DocumentInfo("Sheet", "x", paper=paper, landscape=turned), _story()).data)
            box = PdfReader(target).pages[0].mediabox
            assert (round(box.width), round(box.height)) == (size[::-1] if turned else size)


def test_a_missing_folder_or_a_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        check_target(tmp_path / "nowhere" / "x.pdf")
    with pytest.raises(ExportError, match="is a folder"):
        check_target(tmp_path)


def test_a_full_disk_leaves_no_partial_file_and_the_old_file_as_it_was(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"last month's report")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(document.os, "fsync", full)
    with pytest.raises(ExportError, match="The disk is full") as caught:
        write_bytes(target, b"%PDF- new report")
    assert "no partial file" in str(caught.value) and "\n" not in str(caught.value)
    assert target.read_bytes() == b"last month's report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_full_disk_during_a_real_export(sample: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    group = sample.groups.find_group(MAIN_GROUP)

    def full(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    real_open = open

    class FullFile:
        def __init__(self, handle):  # noqa: ANN001
            self._handle = handle

        def __enter__(self):  # noqa: ANN204
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

        def write(self, data: bytes) -> int:
            self._handle.write(data[:100])   # a little goes to disk, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(document, "open", lambda path, mode: FullFile(real_open(path, mode)), raising=False)
    with pytest.raises(ExportError, match="The disk is full"):
        export_group_report(sample, GroupReportOptions(group.id, date(2025, 9, 1), date(2026, 2, 28)),
                            tmp_path / "report.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_bug_while_writing_also_leaves_nothing(tmp_path: Path) -> None:
    def broken(handle: object) -> None:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        atomic_write(tmp_path / "x.pdf", broken)   # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_permission_refused_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(document.os, "replace", refused)
    with pytest.raises(ExportError, match="permission was refused"):
        write_bytes(tmp_path / "x.pdf", b"%PDF-")
    assert list(tmp_path.iterdir()) == []


def test_cancel_is_checked_while_laying_out(tmp_path: Path) -> None:
    answers = iter([False] * 5 + [True] * 1000)
    steps = Steps(2, should_cancel=lambda: next(answers))
    with pytest.raises(ExportCancelled) as caught:
        export_story(DocumentInfo("Long", "x"), _story(repeat=150), tmp_path / "long.pdf", steps)
    assert "cancelled" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end(sample: Services, tmp_path: Path) -> None:
    group = sample.groups.find_group(MAIN_GROUP)
    seen: list[tuple[int, int]] = []
    export_group_report(sample, GroupReportOptions(group.id, date(2025, 9, 1), date(2026, 2, 28)),
                        tmp_path / "r.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)


def test_exports_import_no_qt() -> None:
    import subprocess
    import sys

    code = ("import sys\nimport facilitator_app.cli_export, facilitator_app.export.csv_export, "
            "facilitator_app.export.handout_pack, facilitator_app.export.group_report, "
            "facilitator_app.export.member_record, facilitator_app.export.sign_in_sheet, "
            "facilitator_app.services.reports\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[3])


def test_the_cli_module_does_not_load_reportlab_until_an_export_runs() -> None:
    import subprocess
    import sys

    code = ("import sys\nimport facilitator_app.cli_export\n"
            "assert 'reportlab' not in sys.modules and 'pypdf' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[3])
