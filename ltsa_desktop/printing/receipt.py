"""Fee receipts as PDF (ReportLab canvas): an 80 mm thermal roll and an A5 page, from plain data.

Indonesian labels with English sub-labels; the applicant's NIK arrives already masked; every line shows its legal
basis and who pays; a reprint says SALINAN / COPY; a void says DIBATALKAN / VOID; the QR carries the signed token.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Literal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ltsa_desktop.domain.formatting import format_money
from ltsa_desktop.printing.fonts import BOLD, REGULAR, register_fonts

PAYER_LABELS = {
    "applicant": ("Dibayar pemohon", "Paid by applicant"),
    "employer": ("Ditanggung pemberi kerja", "Borne by employer"),
    "government": ("Ditanggung pemerintah", "Borne by government"),
    "free": ("GRATIS", "Free"),
}


@dataclass(frozen=True)
class ReceiptLine:
    service_code: str
    label_id: str
    label_en: str
    legal_basis: str
    payer: str
    amount: int  # what the line is worth
    charged: int  # what the applicant pays for it (0 unless payer is applicant and not waived)
    unverified: bool = False
    waived_reason: str | None = None


@dataclass(frozen=True)
class ReceiptDoc:
    office_name: str
    office_address: str
    number: str
    issued_label: str  # "22 November 2026 14:05 WIB"
    cashier: str
    applicant_name: str
    nik_masked: str
    ticket_number: str
    schedule_version: str
    lines: tuple[ReceiptLine, ...]
    totals: dict[str, int]  # per payer
    total_paid: int
    method: str
    reference: str
    tendered: int
    change: int
    token: str
    is_copy: bool = False
    void_of: str | None = None
    void_reason: str | None = None
    approver: str | None = None
    money: object = field(default=None, compare=False)  # callable int -> str




def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    width = max(width, size * 4)  # never narrower than a few characters
    words, lines, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        while word and stringWidth(word, font, size) > width:  # a single very long word: cut it
            cut = max(1, int(len(word) * width / stringWidth(word, font, size)))
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


class _Writer:
    def __init__(self, width: float, margin: float, base: float) -> None:
        self.width, self.margin, self.base = width, margin, base
        self.ops: list[tuple] = []
        self.y = 0.0

    def text(self, text: str, *, size: float | None = None, bold: bool = False, align: str = "left",
             gap: float = 1.25) -> None:
        size = size or self.base
        font = BOLD if bold else REGULAR
        for line in _wrap(text, font, size, self.width - 2 * self.margin):
            self.y += size * gap
            self.ops.append(("text", line, font, size, align, self.y))

    def pair(self, left: str, right: str, *, bold: bool = False) -> None:
        size, font = self.base, BOLD if bold else REGULAR
        right_w = stringWidth(right, font, size)
        room = self.width - 2 * self.margin - right_w - 4
        if room < self.width * 0.3:  # the value needs the whole width: put it on its own line
            self.text(left, bold=bold)
            self.text(right, bold=bold, align="right")
            return
        lines = _wrap(left, font, size, room)
        for i, line in enumerate(lines):
            self.y += size * 1.25
            self.ops.append(("text", line, font, size, "left", self.y))
            if i == 0:
                self.ops.append(("text", right, font, size, "right", self.y))

    def rule(self) -> None:
        self.y += self.base * 0.8
        self.ops.append(("rule", self.y))

    def qr(self, payload: str, size: float) -> None:
        self.y += size + 4
        self.ops.append(("qr", payload, size, self.y))

    def render(self, canvas: Canvas, height: float) -> None:
        for op in self.ops:
            if op[0] == "text":
                _, line, font, size, align, y = op
                canvas.setFont(font, size)
                if align == "center":
                    canvas.drawCentredString(self.width / 2, height - y, line)
                elif align == "right":
                    canvas.drawRightString(self.width - self.margin, height - y, line)
                else:
                    canvas.drawString(self.margin, height - y, line)
            elif op[0] == "rule":
                canvas.setLineWidth(0.5)
                canvas.setDash(2, 2)
                canvas.line(self.margin, height - op[1], self.width - self.margin, height - op[1])
                canvas.setDash()
            elif op[0] == "qr":
                _, payload, size, y = op
                widget = QrCodeWidget(payload, barLevel="M")
                x0, y0, x1, y1 = widget.getBounds()
                drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
                drawing.add(widget)
                renderPDF.draw(drawing, canvas, (self.width - size) / 2, height - y)


def _compose(doc: ReceiptDoc, w: _Writer) -> None:
    w.text(doc.office_name, bold=True, align="center", size=w.base + 1.5)
    if doc.office_address:
        w.text(doc.office_address, align="center", size=w.base - 1)
    w.rule()
    if doc.void_of:
        w.text("DIBATALKAN / VOID", bold=True, align="center", size=w.base + 4)
        w.text(f"Pembatalan atas kuitansi / Voids receipt {doc.void_of}", align="center")
    title = "KUITANSI PEMBAYARAN" if not doc.void_of else "NOTA PEMBATALAN"
    w.text(title, bold=True, align="center", size=w.base + 1)
    w.text("Payment receipt" if not doc.void_of else "Void note", align="center", size=w.base - 1)
    if doc.is_copy:
        w.text("SALINAN / COPY", bold=True, align="center", size=w.base + 3)
    w.pair("No.", doc.number, bold=True)
    w.pair("Waktu / Time", doc.issued_label)
    w.pair("Pemohon / Applicant", doc.applicant_name or "—")
    w.pair("NIK", doc.nik_masked or "—")
    if doc.ticket_number:
        w.pair("Antrean / Ticket", doc.ticket_number)
    w.pair("Tarif / Fee schedule", doc.schedule_version)
    w.rule()
    for line in doc.lines:
        payer_id, payer_en = PAYER_LABELS.get(line.payer, (line.payer, line.payer))
        w.text(f"{line.service_code} · {line.label_id}", bold=True)
        w.text(line.label_en, size=w.base - 1.5)
        w.text(f"Dasar hukum: {line.legal_basis}", size=w.base - 1.5)
        if line.unverified:
            w.text("tarif belum terverifikasi / unverified tariff", size=w.base - 1.5)
        w.pair(f"{payer_id} / {payer_en}", format_money(line.amount))
        if line.waived_reason:
            w.pair("Dibebaskan / Waived", format_money(-(line.amount)))
            w.text(f"Alasan: {line.waived_reason}", size=w.base - 1.5)
        w.pair("Dibayar / Charged", format_money(line.charged), bold=True)
    w.rule()
    for payer in ("applicant", "employer", "government", "free"):
        if payer in doc.totals:
            payer_id, payer_en = PAYER_LABELS[payer]
            w.pair(f"Total {payer_id.lower()} / {payer_en.lower()}", format_money(doc.totals[payer]))
    w.pair("JUMLAH DIBAYAR / TOTAL PAID", format_money(doc.total_paid), bold=True)
    method = {"cash": "Tunai / Cash", "transfer": "Transfer bank", "qris": "QRIS"}.get(doc.method, doc.method)
    w.pair("Cara bayar / Method", method)
    if doc.reference:
        w.pair("Referensi / Reference", doc.reference)
    if doc.method == "cash" and doc.total_paid > 0:
        w.pair("Diterima / Tendered", format_money(doc.tendered))
        w.pair("Kembali / Change", format_money(doc.change))
    w.pair("Petugas / Cashier", doc.cashier)
    if doc.approver:
        w.pair("Disetujui / Approved by", doc.approver)
    if doc.void_reason:
        w.text(f"Alasan pembatalan / Reason: {doc.void_reason}")
    w.rule()
    w.text("Hanya biaya resmi sesuai tarif yang berlaku. Laporkan pungutan lain ke SP4N-LAPOR! (SMS 1708).",
           size=w.base - 1.5, align="center")
    w.text("Only the official fees of the schedule in force. Report any other charge.", size=w.base - 1.5,
           align="center")
    w.qr(doc.token, 32 * mm)
    w.text("Pindai untuk verifikasi / Scan to verify", size=w.base - 1.5, align="center")


def render_receipt(doc: ReceiptDoc, layout: Literal["80mm", "58mm", "A5"] = "80mm") -> bytes:
    register_fonts()
    if layout == "A5":
        width, height = A5
        writer = _Writer(width, 14 * mm, 9)
    else:
        width = (80 if layout == "80mm" else 58) * mm
        writer = _Writer(width, 3 * mm, 7.5 if layout == "80mm" else 6.5)
    _compose(doc, writer)
    if layout != "A5":
        height = writer.y + 8 * mm  # a roll: exactly as long as the content
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle(f"Kuitansi {doc.number}")
    if layout == "A5" and writer.y > height - 10 * mm:
        height = writer.y + 10 * mm
        canvas.setPageSize((width, height))
    writer.render(canvas, height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
