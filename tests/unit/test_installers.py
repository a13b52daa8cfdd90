"""The Windows and macOS installers and their CI workflow (issue 13, item 3), checked here where they
cannot be built: the per-user Windows installer never deletes the data folder, the version is passed
in rather than written down, the macOS script is valid bash that builds from the shared spec, and the
workflow builds on all three platforms and runs the same smoke test."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import platformdirs

from facilitator_app.paths import APP_DIR_NAME

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "facilitator-app.iss"
MACOS = ROOT / "packaging" / "macos" / "build-macos.sh"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
README = ROOT / "packaging" / "README.md"
SPEC = "packaging/facilitator-app.spec"


def _sections(text: str) -> dict[str, list[str]]:
    """The Inno Setup script's sections and their lines, comments and preprocessor lines left out."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup(sections: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections["Setup"])


def test_the_windows_installer_is_per_user_with_a_start_menu_entry() -> None:
    sections = _sections(ISS.read_text(encoding="utf-8"))
    setup = _setup(sections)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never offers an all-users (admin) install
    assert setup["DefaultDirName"].startswith(("{autopf}", "{localappdata}\\Programs", "{userpf}"))
    assert setup["SetupIconFile"] == "..\\icons\\facilitator-app.ico"
    assert any(line.startswith('Name: "{group}\\') and "facilitator-app.exe" in line.replace("{#AppExe}",
               "facilitator-app.exe") for line in sections["Icons"])


def test_the_windows_uninstaller_never_deletes_the_data_folder() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = _sections(text)
    assert "UninstallDelete" not in sections
    assert "Code" not in sections  # no script that could delete anything on its own
    # What it deletes on an upgrade is inside the program folder only.
    assert all(re.search(r'Name: "\{app\}\\', line) for line in sections.get("InstallDelete", []))
    # The data folder (platformdirs on Windows: %LOCALAPPDATA%\facilitator-app) is not the program folder.
    install_dir = _setup(sections)["DefaultDirName"].replace("{autopf}", "{localappdata}\\Programs")
    assert install_dir.lower() != f"{{localappdata}}\\{APP_DIR_NAME}"
    assert APP_DIR_NAME not in install_dir
    assert Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)).name == APP_DIR_NAME


def test_the_windows_version_is_passed_in_not_written_down() -> None:
    text = ISS.read_text(encoding="utf-8")
    setup = _setup(_sections(text))
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "#error" in text.split("#ifndef AppVersion", 1)[1].split("#endif", 1)[0]
    assert not re.search(r"\b\d+\.\d+\.\d+\b", "\n".join(_sections(text)["Setup"]))
    assert "/DAppVersion=$env:VERSION" in WORKFLOW.read_text(encoding="utf-8")


def test_the_macos_script_is_bash_that_builds_the_app_and_dmg_from_the_shared_spec() -> None:
    text = MACOS.read_text(encoding="utf-8")
    subprocess.run(["bash", "-n", str(MACOS)], check=True)
    assert MACOS.stat().st_mode & 0o111
    assert text.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in text
    assert SPEC in text and "hdiutil create" in text and "iconutil" in text
    assert "packaging/smoke-test.sh" in text
    assert 'tomllib.load(open("pyproject.toml"' in text  # the version is read, not written down


def test_the_macos_script_refuses_to_run_anywhere_but_macos(tmp_path: Path) -> None:
    result = subprocess.run(["bash", str(MACOS)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2 and "macOS only" in result.stderr
    assert not (ROOT / "build" / "macos").exists()


def test_the_workflow_builds_on_three_platforms_and_smoke_tests_each() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert f"os: {runner}" in text
    assert 'python-version: "3.11"' in text
    assert "shell: bash" in text and "bash packaging/smoke-test.sh" in text and "bash packaging/upgrade-test.sh" in text
    assert "bash packaging/build-linux.sh" in text and "bash packaging/macos/build-macos.sh" in text
    assert text.count(SPEC) >= 1 and "packaging\\windows\\facilitator-app.iss" in text
    assert '- "packaging/**"' in text and '- "pyproject.toml"' in text and 'tags: ["v*"]' in text
    assert text.count("actions/upload-artifact@v4") == 3


def test_the_readme_names_each_platform_file_and_what_cannot_run_here() -> None:
    text = README.read_text(encoding="utf-8")
    for name in ("windows/facilitator-app.iss", "macos/build-macos.sh", "facilitator-app.spec", "build-linux.sh",
                 "smoke-test.sh", "upgrade-test.sh", "licences.py", "translations.py", "screenshots.py",
                 "facilitator-app.desktop", "installers.yml"):
        assert name in text
    assert "cannot be built on this machine" in text
    for path in ROOT.joinpath("packaging").iterdir():  # what is there today is described
        if path.name != "README.md" and not path.name.startswith((".", "__")):
            assert path.name in text, f"packaging/README.md does not say what {path.name} is for"
