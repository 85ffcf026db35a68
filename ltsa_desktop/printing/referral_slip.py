"""The job referral slip (surat rujukan lowongan), A4: handed to an applicant after counselling.

It names the vacancy and who answers for it, the legal route (the document services in order, at which desk),
the fees of the schedule in force for this vacancy's scheme and job (what the worker pays, what the employer
pays, what is free) and the warning signs of a non-procedural offer. Indonesian with English sub-labels.
``render_referral_slip`` is pure (no files, no database, no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ltsa_desktop.printing.common import (
    DEFAULT_TZ,
    Flow,
    Span,
    check_masked_nik,
    date_text,
    datetime_text,
    money,
    paper,
)
from ltsa_desktop.printing.fonts import register_fonts

PAYER_TEXT = {"applicant": "Pekerja / Worker", "employer": "Pemberi kerja / Employer",
              "government": "Pemerintah / Government", "free": "GRATIS / Free"}

# The signs that an offer is not procedural (UU 18/2017; UU 21/2007 on trafficking; Peraturan BP2MI 9/2020).
WARNING_SIGNS: tuple[tuple[str, str], ...] = (
    ("Diminta membayar biaya penempatan untuk jabatan yang dibebaskan, atau biaya di luar tarif resmi di atas.",
     "Asked to pay placement costs for an exempt job, or anything beyond the official fees above."),
    ("Perekrut tidak punya izin P3MI, tidak dapat menunjukkan job order, atau tidak dikenal Disnaker/BP3MI.",
     "The recruiter has no P3MI licence, shows no job order, or is unknown to Disnaker/BP3MI."),
    ("Berangkat dengan visa turis, kunjungan atau umrah untuk bekerja.",
     "Leaving on a tourist, visit or umrah visa to work."),
    ("Tidak ada perjanjian kerja dan perjanjian penempatan yang ditandatangani di hadapan petugas.",
     "No employment and placement agreement signed before an official."),
    ("Data dipalsukan (umur, nama, alamat) atau paspor/dokumen ditahan perekrut.",
     "Falsified data (age, name, address), or the passport or documents kept by the recruiter."),
    ("Berangkat tanpa E-PMI / Orientasi Pra Pemberangkatan, atau lewat jalur tidak resmi.",
     "Leaving without an E-PMI card and pre-departure orientation, or through unofficial routes."),
    ("Janji gaji terlalu tinggi, proses sangat cepat, atau utang kepada perekrut dipotong dari gaji.",
     "Unusually high pay or a very fast process promised, or a debt to the recruiter taken from wages."),
)
REPORT_TEXT = ("Laporkan tawaran seperti ini ke loket pengaduan LTSA ini atau SP4N-LAPOR! (lapor.go.id, SMS 1708). / "
               "Report such offers at this LTSA's complaint desk or SP4N-LAPOR! (lapor.go.id, SMS 1708).")


@dataclass(frozen=True)
class RouteStep:
    code: str
    name: str
    desk: str


@dataclass(frozen=True)
class FeeRow:
    service_code: str
    label: str
    amount: int
    payer: str  # applicant | employer | government | free
    exempt_moved: bool
    unverified: bool
    legal_basis: str


@dataclass(frozen=True, kw_only=True)
class ReferralSlipDoc:
    number: str
    office_name: str
    office_address: str = ""
    issued_at: datetime
    tz_name: str = DEFAULT_TZ
    applicant_name: str
    nik_masked: str
    position: str
    destination_country: str
    scheme: str
    scheme_name: str
    accountable: str
    salary: str
    contract_months: int
    valid_until: date
    exempt_job: str | None
    verified: bool
    route: tuple[RouteStep, ...]
    fees: tuple[FeeRow, ...]
    schedule_version: str
    worker_total: int
    employer_total: int
    next_step: str = ""
    officer: str = ""

    def __post_init__(self) -> None:
        check_masked_nik(self.nik_masked)


def _label(text: str, value: str, bold: bool = False) -> list[Span]:
    return [Span(text, False, -1.5, gray=0.35), Span(value or "—", bold)]


def render_referral_slip(doc: ReferralSlipDoc) -> bytes:
    """The slip as PDF bytes on A4 (more pages when the route or the fees are long)."""
    register_fonts()
    f = Flow(paper("A4"), title=f"Surat rujukan {doc.number}", footer=f"{doc.office_name} · {doc.number}")
    left = [Span(doc.office_name, True, 4)]
    if doc.office_address:
        left.append(Span(doc.office_address, False, -0.5, gray=0.25))
    right = [Span("SURAT RUJUKAN LOWONGAN KERJA", True, 2.5, "right"),
             Span("Job referral slip", False, 0, "right", 0.25), Span(f"No. {doc.number}", True, 1.5, "right")]
    f.columns([left, right], [0.5, 0.5], rule_below=False, pad=0)
    f.rule(weight=1.2)
    f.columns([_label("Pemohon / Applicant", doc.applicant_name, True), _label("NIK", doc.nik_masked),
               _label("Tanggal / Date", datetime_text(doc.issued_at, doc.tz_name))], [0.4, 0.24, 0.36])
    f.space(6)
    f.text("LOWONGAN / VACANCY", bold=True, size_delta=1.5)
    mark = ("Terverifikasi oleh petugas LTSA / Verified by LTSA staff" if doc.verified
            else "BELUM TERVERIFIKASI – jangan berangkat sebelum diverifikasi / NOT VERIFIED")
    f.columns([_label("Jabatan / Position", doc.position, True), _label("Negara / Country", doc.destination_country,
                                                                        True)], [0.6, 0.4])
    f.columns([_label("Skema / Scheme", doc.scheme_name), _label("P3MI (izin) / programme / employer",
                                                                 doc.accountable)], [0.4, 0.6])
    f.columns([_label("Gaji / Salary (per bulan)", doc.salary), _label("Kontrak / Contract",
                                                                       f"{doc.contract_months} bulan / months"),
               _label("Berlaku s.d. / Valid until", date_text(doc.valid_until))], [0.34, 0.3, 0.36])
    f.text(mark, bold=True, gray=0 if doc.verified else 0.1)
    f.space(6)
    with f.keep_together():
        f.text("JALUR RESMI / LEGAL ROUTE", bold=True, size_delta=1.5)
        f.text(f"Skema {doc.scheme_name}: urus dokumen berikut di LTSA, berurutan. / Do these services in order.",
               size_delta=-1)
        widths = [0.07, 0.63, 0.3]
        f.columns([[Span("No.", True, -0.5)], [Span("Layanan / Service", True, -0.5)],
                   [Span("Loket / Desk", True, -0.5)]], widths, fill=0.9)
        for i, step in enumerate(doc.route, start=1):
            f.columns([[Span(str(i))], [Span(f"{step.code} · {step.name}")], [Span(step.desk)]], widths, pad=1.8)
    f.space(6)
    widths = [0.55, 0.17, 0.28]
    with f.keep_together():
        f.text(f"BIAYA / FEES (jadwal tarif {doc.schedule_version})", bold=True, size_delta=1.5)
        if doc.exempt_job:
            f.text("Jabatan ini termasuk 10 jabatan yang dibebaskan dari biaya penempatan (Peraturan BP2MI 9/2020): "
                   "Anda tidak boleh dimintai biaya penempatan. / This job is one of the ten fee-exempt jobs: you "
                   "may not be charged placement costs.", bold=True, size_delta=-0.5)
        f.columns([[Span("Komponen / Item", True, -0.5)], [Span("Biaya / Amount", True, -0.5, "right")],
                   [Span("Siapa membayar / Who pays", True, -0.5)]], widths, fill=0.9)
    for fee in doc.fees:
        label = fee.label + (" *" if fee.unverified else "")
        payer = PAYER_TEXT.get(fee.payer, fee.payer) + (" †" if fee.exempt_moved else "")
        f.columns([[Span(label)], [Span(money(fee.amount), False, 0, "right")],
                   [Span(payer, fee.payer == "applicant")]], widths, pad=1.8)
    with f.keep_together():
        f.columns([[Span("Total dibayar pekerja / Worker pays", True)],
                   [Span(money(doc.worker_total), True, 1, "right")], [Span("")]], widths)
        f.columns([[Span("Total ditanggung pemberi kerja / Employer pays", True)],
                   [Span(money(doc.employer_total), True, 0, "right")], [Span("")]], widths)
        if any(fee.exempt_moved for fee in doc.fees):
            f.text("† dipindahkan dari pekerja karena jabatan dibebaskan / moved off the worker: fee-exempt job.",
                   size_delta=-1.5, gray=0.3)
        if any(fee.unverified for fee in doc.fees):
            f.text("* tarif belum terverifikasi / unverified tariff: tanyakan ke loket dan minta kuitansi.",
                   size_delta=-1.5, gray=0.3)
        f.text("Selain tarif ini tidak ada pungutan lain. Minta kuitansi untuk setiap pembayaran. / No other charge "
               "exists. Ask for a receipt for every payment.", size_delta=-1)
    f.space(6)
    with f.keep_together():
        f.text("WASPADA TAWARAN NONPROSEDURAL / WARNING SIGNS", bold=True, size_delta=1.5)
        for i, (id_text, en_text) in enumerate(WARNING_SIGNS, start=1):
            f.columns([[Span(f"{i}.")], [Span(id_text), Span(en_text, False, -1.5, gray=0.35)]], [0.05, 0.95],
                      rule_below=False, pad=1)
        f.text(REPORT_TEXT, bold=True, size_delta=-0.5)
    f.space(6)
    with f.keep_together():
        f.columns([_label("Langkah berikutnya / Next step", doc.next_step, True)], [1.0], rule_below=False)
        f.space(4)
        f.columns([[Span("Pemohon / Applicant", False, -1, "center"), Span(" "), Span(" "), Span(" "),
                    Span(f"( {doc.applicant_name} )", True, 0, "center")],
                   [Span("Petugas / Officer", False, -1, "center"), Span(" "), Span(" "), Span(" "),
                    Span(f"( {doc.officer or '.' * 30} )", True, 0, "center")]], [0.5, 0.5], rule_below=False)
    return f.render()
