"""Keep the Qt Linguist translations in step with the code.

    python packaging/translations.py update     # collect the strings into each .ts (translations kept)
    python packaging/translations.py release    # build each .qm from its .ts (committed beside it)
    python packaging/translations.py status     # how many messages each .ts still has to translate

``update`` runs pyside6-lupdate over ``facilitator_app`` into a fresh file, marks every message
with ``%n`` as a plural (lupdate's Python parser does so for ``self.tr`` only, not for
``translate(context, text, "", n)``), and carries each existing translation over; a new or
changed message comes in as ``type="unfinished"``, a message the code no longer has is dropped.
Locations are left out, so moving code does not change the .ts. Translate in Qt Linguist
(``pyside6-linguist facilitator_app/resources/translations/facilitator_es.ts``) or any editor,
then ``release``. tests/unit/test_translations.py fails when a .ts is stale, has an unfinished or
empty translation, or its .qm is missing or not built from it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator_app"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("es", "ar")
# The forms each language's plural messages have (Qt's rules: Spanish one/other; Arabic zero,
# one, two, few (3-10), many (11-99), other).
PLURAL_FORMS = {"es": 2, "ar": 6}
SOURCES = ("ui", "export")

Key = tuple[str, str, str]   # context, source, disambiguation comment


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment (or the PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"facilitator_{code}.ts"


def qm_path(code: str) -> Path:
    return TRANSLATIONS / f"facilitator_{code}.qm"


def source_files() -> list[Path]:
    return sorted(path for folder in SOURCES for path in (PACKAGE / folder).rglob("*.py"))


def extract(target: Path) -> None:
    """pyside6-lupdate's view of the code, without locations or translations, into ``target``."""
    listing = target.with_suffix(".files")
    listing.write_text("\n".join(str(path) for path in source_files()) + "\n", encoding="utf-8")
    # ``_t`` is the PDFs' short name for their wording's translate (export/wording.py).
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-tr-function-alias",
                    "translate+=_t", f"@{listing}", "-ts", str(target)], check=True, capture_output=True)


def key(message: ET.Element, context: str) -> Key:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts by (context, source, comment)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[key(message, name)] = message
    return found


def is_plural(source: str) -> bool:
    return "%n" in source


def merged(fresh: Path, code: str, old: Path | None) -> ET.ElementTree:
    """The fresh extraction with ``old``'s translations carried over and plurals marked."""
    kept = messages(old) if old is not None and old.exists() else {}
    tree = ET.parse(fresh)
    root = tree.getroot()
    root.set("language", code)
    root.set("sourcelanguage", "en")
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            plural = is_plural(message.findtext("source", ""))
            if plural:
                message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is not None:
                message.remove(translation)
            previous = kept.get(key(message, name))
            message.append(_translation(previous, plural, PLURAL_FORMS[code]))
    ET.indent(tree, space="    ")
    return tree


def _translation(previous: ET.Element | None, plural: bool, forms: int) -> ET.Element:
    old = previous.find("translation") if previous is not None else None
    new = ET.Element("translation")
    if plural:
        texts = [form.text or "" for form in old.iter("numerusform")] if old is not None else []
        texts = (texts + [""] * forms)[:forms]
        for text in texts:
            ET.SubElement(new, "numerusform").text = text
        finished = all(texts) and old is not None and old.get("type") != "unfinished"
    else:
        new.text = old.text if old is not None and not list(old) else ""
        finished = bool(new.text) and old is not None and old.get("type") != "unfinished"
    if not finished:
        new.set("type", "unfinished")
    return new


def write_ts(tree: ET.ElementTree, target: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def updated(code: str, folder: Path) -> Path:
    """The .ts for ``code`` as ``update`` would write it, in ``folder``."""
    fresh = folder / f"fresh_{code}.ts"
    extract(fresh)
    target = folder / f"facilitator_{code}.ts"
    write_ts(merged(fresh, code, ts_path(code)), target)
    return target


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def unfinished(ts: Path) -> list[Key]:
    """Messages with no finished translation (unfinished, or an empty text or plural form)."""
    missing = []
    for found, message in messages(ts).items():
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] if translation is not None else []
        text = translation.text if translation is not None else ""
        empty = not all(forms) if message.get("numerus") == "yes" else not text
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
            missing.append(found)
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        if command == "update":
            with tempfile.TemporaryDirectory() as folder:
                shutil.copy(updated(code, Path(folder)), ts_path(code))
        elif command == "release":
            release(ts_path(code), qm_path(code))
        elif command != "status":
            print(__doc__)
            return 2
        print(f"{ts_path(code).name}: {len(messages(ts_path(code)))} messages, "
              f"{len(unfinished(ts_path(code)))} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
