"""Hostile handout files at import: encrypted PDFs, decompression bombs, cut-short and damaged files.

Each is refused with one sentence naming the file and saying what to do (nothing is stored), or,
when it can be used (a PDF encrypted without a password), it comes in. And the Version column is
filled from what the file says about its edition.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from facilitator_app.errors import ValidationError
from facilitator_app.export.previews import first_page_preview
from facilitator_app.services.container import Services
from facilitator_app.services.handout_inspection import MAX_IMAGE_PIXELS, Problem, UnusableHandout, check_pdf
from facilitator_app.services.handout_versions import suggest_version, version_from_name
from facilitator_app.storage.store import Store
from tests.helpers.hostile_files import bomb_png, encrypted_pdf, striped_png, text_pdf
from tests.helpers.sqlite_files import raw, snapshot

ROOT = Path(__file__).resolve().parents[3]


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def jpeg(size: tuple[int, int] = (800, 600)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 140, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


def png(size: tuple[int, int] = (800, 600)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 140, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def refused(services: Services, store: Store, path: Path) -> str:
    """Import ``path``, expect a refusal that stores nothing, and return its sentence."""
    before = snapshot(store.path)
    with pytest.raises(ValidationError) as error:
        services.handouts.import_file(path)
    assert snapshot(store.path) == before
    assert "Traceback" not in error.value.message and "\n" not in error.value.message
    return error.value.message


# --- encrypted PDFs ------------------------------------------------------------------------------

@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_encrypted_without_a_user_password_comes_in(services: Services, tmp_path: Path,
                                                          algorithm: str) -> None:
    content = encrypted_pdf(algorithm)
    assert PdfReader(io.BytesIO(content)).is_encrypted
    handout = services.handouts.import_file(write(tmp_path, "locked-for-printing.pdf", content))
    assert (handout.media_type, handout.title) == ("application/pdf", "Locked for printing")
    assert services.handouts.content(handout.id) == content   # kept as it was, byte for byte


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_that_needs_a_password_is_refused(services: Services, store: Store, tmp_path: Path,
                                                algorithm: str) -> None:
    path = write(tmp_path, "Zoë's plan.pdf", encrypted_pdf(algorithm, user_password="zoë-only"))
    assert refused(services, store, path) == ("“Zoë's plan.pdf” is protected with a password. Save a copy without "
                                              "the password and import that.")


@pytest.mark.parametrize(("algorithm", "user_password"), [("AES-128", ""), ("AES-256", ""), ("AES-256", "secret")])
def test_encrypted_pdf_previews(algorithm: str, user_password: str) -> None:
    preview = first_page_preview(encrypted_pdf(algorithm, user_password), "application/pdf")
    if user_password:
        assert preview.png is None and "protected with a password" in preview.message
    else:
        assert preview.png is not None and preview.pages == 1 and preview.message == ""
        image = Image.open(io.BytesIO(preview.png))
        assert image.convert("L").getextrema()[0] < 100   # the page's text was drawn


def test_without_the_cryptography_package_an_aes_pdf_gets_a_sentence(tmp_path: Path) -> None:
    """pypdf opens AES only with `cryptography`; an installation without it says so, not a traceback."""
    path = write(tmp_path, "leaflet.pdf", encrypted_pdf("AES-256"))
    code = (
        "import sys\n"
        "sys.modules['cryptography'] = None   # as if it were not installed\n"
        "from facilitator_app.errors import ValidationError\n"
        "from facilitator_app.services.handout_files import read_handout_file\n"
        "try:\n"
        f"    read_handout_file({str(path)!r})\n"
        "except ValidationError as error:\n"
        "    print(error.message)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == (
        "“leaflet.pdf” is encrypted, and this installation of Facilitator is missing the part that opens encrypted "
        "PDFs (the “cryptography” package). Reinstall Facilitator, or save a copy of the PDF without protection "
        "and import that.")


# --- damaged and mislabelled files ---------------------------------------------------------------

def _pdf_damaged_inside() -> bytes:
    """Opens and counts its pages, but the end of one page's content stream is overwritten (as a bad
    sector or a broken download does): it fails only when its pages are copied."""
    content = text_pdf(pages=3)
    start = content.rindex(b"stream\n", 0, content.rindex(b"endstream")) + 40
    return content[:start] + bytes(150) + content[start + 150:]


HOSTILE = {
    "cut-short-pdf": ("handout.pdf", lambda: text_pdf(pages=3)[:1500],
                      "“handout.pdf” is a PDF that is damaged or incomplete, so it cannot be handed out. Open it in "
                      "a PDF reader to check it, then save or download it again and import the new copy."),
    "header-only-pdf": ("handout.pdf", lambda: b"%PDF-1.7\n%%EOF\n", "“handout.pdf” is a PDF that is damaged"),
    "pdf-damaged-inside": ("handout.pdf", _pdf_damaged_inside, "“handout.pdf” is a PDF that is damaged"),
    "zero-byte-pdf": ("handout.pdf", lambda: b"", "“handout.pdf” is empty (0 bytes), so there is nothing to hand out."),
    "png-named-pdf": ("diagram.pdf", png, "“diagram.pdf” is named like a PDF but is really a PNG image. Rename it "
                                          "to end in .png and import it again."),
    "jpeg-named-pdf": ("photo.pdf", jpeg, "“photo.pdf” is named like a PDF but is really a JPEG image. Rename it "
                                          "to end in .jpg and import it again."),
    "cut-short-png": ("poster.png", lambda: png()[:300], "“poster.png” is a PNG image that is damaged or incomplete"),
    "png-header-only": ("poster.png", lambda: png()[:33], "“poster.png” is a PNG image that is damaged or incomplete"),
    "cut-short-jpeg": ("photo.jpg", lambda: jpeg()[:400], "“photo.jpg” is a JPEG image that is damaged or incomplete"),
    "pdf-without-pages": ("blank.pdf", lambda: _no_pages(), "“blank.pdf” is a PDF without any pages."),
    "pdf-broken-cross-reference": ("handout.pdf", lambda: _pdf_with_a_broken_cross_reference(),
                                   "“handout.pdf” is a PDF that is damaged"),
}


def _pdf_with_a_broken_cross_reference() -> bytes:
    """A damaged cross-reference table on which pypdf 5 fails with an UnboundLocalError (its own bug)."""
    content = text_pdf(pages=2)
    assert b"\nxref\n0 10\n" in content
    return content.replace(b"\nxref\n0 10\n", b"\nxref\n0 \x000\n", 1)


def _no_pages() -> bytes:
    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_is_refused_with_one_sentence(services: Services, store: Store, tmp_path: Path,
                                                     case: str) -> None:
    name, make, sentence = HOSTILE[case]
    message = refused(services, store, write(tmp_path, name, make()))
    assert message.startswith(sentence)
    assert raw(store.path, "SELECT COUNT(*) FROM handout_files") == [(0,)]


def test_the_damaged_inside_pdf_really_opens_until_it_is_copied() -> None:
    """The case above is the one a quick look misses: it opens and has pages; only copying fails."""
    content = _pdf_damaged_inside()
    assert len(PdfReader(io.BytesIO(content)).pages) == 3
    with pytest.raises(UnusableHandout) as unusable:
        check_pdf(content)
    assert unusable.value.problem is Problem.DAMAGED


# --- images that are too large -------------------------------------------------------------------

def test_a_decompression_bomb_is_refused_from_its_header(services: Services, store: Store, tmp_path: Path) -> None:
    content = bomb_png()
    assert len(content) < 1_000_000   # a small file ...
    message = refused(services, store, write(tmp_path, "poster.png", content))   # ... refused from its header
    assert message == ("“poster.png” is 30,000 × 30,000 pixels (900 megapixels); handout images can be at most 50 "
                       "megapixels. Save a smaller copy (6000 × 4000 pixels is plenty for printing) and import that.")


def test_the_pixel_limit_is_exact(services: Services, store: Store, tmp_path: Path) -> None:
    assert MAX_IMAGE_PIXELS == 50_000_000
    over = write(tmp_path, "just-over.png", striped_png(10_000, 5_001))
    assert refused(services, store, over).startswith("“just-over.png” is 10,000 × 5,001 pixels (50.1 megapixels); "
                                                     "handout images can be at most 50 megapixels.")
    allowed = services.handouts.import_file(write(tmp_path, "just-under.png", striped_png(10_000, 5_000)))
    assert allowed.media_type == "image/png"


# --- the Version column --------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "version"), [
    ("sleep_basics-v2.pdf", "2"), ("Leaflet version 3.1.pdf", "3.1"), ("grounding (rev. 4).md", "4"),
    ("Group agreement - March 2026.pdf", "March 2026"), ("worry_time_sept_2025.txt", "September 2025"),
    ("5-4-3-2-1.txt", ""), ("nov2.pdf", ""), ("vitamins.pdf", ""), ("Group agreement - March.pdf", ""),
])
def test_version_from_the_file_name(name: str, version: str) -> None:
    assert version_from_name(name) == version


def _pdf_with_info(info: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.metadata = None
    writer.add_metadata(info)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_imported_pdf_gets_a_version(services: Services, tmp_path: Path) -> None:
    dated = _pdf_with_info({"/Title": "Sleep", "/ModDate": "D:20250914120000Z", "/CreationDate": "D:20240101"})
    declared = _pdf_with_info({"/Version": "4th edition", "/ModDate": "D:20250914120000Z"})
    bare = _pdf_with_info({"/Title": "Sleep"})
    versions = {name: services.handouts.import_file(write(tmp_path, name, content)).version
                for name, content in [("sleep.pdf", dated), ("worry.pdf", declared), ("bare.pdf", bare),
                                      ("sleep-v2.pdf", dated), ("Agreement - March 2026.pdf", declared)]}
    # The month a PDF was last changed is no version: a PDF that says none is the library's first, "1".
    assert versions == {"sleep.pdf": "1", "worry.pdf": "4th edition", "bare.pdf": "1",
                        "sleep-v2.pdf": "2", "Agreement - March 2026.pdf": "March 2026"}
    # What the facilitator types wins; and it can be changed later like any version.
    typed = services.handouts.import_file(write(tmp_path, "again.pdf", dated), version="Spring 2026")
    assert typed.version == "Spring 2026"


def test_a_freshly_made_pdf_is_version_1_not_this_month(services: Services, tmp_path: Path) -> None:
    """It used to show the month it was made ("December 2026"), which invented a version."""
    handout = services.handouts.import_file(write(tmp_path, "sleep.pdf", text_pdf()))
    assert handout.version == "1"


def test_a_bogus_pdf_date_is_no_version() -> None:
    facts = check_pdf(_pdf_with_info({"/ModDate": "D:18500101", "/CreationDate": "not a date"}))
    assert suggest_version("x.pdf", facts) == "1"
    assert facts.format_version and facts.pages == 1


@pytest.mark.parametrize(("info_title", "title"), [
    ("Coping with  setbacks\n", "Coping with setbacks"),
    ("Worry time: a 10-minute plan", "Worry time: a 10-minute plan"),
    ("Microsoft Word - worry_time.docx", "Worry time"), ("worry_time.docx", "Worry time"),
    ("C:\\Users\\sam\\Desktop\\worry_time.pdf", "Worry time"), ("untitled", "Worry time"),
    ("   ", "Worry time"), ("2024-01-01", "Worry time"), (None, "Worry time"),
])
def test_an_imported_pdf_is_titled_by_its_own_title(services: Services, tmp_path: Path,
                                                   info_title: str | None, title: str) -> None:
    info = {"/Title": info_title} if info_title is not None else {"/Author": "Sam"}
    handout = services.handouts.import_file(write(tmp_path, "worry_time.pdf", _pdf_with_info(info)))
    assert handout.title == title
    # What the facilitator types still wins over the PDF's title.
    typed = services.handouts.import_file(write(tmp_path, "again.pdf", _pdf_with_info(info)), title="Worry plan")
    assert typed.title == "Worry plan"


# --- previews of hostile files -------------------------------------------------------------------

def test_a_decompression_bomb_preview_is_a_sentence_made_from_the_header() -> None:
    preview = first_page_preview(bomb_png(), "image/png")
    assert preview.png is None
    assert preview.message == ("This image is 30,000 × 30,000 pixels, more than the 50 megapixels a handout image "
                               "can have, so it cannot be previewed or go into a handout pack. Import a smaller copy "
                               "of it.")


@pytest.mark.parametrize(("content", "media_type"), [
    (_pdf_damaged_inside(), "application/pdf"), (text_pdf()[:1500], "application/pdf"), (b"", "application/pdf"),
    (png()[:33], "image/png"), (text_pdf(), "image/png"), (bomb_png(60_000, 2), "image/png"),
], ids=["pdf-damaged-inside", "pdf-cut-short", "empty", "png-header-only", "pdf-as-png", "wide-strip"])
def test_previews_of_hostile_files_never_raise(content: bytes, media_type: str) -> None:
    preview = first_page_preview(content, media_type)
    assert preview.png is not None or preview.message
