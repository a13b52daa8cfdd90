"""What every kind's command line shares: argument types, the common arguments and the output path.

Qt-free and cheap to import (no reportlab): ``export.kinds`` describes each kind's arguments with
these, and each exporter's ``export_from_cli`` resolves its file with :func:`output_path`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from facilitator_app.export.privacy import default_file_name

LEVELS = ("full", "first", "initials", "none")
PAPERS = ("a4", "letter")
LATEST = "latest"


def day(text: str) -> date:
    """A YYYY-MM-DD argument."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: use YYYY-MM-DD, for example 2026-03-03") from None


def session(text: str) -> date | str:
    """A session's date, or 'latest'."""
    return LATEST if text.strip().lower() == LATEST else day(text)


def count(low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"choose a number from {low} to {high}")
        return value
    return parse


def contact(text: str) -> tuple[str, str]:
    """A support contact as LABEL=VALUE."""
    label, sep, value = text.partition("=")
    if not sep or not label.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not LABEL=VALUE, for example \"Crisis line=0800 000 000\"")
    return label.strip(), value.strip()


@dataclass(frozen=True)
class CliArgument:
    """One argument of a kind's command: ``parser.add_argument(*flags, **options)``."""

    flags: tuple[str, ...]
    options: tuple[tuple[str, Any], ...] = ()

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(*self.flags, **dict(self.options))


def arg(*flags: str, **options: Any) -> CliArgument:
    """A :class:`CliArgument` written like ``add_argument``."""
    return CliArgument(tuple(flags), tuple(options.items()))


def document_arguments(names_default: str | None) -> tuple[CliArgument, ...]:
    """The arguments every document's command starts with: -o, --organisation and (when offered) --names."""
    common = (
        arg("-o", "--output", required=True, metavar="FILE",
            help="the file to write (or an existing folder: the default file name is used)"),
        arg("--organisation", metavar="NAME", default=None,
            help="the organisation's name at the top of each page (default: Peer support group)"),
        arg("--paper", choices=PAPERS, type=str.lower, default=None,
            help="the paper size (default: from the locale, LC_PAPER or LANG: letter in the US, Canada, "
                 "Mexico, the Philippines and a few more, a4 elsewhere)"),
    )
    if names_default is None:
        return common
    return (*common, arg("--names", choices=LEVELS, default=names_default,
                         help=f"how members are named (default: {names_default})"))


def output_path(args: argparse.Namespace, stem: str, group: object | None, when: date | None,
                until: date | None = None, extension: str = "pdf") -> Path:
    """``-o`` as given, or the default file name inside it when it names an existing folder."""
    chosen = Path(args.output).expanduser()
    if chosen.is_dir():
        return chosen / default_file_name(stem, group, when, until=until, extension=extension)
    return chosen


def pages(number: int) -> str:
    """'1 page', '3 pages'."""
    return f"{number} page{'s' if number != 1 else ''}"


def find_meeting(services: Any, group: Any, when: date | str) -> Any:
    """The group's session on ``when`` (a date, or 'latest' for the latest held)."""
    return services.meetings.find_meeting(group.id, None if when == LATEST else when)
