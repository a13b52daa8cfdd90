"""An AST reading of a package's import graph and the layering rules the project keeps.

Layers, lowest first (a module may import its own layer or a lower one):

0. base: the package itself (``__init__``), ``errors``, ``paths``, ``logging_setup``, ``private_files``, ``startup``
   (plain helpers every layer may use; they import nothing of the app above them);
1. ``domain``; 2. ``storage``; 3. ``services``; 4. ``export``; 5. ``ui``;
6. composition roots: ``app``, ``__main__``, ``cli``, ``cli_*`` (wire the layers together).

Third-party rules: PySide6/shiboken6 only in ``ui/`` and ``app``; sqlalchemy/alembic only in
``storage/``; no SQL (``exec_driver_sql``, SQLAlchemy ``select``/``text``, raw SQL strings)
outside ``storage/``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE_LAYERS = {"domain": 1, "storage": 2, "services": 3, "export": 4, "ui": 5}
BASE_MODULES = {"", "errors", "paths", "logging_setup", "private_files", "startup"}
ROOT_LAYER = 6
QT_PACKAGES = ("PySide6", "shiboken6")
QT_ALLOWED = ("ui", "app")
SQLALCHEMY_PACKAGES = ("sqlalchemy", "alembic")
SQL_BUILDERS = {"select", "insert", "update", "delete", "text", "exec_driver_sql"}
RAW_SQL = re.compile(r"^\s*(SELECT\b.*\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|"
                     r"CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER|UNIQUE)\b|DROP\s+(TABLE|INDEX)\b|"
                     r"ALTER\s+TABLE\b|PRAGMA\s+\w+)", re.DOTALL)


@dataclass(frozen=True)
class Import:
    """One import statement's target, seen from the module that holds it."""

    source: str
    target: str
    line: int


def module_name(root: Path, path: Path) -> str:
    """``facilitator_app/ui/models/x.py`` -> ``facilitator_app.ui.models.x`` (packages drop ``__init__``)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def python_files(root: Path) -> Iterator[Path]:
    """Every module of the package (Alembic's migration scripts included)."""
    yield from sorted(p for p in root.rglob("*.py") if ".venv" not in p.parts)


def _resolve_relative(source: str, is_package: bool, level: int, module: str | None) -> str:
    base = source.split(".") if is_package else source.split(".")[:-1]
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([module] if module else []))


def imports_of(root: Path, path: Path) -> list[Import]:
    """Every import in the file: top-level, inside functions, under ``TYPE_CHECKING``, relative ones."""
    source = module_name(root, path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(source, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = (_resolve_relative(source, path.name == "__init__.py", node.level, node.module)
                      if node.level else node.module or "")
            # ``from pkg import sub`` names a submodule when one exists: record both spellings
            found += [Import(source, f"{module}.{alias.name}", node.lineno) for alias in node.names]
            found.append(Import(source, module, node.lineno))
    return found


def internal_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package's own modules it imports (targets resolved to existing modules)."""
    modules = {module_name(root, p): p for p in python_files(root)}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for imp in imports_of(root, path):
            if imp.target in modules and imp.target != name:
                graph[name].add(imp.target)
    return graph


def layer_of(package: str, module: str) -> int:
    """The layer rank of one of the package's modules (see the module docstring)."""
    parts = module.split(".")[1:]
    first = parts[0] if parts else ""
    if first in PACKAGE_LAYERS:
        return PACKAGE_LAYERS[first]
    if first in BASE_MODULES:
        return 0
    return ROOT_LAYER  # app, __main__, cli, cli_export, cli_list, any new top-level module


def layer_violations(root: Path) -> set[str]:
    """``a -> b`` for each import of a module from a higher layer."""
    package = root.name
    return {f"{src} -> {dst}" for src, targets in internal_graph(root).items() for dst in targets
            if layer_of(package, dst) > layer_of(package, src)}


def import_cycles(root: Path) -> set[str]:
    """Each cycle among the package's modules, as ``a -> b -> a`` starting at its smallest name."""
    graph = internal_graph(root)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return {_one_cycle(graph, component) for component in components}


def _one_cycle(graph: dict[str, set[str]], component: list[str]) -> str:
    """A shortest cycle through the component's smallest module, spelled out."""
    start, members = component[0], set(component)
    paths: dict[str, list[str]] = {start: [start]}
    frontier = [start]
    while frontier:
        nxt_frontier = []
        for node in frontier:
            for nxt in sorted(graph[node] & members):
                if nxt == start:
                    return " -> ".join(paths[node] + [start])
                if nxt not in paths:
                    paths[nxt] = paths[node] + [nxt]
                    nxt_frontier.append(nxt)
        frontier = nxt_frontier
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover - a component always has one


def _third_party(root: Path, packages: tuple[str, ...], allowed: tuple[str, ...]) -> set[str]:
    found = set()
    for path in python_files(root):
        name = module_name(root, path)
        first = name.split(".")[1] if "." in name else ""
        if first in allowed:
            continue
        for imp in imports_of(root, path):
            if imp.target.split(".")[0] in packages:
                found.add(f"{name} -> {imp.target.split('.')[0]}")
    return found


def qt_imports(root: Path) -> set[str]:
    """Modules outside ``ui/`` and ``app`` that import PySide6 or shiboken6."""
    return _third_party(root, QT_PACKAGES, QT_ALLOWED)


def sqlalchemy_imports(root: Path) -> set[str]:
    """Modules outside ``storage/`` that import sqlalchemy or alembic."""
    return _third_party(root, SQLALCHEMY_PACKAGES, ("storage",))


def _sqlalchemy_names(tree: ast.Module) -> set[str]:
    """The local names a module binds to sqlalchemy or to names imported from it."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.asname or alias.name.split(".")[0] for alias in node.names
                      if alias.name.split(".")[0] == "sqlalchemy"}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            names |= {alias.asname or alias.name for alias in node.names}
    return names


def sql_outside_storage(root: Path) -> set[str]:
    """``module:line what`` for SQL built or spelled outside ``storage/``."""
    found = set()
    for path in python_files(root):
        name = module_name(root, path)
        if name.split(".")[1:2] == ["storage"]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        sqlalchemy_names = _sqlalchemy_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "exec_driver_sql":
                found.add(f"{name}:{node.lineno} exec_driver_sql")
            elif (isinstance(node, ast.Attribute) and node.attr in SQL_BUILDERS
                  and isinstance(node.value, ast.Name) and node.value.id in sqlalchemy_names):
                found.add(f"{name}:{node.lineno} {node.value.id}.{node.attr}")
            elif isinstance(node, ast.Name) and node.id in SQL_BUILDERS & sqlalchemy_names:
                found.add(f"{name}:{node.lineno} {node.id}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and RAW_SQL.match(node.value):
                found.add(f"{name}:{node.lineno} raw SQL")
    return found
