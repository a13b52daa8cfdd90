"""The import dialog's sentences: what a preview allows, and what an import did."""

from __future__ import annotations

from facilitator_app.domain.text import plural
from facilitator_app.services.member_import import ImportPreview

STOPPED = "Reading the file was stopped. Press Reload to read it again."
IMPORT_STOPPED = "The import was stopped, so nothing was imported. Press Import to start it again."
READ_FAILURE = ("The file could not be read because of an unexpected problem. It has been written to the log; "
                "try again, or save the file again as CSV UTF-8.")
IMPORT_FAILURE = ("The import failed because of an unexpected problem, so nothing was imported. It has been "
                  "written to the log; your data is as it was.")


def preview_status(preview: ImportPreview, good_rows: bool) -> str:
    """What the facilitator can do with this preview, in a sentence."""
    rejected = preview.count("rejected")
    good = preview.total_rows - rejected
    if preview.file_problems:
        return "Choose which column holds the names, above, to continue."
    if good == 0 and not preview.rows:
        return "The file has no rows of members under its first line. Check that this is the right file."
    if good == 0:
        return ("Every row was rejected, so there is nothing to import. Correct the file, or choose which detail "
                "each column holds, then try again.")
    if rejected and not good_rows:
        return (f"{plural(rejected, 'row is', 'rows are')} rejected (see “What will happen”). Correct the file and "
                "press Reload, or tick “Import the good rows and skip the others” to leave them out.")
    if rejected:
        return (f"{plural(rejected, 'rejected row', 'rejected rows')} will be left out; "
                f"{plural(good, 'row', 'rows')} will be imported.")
    return f"Ready: {plural(good, 'row', 'rows')} will be imported."


def result_details(result: object, group_name: str | None) -> str:
    """Which lines were left out, and where the new members went, after the service's summary."""
    text = ""
    rejected = list(getattr(result, "rejected", ()) or ())
    if rejected:
        listed = "; ".join(str(problem) for problem in rejected[:5])
        count = int(getattr(result, "rejected_count", len(rejected)))  # the list holds only the first
        more = f"; and {plural(count - 5, 'more', 'more')}" if count > 5 else ""
        text += f" Not imported: {listed}{more}."
    moved = int(getattr(result, "added", 0) or 0) + int(getattr(result, "joined_group", 0) or 0)
    if moved and group_name is not None:
        text += f" They are now in {group_name}."
    return text
