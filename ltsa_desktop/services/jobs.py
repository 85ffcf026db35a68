"""Job information (AyoKerja): vacancies, matching, counselling sessions and the referral slip.

Vacancies are never deleted: they are closed (quota filled, job order ended) or withdrawn (entered in error,
found not legitimate). Only a vacancy that staff verified, that is within its validity dates and that names who
is accountable for it (P3MI licence, programme or employer) is offered to applicants, matched or put on the public
board (``domain.matching``). Editing a verified vacancy removes its verification until it is checked again.

A vacancy has a source: entered and verified by staff here (``office``), or received from the centre as reference
data (``central``). Central vacancies arrive only in a signed vacancy list (``domain.vacancy_list``) that the sync
round pulls and ``install_central_vacancies`` installs: the centre's verification comes with it, and the office
cannot edit, verify, close or withdraw such a vacancy (``vacancy_from_centre``) — the centre's next list changes it.
The same rules decide what is offered: an expired or unaccountable central vacancy is not shown as verified.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.catalog import ExemptJob, Payer
from ltsa_desktop.domain.errors import FieldError, InvalidState, NotFound, ValidationFailed
from ltsa_desktop.domain.fees import ApplicantProfile
from ltsa_desktop.domain.matching import (
    SCHEMES,
    SOURCES,
    CandidateProfile,
    MatchResult,
    Requirements,
    VacancyFacts,
    VacancyTerms,
    age_on,
    fitting_candidates,
    is_open,
    normalise_certificates,
    rank_vacancies,
    requirement_errors,
    shown_verified,
    verification_problems,
)
from ltsa_desktop.domain.nik import mask_nik
from ltsa_desktop.domain.roles import ADMINS, STAFF_AND_UP, SUPERVISORS
from ltsa_desktop.domain.vacancy_list import (
    BundleError,
    CentralVacancy,
    VacancyList,
    sign_vacancy_list,
    verify_vacancy_list,
)
from ltsa_desktop.services.context import Actor, OpResult, ServiceContext
from ltsa_desktop.storage.chain import next_in_series
from ltsa_desktop.storage.models.applicants import Applicant
from ltsa_desktop.storage.models.catalog import IssuerKey
from ltsa_desktop.storage.models.core import OfficeSetting
from ltsa_desktop.storage.models.jobs import CounsellingSession, Vacancy

log = logging.getLogger(__name__)
AREA = "jobs"
CENTRAL_LIST_SETTING = "jobs.central_vacancy_list"  # office setting: the vacancy list installed from the centre
CLOSING_STATUSES = ("closed", "withdrawn")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CURRENCY = re.compile(r"^[A-Z]{3}$")

# The document services on the legal route of each placement scheme, in the order they are usually done.
# IMI-01 is the zero-tariff passport of a first-time CPMI; anyone else takes IMI-02 (see the fee schedule).
ROUTE_COMMON = ("NAK-01", "KES-01", "POL-01", "IMI-01", "JST-01", "BPM-01")
ROUTE_EXTRA = {"p_to_p": ("NAK-02", "LAT-01", "BPM-02"), "g_to_g": ("LAT-01",), "sp2t": ("BPM-03",),
               "perseorangan": ("BPM-04",)}


@dataclass(frozen=True, kw_only=True)
class VacancyInput(VacancyTerms):
    """The vacancy form's content: the job order's terms and where the vacancy comes from."""

    source: str = "office"


@dataclass(frozen=True)
class VacancyRow:
    id: str
    version: int
    data: VacancyInput
    verified: bool  # as staff set it
    shown_verified: bool  # the mark it carries today (verified and nothing speaks against it)
    open_now: bool  # offered to applicants today
    status: str
    status_reason: str
    problems: tuple[str, ...]  # why it cannot be (shown as) verified today
    central_id: str | None = None  # the centre's id of a vacancy received from the centre
    central_verified_by: str = ""  # who verified it at the centre

    @property
    def from_centre(self) -> bool:
        """Received in a signed vacancy list from the centre: changed only by the centre's next list, never at the
        office. (A vacancy typed in at the office is the office's, whatever source it once named.)"""
        return self.central_id is not None

    @property
    def valid_until(self) -> date:
        assert self.data.valid_until is not None  # a stored vacancy always has its dates
        return self.data.valid_until

    @property
    def title(self) -> str:
        return f"{self.data.position} – {self.data.destination_country}"

    @property
    def accountable(self) -> str:
        """Who answers for the job order: the P3MI with its licence, the programme, or the employer."""
        d = self.data
        if d.scheme == "p_to_p":
            return f"{d.p3mi_name or '—'} ({d.p3mi_licence or '—'})"
        if d.scheme in ("g_to_g", "sp2t"):
            return d.programme or "—"
        return d.employer_name or "—"


@dataclass(frozen=True)
class VacancyMatch:
    vacancy: VacancyRow
    result: MatchResult


@dataclass(frozen=True)
class CandidateRow:
    applicant_id: str
    full_name: str
    nik_masked: str
    age: int
    result: MatchResult


@dataclass(frozen=True)
class CounsellingRow:
    id: str
    number: str
    applicant_id: str
    staff_id: str
    held_day: date
    interests: str
    advice: str
    vacancy_ids: tuple[str, ...]
    next_step: str
    referral_vacancy_id: str | None


def _today(ctx: ServiceContext) -> date:
    return service_day(ctx.now(), ctx.tz_name)


def _text(errors: dict[str, FieldError], name: str, value: str, *, required: bool = False,
          max_len: int = 200) -> str:
    value = unicodedata.normalize("NFC", (value or "").strip())
    if required and not value:
        errors[name] = FieldError("required")
    elif len(value) > max_len:
        errors[name] = FieldError("too_long", {"max": max_len})
    elif _CONTROL.search(value):
        errors[name] = FieldError("control_characters")
    return value


def _requirements(v: Vacancy | VacancyInput) -> Requirements:
    certs = v.certificates if isinstance(v, VacancyInput) else tuple(json.loads(v.certificates))
    return Requirements(v.min_age, v.max_age, v.sex, v.min_education, tuple(certs), v.health, v.min_height_cm)


def validate_vacancy(data: VacancyInput) -> dict[str, object]:
    """Check a vacancy form. Returns the clean column values or raises ``ValidationFailed`` (nothing saved)."""
    errors: dict[str, FieldError] = {}
    clean: dict[str, object] = {}
    clean["destination_country"] = _text(errors, "destination_country", data.destination_country, required=True,
                                         max_len=60)
    clean["position"] = _text(errors, "position", data.position, required=True, max_len=120)
    for name, max_len in (("employer_name", 200), ("p3mi_name", 200), ("p3mi_licence", 60), ("programme", 80),
                          ("health", 500), ("notes", 2000)):
        clean[name] = _text(errors, name, getattr(data, name), max_len=max_len)
    if data.scheme not in SCHEMES:
        errors["scheme"] = FieldError("required" if not data.scheme else "choice_invalid")
    clean["scheme"] = data.scheme
    if data.exempt_job and data.exempt_job not in {j.value for j in ExemptJob}:
        errors["exempt_job"] = FieldError("choice_invalid")
    clean["exempt_job"] = data.exempt_job or None
    if data.source not in SOURCES:
        errors["source"] = FieldError("choice_invalid")
    clean["source"] = data.source
    certificates = tuple(c.strip() for c in data.certificates if c.strip())
    if any(len(c) > 120 or _CONTROL.search(c) for c in certificates):
        errors["certificates"] = FieldError("too_long", {"max": 120})
    clean["certificates"] = json.dumps(list(dict.fromkeys(certificates)), ensure_ascii=False)
    errors.update(requirement_errors(_requirements(data)))
    for name in ("min_age", "max_age", "sex", "min_education", "min_height_cm"):
        clean[name] = getattr(data, name)
    for name, low, high in (("quota", 1, 100_000), ("salary_amount", 0, 1_000_000_000), ("contract_months", 1, 120)):
        value = getattr(data, name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            errors[name] = FieldError("out_of_range", {"min": low, "max": high})
        clean[name] = value
    currency = (data.salary_currency or "").strip().upper()
    if (currency or data.salary_amount) and not _CURRENCY.match(currency):
        errors["salary_currency"] = FieldError("currency_invalid")
    clean["salary_currency"] = currency
    if data.valid_from is None:
        errors["valid_from"] = FieldError("required")
    if data.valid_until is None:
        errors["valid_until"] = FieldError("required")
    elif data.valid_from is not None and data.valid_until < data.valid_from:
        errors["valid_until"] = FieldError("end_before_start")
    clean["valid_from"], clean["valid_until"] = data.valid_from, data.valid_until
    if errors:
        raise ValidationFailed(errors)
    return clean


def _facts(v: Vacancy) -> VacancyFacts:
    return VacancyFacts(v.id, v.destination_country, v.position, v.scheme, _requirements(v), v.valid_from,
                        v.valid_until, v.verified, v.p3mi_licence, v.programme, v.employer_name, v.status,
                        v.salary_amount, v.exempt_job)


def _row(v: Vacancy, today: date) -> VacancyRow:
    values = {f.name: getattr(v, f.name) for f in fields(VacancyInput) if f.name != "certificates"}
    data = VacancyInput(certificates=tuple(json.loads(v.certificates)), **values)  # type: ignore[arg-type]
    facts = _facts(v)
    return VacancyRow(v.id, v.version, data, v.verified, shown_verified(facts, today), is_open(facts, today),
                      v.status, v.status_reason, verification_problems(facts, today), v.central_id,
                      v.central_verified_by)


def _profile(a: Applicant, *, height_cm: int | None = None,
             certificates: tuple[str, ...] | None = None) -> CandidateProfile:
    return CandidateProfile(a.birth_date, a.sex, a.education,
                            frozenset(normalise_certificates(certificates)) if certificates is not None else None,
                            height_cm, a.destination_country, a.job_position)


# --- vacancies ------------------------------------------------------------------------------------------------

def create_vacancy(ctx: ServiceContext, actor: Actor, data: VacancyInput) -> OpResult:
    """Enter a vacancy (not verified yet). Its source is this office: central ones come only in a signed list."""
    clean = validate_vacancy(data)
    _office_source(clean)
    with ctx.write(actor, "create_vacancy", roles=STAFF_AND_UP) as uow:
        vacancy = uow.add(Vacancy(**clean, verified=False, status="open", status_reason=""))
        uow.audit(entity="vacancy", entity_id=vacancy.id, position=vacancy.position,
                  country=vacancy.destination_country, source=vacancy.source)
        uow.changed(AREA)
        return uow.result(_row(vacancy, _today(ctx)))


def _office_source(clean: dict[str, object]) -> None:
    if clean["source"] != "office":
        raise ValidationFailed({"source": FieldError("choice_invalid")})


def _load(uow, vacancy_id: str) -> Vacancy:  # type: ignore[no-untyped-def]
    """The vacancy to change; one received from the centre is refused (``vacancy_from_centre``)."""
    vacancy = uow.session.get(Vacancy, vacancy_id)
    if vacancy is None or vacancy.office_id != uow.ctx.office_id:
        raise NotFound(message="vacancy not found")
    if vacancy.central_id is not None:
        raise InvalidState("vacancy_from_centre", "this vacancy was received from the centre; only the centre's "
                           "next vacancy list changes it", central_id=vacancy.central_id)
    return vacancy


def update_vacancy(ctx: ServiceContext, actor: Actor, vacancy_id: str, expected_version: int,
                   data: VacancyInput) -> OpResult:
    """Save an edited vacancy. A change to a verified vacancy removes the verification (check it again).
    A vacancy received from the centre is refused (``vacancy_from_centre``)."""
    clean = validate_vacancy(data)
    _office_source(clean)
    with ctx.write(actor, "update_vacancy", roles=STAFF_AND_UP) as uow:
        vacancy = _load(uow, vacancy_id)
        if vacancy.status != "open":
            raise InvalidState("vacancy_not_open", f"the vacancy is {vacancy.status}", status=vacancy.status)
        changed = sorted(k for k, value in clean.items() if getattr(vacancy, k) != value)
        for key, value in clean.items():
            setattr(vacancy, key, value)
        unverified = bool(changed) and vacancy.verified
        if unverified:
            vacancy.verified, vacancy.verified_by, vacancy.verified_at = False, None, None
        uow.update(vacancy, expected_version)
        uow.audit(entity="vacancy", entity_id=vacancy.id, fields=changed, verification_removed=unverified)
        uow.changed(AREA)
        return uow.result(_row(vacancy, _today(ctx)))


_PROBLEM_FIELD = {"validity_expired": "valid_until", "validity_reversed": "valid_until",
                  "licence_missing": "p3mi_licence", "programme_missing": "programme",
                  "employer_missing": "employer_name"}


def verify_vacancy(ctx: ServiceContext, actor: Actor, vacancy_id: str, expected_version: int) -> OpResult:
    """Mark a vacancy as checked by a supervisor (only verified vacancies are offered to walk-ins). Refused (``ValidationFailed`` on the field at fault) when its validity
    has ended or nobody accountable is named; ``InvalidState`` when it is closed or withdrawn."""
    today = _today(ctx)
    with ctx.write(actor, "verify_vacancy", roles=SUPERVISORS) as uow:
        vacancy = _load(uow, vacancy_id)
        problems = verification_problems(_facts(vacancy), today)
        if "not_open" in problems:
            raise InvalidState("vacancy_not_open", f"the vacancy is {vacancy.status}", status=vacancy.status)
        if problems:
            raise ValidationFailed({_PROBLEM_FIELD[p]: FieldError(p) for p in problems})
        vacancy.verified, vacancy.verified_by, vacancy.verified_at = True, actor.staff_id or None, ctx.now()
        uow.update(vacancy, expected_version)
        uow.audit(entity="vacancy", entity_id=vacancy.id)
        uow.changed(AREA)
        return uow.result(_row(vacancy, today))


def set_vacancy_status(ctx: ServiceContext, actor: Actor, vacancy_id: str, expected_version: int, status: str,
                       reason: str) -> OpResult:
    """Close (filled, ended) or withdraw (not legitimate, entered in error) an open vacancy, with a reason."""
    errors: dict[str, FieldError] = {}
    if status not in CLOSING_STATUSES:
        errors["status"] = FieldError("choice_invalid")
    reason = _text(errors, "reason", reason, required=True, max_len=500)
    if errors:
        raise ValidationFailed(errors)
    with ctx.write(actor, f"{'close' if status == 'closed' else 'withdraw'}_vacancy", roles=STAFF_AND_UP) as uow:
        vacancy = _load(uow, vacancy_id)
        if vacancy.status != "open":
            raise InvalidState("vacancy_not_open", f"the vacancy is {vacancy.status}", status=vacancy.status)
        vacancy.status, vacancy.status_reason = status, reason
        uow.update(vacancy, expected_version)
        uow.audit(entity="vacancy", entity_id=vacancy.id, status=status, reason=reason)
        uow.changed(AREA)
        return uow.result(_row(vacancy, _today(ctx)))


# --- vacancies received from the centre ---------------------------------------------------------------------

@dataclass(frozen=True)
class CentralListInstalled:
    """What installing a vacancy list from the centre did."""

    version: int
    key_id: str
    issued_at: datetime
    added: int
    updated: int
    unchanged: int
    closed: int  # open here, no longer in the list: closed with a reason

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def central_list_state(ctx: ServiceContext) -> dict[str, Any]:
    """The installed vacancy list (version, key_id, issuer, issued_at, installed_at, counts), or {}."""
    with ctx.read() as session:
        row = session.get(OfficeSetting, CENTRAL_LIST_SETTING)
        return json.loads(row.value_json) if row else {}


def _central_values(cv: CentralVacancy) -> tuple[dict[str, object], dict[str, FieldError]]:
    """The column values of one centre vacancy, checked like a form (lengths, currency, ranges)."""
    try:
        # the job order's terms as the centre gave them, checked like the office's own form
        terms = {f.name: getattr(cv, f.name) for f in fields(VacancyTerms)}
        clean = validate_vacancy(VacancyInput(**terms, source="central"))
    except ValidationFailed as exc:
        return {}, exc.fields
    errors: dict[str, FieldError] = {}
    verified_by = _text(errors, "verified_by", cv.verified_by, max_len=200)
    status_reason = _text(errors, "status_reason", cv.status_reason, max_len=500)
    # the centre's own verification time, or none when it gave none (never a time made up here: it would change
    # with every list and rewrite the vacancy each time)
    verified_at = cv.verified_at.astimezone(UTC) if cv.verified and cv.verified_at else None
    clean.update(central_id=cv.id, verified=cv.verified, verified_by=None, verified_at=verified_at,
                 central_verified_by=verified_by if cv.verified else "", status=cv.status,
                 status_reason=status_reason)
    return clean, errors


def install_central_vacancies(ctx: ServiceContext, actor: Actor, data: bytes, *, list_version: int) -> OpResult:
    """Install a signed vacancy list from the centre (version ``list_version`` of the centre's sequence) in one
    transaction. Administrators (the sync round runs as the system).

    Refused, with nothing changed: a list not signed by one of the office's trusted issuer keys, of another kind
    or malformed (``BundleError``: unknown_key, bad_signature, bundle_tampered, wrong_kind, ...); a vacancy the
    office would refuse in its own form (``vacancy_list_invalid``); a list not issued after the one installed
    (``vacancy_list_not_newer``: the signed issue time decides, not the server's version number). Otherwise: each vacancy is added or updated by the
    centre's id (source ``central``, the centre's verification and status); a central vacancy still open here
    that the list no longer names is closed with a reason (never deleted). One audit entry carries the version
    and the counts. The value is a ``CentralListInstalled``.
    """
    with ctx.write(actor, "install_central_vacancies", roles=ADMINS) as uow:
        session = uow.session
        keys = {k.key_id: base64.b64decode(k.public_key) for k in session.execute(
            select(IssuerKey).where(IssuerKey.active.is_(True))).scalars()}
        vacancy_list, key_id = verify_vacancy_list(data, keys)
        row = session.get(OfficeSetting, CENTRAL_LIST_SETTING)
        installed = json.loads(row.value_json) if row else {}
        # newer is decided by the signed issue time; the centre's version number is outside the signature (a
        # restored or faulty server may number differently) and is kept only as a label and a download hint
        if installed.get("issued_at") and vacancy_list.issued_at <= datetime.fromisoformat(installed["issued_at"]):
            raise InvalidState("vacancy_list_not_newer", f"vacancy list version {installed.get('version')} "
                               f"(issued {installed.get('issued_at')}) is already installed",
                               installed=installed.get("version"), offered=list_version)
        values, problems = {}, []
        for cv in vacancy_list.vacancies:
            clean, errors = _central_values(cv)
            problems += [f"vacancy {cv.id}: {name}: {error.code}" for name, error in errors.items()]
            values[cv.id] = clean
        if problems:
            raise BundleError(problems, "vacancy_list_invalid")
        existing = {v.central_id: v for v in session.execute(select(Vacancy).where(
            Vacancy.office_id == ctx.office_id, Vacancy.central_id.is_not(None))).scalars() if v.central_id}
        added = updated = unchanged = closed = 0
        for central_id, clean in values.items():
            vacancy = existing.get(central_id)
            if vacancy is None:
                uow.add(Vacancy(**clean, central_list_version=list_version))
                added += 1
                continue
            if all(getattr(vacancy, k) == value for k, value in clean.items()):
                unchanged += 1
                continue
            for key, value in clean.items():
                setattr(vacancy, key, value)
            vacancy.central_list_version = list_version
            uow.update(vacancy)
            updated += 1
        reason = f"Tidak ada lagi dalam daftar lowongan dari pusat (versi {list_version})."
        for gone_id, vacancy in sorted(existing.items()):
            if gone_id not in values and vacancy.status == "open":
                vacancy.status, vacancy.status_reason = "closed", reason
                vacancy.central_list_version = list_version
                uow.update(vacancy)
                closed += 1
        result = CentralListInstalled(list_version, key_id, vacancy_list.issued_at, added, updated, unchanged,
                                      closed)
        state = {"version": list_version, "key_id": key_id, "issuer": vacancy_list.issuer,
                 "issued_at": vacancy_list.issued_at.isoformat(), "installed_at": uow.now.isoformat(),
                 "vacancies": result.total, "added": added, "updated": updated, "closed": closed}
        if row is None:
            row = OfficeSetting(key=CENTRAL_LIST_SETTING, value_json="{}", updated_at=uow.now)
            session.add(row)
        row.value_json, row.updated_at, row.updated_by = json.dumps(state), uow.now, actor.staff_id or None
        uow.audit(entity="vacancy_list", entity_id=str(list_version), key_id=key_id, issuer=vacancy_list.issuer,
                  issued_at=vacancy_list.issued_at.isoformat(), previous_version=installed.get("version"),
                  vacancies=result.total, added=added, updated=updated, unchanged=unchanged, closed=closed)
        uow.changed(AREA)
        log.info("vacancy list version %s from the centre installed: %s added, %s updated, %s closed",
                 list_version, added, updated, closed)
        return uow.result(result)


def get_vacancy(ctx: ServiceContext, vacancy_id: str) -> VacancyRow:
    with ctx.read() as session:
        v = session.get(Vacancy, vacancy_id)
        if v is None or v.office_id != ctx.office_id:
            raise NotFound(message="vacancy not found")
        return _row(v, _today(ctx))


def list_vacancies(ctx: ServiceContext, *, include_closed: bool = False) -> list[VacancyRow]:
    """Vacancies of this office: open ones first (then closed and withdrawn when asked), newest validity first."""
    today = _today(ctx)
    with ctx.read() as session:
        stmt = select(Vacancy).where(Vacancy.office_id == ctx.office_id)
        if not include_closed:
            stmt = stmt.where(Vacancy.status == "open")
        rows = session.execute(stmt).scalars().all()
        out = [_row(v, today) for v in rows]
    out.sort(key=lambda r: (r.status != "open", not r.open_now, r.data.destination_country, r.data.position, r.id))
    return out


def public_vacancies(ctx: ServiceContext) -> list[VacancyRow]:
    """What the public board and the printed list show: vacancies open today (verified, valid, accountable)."""
    return [r for r in list_vacancies(ctx) if r.open_now]


# --- matching ------------------------------------------------------------------------------------------------

def _open_facts(session, office_id: str, today: date) -> dict[str, Vacancy]:  # type: ignore[no-untyped-def]
    rows = session.execute(select(Vacancy).where(Vacancy.office_id == office_id, Vacancy.status == "open",
                                                 Vacancy.verified.is_(True), Vacancy.valid_from <= today,
                                                 Vacancy.valid_until >= today)).scalars().all()
    return {v.id: v for v in rows}


def match_for_applicant(ctx: ServiceContext, applicant_id: str, *, height_cm: int | None = None,
                        certificates: tuple[str, ...] | None = None) -> list[VacancyMatch]:
    """The vacancies open today ranked for the applicant, each with its requirements met and not met.

    ``height_cm`` and ``certificates`` are what the counsellor learned in the session (not kept on the
    applicant); without them those requirements stay ``unknown``.
    """
    today = _today(ctx)
    with ctx.read() as session:
        applicant = session.get(Applicant, applicant_id)
        if applicant is None or applicant.office_id != ctx.office_id:
            raise NotFound(message="applicant not found")
        profile = _profile(applicant, height_cm=height_cm, certificates=certificates)
        vacancies = _open_facts(session, ctx.office_id, today)
        results = rank_vacancies(profile, [_facts(v) for v in vacancies.values()], today)
        return [VacancyMatch(_row(vacancies[m.vacancy_id], today), m) for m in results]


def applicants_for_vacancy(ctx: ServiceContext, vacancy_id: str, *, limit: int = 100) -> list[CandidateRow]:
    """Registered applicants who fit the vacancy (no requirement not met), fewest unknowns first."""
    today = _today(ctx)
    with ctx.read() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is None or vacancy.office_id != ctx.office_id:
            raise NotFound(message="vacancy not found")
        applicants = {a.id: a for a in session.execute(
            select(Applicant).where(Applicant.office_id == ctx.office_id)).scalars()}
        fit = fitting_candidates(_facts(vacancy), [(a.id, _profile(a)) for a in applicants.values()], today)
        return [CandidateRow(key, applicants[key].full_name, mask_nik(applicants[key].nik),
                             age_on(applicants[key].birth_date, today), result) for key, result in fit[:limit]]


# --- counselling -----------------------------------------------------------------------------------------------

def _counselling_row(s: CounsellingSession) -> CounsellingRow:
    return CounsellingRow(s.id, s.number, s.applicant_id, s.staff_id, s.held_day, s.interests, s.advice,
                          tuple(json.loads(s.vacancy_ids)), s.next_step, s.referral_vacancy_id)


def record_counselling(ctx: ServiceContext, actor: Actor, applicant_id: str, *, interests: str, advice: str,
                       next_step: str, vacancy_ids: tuple[str, ...] = (),
                       referral_vacancy_id: str | None = None) -> OpResult:
    """Record one counselling session. A referral is only to a vacancy open today (verified and valid)."""
    errors: dict[str, FieldError] = {}
    interests = _text(errors, "interests", interests, max_len=2000)
    advice = _text(errors, "advice", advice, required=True, max_len=4000)
    next_step = _text(errors, "next_step", next_step, required=True, max_len=500)
    if errors:
        raise ValidationFailed(errors)
    today = _today(ctx)
    discussed = list(dict.fromkeys([*vacancy_ids, *([referral_vacancy_id] if referral_vacancy_id else [])]))
    with ctx.write(actor, "record_counselling", roles=STAFF_AND_UP) as uow:
        applicant = uow.session.get(Applicant, applicant_id)
        if applicant is None or applicant.office_id != ctx.office_id:
            raise NotFound(message="applicant not found")
        known = {v.id: v for v in uow.session.execute(select(Vacancy).where(
            Vacancy.office_id == ctx.office_id, Vacancy.id.in_(discussed))).scalars()} if discussed else {}
        if any(v not in known for v in discussed):
            raise ValidationFailed({"vacancy_ids": FieldError("not_found")})
        if referral_vacancy_id and not is_open(_facts(known[referral_vacancy_id]), today):
            raise ValidationFailed({"referral_vacancy_id": FieldError("vacancy_not_open")})
        seq = next_in_series(uow.session, f"counselling:{ctx.office_id}:{today.year}")
        record = uow.add(CounsellingSession(
            number=f"{ctx.office_code}-BK-{today.year}-{seq:05d}", applicant_id=applicant_id,
            staff_id=actor.staff_id, held_at=ctx.now(), held_day=today, interests=interests, advice=advice,
            vacancy_ids=json.dumps(discussed), next_step=next_step, referral_vacancy_id=referral_vacancy_id))
        uow.audit(entity="counselling_session", entity_id=record.id, number=record.number,
                  applicant_id=applicant_id, referral=referral_vacancy_id)
        uow.changed(AREA)
        return uow.result(_counselling_row(record))


def list_counselling(ctx: ServiceContext, applicant_id: str) -> list[CounsellingRow]:
    with ctx.read() as session:
        rows = session.execute(select(CounsellingSession).where(
            CounsellingSession.office_id == ctx.office_id, CounsellingSession.applicant_id == applicant_id)
            .order_by(CounsellingSession.held_at.desc())).scalars().all()
        return [_counselling_row(s) for s in rows]


# --- documents -------------------------------------------------------------------------------------------------

def route_services(scheme: str) -> tuple[str, ...]:
    """The document services on the legal route of ``scheme``."""
    return ROUTE_COMMON + ROUTE_EXTRA.get(scheme, ())


def referral_slip_doc(ctx: ServiceContext, session_id: str, *, officer: str = ""):  # type: ignore[no-untyped-def]
    """The referral slip of a counselling session as plain data: the vacancy, the legal route, the fees of the
    schedule in force (who pays what for this vacancy's scheme and job) and the warning signs."""
    from ltsa_desktop.printing.referral_slip import FeeRow, ReferralSlipDoc, RouteStep
    from ltsa_desktop.services import catalog
    from ltsa_desktop.services.office import office_info

    today = _today(ctx)
    with ctx.read() as session:
        record = session.get(CounsellingSession, session_id)
        if record is None or record.office_id != ctx.office_id:
            raise NotFound(message="counselling session not found")
        if not record.referral_vacancy_id:
            raise InvalidState("no_referral", "this session referred to no vacancy")
        applicant = session.get(Applicant, record.applicant_id)
        vacancy = session.get(Vacancy, record.referral_vacancy_id)
        assert applicant is not None and vacancy is not None
        row = _row(vacancy, today)
        first_time = applicant.first_time_cpmi
    cat = catalog.current_catalog(ctx)
    known = {s.code: s for s in cat.services}
    codes = [c for c in route_services(row.data.scheme) if c in known]
    if not first_time and "IMI-01" in codes:
        codes[codes.index("IMI-01")] = "IMI-02"
    codes = [c for c in codes if c in known]
    profile = ApplicantProfile(scheme=row.data.scheme, job=row.data.exempt_job, first_time_cpmi=first_time)
    quote = catalog.quote(ctx, profile, codes)
    fee_rows = tuple(FeeRow(ln.service_code, ln.label_id, ln.amount, ln.payer.value, ln.exempt_moved,
                            ln.unverified, ln.legal_basis) for ln in quote.lines)
    scheme_names = {s.code: s.name_id for s in cat.schemes}
    steps = tuple(RouteStep(c, known[c].name_id, known[c].desk) for c in codes)
    info = office_info(ctx)
    d = row.data
    return ReferralSlipDoc(
        number=record.number, office_name=info.name, office_address=info.address,
        issued_at=record.held_at, tz_name=ctx.tz_name, applicant_name=applicant.full_name,
        nik_masked=mask_nik(applicant.nik), position=d.position, destination_country=d.destination_country,
        scheme=d.scheme, scheme_name=scheme_names.get(d.scheme, d.scheme), accountable=row.accountable,
        salary=f"{d.salary_amount:,} {d.salary_currency}".replace(",", ".") if d.salary_amount else "—",
        contract_months=d.contract_months, valid_until=row.valid_until, exempt_job=d.exempt_job,
        verified=row.shown_verified, route=steps, fees=fee_rows, schedule_version=quote.schedule_version,
        worker_total=quote.total_for(Payer.APPLICANT), employer_total=quote.total_for(Payer.EMPLOYER),
        next_step=record.next_step, officer=officer)


def referral_slip_pdf(ctx: ServiceContext, session_id: str, *, officer: str = "") -> bytes:
    from ltsa_desktop.printing.referral_slip import render_referral_slip

    return render_referral_slip(referral_slip_doc(ctx, session_id, officer=officer))


def vacancy_list_pdf(ctx: ServiceContext) -> bytes:
    """The A4 list of vacancies open today (no personal data)."""
    from ltsa_desktop.domain.formatting import format_date, format_datetime_local
    from ltsa_desktop.printing.vacancy_list import VacancyLine, VacancyListDoc, render_vacancy_list
    from ltsa_desktop.services.office import office_info

    lines = tuple(VacancyLine(r.data.destination_country, r.data.position, r.data.scheme, r.accountable,
                              r.data.quota, r.data.salary_amount, r.data.salary_currency, r.data.contract_months,
                              format_date(r.valid_until), requirement_summary(r.data),
                              r.data.exempt_job is not None) for r in public_vacancies(ctx))
    return render_vacancy_list(VacancyListDoc(office_info(ctx).name, format_datetime_local(ctx.now(), ctx.tz_name),
                                              lines))


def requirement_summary(d: VacancyInput, lang: str = "id") -> str:
    """The requirements in one short line, e.g. ``usia 21–40 · perempuan · min. SMP · tinggi ≥ 155 cm``."""
    parts = []
    if d.min_age is not None or d.max_age is not None:
        word = "usia" if lang == "id" else "age"
        parts.append(f"{word} {d.min_age if d.min_age is not None else ''}–{d.max_age if d.max_age is not None else ''}")
    if d.sex:
        parts.append({"M": ("laki-laki", "men"), "F": ("perempuan", "women")}[d.sex][lang != "id"])
    if d.min_education:
        parts.append(f"min. {d.min_education.replace('_', '/').upper()}")
    if d.min_height_cm:
        parts.append(("tinggi" if lang == "id" else "height") + f" ≥ {d.min_height_cm} cm")
    parts += list(d.certificates)
    if d.health:
        parts.append(d.health)
    return " · ".join(parts) or "—"


# --- demo ------------------------------------------------------------------------------------------------------

_DEMO = (
    ("Taiwan", "Pengasuh lansia (caregiver)", "p_to_p", "pengasuh_lansia", 21, 40, "F", "smp", (), "", 150,
     20_000, "TWD", "PT Mitra Karya Sejahtera", "KEP.123/PPTKIS/2024"),
    ("Hong Kong", "Pengurus rumah tangga", "p_to_p", "pengurus_rumah_tangga", 23, 45, "F", "sd", (), "", None,
     4_990, "HKD", "PT Bina Insan Mandiri", "KEP.77/P3MI/2023"),
    ("Taiwan", "Operator mesin pabrik (SP2T)", "sp2t", None, 20, 35, "M", "smk", (), "tidak buta warna", 160,
     27_470, "TWD", "", ""),
    ("Jepang", "Perawat lansia (Specified Skilled Worker)", "p_to_p", None, 20, 35, "", "sma",
     ("JLPT N4", "SSW Kaigo"), "", None, 180_000, "JPY", "PT Nusantara Jepang Karya", "KEP.12/P3MI/2025"),
    ("Malaysia", "Pekerja ladang sawit", "p_to_p", "pekerja_ladang_perkebunan", 21, 45, "M", "sd", (), "", None,
     1_700, "MYR", "PT Sawit Jaya Penempatan", ""),
)


def seed_demo_data(ctx: ServiceContext, admin: Actor) -> None:
    """Demo: a handful of vacancies (one without a licence number, so it stays unverified) and counselling."""
    with ctx.read() as session:
        if session.execute(select(Vacancy.id).limit(1)).first() is not None:
            return
        applicant = session.execute(select(Applicant).where(Applicant.office_id == ctx.office_id)
                                    .order_by(Applicant.created_at)).scalars().first()
        applicant_id = applicant.id if applicant else None
    today = _today(ctx)
    for (country, position, scheme, job, lo, hi, sex, edu, certs, health, height, salary, currency, p3mi,
         licence) in _DEMO:
        programme = {"g_to_g": "G to G Korea (EPS)", "sp2t": "SP2T Taiwan"}.get(scheme, "")
        row = create_vacancy(ctx, admin, VacancyInput(
            destination_country=country, position=position, scheme=scheme, valid_from=today - timedelta(days=10),
            valid_until=today + timedelta(days=80), p3mi_name=p3mi, p3mi_licence=licence, programme=programme,
            exempt_job=job, min_age=lo, max_age=hi, sex=sex, min_education=edu, certificates=certs, health=health,
            min_height_cm=height, quota=10, salary_amount=salary, salary_currency=currency,
            contract_months=24 if scheme != "g_to_g" else 36,
            source="office")).value
        if not verification_problems(VacancyFacts(row.id, country, position, scheme, Requirements(),
                                                  row.data.valid_from, row.data.valid_until, True, licence,
                                                  programme, "", "open"), today):
            verify_vacancy(ctx, admin, row.id, row.version)
    _seed_demo_central_list(ctx, admin, today)
    if applicant_id:
        matches = match_for_applicant(ctx, applicant_id)
        if matches:
            record_counselling(ctx, admin, applicant_id, interests="Bekerja di Asia Timur, sektor perawatan.",
                               advice="Ikuti jalur resmi; tidak ada biaya penempatan untuk jabatan yang dibebaskan.",
                               next_step="Daftar di loket Disnaker (NAK-01) dengan KTP-el dan KK.",
                               vacancy_ids=tuple(m.vacancy.id for m in matches[:3]),
                               referral_vacancy_id=matches[0].vacancy.id)


def _seed_demo_central_list(ctx: ServiceContext, admin: Actor, today: date) -> None:
    """Demo: G to G vacancies as the centre's list brings them in a sync round, signed with the demo issuer key
    (which the demo catalog step trusts)."""
    from ltsa_desktop.services.catalog import demo_keys, trusted_keys

    key_id, private, _public = demo_keys()
    if key_id not in trusted_keys(ctx):  # the demo catalog step did not run: the office trusts no demo issuer
        return
    common = {"scheme": "g_to_g", "valid_from": today - timedelta(days=10), "valid_until": today + timedelta(days=80),
              "quota": 50, "verified": True, "verified_by": "Direktorat Penempatan (demo)", "verified_at": ctx.now()}
    vacancies = (
        CentralVacancy(id="DEMO-GTG-KR-01", destination_country="Korea Selatan",
                       position="Operator pabrik manufaktur (G to G EPS)", programme="G to G Korea (EPS)",
                       min_age=18, max_age=39, min_education="sma", certificates=("EPS-TOPIK",),
                       health="tidak buta warna", salary_amount=2_060_740, salary_currency="KRW", contract_months=36,
                       **common),  # type: ignore[arg-type]
        CentralVacancy(id="DEMO-GTG-JP-01", destination_country="Jepang", position="Perawat (kangoshi) IJEPA",
                       programme="G to G Jepang (IJEPA)", min_age=20, max_age=35, min_education="d1_d3",
                       certificates=("STR perawat",), salary_amount=200_000, salary_currency="JPY",
                       contract_months=36, **common),  # type: ignore[arg-type]
    )
    data = sign_vacancy_list(VacancyList("Pusat (demo)", ctx.now(), vacancies), private, key_id)
    install_central_vacancies(ctx, admin, data, list_version=1)
