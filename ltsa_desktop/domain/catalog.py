"""The service catalog and the versioned fee schedule (DOMAIN.md §1, §2, §4, §7). Pure values and checks.

A fee schedule version is never edited: a newer version supersedes it from its ``effective_from``. The
schedule in force on a day is exactly one version. Every line names its legal basis and a confidence tag; a
line tagged U (unverified) is shown as "tarif belum terverifikasi", never as fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ltsa_desktop.domain.errors import LtsaError


class Payer(StrEnum):
    APPLICANT = "applicant"
    EMPLOYER = "employer"
    GOVERNMENT = "government"
    FREE = "free"


class Confidence(StrEnum):
    R = "R"  # regulation text seen
    S = "S"  # secondary source
    U = "U"  # unverified: never presented as authoritative


class Scheme(StrEnum):
    P_TO_P = "p_to_p"
    G_TO_G = "g_to_g"
    PERSEORANGAN = "perseorangan"
    SP2T = "sp2t"


class ExemptJob(StrEnum):
    """The ten jobs whose placement costs the worker may not be charged (Peraturan BP2MI 9/2020)."""

    PENGURUS_RUMAH_TANGGA = "pengurus_rumah_tangga"
    PENGASUH_BAYI = "pengasuh_bayi"
    PENGASUH_LANSIA = "pengasuh_lansia"
    JURU_MASAK = "juru_masak"
    SOPIR_KELUARGA = "sopir_keluarga"
    PERAWAT_TAMAN = "perawat_taman"
    PENGASUH_ANAK = "pengasuh_anak"
    PETUGAS_KEBERSIHAN = "petugas_kebersihan"
    PEKERJA_LADANG_PERKEBUNAN = "pekerja_ladang_perkebunan"
    AWAK_KAPAL_PERIKANAN_MIGRAN = "awak_kapal_perikanan_migran"


UNVERIFIED_LABEL = "tarif belum terverifikasi"


class CatalogError(LtsaError):
    """A catalog or schedule that may not be used; ``problems`` lists each line and its reason."""

    code = "catalog_invalid"

    def __init__(self, problems: list[str], code: str | None = None) -> None:
        self.problems = problems
        super().__init__(code, "; ".join(problems[:5]), problems=problems)


@dataclass(frozen=True)
class Requirement:
    code: str
    label_id: str
    label_en: str
    mandatory: bool = True
    schemes: frozenset[str] = frozenset()  # empty: every scheme
    note: str = ""

    def applies_to(self, scheme: str | None) -> bool:
        return not self.schemes or scheme is None or scheme in self.schemes


@dataclass(frozen=True)
class ProcedureStep:
    name_id: str
    name_en: str
    days: int  # working days


@dataclass(frozen=True)
class Service:
    """A service and its standard (maklumat): the service-standard components of UU 25/2009 Ps 21."""

    code: str
    name_id: str
    name_en: str
    desk: str
    agency: str
    product: str
    time_standard: str
    legal_basis: str
    complaint_channel: str
    is_placement_service: bool
    requirements: tuple[Requirement, ...] = ()
    procedure: tuple[ProcedureStep, ...] = ()


@dataclass(frozen=True)
class FeeLine:
    line_code: str
    service_code: str
    label_id: str
    label_en: str
    amount: int
    payer: Payer
    legal_basis: str
    confidence: Confidence
    source: str = ""
    payer_if_exempt_job: Payer | None = None
    first_time_cpmi_only: bool = False
    not_first_time_only: bool = False
    schemes: frozenset[str] = frozenset()
    optional: bool = False  # an alternative or add-on the applicant chooses (e.g. e-passport 10 years)
    note: str = ""

    @property
    def unverified(self) -> bool:
        return self.confidence is Confidence.U


@dataclass(frozen=True)
class FeeScheduleVersion:
    version: str
    effective_from: date
    effective_to: date | None
    lines: tuple[FeeLine, ...]
    note: str = ""

    def in_force_on(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def lines_for(self, service_code: str) -> tuple[FeeLine, ...]:
        return tuple(line for line in self.lines if line.service_code == service_code)


@dataclass(frozen=True)
class SchemeInfo:
    code: str
    name_id: str
    name_en: str


@dataclass(frozen=True)
class Catalog:
    services: tuple[Service, ...]
    schedules: tuple[FeeScheduleVersion, ...]
    schemes: tuple[SchemeInfo, ...] = ()
    issuer: str = ""

    def service(self, code: str) -> Service:
        for s in self.services:
            if s.code == code:
                return s
        raise KeyError(code)

    def schedule_in_force(self, day: date) -> FeeScheduleVersion:
        """The one schedule version in force on ``day`` (CatalogError if none, or if versions overlap)."""
        matches = [s for s in self.schedules if s.in_force_on(day)]
        if not matches:
            raise CatalogError([f"no fee schedule in force on {day.isoformat()}"], "no_schedule")
        if len(matches) > 1:
            raise CatalogError([f"schedules {', '.join(m.version for m in matches)} overlap on {day}"],
                               "schedules_overlap")
        return matches[0]

    @property
    def label(self) -> str:
        return max(self.schedules, key=lambda s: s.effective_from).version if self.schedules else ""

    def validate(self) -> list[str]:
        """Every problem, each naming its line or service and the reason (empty when usable)."""
        problems: list[str] = []
        codes = [s.code for s in self.services]
        for code in {c for c in codes if codes.count(c) > 1}:
            problems.append(f"service {code}: defined twice")
        for s in self.services:
            if not s.code or not s.name_id or not s.legal_basis:
                problems.append(f"service {s.code or '?'}: code, Indonesian name and legal basis are required")
            for step in s.procedure:
                if isinstance(step.days, bool) or not isinstance(step.days, int) or step.days < 0:
                    problems.append(f"service {s.code}: step {step.name_id!r} has an invalid time standard")
        known = set(codes)
        ordered = sorted(self.schedules, key=lambda v: v.effective_from)
        versions = [v.version for v in ordered]
        for v in {x for x in versions if versions.count(x) > 1}:
            problems.append(f"schedule {v}: version defined twice")
        for a, b in zip(ordered, ordered[1:], strict=False):
            if a.effective_to is None or a.effective_to >= b.effective_from:
                problems.append(f"schedule {a.version} overlaps {b.version} (effective dates)")
        for version in ordered:
            if version.effective_to is not None and version.effective_to < version.effective_from:
                problems.append(f"schedule {version.version}: effective_to before effective_from")
            line_codes = [ln.line_code for ln in version.lines]
            for c in {x for x in line_codes if line_codes.count(x) > 1}:
                problems.append(f"schedule {version.version} line {c}: line code used twice")
            for line in version.lines:
                where = f"schedule {version.version} line {line.line_code}"
                if isinstance(line.amount, bool) or not isinstance(line.amount, int):
                    problems.append(f"{where}: amount must be a whole number of rupiah")
                elif line.amount < 0:
                    problems.append(f"{where}: negative amount")
                if not isinstance(line.payer, Payer):
                    problems.append(f"{where}: unknown payer {line.payer!r}")
                if not str(line.legal_basis).strip():
                    problems.append(f"{where}: no legal basis")
                if line.service_code not in known:
                    problems.append(f"{where}: unknown service {line.service_code}")
                if line.payer is Payer.FREE and line.amount != 0:
                    problems.append(f"{where}: a free line must be Rp0")
        return problems

    def check(self) -> Catalog:
        problems = self.validate()
        if problems:
            raise CatalogError(problems)
        return self
