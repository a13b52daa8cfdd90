"""The ``export`` command: PDFs and CSV files without opening the window.

    facilitator-app --db PATH export DOCUMENT [its options] -o FILE

The documents and their options come from ``export.kinds.KINDS`` (``export DOCUMENT --help``
lists them); each kind's exporter module turns the parsed arguments into its export.

Every document also takes ``--organisation NAME`` (printed at the top of each page).
``-o`` may name an existing folder: the file then gets its default name, which never holds a
member's name. Exit status 0 on success; 1 with a one-line reason when the export could not be
made (nothing is left behind); 2 for a mistake in the command itself.

Importing this module is cheap: reportlab and pypdf load only when an export runs.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from facilitator_app.errors import AppError, ExportError

log = logging.getLogger(__name__)

ServicesFactory = Callable[[], AbstractContextManager[Any]]


def add_export_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``export`` and a command per registered kind to the main parser's subcommands."""
    from facilitator_app.export.kinds import KINDS

    names = ", ".join(spec.document_name.replace("member's own", "member") if spec.extension == "pdf"
                      else spec.cli_name for spec in KINDS)
    export = subparsers.add_parser("export", help=f"write a PDF or CSV file ({names})")
    kinds = export.add_subparsers(dest="export_kind", metavar="DOCUMENT", required=True)
    for spec in KINDS:
        described = {"description": spec.cli_help} if spec.cli_description else {}
        parser = kinds.add_parser(spec.cli_name, help=spec.cli_help, **described)
        for argument in spec.cli_arguments:
            argument.add_to(parser)
    return export


@contextlib.contextmanager
def open_services(store_path: Path | str, backups_dir: Path | None = None) -> Iterator[Any]:
    """The services of an existing store, closed afterwards (the default factory for ``run_export``
    and ``run_list``). They only read, so a store that cannot be written is opened read-only.
    ``store_path`` may be a server's ``postgresql://`` URL."""
    from facilitator_app.paths import is_server_url
    from facilitator_app.services.container import build_services
    from facilitator_app.storage.store import open_store

    location = store_path if is_server_url(store_path) else Path(store_path)
    with open_store(location, create=False, backups_dir=backups_dir) as store:
        yield build_services(store)


def run_export(args: argparse.Namespace, services_factory: ServicesFactory) -> int:
    """Run one export. 0 on success; 1 with a one-line reason on stderr when it could not be made."""
    try:
        with services_factory() as services:
            message = _run(args, services)
    except AppError as exc:
        log.warning("export %s failed: %s (%s)", args.export_kind, exc.message, exc.detail)
        print(f"facilitator-app: {exc.message}", file=sys.stderr)
        return 1
    print(message)
    return 0


def _wording() -> Any:
    """The PDFs' language, chosen as the window chooses its own (FACILITATOR_APP_LANGUAGE, the
    window's Language setting, the system's); Qt's translator reads the .qm files (QtCore only)."""
    from facilitator_app.ui.language import command_line_language, document_wording

    return document_wording(command_line_language())


def _run(args: argparse.Namespace, services: Any) -> str:
    from facilitator_app.export.document import Organisation
    from facilitator_app.export.kinds import spec_for

    wording = _wording()
    name = getattr(args, "organisation", None) or wording.translate("Document", Organisation().name)
    organisation = Organisation(name, tuple(getattr(args, "contact", ()) or ()), wording)
    try:
        spec = spec_for(args.export_kind)
    except KeyError:
        raise ExportError(f"There is no export called '{args.export_kind}'.") from None
    message: str = spec.cli_runner()(args, services, organisation)
    services.audit.record_export(spec.cli_name, getattr(args, "names", None) or spec.default_level)
    return message
