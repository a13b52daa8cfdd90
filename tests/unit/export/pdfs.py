"""Shared helpers for the export tests: the small sample store, and reading PDFs back.

The sample store is built once per test run (it is deterministic: same seed, same "today")
and copied for each module or test that needs one, so no test sees another's changes.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from facilitator_app.services.container import Services, build_services
from facilitator_app.services.sample_data import build_sample_store
from facilitator_app.storage.store import open_store
from tests.helpers.sqlite_files import copy_store

TODAY = date(2026, 3, 2)             # the sample's "today": upcoming sessions start on Tue 3 Mar 2026
MAIN_GROUP = "Tuesday Evening Peer Support"
NON_ASCII = ("Zoë", "Łukasz", "Søren", "Nguyễn Văn An")

_built: dict[str, Path] = {}


def sample_file(factory: pytest.TempPathFactory) -> Path:
    """The small sample store, built once per test run (never written to: copy it first)."""
    if "small" not in _built:
        path = factory.getbasetemp() / "export-sample" / "small.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        build_sample_store(path, "small", seed=1, today=TODAY)
        _built["small"] = path
    return _built["small"]


def copy_of(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "store.sqlite3"
    copy_store(source, target)
    return target


@contextlib.contextmanager
def services_on(path: Path) -> Iterator[Services]:
    store = open_store(path, create=False)
    try:
        yield build_services(store)
    finally:
        store.close()


# --------------------------------------------------------------------------- reading PDFs back
def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def pdftotext(path: Path) -> str:
    """What a search or a screen reader sees: poppler's pdftotext, else pypdf's extraction."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        return nfc(out.stdout.decode("utf-8"))
    return pypdf_text(path)


def layout_text(path: Path, page: int) -> str:
    """One page (1-based) as poppler lays it out: a line of the page is a line of text."""
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is needed for these tests: apt-get install poppler-utils (.ci/run does)")
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, check=True)
    return nfc(out.stdout.decode("utf-8"))


def flat(text: str) -> str:
    """The text with every run of white space (line breaks of wrapped cells too) as one space."""
    return " ".join(text.split())


def pypdf_text(path: Path) -> str:
    return nfc("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))


def qpdf_ok(path: Path) -> None:
    """``qpdf --check`` passes."""
    if not shutil.which("qpdf"):
        pytest.fail("qpdf is needed for these tests: apt-get install qpdf (.ci/run does)")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def metadata_text(path: Path) -> str:
    meta = PdfReader(path).metadata or {}
    return nfc(" ".join(str(v) for v in meta.values()))


def outline_titles(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [item.title for item in reader.outline if not isinstance(item, list)]


def font_names(path: Path) -> set[str]:
    """Every font named by the pages (and their forms) of a PDF, subset prefixes removed."""
    names: set[str] = set()

    def walk(resources: object) -> None:
        resources = resources.get_object() if resources is not None else None   # type: ignore[union-attr]
        if not resources:
            return
        for font in (resources.get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1].lstrip("/"))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return names


def has_name(text: str, name: str) -> bool:
    """Whether ``name`` appears as a whole word (or words) in ``text``, ignoring case."""
    return re.search(rf"(?<!\w){re.escape(nfc(name))}(?!\w)", text, flags=re.IGNORECASE) is not None


def names_in(text: str, names: Iterable[str]) -> list[str]:
    return sorted({n for n in names if n and has_name(text, n)})


def small_pdf(title: str, pages: int, size: tuple[float, float] = A4) -> bytes:
    """A small PDF handout made with reportlab: each page says which page it is."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=size)
    c.setTitle(title)
    for number in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, size[1] - 100, f"{title}: page {number} of {pages}")
        c.setFont("Helvetica", 11)
        c.drawString(72, size[1] - 130, "An invented handout for tests.")
        c.showPage()
    c.save()
    return buffer.getvalue()
