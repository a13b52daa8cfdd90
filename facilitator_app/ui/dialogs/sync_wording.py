"""The sync dialog's sentences: what a sync, an export or an import did, and who may be there twice."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QLocale

from facilitator_app.paths import is_server_url, masked_url
from facilitator_app.services.sync import OutgoingChanges, SyncReport
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate

CANCELLED = QT_TRANSLATE_NOOP("SyncWording", "Sync cancelled; nothing was changed.")
FAILURE = QT_TRANSLATE_NOOP("SyncWording", "The sync stopped because of an unexpected problem, so nothing was "
                                           "changed. It has been written to the log; try again.")


def ltr(text: object) -> str:
    """A path or address kept left to right inside a right-to-left sentence (isolated, U+2066 ... U+2069)."""
    return f"\u2066{text}\u2069"


def _n(value: int) -> str:
    return QLocale().toString(value)


def counts(report: SyncReport) -> str:
    """"3 added, 1 updated, 40 unchanged, 1 in conflict"."""
    return translate("SyncWording", "{added} added, {updated} updated, {unchanged} unchanged, "
                                    "{conflicts} in conflict").format(
        added=_n(report.added), updated=_n(report.updated), unchanged=_n(report.unchanged),
        conflicts=_n(report.conflicts))


def synced_text(other: str, came: SyncReport, went: SyncReport) -> str:
    return "\n".join([
        translate("SyncWording", "Synced with {other}.").format(other=ltr(shown(other))),
        translate("SyncWording", "Came in here: {counts}.").format(counts=counts(came)),
        translate("SyncWording", "Went to the other side: {counts}.").format(counts=counts(went)),
    ])


def exported_text(path: Path, outgoing: OutgoingChanges, since_last: bool) -> str:
    what = (translate("SyncWording", "the changes since the last bundle") if since_last
            else translate("SyncWording", "everything in this data"))
    rows = translate("ImportStatus", "%n row(s)", "", outgoing.rows)   # the member import's words
    return translate("SyncWording", "Bundle written to {path}: {what}, {rows}, encrypted with the organisation "
                                    "key.").format(path=ltr(path), what=what, rows=rows)


def imported_text(path: Path, report: SyncReport) -> str:
    return translate("SyncWording", "Imported {name}: {counts}.").format(name=ltr(path.name), counts=counts(report))


def conflicts_hint(report_conflicts: int) -> str:
    if not report_conflicts:
        return ""
    return translate("SyncWording", "Sections written on two computers at once now hold both texts between "
                                    "markers; open each one below and keep what you want.")


def duplicates_text(reports: list[SyncReport]) -> str:
    names = sorted({d.name for report in reports for d in report.duplicates})
    if not names:
        return ""
    return translate("SyncWording", "Possibly the same person, added on two computers: {names}. If so, merge them "
                                    "on the Roster (Merge with…, Ctrl+Shift+M).").format(names=", ".join(names))


def without_password(text: str) -> str:
    """What may be remembered: a server URL with its password left out (a file path as it is)."""
    if not is_server_url(text):
        return text
    try:
        parts = urlsplit(text.strip())
        if parts.password is None:
            return text.strip()
        host = parts.netloc.rpartition("@")[2]
        login = f"{parts.username}@" if parts.username else ""
        return urlunsplit(parts._replace(netloc=f"{login}{host}"))
    except ValueError:
        return ""


def shown(text: str) -> str:
    """The other store as shown: a server URL with its password masked."""
    return masked_url(text) if is_server_url(text) else text
