"""The GUI tests mirror ui/panels like the source tree (issue 10): a panel's tests are where its module says.

Every module in facilitator_app/ui/panels/ that defines a QWidget subclass named *Panel has a
tests/gui/panels/test_<module>.py; topic files beside it (test_walk_in_matching.py ...) are welcome too.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

PANELS_PACKAGE = "facilitator_app.ui.panels"
PANEL_TESTS = Path(__file__).resolve().parents[1] / "gui" / "panels"


def panel_modules(package: str) -> list[str]:
    """The modules of ``package`` that define (not import) a QWidget subclass whose name ends in Panel."""
    found = []
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        module = importlib.import_module(f"{package}.{info.name}")
        if any(name.endswith("Panel") and issubclass(cls, QWidget) and cls.__module__ == module.__name__
               for name, cls in inspect.getmembers(module, inspect.isclass)):
            found.append(info.name)
    return sorted(found)


def untested_panels(package: str, tests: Path) -> list[str]:
    """The panel modules of ``package`` without a ``test_<module>.py`` in ``tests``."""
    return [name for name in panel_modules(package) if not (tests / f"test_{name}.py").is_file()]


def test_every_panel_module_has_its_test_file() -> None:
    assert PANEL_TESTS.is_dir()
    assert untested_panels(PANELS_PACKAGE, PANEL_TESTS) == [], f"add these to {PANEL_TESTS}"


def test_the_check_sees_every_panel_including_one_built_on_a_mixin() -> None:
    found = panel_modules(PANELS_PACKAGE)
    # HandoutsPanel derives from a QWidget mixin, not from QWidget itself; the navigator is no *Panel.
    assert {"attendance_panel", "handouts_panel", "roster_panel", "welcome_panel"} <= set(found)
    assert "navigator" not in found and "attendance_entry_bar" not in found


def test_the_check_sees_a_panel_without_its_test_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "made_up_panels"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "lonely_panel.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass LonelyPanel(QWidget):\n    pass\n")
    (package / "part.py").write_text(  # a part, and a *Panel that is no widget: neither needs a file
        "from PySide6.QtWidgets import QWidget\n\n\nclass Part(QWidget):\n    pass\n\n\nclass NotAPanel:\n    pass\n")
    (package / "reuses.py").write_text("from made_up_panels.lonely_panel import LonelyPanel\n")  # imports one
    tests = tmp_path / "tests"
    tests.mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    assert untested_panels("made_up_panels", tests) == ["lonely_panel"]
    (tests / "test_lonely_panel.py").write_text("")
    assert untested_panels("made_up_panels", tests) == []
