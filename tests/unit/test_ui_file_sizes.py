"""Every file under facilitator_app/ui/ stays small enough to read in one sitting (issue 10):
a file that grows past the limit is split by what it does (see docs/extending.md, "A panel")."""

from __future__ import annotations

from pathlib import Path

import facilitator_app

UI = Path(facilitator_app.__file__).parent / "ui"
LIMIT = 450  # lines, as `wc -l` counts them


def oversized(root: Path, limit: int = LIMIT) -> dict[str, int]:
    """The Python files below ``root`` with more than ``limit`` lines, by path relative to ``root``."""
    sizes = {path.relative_to(root).as_posix(): len(path.read_bytes().splitlines())
             for path in sorted(root.rglob("*.py"))}
    return {name: lines for name, lines in sizes.items() if lines > limit}


def test_every_ui_file_is_at_most_450_lines() -> None:
    assert UI.is_dir()
    assert oversized(UI) == {}, "split these by responsibility"


def test_the_check_sees_a_file_one_line_too_long(tmp_path: Path) -> None:
    (tmp_path / "panels").mkdir()
    (tmp_path / "panels" / "big_panel.py").write_text("x = 1\n" * (LIMIT + 1))
    (tmp_path / "small.py").write_text("x = 1\n" * LIMIT)
    assert oversized(tmp_path) == {"panels/big_panel.py": LIMIT + 1}
