"""Printable documents made from stored records: ticket slips (acknowledgement slips follow the same pattern)."""

from __future__ import annotations

from ltsa_desktop.domain.formatting import format_datetime_local
from ltsa_desktop.printing.ticket_slip import TicketSlipDoc, render_ticket_slip
from ltsa_desktop.services.context import ServiceContext
from ltsa_desktop.services.office import office_info
from ltsa_desktop.services.queue import IssuedTicket

PRIORITY_LABELS = {"lansia": ("Lanjut usia", "Elderly"), "disabilitas": ("Disabilitas", "Disability"),
                   "ibu_hamil_menyusui": ("Ibu hamil / menyusui", "Pregnant / nursing"),
                   "anak": ("Anak", "Child"), "korban_bencana": ("Korban bencana", "Disaster victim")}


def ticket_slip_pdf(ctx: ServiceContext, issued: IssuedTicket, *, lang: str = "id", width_mm: int = 80) -> bytes:
    t = issued.ticket
    label = PRIORITY_LABELS.get(t.priority_reason or "")
    return render_ticket_slip(TicketSlipDoc(
        office_name=office_info(ctx).name, number=t.number,
        service_name=issued.line_name_id if lang == "id" else issued.line_name_en,
        priority_label=(label[0] if lang == "id" else label[1]) if label else None,
        issued_label=format_datetime_local(t.issued_at, ctx.tz_name, lang), people_ahead=issued.people_ahead,
        wait_minutes=issued.estimated_wait_minutes, qr_payload=f"LTSA-T:{t.id}", lang=lang), width_mm)
