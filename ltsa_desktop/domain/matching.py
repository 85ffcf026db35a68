"""Job matching: an applicant's profile against the requirements of vacancies (job orders). Pure.

A vacancy is *open* on a day when its status is ``open``, the day lies in its validity dates and it is shown as
verified. It is *shown as verified* only when staff verified it, its validity has not ended, and it names who is
accountable for it: the P3MI licence number for a placement through an agency (``p_to_p``), the programme for
SP2T and G to G, the employer for an independent placement. Anything else is never offered to an applicant.

Every requirement gives one ``Check``: ``met``, ``not_met`` or ``unknown`` (the profile does not say, e.g. no
height was measured). A vacancy *fits* when no check is ``not_met``. Ranking puts fitting vacancies first, then
fewer unknowns, then the applicant's wished country and position, then the higher salary; ties break on the
vacancy id, so the order never depends on the order of the input.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ltsa_desktop.domain.errors import FieldError

EDUCATION_LEVELS: dict[str, int] = {"tidak_sekolah": 0, "sd": 1, "smp": 2, "sma": 3, "smk": 3, "d1_d3": 4,
                                    "s1": 5, "s2_s3": 6}
SCHEMES = ("p_to_p", "g_to_g", "sp2t", "perseorangan")
SOURCES = ("office", "central")
STATUSES = ("open", "closed", "withdrawn")
MIN_WORKING_AGE = 18  # UU 18/2017 Pasal 5: a PMI is at least 18 years old
MAX_AGE = 70


class Check(NamedTuple):
    """One requirement against one profile. ``code``: age, sex, education, certificate, height, health.
    ``state``: met | not_met | unknown. ``required`` / ``actual`` are the values to spell out (or "")."""

    code: str
    state: str
    required: str = ""
    actual: str = ""


@dataclass(frozen=True, kw_only=True)
class VacancyTerms:
    """What a job order says: the fields the office's vacancy form and the centre's vacancy list share."""

    destination_country: str
    position: str
    scheme: str
    valid_from: date | None
    valid_until: date | None
    employer_name: str = ""
    p3mi_name: str = ""
    p3mi_licence: str = ""
    programme: str = ""
    exempt_job: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    sex: str = ""
    min_education: str = ""
    certificates: tuple[str, ...] = ()
    health: str = ""
    min_height_cm: int | None = None
    quota: int = 1
    salary_amount: int = 0
    salary_currency: str = ""
    contract_months: int = 24
    notes: str = ""


@dataclass(frozen=True)
class Requirements:
    min_age: int | None = None
    max_age: int | None = None
    sex: str = ""  # "" any, "M", "F"
    min_education: str = ""
    certificates: tuple[str, ...] = ()
    health: str = ""  # free text (e.g. "tidak buta warna"): always checked by the medical, never matched here
    min_height_cm: int | None = None


@dataclass(frozen=True)
class VacancyFacts:
    """What matching needs of one vacancy."""

    id: str
    destination_country: str
    position: str
    scheme: str
    requirements: Requirements
    valid_from: date
    valid_until: date
    verified: bool
    p3mi_licence: str = ""
    programme: str = ""
    employer_name: str = ""
    status: str = "open"
    salary_amount: int = 0
    exempt_job: str | None = None


@dataclass(frozen=True)
class CandidateProfile:
    """An applicant as matching sees it. ``None`` / "" means not known (gives ``unknown``, never ``not_met``)."""

    birth_date: date | None
    sex: str = ""
    education: str = ""
    certificates: frozenset[str] | None = None
    height_cm: int | None = None
    destination_country: str = ""
    job_position: str = ""


@dataclass(frozen=True)
class MatchResult:
    vacancy_id: str
    checks: tuple[Check, ...]
    wished: int = 0  # 2: country and position as wished, 1: one of them, 0: neither
    salary_amount: int = 0

    @property
    def met(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.state == "met")

    @property
    def not_met(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.state == "not_met")

    @property
    def unknown(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.state == "unknown")

    @property
    def fits(self) -> bool:
        return all(c.state != "not_met" for c in self.checks)


def age_on(birth_date: date, day: date) -> int:
    """Full years of age on ``day``."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def normalise_certificates(values: Iterable[str]) -> tuple[str, ...]:
    """Certificate names trimmed, case-folded for comparison, without duplicates, sorted."""
    return tuple(sorted({_fold(v) for v in values if v.strip()}))


# --- the vacancy itself -------------------------------------------------------------------------------------

def verification_problems(v: VacancyFacts, on: date) -> tuple[str, ...]:
    """Why the vacancy cannot be verified (or shown as verified) on ``on``; empty when it can."""
    problems = []
    if v.valid_until < on:
        problems.append("validity_expired")
    if v.valid_until < v.valid_from:
        problems.append("validity_reversed")
    if v.scheme == "p_to_p" and not v.p3mi_licence.strip():
        problems.append("licence_missing")
    if v.scheme in ("g_to_g", "sp2t") and not v.programme.strip():
        problems.append("programme_missing")
    if v.scheme == "perseorangan" and not v.employer_name.strip():
        problems.append("employer_missing")
    if v.status != "open":
        problems.append("not_open")
    return tuple(problems)


def shown_verified(v: VacancyFacts, on: date) -> bool:
    """The verified mark a vacancy carries on ``on``: staff verified it and nothing speaks against it now."""
    return v.verified and not verification_problems(v, on)


def is_open(v: VacancyFacts, on: date) -> bool:
    """Offered to applicants on ``on``: open, within its validity, and shown as verified."""
    return v.verified and v.status == "open" and v.valid_from <= on <= v.valid_until and not verification_problems(
        v, on)


def requirement_errors(r: Requirements) -> dict[str, FieldError]:
    """Impossible or out-of-range requirements, by form field name."""
    errors: dict[str, FieldError] = {}
    for name in ("min_age", "max_age"):
        value = getattr(r, name)
        if value is not None and not MIN_WORKING_AGE <= value <= MAX_AGE:
            errors[name] = FieldError("out_of_range", {"min": MIN_WORKING_AGE, "max": MAX_AGE})
    if r.min_age is not None and r.max_age is not None and r.min_age > r.max_age and "min_age" not in errors:
        errors["min_age"] = FieldError("min_above_max", {"min": r.min_age, "max": r.max_age})
    if r.sex not in ("", "M", "F"):
        errors["sex"] = FieldError("choice_invalid")
    if r.min_education and r.min_education not in EDUCATION_LEVELS:
        errors["min_education"] = FieldError("choice_invalid")
    if r.min_height_cm is not None and not 100 <= r.min_height_cm <= 220:
        errors["min_height_cm"] = FieldError("out_of_range", {"min": 100, "max": 220})
    return errors


# --- matching ------------------------------------------------------------------------------------------------

def check_vacancy(p: CandidateProfile, v: VacancyFacts, on: date) -> MatchResult:
    """Each requirement of ``v`` against ``p`` on day ``on``."""
    return _check(_prepare(p, on), v)


class _Prepared(NamedTuple):
    """What every check of one profile on one day needs, computed once."""

    profile: CandidateProfile
    age: int | None
    country: str
    position: str


def _prepare(p: CandidateProfile, on: date) -> _Prepared:
    return _Prepared(p, age_on(p.birth_date, on) if p.birth_date is not None else None,
                     _fold(p.destination_country), _fold(p.job_position))


def _check(prep: _Prepared, v: VacancyFacts) -> MatchResult:
    p, age = prep.profile, prep.age
    r = v.requirements
    checks: list[Check] = []
    if r.min_age is not None or r.max_age is not None:
        wanted = f"{r.min_age if r.min_age is not None else ''}–{r.max_age if r.max_age is not None else ''}"
        if age is None:
            checks.append(Check("age", "unknown", wanted))
        else:
            ok = (r.min_age is None or age >= r.min_age) and (r.max_age is None or age <= r.max_age)
            checks.append(Check("age", "met" if ok else "not_met", wanted, str(age)))
    if r.sex:
        checks.append(Check("sex", ("met" if p.sex == r.sex else "not_met") if p.sex else "unknown", r.sex, p.sex))
    if r.min_education:
        level = EDUCATION_LEVELS.get(p.education)
        state = "unknown" if level is None else "met" if level >= EDUCATION_LEVELS[r.min_education] else "not_met"
        checks.append(Check("education", state, r.min_education, p.education))
    for cert in r.certificates:
        if p.certificates is None:
            checks.append(Check("certificate", "unknown", cert))
        else:
            held = _fold(cert) in p.certificates
            checks.append(Check("certificate", "met" if held else "not_met", cert, cert if held else ""))
    if r.min_height_cm is not None:
        if p.height_cm is None:
            checks.append(Check("height", "unknown", str(r.min_height_cm)))
        else:
            checks.append(Check("height", "met" if p.height_cm >= r.min_height_cm else "not_met",
                                str(r.min_height_cm), str(p.height_cm)))
    if r.health:
        checks.append(Check("health", "unknown", r.health))
    wished = (bool(prep.country) and prep.country == _fold(v.destination_country)) + (
        bool(prep.position) and prep.position in _fold(v.position))
    return MatchResult(v.id, tuple(checks), int(wished), v.salary_amount)


def _rank_key(m: MatchResult) -> tuple[bool, int, int, int, int, str]:
    not_met = unknown = 0
    for c in m.checks:
        if c.state == "not_met":
            not_met += 1
        elif c.state == "unknown":
            unknown += 1
    return (not_met > 0, not_met, unknown, -m.wished, -m.salary_amount, m.vacancy_id)


def rank_vacancies(p: CandidateProfile, vacancies: Sequence[VacancyFacts], on: date) -> list[MatchResult]:
    """Every vacancy open on ``on``, best first (fitting before not fitting; see the module text)."""
    prep = _prepare(p, on)
    results = [_check(prep, v) for v in vacancies if is_open(v, on)]
    results.sort(key=_rank_key)
    return results


def fitting_candidates(v: VacancyFacts, profiles: Sequence[tuple[str, CandidateProfile]], on: date
                       ) -> list[tuple[str, MatchResult]]:
    """The profiles (key, profile) that fit ``v``: nothing not met; fewer unknowns first, then by key."""
    out = [(key, _check(_prepare(p, on), v)) for key, p in profiles]
    fit = [(key, m) for key, m in out if m.fits]
    fit.sort(key=lambda km: (len(km[1].unknown), -km[1].wished, km[0]))
    return fit
