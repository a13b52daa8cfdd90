"""The export-kinds registry drives the CLI: every registered kind is a command with its own help and default."""

from __future__ import annotations

import argparse

import pytest

from facilitator_app.cli_export import add_export_parser
from facilitator_app.export.kinds import CSV_TABLES, DEFAULT_LEVELS, KINDS, ExportKind, KindSpec, default_level
from facilitator_app.export.privacy import NameLevel

# From least to most identifying.
IDENTIFYING = (NameLevel.NONE, NameLevel.INITIALS, NameLevel.FIRST, NameLevel.FULL)


def export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="facilitator-app")
    add_export_parser(parser.add_subparsers(dest="command"))
    return parser


def document_commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    export = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices["export"]
    return next(a for a in export._actions if isinstance(a, argparse._SubParsersAction))


def documents(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return dict(document_commands(parser).choices)


def test_the_registry_lists_every_kind_once() -> None:
    assert [spec.kind for spec in KINDS] == list(ExportKind)
    assert len({spec.cli_name for spec in KINDS}) == len(KINDS)
    assert len({spec.export_action.object_name for spec in KINDS if spec.export_action}) == len(KINDS)


def test_every_registered_kind_is_an_export_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = export_parser()
    assert list(documents(parser)) == [spec.cli_name for spec in KINDS]
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["export", "--help"])
    assert exit_.value.code == 0
    shown = capsys.readouterr().out
    for spec in KINDS:
        assert spec.cli_name in shown


@pytest.mark.parametrize("spec", KINDS, ids=lambda spec: spec.cli_name)
def test_each_command_says_what_its_kind_is_and_names_people_at_its_default(spec: KindSpec) -> None:
    parser = export_parser()
    command = documents(parser)[spec.cli_name]
    helps = {a.dest: a.help for a in document_commands(parser)._choices_actions}
    assert helps[spec.cli_name] == spec.cli_help
    names = next((a for a in command._actions if a.dest == "names"), None)
    if spec.kind is ExportKind.CSV:
        assert names is not None and names.default is None   # the table decides (CSV_TABLES)
    elif spec.cli_names_option:
        assert names is not None and names.default == spec.default_level.value
    else:
        assert names is None


@pytest.mark.parametrize("spec", KINDS, ids=lambda spec: spec.cli_name)
def test_each_default_level_is_one_it_allows(spec: KindSpec) -> None:
    assert spec.default_level in spec.levels
    assert default_level(spec.kind) is (CSV_TABLES[0][2] if spec.kind is ExportKind.CSV else spec.default_level)
    # A document without a choice says so in the dialog, and one with a choice offers every level.
    assert bool(spec.fixed_level_note) == (len(spec.levels) == 1)
    if len(spec.levels) > 1:
        assert sorted(spec.levels, key=IDENTIFYING.index) == list(IDENTIFYING)


def test_only_the_members_own_record_names_people_in_full_by_default() -> None:
    in_full = [key for key, level in DEFAULT_LEVELS.items() if level is NameLevel.FULL]
    assert in_full == [ExportKind.MEMBER_RECORD.value]
    assert {spec.kind for spec in KINDS if spec.scope == "member"} == {ExportKind.MEMBER_RECORD}
