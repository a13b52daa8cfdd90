"""README's commands stay true: CI runs exactly README's test command."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_COMMAND = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert TEST_COMMAND in readme.splitlines()
    assert ci_lines[-1] == TEST_COMMAND


def test_readme_names_the_demo_command_near_the_top() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:20]
    assert "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/facilitator-app --demo" in head
