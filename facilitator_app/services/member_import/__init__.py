"""Importing members from a CSV file: a contacts export or a sheet someone else made.

Reading is forgiving: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode text", which
is tab-separated), Windows-1252 as the last resort; comma, semicolon or tab between
values; quoted values spanning lines; the header rows of Google Contacts, Outlook and a
plain "Name, Phone, Email, Emergency contact" sheet. Importing is strict: a row that
cannot be a member is reported with its physical lines and the reason, every line of the
file is accounted for, and nothing is imported while any row is rejected unless the user
asks for the good rows only. The whole import is one transaction, made after a backup.
Importing the same file again adds no one twice (a member matches on preferred name plus
email or phone, ignoring case).

The file is streamed: time grows with its length and memory stays bounded (counts, the
keys of the people met, and a sample of rows for the report).

Values are stored exactly as written: a cell starting with = + - or @ is text, never a
formula. Anything that later writes members to CSV must escape such cells (prefix a
single quote) so a spreadsheet does not run them.

The parts: ``source`` (the file and its encoding), ``records`` (CSV records with their
lines), ``columns`` (which detail each column holds), ``rows`` (one row as a member),
``scan`` (one pass over the file), ``report`` (what was found and done), ``service``.
"""

from facilitator_app.services.member_import.columns import (
    DELIMITER_NAMES,
    FIELD_LABELS,
    FIELDS,
    LIMITS,
    detect_delimiter,
    format_name,
    guess_mapping,
)
from facilitator_app.services.member_import.records import MAX_ROW_CHARS
from facilitator_app.services.member_import.report import (
    ImportPreview,
    ImportResult,
    LineCount,
    PreviewRow,
    RowProblem,
)
from facilitator_app.services.member_import.rows import row_problems, row_values
from facilitator_app.services.member_import.scan import KEEP_REJECTED, PREVIEW_ROWS, ImportCancelled
from facilitator_app.services.member_import.service import MemberImportService
from facilitator_app.services.member_import.source import MAX_FILE_BYTES, decode

__all__ = [
    "DELIMITER_NAMES", "FIELDS", "FIELD_LABELS", "KEEP_REJECTED", "LIMITS", "MAX_FILE_BYTES", "MAX_ROW_CHARS",
    "PREVIEW_ROWS", "ImportCancelled", "ImportPreview", "ImportResult", "LineCount", "MemberImportService",
    "PreviewRow", "RowProblem", "decode", "detect_delimiter", "format_name", "guess_mapping", "row_problems",
    "row_values",
]
