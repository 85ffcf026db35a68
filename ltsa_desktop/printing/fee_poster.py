"""The public fee poster (A4 portrait, one section per service): what each service costs, who pays, and why."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ltsa_desktop.domain.formatting import format_money
from ltsa_desktop.printing.fonts import BOLD, REGULAR, register_fonts

PAYER_TEXT = {"applicant": "Dibayar pemohon", "employer": "Ditanggung pemberi kerja",
              "government": "Ditanggung pemerintah", "free": "GRATIS"}


@dataclass(frozen=True)
class PosterLine:
    label: str
    amount: int
    payer: str
    legal_basis: str
    unverified: bool
    exempt_note: str  # e.g. "Jabatan dibebaskan (Perban 9/2020): ditanggung pemberi kerja"
    optional: bool


@dataclass(frozen=True)
class PosterService:
    code: str
    name: str
    desk: str
    time_standard: str
    lines: tuple[PosterLine, ...]


@dataclass(frozen=True)
class FeePoster:
    office_name: str
    schedule_version: str
    effective_label: str
    printed_label: str
    services: tuple[PosterService, ...]




def render_fee_poster(poster: FeePoster) -> bytes:
    register_fonts()
    title = ParagraphStyle("t", fontName=BOLD, fontSize=17, leading=21, spaceAfter=4)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=8.5, leading=11)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=2)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=8.5, leading=10.5)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=f"Tarif layanan {poster.office_name}")
    story: list = [
        Paragraph(f"TARIF RESMI LAYANAN – {poster.office_name}", title),
        Paragraph(f"Jadwal tarif versi <b>{poster.schedule_version}</b>, berlaku sejak {poster.effective_label}. "
                  f"Dicetak {poster.printed_label}. Selain tarif ini, <b>tidak ada pungutan lain</b>. Laporkan "
                  "permintaan biaya lain ke SP4N-LAPOR! (lapor.go.id, SMS 1708).", small),
        Spacer(1, 3 * mm),
    ]
    for service in poster.services:
        rows = [[Paragraph("<b>Komponen</b>", cell), Paragraph("<b>Biaya</b>", cell),
                 Paragraph("<b>Siapa membayar</b>", cell), Paragraph("<b>Dasar hukum</b>", cell)]]
        for line in service.lines:
            amount = format_money(line.amount) + (" *" if line.unverified else "")
            payer = PAYER_TEXT.get(line.payer, line.payer) + (f"<br/>{line.exempt_note}" if line.exempt_note else "")
            label = line.label + (" (pilihan)" if line.optional else "")
            if line.unverified:
                label += "<br/><i>tarif belum terverifikasi</i>"
            rows.append([Paragraph(label, cell), Paragraph(amount, cell), Paragraph(payer, cell),
                         Paragraph(line.legal_basis, cell)])
        table = Table(rows, colWidths=[60 * mm, 25 * mm, 42 * mm, 55 * mm], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#94a3b8")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5edf7")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(KeepTogether([
            Paragraph(f"{service.code} · {service.name}", head),
            Paragraph(f"Loket: {service.desk} · Waktu layanan: {service.time_standard}", small), table]))
    story += [Spacer(1, 4 * mm), Paragraph("* tarif belum terverifikasi: jumlah resmi belum dapat dipastikan; "
                                           "tanyakan ke loket dan minta kuitansi.", small)]
    doc.build(story)
    return buffer.getvalue()
