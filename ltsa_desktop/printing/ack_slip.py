"""A generic acknowledgement slip: documents received for a case (tanda terima berkas), or a complaint received.

A title, a number, the office, the applicant (NIK already masked), the date, a list of documents with their
status, the expected completion date, notes and a QR code. Printed on A5 (handed over across the counter, signed
by both sides) or on an 80 mm or 58 mm roll; A4 works too. Indonesian labels with English sub-labels.
``render_ack_slip`` is pure (no files, no database, no Qt) and safe to call from a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm

from ltsa_desktop.printing.common import (
    COPY_TEXT,
    DEFAULT_TZ,
    Flow,
    Layout,
    QrCell,
    Span,
    check_masked_nik,
    date_text,
    datetime_text,
    paper,
)
from ltsa_desktop.printing.fonts import register_fonts


@dataclass(frozen=True)
class AckRow:
    """One item acknowledged: ``label`` ("Paspor asli") and ``status`` ("Diterima / Received")."""

    label: str
    status: str


@dataclass(frozen=True, kw_only=True)
class AckSlipDoc:
    """One acknowledgement as plain values.

    ``title`` / ``title_en`` name the slip ("TANDA TERIMA BERKAS" / "Document receipt"). ``issued_at`` is an
    aware datetime shown in ``tz_name``. ``expected_completion`` is the service-standard date, if any.
    ``ValueError`` on construction for an unmasked NIK.
    """

    title: str
    title_en: str = ""
    number: str
    office_name: str
    office_address: str = ""
    applicant_name: str
    nik_masked: str
    issued_at: datetime
    tz_name: str = DEFAULT_TZ
    rows: tuple[AckRow, ...] = ()
    expected_completion: date | None = None
    notes: str = ""
    qr_payload: str
    officer: str = ""
    is_copy: bool = False

    def __post_init__(self) -> None:
        check_masked_nik(self.nik_masked)

    @property
    def when(self) -> str:
        return datetime_text(self.issued_at, self.tz_name)


def _expected(doc: AckSlipDoc) -> str:
    return date_text(doc.expected_completion) if doc.expected_completion else "—"


def _roll(doc: AckSlipDoc, f: Flow) -> None:
    f.text(doc.office_name, bold=True, align="center", size_delta=2)
    if doc.office_address:
        f.text(doc.office_address, align="center", size_delta=-1)
    f.rule()
    if doc.is_copy:
        f.banner(COPY_TEXT)
    f.text(doc.title, bold=True, align="center", size_delta=2)
    if doc.title_en:
        f.text(doc.title_en, align="center", size_delta=-1)
    f.space(2)
    f.pair("No.", doc.number, bold=True)
    f.pair("Tanggal / Date", doc.when)
    f.rule(dashed=True)
    f.text("Pemohon / Applicant", size_delta=-1)
    f.text(doc.applicant_name or "—", bold=True)
    f.pair("NIK", doc.nik_masked or "—")
    f.rule(dashed=True)
    f.text("Berkas / Documents", bold=True)
    for i, row in enumerate(doc.rows, start=1):
        f.pair(f"{i}. {row.label}", row.status)
    if not doc.rows:
        f.text("—")
    f.rule(dashed=True)
    f.pair("Perkiraan selesai / Expected", _expected(doc), bold=True)
    if doc.notes:
        f.text("Catatan / Notes", size_delta=-1)
        f.text(doc.notes)
    if doc.officer:
        f.pair("Petugas / Officer", doc.officer)
    f.rule(dashed=True)
    f.qr(doc.qr_payload, min(26 * mm, f.width * 0.6))
    f.text("Tunjukkan slip ini saat mengambil hasil / Show this slip when collecting.", align="center",
           size_delta=-1)
    if doc.is_copy:
        f.space(3)
        f.banner(COPY_TEXT, size_delta=1)


def _sheet(doc: AckSlipDoc, f: Flow) -> None:
    big = 4 if f.paper.name == "A4" else 2.5
    left = [Span(doc.office_name, True, big)]
    if doc.office_address:
        left.append(Span(doc.office_address, False, -0.5, gray=0.25))
    right = [Span(doc.title, True, big, "right")]
    if doc.title_en:
        right.append(Span(doc.title_en, False, 0, "right", 0.25))
    right.append(Span(f"No. {doc.number}", True, 1.5, "right"))
    f.columns([left, right], [0.5, 0.5], rule_below=False, pad=0)
    f.rule(weight=1.2)
    if doc.is_copy:
        f.banner(COPY_TEXT, size_delta=5)

    def info(label: str, value: str, bold: bool = False) -> list[Span]:
        return [Span(label, False, -1.5, gray=0.35), Span(value or "—", bold)]

    f.columns([info("Pemohon / Applicant", doc.applicant_name, True), info("NIK", doc.nik_masked),
               info("Tanggal / Date", doc.when)], [0.4, 0.24, 0.36])
    f.space(4)
    widths = [0.07, 0.55, 0.38]
    f.columns([[Span("No.", True, -0.5)], [Span("Dokumen / Document", True, -0.5)],
               [Span("Status", True, -0.5)]], widths, fill=0.9)
    for i, row in enumerate(doc.rows, start=1):
        f.columns([[Span(str(i))], [Span(row.label)], [Span(row.status, True)]], widths)
    if not doc.rows:
        f.columns([[Span("—")], [Span("")], [Span("")]], widths)
    f.space(4)
    f.columns([[Span("Perkiraan selesai / Expected completion", False, -1, gray=0.35),
                Span(_expected(doc), True, 1)],
               [Span("Catatan / Notes", False, -1, gray=0.35), Span(doc.notes or "—")]], [0.35, 0.65],
              rule_below=False)
    f.space(6)
    with f.keep_together():
        qr_size = 24 * mm
        qr_w = (qr_size + 8) / f.width
        hint = [Span("Pindai untuk cek status / Scan to check status", True, -0.5),
                Span("Tunjukkan slip ini saat mengambil hasil. / Show this slip when collecting.", False, -1)]
        f.columns([QrCell(doc.qr_payload, qr_size), hint], [qr_w, 1 - qr_w], rule_below=False)
        f.space(6)

        def signature(label: str, name: str) -> list[Span]:
            return [Span(label, False, -1, "center"), Span(" "), Span(" "), Span(" "),
                    Span(f"( {name or '.' * 30} )", True, 0, "center")]

        f.columns([signature("Yang menyerahkan / Submitted by", doc.applicant_name),
                   signature("Petugas / Officer", doc.officer)], [0.5, 0.5], rule_below=False)


def render_ack_slip(doc: AckSlipDoc, layout: Layout = "A5") -> bytes:
    """The acknowledgement as PDF bytes on ``layout`` paper ("A5", "80mm", "58mm" or "A4").

    ``ValueError`` for an unknown layout.
    """
    register_fonts()
    sheet = paper(layout)
    flow = Flow(sheet, title=f"{doc.title} {doc.number}", footer=f"{doc.office_name} · {doc.number}",
                watermark=COPY_TEXT if doc.is_copy else None)
    (_roll if sheet.is_roll else _sheet)(doc, flow)
    return flow.render()
