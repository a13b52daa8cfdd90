"""The Qt Linguist translations stay complete and in step with the code (CI runs these).

A string added to the window or the PDFs without its translation fails here: the .ts files are
regenerated from the code into a temporary folder (packaging/translations.py, pyside6-lupdate)
and must equal the committed ones; no message may be unfinished; each .qm must be the one
pyside6-lrelease builds from its .ts. To fix: ``python packaging/translations.py update``,
translate what it marks unfinished, then ``python packaging/translations.py release``.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

from facilitator_app.export.wording import english, english_plural

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "packaging" / "translations.py")
assert _spec is not None and _spec.loader is not None
tools = importlib.util.module_from_spec(_spec)
sys.modules["translations_tool"] = tools
_spec.loader.exec_module(tools)

LANGUAGES = tools.LANGUAGES


def test_two_languages_besides_english_one_of_them_right_to_left() -> None:
    assert set(LANGUAGES) == {"es", "ar"}
    assert tools.PLURAL_FORMS == {"es": 2, "ar": 6}


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_ts_holds_every_string_of_the_code(code: str, tmp_path: Path) -> None:
    fresh = tools.updated(code, tmp_path)
    assert fresh.read_text(encoding="utf-8") == tools.ts_path(code).read_text(encoding="utf-8"), (
        f"{tools.ts_path(code).name} is stale: run python packaging/translations.py update, translate, release")


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_message_is_left_unfinished(code: str) -> None:
    assert tools.unfinished(tools.ts_path(code)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_plural_has_the_languages_forms(code: str) -> None:
    plurals = [message for message in tools.messages(tools.ts_path(code)).values() if message.get("numerus") == "yes"]
    assert plurals, "the window has plural messages"
    for message in plurals:
        forms = list(message.iter("numerusform"))
        assert len(forms) == tools.PLURAL_FORMS[code], message.findtext("source")


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_qm_is_built_from_its_ts(code: str, tmp_path: Path) -> None:
    built = tmp_path / f"facilitator_{code}.qm"
    tools.release(tools.ts_path(code), built)
    assert tools.qm_path(code).is_file(), "run python packaging/translations.py release"
    assert tools.qm_path(code).read_bytes() == built.read_bytes(), (
        f"{tools.qm_path(code).name} is older than its .ts: run python packaging/translations.py release")


def test_the_staleness_check_sees_a_new_string(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "facilitator_app"
    (package / "ui").mkdir(parents=True)
    (package / "export").mkdir()
    (package / "ui" / "new.py").write_text('translate("New", "A brand-new sentence")\n', encoding="utf-8")
    monkeypatch.setattr(tools, "PACKAGE", package)
    fresh = tools.updated("es", tmp_path)
    assert ("New", "A brand-new sentence", "") in tools.unfinished(fresh)


def _literal_calls(path: Path) -> set[str]:
    """The texts of translate(context, text...) (``_t`` in the PDFs), self.tr(text...) and QT_TRANSLATE_NOOP calls."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        position = {"translate": 1, "_t": 1, "QT_TRANSLATE_NOOP": 1, "tr": 0}.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str) and (
                position == 0 or isinstance(node.args[0], ast.Constant)):
            found.add(text.value)
    return found


def test_lupdate_finds_every_marked_string() -> None:
    """pyside6-lupdate skips a call it cannot read (a plural's count written as len(x), say): the
    string then never reaches a translator. Every literal marked in the code is in the .ts."""
    sources = {key[1] for key in tools.messages(tools.ts_path("es"))}
    marked = set().union(*(_literal_calls(path) for path in tools.source_files()))
    assert marked - sources == set()


def test_every_export_kind_text_is_marked_for_translation() -> None:
    from facilitator_app.export.kinds import CSV_TABLES, KINDS

    texts = {label for _value, label, _level in CSV_TABLES}
    for spec in KINDS:
        texts |= {spec.label, spec.document_name, spec.about, spec.fixed_level_note}
        for action in (spec.export_action, spec.print_action):
            if action is not None:
                texts |= {action.text, action.tip}
    sources = {key[1] for key in tools.messages(tools.ts_path("es")) if key[0] == "ExportKinds"}
    assert texts - {""} - sources == set()


@pytest.mark.parametrize(("count", "expected"), [(0, "0 rows are rejected"), (1, "1 row is rejected"),
                                                 (2, "2 rows are rejected"), (2000, "2,000 rows are rejected")])
def test_english_words_a_plural_for_its_count(count: int, expected: str) -> None:
    assert english_plural("%n row(s) [is|are] rejected", count) == expected
    assert english("Ctx", "%n row(s) [is|are] rejected", "", count) == expected
    assert english("Ctx", "No count (here)") == "No count (here)"


def test_texts_kept_below_ui_are_marked_where_the_window_shows_them() -> None:
    """A default written in services (a new group's agreement) is marked in ui/ by a copy: it stays the same."""
    from facilitator_app.services.groups import DEFAULT_AGREEMENT

    assert ("GroupDialog", DEFAULT_AGREEMENT, "") in tools.messages(tools.ts_path("es"))
