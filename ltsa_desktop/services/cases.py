"""Document-service cases: open them for an applicant (linked to the current ticket), track the checklist and
the procedure steps with due dates from the working calendar, move them through their states, keep attachments.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from ltsa_desktop.domain.calendar import WorkingCalendar, service_day
from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.nik import age_on
from ltsa_desktop.domain.roles import STAFF_AND_UP
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext
from ltsa_desktop.storage.chain import next_in_series
from ltsa_desktop.storage.models.applicants import Applicant, Attachment, Case, CaseRequirement, CaseStep
from ltsa_desktop.storage.models.core import OfficeSetting

AREA = "cases"
STATUSES = ("received", "in_process", "ready", "handed_over", "rejected", "withdrawn")
_NEXT = {"received": {"in_process", "rejected", "withdrawn"},
         "in_process": {"ready", "rejected", "withdrawn"},
         "ready": {"handed_over", "withdrawn"},
         "handed_over": set(), "rejected": set(), "withdrawn": set()}
ATTACHMENT_TYPES = {b"%PDF": "application/pdf", b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png"}
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ADULT_AGE = 18  # UU 18/2017 Pasal 5


@dataclass(frozen=True)
class RequirementSpec:
    code: str
    label_id: str
    label_en: str
    mandatory: bool


@dataclass(frozen=True)
class StepSpec:
    name_id: str
    name_en: str
    working_days: int


@dataclass(frozen=True)
class ServiceStandard:
    """What a case copies from the catalog when it is opened."""

    code: str
    name_id: str
    name_en: str
    is_placement_service: bool
    requirements: tuple[RequirementSpec, ...]
    steps: tuple[StepSpec, ...]


def _catalog_standard(ctx: ServiceContext, code: str, scheme: str | None) -> ServiceStandard:
    from ltsa_desktop.services.catalog import service_standard

    return service_standard(ctx, code, scheme)


# Replaced in tests; in the application it reads the catalog in force.
standard_provider: Callable[[ServiceContext, str, str | None], ServiceStandard] = _catalog_standard


@dataclass(frozen=True)
class CaseRow:
    id: str
    version: int
    number: str
    applicant_id: str
    applicant_name: str
    service_code: str
    service_name: str
    status: str
    status_reason: str | None
    opened_at: datetime
    due_date: date | None
    overdue: bool
    requirements: tuple[tuple[str, str, str, bool, str], ...]  # (id, code, label_id, mandatory, state)
    steps: tuple[tuple[str, str, int, date | None, datetime | None], ...]  # (id, name_id, days, due, done_at)
    notes: str


def working_calendar(ctx: ServiceContext) -> WorkingCalendar:
    """Weekends plus the office's configured holidays (office setting ``calendar.holidays``)."""
    with ctx.read() as session:
        row = session.get(OfficeSetting, "calendar.holidays")
    holidays = frozenset(date.fromisoformat(d) for d in json.loads(row.value_json)) if row else frozenset()
    return WorkingCalendar(holidays=holidays)


def _case_row(session, case: Case, today: date) -> CaseRow:  # type: ignore[no-untyped-def]
    applicant = session.get(Applicant, case.applicant_id)
    reqs = session.execute(select(CaseRequirement).where(CaseRequirement.case_id == case.id)
                           .order_by(CaseRequirement.position)).scalars().all()
    steps = session.execute(select(CaseStep).where(CaseStep.case_id == case.id)
                            .order_by(CaseStep.position)).scalars().all()
    open_ = case.status in ("received", "in_process")  # a ready case waits for the applicant, not the office
    return CaseRow(case.id, case.version, case.number, case.applicant_id,
                   applicant.full_name if applicant else "?", case.service_code, case.service_name, case.status,
                   case.status_reason, case.opened_at, case.due_date,
                   bool(open_ and case.due_date and case.due_date < today),
                   tuple((r.id, r.code, r.label_id, r.mandatory, r.state) for r in reqs),
                   tuple((s.id, s.name_id, s.working_days, s.due_date, s.done_at) for s in steps), case.notes)


def open_cases(ctx: ServiceContext, actor: Actor, applicant_id: str, service_codes: list[str],
               ticket_id: str | None = None) -> OpResult:
    """Open one case per service. Placement services refuse applicants under 18 (UU 18/2017 Pasal 5)."""
    if not service_codes:
        raise ValidationFailed({"services": FieldError("required")})
    calendar = working_calendar(ctx)
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.write(actor, "open_cases", roles=STAFF_AND_UP) as uow:
        applicant = uow.session.get(Applicant, applicant_id)
        if applicant is None:
            raise NotFound(message="applicant not found")
        age = age_on(applicant.birth_date, today)
        opened = []
        for code in service_codes:
            standard = standard_provider(ctx, code, applicant.scheme or None)
            if standard.is_placement_service and age < ADULT_AGE:
                raise ValidationFailed({"services": FieldError("under_18", {"service": code, "age": age})})
            seq = next_in_series(uow.session, f"case:{ctx.office_id}:{today.year}")
            case = uow.add(Case(number=f"{ctx.office_code}-B-{today.year}-{seq:06d}", applicant_id=applicant_id,
                                service_code=code, service_name=standard.name_id, ticket_id=ticket_id,
                                status="received", opened_at=uow.now, opened_day=today,
                                assigned_staff_id=actor.staff_id or None, notes=""))
            for position, req in enumerate(standard.requirements):
                uow.add(CaseRequirement(case_id=case.id, position=position, code=req.code, label_id=req.label_id,
                                        label_en=req.label_en, mandatory=req.mandatory, state="pending"))
            due = today
            total_days = 0
            for position, step in enumerate(standard.steps):
                total_days += step.working_days
                due = calendar.add_working_days(today, total_days)
                uow.add(CaseStep(case_id=case.id, position=position, name_id=step.name_id, name_en=step.name_en,
                                 working_days=step.working_days, due_date=due))
            case.due_date = due
            uow.audit("open_case", "case", case.id, number=case.number, service=code)
            opened.append(case)
        uow.changed(AREA)
        uow.flush()
        return uow.result([_case_row(uow.session, c, today) for c in opened])


def _case(uow, case_id: str) -> Case:  # type: ignore[no-untyped-def]
    case = uow.session.get(Case, case_id)
    if case is None or case.office_id != uow.ctx.office_id:
        raise NotFound(message="case not found")
    return case


def set_requirement(ctx: ServiceContext, actor: Actor, requirement_id: str, state: str) -> OpResult:
    if state not in ("pending", "received", "verified", "not_applicable"):
        raise ValidationFailed({"state": FieldError("choice_invalid")})
    with ctx.write(actor, "set_requirement", roles=STAFF_AND_UP) as uow:
        req = uow.session.get(CaseRequirement, requirement_id)
        if req is None:
            raise NotFound(message="requirement not found")
        case = _case(uow, req.case_id)
        uow.require(case.status in ("received", "in_process"), "the case is closed or ready")
        if state == "not_applicable" and req.mandatory:
            raise ValidationFailed({"state": FieldError("mandatory_requirement")})
        req.state = state
        req.changed_by = actor.staff_id or None
        req.changed_at = uow.now
        uow.update(req)
        uow.audit(entity="case", entity_id=case.id, requirement=req.code, state=state)
        uow.changed(AREA)
        return uow.result()


def complete_step(ctx: ServiceContext, actor: Actor, step_id: str) -> OpResult:
    with ctx.write(actor, "complete_case_step", roles=STAFF_AND_UP) as uow:
        step = uow.session.get(CaseStep, step_id)
        if step is None:
            raise NotFound(message="step not found")
        case = _case(uow, step.case_id)
        uow.require(step.done_at is None, "this step is already done")
        step.done_at = uow.now
        step.done_by = actor.staff_id or None
        uow.update(step)
        if case.status == "received":
            case.status = "in_process"
            uow.update(case)
        uow.audit(entity="case", entity_id=case.id, step=step.name_id)
        uow.changed(AREA)
        return uow.result()


def set_status(ctx: ServiceContext, actor: Actor, case_id: str, status: str, expected_version: int,
               reason: str = "") -> OpResult:
    """Move a case along received → in process → ready → handed over, or reject / withdraw with a reason."""
    if status not in STATUSES:
        raise ValidationFailed({"status": FieldError("choice_invalid")})
    if status in ("rejected", "withdrawn") and not reason.strip():
        raise ValidationFailed({"reason": FieldError("required")})
    with ctx.write(actor, "set_case_status", roles=STAFF_AND_UP) as uow:
        case = _case(uow, case_id)
        if status not in _NEXT[case.status]:
            raise InvalidState("case_state", f"a {case.status} case cannot become {status}", status=case.status)
        if status in ("ready", "handed_over"):
            missing = uow.session.execute(select(func.count()).select_from(CaseRequirement).where(
                CaseRequirement.case_id == case.id, CaseRequirement.mandatory.is_(True),
                CaseRequirement.state.not_in(["received", "verified"]))).scalar_one()
            if missing:
                raise InvalidState("requirements_missing", "mandatory documents are missing", missing=missing)
        case.status = status
        case.status_reason = reason.strip() or None
        if status in ("handed_over", "rejected", "withdrawn"):
            case.closed_at = uow.now
        uow.update(case, expected_version)
        uow.audit(entity="case", entity_id=case.id, status=status, reason=reason.strip() or None)
        uow.changed(AREA)
        return uow.result()


def add_note(ctx: ServiceContext, actor: Actor, case_id: str, expected_version: int, note: str) -> OpResult:
    if not note.strip():
        raise ValidationFailed({"note": FieldError("required")})
    with ctx.write(actor, "add_case_note", roles=STAFF_AND_UP) as uow:
        case = _case(uow, case_id)
        stamp = uow.now.strftime("%Y-%m-%d %H:%M UTC")
        case.notes = (case.notes + "\n" if case.notes else "") + f"[{stamp} {actor.username}] {note.strip()}"
        uow.update(case, expected_version)
        uow.audit(entity="case", entity_id=case.id)
        uow.changed(AREA)
        return uow.result()


def add_attachment(ctx: ServiceContext, actor: Actor, owner_entity: str, owner_id: str, source: Path) -> OpResult:
    """Copy a scan into the data directory (by SHA-256). PDF, JPEG or PNG only, at most 10 MB."""
    if ctx.data_dir is None:
        raise InvalidState(message="no data directory for attachments")
    try:
        size = source.stat().st_size
        head = source.open("rb").read(8)
    except OSError as exc:
        raise ValidationFailed({"file": FieldError("file_unreadable", {"detail": str(exc)})}) from exc
    mime = next((m for magic, m in ATTACHMENT_TYPES.items() if head.startswith(magic)), None)
    if mime is None:
        raise ValidationFailed({"file": FieldError("file_type", {"allowed": "PDF, JPEG, PNG"})})
    if size > MAX_ATTACHMENT_BYTES or size == 0:
        raise ValidationFailed({"file": FieldError("file_size", {"max_mb": MAX_ATTACHMENT_BYTES // 2**20})})
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target = ctx.data_dir / "attachments" / digest[:2] / digest
    target.parent.mkdir(parents=True, exist_ok=True)
    copied = not target.exists()
    if copied:
        tmp = target.with_suffix(".tmp")
        shutil.copyfile(source, tmp)
        tmp.chmod(0o600)
        tmp.replace(target)
    try:
        with ctx.write(actor, "add_attachment", roles=STAFF_AND_UP) as uow:
            att = uow.add(Attachment(owner_entity=owner_entity, owner_id=owner_id, filename=source.name[:255],
                                     mime=mime, size=size, sha256=digest))
            uow.audit(entity=owner_entity, entity_id=owner_id, attachment=att.id, sha256=digest)
            uow.changed(AREA)
            return uow.result(att.id)
    except BaseException:
        if copied:  # nothing saved half-way: no stored scan without its record
            target.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    filename: str
    mime: str
    size: int
    sha256: str
    created_at: datetime


def list_attachments(ctx: ServiceContext, owner_entity: str, owner_id: str) -> list[AttachmentRow]:
    with ctx.read() as session:
        rows = session.execute(select(Attachment).where(Attachment.owner_entity == owner_entity,
                                                        Attachment.owner_id == owner_id)
                               .order_by(Attachment.created_at)).scalars().all()
        return [AttachmentRow(a.id, a.filename, a.mime, a.size, a.sha256, a.created_at) for a in rows]


def get_case(ctx: ServiceContext, case_id: str) -> CaseRow:
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(message="case not found")
        return _case_row(session, case, today)


def cases_for_applicant(ctx: ServiceContext, applicant_id: str) -> list[CaseRow]:
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.read() as session:
        rows = session.execute(select(Case).where(Case.applicant_id == applicant_id)
                               .order_by(Case.opened_at.desc())).scalars().all()
        return [_case_row(session, c, today) for c in rows]


def worklist(ctx: ServiceContext, actor: Actor, *, only_mine: bool = True) -> list[CaseRow]:
    """Open cases, overdue first, then by due date."""
    today = service_day(ctx.now(), ctx.tz_name)
    with ctx.read() as session:
        stmt = select(Case).where(Case.office_id == ctx.office_id,
                                  Case.status.in_(["received", "in_process", "ready"]))
        if only_mine:
            stmt = stmt.where(Case.assigned_staff_id == actor.staff_id)
        rows = [_case_row(session, c, today) for c in session.execute(stmt.order_by(Case.due_date)).scalars()]
    return sorted(rows, key=lambda r: (not r.overdue, r.due_date or date.max))
