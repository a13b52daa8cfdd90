"""Printing a PDF the app wrote: the system print dialog, then each page painted onto the printer.

Qt Essentials has no PDF renderer, so pdfium (pypdfium2) rasterises each page at the printer's
resolution, capped at ``MAX_DPI`` (300 dpi prints text crisply; a 1200 dpi A4 page would take
over half a gigabyte of memory), and QPainter draws it onto the QPrinter, scaled to the paper
with its proportions kept. A page whose orientation differs from the paper's is turned a
quarter, as printers do. Everything here runs on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from facilitator_app.errors import ExportError
from facilitator_app.ui.language import translate

MAX_DPI = 300


def _page_is_landscape(path: Path, index: int = 0) -> bool:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        width, height = pdf[index].get_size()
    finally:
        pdf.close()
    return width > height


def choose_printer(parent: QWidget | None, path: Path, title: str, pages: int) -> QPrinter | None:
    """The printer set up in the system print dialog for the PDF at ``path``; None if closed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)   # what the print queue shows: the document's kind, never a name
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if _page_is_landscape(path)
                               else QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print {lower}").format(lower=title.lower()))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setMinMax(1, max(1, pages))
    try:
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def printed_range(printer: QPrinter, pages: int) -> tuple[int, int]:
    """The first and last page (1-based, inclusive) chosen in the print dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
        return first, max(first, last)
    return 1, max(1, pages)


def print_pdf(path: Path, printer: QPrinter, first: int = 1, last: int | None = None) -> int:
    """Paint pages ``first`` to ``last`` (1-based, inclusive) of the PDF at ``path`` onto ``printer``.

    Returns the number of pages printed. Raises ExportError when the printer cannot start.
    """
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        count = len(pdf)
        last = count if last is None else min(last, count)
        first = max(1, first)
        if first > last:
            return 0
        printer.setFullPage(True)   # the PDF has its own margins; paint it on the whole sheet
        dpi = max(72, min(printer.resolution(), MAX_DPI))
        painter = QPainter()
        if not painter.begin(printer):
            raise ExportError(translate("Printing",
                                        "The printer could not be started. Check that it is switched on and connected, "
                                                    "then try again."))
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for number in range(first, last + 1):
                if number > first and not printer.newPage():
                    raise ExportError(translate("Printing",
                                                "The printer stopped part-way through. Check it, then print again."))
                _paint_page(painter, printer, pdf[number - 1], dpi)
        finally:
            painter.end()
        return last - first + 1
    finally:
        pdf.close()


def _paint_page(painter: QPainter, printer: QPrinter, page: object, dpi: int) -> None:
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    width, height = page.get_size()   # type: ignore[attr-defined]
    turn = (width > height) != (paper.width() > paper.height())
    bitmap = page.render(scale=dpi / 72, rotation=90 if turn else 0, prefer_bgrx=True,  # type: ignore[attr-defined]
                         rev_byteorder=True, optimize_mode="print", fill_color=(255, 255, 255, 255))
    try:
        # R, G, B, X bytes whatever the machine's byte order; copy() owns the pixels before pdfium frees them.
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888).copy()
    finally:
        bitmap.close()
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    shown_w, shown_h = image.width() * scale, image.height() * scale
    target = QRectF((paper.width() - shown_w) / 2, (paper.height() - shown_h) / 2, shown_w, shown_h)
    painter.drawImage(target, image, QRectF(image.rect()), Qt.ImageConversionFlag.AutoColor)
