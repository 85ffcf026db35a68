"""Complaints and consultations (SimPADU) and non-procedural PMI records (SISPOPMI).

Complaint service levels follow DOMAIN.md §4 and are office settings: acknowledge within 5 working days,
resolve within 60 days of a complete file (Perpres 76/2013) unless the office configures otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.roles import STAFF_AND_UP
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext
from ltsa_desktop.storage.chain import next_in_series
from ltsa_desktop.storage.models.applicants import Complaint, Consultation, NonProceduralRecord
from ltsa_desktop.storage.models.core import OfficeSetting

AREA = "complaints"
COMPLAINANT_TYPES = ("pmi", "family", "other")
CHANNELS = ("counter", "phone")
CATEGORIES = ("placement_agency", "wages", "contract", "abuse", "documents", "service_quality", "fees_broker",
              "repatriation", "other")
PREVENTED_PLACES = ("airport", "seaport", "border", "other")
PREVENTED_BY = ("imigrasi", "polri", "other")
TPPO_INDICATORS = ("false_documents", "no_placement_agreement", "unlicensed_recruiter", "debt_bondage",
                   "confiscated_documents", "deceptive_job_offer", "underage", "tourist_visa_for_work",
                   "no_training_or_medical")
OUTCOMES = ("pulang_daerah_asal", "fasilitasi_hukum", "penempatan_kembali_prosedural")


def _levels(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.read() as session:
        row = session.get(OfficeSetting, "complaints.service_levels")
    data = json.loads(row.value_json) if row else {}
    return int(data.get("acknowledge_working_days", 5)), int(data.get("resolve_days", 60))


def _required(errors: dict[str, FieldError], **values: str) -> None:
    for name, value in values.items():
        if not value.strip():
            errors[name] = FieldError("required")


@dataclass(frozen=True)
class ComplaintRow:
    id: str
    version: int
    number: str
    complainant_name: str
    category: str
    subject: str
    status: str
    received_at: datetime
    acknowledge_due: date
    resolve_due: date | None
    overdue: bool


def _complaint_row(c: Complaint, today: date) -> ComplaintRow:
    overdue = (c.acknowledged_at is None and c.acknowledge_due < today) or (
        c.status != "resolved" and c.resolve_due is not None and c.resolve_due < today)
    return ComplaintRow(c.id, c.version, c.number, c.complainant_name, c.category, c.subject, c.status,
                        c.received_at, c.acknowledge_due, c.resolve_due, overdue)


def file_complaint(ctx: ServiceContext, actor: Actor, *, channel: str, complainant_type: str,
                   complainant_name: str, complainant_contact: str, category: str, subject: str, chronology: str,
                   applicant_id: str | None = None, file_complete: bool = False) -> OpResult:
    """Take a complaint at the counter or by phone; numbered; service-level dates set."""
    errors: dict[str, FieldError] = {}
    _required(errors, complainant_name=complainant_name, subject=subject, chronology=chronology)
    for name, value, allowed in (("channel", channel, CHANNELS), ("complainant_type", complainant_type,
                                                                   COMPLAINANT_TYPES),
                                 ("category", category, CATEGORIES)):
        if value not in allowed:
            errors[name] = FieldError("choice_invalid")
    if len(subject) > 300:
        errors["subject"] = FieldError("too_long", {"max": 300})
    if errors:
        raise ValidationFailed(errors)
    from ltsa_desktop.services.cases import working_calendar

    ack_days, resolve_days = _levels(ctx)
    calendar = working_calendar(ctx)
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.write(actor, "file_complaint", roles=STAFF_AND_UP) as uow:
        seq = next_in_series(uow.session, f"complaint:{ctx.office_id}:{today.year}")
        complaint = uow.add(Complaint(
            number=f"{ctx.office_code}-P-{today.year}-{seq:05d}", channel=channel, complainant_type=complainant_type,
            complainant_name=complainant_name.strip(), complainant_contact=complainant_contact.strip(),
            applicant_id=applicant_id, category=category, subject=subject.strip(), chronology=chronology.strip(),
            received_at=uow.now, file_complete_on=today if file_complete else None,
            acknowledge_due=calendar.add_working_days(today, ack_days),
            resolve_due=today + timedelta(days=resolve_days) if file_complete else None,
            status="received", follow_ups="[]", resolution=""))
        uow.audit(entity="complaint", entity_id=complaint.id, number=complaint.number, category=category)
        uow.changed(AREA)
        return uow.result(_complaint_row(complaint, today))


def _complaint(uow, complaint_id: str) -> Complaint:  # type: ignore[no-untyped-def]
    c = uow.session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound(message="complaint not found")
    return c


def follow_up_complaint(ctx: ServiceContext, actor: Actor, complaint_id: str, expected_version: int, *,
                        note: str, acknowledge: bool = False, file_complete: bool = False,
                        assign_to: str | None = None) -> OpResult:
    if not note.strip():
        raise ValidationFailed({"note": FieldError("required")})
    _, resolve_days = _levels(ctx)
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.write(actor, "follow_up_complaint", roles=STAFF_AND_UP) as uow:
        c = _complaint(uow, complaint_id)
        uow.require(c.status != "resolved", "the complaint is resolved")
        log = json.loads(c.follow_ups)
        log.append({"at": uow.now.isoformat(), "by": actor.username, "note": note.strip()})
        c.follow_ups = json.dumps(log, ensure_ascii=False)
        if acknowledge and c.acknowledged_at is None:
            c.acknowledged_at = uow.now
            c.status = "in_process"
        if file_complete and c.file_complete_on is None:
            c.file_complete_on = today
            c.resolve_due = today + timedelta(days=resolve_days)
        if assign_to:
            c.assigned_staff_id = assign_to
        uow.update(c, expected_version)
        uow.audit(entity="complaint", entity_id=c.id, acknowledged=acknowledge, file_complete=file_complete)
        uow.changed(AREA)
        return uow.result(_complaint_row(c, today))


def resolve_complaint(ctx: ServiceContext, actor: Actor, complaint_id: str, expected_version: int,
                      resolution: str) -> OpResult:
    if not resolution.strip():
        raise ValidationFailed({"resolution": FieldError("required")})
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.write(actor, "resolve_complaint", roles=STAFF_AND_UP) as uow:
        c = _complaint(uow, complaint_id)
        uow.require(c.status != "resolved", "already resolved")
        c.status = "resolved"
        c.resolution = resolution.strip()
        c.resolved_at = uow.now
        if c.acknowledged_at is None:
            c.acknowledged_at = uow.now
        uow.update(c, expected_version)
        uow.audit(entity="complaint", entity_id=c.id)
        uow.changed(AREA)
        return uow.result(_complaint_row(c, today))


def list_complaints(ctx: ServiceContext, *, open_only: bool = True) -> list[ComplaintRow]:
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.read() as session:
        stmt = select(Complaint).where(Complaint.office_id == ctx.office_id)
        if open_only:
            stmt = stmt.where(Complaint.status != "resolved")
        return [_complaint_row(c, today) for c in session.execute(stmt.order_by(Complaint.received_at)).scalars()]


def log_consultation(ctx: ServiceContext, actor: Actor, *, topic: str, summary: str = "", visitor_name: str = "",
                     applicant_id: str | None = None) -> OpResult:
    if not topic.strip():
        raise ValidationFailed({"topic": FieldError("required")})
    with ctx.write(actor, "log_consultation", roles=STAFF_AND_UP) as uow:
        row = uow.add(Consultation(applicant_id=applicant_id, visitor_name=visitor_name.strip(),
                                   topic=topic.strip()[:200], summary=summary.strip(), at=uow.now))
        uow.audit(entity="consultation", entity_id=row.id)
        uow.changed(AREA)
        return uow.result(row.id)


# -- non-procedural PMI (SISPOPMI) ---------------------------------------------------------------------------
def record_nonprocedural(ctx: ServiceContext, actor: Actor, *, person_name: str, nik: str = "",
                         prevented_at_place: str, prevented_location: str, prevented_by: str, prevented_on: date,
                         intended_destination: str = "", tppo_indicators: list[str] | None = None,
                         broker_details: str = "", family_contact: str = "",
                         applicant_id: str | None = None) -> OpResult:
    errors: dict[str, FieldError] = {}
    _required(errors, person_name=person_name)
    if prevented_at_place not in PREVENTED_PLACES:
        errors["prevented_at_place"] = FieldError("choice_invalid")
    if prevented_by not in PREVENTED_BY:
        errors["prevented_by"] = FieldError("choice_invalid")
    today = service_day(ctx.now(), ctx.tz_name)
    if prevented_on > today:
        errors["prevented_on"] = FieldError("date_in_future")
    indicators = sorted(set(tppo_indicators or []))
    if any(i not in TPPO_INDICATORS for i in indicators):
        errors["tppo_indicators"] = FieldError("choice_invalid")
    if nik:
        from ltsa_desktop.domain.nik import NikError, parse_nik

        try:
            nik = parse_nik(nik).nik
        except NikError as exc:
            errors["nik"] = FieldError(exc.code)
    if errors:
        raise ValidationFailed(errors)
    with ctx.write(actor, "record_nonprocedural", roles=STAFF_AND_UP) as uow:
        seq = next_in_series(uow.session, f"nonprocedural:{ctx.office_id}:{today.year}")
        rec = uow.add(NonProceduralRecord(
            number=f"{ctx.office_code}-NP-{today.year}-{seq:05d}", applicant_id=applicant_id,
            person_name=person_name.strip(), nik=nik, prevented_at_place=prevented_at_place,
            prevented_location=prevented_location.strip(), prevented_by=prevented_by, prevented_on=prevented_on,
            intended_destination=intended_destination.strip(), tppo_indicators=json.dumps(indicators),
            broker_details=broker_details.strip(), family_contact=family_contact.strip(), follow_up="[]"))
        uow.audit(entity="nonprocedural_record", entity_id=rec.id, number=rec.number, indicators=indicators)
        uow.changed(AREA)
        return uow.result(rec.number)


def set_nonprocedural_outcome(ctx: ServiceContext, actor: Actor, record_id: str, expected_version: int,
                              outcome: str, step: str, step_date: date,
                              replacement_applicant_id: str | None = None) -> OpResult:
    """Record the facilitation outcome and a follow-up step. Re-placement links an ordinary applicant record."""
    if outcome not in OUTCOMES:
        raise ValidationFailed({"outcome": FieldError("choice_invalid")})
    if not step.strip():
        raise ValidationFailed({"step": FieldError("required")})
    if outcome == "penempatan_kembali_prosedural" and not replacement_applicant_id:
        raise ValidationFailed({"replacement_applicant_id": FieldError("required")})
    with ctx.write(actor, "set_nonprocedural_outcome", roles=STAFF_AND_UP) as uow:
        rec = uow.session.get(NonProceduralRecord, record_id)
        if rec is None:
            raise NotFound(message="record not found")
        if rec.outcome and rec.outcome != outcome:
            raise InvalidState("outcome_set", "the outcome was already recorded", outcome=rec.outcome)
        rec.outcome = outcome
        steps = json.loads(rec.follow_up)
        steps.append({"date": step_date.isoformat(), "step": step.strip(), "by": actor.username})
        rec.follow_up = json.dumps(steps, ensure_ascii=False)
        if replacement_applicant_id:
            rec.replacement_applicant_id = replacement_applicant_id
        uow.update(rec, expected_version)
        uow.audit(entity="nonprocedural_record", entity_id=rec.id, outcome=outcome)
        uow.changed(AREA)
        return uow.result()
