"""Adding an export kind = its module, one entry in ``KINDS``, its tests: a kind registered only in
the (monkeypatched) registry is a CLI command and gets a working export dialog, with no other edit."""

from __future__ import annotations

import argparse
import sys
import types
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from facilitator_app.cli_export import add_export_parser, open_services, run_export
from facilitator_app.export import kinds
from facilitator_app.export.cli_support import arg, document_arguments, output_path
from facilitator_app.export.kinds import ALL_LEVELS, ExportKind, ExportSubject, KindSpec
from facilitator_app.export.privacy import NameLevel
from facilitator_app.ui.dialogs.export_dialog import ExportDialog
from tests.unit.export.pdfs import MAIN_GROUP, copy_of, sample_file, services_on

MODULE = "tests_extra_kind_poster"


class ExtraKind(StrEnum):
    POSTER = "poster"


POSTER = KindSpec(
    cast(ExportKind, ExtraKind.POSTER), "Poster", "poster", MODULE, "export_poster", "group", NameLevel.INITIALS,
    ALL_LEVELS, "a poster of the group's next sessions for the notice board",
    cli_arguments=(*document_arguments(NameLevel.INITIALS.value), arg("--group", required=True, metavar="NAME")),
    dialog_fields="period", about="{group}: a poster for the notice board.")


def _export_from_cli(args: argparse.Namespace, services: Any, organisation: Any) -> str:
    group = services.groups.find_group(args.group)
    target = output_path(args, args.export_kind, group, None)
    target.write_text(f"{group.name} / {args.names} / {organisation.name}\n", encoding="utf-8")
    return f"Poster written to {target}"


def _options_from_dialog(subject: ExportSubject, level: NameLevel, organisation: Any,
                         choices: dict[str, Any]) -> tuple[object, ...]:
    return (subject.group.id, level, choices["start"], choices["end"], organisation.name)


@pytest.fixture
def poster(monkeypatch: pytest.MonkeyPatch) -> Iterator[KindSpec]:
    module = types.ModuleType(MODULE)
    module.export_from_cli = _export_from_cli  # type: ignore[attr-defined]
    module.options_from_dialog = _options_from_dialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, MODULE, module)
    monkeypatch.setattr(kinds, "KINDS", (*kinds.KINDS, POSTER))
    yield POSTER


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return copy_of(sample_file(tmp_path_factory), tmp_path / "store")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="facilitator-app")
    add_export_parser(root.add_subparsers(dest="command"))
    return root


def test_the_registered_kind_is_a_command_with_its_help(poster: KindSpec,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["export", "--help"])
    listed = capsys.readouterr().out
    assert "poster" in listed and poster.cli_help in listed
    with pytest.raises(SystemExit):
        parser().parse_args(["export", "poster", "--help"])
    shown = capsys.readouterr().out
    assert "--group NAME" in shown and "(default: initials)" in shown and "--organisation NAME" in shown


def test_the_registered_kind_exports_from_the_command_line(poster: KindSpec, store: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    args = parser().parse_args(["export", "poster", "--group", MAIN_GROUP, "--names", "none",
                                "--organisation", "Riverside", "-o", str(tmp_path)])
    assert run_export(args, lambda: open_services(store)) == 0
    written = capsys.readouterr().out.strip().removeprefix("Poster written to ")
    assert Path(written).parent == tmp_path and Path(written).name.startswith("poster_")
    assert Path(written).read_text(encoding="utf-8") == f"{MAIN_GROUP} / none / Riverside\n"


def test_the_registered_kind_gets_a_dialog_from_its_spec(qtbot, poster: KindSpec, store: Path,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    with services_on(store) as services:
        group = services.groups.find_group(MAIN_GROUP)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog("poster", group=group, settings=settings, documents_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Export poster"
    assert dialog.findChild(QLabel, "exportAbout").text() == f"{MAIN_GROUP}: a poster for the notice board."
    assert dialog.level_combo is not None and dialog.level_combo.currentText() == "Initials (suggested)"
    assert dialog.start_edit is not None and dialog.end_edit is not None   # its field set: a period
    start, end = dialog.period()
    assert dialog.path_edit is not None
    assert Path(dialog.path_edit.text()).name.startswith("poster_") and f"{start}_to_{end}" in dialog.path_edit.text()
    request = dialog.request()
    assert request.kind == "poster"
    assert request.options == (group.id, NameLevel.INITIALS, start, end, dialog.organisation_edit.text())
