"""packaging/linux/make-deb.sh on a stand-in bundle (a shell script named facilitator-app): the .deb lays out
the bundle, command, desktop entry, metainfo, icons and copyright where Debian expects them, validates as a
tree, and has no maintainer scripts, so installing or removing it never touches a user's data folder."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

from facilitator_app.ui.app_icon import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
MAKE_DEB = ROOT / "packaging" / "linux" / "make-deb.sh"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
MAINTAINER_SCRIPTS = ("preinst", "postinst", "prerm", "postrm", "config", "triggers")


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bundle = tmp_path_factory.mktemp("bundle") / "facilitator-app-stand-in"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "library.txt").write_text("a stand-in for the frozen libraries\n", encoding="utf-8")
    executable = bundle / "facilitator-app"
    executable.write_text("#!/bin/sh\necho 'Facilitator (stand-in)'\n", encoding="utf-8")
    executable.chmod(0o755)
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(["bash", str(MAKE_DEB), str(bundle), VERSION, str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    path = out / f"facilitator-app_{VERSION}_amd64.deb"
    assert path.is_file()
    return path


def _listing(deb: Path) -> dict[str, str]:
    """Path in the package -> its `dpkg-deb -c` line (mode, owner, ..., and a link's target)."""
    lines = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    return {line.split()[5].removeprefix("."): line for line in lines.splitlines()}


def test_the_deb_puts_everything_where_debian_expects_it(deb: Path) -> None:
    listing = _listing(deb)
    expected = [
        "/opt/facilitator-app/facilitator-app",
        "/opt/facilitator-app/_internal/library.txt",
        "/usr/bin/facilitator-app",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "/usr/share/doc/facilitator-app/copyright",
        *(f"/usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES),
    ]
    assert [path for path in expected if path not in listing] == []
    assert listing["/usr/bin/facilitator-app"].endswith("-> /opt/facilitator-app/facilitator-app")
    assert listing["/opt/facilitator-app/facilitator-app"].startswith("-rwxr-xr-x root/root")
    assert all(" root/root " in line for line in listing.values())  # --root-owner-group
    assert not [path for path in listing if path.startswith(("/home", "/root", "/etc/skel"))]


def test_the_control_file_names_the_version_and_the_libraries_qt_needs(deb: Path) -> None:
    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                              check=True).stdout.strip()

    assert field("Package") == "facilitator-app" and field("Version") == VERSION
    assert field("Architecture") == "amd64"
    depends = {item.strip().split(" ")[0] for item in field("Depends").split(",")}
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libgl1", "libegl1", "libfontconfig1", "libc6"} <= depends


def test_no_maintainer_script_could_touch_a_users_data(deb: Path, tmp_path: Path) -> None:
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(control)], check=True)
    present = sorted(path.name for path in control.iterdir())
    assert [name for name in present if name in MAINTAINER_SCRIPTS] == [], present
    for path in control.iterdir():  # whatever else is there: no home folders, no data folder
        text = path.read_text(encoding="utf-8", errors="replace")
        for word in ("HOME", "/home", ".local/share", "facilitator-app/data", "XDG_"):
            assert word not in text, f"{path.name} mentions {word}"


def test_the_unpacked_tree_validates_desktop_entry_metainfo_and_icon_together(deb: Path, tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    result = subprocess.run(["appstreamcli", "validate-tree", "--pedantic", "--no-net", "--no-color", str(tree)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    desktop = tree / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_a_folder_without_the_executable_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = subprocess.run(["bash", str(MAKE_DEB), str(tmp_path / "empty"), VERSION, str(tmp_path / "out")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "no executable facilitator-app" in result.stderr
    assert not (tmp_path / "out").exists()
