"""The desktop entry validates (desktop-file-validate) and names the icon and command the .deb installs."""

from __future__ import annotations

import subprocess
from pathlib import Path

from facilitator_app.ui.app_icon import APP_ID

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "facilitator-app.desktop"


def _entry() -> dict[str, str]:
    """The keys of its one group, [Desktop Entry] (keys are case-sensitive, so not configparser)."""
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]" and not any(line.startswith("[") for line in lines[1:])
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line and not line.startswith("#"))


def test_the_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_it_starts_the_installed_command_with_the_app_icon() -> None:
    entry = _entry()
    assert entry["Exec"] == "facilitator-app" and entry["TryExec"] == "facilitator-app"
    assert entry["Icon"] == APP_ID  # the hicolor icons' name in the .deb
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "Facilitator"  # Qt's X11 window class is the application name (app.py)
