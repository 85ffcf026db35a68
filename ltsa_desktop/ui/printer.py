"""Hand a finished PDF to a printer. The PDF is always kept first, so a missing printer loses nothing.

Printer names come from Qt's print support (the choice is remembered per workstation in settings.json), and the
PDF is printed through Qt as well, the same way on every operating system: ``print_pdf`` opens a ``QPrinter`` for
the named printer (or the system default), and ``paint_pdf`` draws each PDF page on it. Every printed page takes
its size from the PDF page (a custom ``QPageSize`` in points, so 80 mm and 58 mm receipt rolls print at their own
width) with zero margins, and the page itself is rendered by PDFium at the printer's resolution (at most
``MAX_PRINT_DPI``) and drawn scaled to the paper. No PDF application or shell verb is needed on the PC.

There is deliberately no second route through the system spooler (``lp``): on Linux and macOS Qt lists exactly
the CUPS printers ``lp`` would reach, so when Qt knows no printer there is none to send to. One route keeps the
behaviour the same everywhere and the outcome easy to explain. ``print_pdf`` never raises: an unknown or invalid
printer, a printer that refuses the job, or a PDF that cannot be read gives ``PrintOutcome(printed=False, ...)``
with a ``detail``, and the caller offers the saved PDF instead.

``print_or_preview`` is what screens call: it shows the print preview (``ui/print_preview.py``) first unless the
workstation prints silently (setting ``silent_print``, meant for a thermal receipt printer).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # sharper than any receipt printer (203 dpi) and plenty for laser text; keeps pages small


class PrintError(Exception):
    """The printer would not take the job (the painter could not begin on it)."""


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    path: Path
    printer: str
    detail: str = ""


def available_printers() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def default_printer() -> str:
    return QPrinterInfo.defaultPrinter().printerName()


def save_pdf(pdf: bytes, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pdf)
    os.replace(tmp, path)
    return path


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """A full-page layout (zero margins) of exactly this size; a standard size such as A4 keeps its name."""
    landscape = width_pt > height_pt
    short, long = sorted((width_pt, height_pt))
    size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    if abs(size.sizePoints().width() - short) > 1 or abs(size.sizePoints().height() - long) > 1:
        size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def _render(page: pdfium.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGR, rev_byteorder=True)  # RGB
    try:
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels: the bitmap's buffer is freed below
    finally:
        bitmap.close()


def paint_pdf(printer: QPrinter, path: Path) -> int:
    """Draw every page of the PDF at ``path`` on ``printer``, one printed page per PDF page; returns the count.

    Each page gets the PDF page's size with zero margins and the image fills it. Raises ``OSError`` or
    ``pdfium.PdfiumError`` for a PDF that cannot be read and ``PrintError`` when the printer refuses the job.
    """
    document = pdfium.PdfDocument(path.read_bytes())
    painter = QPainter()
    try:
        count = len(document)
        if count == 0:
            raise PrintError(f"{path.name} has no pages")
        printer.setDocName(path.name)
        printer.setFullPage(True)
        dpi = min(float(printer.resolution()), MAX_PRINT_DPI)
        for index in range(count):
            page = document[index]
            try:
                width_pt, height_pt = page.get_size()
                layout = _page_layout(width_pt, height_pt)
                if index == 0:
                    printer.setPageLayout(layout)
                    if not painter.begin(printer):
                        raise PrintError("the printer did not accept the job")
                else:
                    printer.setPageLayout(layout)  # a native Windows printer keeps the first size: drawn to fit
                    if not printer.newPage():
                        raise PrintError("the printer stopped accepting pages")
                image = _render(page, dpi)
            finally:
                page.close()
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
        if not painter.end():
            raise PrintError("the printer did not finish the job")
        return count
    except BaseException:
        if painter.isActive():
            printer.abort()
            painter.end()
        raise
    finally:
        document.close()


def open_printer(name: str) -> QPrinter | str:
    """A high-resolution ``QPrinter`` for the installed printer ``name``, else why there is none."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():  # QPrinter itself would quietly fall back to the default printer
        return f"printer {name} is not installed on this PC"
    device = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if not device.isValid():
        return f"printer {name} cannot be used"
    return device


def save_pdfs(files: Sequence[tuple[str, bytes]], target: Path) -> list[Path]:
    """Write ``files`` ((name, pdf) pairs) to ``target``: the file itself when there is one PDF and ``target`` is
    not a folder, else into the folder ``target`` under their own names. ``OSError`` passes to the caller."""
    if len(files) == 1 and not target.is_dir():
        return [save_pdf(files[0][1], target.parent, target.name)]
    return [save_pdf(pdf, target, name) for name, pdf in files]


def print_pdf(path: Path, printer: str = "") -> PrintOutcome:
    """Print ``path`` on ``printer`` (or the default) through Qt. Never raises: the outcome says what happened."""
    name = printer or default_printer()
    if not name:
        return PrintOutcome(False, path, "", "no printer configured")
    device = open_printer(name)
    if isinstance(device, str):
        return PrintOutcome(False, path, name, device)
    try:
        paint_pdf(device, path)
    except (OSError, pdfium.PdfiumError) as exc:
        log.warning("printing %s failed, unreadable PDF: %s", path, exc)
        return PrintOutcome(False, path, name, f"the PDF could not be read: {exc}")
    except PrintError as exc:
        log.warning("printing %s on %s failed: %s", path, name, exc)
        return PrintOutcome(False, path, name, str(exc))
    except Exception as exc:  # a driver or PDFium surprise must not take the payment screen down
        log.exception("printing %s on %s failed", path, name)
        return PrintOutcome(False, path, name, str(exc) or type(exc).__name__)
    return PrintOutcome(True, path, name)


def print_or_preview(paths: Path | Sequence[Path], printer: str = "", *, silent: bool,
                     parent: QWidget | None = None, title: str = "") -> list[PrintOutcome]:
    """Print ``paths`` at once when ``silent``, else through the print preview.

    Returns one outcome per PDF sent to the printer: empty when the preview was closed without printing.
    """
    files = [paths] if isinstance(paths, Path) else list(paths)
    if silent:
        return [print_pdf(path, printer) for path in files]
    from ltsa_desktop.ui.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(files, printer, parent, title=title)
    dialog.exec()
    return dialog.outcomes
