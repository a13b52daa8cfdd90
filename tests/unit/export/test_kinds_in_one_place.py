"""The list of export kinds is spelled out in one file, ``export/kinds.py``: every other module of
the app (each exporter included) names at most one kind, so adding a kind edits no generic code."""

from __future__ import annotations

import re
from pathlib import Path

import facilitator_app
from facilitator_app.export.kinds import KINDS, KindSpec

SOURCE = Path(facilitator_app.__file__).parent


def spelling(spec: KindSpec) -> re.Pattern[str]:
    """How a module names a kind: 'session-summary', 'session_summary', 'Session summary' or
    ``ExportKind.SESSION_SUMMARY``; a one-word name ('csv') only quoted or as the member."""
    words = spec.cli_name.split("-")
    name = rf"\b{'[-_ ]'.join(words)}\b" if len(words) > 1 else rf"[\"']{words[0]}[\"']"
    return re.compile(rf"(?i:{name})|ExportKind\.{spec.kind.name}\b")


def kinds_named(text: str) -> set[str]:
    return {spec.cli_name for spec in KINDS if spelling(spec).search(text)}


def test_the_spelling_finds_each_kind_in_the_ways_modules_name_it() -> None:
    assert kinds_named('from facilitator_app.export.session_summary import x') == {"session-summary"}
    assert kinds_named('if kind is ExportKind.CSV or kind == "group-report": ...') == {"csv", "group-report"}
    assert kinds_named('"""A sign-in sheet and a handout pack."""') == {"sign-in-sheet", "handout-pack"}
    assert kinds_named("import csv\nrows = csv.writer(out)") == set()


def test_only_the_registry_spells_out_several_kinds() -> None:
    several = {path.relative_to(SOURCE).as_posix(): sorted(named)
               for path in sorted(SOURCE.rglob("*.py"))
               if len(named := kinds_named(path.read_text(encoding="utf-8"))) > 1}
    assert sorted(several) == ["export/kinds.py"], several


def test_each_kind_module_names_only_its_own_kind() -> None:
    for spec in KINDS:
        module = SOURCE.parent / (spec.module.replace(".", "/") + ".py")
        assert kinds_named(module.read_text(encoding="utf-8")) <= {spec.cli_name}, spec.module
