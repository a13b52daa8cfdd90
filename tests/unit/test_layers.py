"""The layers stay clean over the whole import graph (read with ``ast``), and start-up stays light.

The rules and the place of each top-level module are in ``tests/helpers/import_graph.py``. Each rule
is also run on a small planted tree, so each guard is shown to fail on a bad import.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import facilitator_app
from tests.helpers import import_graph

ROOT = Path(facilitator_app.__file__).parent

# Today's known violations, each being removed on another branch of issue 10. Empty these as they land;
# any violation not listed here fails the tests.
# Known violations waiting for a fix: these sets only ever shrink (issue 10 emptied both).
KNOWN_CYCLES: set[str] = set()
KNOWN_SQLALCHEMY_IMPORTS: set[str] = set()


def test_each_module_imports_only_its_own_layer_or_lower() -> None:
    assert import_graph.layer_violations(ROOT) == set()


def test_no_import_cycles_between_modules() -> None:
    assert import_graph.import_cycles(ROOT) - KNOWN_CYCLES == set()


def test_pyside6_only_in_ui_and_the_composition_root() -> None:
    assert import_graph.qt_imports(ROOT) == set()


def test_sqlalchemy_and_alembic_only_in_storage() -> None:
    assert import_graph.sqlalchemy_imports(ROOT) - KNOWN_SQLALCHEMY_IMPORTS == set()


def test_only_storage_writes_sql() -> None:
    assert import_graph.sql_outside_storage(ROOT) == set()


def test_the_known_violations_are_still_real() -> None:
    """A listed violation that has been fixed is taken off the list, so the list only shrinks."""
    assert KNOWN_CYCLES <= import_graph.import_cycles(ROOT)
    assert KNOWN_SQLALCHEMY_IMPORTS <= import_graph.sqlalchemy_imports(ROOT)


# --- the guards can fail: each rule catches a file planted in a temporary tree ---


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "app"
    for name in ("__init__.py", "domain/__init__.py", "storage/__init__.py", "services/__init__.py",
                 "export/__init__.py", "ui/__init__.py", *files):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files.get(name, ""), encoding="utf-8")
    return root


@pytest.mark.parametrize(("files", "expected"), [
    ({"domain/a.py": "from app.storage import repo\n", "storage/repo.py": ""},
     {"app.domain.a -> app.storage.repo"}),
    ({"storage/a.py": "import app.services.s\n", "services/s.py": ""}, {"app.storage.a -> app.services.s"}),
    ({"services/a.py": "from app.export import (\n    pdf,\n)\n", "export/pdf.py": ""},
     {"app.services.a -> app.export.pdf"}),
    ({"export/a.py": "def f():\n    from ..ui import w\n", "ui/w.py": ""}, {"app.export.a -> app.ui.w"}),
    ({"domain/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.ui.w import W\n",
      "ui/w.py": ""}, {"app.domain.a -> app.ui.w"}),
    ({"errors.py": "from app.domain import a\n", "domain/a.py": ""}, {"app.errors -> app.domain.a"}),
    ({"ui/a.py": "from app import cli\n", "cli.py": ""}, {"app.ui.a -> app.cli"}),
])
def test_the_layer_rule_catches_upward_imports(tmp_path: Path, files: dict[str, str],
                                               expected: set[str]) -> None:
    """``from pkg import mod`` also imports ``pkg``: both edges are reported, from the one module."""
    [edge] = expected
    found = import_graph.layer_violations(_tree(tmp_path, files))
    assert edge in found and {v.split(" -> ")[0] for v in found} == {edge.split(" -> ")[0]}


def test_the_layer_rule_lets_roots_import_any_layer(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"cli.py": "from app.ui import w\nfrom app import errors\n", "ui/w.py": "",
                            "errors.py": "", "ui/x.py": "from . import w\nfrom app.domain import d\n",
                            "domain/d.py": ""})
    assert import_graph.layer_violations(root) == set()


def test_the_cycle_rule_reports_the_cycle(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"ui/a.py": "from app.ui import b\n", "ui/b.py": "def f():\n    from .c import x\n",
                            "ui/c.py": "import app.ui.a\n"})
    assert import_graph.import_cycles(root) == {"app.ui.a -> app.ui.b -> app.ui.c -> app.ui.a"}


@pytest.mark.parametrize("source", ["from PySide6.QtCore import QObject\n", "import PySide6\n",
                                    "def f():\n    import shiboken6\n"])
def test_the_qt_rule_catches_qt_outside_ui(tmp_path: Path, source: str) -> None:
    root = _tree(tmp_path, {"export/a.py": source, "ui/w.py": source, "app.py": source})
    assert {v.split(" -> ")[0] for v in import_graph.qt_imports(root)} == {"app.export.a"}


@pytest.mark.parametrize("source", ["from sqlalchemy.orm import Session\n", "import sqlalchemy as sa\n",
                                    "from alembic import op\n"])
def test_the_sqlalchemy_rule_catches_it_outside_storage(tmp_path: Path, source: str) -> None:
    root = _tree(tmp_path, {"services/a.py": source, "storage/s.py": source})
    assert {v.split(" -> ")[0] for v in import_graph.sqlalchemy_imports(root)} == {"app.services.a"}


@pytest.mark.parametrize(("source", "what"), [
    ("import sqlalchemy as sa\nq = sa.select(1)\n", "sa.select"),
    ("from sqlalchemy import text\nq = text('x')\n", "text"),
    ("def f(c):\n    c.exec_driver_sql('x')\n", "exec_driver_sql"),
    ("Q = '''\n  SELECT id\n  FROM members'''\n", "raw SQL"),
    ("Q = 'DELETE FROM notes WHERE id = ?'\n", "raw SQL"),
    ("Q = 'PRAGMA foreign_keys = ON'\n", "raw SQL"),
])
def test_the_sql_rule_catches_sql_outside_storage(tmp_path: Path, source: str, what: str) -> None:
    root = _tree(tmp_path, {"ui/a.py": source, "storage/s.py": source})
    [found] = import_graph.sql_outside_storage(root)
    assert found.startswith("app.ui.a:") and found.endswith(f" {what}")


def test_the_sql_rule_leaves_plain_words_alone(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"ui/a.py": "LABEL = 'Select a group'\nHINT = 'Update the notes'\n"})
    assert import_graph.sql_outside_storage(root) == set()


# --- what runs at start-up ---


def test_the_command_line_does_not_import_qt_or_alembic() -> None:
    code = ("import sys\nfrom facilitator_app.cli import main\n"
            "assert main(['--version']) == 0\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert facilitator_app.__version__ in result.stdout
    code = ("import sys\nimport facilitator_app.cli, facilitator_app.services.container\n"
            "assert 'PySide6' not in sys.modules and 'alembic' not in sys.modules, "
            "[m for m in sys.modules if m.startswith(('PySide6', 'alembic'))]\n")
    subprocess.run([sys.executable, "-c", code], check=True)
