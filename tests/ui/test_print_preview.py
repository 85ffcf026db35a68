"""Print preview (issue 6, item 5): receipt pages drawn with PDFium, Print / Save / Close, silent printing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import payments
from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER, SILENT_PRINT, Settings
from ltsa_desktop.ui import printer
from ltsa_desktop.ui.pages import receipts as receipts_page
from ltsa_desktop.ui.print_preview import PREVIEW_DPI, PrintPreviewDialog, render_pages
from ltsa_desktop.ui.session import AppSession


def _session(office) -> AppSession:  # type: ignore[no-untyped-def]
    return office.app_session(office.staff)


def _receipt(office, layout: str, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    rid = payments.take_payment(office.ctx, office.staff, payments.PaymentRequest(
        new_id(), ("POL-01",), "cash", 50_000)).value
    path = tmp_path / f"receipt-{layout}.pdf"
    path.write_bytes(payments.archive_pdf(office.ctx, rid, layout))
    return path


class _Printer:
    """Stands in for the spooler: records each job and answers as told."""

    def __init__(self, answers: bool = True) -> None:
        self.jobs: list[tuple[Path, str]] = []
        self.answers = answers

    def __call__(self, path: Path, name: str = "") -> printer.PrintOutcome:
        self.jobs.append((path, name))
        return printer.PrintOutcome(self.answers, path, name or "default",
                                    "" if self.answers else "printer offline")


def _ink(image: QImage) -> int:
    """How many sampled pixels are dark (text, lines, the QR code)."""
    dark = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark


@pytest.mark.parametrize("layout", ["80mm", "A4"])
def test_preview_draws_every_receipt_page_at_its_size_and_prints(qtbot, paying_office, tmp_path, monkeypatch,
                                                                 layout) -> None:  # type: ignore[no-untyped-def]
    path = _receipt(paying_office, layout, tmp_path)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    spooler = _Printer()
    monkeypatch.setattr(printer, "print_pdf", spooler)
    dialog = PrintPreviewDialog([path], "Thermal-1")
    qtbot.addWidget(dialog)
    assert len(dialog.images) == len(reader.pages) >= 1
    assert len(dialog.page_labels) == len(reader.pages)
    for image, page in zip(dialog.images, reader.pages, strict=True):
        width_pt, height_pt = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(image.width() - width_pt * PREVIEW_DPI / 72) <= 1
        assert abs(image.height() - height_pt * PREVIEW_DPI / 72) <= 1
        assert _ink(image) > 200  # the receipt is drawn, not a blank page
    if layout == "80mm":
        assert 330 <= dialog.images[0].width() <= 360  # 80 mm at 110 dpi
    assert "Thermal-1" in dialog.info.text()
    qtbot.mouseClick(dialog.findChild(type(dialog.print_button), "previewPrint"), Qt.MouseButton.LeftButton)
    assert spooler.jobs == [(path, "Thermal-1")]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [o.printed for o in dialog.outcomes] == [True]


def test_offline_printer_keeps_the_preview_open_and_says_where_the_pdf_is(qtbot, paying_office, tmp_path,
                                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first, second = _receipt(paying_office, "A5", tmp_path), _receipt(paying_office, "80mm", tmp_path)
    spooler = _Printer(answers=False)
    monkeypatch.setattr(printer, "print_pdf", spooler)
    dialog = PrintPreviewDialog([first, second])
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.images) == 2 and dialog.images[0].width() > dialog.images[1].width()  # A5 wider than 80 mm
    dialog.print_now()
    assert [job[0] for job in spooler.jobs] == [first, second]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert str(first) in dialog.status.text() and "printer offline" in dialog.status.text()
    copies = dialog.save_to(tmp_path / "out")
    assert [p.read_bytes() for p in copies] == [first.read_bytes(), second.read_bytes()]
    assert str(copies[0]) in dialog.status.text()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert dialog.save_to(blocked / "sub") == [] and "could not be written" in dialog.status.text()


def test_a_pdf_that_cannot_be_drawn_is_still_offered(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf")
    spooler = _Printer()
    monkeypatch.setattr(printer, "print_pdf", spooler)
    dialog = PrintPreviewDialog([broken], "Thermal-1")
    qtbot.addWidget(dialog)
    assert dialog.images == [] and "broken.pdf" in dialog.status.text()
    dialog.print_now()
    assert spooler.jobs == [(broken, "Thermal-1")]


def test_render_pages_counts_pages_of_a_multi_page_pdf(paying_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    writer = PdfWriter()
    for layout in ("A4", "80mm", "A5"):
        for page in PdfReader(_receipt(paying_office, layout, tmp_path)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    images = render_pages(out.getvalue(), dpi=72)
    assert len(images) == 3
    assert abs(images[0].width() - 595.3) < 1 and abs(images[0].height() - 841.9) < 1  # A4 in points at 72 dpi
    assert images[0].width() > images[2].width() > images[1].width()


def test_reprint_previews_unless_the_workstation_prints_silently(qtbot, paying_office, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    office = paying_office
    payments.take_payment(office.ctx, office.staff, payments.PaymentRequest(new_id(), ("POL-01",), "cash", 50_000))
    session = _session(office)
    session.state.settings.set(RECEIPT_PRINTER, "Thermal-1")
    session.state.settings.set(RECEIPT_LAYOUT, "80mm")
    page = receipts_page.ReceiptsPage(session)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    spooler = _Printer()
    monkeypatch.setattr(printer, "print_pdf", spooler)
    previews: list[PrintPreviewDialog] = []

    def shown(dialog: PrintPreviewDialog) -> int:  # the user looks, then presses Print
        previews.append(dialog)
        dialog.print_now()
        return int(dialog.result())

    monkeypatch.setattr(PrintPreviewDialog, "exec", shown)
    page.reprint()
    assert len(previews) == 1 and len(previews[0].images) == 1
    assert "SALINAN" in "".join(p.extract_text() for p in PdfReader(previews[0].paths[0]).pages)
    assert len(spooler.jobs) == 1 and spooler.jobs[0][1] == "Thermal-1"
    assert page.result.text() == "Copy printed."

    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda dialog: previews.append(dialog) or 0)  # closed
    page.reprint()
    assert len(previews) == 2 and len(spooler.jobs) == 1  # nothing printed, the copy is kept
    assert str(previews[1].paths[0]) in page.result.text()

    chooser = receipts_page.PrinterChoiceDialog(session)
    qtbot.addWidget(chooser)
    assert not chooser.silent.isChecked()
    chooser.silent.setChecked(True)
    chooser.save()
    assert Settings(office.data_dir.settings_file).get(SILENT_PRINT) is True  # remembered on this workstation
    page.reprint()
    assert len(previews) == 2  # no preview when printing silently
    assert len(spooler.jobs) == 2 and page.result.text() == "Copy printed."
