"""PDF and CSV exports (reportlab, pypdf). No Qt here.

One module per document, each with an ``export_x(services, options, target, progress=None,
should_cancel=None) -> ExportResult`` writing the file atomically. ``kinds`` is the registry of
documents (``KINDS``): each one's exporter, texts, privacy levels, scope and CLI name; the CLI,
the export dialog and the window's actions read it.

``privacy`` holds the name levels and ``default_file_name``; ``progress`` the typed
``ExportCancelled``; ``document`` the house style's page layout and the atomic writer.
Modules are imported on use, so importing this package stays cheap.
"""
