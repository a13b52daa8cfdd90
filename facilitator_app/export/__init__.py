"""PDF and CSV exports (reportlab, pypdf). No Qt here."""
