"""The AppStream metainfo validates pedantically (offline), and agrees with the desktop entry and pyproject."""

from __future__ import annotations

import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator_app.ui.app_icon import APP_ID

ROOT = Path(__file__).resolve().parents[2]
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def _component() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_metainfo_validates_pedantically_without_a_single_remark() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net", "--no-color", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Infos and pedantic hints do not fail appstreamcli (they are listed before its verdict): none at all.
    assert result.stdout.strip().lstrip("✔ ") == "Validation was successful.", result.stdout


def test_it_names_the_desktop_entry_and_command_the_deb_installs() -> None:
    component = _component()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "facilitator-app"


def test_its_newest_release_is_the_version_in_pyproject() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    releases = _component().findall("releases/release")
    assert releases and releases[0].get("version") == version and releases[0].get("date")


def test_it_has_a_description_screenshots_and_a_content_rating() -> None:
    component = _component()
    assert len(component.findall("description/p")) >= 2
    shots = component.findall("screenshots/screenshot")
    assert len(shots) >= 2 and sum(shot.get("type") == "default" for shot in shots) == 1
    for shot in shots:
        assert shot.findtext("caption")
        url = shot.findtext("image") or ""
        # Named as packaging/screenshots.py names its files (<panel>-<W>x<H>.png), at the size given.
        image = shot.find("image")
        assert image is not None
        assert url.startswith("https://") and url.endswith(f"-{image.get('width')}x{image.get('height')}.png")
    assert component.find("content_rating[@type='oars-1.1']") is not None
    assert component.findtext("project_license") == "MIT"
