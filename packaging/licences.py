"""Write the licence texts the app ships: one file per component in facilitator_app/resources/licenses/.

    python packaging/licences.py update    # (re)write every file from the installed packages
    python packaging/licences.py check     # exit 1 when a file is missing or a runtime package is not listed

The components and where each text comes from are in ``facilitator_app/resources/licenses/components.toml``.
Run ``update`` in the environment the bundle is built from after a dependency changes, read the
diff, and commit it. ``packaging/licences/`` holds the texts no installed package carries
(SQLCipher's and HarfBuzz's own, the Qt and OpenSSL notices).
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import sysconfig
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator_app"
LICENSES = PACKAGE / "resources" / "licenses"
INDEX = LICENSES / "components.toml"
EXTRA = Path(__file__).resolve().parent / "licences"
LICENCE_NAMES = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names, or None for one only an extra asks for. Other markers
    (Python version, platform) are not evaluated: a package they leave out is simply not installed."""
    _, _, marker = requirement.partition(";")
    if re.search(r"\bextra\s*==", marker):
        return None
    found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return found.group(1) if found else None


def entries() -> list[dict]:
    with INDEX.open("rb") as handle:
        return tomllib.load(handle)["component"]


def licence_files(distribution: str) -> list[tuple[str, str]]:
    """(file name, text) of each licence file in the distribution's dist-info, as installed."""
    dist = importlib.metadata.distribution(distribution)
    found = []
    for file in dist.files or []:
        parts = file.parts
        if not parts[0].endswith(".dist-info") or not LICENCE_NAMES.search(file.name):
            continue
        text = file.read_text(encoding="utf-8")
        if text is not None:
            found.append((file.name, text))
    return sorted(found)


def python_licence() -> str:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise SystemExit("Python's LICENSE.txt was not found beside the standard library")


def texts(source: str) -> list[tuple[str, str]]:
    kind, _, rest = source.partition(":")
    if kind == "python":
        return [("Python LICENSE.txt", python_licence())]
    if kind == "extra":
        return [(rest, (EXTRA / rest).read_text(encoding="utf-8"))]
    if kind == "package":
        return [(Path(rest).name, (PACKAGE / rest).read_text(encoding="utf-8"))]
    if kind == "dist":
        name, _, file = rest.partition("/")
        found = licence_files(name)
        if file:
            found = [(n, t) for n, t in found if n == file]
        if not found:
            raise SystemExit(f"{source}: no such licence file installed")
        return [(f"{name}: {n}", t) for n, t in found]
    raise SystemExit(f"unknown text source {source!r}")


def render(entry: dict) -> str:
    versions = []
    for name in entry["distributions"]:
        versions.append(f"{name} {importlib.metadata.version(name)}")
    head = [entry["name"], f"Licence: {entry['licence']}"]
    if versions:
        head.append("Version: " + ", ".join(versions))
    parts = ["\n".join(head)]
    for title, text in (pair for source in entry["texts"] for pair in texts(source)):
        parts.append(f"{'=' * 78}\n{title}\n{'=' * 78}\n\n{text.strip()}")
    return "\n\n".join(parts) + "\n"


def runtime_distributions() -> set[str]:
    """Every installed distribution facilitator-app needs at run time (pyproject's dependencies and theirs)."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        wanted = [name for r in tomllib.load(handle)["project"]["dependencies"] if (name := requirement_name(r))]
    seen: set[str] = set()
    while wanted:
        name = wanted.pop()
        if normalise(name) in seen:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        seen.add(normalise(name))
        wanted += [name for r in dist.requires or [] if (name := requirement_name(r))]
    return seen


def problems() -> list[str]:
    found = []
    listed = {normalise(d) for entry in entries() for d in entry["distributions"]}
    found += [f"{name} is bundled but not in {INDEX.name}" for name in sorted(runtime_distributions() - listed)]
    found += [f"{entry['file']} is missing: run 'packaging/licences.py update'" for entry in entries()
              if not (LICENSES / entry["file"]).is_file()]
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        for entry in entries():
            (LICENSES / entry["file"]).write_text(render(entry), encoding="utf-8")
            print(f"wrote {entry['file']}")
    elif command != "check":
        print(__doc__)
        return 2
    for problem in problems():
        print(problem, file=sys.stderr)
    return 1 if problems() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
