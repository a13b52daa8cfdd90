"""The PyInstaller spec and the Linux build scripts stay in step with the package (issue 13).

Building the bundle takes minutes, so the default run never does it (.ci/run runs packaging/build-linux.sh);
these checks are the fast part: the scripts parse, the spec collects every package-data glob of pyproject.toml
and leaves out no Qt module the app imports, nothing repeats the version, and the smoke test fails with a
sentence when the bundled program misbehaves (on a stand-in program, a few lines of shell).
"""

from __future__ import annotations

import ast
import fnmatch
import os
import shutil
import stat
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "facilitator-app.spec"
BUILD = ROOT / "packaging" / "build-linux.sh"
SMOKE = ROOT / "packaging" / "smoke-test.sh"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BASH = shutil.which("bash")


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def collect_data_calls(tree: ast.Module) -> list[tuple[str, bool, list[str]]]:
    """Each ``collect_data_files(package, include_py_files=..., excludes=[...])`` in the spec."""
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "collect_data_files":
            package = ast.literal_eval(node.args[0])
            keywords = {kw.arg: kw.value for kw in node.keywords}
            include_py = bool(ast.literal_eval(keywords["include_py_files"])) if "include_py_files" in keywords \
                else False
            excludes = ast.literal_eval(keywords["excludes"]) if "excludes" in keywords else []
            calls.append((package, include_py, excludes))
    return calls


def qt_excludes(tree: ast.Module) -> set[str]:
    """The Qt module names in the spec's QT_EXCLUDES."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "QT_EXCLUDES" for t in node.targets):
            return {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and isinstance(c.value, str)
                    and c.value.startswith("Qt")}
    raise AssertionError("the spec has no QT_EXCLUDES")


def pyside_modules_used() -> set[str]:
    """The PySide6 modules the app imports anywhere."""
    used = set()
    for path in (ROOT / "facilitator_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            used |= {name.split(".")[1] for name in names if name.startswith("PySide6.")}
    return used


def collected_by(calls: list[tuple[str, bool, list[str]]], package: str, glob: str) -> bool:
    """Whether one of the spec's calls collects the files of ``package`` matching ``glob``."""
    folder = ROOT.joinpath(*package.split("."))
    files = [p.relative_to(folder).as_posix() for p in folder.glob(glob) if p.is_file()]
    for collected, include_py, excludes in calls:
        if not (package == collected or package.startswith(collected + ".")):
            continue
        prefix = "/".join(package.split(".")[len(collected.split(".")):])
        paths = [f"{prefix}/{f}" if prefix else f for f in files]
        if glob.endswith(".py") and not include_py:
            continue
        if any(fnmatch.fnmatch(p, pattern) for p in paths for pattern in excludes):
            continue
        return True
    return False


def test_the_shell_scripts_parse() -> None:
    assert BASH is not None
    for script in (BUILD, SMOKE):
        result = subprocess.run([BASH, "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert os.access(script, os.X_OK), f"{script.name} is not executable"


def test_the_spec_parses_and_reads_name_version_and_entry_point_from_pyproject() -> None:
    text = SPEC.read_text(encoding="utf-8")
    tree = spec_tree()
    assert '["project"]["version"]' in text
    assert '["project"]["scripts"][NAME]' in text
    assert any(isinstance(n, ast.Assign) and getattr(n.targets[0], "id", None) == "NAME"
               and ast.literal_eval(n.value) in PYPROJECT["project"]["scripts"] for n in tree.body)
    version = PYPROJECT["project"]["version"]
    for path in (SPEC, BUILD, SMOKE):
        assert version not in path.read_text(encoding="utf-8"), f"{path.name} repeats the version {version}"


def test_the_spec_collects_every_package_data_glob() -> None:
    calls = collect_data_calls(spec_tree())
    package_data: dict[str, list[str]] = PYPROJECT["tool"]["setuptools"]["package-data"]
    missing = [f"{package}: {glob}" for package, globs in package_data.items() for glob in globs
               if not collected_by(calls, package, glob)]
    assert missing == [], "packaging/facilitator-app.spec does not collect these package-data globs"


def test_the_package_data_check_sees_a_glob_the_spec_misses() -> None:
    calls = [("facilitator_app", False, ["**/*.ts"])]
    assert collected_by(calls, "facilitator_app", "resources/translations/*.qm")
    assert not collected_by(calls, "facilitator_app", "resources/translations/*.ts")  # excluded
    assert not collected_by(calls, "facilitator_app.storage.migrations", "versions/*.py")  # no .py files
    assert not collected_by(calls, "other_package", "*.txt")


def test_the_spec_leaves_out_no_qt_module_the_app_imports() -> None:
    excluded = qt_excludes(spec_tree())
    assert "QtNetwork" in excluded  # the app never opens a network connection
    used = pyside_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert used & excluded == set(), "the app imports Qt modules the spec leaves out of the bundle"


def test_ci_builds_and_smoke_tests_the_bundle_before_the_readme_test_command() -> None:
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    builds = [n for n, line in enumerate(lines) if "packaging/build-linux.sh" in line and not line.startswith("#")]
    assert builds, ".ci/run does not run packaging/build-linux.sh"
    assert builds[-1] < len(lines) - 1


# ------------------------------------------------------------------ the smoke test, on stand-in programs
FAKE_APP = """#!/bin/bash
# A stand-in for the bundled program: behaves well unless told otherwise by the file BAD beside it.
# Only bash itself: the smoke test gives it an empty PATH.
bad=""
[ -f "${0%/*}/BAD" ] && bad="$(<"${0%/*}/BAD")"
case "$1" in
    --version) [ "$bad" = traceback ] && echo 'Traceback (most recent call last):' >&2; echo "facilitator-app 9.9.9" ;;
    demo-data) : > "$FACILITATOR_APP_DB" ;;
    db) [ "$bad" = check ] && { echo "facilitator-app: the store is damaged" >&2; exit 1; }; echo "ok: fine" ;;
    list) echo "A Group" ;;
    export) printf '%%PDF-1.4 stand-in' > "$8" ;;
esac
"""


def fake_bundle(tmp_path: Path, bad: str = "") -> Path:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    app = bundle / "facilitator-app"
    app.write_text(FAKE_APP, encoding="utf-8")
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    if bad:
        (bundle / "BAD").write_text(bad, encoding="utf-8")
    return bundle


def smoke(bundle: Path) -> subprocess.CompletedProcess[str]:
    assert BASH is not None
    return subprocess.run([BASH, str(SMOKE), str(bundle)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "SMOKE_WINDOW_SECONDS": "1"})


@pytest.mark.parametrize(("bad", "sentence"), [
    ("check", "smoke test FAILED: db check exited with status 1"),
    ("traceback", "smoke test FAILED: --version wrote an error to stderr"),
])
def test_the_smoke_test_fails_with_a_sentence_naming_the_step(tmp_path: Path, bad: str, sentence: str) -> None:
    result = smoke(fake_bundle(tmp_path, bad))
    assert result.returncode == 1
    assert sentence in result.stderr


def test_the_smoke_test_fails_when_the_window_ends_by_itself(tmp_path: Path) -> None:
    # The stand-in exits at once when started without a command, as a window that cannot start would.
    result = smoke(fake_bundle(tmp_path))
    assert result.returncode == 1
    assert "ok: export handout-pack" in result.stdout
    assert "smoke test FAILED: the window ended by itself" in result.stderr


def test_the_smoke_test_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    result = smoke(tmp_path)
    assert result.returncode == 1
    assert "there is no executable facilitator-app" in result.stderr
