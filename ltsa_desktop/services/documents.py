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


# --- acknowledgement slips (tanda terima berkas / tanda terima pengaduan) ----------------------------------

REQUIREMENT_STATES = {"pending": "Belum diterima / Pending", "received": "Diterima / Received",
                      "verified": "Diverifikasi / Verified", "not_applicable": "Tidak berlaku / N/A"}


def _ack_layout(layout: str) -> str:
    return layout if layout in ("A5", "A4", "80mm", "58mm") else "A5"


def case_ack_slip_pdf(ctx: ServiceContext, case_id: str, *, officer: str = "", layout: str = "A5") -> bytes:
    """The document receipt of one case: the requirements with their state and the expected completion date."""
    from ltsa_desktop.domain.nik import mask_nik
    from ltsa_desktop.printing.ack_slip import AckRow, AckSlipDoc, render_ack_slip
    from ltsa_desktop.services.applicants import get_applicant
    from ltsa_desktop.services.cases import get_case

    case = get_case(ctx, case_id)
    person = get_applicant(ctx, case.applicant_id)
    office = office_info(ctx)
    rows = tuple(AckRow(label + ("" if mandatory else " (opsional)"), REQUIREMENT_STATES.get(state, state))
                 for _id, _code, label, mandatory, state in case.requirements)
    doc = AckSlipDoc(title="TANDA TERIMA BERKAS", title_en="Document receipt", number=case.number,
                     office_name=office.name, office_address=office.address, applicant_name=person.full_name,
                     nik_masked=mask_nik(person.nik), issued_at=case.opened_at, tz_name=ctx.tz_name,
                     rows=rows, expected_completion=case.due_date, notes=f"{case.service_code} · {case.service_name}",
                     qr_payload=f"LTSA-C:{case.number}", officer=officer)
    return render_ack_slip(doc, _ack_layout(layout))  # type: ignore[arg-type]


def complaint_ack_slip_pdf(ctx: ServiceContext, complaint_id: str, *, officer: str = "", layout: str = "A5") -> bytes:
    """The numbered receipt of a complaint: subject, category and the date by which it is acknowledged."""
    from ltsa_desktop.printing.ack_slip import AckRow, AckSlipDoc, render_ack_slip
    from ltsa_desktop.storage.models.applicants import Complaint

    with ctx.read() as session:
        c = session.get(Complaint, complaint_id)
        if c is None:
            from ltsa_desktop.domain.errors import NotFound

            raise NotFound(message="complaint not found")
        number, name, received_at = c.number, c.complainant_name, c.received_at
        rows = (AckRow("Kategori / Category", c.category.replace("_", " ")),
                AckRow("Perihal / Subject", c.subject[:120]),
                AckRow("Diterima melalui / Channel", c.channel))
        expected, notes = c.resolve_due or c.acknowledge_due, ""
    office = office_info(ctx)
    doc = AckSlipDoc(title="TANDA TERIMA PENGADUAN", title_en="Complaint receipt", number=number,
                     office_name=office.name, office_address=office.address, applicant_name=name, nik_masked="",
                     issued_at=received_at, tz_name=ctx.tz_name, rows=rows, expected_completion=expected,
                     notes=notes, qr_payload=f"LTSA-P:{number}", officer=officer)
    return render_ack_slip(doc, _ack_layout(layout))  # type: ignore[arg-type]


def nonprocedural_ack_slip_pdf(ctx: ServiceContext, number: str, *, officer: str = "", layout: str = "A5") -> bytes:
    """The receipt of a non-procedural PMI record (SISPOPMI): who, where prevented, and the record number."""
    from sqlalchemy import select

    from ltsa_desktop.domain.nik import mask_nik
    from ltsa_desktop.printing.ack_slip import AckRow, AckSlipDoc, render_ack_slip
    from ltsa_desktop.storage.models.applicants import NonProceduralRecord

    with ctx.read() as session:
        r = session.execute(select(NonProceduralRecord).where(NonProceduralRecord.number == number)).scalar_one()
        name, nik, created = r.person_name, r.nik, r.created_at
        rows = (AckRow("Dicegah di / Prevented at", f"{r.prevented_at_place} {r.prevented_location}".strip()),
                AckRow("Dicegah oleh / Prevented by", r.prevented_by),
                AckRow("Tanggal / Date", r.prevented_on.strftime("%d-%m-%Y")),
                AckRow("Tujuan / Destination", r.intended_destination or "—"))
    office = office_info(ctx)
    doc = AckSlipDoc(title="TANDA TERIMA PENDATAAN PMI NONPROSEDURAL", title_en="Non-procedural PMI record",
                     number=number, office_name=office.name, office_address=office.address, applicant_name=name,
                     nik_masked=mask_nik(nik) if nik else "", issued_at=created, tz_name=ctx.tz_name, rows=rows,
                     qr_payload=f"LTSA-NP:{number}", officer=officer)
    return render_ack_slip(doc, _ack_layout(layout))  # type: ignore[arg-type]
