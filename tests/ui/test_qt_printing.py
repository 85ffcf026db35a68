"""Printing through Qt's print support (issue 6, item 5): each PDF page drawn on a QPrinter at its own size.

A QPrinter writing PDF stands in for the paper printer; what it wrote is read back with pypdf (pages, sizes) and
drawn with ``pdftoppm`` to see that the ink is on the page.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import payments
from ltsa_desktop.ui import printer
from ltsa_desktop.ui.pages.fees import QuotePage
from tests.ui.test_print_preview import _receipt, _session

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")


def _pdf_printer(out: Path) -> QPrinter:
    device = QPrinter(QPrinter.PrinterMode.HighResolution)
    device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    device.setOutputFileName(str(out))
    return device


def _sizes(pdf: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(pdf).pages]


def _title(pdf: Path) -> str:
    metadata = PdfReader(pdf).metadata
    return str(metadata.title) if metadata is not None else ""


def _dark_share(pdf: Path, tmp_path: Path, dpi: int = 60) -> list[float]:
    """Per page, the share of dark pixels when ``pdftoppm`` draws ``pdf`` (text, rules, the QR code)."""
    prefix = tmp_path / f"png-{pdf.stem}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)], check=True,
                   capture_output=True, timeout=60)
    shares = []
    for png in sorted(tmp_path.glob(f"{prefix.name}-*.png")):
        image = QImage(str(png))
        dark = total = 0
        for y in range(0, image.height(), 2):
            for x in range(0, image.width(), 2):
                total += 1
                dark += image.pixelColor(x, y).lightness() < 128
        shares.append(dark / total)
    return shares


def _quote_a4(qtbot, office, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    page = QuotePage(_session(office))
    qtbot.addWidget(page)
    for i in range(page.services.count()):
        item = page.services.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "POL-01":
            item.setCheckState(Qt.CheckState.Checked)
    page.quote_layout.setCurrentIndex(page.quote_layout.findData("A4"))
    path = tmp_path / "quote-A4.pdf"
    path.write_bytes(page.quote_pdf())
    return path


@needs_pdftoppm
@pytest.mark.parametrize("document", ["receipt-80mm", "receipt-58mm", "quote-A4"])
def test_each_page_prints_at_its_own_size_with_the_ink_on_it(qtbot, paying_office, tmp_path,
                                                             document) -> None:  # type: ignore[no-untyped-def]
    kind, layout = document.split("-")
    source = _receipt(paying_office, layout, tmp_path) if kind == "receipt" else \
        _quote_a4(qtbot, paying_office, tmp_path)
    out = tmp_path / "printed.pdf"
    device = _pdf_printer(out)
    assert printer.paint_pdf(device, source) == len(PdfReader(source).pages)
    printed, expected = _sizes(out), _sizes(source)
    assert len(printed) == len(expected) >= 1
    for (width, height), (want_w, want_h) in zip(printed, expected, strict=True):
        assert abs(width - want_w) <= 1 and abs(height - want_h) <= 1  # full page, no margins, no A4 sheet
    if layout == "80mm":
        assert abs(printed[0][0] - 80 / 25.4 * 72) <= 1
    if layout == "58mm":
        assert abs(printed[0][0] - 58 / 25.4 * 72) <= 1
    assert _title(out) == source.name  # the job carries the PDF's file name
    ink, source_ink = _dark_share(out, tmp_path), _dark_share(source, tmp_path)
    assert all(share > 0.005 for share in ink)  # not a blank page
    for got, want in zip(ink, source_ink, strict=True):  # the same drawing, not shifted off the paper or shrunk
        assert 0.7 * want <= got <= 1.3 * want


def test_a_mixed_document_changes_the_paper_per_page(paying_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    writer = PdfWriter()
    for layout in ("A4", "80mm", "A5"):
        for page in PdfReader(_receipt(paying_office, layout, tmp_path)).pages:
            writer.add_page(page)
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as handle:
        writer.write(handle)
    out = tmp_path / "printed.pdf"
    assert printer.paint_pdf(_pdf_printer(out), mixed) == 3
    for (width, height), (want_w, want_h) in zip(_sizes(out), _sizes(mixed), strict=True):
        assert abs(width - want_w) <= 1 and abs(height - want_h) <= 1


def test_print_pdf_prints_through_the_opened_printer_and_never_raises(paying_office, tmp_path,
                                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    receipt = _receipt(paying_office, "80mm", tmp_path)
    jobs: list[Path] = []

    def opened(name: str) -> QPrinter:
        jobs.append(tmp_path / f"job-{len(jobs)}.pdf")
        return _pdf_printer(jobs[-1])

    monkeypatch.setattr(printer, "open_printer", opened)
    outcome = printer.print_pdf(receipt, "EPSON_TM-T82")
    assert outcome == printer.PrintOutcome(True, receipt, "EPSON_TM-T82")
    assert len(PdfReader(jobs[0]).pages) == len(PdfReader(receipt).pages)

    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(receipt.read_bytes()[:300])  # cut short, as on a failing disk
    outcome = printer.print_pdf(damaged, "EPSON_TM-T82")
    assert not outcome.printed and outcome.path == damaged and "could not be read" in outcome.detail
    outcome = printer.print_pdf(tmp_path / "gone.pdf", "EPSON_TM-T82")
    assert not outcome.printed and "could not be read" in outcome.detail

    monkeypatch.setattr(printer, "open_printer", lambda name: _pdf_printer(tmp_path / "no-such-dir" / "x.pdf"))
    outcome = printer.print_pdf(receipt, "EPSON_TM-T82")  # the printer refuses the job
    assert not outcome.printed and outcome.detail == "the printer did not accept the job"


def test_an_unknown_printer_is_refused_with_a_clear_detail(paying_office, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    receipt = _receipt(paying_office, "80mm", tmp_path)
    outcome = printer.print_pdf(receipt, "No-Such-Printer-7")
    assert outcome == printer.PrintOutcome(False, receipt, "No-Such-Printer-7",
                                           "printer No-Such-Printer-7 is not installed on this PC")
    assert isinstance(printer.open_printer("No-Such-Printer-7"), str)
    monkeypatch.setattr(printer, "default_printer", lambda: "")
    assert printer.print_pdf(receipt) == printer.PrintOutcome(False, receipt, "", "no printer configured")


def test_silent_reprint_goes_through_qt(qtbot, paying_office, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The Receipts screen's silent reprint reaches the Qt painter with the SALINAN copy."""
    from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER, SILENT_PRINT
    from ltsa_desktop.ui.pages import receipts as receipts_page

    office = paying_office
    payments.take_payment(office.ctx, office.staff, payments.PaymentRequest(new_id(), ("POL-01",), "cash", 50_000))
    session = _session(office)
    session.state.settings.set(RECEIPT_PRINTER, "Thermal-1")
    session.state.settings.set(RECEIPT_LAYOUT, "80mm")
    session.state.settings.set(SILENT_PRINT, True)
    out = tmp_path / "thermal.pdf"
    asked: list[str] = []

    def opened(name: str) -> QPrinter:
        asked.append(name)
        return _pdf_printer(out)

    monkeypatch.setattr(printer, "open_printer", opened)
    page = receipts_page.ReceiptsPage(session)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.reprint()
    assert asked == ["Thermal-1"] and page.result.text() == "Copy printed."
    assert abs(_sizes(out)[0][0] - 80 / 25.4 * 72) <= 1
    title = _title(out)  # the job is named after the archived copy, which says SALINAN
    kept = office.data_dir.documents / "copies" / title
    assert title.endswith("-copy.pdf")
    assert "SALINAN" in PdfReader(io.BytesIO(kept.read_bytes())).pages[0].extract_text()
