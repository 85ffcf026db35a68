"""The queue ticket slip for 58 mm and 80 mm kiosk printers: big number, service, time, people ahead, wait, QR."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ltsa_desktop.printing.fonts import register_fonts
from ltsa_desktop.printing.receipt import _Writer


@dataclass(frozen=True)
class TicketSlipDoc:
    office_name: str
    number: str
    service_name: str
    priority_label: str | None
    issued_label: str
    people_ahead: int
    wait_minutes: int
    qr_payload: str
    lang: str = "id"


def render_ticket_slip(doc: TicketSlipDoc, width_mm: int = 80) -> bytes:
    register_fonts()
    width = width_mm * mm
    w = _Writer(width, 3 * mm, 8 if width_mm == 80 else 7)
    w.text(doc.office_name, bold=True, align="center")
    w.rule()
    w.text("NOMOR ANTREAN" if doc.lang == "id" else "QUEUE NUMBER", align="center")
    w.text(doc.number, bold=True, align="center", size=34 if width_mm == 80 else 26)
    w.text(doc.service_name, bold=True, align="center", size=w.base + 2)
    if doc.priority_label:
        w.text(("Prioritas: " if doc.lang == "id" else "Priority: ") + doc.priority_label, align="center")
    w.text(doc.issued_label, align="center")
    if doc.lang == "id":
        w.text(f"Orang di depan Anda: {doc.people_ahead}", align="center")
        w.text(f"Perkiraan tunggu: ± {doc.wait_minutes} menit", align="center")
    else:
        w.text(f"People ahead of you: {doc.people_ahead}", align="center")
        w.text(f"Estimated wait: about {doc.wait_minutes} min", align="center")
    w.qr(doc.qr_payload, 22 * mm)
    w.text("Layanan ini tidak dipungut biaya di luar tarif resmi." if doc.lang == "id"
           else "No charge beyond the official fees.", align="center", size=w.base - 1.5)
    height = w.y + 6 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle(f"Tiket {doc.number}")
    w.render(canvas, height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


