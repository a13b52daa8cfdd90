"""What the About dialog lists: the app's version and the bundled components with their licences.

The list is ``resources/licenses/components.toml`` (shipped with the package, one licence text
file per component beside it, written by ``packaging/licences.py``). Versions come from the
installed packages' metadata, so a bundle shows what it really holds. No Qt here.
"""

from __future__ import annotations

import importlib.metadata
import platform
import tomllib
from dataclasses import dataclass
from pathlib import Path

from facilitator_app import __version__

LICENSES = Path(__file__).resolve().parent.parent / "resources" / "licenses"
INDEX = LICENSES / "components.toml"
APP_DISTRIBUTION = "facilitator-app"


@dataclass(frozen=True)
class Component:
    """One bundled component: its name, version (empty when unknown), licence and licence text file."""

    name: str
    version: str
    licence: str
    file: Path

    def text(self) -> str:
        """The licence text shipped for it, or a sentence saying it is missing (never raises)."""
        try:
            return self.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return f"The licence text of {self.name} ({self.file.name}) is missing from this installation."


def _version(distributions: list[str], name: str) -> str:
    if name == "Python":
        return platform.python_version()
    for distribution in distributions:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    return ""


def components(index: Path = INDEX) -> list[Component]:
    """Every component of ``index``, in its order."""
    with index.open("rb") as handle:
        entries = tomllib.load(handle)["component"]
    return [Component(name=entry["name"], version=_version(entry["distributions"], entry["name"]),
                      licence=entry["licence"], file=index.parent / entry["file"])
            for entry in entries]


def app_version() -> str:
    """The app's own version (the package's, the same as ``facilitator-app --version``)."""
    return __version__


def app_licence() -> str:
    """The app's own licence, from its package metadata (``MIT`` when the metadata is not installed)."""
    try:
        metadata = importlib.metadata.metadata(APP_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "MIT"
    for field in ("License-Expression", "License"):
        if field in metadata and metadata[field]:
            return str(metadata[field])
    return "MIT"
