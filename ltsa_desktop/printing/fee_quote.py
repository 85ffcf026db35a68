"""The fee quote (rincian biaya) handed to an applicant before anything is paid: the chosen services' lines with
who pays each, totals per payer, legal bases, the schedule version and the day it is in force, and what is still
to be settled (notices of the fee resolution).

An unverified line (confidence U) is marked "tarif belum terverifikasi", never shown as fact. A quote with
notices left is printed ``BELUM FINAL / NOT FINAL``. Printed on A4 or A5 sheets, or an 80 mm or 58 mm roll.
Indonesian labels with English sub-labels. ``render_fee_quote`` is pure (no files, no database, no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.pdfbase.pdfmetrics import stringWidth

from ltsa_desktop.printing.common import (
    DEFAULT_TZ,
    Flow,
    Layout,
    Span,
    date_text,
    datetime_text,
    money,
    paper,
)
from ltsa_desktop.printing.fonts import register_fonts
from ltsa_desktop.printing.receipt import NOTICE_EN, NOTICE_ID, PAYER_LABELS, UNVERIFIED_TEXT, check_money

TITLE_ID = "RINCIAN BIAYA LAYANAN"
TITLE_EN = "Fee quote"
NOT_FINAL_TEXT = "BELUM FINAL / NOT FINAL"
NOT_RECEIPT_ID = "Rincian ini bukan kuitansi: belum ada pembayaran."
NOT_RECEIPT_EN = "This quote is not a receipt: nothing has been paid."
EXEMPT_TEXT = "Jabatan dibebaskan (Perban 9/2020) / Fee-exempt job"


@dataclass(frozen=True)
class QuoteDocLine:
    """One charge of the quote. ``amount`` is the line's total (``unit_amount`` × ``quantity`` for a per-unit
    line); ``payer`` is after the exempt-job rule (``exempt_moved`` says it changed)."""

    service_code: str
    label_id: str
    label_en: str
    amount: int
    payer: str  # applicant | employer | government | free
    legal_basis: str
    unverified: bool = False
    note: str = ""
    quantity: int = 1
    unit_amount: int = 0
    unit: str = ""
    exempt_moved: bool = False

    def __post_init__(self) -> None:
        if self.payer not in PAYER_LABELS:
            raise ValueError(f"unknown payer {self.payer!r}; expected one of {', '.join(PAYER_LABELS)}")
        check_money(amount=self.amount, unit_amount=self.unit_amount)

    @property
    def quantity_text(self) -> str:
        """``"3 bulan × Rp 13.500"`` for a per-unit line, else ``""``."""
        return f"{self.quantity} {self.unit} × {money(self.unit_amount)}" if self.unit else ""


@dataclass(frozen=True)
class QuoteDocService:
    code: str
    name_id: str
    name_en: str = ""


@dataclass(frozen=True)
class QuoteDocNotice:
    """Something still to settle, in both languages (e.g. "Pilih salah satu: …" / "Choose one of: …")."""

    text_id: str
    text_en: str = ""


@dataclass(frozen=True, kw_only=True)
class FeeQuoteDoc:
    """One quote as plain values. ``on`` is the day the quote was resolved for; ``schedule_from`` the day the
    schedule version took effect; ``issued_at`` (aware) when it was printed. No NIK is printed on a quote."""

    office_name: str
    office_address: str = ""
    schedule_version: str
    schedule_from: date
    on: date
    issued_at: datetime
    tz_name: str = DEFAULT_TZ
    officer: str = ""
    applicant_name: str = ""
    profile_text: str = ""
    services: tuple[QuoteDocService, ...]
    lines: tuple[QuoteDocLine, ...]
    notices: tuple[QuoteDocNotice, ...] = ()

    def __post_init__(self) -> None:
        if self.issued_at.tzinfo is None:
            raise ValueError("issued_at must be an aware datetime")

    @property
    def when(self) -> str:
        return datetime_text(self.issued_at, self.tz_name)

    def total_for(self, payer: str) -> int:
        return sum(ln.amount for ln in self.lines if ln.payer == payer)

    def payer_totals(self) -> dict[str, int]:
        """Every payer with its total (0 included), in the order applicant, employer, government, free."""
        return {payer: self.total_for(payer) for payer in PAYER_LABELS}

    @property
    def has_unverified(self) -> bool:
        return any(ln.unverified for ln in self.lines)

    @property
    def final(self) -> bool:
        return not self.notices

    def lines_of(self, code: str) -> tuple[QuoteDocLine, ...]:
        return tuple(ln for ln in self.lines if ln.service_code == code)


def _line_notes(line: QuoteDocLine) -> list[tuple[str, bool]]:
    """(text, bold) notes under a line: quantity, exempt move, unverified mark, the schedule's note."""
    notes = []
    if line.quantity_text:
        notes.append((line.quantity_text, False))
    if line.exempt_moved:
        notes.append((EXEMPT_TEXT, False))
    if line.unverified:
        notes.append((f"* {UNVERIFIED_TEXT} / unverified tariff", True))
    if line.note:
        notes.append((line.note, False))
    return notes


def _service_heading(service: QuoteDocService) -> str:
    return f"{service.code} · {service.name_id}" + (f" / {service.name_en}" if service.name_en else "")


def _closing(doc: FeeQuoteDoc) -> list[tuple[str, bool, float]]:
    """(text, bold, gray) closing lines: not a receipt, the validity, the unverified mark, the anti-levy notice."""
    rows = [(NOT_RECEIPT_ID, True, 0.0), (NOT_RECEIPT_EN, False, 0.3),
            (f"Dihitung dengan jadwal tarif versi {doc.schedule_version} (berlaku sejak "
             f"{date_text(doc.schedule_from)}) untuk tanggal {date_text(doc.on)}. / Computed with fee schedule "
             f"{doc.schedule_version} for {date_text(doc.on, 'en')}.", False, 0.0)]
    if doc.has_unverified:
        rows.append((f"* {UNVERIFIED_TEXT}: jumlah resmi belum dapat dipastikan; tanyakan ke loket. / the official "
                     "amount is not yet confirmed.", True, 0.0))
    rows += [(NOTICE_ID, False, 0.0), (NOTICE_EN, False, 0.3)]
    return rows


def _roll(doc: FeeQuoteDoc, f: Flow) -> None:
    f.text(doc.office_name, bold=True, align="center", size_delta=2)
    if doc.office_address:
        f.text(doc.office_address, align="center", size_delta=-1)
    f.rule()
    f.text(TITLE_ID, bold=True, align="center", size_delta=2)
    f.text(TITLE_EN, align="center", size_delta=-1)
    if not doc.final:
        f.banner(NOT_FINAL_TEXT)
    f.space(2)
    f.pair("Tanggal / Date", doc.when)
    f.pair("Versi tarif / Fee schedule", doc.schedule_version)
    f.pair("Berlaku sejak / In force since", date_text(doc.schedule_from))
    if doc.officer:
        f.pair("Petugas / Officer", doc.officer)
    f.rule(dashed=True)
    f.text("Pemohon / Applicant", size_delta=-1)
    f.text(doc.applicant_name or "—", bold=True)
    if doc.profile_text:
        f.text(doc.profile_text, size_delta=-1)
    for service in doc.services:
        f.rule(dashed=True)
        f.text(_service_heading(service), bold=True)
        lines = doc.lines_of(service.code)
        if not lines:
            f.text("—", indent=6)
        for line in lines:
            with f.keep_together():
                f.space(2)
                f.pair(line.label_id, money(line.amount), bold=line.payer == "applicant")
                if line.label_en:
                    f.text(line.label_en, size_delta=-1, indent=6, gray=0.25)
                f.text(f"Dasar hukum / Legal basis: {line.legal_basis or '—'}", size_delta=-1.5, indent=6)
                label_id, label_en = PAYER_LABELS[line.payer]
                f.text(f"{label_id} / {label_en}", size_delta=-1, indent=6, bold=line.payer != "applicant")
                for note, bold in _line_notes(line):
                    f.text(note, size_delta=-1.5, indent=6, bold=bold)
    f.rule()
    for payer, total in doc.payer_totals().items():
        label_id, label_en = PAYER_LABELS[payer]
        if payer == "applicant":
            f.rule(gap=2)
            f.pair(f"{label_id}", money(total), bold=True, size_delta=2)
            f.text(label_en, size_delta=-1)
            f.rule(gap=2)
        else:
            f.pair(f"{label_id} / {label_en}", money(total))
    if doc.notices:
        f.rule(dashed=True)
        f.text("Perlu diputuskan / Still to settle", bold=True)
        for notice in doc.notices:
            f.text(f"• {notice.text_id}", size_delta=-1)
            if notice.text_en:
                f.text(notice.text_en, size_delta=-1.5, indent=6, gray=0.25)
    f.rule(dashed=True)
    for text, bold, gray in _closing(doc):
        f.text(text, align="center", size_delta=-1.5, bold=bold, gray=gray)
    if not doc.final:
        f.space(3)
        f.banner(NOT_FINAL_TEXT, size_delta=1)


def _sheet(doc: FeeQuoteDoc, f: Flow) -> None:
    big = 4 if f.paper.name == "A4" else 2.5
    header_left = [Span(doc.office_name, True, big)]
    if doc.office_address:
        header_left.append(Span(doc.office_address, False, -0.5, gray=0.25))
    header_right = [Span(TITLE_ID, True, big, "right"), Span(TITLE_EN, False, 0, "right", 0.25)]
    f.columns([header_left, header_right], [0.5, 0.5], rule_below=False, pad=0)
    f.rule(weight=1.2)
    if not doc.final:
        f.banner(NOT_FINAL_TEXT, size_delta=5)

    def info(label: str, value: str, bold: bool = False) -> list[Span]:
        return [Span(label, False, -1.5, gray=0.35), Span(value or "—", bold)]

    f.columns([info("Pemohon / Applicant", doc.applicant_name, True), info("Profil / Profile", doc.profile_text)],
              [0.4, 0.6], rule_below=False)
    f.columns([info("Tanggal / Date", doc.when), info("Versi tarif / Fee schedule", doc.schedule_version, True),
               info("Berlaku sejak / In force since", date_text(doc.schedule_from)),
               info("Petugas / Officer", doc.officer)], [0.34, 0.18, 0.24, 0.24])
    f.space(4)
    amount_w = max((stringWidth(money(ln.amount), f.font(True), f.size) for ln in doc.lines), default=0)
    amount_col = min(0.3, max(0.14, (amount_w + 8) / f.width))
    widths = [0.42, 0.19, 0.39 - amount_col, amount_col]
    f.columns([[Span("Komponen biaya / Fee component", True, -0.5)],
               [Span("Dasar hukum / Legal basis", True, -0.5)], [Span("Pembayar / Payer", True, -0.5)],
               [Span("Jumlah / Amount", True, -0.5, "right")]], widths, fill=0.9)
    for service in doc.services:
        f.columns([[Span(_service_heading(service), True, 0.5)]], [1.0], fill=0.96)
        lines = doc.lines_of(service.code)
        if not lines:
            f.columns([[Span("—")], [Span("")], [Span("")], [Span("")]], widths)
        for line in lines:
            label_id, label_en = PAYER_LABELS[line.payer]
            component = [Span(line.label_id, True)]
            if line.label_en:
                component.append(Span(line.label_en, False, -1, gray=0.3))
            component += [Span(note, bold, -1.5) for note, bold in _line_notes(line)]
            f.columns([component, [Span(line.legal_basis or "—", False, -1)],
                       [Span(label_id, line.payer != "applicant", -0.5), Span(label_en, False, -1.5, gray=0.3)],
                       [Span(money(line.amount), line.payer == "applicant", 0, "right")]], widths)
    with f.keep_together():
        f.space(4)
        for payer, total in doc.payer_totals().items():
            label_id, label_en = PAYER_LABELS[payer]
            strong = payer == "applicant"
            f.columns([[Span(f"{label_id} / {label_en}".upper() if strong else f"{label_id} / {label_en}", strong,
                             1.5 if strong else 0, "right")],
                       [Span(money(total), strong, 1.5 if strong else 0, "right")]], [0.68, 0.32],
                      rule_below=strong, fill=0.9 if strong else None, pad=3 if strong else 1.2)
    if doc.notices:
        with f.keep_together():
            f.space(6)
            f.text("Perlu diputuskan sebelum membayar / Still to settle before paying", bold=True)
            for notice in doc.notices:
                f.text(f"• {notice.text_id}", indent=4)
                if notice.text_en:
                    f.text(notice.text_en, size_delta=-1, indent=12, gray=0.3)
    f.space(8)
    for text, bold, gray in _closing(doc):
        f.text(text, size_delta=-1, bold=bold, gray=gray)


def render_fee_quote(doc: FeeQuoteDoc, layout: Layout = "A4") -> bytes:
    """The quote as PDF bytes on ``layout`` paper ("A4", "A5", "80mm" or "58mm"). ``ValueError`` for an
    unknown layout."""
    register_fonts()
    sheet = paper(layout)
    flow = Flow(sheet, title=f"{TITLE_ID} {doc.schedule_version}",
                footer=f"{doc.office_name} · {TITLE_ID} · {doc.when}",
                watermark=NOT_FINAL_TEXT if not doc.final else None)
    (_roll if sheet.is_roll else _sheet)(doc, flow)
    return flow.render()
