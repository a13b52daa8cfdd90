"""The licences shipped with the app (issue 13, item 2): every runtime package is listed, each
component has its text, the declared licences agree with the packages' metadata, and the fonts'
texts are the ones beside the fonts."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

import facilitator_app
from facilitator_app.ui.about_licences import INDEX, LICENSES, components

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("licences_tool", ROOT / "packaging" / "licences.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["licences_tool"] = tool
_spec.loader.exec_module(tool)

ENTRIES = tomllib.loads(INDEX.read_text(encoding="utf-8"))["component"]


def _installed(entry: dict) -> bool:
    """Listed packages that this Python does not need (importlib_metadata on 3.12+) are not installed."""
    try:
        importlib.metadata.distribution(entry["distributions"][0])
    except (IndexError, importlib.metadata.PackageNotFoundError):
        return False
    return True


def test_every_runtime_package_is_listed_and_every_text_is_there() -> None:
    assert tool.problems() == []
    assert {"pyside6-essentials", "sqlalchemy", "reportlab", "sqlcipher3"} <= tool.runtime_distributions()


def test_the_check_names_a_package_that_is_not_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    listed = [e for e in ENTRIES if "reportlab" not in e["distributions"]]
    monkeypatch.setattr(tool, "entries", lambda: listed)
    assert "reportlab is bundled but not in components.toml" in tool.problems()


def test_each_component_has_one_text_file_that_starts_with_its_name_and_licence() -> None:
    files = [entry["file"] for entry in ENTRIES]
    assert len(files) == len(set(files))
    assert sorted(p.name for p in LICENSES.glob("*.txt")) == sorted(files)  # none left over
    for component in components():
        first, second = component.text().splitlines()[:2]
        assert (first, second) == (component.name, f"Licence: {component.licence}")
        assert len(component.text()) > 500


@pytest.mark.parametrize("entry", [e for e in ENTRIES if _installed(e)], ids=lambda e: e["name"])
def test_the_licence_agrees_with_the_package_metadata(entry: dict) -> None:
    """Where a package declares an SPDX expression, ours is the same; otherwise its free-text
    licence or classifier names the same family."""
    metadata = importlib.metadata.metadata(entry["distributions"][0])
    fields = dict(metadata.items())
    expression = fields.get("License-Expression")
    if expression:
        assert entry["spdx"] == expression
        return
    declared = " ".join([fields.get("License", ""), *(metadata.get_all("Classifier") or [])])
    family = {"LGPL-3.0-only": "LGPL-3.0-only", "LGPL-3.0": "Lesser General Public License", "MIT": "MIT",
              "BSD-3-Clause": "BSD", "Apache-2.0 AND MIT-Modern-Variant": "Apache License 2.0",
              "(Apache-2.0 OR BSD-3-Clause) AND LicenseRef-PdfiumThirdParty":
                  "(Apache-2.0 OR BSD-3-Clause) AND LicenseRef-Pdfium"}
    if entry["spdx"] == "BSD-3-Clause AND Zlib AND Apache-2.0":   # sqlcipher3 declares nothing but its file
        assert "Permission is granted to anyone to use this software" in tool.licence_files("sqlcipher3")[0][1]
        return
    assert family[entry["spdx"]] in declared


def test_the_fonts_licences_are_the_texts_beside_the_fonts() -> None:
    fonts = Path(facilitator_app.__file__).parent / "export" / "fonts"
    texts = {c.file.name: c.text() for c in components()}
    for copy, original in (("DejaVu-fonts.txt", "LICENSE-DejaVu.txt"), ("Noto-fonts.txt", "LICENSE-Noto.txt"),
                           ("DroidSansFallback-font.txt", "LICENSE-DroidSansFallback.txt")):
        assert (fonts / original).read_text(encoding="utf-8").strip() in texts[copy]
    assert "SIL OPEN FONT LICENSE" in texts["Noto-fonts.txt"].upper()


def test_the_licence_texts_are_package_data() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "resources/licenses/*" in data["tool"]["setuptools"]["package-data"]["facilitator_app"]


def test_the_package_version_is_pyprojects() -> None:
    """--version and the About dialog read ``__version__``: it must be the version being built."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert facilitator_app.__version__ == data["project"]["version"]
