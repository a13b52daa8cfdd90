"""Every third-party import is declared in pyproject.toml, so a fresh venv has what the code and tests use.

A package installed by hand on one machine hides a missing declaration from a local green run (numpy and
cryptography once did); this reads the imports instead of trusting the environment.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWN = {"facilitator_app", "tests", "conftest"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    return {_normalised(re.split(r"[\s\[<>=!~;]", r.strip(), maxsplit=1)[0]) for r in requirements}


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_every_third_party_import_is_declared() -> None:
    declared = _declared()
    owners_of = packages_distributions()
    undeclared: dict[str, str] = {}
    files = [*(ROOT / "facilitator_app").rglob("*.py"), *(ROOT / "tests").rglob("*.py"),
             *(ROOT / "packaging").rglob("*.py")]
    for path in files:
        for top in _top_level_imports(path):
            if top in sys.stdlib_module_names or top in OWN or top.startswith("_"):
                continue
            owners = {_normalised(d) for d in owners_of.get(top, [])}
            if not owners & declared:
                undeclared.setdefault(top, str(path.relative_to(ROOT)))
    assert undeclared == {}, f"imported but not declared in pyproject.toml: {undeclared}"


def test_the_check_sees_an_undeclared_import(tmp_path: Path) -> None:
    """The reader above finds imports inside functions and `from x.y import z` forms too."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from numpy.linalg import norm\n    import yaml.loader\n", encoding="utf-8")
    assert _top_level_imports(sample) == {"numpy", "yaml"}
