"""PDF and CSV exports (reportlab, pypdf). No Qt here.

One function per document, each ``export_x(services, options, target, progress=None,
should_cancel=None) -> ExportResult``, writing the file atomically:

- ``session_summary.export_session_summary`` with ``SessionSummaryOptions``
- ``sign_in_sheet.export_sign_in_sheet`` with ``SignInSheetOptions``
- ``group_report.export_group_report`` with ``GroupReportOptions``
- ``member_record.export_member_record`` with ``MemberRecordOptions``
- ``handout_pack.export_handout_pack`` with ``HandoutPackOptions``
- ``csv_export.export_csv`` with ``CsvOptions``

``privacy`` holds the name levels and ``default_file_name``; ``progress`` the typed
``ExportCancelled``; ``document`` the house style's page layout and the atomic writer.
Modules are imported on use, so importing this package stays cheap.
"""
