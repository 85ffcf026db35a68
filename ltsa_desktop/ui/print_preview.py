"""Print preview: every page of one or more saved PDFs drawn with PDFium, scrollable, then Print, Save or Close.

The PDFs are already kept in the data directory when the preview opens, so closing it loses nothing. Printing
goes through ``ui/printer.py`` (``print_pdf``) to the workstation's chosen printer; when no printer answers, the
dialog stays open and says where the PDF is. A file PDFium cannot draw is shown without pages and can still be
saved; printing it is refused by ``print_pdf`` with the reason, since printing draws the pages the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.ui import printer as printing

log = logging.getLogger(__name__)

PREVIEW_DPI = 110  # thermal receipts (80 mm) come out about 350 px wide, an A4 sheet about 910 px


def render_pages(pdf: bytes | Path, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Each page of ``pdf`` as an image at ``dpi``. Raises ``pdfium.PdfiumError`` for a file it cannot read."""
    document = pdfium.PdfDocument(pdf.read_bytes() if isinstance(pdf, Path) else pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
                                     rev_byteorder=True)  # RGBA byte order
                try:
                    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGBA8888)
                    images.append(image.copy())  # own the pixels: the bitmap's buffer is freed below
                finally:
                    bitmap.close()
            finally:
                page.close()
        return images
    finally:
        document.close()


class PrintPreviewDialog(QDialog):
    """Shows ``paths`` page by page; Print sends them to ``printer`` (empty: the system default)."""

    def __init__(self, paths: Sequence[Path], printer: str = "", parent: QWidget | None = None, *,
                 title: str = "") -> None:
        super().__init__(parent)
        self.paths = list(paths)
        self.printer = printer
        self.outcomes: list[printing.PrintOutcome] = []
        self.setWindowTitle(title or self.tr("Print preview"))
        self.images: list[QImage] = []
        problems: list[str] = []
        for path in self.paths:
            try:
                self.images.extend(render_pages(path))
            except (OSError, pdfium.PdfiumError) as exc:
                log.warning("preview of %s failed: %s", path.name, exc)
                problems.append(path.name)

        layout = QVBoxLayout(self)
        self.info = QLabel(self.tr("{pages} page(s) · printer: {printer}").format(
            pages=len(self.images), printer=printer or self.tr("system default")))
        self.info.setObjectName("previewInfo")
        layout.addWidget(self.info)

        pages = QWidget()
        pages.setObjectName("previewPages")
        pages.setStyleSheet("#previewPages { background: #8a8f98; }")
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        column.setContentsMargins(12, 12, 12, 12)
        self.page_labels: list[QLabel] = []
        for image in self.images:
            label = QLabel()
            label.setObjectName("previewPage")
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("background: white;")
            label.setFixedSize(image.size())
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("previewScroll")
        self.scroll_area.setWidget(pages)
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area, 1)

        self.status = QLabel(self.tr("The preview of {files} could not be drawn; it can still be printed or "
                                     "saved.").format(files=", ".join(problems)) if problems else "")
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        row = QHBoxLayout()
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        save = QPushButton(self.tr("Save as PDF…"))
        save.setObjectName("previewSave")
        save.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("previewClose")
        close.clicked.connect(self.reject)
        for button in (self.print_button, save, close):
            row.addWidget(button)
        layout.addLayout(row)
        widest = max((i.width() for i in self.images), default=400)
        tallest = max((i.height() for i in self.images), default=300)
        self.resize(min(widest + 70, 1000), min(tallest + 140, 800))

    def print_now(self) -> list[printing.PrintOutcome]:
        """Send every PDF to the printer; closes the preview when all printed, else says where the PDFs are."""
        self.print_button.setEnabled(False)  # a double click prints once
        try:
            self.outcomes = [printing.print_pdf(path, self.printer) for path in self.paths]
        finally:
            self.print_button.setEnabled(True)
        failed = [o for o in self.outcomes if not o.printed]
        if not failed:
            self.accept()
        else:
            self.status.setText(self.tr("No printer answered ({detail}); the PDF is saved at {path}.").format(
                detail=failed[0].detail or failed[0].printer, path=", ".join(str(o.path) for o in failed)))
        return self.outcomes

    def save_as(self) -> None:
        if len(self.paths) == 1:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.paths[0].name,
                                                    self.tr("PDF files (*.pdf)"))
        else:
            target = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"))
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> list[Path]:
        """Copy the PDFs to ``target`` (a file name for one PDF, else a folder); says where they went."""
        try:
            written = printing.save_pdfs([(path.name, path.read_bytes()) for path in self.paths], target)
        except OSError as exc:  # a full disk, a read-only or vanished folder: the PDFs in the data dir stay
            self.status.setText(self.tr("The file could not be written: {reason}").format(reason=exc))
            return []
        self.status.setText(self.tr("Saved: {paths}").format(paths=", ".join(str(p) for p in written)))
        return written
