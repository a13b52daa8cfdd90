"""The status-bar sentences about an export or a print, worded in the window's language."""

from __future__ import annotations

from typing import Any

from facilitator_app.ui.language import translate


def kind_label(label: str) -> str:
    """One of an export kind's texts (a label, an action's text or tip...; export/kinds.py marks them)
    in the window's language."""
    return translate("ExportKinds", label)


def saved_message(label: str, result: Any) -> str:
    """E.g. "Sign-in sheet saved to /path/file.pdf (2 pages); 1 name replaced in free text"."""
    text = translate("ExportMessages", "{label} saved to {path}").format(label=kind_label(label), path=result.path)
    if pages := result.pages:
        text += " " + translate("ExportMessages", "(%n page(s))", "", pages)
    replaced = getattr(result, "replaced", 0)
    if replaced:
        text += translate("ExportMessages", "; %n name(s) replaced in free text", "", replaced)
    return text


def not_opened_message(label: str, path: Any) -> str:
    return translate("ExportMessages", "{label} saved to {path}. No program to open it was found.").format(
        label=kind_label(label), path=path)


def printed_message(label: str, pages: int) -> str:
    return translate("ExportMessages", "{label} sent to the printer (%n page(s))", "", pages).format(
        label=kind_label(label))
