"""Hostile handouts already in a store (imported before the import checked them) meet the handout pack.

An encrypted PDF that opens without a password merges like any other; everything else gives one
sentence naming the handout, and no file. Large images are shrunk to what print needs.
"""

from __future__ import annotations

import io
import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from facilitator_app.errors import ExportError
from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack
from facilitator_app.export.pack_images import PRINT_DPI
from facilitator_app.export.style import MARGIN
from facilitator_app.services.container import Services
from facilitator_app.services.handouts import HandoutDraft
from tests.helpers.hostile_files import bomb_png, encrypted_pdf, striped_png, text_pdf
from tests.unit.export.pdfs import MAIN_GROUP, TODAY, copy_of, outline_titles, pdftotext, qpdf_ok, sample_file

ROOT = Path(__file__).resolve().parents[3]
A4_FRAME_INCHES = ((A4[0] - 2 * MARGIN) / 72, (A4[1] - 2 * MARGIN) / 72)   # the page less its margins


def _meeting_id(services: Services):  # noqa: ANN202 - a uuid
    group = services.groups.find_group(MAIN_GROUP)
    return services.meetings.find_meeting(group.id, date(2026, 3, 3)).id


def _pack(services: Services, handout_ids: list, target: Path):  # noqa: ANN202 - an ExportResult
    return export_handout_pack(services, HandoutPackOptions(_meeting_id(services), tuple(handout_ids), today=TODAY),
                               target)


def _add(services: Services, title: str, content: bytes, media_type: str, name: str):  # noqa: ANN202
    """As the import did before it looked inside files: the bytes go into the store unchecked."""
    return services.handouts.add_handout(HandoutDraft(title, content, media_type, name))


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_a_pdf_encrypted_without_a_user_password_merges(fresh: Services, tmp_path: Path, algorithm: str) -> None:
    content = encrypted_pdf(algorithm, content=text_pdf("Sleep diary for Zoe", pages=2))
    handout = _add(fresh, "Sleep diary", content, "application/pdf", "diary.pdf")
    target = tmp_path / "pack.pdf"
    result = _pack(fresh, [handout.id], target)
    qpdf_ok(target)
    reader = PdfReader(target)
    assert not reader.is_encrypted   # the pack itself is an ordinary PDF
    assert result.pages == len(reader.pages) == 6   # cover, contents, agreement, 2 merged pages, contacts
    pages = pdftotext(target).split("\f")
    assert "Sleep diary for Zoe (1)" in pages[3] and "Sleep diary for Zoe (2)" in pages[4]
    assert outline_titles(target) == ["Sleep diary"]


@pytest.mark.parametrize("algorithm", ["AES-256", "RC4-128"])
def test_a_pdf_that_needs_a_password_is_a_sentence(fresh: Services, tmp_path: Path, algorithm: str) -> None:
    locked = _add(fresh, "Locked plan", encrypted_pdf(algorithm, "secret"), "application/pdf", "plan.pdf")
    with pytest.raises(ExportError) as error:
        _pack(fresh, [locked.id], tmp_path / "pack.pdf")
    assert error.value.message == ("The handout 'Locked plan' is protected with a password, so it cannot go into a "
                                   "pack. Add a copy without a password, or leave it out.")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("content", "size"), [
    (bomb_png(), "30,000 × 30,000"),          # Pillow itself refuses to open this one
    (striped_png(10_000, 6_000), "10,000 × 6,000"),   # Pillow would decode this: 240 MB
], ids=["bomb", "60-megapixels"])
def test_an_over_large_image_in_the_store_is_a_sentence(fresh: Services, tmp_path: Path, content: bytes,
                                                        size: str) -> None:
    poster = _add(fresh, "Huge poster", content, "image/png", "poster.png")
    text = _add(fresh, "Breathing", b"In for 4, out for 6.\n", "text/plain", "breathing.txt")
    with pytest.raises(ExportError) as error:
        _pack(fresh, [text.id, poster.id], tmp_path / "pack.pdf")
    assert error.value.message == (f"The handout 'Huge poster' is an image of {size} pixels, too large to go into a "
                                   "pack (at most 50 megapixels). Import a smaller copy of it, or leave it out.")
    assert list(tmp_path.iterdir()) == []


def _damaged_inside() -> bytes:
    content = text_pdf(pages=3)
    start = content.rindex(b"stream\n", 0, content.rindex(b"endstream")) + 40
    return content[:start] + bytes(150) + content[start + 150:]


def _cut_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 80, 160)).save(buffer, "JPEG")
    return buffer.getvalue()[:-300]


@pytest.mark.parametrize(("content", "media_type", "message"), [
    (_damaged_inside(), "application/pdf", "The handout 'Handout' is not a readable PDF (the file may be damaged). "
                                           "Add it again from the original, or leave it out."),
    (text_pdf()[:1200], "application/pdf", "The handout 'Handout' is not a readable PDF"),
    (text_pdf(pages=2).replace(b"\nxref\n0 10\n", b"\nxref\n0 \x000\n", 1), "application/pdf",
     "The handout 'Handout' is not a readable PDF"),
    (striped_png(50, 50), "application/pdf", "The handout 'Handout' is not a readable PDF"),
    (striped_png(400, 300)[:200], "image/png", "The handout 'Handout' is not a readable image (the file may be "
                                               "damaged). Add it again from the original, or leave it out."),
    (_cut_jpeg(), "image/jpeg", "The handout 'Handout' is not a readable image"),
    (text_pdf(), "image/png", "The handout 'Handout' is not a readable image"),
], ids=["pdf-damaged-inside", "pdf-cut-short", "pdf-broken-cross-reference", "png-stored-as-pdf", "png-cut-short",
        "jpeg-cut-short", "pdf-stored-as-png"])
def test_a_damaged_handout_is_a_sentence(fresh: Services, tmp_path: Path, content: bytes, media_type: str,
                                         message: str) -> None:
    handout = _add(fresh, "Handout", content, media_type, "handout")
    with pytest.raises(ExportError) as error:
        _pack(fresh, [handout.id], tmp_path / "pack.pdf")
    assert error.value.message.startswith(message)
    assert list(tmp_path.iterdir()) == []


def _embedded_sizes(path: Path) -> list[tuple[int, int]]:
    return [image.image.size for page in PdfReader(path).pages for image in page.images]


def test_a_large_image_is_shrunk_to_what_print_needs(fresh: Services, tmp_path: Path) -> None:
    poster = _add(fresh, "Walk group poster", striped_png(8000, 6000), "image/png", "poster.png")
    target = tmp_path / "pack.pdf"
    result = _pack(fresh, [poster.id], target)
    qpdf_ok(target)
    assert result.pages == 5
    [(width, height)] = _embedded_sizes(target)
    assert 0.8 * A4_FRAME_INCHES[0] * PRINT_DPI <= width <= math.ceil(A4_FRAME_INCHES[0] * PRINT_DPI)
    assert height == pytest.approx(width * 6000 / 8000, abs=2)   # the proportions kept
    assert target.stat().st_size < 2_000_000


def test_a_small_jpeg_is_embedded_as_it_is(fresh: Services, tmp_path: Path) -> None:
    photo = _add(fresh, "Photo", _jpeg((640, 480)), "image/jpeg", "photo.jpg")
    target = tmp_path / "pack.pdf"
    _pack(fresh, [photo.id], target)
    assert _embedded_sizes(target) == [(640, 480)]


def _jpeg(size: tuple[int, int], orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, (200, 40, 40))
    image.paste((40, 40, 200), (0, 0, size[0] // 4, size[1]))   # a blue band on the left
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


@pytest.mark.parametrize(("size", "upright"), [((640, 480), (480, 640)), ((6000, 4000), None)])
def test_a_phone_photo_is_turned_upright(fresh: Services, tmp_path: Path, size: tuple[int, int],
                                         upright: tuple[int, int] | None) -> None:
    """EXIF orientation 6 ("turn me a quarter right"): the pack shows it upright, small or large."""
    photo = _add(fresh, "Phone photo", _jpeg(size, orientation=6), "image/jpeg", "photo.jpg")
    target = tmp_path / "pack.pdf"
    _pack(fresh, [photo.id], target)
    [(width, height)] = _embedded_sizes(target)
    assert height > width
    if upright:
        assert (width, height) == upright
    else:
        assert height <= math.ceil(A4_FRAME_INCHES[1] * PRINT_DPI)
    embedded = next(i.image for page in PdfReader(target).pages for i in page.images).convert("RGB")
    top = embedded.getpixel((width // 2, 2))
    assert top[2] > 150 and top[0] < 100   # the blue band, once on the left, is now at the top


ADD_POSTER = """
import sys
from pathlib import Path
from tests.helpers.hostile_files import striped_png
from tests.unit.export.pdfs import services_on
from facilitator_app.services.handouts import HandoutDraft
with services_on(Path(sys.argv[1])) as services:
    print(services.handouts.add_handout(HandoutDraft("Poster", striped_png(8000, 6000), "image/png", "p.png")).id)
"""

MEASURE_PACK = """
import json, resource, sys, uuid
from datetime import date
from pathlib import Path
from tests.unit.export.pdfs import MAIN_GROUP, services_on
from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack
store, target, poster = Path(sys.argv[1]), Path(sys.argv[2]), uuid.UUID(sys.argv[3])
with services_on(store) as services:
    group = services.groups.find_group(MAIN_GROUP)
    meeting = services.meetings.find_meeting(group.id, date(2026, 3, 3))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    export_handout_pack(services, HandoutPackOptions(meeting.id, (poster,)), target)
print(json.dumps({"before_kb": before, "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def test_packing_a_48_megapixel_image_stays_under_300_mb(tmp_path_factory: pytest.TempPathFactory,
                                                         tmp_path: Path) -> None:
    """The poster is added in one process and packed in a fresh one, so the peak (ru_maxrss) there is
    the pack's alone: what packing adds to a process that already holds the libraries and the store
    (about 90 MB). Without the shrinking it added about 470 MB; decoding the image (4 bytes a pixel)
    is most of what is left."""
    store = copy_of(sample_file(tmp_path_factory), tmp_path_factory.mktemp("measured-store"))
    added = subprocess.run([sys.executable, "-c", ADD_POSTER, str(store)], cwd=ROOT,
                           capture_output=True, text=True, check=True)
    result = subprocess.run([sys.executable, "-c", MEASURE_PACK, str(store), str(tmp_path / "pack.pdf"),
                             added.stdout.strip()], cwd=ROOT, capture_output=True, text=True, check=True)
    measured = json.loads(result.stdout)
    added_mb = (measured["peak_kb"] - measured["before_kb"]) / 1024
    assert added_mb < 300, f"packing added {added_mb:.0f} MB"
    assert (tmp_path / "pack.pdf").stat().st_size > 0


WITHOUT_CRYPTOGRAPHY = """
import sys
from datetime import date
from pathlib import Path
from facilitator_app.storage.keys_source import data_key_for
data_key_for(Path(sys.argv[1]))   # the store is unlocked first: its own encryption needs cryptography
for name in [n for n in sys.modules if n.startswith("cryptography.")]:
    sys.modules[name] = None
sys.modules["cryptography"] = None   # as if it were not installed: pypdf falls back, without AES
from facilitator_app.errors import ExportError
from facilitator_app.export.handout_pack import HandoutPackOptions, export_handout_pack
from facilitator_app.services.handouts import HandoutDraft
from tests.unit.export.pdfs import MAIN_GROUP, services_on
with services_on(Path(sys.argv[1])) as services:
    group = services.groups.find_group(MAIN_GROUP)
    meeting = services.meetings.find_meeting(group.id, date(2026, 3, 3))
    leaflet = services.handouts.add_handout(HandoutDraft("Leaflet", Path(sys.argv[2]).read_bytes(),
                                                         "application/pdf", "leaflet.pdf"))
    try:
        export_handout_pack(services, HandoutPackOptions(meeting.id, (leaflet.id,)), Path(sys.argv[3]))
    except ExportError as error:
        print(error.message)
"""


def test_without_the_cryptography_package_an_aes_handout_is_a_sentence(tmp_path_factory: pytest.TempPathFactory,
                                                                      tmp_path: Path) -> None:
    store = copy_of(sample_file(tmp_path_factory), tmp_path_factory.mktemp("no-crypto-store"))
    leaflet = tmp_path / "leaflet.pdf"
    leaflet.write_bytes(encrypted_pdf("AES-128"))
    result = subprocess.run([sys.executable, "-c", WITHOUT_CRYPTOGRAPHY, str(store), str(leaflet),
                             str(tmp_path / "pack.pdf")], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == (
        "The handout 'Leaflet' is an encrypted PDF, and this installation of Facilitator is missing the part that "
        "opens it (the “cryptography” package). Reinstall Facilitator, or leave it out.")
    assert not (tmp_path / "pack.pdf").exists()
