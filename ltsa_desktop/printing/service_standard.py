"""The printable service standard (maklumat / standar pelayanan) of one service, UU 25/2009 Ps 15 and 21.

One A4 portrait sheet (more when the content is long): the office, the service code and names (Indonesian with
English sub-labels), the desk and agency, the requirements checklist (mandatory or optional, with the schemes a
requirement is limited to, or filtered for one chosen scheme), the procedure with a time standard per step, the
product, the total time, the fee lines in force (payer, amount, legal basis; an unverified line is marked
"tarif belum terverifikasi", never shown as fact), the complaint channel, the legal basis and the fee schedule
version. Each further sheet opens with a running header (office, service code and name, "lanjutan / continued",
page count), so a loose second page still says what it belongs to. ``render_service_standard`` is pure (no
files, no database, no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ltsa_desktop.printing.common import DEFAULT_TZ, Flow, Span, date_text, datetime_text, money, paper
from ltsa_desktop.printing.fonts import register_fonts
from ltsa_desktop.printing.receipt import NOTICE_EN, NOTICE_ID, PAYER_LABELS, UNVERIFIED_TEXT, check_money

TITLE_ID = "MAKLUMAT / STANDAR PELAYANAN"
TITLE_EN = "Service standard"


@dataclass(frozen=True)
class StandardRequirement:
    """One checklist item; ``schemes`` names the schemes it is limited to (empty: every scheme)."""

    label_id: str
    label_en: str = ""
    mandatory: bool = True
    schemes: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class StandardStep:
    """One procedure step; ``days`` is its time standard in working days (0: the same day)."""

    name_id: str
    name_en: str = ""
    days: int = 0
    note: str = ""

    @property
    def time_text(self) -> str:
        return days_text(self.days)


@dataclass(frozen=True)
class StandardFee:
    """One fee line of the schedule in force; ``conditions`` says when it applies (schemes, exempt jobs…)."""

    label_id: str
    label_en: str
    amount: int
    payer: str  # applicant | employer | government | free
    legal_basis: str
    unverified: bool = False
    conditions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.payer not in PAYER_LABELS:
            raise ValueError(f"unknown payer {self.payer!r}; expected one of {', '.join(PAYER_LABELS)}")
        check_money(amount=self.amount)


@dataclass(frozen=True, kw_only=True)
class ServiceStandardDoc:
    """One service's standard as plain values. ``scheme_label`` is the scheme the checklist and fees were
    filtered for ("" when every scheme is shown). ``extra`` holds the other standard components that are set,
    as (Indonesian name, English name, text). ``printed_at`` must be aware."""

    office_name: str
    office_address: str = ""
    code: str
    name_id: str
    name_en: str = ""
    desk: str = ""
    agency: str = ""
    product: str = ""
    time_standard: str = ""
    legal_basis: str = ""
    complaint_channel: str = ""
    scheme_label: str = ""
    requirements: tuple[StandardRequirement, ...] = ()
    steps: tuple[StandardStep, ...] = ()
    fees: tuple[StandardFee, ...] = ()
    extra: tuple[tuple[str, str, str], ...] = ()
    schedule_version: str
    schedule_from: date
    printed_at: datetime
    tz_name: str = DEFAULT_TZ

    def __post_init__(self) -> None:
        if self.printed_at.tzinfo is None:
            raise ValueError("printed_at must be an aware datetime")

    @property
    def total_days(self) -> int:
        return sum(step.days for step in self.steps)

    @property
    def has_unverified(self) -> bool:
        return any(fee.unverified for fee in self.fees)


def days_text(days: int) -> str:
    """``"hari yang sama / same day"`` or ``"3 hari kerja / 3 working days"``."""
    if days <= 0:
        return "hari yang sama / same day"
    return f"{days} hari kerja / {days} working day{'s' if days != 1 else ''}"


def _info(label_id: str, label_en: str, value: str, bold: bool = False) -> list[Span]:
    return [Span(f"{label_id} / {label_en}", False, -1.5, gray=0.35), Span(value or "—", bold)]


def _heading(f: Flow, number: int, label_id: str, label_en: str) -> None:
    f.space(5)
    f.columns([[Span(f"{number}. {label_id}", True, 1)], [Span(label_en, False, -1, "right", 0.3)]], [0.65, 0.35],
              fill=0.9)


def running_header(doc: ServiceStandardDoc) -> str:
    """The line heading every continuation page (the sheet adds "lanjutan / continued" and the page count)."""
    return f"{doc.office_name} · {doc.code} · {doc.name_id}"


def render_service_standard(doc: ServiceStandardDoc) -> bytes:
    """The service standard as PDF bytes on A4 portrait sheets, each footed with the service code, the schedule
    version and a page count; the second and later sheets open with the running header (``running_header``)."""
    register_fonts()
    printed = datetime_text(doc.printed_at, doc.tz_name)
    f = Flow(paper("A4"), title=f"{TITLE_ID} {doc.code}",
             footer=f"{doc.code} · jadwal tarif {doc.schedule_version} · Dicetak {printed}",
             running_header=running_header(doc))
    header_left = [Span(doc.office_name, True, 4)]
    if doc.office_address:
        header_left.append(Span(doc.office_address, False, -0.5, gray=0.25))
    f.columns([header_left, [Span(TITLE_ID, True, 2.5, "right"), Span(TITLE_EN, False, 0, "right", 0.25)]],
              [0.5, 0.5], rule_below=False, pad=0)
    f.rule(weight=1.2)
    f.text(f"{doc.code} · {doc.name_id}", bold=True, size_delta=5)
    if doc.name_en:
        f.text(doc.name_en, size_delta=0.5, gray=0.3)
    f.space(3)
    f.columns([_info("Loket", "Desk", doc.desk, True), _info("Instansi", "Agency", doc.agency),
               _info("Skema", "Scheme", doc.scheme_label or "Semua skema / all schemes")], [0.3, 0.4, 0.3])

    number = 1
    with f.keep_together():
        _heading(f, number, "Persyaratan", "Requirements")
        widths = [0.06, 0.52, 0.16, 0.26]
        f.columns([[Span("No", True, -1)], [Span("Dokumen / Document", True, -1)],
                   [Span("Sifat / Kind", True, -1)], [Span("Berlaku untuk / Applies to", True, -1)]], widths)
        if not doc.requirements:
            f.text("Tidak ada persyaratan / No requirements", indent=4)
        for i, req in enumerate(doc.requirements, start=1):
            item = [Span(f"☐ {req.label_id}", req.mandatory)]
            if req.label_en:
                item.append(Span(req.label_en, False, -1.5, gray=0.3))
            if req.note:
                item.append(Span(req.note, False, -1.5))
            kind = ([Span("Wajib", True, -0.5), Span("Mandatory", False, -1.5, gray=0.3)] if req.mandatory
                    else [Span("Pilihan", False, -0.5), Span("Optional", False, -1.5, gray=0.3)])
            scope = ", ".join(req.schemes) if req.schemes else "Semua skema / all schemes"
            f.columns([[Span(str(i), False, -0.5)], item, kind, [Span(scope, False, -1)]], widths, pad=2,
                      leading=1.2)

    number += 1
    with f.keep_together():
        _heading(f, number, "Sistem, mekanisme dan prosedur", "Procedure")
        widths = [0.06, 0.64, 0.30]
        f.columns([[Span("No", True, -1)], [Span("Langkah / Step", True, -1)],
                   [Span("Waktu / Time standard", True, -1, "right")]], widths)
        for i, step in enumerate(doc.steps, start=1):
            item = [Span(step.name_id, True)]
            if step.name_en:
                item.append(Span(step.name_en, False, -1.5, gray=0.3))
            if step.note:
                item.append(Span(step.note, False, -1.5))
            f.columns([[Span(str(i), False, -0.5)], item, [Span(step.time_text, False, -0.5, "right")]], widths,
                      pad=2, leading=1.2)
        if not doc.steps:
            f.text("—", indent=4)

    number += 1
    with f.keep_together():
        _heading(f, number, "Jangka waktu pelayanan", "Time standard")
        total = days_text(doc.total_days) if doc.steps else "—"
        f.columns([_info("Jumlah waktu prosedur", "Total of the steps", total, True),
                   _info("Standar waktu layanan", "Stated time standard", doc.time_standard)], [0.5, 0.5])

    number += 1
    with f.keep_together():
        _heading(f, number, "Biaya/tarif", "Fees")
        widths = [0.41, 0.16, 0.19, 0.24]
        f.columns([[Span("Komponen / Component", True, -1)], [Span("Jumlah / Amount", True, -1, "right")],
                   [Span("Pembayar / Payer", True, -1)], [Span("Dasar hukum / Legal basis", True, -1)]], widths)
        if not doc.fees:
            f.text("Tidak ada tarif dalam jadwal yang berlaku / No fee line in the schedule in force", indent=4)
        for fee in doc.fees:
            label = [Span(fee.label_id, True)]
            if fee.label_en:
                label.append(Span(fee.label_en, False, -1.5, gray=0.3))
            label += [Span(text, False, -1.5) for text in fee.conditions]
            if fee.unverified:
                label.append(Span(f"* {UNVERIFIED_TEXT} / unverified tariff", True, -1.5))
            payer_id, payer_en = PAYER_LABELS[fee.payer]
            amount = money(fee.amount) + (" *" if fee.unverified else "")
            f.columns([label, [Span(amount, fee.payer == "applicant", 0, "right")],
                       [Span(payer_id, fee.payer != "applicant", -0.5), Span(payer_en, False, -1.5, gray=0.3)],
                       [Span(fee.legal_basis or "—", False, -1.5)]], widths)
        f.space(3)
        f.text(f"Jadwal tarif versi {doc.schedule_version}, berlaku sejak {date_text(doc.schedule_from)}. / "
               f"Fee schedule {doc.schedule_version}, in force since {date_text(doc.schedule_from, 'en')}.",
               size_delta=-1.5)
        if doc.has_unverified:
            f.text(f"* {UNVERIFIED_TEXT}: jumlah resmi belum dapat dipastikan; tanyakan ke loket dan minta "
                   "kuitansi. / The official amount is not yet confirmed.", size_delta=-1.5, bold=True)

    f.space(6)
    f.rule(weight=0.8, gap=1)
    for label_id, label_en, value in (("Produk pelayanan", "Service product", doc.product),
                                      ("Penanganan pengaduan, saran dan masukan", "Complaints and suggestions",
                                       doc.complaint_channel),
                                      ("Dasar hukum", "Legal basis", doc.legal_basis), *doc.extra):
        number += 1
        f.columns([[Span(f"{number}. {label_id}", True), Span(label_en, False, -1.5, gray=0.3)],
                   [Span(value or "—")]], [0.36, 0.64])

    with f.keep_together():
        f.space(3)
        f.text(NOTICE_ID, size_delta=-1, bold=True)
        f.text(NOTICE_EN, size_delta=-1.5, gray=0.3)
    return f.render()
