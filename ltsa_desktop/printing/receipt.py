"""Fee receipts as PDF (ReportLab canvas) from plain data: 80 mm and 58 mm thermal rolls, A5 and A4 sheets.

Indonesian labels with English sub-labels. Every line shows its legal basis and who pays it; the applicant's NIK
arrives already masked (a full NIK is refused); a reprint says ``SALINAN / COPY``; a void note says
``DIBATALKAN / VOID`` and names the receipt it voids; the QR carries the signed verification token.
``render_receipt`` is pure (no files, no database, no Qt) and safe to call from a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ltsa_desktop.printing.common import (
    COPY_TEXT,
    DEFAULT_TZ,
    VOID_TEXT,
    Flow,
    Layout,
    QrCell,
    Span,
    check_masked_nik,
    datetime_text,
    money,
    paper,
)
from ltsa_desktop.printing.fonts import register_fonts

PAYER_LABELS: dict[str, tuple[str, str]] = {
    "applicant": ("Dibayar pemohon", "Paid by applicant"),
    "employer": ("Ditanggung pemberi kerja", "Borne by employer"),
    "government": ("Ditanggung pemerintah", "Borne by government"),
    "free": ("GRATIS", "Free"),
}
UNVERIFIED_TEXT = "tarif belum terverifikasi"
METHOD_LABELS = {"cash": "Tunai / Cash", "transfer": "Transfer bank / Bank transfer", "qris": "QRIS"}
NOTICE_ID = ("Hanya biaya resmi sesuai tarif yang berlaku. Laporkan pungutan lain ke SP4N-LAPOR! "
             "(lapor.go.id, SMS 1708).")
NOTICE_EN = "Only the official fees of the schedule in force are charged. Report any other charge."


def payer_label(payer: str) -> str:
    """``"Dibayar pemohon / Paid by applicant"`` etc.; ``ValueError`` for an unknown payer."""
    try:
        label_id, label_en = PAYER_LABELS[payer]
    except KeyError:
        raise ValueError(f"unknown payer {payer!r}; expected one of {', '.join(PAYER_LABELS)}") from None
    return f"{label_id} / {label_en}"


def check_money(**amounts: int) -> None:
    """``TypeError`` naming the first amount that is not an ``int`` (money is whole rupiah, never a float)."""
    for name, amount in amounts.items():
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError(f"{name} must be an int number of rupiah, not {type(amount).__name__}")


@dataclass(frozen=True)
class ReceiptLine:
    """One fee component. ``amount`` is what the line is worth; ``charged`` what the applicant pays for it
    (``None``: the amount when the applicant pays and the line is not waived, else 0). A per-unit line (``unit``
    set, e.g. "bulan") shows how its amount is made up: ``quantity`` units of ``unit_amount`` each."""

    service_code: str
    label_id: str
    label_en: str
    legal_basis: str
    payer: str  # applicant | employer | government | free
    amount: int
    charged: int | None = None
    unverified: bool = False
    waived_reason: str | None = None
    waived: bool = False
    waiver_approver: str | None = None
    quantity: int = 1
    unit_amount: int = 0
    unit: str = ""

    def __post_init__(self) -> None:
        payer_label(self.payer)  # ValueError for an unknown payer
        check_money(amount=self.amount, unit_amount=self.unit_amount,
                    **({} if self.charged is None else {"charged": self.charged}))
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) or self.quantity < 1:
            raise ValueError(f"quantity must be a whole number of at least 1, got {self.quantity!r}")

    @property
    def quantity_text(self) -> str:
        """``"3 bulan × Rp 13.500"`` for a per-unit line, else ``""``."""
        return f"{self.quantity} {self.unit} × {money(self.unit_amount)}" if self.unit else ""

    @property
    def is_waived(self) -> bool:
        return self.waived or bool(self.waived_reason)

    @property
    def applicant_pays(self) -> int:
        if self.charged is not None:
            return self.charged
        return self.amount if self.payer == "applicant" and not self.is_waived else 0


@dataclass(frozen=True, kw_only=True)
class ReceiptDoc:
    """Everything printed on one receipt or void note, as plain values.

    ``issued_at`` is an aware datetime shown in ``tz_name``; a caller that has already formatted the time may
    pass ``issued_label`` instead. ``totals`` maps payer to the sum of its lines (computed from ``lines`` when
    omitted); ``total_paid`` is what the applicant actually paid. ``token`` is the QR payload. ``void_of`` makes
    this document the void note of that receipt number. ``ValueError``/``TypeError`` on construction for an
    unmasked NIK, a float amount, or neither ``issued_at`` nor ``issued_label``.
    """

    office_name: str
    office_code: str = ""
    office_address: str = ""
    number: str
    issued_at: datetime | None = None
    tz_name: str = DEFAULT_TZ
    issued_label: str = ""
    cashier: str
    applicant_name: str
    nik_masked: str
    ticket_number: str = ""
    schedule_version: str
    lines: tuple[ReceiptLine, ...]
    totals: Mapping[str, int] | None = None
    total_paid: int
    method: str
    reference: str = ""
    tendered: int = 0
    change: int = 0
    token: str
    is_copy: bool = False
    void_of: str | None = None
    void_reason: str | None = None
    approver: str | None = None

    def __post_init__(self) -> None:
        check_masked_nik(self.nik_masked)
        check_money(total_paid=self.total_paid, tendered=self.tendered, change=self.change,
                    **{f"total {k}": v for k, v in (self.totals or {}).items()})
        if self.issued_at is None and not self.issued_label:
            raise ValueError("a receipt needs issued_at (aware) or issued_label")

    @property
    def when(self) -> str:
        return datetime_text(self.issued_at, self.tz_name) if self.issued_at else self.issued_label

    def payer_totals(self) -> dict[str, int]:
        """Totals per payer in the fixed order applicant, employer, government, free."""
        totals = dict(self.totals) if self.totals is not None else {}
        if self.totals is None:
            for line in self.lines:
                totals[line.payer] = totals.get(line.payer, 0) + line.amount
        return {p: totals[p] for p in PAYER_LABELS if p in totals}

    @property
    def waived_total(self) -> int:
        return sum(ln.amount for ln in self.lines if ln.is_waived)

    @property
    def has_unverified(self) -> bool:
        return any(ln.unverified for ln in self.lines)


def _title(doc: ReceiptDoc) -> tuple[str, str]:
    return ("NOTA PEMBATALAN", "Void note") if doc.void_of else ("KUITANSI PEMBAYARAN", "Payment receipt")


def _payment_rows(doc: ReceiptDoc) -> list[tuple[str, str, bool]]:
    """(label, value, emphasised) rows of the summary: per payer, waivers, the total paid, how it was paid."""
    rows = [(payer_label(payer), money(total), False) for payer, total in doc.payer_totals().items()]
    if doc.waived_total:
        rows.append(("Dibebaskan / Waived", money(-doc.waived_total), False))
    rows.append(("TOTAL DIBAYAR / TOTAL PAID", money(doc.total_paid), True))
    rows.append(("Cara bayar / Method", METHOD_LABELS.get(doc.method, doc.method), False))
    if doc.reference:
        rows.append(("Referensi / Reference", doc.reference, False))
    if doc.method == "cash" and doc.total_paid > 0:
        rows.append(("Diterima / Tendered", money(doc.tendered), False))
        rows.append(("Kembali / Change", money(doc.change), False))
    return rows


def _void_rows(doc: ReceiptDoc) -> list[tuple[str, str]]:
    rows = []
    if doc.void_of:
        rows.append(("Membatalkan kuitansi / Voids receipt", doc.void_of))
    if doc.void_reason:
        rows.append(("Alasan / Reason", doc.void_reason))
    if doc.approver:
        rows.append(("Disetujui / Approved by", doc.approver))
    return rows


def _line_notes(line: ReceiptLine) -> list[str]:
    notes = []
    if line.unverified:
        notes.append(f"* {UNVERIFIED_TEXT} / unverified tariff")
    if line.is_waived:  # one fact per line, so a reason is never split from its label
        notes.append(f"Dibebaskan / Waived: {money(-line.amount)}")
        if line.waived_reason:
            notes.append(f"Alasan / Reason: {line.waived_reason}")
        if line.waiver_approver:
            notes.append(f"Disetujui / Approved by: {line.waiver_approver}")
    return notes


def _roll(doc: ReceiptDoc, f: Flow) -> None:
    f.text(doc.office_name, bold=True, align="center", size_delta=2)
    if doc.office_address:
        f.text(doc.office_address, align="center", size_delta=-1)
    if doc.office_code:
        f.text(f"Kode kantor / Office code {doc.office_code}", align="center", size_delta=-1)
    f.rule()
    if doc.void_of:
        f.banner(VOID_TEXT)
    if doc.is_copy:
        f.banner(COPY_TEXT)
    title_id, title_en = _title(doc)
    f.text(title_id, bold=True, align="center", size_delta=2)
    f.text(title_en, align="center", size_delta=-1)
    f.space(2)
    f.pair("No.", doc.number, bold=True)
    f.pair("Waktu / Time", doc.when)
    f.pair("Petugas / Cashier", doc.cashier)
    if doc.ticket_number:
        f.pair("Antrean / Ticket", doc.ticket_number)
    f.pair("Versi tarif / Fee schedule", doc.schedule_version)
    f.rule(dashed=True)
    f.text("Pemohon / Applicant", size_delta=-1)
    f.text(doc.applicant_name or "—", bold=True)
    f.pair("NIK", doc.nik_masked or "—")
    f.rule(dashed=True)
    f.text("Rincian biaya / Fee details", bold=True)
    for line in doc.lines:
        with f.keep_together():
            f.space(2)
            f.pair(f"{line.service_code} · {line.label_id}", money(line.amount), bold=True)
            if line.label_en:
                f.text(line.label_en, size_delta=-1, indent=6, gray=0.25)
            if line.quantity_text:
                f.text(line.quantity_text, size_delta=-1, indent=6)
            f.text(f"Dasar hukum / Legal basis: {line.legal_basis or '—'}", size_delta=-1.5, indent=6)
            f.text(payer_label(line.payer), size_delta=-1, indent=6, bold=line.payer != "applicant")
            for note in _line_notes(line):
                f.text(note, size_delta=-1.5, indent=6, bold=True)
    f.rule()
    for label, value, strong in _payment_rows(doc):
        if strong:  # the one figure that matters: framed, large, Indonesian first and English beneath
            f.rule(gap=2)
            label_id, label_en = label.split(" / ")
            f.pair(label_id, value, bold=True, size_delta=2)
            f.text(label_en.capitalize(), size_delta=-1)
            f.rule(gap=2)
        else:
            f.pair(label, value)
    if doc.void_of or doc.void_reason or doc.approver:
        f.rule(dashed=True)
        for label, value in _void_rows(doc):
            f.pair(label, value)
    f.rule(dashed=True)
    f.qr(doc.token, min(32 * mm, f.width * 0.7))
    f.text("Pindai untuk verifikasi / Scan to verify", align="center", size_delta=-1)
    f.space(3)
    f.text(NOTICE_ID, align="center", size_delta=-1.5)
    f.text(NOTICE_EN, align="center", size_delta=-1.5, gray=0.25)
    if doc.has_unverified:
        f.text(f"* {UNVERIFIED_TEXT}: jumlah resmi belum dapat dipastikan / the official amount is not yet "
               "confirmed.", align="center", size_delta=-1.5)
    if doc.is_copy or doc.void_of:
        f.space(3)
        f.banner(VOID_TEXT if doc.void_of else COPY_TEXT, size_delta=1)


def _sheet(doc: ReceiptDoc, f: Flow) -> None:
    title_id, title_en = _title(doc)
    big = 4 if f.paper.name == "A4" else 2.5
    header_right = [Span(title_id, True, big, "right"), Span(title_en, False, 0, "right", 0.25),
                    Span(f"No. {doc.number}", True, 1.5, "right")]
    header_left = [Span(doc.office_name, True, big)]
    if doc.office_address:
        header_left.append(Span(doc.office_address, False, -0.5, gray=0.25))
    if doc.office_code:
        header_left.append(Span(f"Kode kantor / Office code: {doc.office_code}", False, -0.5, gray=0.25))
    f.columns([header_left, header_right], [0.56, 0.44], rule_below=False, pad=0)
    f.rule(weight=1.2)
    if doc.void_of:
        f.banner(VOID_TEXT, size_delta=5)
    if doc.is_copy:
        f.banner(COPY_TEXT, size_delta=5)

    def info(label: str, value: str, bold: bool = False) -> list[Span]:
        return [Span(label, False, -1.5, gray=0.35), Span(value or "—", bold)]

    f.columns([info("Pemohon / Applicant", doc.applicant_name, True), info("NIK", doc.nik_masked),
               info("Antrean / Ticket", doc.ticket_number)], [0.5, 0.25, 0.25], rule_below=False)
    f.columns([info("Waktu / Time", doc.when), info("Petugas / Cashier", doc.cashier),
               info("Versi tarif / Fee schedule", doc.schedule_version)], [0.5, 0.25, 0.25])
    f.space(4)
    amount_w = max(stringWidth(money(ln.amount), f.font(True), f.size) for ln in doc.lines) if doc.lines else 0
    amount_col = min(0.3, max(0.14, (amount_w + 8) / f.width))
    widths = [0.42, 0.19, 0.39 - amount_col, amount_col]
    f.columns([[Span("Komponen biaya / Fee component", True, -0.5)],
               [Span("Dasar hukum / Legal basis", True, -0.5)], [Span("Pembayar / Payer", True, -0.5)],
               [Span("Jumlah / Amount", True, -0.5, "right")]], widths, fill=0.9)
    for line in doc.lines:
        label_id, label_en = PAYER_LABELS[line.payer]
        component = [Span(f"{line.service_code} · {line.label_id}", True)]
        if line.label_en:
            component.append(Span(line.label_en, False, -1, gray=0.3))
        if line.quantity_text:
            component.append(Span(line.quantity_text, False, -1))
        component += [Span(note, True, -1.5) for note in _line_notes(line)]
        f.columns([component, [Span(line.legal_basis or "—", False, -1)],
                   [Span(label_id, line.payer != "applicant", -0.5), Span(label_en, False, -1.5, gray=0.3)],
                   [Span(money(line.amount), line.payer == "applicant", 0, "right")]], widths)
    with f.keep_together():
        f.space(4)
        for label, value, strong in _payment_rows(doc):
            f.columns([[Span(label, strong, 1.5 if strong else 0, "right")],
                       [Span(value, strong, 1.5 if strong else 0, "right")]], [0.68, 0.32], rule_below=strong,
                      fill=0.9 if strong else None, pad=3 if strong else 1.2)
        if doc.void_of or doc.void_reason or doc.approver:
            f.space(4)
            for label, value in _void_rows(doc):
                f.pair(label, value)
    f.space(8)
    notes = [Span("Pindai untuk verifikasi / Scan to verify", True), Span(NOTICE_ID, False, -1),
             Span(NOTICE_EN, False, -1, gray=0.3)]
    if doc.has_unverified:
        notes.append(Span(f"* {UNVERIFIED_TEXT}: jumlah resmi belum dapat dipastikan / the official amount is "
                          "not yet confirmed.", False, -1))
    signature = [Span("Petugas / Cashier", False, -1, "center"), Span(" "), Span(" "), Span(" "),
                 Span(f"( {doc.cashier} )", True, 0, "center")]
    qr_size = (30 if f.paper.name == "A4" else 24) * mm
    f.columns([QrCell(doc.token, qr_size), notes, signature],
              [(qr_size + 8) / f.width, 0.72 - (qr_size + 8) / f.width, 0.28], rule_below=False)


def render_receipt(doc: ReceiptDoc, layout: Layout = "80mm") -> bytes:
    """The receipt as PDF bytes on ``layout`` paper ("80mm", "58mm", "A5" or "A4").

    Rolls are one page as long as the content; sheets break onto further pages if ever needed, each page
    footed with the receipt number. ``ValueError`` for an unknown layout.
    """
    register_fonts()
    sheet = paper(layout)
    watermark = VOID_TEXT if doc.void_of else COPY_TEXT if doc.is_copy else None
    flow = Flow(sheet, title=f"Kuitansi {doc.number}", footer=f"{doc.office_name} · {doc.number}",
                watermark=watermark)
    (_roll if sheet.is_roll else _sheet)(doc, flow)
    return flow.render()
