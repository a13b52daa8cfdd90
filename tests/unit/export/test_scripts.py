"""Every name prints, in every script (issue 12): real PDFs read back with pdftotext and checked font by font.

Names imported from a CSV file print on a sign-in sheet, a session summary and a member record;
the copied-out text reads in logical order (pdftotext, plain and -layout), and every character is
drawn in a font that has a glyph for it (each font's ToUnicode map against the shipped font's
own character map), so nothing prints as an empty box.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen import canvas

from facilitator_app.domain.enums import AttendanceStatus
from facilitator_app.export import shaping
from facilitator_app.export.document import DocumentInfo, Organisation, render
from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack
from facilitator_app.export.member_record import MemberRecordOptions, export_member_record
from facilitator_app.export.privacy import NameLevel
from facilitator_app.export.recovery_sheet import write_recovery_sheet
from facilitator_app.export.session_summary import SessionSummaryOptions, export_session_summary
from facilitator_app.export.sign_in_sheet import SignInSheetOptions, export_sign_in_sheet
from facilitator_app.export.style import FONT, FONT_DIR, markup, para, styles
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import HandoutDraft
from facilitator_app.services.member_import import MemberImportService
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.unit.export.pdfs import (
    font_names,
    layout_text,
    metadata_text,
    nfc,
    outline_titles,
    pdftotext,
    qpdf_ok,
)

ARABIC = ("محمد الأحمد", "فاطمة الزهراء")
HEBREW = ("שרה כהן",)
CJK = ("李小龍", "王芳")
LATIN = ("Nguyễn Thị Ánh", "Trần Văn Đức", "Zoë Łukasz")
NAMES = (*CJK, *ARABIC, *HEBREW, *LATIN)
GROUP = "Evening Circle"
SESSION = date(2026, 2, 3)


@pytest.fixture
def world(store: Store, services: Services, tmp_path: Path) -> Services:
    """A group whose members were imported from a CSV file, one held session they all came to."""
    group = services.groups.create_group(weekly_draft(GROUP))
    csv_file = tmp_path / "members.csv"
    csv_file.write_text("Name\n" + "\n".join(NAMES) + "\n", encoding="utf-8")
    result = MemberImportService(store, services.changes).import_members(csv_file, group.id,
                                                                         joined_on=date(2026, 1, 1))
    assert result.added == len(NAMES) and result.rejected == ()
    meeting = services.meetings.create_meeting(group.id, SESSION)
    for member in services.members.list_members():
        services.attendance.set_status(meeting.id, member.id, AttendanceStatus.PRESENT)
    return services


def _member(services: Services, name: str) -> object:
    return next(m for m in services.members.list_members() if m.preferred_name == name)


# --------------------------------------------------------------------------- fonts against glyphs
@cache
def _shipped() -> frozenset[str]:
    """The PostScript names of the shipped fonts."""
    return frozenset(TTFontFile(str(path)).name.decode("latin-1") for path in FONT_DIR.glob("*.ttf"))


def glyph_problems(path: Path) -> list[str]:
    """Every piece of text drawn with no glyph (an empty box on paper), and every font that is not
    shipped. reportlab draws a character its font lacks as code 0 of the font's first subset, the
    .notdef glyph: the box."""
    problems = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        fonts = (page.get("/Resources") or {}).get_object().get("/Font") or {}
        names = {str(key): str(font.get_object()["/BaseFont"]).split("+")[-1].lstrip("/")
                 for key, font in fonts.items()}
        problems += [f"{name}: not a shipped font" for name in names.values() if name not in _shipped()]
        current = ""
        for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"Tf":
                current = str(operands[0])
            elif operator in (b"Tj", b"TJ", b"'", b'"'):
                strings = operands[0] if operator == b"TJ" else operands[-1:]
                drawn = b"".join(item if isinstance(item, bytes) else getattr(item, "original_bytes", b"")
                                 for item in strings)
                if current.endswith("+0") and b"\x00" in drawn:
                    problems.append(f"page {number}: a box in {names.get(current, current)}")
    return problems


def test_the_glyph_check_finds_boxes(tmp_path: Path) -> None:
    """Chinese set in DejaVu Sans alone (what every PDF did before) is caught."""
    styles()   # registers DejaVu Sans
    target = tmp_path / "boxes.pdf"
    page = canvas.Canvas(str(target), initialFontName=FONT)
    page.setFont(FONT, 12)
    page.drawString(72, 720, "李小龍")
    page.save()
    assert glyph_problems(target) == ["page 1: a box in DejaVuSans"]


# --------------------------------------------------------------------------- the three documents
def _check_names(target: Path, names: tuple[str, ...] = NAMES) -> str:
    qpdf_ok(target)
    text = pdftotext(target)
    missing = [name for name in names if nfc(name) not in text]
    assert missing == [], f"not read back in logical order: {missing}\n{text}"
    layout = "\n".join(layout_text(target, page + 1) for page in range(len(PdfReader(target).pages)))
    assert [name for name in names if nfc(name) not in layout] == []
    assert glyph_problems(target) == []
    return text


def test_sign_in_sheet_prints_every_script(world: Services, tmp_path: Path) -> None:
    group = world.groups.find_group(GROUP)
    target = tmp_path / "sheet.pdf"
    export_sign_in_sheet(world, SignInSheetOptions(group.id, sessions=2, today=date(2026, 3, 2)), target)
    _check_names(target)
    assert {"DejaVuSans", "NotoSansArabic-Regular", "NotoSansHebrew-Regular", "DroidSansFallback"} \
        <= font_names(target)


def test_session_summary_prints_every_script(world: Services, tmp_path: Path) -> None:
    group = world.groups.find_group(GROUP)
    meeting = next(m for m in world.meetings.list_meetings(group.id) if m.date == SESSION)
    target = tmp_path / "summary.pdf"
    export_session_summary(world, SessionSummaryOptions(meeting.id, names=NameLevel.FULL), target)
    _check_names(target)


def test_session_summary_initials_in_every_script(world: Services, tmp_path: Path) -> None:
    group = world.groups.find_group(GROUP)
    meeting = next(m for m in world.meetings.list_meetings(group.id) if m.date == SESSION)
    target = tmp_path / "summary.pdf"
    export_session_summary(world, SessionSummaryOptions(meeting.id, names=NameLevel.INITIALS), target)
    text = pdftotext(target)
    for initials in ("李.", "王.", "N.T.Á.", "T.V.Đ.", "Z.Ł."):
        assert initials in text, initials
    assert {"م", "ا", "ف", "ש", "כ"} <= set(text)
    for name in NAMES:
        assert nfc(name) not in text
    assert glyph_problems(target) == []


@pytest.mark.parametrize("name", [ARABIC[0], HEBREW[0], CJK[0], LATIN[0]])
def test_member_record_prints_the_member_in_their_script(world: Services, tmp_path: Path, name: str) -> None:
    target = tmp_path / "record.pdf"
    export_member_record(world, MemberRecordOptions(_member(world, name).id), target)   # type: ignore[attr-defined]
    _check_names(target, (name,))
    assert nfc(name) in metadata_text(target)   # the title names the member, in logical order


# --------------------------------------------------------------------------- every drawing path
def test_headers_titles_and_metadata_in_every_script(tmp_path: Path) -> None:
    """The running header (canvas.drawString), a table, bold and italic markup, and the title."""
    st = styles()
    info = DocumentInfo(title=f"Sign-in {CJK[0]}", subject=ARABIC[0], organisation=f"{HEBREW[0]} {CJK[1]}")
    story = [para(ARABIC[1], st.title), markup(f"<b>{ARABIC[0]}</b> and <i>{HEBREW[0]} (Sarah)</i>"),
             markup(f"<b><i>{CJK[0]}</i></b>")]
    target = tmp_path / "mixed.pdf"
    target.write_bytes(render(info, story).data)
    text = pdftotext(target)
    for expected in (ARABIC[0], ARABIC[1], HEBREW[0], CJK[0], CJK[1]):
        assert expected in text, expected
    assert {"NotoSansArabic-Bold", "NotoSansHebrew-Regular", "DejaVuSans-Oblique"} <= font_names(target)
    meta = metadata_text(target)
    assert CJK[0] in meta and ARABIC[0] in meta and HEBREW[0] in meta
    assert glyph_problems(target) == []


def test_italic_is_a_real_oblique_face(tmp_path: Path) -> None:
    target = tmp_path / "italic.pdf"
    target.write_bytes(render(DocumentInfo("Italic", ""), [markup("<i>Gentle</i> and <b><i>bold</i></b>")]).data)
    assert {"DejaVuSans-Oblique", "DejaVuSans-BoldOblique"} <= font_names(target)


def test_arabic_is_joined_and_right_to_left() -> None:
    """The drawn glyphs are contextual forms in visual order: the last letter of محمد on the left."""
    runs = shaping.runs(ARABIC[0], FONT)
    assert runs is not None and all(run.font == "NotoSansArabic" for run in runs)
    drawn = "".join(run.text for run in runs)
    assert drawn != ARABIC[0] and drawn != ARABIC[0][::-1]        # shaped, not just reversed
    words = drawn.split(" ")
    assert len(words) == 2 and len(words[1]) == 4                # محمد drawn last (on the right)
    assert words[1][0] == "\ufeaa"                              # ...its final dal leftmost
    assert "\ufef7" in words[0]                                  # lam-alef ligature in الأحمد


def test_hebrew_is_reversed_and_mixed_text_keeps_its_order() -> None:
    runs = shaping.runs(f"Sam {HEBREW[0]}, Jo", FONT)
    assert runs is not None
    assert [(run.font, run.text) for run in runs] == [
        ("DejaVuSans", "Sam "), ("NotoSansHebrew", "ןהכ הרש"), ("DejaVuSans", ", Jo")]
    # A number after right-to-left words joins them (UAX #9): drawn to their left, digits in order.
    runs = shaping.runs(f"Sam {HEBREW[0]} 12", FONT)
    assert runs is not None
    assert "".join(run.text for run in runs) == "Sam 12 ןהכ הרש"


def test_arabic_indic_digits_keep_their_order() -> None:
    """Numbers read left to right inside right-to-left text, Arabic-Indic digits too (a date in Arabic):
    only the letters around them are reversed."""
    for year in ("٢٠٢٦", "۲۰۲۶", "2026"):
        runs = shaping.runs(f"السبت ٥ ديسمبر {year}", FONT)
        assert runs is not None
        drawn = "".join(run.text for run in runs)
        assert drawn.startswith(f"{year} "), drawn


def test_brackets_in_right_to_left_text_are_mirrored() -> None:
    """A parenthesis in Arabic text encloses what it encloses: the closing one, last in logical order,
    is drawn leftmost with the opening glyph "(", the opening one right of the number it precedes."""
    runs = shaping.runs("معقودة (9.5 أعضاء، 0.4 زوار)", FONT)
    assert runs is not None
    latin = [run.text for run in runs if run.font == "DejaVuSans"]
    assert latin == ["(", " 0.4", " 9.5)"]


def test_fallback_runs_by_font() -> None:
    runs = shaping.runs(f"{CJK[0]} (Bruce)", "DejaVuSans-Bold")
    assert runs is not None
    assert [(run.font, run.text) for run in runs] == [("DroidSansFallback-Bold", "李小龍 "),
                                                       ("DejaVuSans-Bold", "(Bruce)")]


def test_latin_takes_the_fast_path() -> None:
    for text in ("Tuesday Evening Peer Support", *LATIN, "Søren · 3 Mar 2026 – “quoted”"):
        assert shaping.runs(text, FONT) is None, text
    # Decomposed accents are composed first (DejaVu has no mark positioning).
    assert shaping.runs("Ánh".replace("Á", "A\u0301"), FONT) == (shaping.Run("DejaVuSans", "Ánh"),)


def test_copied_text_gives_letters_not_presentation_forms(tmp_path: Path) -> None:
    target = tmp_path / "arabic.pdf"
    target.write_bytes(render(DocumentInfo("Names", ""), [para(name) for name in ARABIC]).data)
    text = pdftotext(target)
    assert not any(0xFB50 <= ord(ch) <= 0xFEFF or 0xE000 <= ord(ch) <= 0xF8FF for ch in text)
    assert all(name in text for name in ARABIC)


def test_fallback_fonts_are_subset(tmp_path: Path) -> None:
    """Two Chinese names embed a few glyphs of Droid Sans Fallback, not its 3 MB."""
    target = tmp_path / "cjk.pdf"
    target.write_bytes(render(DocumentInfo("Names", ""), [para(name) for name in CJK]).data)
    assert target.stat().st_size < 60_000
    out = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"[A-Z]{6}\+DroidSansFallback\s+TrueType\s+\S+\s+yes\s+yes\s+yes", out), out


def _logical_words(text: str) -> list[str]:
    """pdftotext's words without its direction marks (U+202A-U+202E)."""
    return text.translate(dict.fromkeys(range(0x202A, 0x202F))).split()


MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر")


def test_right_to_left_text_wraps_line_by_line(tmp_path: Path) -> None:
    """A long Arabic note is broken into lines before each line is reordered, so its lines (and its
    pages: the paragraph splits across them) read top to bottom, and it starts at the right margin."""
    words = [MONTHS[(n * 5) % len(MONTHS)] for n in range(2000)]
    target = tmp_path / "note.pdf"
    rendered = render(DocumentInfo("Notes", ""), [para(" ".join(words)), para("After the note.")])
    target.write_bytes(rendered.data)
    assert rendered.pages >= 2
    text = pdftotext(target)
    body = text[text.index(words[0]):text.index("After the note.")]
    assert [word for word in _logical_words(body) if word in MONTHS] == words   # running headers left out
    note = para(" ".join(words[:40]))
    shaping.scripted([note])
    note.wrap(300, 800)
    assert note.style.alignment == TA_RIGHT


def test_a_right_to_left_name_in_a_column_stays_aligned_with_the_others() -> None:
    """One line of right-to-left text keeps the style's alignment (a sign-in sheet's name column)."""
    paragraph = para(ARABIC[0])
    shaping.scripted([paragraph])
    paragraph.wrap(200, 100)
    assert paragraph.style.alignment == styles().body.alignment


def test_vowel_signs_and_stacked_accents_copy_out_as_typed(tmp_path: Path) -> None:
    """Arabic harakat (shadda with fatha is one glyph), Hebrew niqqud and Vietnamese stacked accents."""
    names = ("مُحَمَّد الأَحْمَد", "שָׂרָה כֹּהֵן", "Nguyễn Thị Ánh ặ ễ")
    target = tmp_path / "marks.pdf"
    target.write_bytes(render(DocumentInfo("Names", ""), [para(name) for name in names]).data)
    text = pdftotext(target)
    assert [name for name in names if nfc(name) not in text] == []
    assert glyph_problems(target) == []


def test_the_recovery_sheet_prints_any_organisation_and_file_name(tmp_path: Path) -> None:
    target = tmp_path / "recovery.pdf"
    write_recovery_sheet(target, "ABCD-EFGH-JKLM-NPQR", "小组记录.sqlite3", organisation=ARABIC[0] + " 互助")
    text = pdftotext(target)
    assert "小组记录.sqlite3" in text and ARABIC[0] in text and "ABCD" in text
    assert glyph_problems(target) == ["Courier-Bold: not a shipped font"]   # the key: ASCII, in Courier


def test_a_handout_pack_lists_titles_in_any_script(world: Services, tmp_path: Path) -> None:
    """The contents page (a text object), the outline (bookmarks) and the handouts' own pages."""
    titles = ("دليل النوم الهادئ", "睡眠小贴士", "שינה טובה")
    handouts = [world.handouts.add_handout(HandoutDraft(title, f"{title}\n\n{ARABIC[0]} · {CJK[0]}".encode(),
                                                        "text/plain", f"h{n}.txt"))
                for n, title in enumerate(titles)]
    group = world.groups.find_group(GROUP)
    meeting = next(m for m in world.meetings.list_meetings(group.id) if m.date == SESSION)
    target = tmp_path / "pack.pdf"
    export_handout_pack(world, HandoutPackOptions(meeting.id, tuple(h.id for h in handouts),
                                                  organisation=Organisation(f"{HEBREW[0]} group")), target)
    qpdf_ok(target)
    text = pdftotext(target)
    for expected in (*titles, ARABIC[0], CJK[0], HEBREW[0]):
        assert expected in text, expected
    contents = pdftotext(target).split("\f")[1]
    assert all(title in contents for title in titles)
    assert outline_titles(target) == list(titles)
    assert glyph_problems(target) == []
