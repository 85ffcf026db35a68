"""The queue ticket slip for 58 mm and 80 mm kiosk printers: a large number, the service, the time, how many
people are ahead, the estimated wait and a QR code of the ticket id. One language per slip (``id`` or ``en``).

``render_ticket_slip`` is pure (no files, no database, no Qt) and safe to call from a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm

from ltsa_desktop.printing.common import DEFAULT_TZ, Flow, datetime_text, fit_size, roll_paper
from ltsa_desktop.printing.fonts import register_fonts

_TEXT = {
    "id": {"heading": "NOMOR ANTREAN", "priority": "Prioritas", "taken": "Diambil",
           "ahead": "Orang di depan Anda: {n}", "wait": "Perkiraan tunggu: ± {m} menit",
           "wait_none": "Anda berikutnya dilayani", "keep": "Simpan tiket ini. Nomor Anda akan dipanggil di layar.",
           "free": "Layanan ini tidak dipungut biaya di luar tarif resmi."},
    "en": {"heading": "QUEUE NUMBER", "priority": "Priority", "taken": "Taken",
           "ahead": "People ahead of you: {n}", "wait": "Estimated wait: about {m} min",
           "wait_none": "You are next", "keep": "Keep this ticket. Your number will be called on the screen.",
           "free": "No charge beyond the official fees."},
}


@dataclass(frozen=True, kw_only=True)
class TicketSlipDoc:
    """One queue ticket as plain values.

    ``issued_at`` is an aware datetime shown in ``tz_name`` (or pass an already formatted ``issued_label``).
    ``qr_payload`` identifies the ticket (e.g. ``"LTSA-T:<ticket id>"``), never the applicant. ``lang`` is
    ``"id"`` or ``"en"``. ``ValueError`` on construction for a negative count, an unknown language, or neither
    ``issued_at`` nor ``issued_label``.
    """

    office_name: str
    number: str
    service_name: str
    priority_label: str | None = None
    issued_at: datetime | None = None
    tz_name: str = DEFAULT_TZ
    issued_label: str = ""
    people_ahead: int
    wait_minutes: int
    qr_payload: str
    lang: str = "id"

    def __post_init__(self) -> None:
        if self.lang not in _TEXT:
            raise ValueError(f"ticket slips are printed in 'id' or 'en', not {self.lang!r}")
        if self.people_ahead < 0 or self.wait_minutes < 0:
            raise ValueError("people ahead and wait minutes cannot be negative")
        if self.issued_at is None and not self.issued_label:
            raise ValueError("a ticket slip needs issued_at (aware) or issued_label")

    @property
    def when(self) -> str:
        return datetime_text(self.issued_at, self.tz_name, self.lang) if self.issued_at else self.issued_label


def render_ticket_slip(doc: TicketSlipDoc, width_mm: int = 80) -> bytes:
    """The slip as a one-page PDF ``width_mm`` (58 or 80) wide and as long as its content.

    The ticket number is set as large as the roll allows (it must be readable at arm's length).
    ``ValueError`` for any other width.
    """
    register_fonts()
    text = _TEXT[doc.lang]
    f = Flow(roll_paper(width_mm), title=f"Tiket {doc.number}")
    f.text(doc.office_name, bold=True, align="center", size_delta=1)
    f.rule()
    f.text(text["heading"], align="center", size_delta=1)
    number_size = fit_size(doc.number, f.font(True), 46 if width_mm == 80 else 36, f.width, 14)
    f.text(doc.number, bold=True, align="center", size_delta=number_size - f.size, leading=1.15)
    f.text(doc.service_name, bold=True, align="center", size_delta=3)
    if doc.priority_label:
        f.space(2)
        f.banner(f"{text['priority']}: {doc.priority_label}", size_delta=1)
    f.rule(dashed=True)
    f.text(f"{text['taken']}: {doc.when}", align="center")
    f.text(text["ahead"].format(n=doc.people_ahead), align="center", bold=True, size_delta=1)
    wait = text["wait"].format(m=doc.wait_minutes) if doc.people_ahead else text["wait_none"]
    f.text(wait, align="center")
    f.space(3)
    f.qr(doc.qr_payload, (22 if width_mm == 80 else 18) * mm)
    f.text(text["keep"], align="center", size_delta=-1)
    f.text(text["free"], align="center", size_delta=-1)
    return f.render()
