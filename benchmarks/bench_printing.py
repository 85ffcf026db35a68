"""``receipt_pdf``: an 80 mm receipt rendered by the printing layer, against a bare ReportLab canvas drawing the
same strings and the same QR code (the same ReportLab QR flowable, same level and size) in the same bundled font,
without wrapping, measuring, payer summaries or layout. The ratio is the cost of the layout itself."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from benchmarks._office import median_ms
from ltsa_desktop.printing.fonts import CONDENSED, register_fonts
from ltsa_desktop.printing.receipt import ReceiptDoc, ReceiptLine, render_receipt

_LINES = (
    ReceiptLine("POL-01", "PNBP SKCK", "Police clearance certificate fee", "PP 76/2020", "applicant", 30_000),
    ReceiptLine("KES-01", "Pemeriksaan kesehatan", "Medical check-up", "Permenkes 29/2013", "employer", 950_000),
    ReceiptLine("JST-01", "Jaminan sosial PMI", "Social security", "PP 45/2024", "government", 370_000),
    ReceiptLine("IMI-01", "Paspor elektronik", "E-passport", "PP 28/2019", "applicant", 650_000, unverified=True),
)


def _doc() -> ReceiptDoc:
    return ReceiptDoc(
        office_name="LTSA P2MI Kota Jakarta Timur", office_code="JKT01", office_address="Jl. Raya Bekasi Km 18",
        number="JKT01-K02-2026-000123", issued_at=datetime(2026, 11, 22, 7, 5, tzinfo=UTC), cashier="Siti Nurhaliza",
        applicant_name="Dewi Lestari binti Suparman", nik_masked="************1234", ticket_number="A-007",
        schedule_version="2026.1", lines=_LINES, total_paid=680_000, method="cash", tendered=700_000,
        change=20_000, token="LTSA1.eyJuIjoiSktUMDEtSzAyLTIwMjYtMDAwMTIzIn0." + "c2lnbmF0dXJl" * 7)


def _bare(doc: ReceiptDoc) -> bytes:
    strings = [doc.office_name, doc.office_address, doc.number, doc.cashier, doc.applicant_name, doc.nik_masked,
               doc.ticket_number, doc.schedule_version]
    for line in doc.lines:
        strings += [line.label_id, line.label_en, line.legal_basis, line.payer, str(line.amount)]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(80 * mm, 200 * mm), pageCompression=1)
    canvas.setFont(CONDENSED, 8)
    for i, text in enumerate(strings):
        canvas.drawString(4 * mm, 190 * mm - i * 10, text)
    QrCode(doc.token, width=32 * mm, height=32 * mm, qrLevel="M").drawOn(canvas, 24 * mm, 10 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def run() -> list[dict]:
    register_fonts()
    repeat = 10 if os.environ.get("LTSA_BENCH_QUICK") else 40
    doc = _doc()
    render_receipt(doc, "80mm")  # warm caches (font subsets, imports) before timing
    _bare(doc)
    value = median_ms(lambda: render_receipt(doc, "80mm"), repeat)
    baseline = median_ms(lambda: _bare(doc), repeat)
    return [{"name": "receipt_pdf", "value": value, "unit": "ms", "baseline": baseline, "ratio": value / baseline}]


if __name__ == "__main__":
    for figure in run():
        print(figure)
