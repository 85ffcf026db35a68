"""The public A4 list of open, verified vacancies (for the notice board). No personal data.

``render_vacancy_list`` is pure (no files, no database, no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass

from ltsa_desktop.printing.common import Flow, Span, paper
from ltsa_desktop.printing.fonts import register_fonts

SCHEME_TEXT = {"p_to_p": "P to P (P3MI)", "g_to_g": "G to G", "sp2t": "SP2T", "perseorangan": "Perseorangan"}


@dataclass(frozen=True)
class VacancyLine:
    destination_country: str
    position: str
    scheme: str
    accountable: str
    quota: int
    salary_amount: int
    salary_currency: str
    contract_months: int
    valid_until: str  # already formatted
    requirements: str
    exempt_job: bool


@dataclass(frozen=True)
class VacancyListDoc:
    office_name: str
    printed_label: str
    lines: tuple[VacancyLine, ...]


def salary_text(amount: int, currency: str) -> str:
    return f"{amount:,}".replace(",", ".") + f" {currency}" if amount else "—"


def render_vacancy_list(doc: VacancyListDoc) -> bytes:
    register_fonts()
    f = Flow(paper("A4"), title=f"Lowongan kerja {doc.office_name}",
             footer=f"{doc.office_name} · Lowongan terverifikasi / Verified vacancies · {doc.printed_label}")
    f.text(f"LOWONGAN KERJA LUAR NEGERI RESMI – {doc.office_name}", bold=True, size_delta=5)
    f.text("Verified overseas vacancies. Hanya lowongan yang diverifikasi petugas, masih berlaku dan jelas "
           f"penanggung jawabnya. Dicetak / Printed {doc.printed_label}.", size_delta=-1, gray=0.3)
    f.rule(weight=1.2)
    widths = [0.3, 0.26, 0.14, 0.3]
    f.columns([[Span("Jabatan · Negara / Job · Country", True, -0.5)],
               [Span("Skema · Penanggung jawab / Scheme · Accountable", True, -0.5)],
               [Span("Gaji · Kontrak / Pay · Contract", True, -0.5)],
               [Span("Syarat · Kuota · Berlaku s.d. / Requirements · Quota · Until", True, -0.5)]], widths, fill=0.9)
    for line in doc.lines:
        job = [Span(line.position, True), Span(line.destination_country)]
        if line.exempt_job:
            job.append(Span("Bebas biaya penempatan / No placement fee", True, -1.5, gray=0.2))
        f.columns([job, [Span(SCHEME_TEXT.get(line.scheme, line.scheme)), Span(line.accountable, False, -1)],
                   [Span(salary_text(line.salary_amount, line.salary_currency)),
                    Span(f"{line.contract_months} bln", False, -1)],
                   [Span(line.requirements, False, -1), Span(f"Kuota {line.quota} · s.d. {line.valid_until}", False,
                                                             -1, gray=0.3)]], widths)
    if not doc.lines:
        f.text("Belum ada lowongan terverifikasi saat ini. / No verified vacancy at the moment.", bold=True)
    f.space(8)
    f.text("Semua layanan dokumen di LTSA mengikuti tarif resmi; selain itu tidak ada pungutan lain. Waspadai calo "
           "dan perekrut tanpa izin. Pengaduan: SP4N-LAPOR! (lapor.go.id, SMS 1708). / Every document service "
           "follows the official fees; beware of brokers and unlicensed recruiters.", size_delta=-1)
    return f.render()
