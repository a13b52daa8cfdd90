"""The import dialog's sentences: what a preview allows, and what an import did."""

from __future__ import annotations

from facilitator_app.services.member_import import ImportPreview
from facilitator_app.ui.language import QT_TRANSLATE_NOOP, translate

STOPPED = QT_TRANSLATE_NOOP("ImportStatus", "Reading the file was stopped. Press Reload to read it again.")
IMPORT_STOPPED = QT_TRANSLATE_NOOP("ImportStatus", "The import was stopped, so nothing was imported. Press Import to "
                                                   "start it again.")
READ_FAILURE = QT_TRANSLATE_NOOP("ImportStatus", "The file could not be read because of an unexpected problem. It "
                                                 "has been written to the log; try again, or save the file again as "
                                                 "CSV UTF-8.")
IMPORT_FAILURE = QT_TRANSLATE_NOOP("ImportStatus", "The import failed because of an unexpected problem, so nothing "
                                                   "was imported. It has been written to the log; your data is as it "
                                                   "was.")


def preview_status(preview: ImportPreview, good_rows: bool) -> str:
    """What the facilitator can do with this preview, in a sentence."""
    rejected = preview.count("rejected")
    good = preview.total_rows - rejected
    if preview.file_problems:
        return translate("ImportStatus", "Choose which column holds the names, above, to continue.")
    if good == 0 and not preview.rows:
        return translate("ImportStatus",
                         "The file has no rows of members under its first line. Check that this is the right file.")
    if good == 0:
        return translate("ImportStatus", "Every row was rejected, so there is nothing to import. Correct the file, "
                                         "or choose which detail each column holds, then try again.")
    if rejected and not good_rows:
        return translate("ImportStatus", "%n row(s) [is|are] rejected (see “What will happen”). Correct the file "
                                         "and press Reload, or tick “Import the good rows and skip the others” to "
                                         "leave them out.", "", rejected)
    if rejected:
        return translate("ImportStatus", "%n rejected row(s) will be left out; {good} will be imported.", "",
                         rejected).format(good=translate("ImportStatus", "%n row(s)", "", good))
    return translate("ImportStatus", "Ready: %n row(s) will be imported.", "", good)


def result_details(result: object, group_name: str | None) -> str:
    """Which lines were left out, and where the new members went, after the service's summary."""
    text = ""
    rejected = list(getattr(result, "rejected", ()) or ())
    if rejected:
        listed = "; ".join(str(problem) for problem in rejected[:5])
        count = int(getattr(result, "rejected_count", len(rejected)))  # the list holds only the first
        if (more := count - 5) > 0:
            text += " " + translate("ImportStatus", "Not imported: {listed}; and %n more.", "", more).format(
                listed=listed)
        else:
            text += " " + translate("ImportStatus", "Not imported: {listed}.").format(listed=listed)
    moved = int(getattr(result, "added", 0) or 0) + int(getattr(result, "joined_group", 0) or 0)
    if moved and group_name is not None:
        text += " " + translate("ImportStatus", "They are now in {group}.").format(group=group_name)
    return text
