"""The public fee poster (A4 portrait, one section per service): what each service costs, who pays, and why.

Laid out with the measured flow of ``printing/common.py`` (each cell wrapped once, drawn straight onto the
canvas); a service's section moves whole to the next sheet rather than splitting."""

from __future__ import annotations

from dataclasses import dataclass

from ltsa_desktop.printing.common import Flow, Span, money, paper
from ltsa_desktop.printing.fonts import register_fonts

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
    """The poster as PDF bytes (A4 portrait, as many sheets as the services need, each footed with the office,
    the schedule version and a page count)."""
    register_fonts()
    f = Flow(paper("A4"), title=f"Tarif layanan {poster.office_name}",
             footer=f"{poster.office_name} · jadwal tarif {poster.schedule_version}")
    f.text(f"TARIF RESMI LAYANAN – {poster.office_name}", bold=True, size_delta=7.5)
    f.text(f"Jadwal tarif versi {poster.schedule_version}, berlaku sejak {poster.effective_label}. "
           f"Dicetak {poster.printed_label}.", size_delta=-1)
    f.text("Selain tarif ini, tidak ada pungutan lain. Laporkan permintaan biaya lain ke SP4N-LAPOR! "
           "(lapor.go.id, SMS 1708).", bold=True, size_delta=-1)
    f.space(8)
    widths = [0.33, 0.14, 0.23, 0.30]
    for service in poster.services:
        with f.keep_together():
            f.space(6)
            f.text(f"{service.code} · {service.name}", bold=True, size_delta=2)
            f.text(f"Loket: {service.desk} · Waktu layanan: {service.time_standard}", size_delta=-1, gray=0.25)
            f.space(2)
            f.columns([[Span("Komponen", True, -1)], [Span("Biaya", True, -1, "right")],
                       [Span("Siapa membayar", True, -1)], [Span("Dasar hukum", True, -1)]], widths, fill=0.9)
            for line in service.lines:
                label = [Span(line.label + (" (pilihan)" if line.optional else ""), False, -1)]
                if line.unverified:
                    label.append(Span("tarif belum terverifikasi", True, -1.5))
                payer = [Span(PAYER_TEXT.get(line.payer, line.payer), line.payer != "applicant", -1)]
                if line.exempt_note:
                    payer.append(Span(line.exempt_note, False, -1.5, gray=0.3))
                amount = money(line.amount) + (" *" if line.unverified else "")
                f.columns([label, [Span(amount, True, -1, "right")], payer, [Span(line.legal_basis, False, -1.5)]],
                          widths)
    f.space(6)
    f.text("* tarif belum terverifikasi: jumlah resmi belum dapat dipastikan; tanyakan ke loket dan minta kuitansi.",
           size_delta=-1)
    return f.render()
