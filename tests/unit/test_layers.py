"""The layers stay clean: nothing below ui/ imports Qt, and start-up stays light."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import facilitator_app

NON_UI = ("domain", "storage", "services", "export")


def _modules_under(package: str) -> list[str]:
    root = f"facilitator_app.{package}"
    module = __import__(root, fromlist=["_"])
    names = [root]
    for info in pkgutil.walk_packages(module.__path__, prefix=f"{root}."):
        if ".migrations.versions" not in info.name and not info.name.endswith(".migrations.env"):
            names.append(info.name)
    return names


def test_non_ui_packages_never_import_pyside6() -> None:
    modules = [m for package in NON_UI for m in _modules_under(package)] + [
        "facilitator_app.cli", "facilitator_app.cli_export", "facilitator_app.errors", "facilitator_app.paths"]
    code = (f"import importlib, sys\nfor name in {modules!r}:\n    importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_command_line_does_not_import_qt_or_alembic() -> None:
    code = ("import sys\nfrom facilitator_app.cli import main\n"
            "assert main(['--version']) == 0\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert facilitator_app.__version__ in result.stdout
    code = ("import sys\nimport facilitator_app.cli, facilitator_app.services.container\n"
            "assert 'PySide6' not in sys.modules and 'alembic' not in sys.modules, "
            "[m for m in sys.modules if m.startswith(('PySide6', 'alembic'))]\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_only_storage_writes_sql() -> None:
    """Services, domain and ui never build SQL: no select/insert/text from SQLAlchemy there."""
    import pathlib
    import re

    root = pathlib.Path(facilitator_app.__file__).parent
    pattern = re.compile(r"from sqlalchemy import .*\b(select|insert|update|delete|text)\b|sqlalchemy\.sql")
    offenders = [str(p.relative_to(root)) for folder in ("domain", "services", "ui")
                 for p in (root / folder).rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
