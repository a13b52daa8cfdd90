"""Importing handout files: each bad file is refused with its own sentence and leaves the store as it was;
good PDFs, images and text come in once; the starter set ships with the package; previews never crash."""

from __future__ import annotations

import fnmatch
import io
import pathlib
import re
import tomllib
import uuid
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import facilitator_app
from facilitator_app.domain.enums import MeetingStatus
from facilitator_app.domain.records import MeetingRecord
from facilitator_app.errors import NotFoundError, ValidationError
from facilitator_app.export.previews import PREVIEW_WIDTH, TEXT_LINES, first_page_preview
from facilitator_app.services.changes import Action, Change, Entity
from facilitator_app.services.container import Services
from facilitator_app.services.handout_files import MAX_HANDOUT_BYTES, read_handout_file, sniff, suggest_title
from facilitator_app.services.handouts import HandoutDetails, starter_handouts
from facilitator_app.storage.store import Store
from tests.helpers.fixtures import weekly_draft
from tests.helpers.sqlite_files import raw, snapshot

ROOT = Path(__file__).resolve().parents[3]


def make_pdf(title: str = "Sleep basics for Zoë's group", pages: int = 2) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.setFont("Helvetica-Bold", 24)
        pdf.drawString(72, 760, f"{title} ({page + 1})")
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 720, "Keep the same wake-up time, even at weekends.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_image(kind: str, size: tuple[int, int] = (1200, 800)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 120, 110)).save(buffer, kind)
    return buffer.getvalue()


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


@pytest.fixture
def meetings(services: Services) -> list[MeetingRecord]:
    group = services.groups.create_group(weekly_draft())
    return services.meetings.schedule_next(group.id, 3, start=date(2026, 1, 1))


# --- refused files -----------------------------------------------------------------------------

def _sparse_over_limit(folder: Path) -> Path:
    path = folder / "poster.pdf"
    with path.open("wb") as file:
        file.write(b"%PDF-1.7\n")
        file.truncate(MAX_HANDOUT_BYTES + 1)
    return path


BAD_FILES = {
    "pdf-that-is-text": (lambda d: write(d, "leaflet.pdf", b"Breathing: in for 4, out for 6.\n"),
                         "“leaflet.pdf” is named like a PDF but is really a text file. Rename it to end in .txt"),
    "png-that-is-pdf": (lambda d: write(d, "picture.png", make_pdf()),
                        "“picture.png” is named like a PNG image but is really a PDF. Rename it to end in .pdf"),
    "jpeg-that-is-png": (lambda d: write(d, "photo.JPG", make_image("PNG", (40, 40))),
                         "“photo.JPG” is named like a JPEG image but is really a PNG image"),
    "text-that-is-word": (lambda d: write(d, "notes.txt", b"PK\x03\x04\x14\x00\x06\x00" + bytes(64)),
                          "“notes.txt” is named like a text file but is really a Word, Excel"),
    "text-in-utf16": (lambda d: write(d, "notes.md", "Łukasz's notes".encode("utf-16")),
                      "“notes.md” is named like a text file but is not plain text that the app can read"),
    "pdf-of-unknown-bytes": (lambda d: write(d, "scan.pdf", bytes(range(256)) * 4),
                             "“scan.pdf” is named like a PDF but its contents are not a PDF; it may be damaged"),
    "empty": (lambda d: write(d, "empty.pdf", b""), "“empty.pdf” is empty (0 bytes)"),
    "over-50MB": (_sparse_over_limit, "“poster.pdf” is 50 MB; handouts can be at most 50 MB"),
    "directory": (lambda d: (d / "handouts.pdf").mkdir() or d / "handouts.pdf",
                  "“handouts.pdf” is a folder, not a file"),
    "unsupported": (lambda d: write(d, "agenda.docx", b"PK\x03\x04"),
                    "“agenda.docx” is a “.docx” file, which the handout library cannot hold"),
    "no-extension": (lambda d: write(d, "README", b"hello"), "“README” is a file without an extension"),
    "missing": (lambda d: d / "gone.pdf", "“gone.pdf” could not be found"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_refused_and_nothing_is_stored(services: Services, store: Store, changes: list[Change],
                                                   tmp_path: Path, case: str) -> None:
    services.handouts.import_file(write(tmp_path, "worry-time.md", b"# Worry time\nFifteen minutes a day.\n"))
    changes.clear()
    make, message = BAD_FILES[case]
    path = make(tmp_path)
    before = snapshot(store.path)
    with pytest.raises(ValidationError) as refused:
        services.handouts.import_file(path, title="A handout", topics=("sleep",))
    assert message in refused.value.message
    assert snapshot(store.path) == before
    assert raw(store.path, "SELECT COUNT(*) FROM handout_files") == [(1,)]
    assert changes == []


def test_an_oversized_file_is_refused_before_it_is_read(services: Services, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _sparse_over_limit(tmp_path)

    def no_reading(self: Path, *args: object, **kwargs: object) -> object:
        raise AssertionError(f"{self} was opened although its size alone refuses it")

    monkeypatch.setattr(pathlib.Path, "open", no_reading)
    with pytest.raises(ValidationError, match="at most 50 MB"):
        services.handouts.import_file(path)


def test_an_unreadable_file_is_explained(services: Services, store: Store, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.pdf", make_pdf())

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    before = snapshot(store.path)
    with monkeypatch.context() as patch:
        patch.setattr(pathlib.Path, "open", denied)
        with pytest.raises(ValidationError, match="“locked.pdf” could not be opened: this computer's account is "
                                                  "not allowed to read it"):
            services.handouts.import_file(path)
    assert snapshot(store.path) == before


def test_a_valid_file_with_a_bad_title_stores_nothing(services: Services, store: Store, tmp_path: Path) -> None:
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="title"):
        services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()), title="   ")
    with pytest.raises(ValidationError, match="topic"):
        services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()), topics=("x" * 61,))
    assert snapshot(store.path) == before


# --- accepted files ----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "media_type", "title"), [
    ("sleep_basics.pdf", make_pdf(), "application/pdf", "Sleep basics"),
    ("GROUNDING-CARD.PDF", make_pdf("Grounding"), "application/pdf", "GROUNDING CARD"),
    ("breathing-diagram.png", make_image("PNG"), "image/png", "Breathing diagram"),
    ("walk-group.jpeg", make_image("JPEG"), "image/jpeg", "Walk group"),
    ("kind-words.jpg", make_image("JPEG", (30, 30)), "image/jpeg", "Kind words"),
    ("søren-notes.txt", "\ufeffSøren's tips: name five things you can see.\n".encode(), "text/plain",
     "Søren notes"),
    ("worry-time.md", "# Worry time — Nguyễn Văn An's version\n\n- Write it down.\n".encode(), "text/markdown",
     "Worry time — Nguyễn Văn An's version"),
    ("5-4-3-2-1.markdown", b"Name five things you can see.\n", "text/markdown", "5-4-3-2-1"),
], ids=["pdf", "pdf-upper-case", "png", "jpeg", "jpg", "text-with-bom", "markdown", "markdown-long-extension"])
def test_good_file_is_imported(services: Services, changes: list[Change], tmp_path: Path, name: str,
                               content: bytes, media_type: str, title: str) -> None:
    handout = services.handouts.import_file(write(tmp_path, name, content))
    assert (handout.title, handout.media_type, handout.file_name, handout.size) == (
        title, media_type, name, len(content))
    assert services.handouts.content(handout.id) == content  # byte for byte, a BOM included
    assert changes == [Change(Entity.HANDOUT, Action.ADDED, frozenset({handout.id}))]


def test_import_with_details(services: Services, tmp_path: Path) -> None:
    handout = services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()), title=" Sleep basics ",
                                            topics=("Sleep", "routine, sleep", " "), description="Ten small habits",
                                            version="2026-01")
    assert (handout.title, handout.topics, handout.description, handout.version) == (
        "Sleep basics", ("Sleep", "routine"), "Ten small habits", "2026-01")


def test_the_same_file_twice_is_stored_once(services: Services, store: Store, tmp_path: Path) -> None:
    content = make_pdf()
    first = services.handouts.import_file(write(tmp_path, "sleep.pdf", content))
    second = services.handouts.import_file(write(tmp_path, "sleep (copy for Aiyana).pdf", content))
    assert first.id != second.id and first.sha256 == second.sha256
    assert raw(store.path, "SELECT COUNT(*) FROM handout_files") == [(1,)]
    assert raw(store.path, "SELECT COUNT(*) FROM handouts") == [(2,)]


@pytest.mark.parametrize(("name", "title"), [
    ("sleep_basics-v2.pdf", "Sleep basics v2"),
    ("coping-with-setbacks.md", "Coping with setbacks"),
    ("5-4-3-2-1.txt", "5-4-3-2-1"),
    ("Group agreement - March.pdf", "Group agreement - March"),
    ("łukasz_zoë.png", "Łukasz zoë"),
    ("   .pdf", "Untitled handout"),
])
def test_suggested_titles(name: str, title: str) -> None:
    assert suggest_title(name) == title


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.4\n", "application/pdf"), (b"\x89PNG\r\n\x1a\n....", "image/png"), (b"\xff\xd8\xff\xe0", "image/jpeg"),
    ("\ufeffZoë".encode(), "text/plain"), (b"plain", "text/plain"), (b"nul\x00byte", None), (b"\xc3\x28", None),
])
def test_sniffing(data: bytes, kind: str | None) -> None:
    assert sniff(data) == kind


def test_read_handout_file_does_not_touch_the_store(tmp_path: Path) -> None:
    chosen = read_handout_file(write(tmp_path, "grounding.md", b"# Grounding\n\nFeet on the floor.\n"))
    assert (chosen.media_type, chosen.suggested_title, chosen.file_name) == ("text/markdown", "Grounding",
                                                                            "grounding.md")


# --- editing, removing, topics -----------------------------------------------------------------

def test_update_handout(services: Services, changes: list[Change], tmp_path: Path) -> None:
    handout = services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()))
    changes.clear()
    updated = services.handouts.update_handout(handout.id, HandoutDetails(
        " Sleep basics ", ("sleep", "Sleep", "routine"), " For Łukasz's group ", "2"))
    assert (updated.title, updated.topics, updated.description, updated.version) == (
        "Sleep basics", ("sleep", "routine"), "For Łukasz's group", "2")
    assert (updated.sha256, updated.file_name) == (handout.sha256, handout.file_name)
    assert services.handouts.get_handout(handout.id) == updated
    assert changes == [Change(Entity.HANDOUT, Action.UPDATED, frozenset({handout.id}))]


def test_update_refused_changes_nothing(services: Services, store: Store, changes: list[Change],
                                        tmp_path: Path) -> None:
    handout = services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()))
    changes.clear()
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="title"):
        services.handouts.update_handout(handout.id, HandoutDetails("  "))
    with pytest.raises(ValidationError, match="topics are longer than 500"):
        services.handouts.update_handout(handout.id, HandoutDetails("Sleep", tuple(f"topic {i:03}" for i in range(60))))
    with pytest.raises(NotFoundError):
        services.handouts.update_handout(uuid.uuid4(), HandoutDetails("Sleep"))
    assert snapshot(store.path) == before
    assert changes == []


def test_delete_and_restore(services: Services, store: Store, meetings: list[MeetingRecord],
                            changes: list[Change], tmp_path: Path) -> None:
    handout = services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()))
    services.handouts.mark_given(meetings[0].id, handout.id)
    changes.clear()
    services.handouts.delete_handout(handout.id)
    assert services.handouts.list_handouts() == []
    assert services.handouts.given_at(meetings[0].id) == []
    assert raw(store.path, "SELECT COUNT(*) FROM handouts WHERE deleted_at IS NOT NULL") == [(1,)]
    with pytest.raises(NotFoundError, match="no longer in the library"):
        services.handouts.get_handout(handout.id)
    with pytest.raises(NotFoundError):
        services.handouts.delete_handout(handout.id)
    restored = services.handouts.restore_handout(handout.id)
    assert restored == handout
    assert services.handouts.given_at(meetings[0].id) == [handout]  # its history came back with it
    assert changes == [Change(Entity.HANDOUT, Action.DELETED, frozenset({handout.id})),
                       Change(Entity.HANDOUT, Action.ADDED, frozenset({handout.id}))]


def test_topics_once_each_in_alphabetical_order(services: Services, tmp_path: Path) -> None:
    services.handouts.import_file(write(tmp_path, "a.md", b"a"), topics=("sleep", "Łódź group", "worry"))
    services.handouts.import_file(write(tmp_path, "b.md", b"b"), topics=("Sleep", "anxiety"))
    services.handouts.import_file(write(tmp_path, "c.md", b"c"))
    gone = services.handouts.import_file(write(tmp_path, "d.md", b"d"), topics=("zebra",))
    services.handouts.delete_handout(gone.id)
    assert services.handouts.topics() == ["anxiety", "Łódź group", "sleep", "worry"]


# --- given at sessions -------------------------------------------------------------------------

def test_library_and_sessions_given(services: Services, meetings: list[MeetingRecord], tmp_path: Path) -> None:
    sleep = services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()))
    worry = services.handouts.import_file(write(tmp_path, "worry.md", b"# Worry time\n"))
    other_group = services.groups.create_group(weekly_draft("Thursday Carers' Circle"))
    [elsewhere] = services.meetings.schedule_next(other_group.id, 1, start=date(2026, 2, 1))
    for meeting in (meetings[0], meetings[2], elsewhere):
        services.handouts.mark_given(meeting.id, sleep.id)
    services.handouts.mark_given(meetings[1].id, worry.id)

    library = {e.handout.title: e for e in services.handouts.library(meetings[2].id)}
    assert (library["Sleep"].sessions_given, library["Sleep"].given_here) == (3, True)
    assert (library["Worry time"].sessions_given, library["Worry time"].given_here) == (1, False)
    assert not any(e.given_here for e in services.handouts.library(None))

    assert services.handouts.sessions_given(sleep.id) == [
        (elsewhere.id, "Thursday Carers' Circle", elsewhere.date),
        (meetings[2].id, "Tuesday Evening Peer Support", meetings[2].date),
        (meetings[0].id, "Tuesday Evening Peer Support", meetings[0].date),
    ]
    services.handouts.mark_given(meetings[0].id, sleep.id, given=False)
    assert [g.meeting_id for g in services.handouts.sessions_given(sleep.id)] == [elsewhere.id, meetings[2].id]
    with pytest.raises(NotFoundError):
        services.handouts.sessions_given(uuid.uuid4())


def test_nothing_is_given_at_a_cancelled_session(services: Services, store: Store, meetings: list[MeetingRecord],
                                                 tmp_path: Path) -> None:
    handout = services.handouts.import_file(write(tmp_path, "sleep.pdf", make_pdf()))
    services.handouts.mark_given(meetings[1].id, handout.id)
    for meeting in meetings[:2]:
        services.meetings.set_status(meeting.id, MeetingStatus.CANCELLED)
    before = snapshot(store.path)
    with pytest.raises(ValidationError, match="marked 'Cancelled', so no handouts went out"):
        services.handouts.mark_given(meetings[0].id, handout.id)
    assert snapshot(store.path) == before
    services.handouts.mark_given(meetings[1].id, handout.id, given=False)  # a mistake can still be undone
    assert services.handouts.given_at(meetings[1].id) == []


# --- the starter handouts ----------------------------------------------------------------------

def test_starter_handouts_are_added_once(services: Services, store: Store, changes: list[Change]) -> None:
    added = services.handouts.add_starter_handouts()
    titles = [h.title for h in added]
    assert titles == ["Our group agreement", "Grounding: the 5-4-3-2-1 technique", "Support contacts",
                      "Sleep basics"]
    assert all(h.media_type == "text/markdown" and h.topics and h.description for h in added)
    assert changes == [Change(Entity.HANDOUT, Action.ADDED, frozenset(h.id for h in added))]
    changes.clear()
    before = snapshot(store.path)
    assert services.handouts.add_starter_handouts() == []
    assert snapshot(store.path) == before
    assert changes == []


def test_a_removed_starter_handout_can_be_added_again(services: Services, store: Store) -> None:
    added = services.handouts.add_starter_handouts()
    agreement = next(h for h in added if h.title == "Our group agreement")
    services.handouts.update_handout(agreement.id, HandoutDetails("Our agreement (Zoë's group)"))
    services.handouts.delete_handout(next(h for h in added if h.title == "Sleep basics").id)
    assert [h.file_name for h in services.handouts.missing_starter_handouts()] == ["sleep-basics.md"]
    again = services.handouts.add_starter_handouts()
    assert [h.title for h in again] == ["Sleep basics"]
    assert raw(store.path, "SELECT COUNT(*) FROM handout_files") == [(4,)]  # the file was kept, not stored twice


def test_starter_handouts_are_safe_to_print() -> None:
    """Written for the project: Markdown, no invented phone numbers or web addresses, blanks to fill in."""
    starters = starter_handouts()
    assert len(starters) >= 3
    for starter in starters:
        text = starter.content.decode("utf-8")
        assert text.startswith(f"# {starter.title}\n"), starter.file_name
        runs = [run for run in re.findall(r"\d[\d ()-]*\d", text) if sum(c.isdigit() for c in run) >= 6]
        assert runs == [], f"{starter.file_name} looks like it has a phone number"
        assert not re.search(r"https?:|www\.|@\w+\.\w", text, re.IGNORECASE), f"{starter.file_name} has an address"
    contacts = next(s for s in starters if s.title == "Support contacts").content.decode()
    for blank in ("Emergency number:", "Local crisis line:", "GP", "A person I trust", "Facilitator:"):
        assert blank in contacts
    assert contacts.count("____") >= 10


def test_every_starter_file_ships_with_the_package() -> None:
    """pyproject's package data covers the folder, so `pip install .` (not only -e) finds the handouts."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    patterns = package_data["facilitator_app"]
    folder = Path(facilitator_app.__file__).parent / "resources" / "handouts"
    files = [p.relative_to(folder.parent.parent).as_posix() for p in folder.rglob("*") if p.is_file()
             and "__pycache__" not in p.parts]
    assert {"resources/handouts/starter.toml", "resources/handouts/README.md"} <= set(files)
    assert [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)] == []
    listed = {s.file_name for s in starter_handouts()}
    assert listed == {p.name for p in folder.glob("*.md")} - {"README.md"}


# --- previews ----------------------------------------------------------------------------------

def test_pdf_preview_is_a_small_png_of_page_one() -> None:
    preview = first_page_preview(make_pdf(pages=3), "application/pdf")
    assert preview.png is not None and preview.png.startswith(b"\x89PNG")
    assert (preview.pages, preview.width) == (3, PREVIEW_WIDTH)
    assert preview.height == pytest.approx(PREVIEW_WIDTH * 842 / 595, abs=2)  # A4's proportions
    image = Image.open(io.BytesIO(preview.png))
    assert image.size == (preview.width, preview.height)
    assert image.getextrema()[0][0] < 100  # some dark ink: the page was really drawn


@pytest.mark.parametrize(("content", "message"), [
    (b"%PDF-1.4\n% nothing more\n", "could not be read for a preview; it may be damaged"),
    (make_pdf()[:400], "could not be read for a preview; it may be damaged"),
], ids=["header-only", "cut-short"])
def test_a_damaged_pdf_preview_is_a_sentence(content: bytes, message: str) -> None:
    preview = first_page_preview(content, "application/pdf")
    assert preview.png is None
    assert message in preview.message


def test_a_password_protected_pdf_preview_says_so() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf())))
    writer.encrypt(user_password="zoë-only", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    preview = first_page_preview(buffer.getvalue(), "application/pdf")
    assert preview.png is None
    assert "protected with a password" in preview.message


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_image_preview_is_scaled_down(kind: str) -> None:
    preview = first_page_preview(make_image(kind, (2400, 1600)), f"image/{kind.lower()}")
    assert (preview.width, preview.height) == (PREVIEW_WIDTH, 400)
    assert Image.open(io.BytesIO(preview.png or b"")).size == (PREVIEW_WIDTH, 400)
    small = first_page_preview(make_image(kind, (120, 80)), f"image/{kind.lower()}")
    assert (small.width, small.height) == (120, 80)  # never blown up


def test_a_damaged_image_preview_is_a_sentence() -> None:
    preview = first_page_preview(make_image("PNG")[:200], "image/png")
    assert preview.png is None and "could not be read for a preview" in preview.message


def test_text_preview_is_the_opening_lines() -> None:
    lines = [f"Line {i}: Łukasz and Zoë" for i in range(100)]
    preview = first_page_preview(("\ufeff" + "\n".join(lines)).encode(), "text/plain")
    assert preview.text == "\n".join(lines[:TEXT_LINES])
    assert preview.truncated and not preview.markdown and preview.png is None
    short = first_page_preview(b"# Grounding\n\n- Feet on the floor\n", "text/markdown")
    assert (short.text, short.markdown, short.truncated) == ("# Grounding\n\n- Feet on the floor", True, False)
    assert first_page_preview(b"\n\n  \n", "text/plain").message
