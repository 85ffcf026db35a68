"""The service catalog and the versioned fee schedule (DOMAIN.md §1, §2, §4, §7). Pure values and checks.

A fee schedule version is never edited: a newer version supersedes it from its ``effective_from``. The
schedule in force on a day is exactly one version. Every line names its legal basis and a confidence tag; a
line tagged U (unverified) is shown as "tarif belum terverifikasi", never as fact. Money is an ``int`` of
rupiah everywhere; a float or a bool is refused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property

from ltsa_desktop.domain.errors import LtsaError


class Payer(StrEnum):
    """Who bears a fee line. ``government`` means the state or the pemda (waived PNBP or regional budget)."""

    APPLICANT = "applicant"
    EMPLOYER = "employer"
    GOVERNMENT = "government"
    FREE = "free"


class Confidence(StrEnum):
    """How a fact was established (DOMAIN.md preamble)."""

    R = "R"  # regulation text seen
    S = "S"  # secondary source
    U = "U"  # unverified: never presented as authoritative


class Scheme(StrEnum):
    """Placement schemes (skema penempatan)."""

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

# The 14 components of a service standard (UU 25/2009 Ps 21; PermenPANRB 15/2014), in the published order:
# (key, Indonesian name, English name, the Service attribute holding it). The fee component has no attribute:
# it is the fee schedule in force.
STANDARD_COMPONENTS: tuple[tuple[str, str, str, str | None], ...] = (
    ("persyaratan", "Persyaratan", "Requirements", "requirements"),
    ("prosedur", "Sistem, mekanisme dan prosedur", "System, mechanism and procedure", "procedure"),
    ("jangka_waktu", "Jangka waktu pelayanan", "Time standard", "time_standard"),
    ("biaya", "Biaya/tarif", "Fees", None),
    ("produk", "Produk pelayanan", "Service product", "product"),
    ("pengaduan", "Penanganan pengaduan, saran dan masukan", "Complaints and suggestions", "complaint_channel"),
    ("dasar_hukum", "Dasar hukum", "Legal basis", "legal_basis"),
    ("sarana", "Sarana, prasarana dan/atau fasilitas", "Facilities (incl. for vulnerable groups)", "facilities"),
    ("kompetensi", "Kompetensi pelaksana", "Staff competence", "staff_competence"),
    ("pengawasan", "Pengawasan internal", "Internal supervision", "internal_supervision"),
    ("jumlah_pelaksana", "Jumlah pelaksana", "Number of staff", "staff_count"),
    ("jaminan_pelayanan", "Jaminan pelayanan", "Service guarantee", "service_guarantee"),
    ("jaminan_keamanan", "Jaminan keamanan dan keselamatan pelayanan", "Security and safety guarantee",
     "security_guarantee"),
    ("evaluasi", "Evaluasi kinerja pelaksana", "Performance evaluation", "performance_evaluation"),
)


class CatalogError(LtsaError):
    """A catalog or schedule that may not be used; ``problems`` lists each line or service and its reason."""

    code = "catalog_invalid"

    def __init__(self, problems: list[str], code: str | None = None) -> None:
        self.problems = list(problems)
        super().__init__(code, "; ".join(self.problems[:5]), problems=self.problems)


@dataclass(frozen=True)
class Requirement:
    """One document of a service's checklist. ``schemes`` empty: the requirement applies to every scheme."""

    code: str
    label_id: str
    label_en: str
    mandatory: bool = True
    schemes: frozenset[Scheme] = frozenset()
    note: str = ""

    def applies_to(self, scheme: str | None) -> bool:
        """True for every scheme when unrestricted, and when the scheme is not known yet (checklists widen)."""
        return not self.schemes or scheme is None or scheme in self.schemes


@dataclass(frozen=True)
class ProcedureStep:
    """A step of the procedure; ``days`` is its time standard in working days (0: the same day)."""

    name_id: str
    name_en: str
    days: int
    note: str = ""


@dataclass(frozen=True)
class Service:
    """A service and its standard (maklumat): the components of UU 25/2009 Ps 21, see STANDARD_COMPONENTS.

    ``is_placement_service``: the applicant must be at least 18 (UU 18/2017 Ps 5). Services sharing a non-empty
    ``alternative_group`` are alternatives (one passport: IMI-01, IMI-02 or IMI-03); a quote names a clash.
    The manufacturing components (facilities … performance_evaluation) are optional: empty means "not set".
    """

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
    alternative_group: str = ""
    facilities: str = ""
    staff_competence: str = ""
    internal_supervision: str = ""
    staff_count: str = ""
    service_guarantee: str = ""
    security_guarantee: str = ""
    performance_evaluation: str = ""

    @property
    def procedure_days(self) -> int:
        """The procedure's total time standard in working days."""
        return sum(step.days for step in self.procedure)

    def missing_components(self) -> tuple[str, ...]:
        """Keys of the standard components this service does not state (the fee component is never missing)."""
        return tuple(key for key, _id, _en, attr in STANDARD_COMPONENTS
                     if attr is not None and not getattr(self, attr))


@dataclass(frozen=True)
class FeeLine:
    """One charge of a service in one schedule version. ``amount`` is whole rupiah (per unit when ``unit``).

    Conditions: ``first_time_cpmi_only`` / ``not_first_time_only`` and ``schemes`` (empty: every scheme).
    ``payer_if_exempt_job``: the payer when the applicant's job is one of the ten of Peraturan BP2MI 9/2020
    (None: the line is not an exemptable placement cost). ``optional`` lines are included only when chosen;
    optional lines sharing a ``choice_group`` are alternatives of which exactly one is chosen (contract length,
    passport validity). A line with a ``unit`` is charged per unit, with a quantity given when chosen.
    """

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
    schemes: frozenset[Scheme] = frozenset()
    optional: bool = False
    note: str = ""
    choice_group: str = ""
    unit: str = ""

    @property
    def unverified(self) -> bool:
        return self.confidence is Confidence.U

    @property
    def exemptable(self) -> bool:
        return self.payer_if_exempt_job is not None


@dataclass(frozen=True)
class FeeScheduleVersion:
    """A published, dated set of fee lines. In force from ``effective_from`` to ``effective_to`` inclusive
    (None: open-ended)."""

    version: str
    effective_from: date
    effective_to: date | None
    lines: tuple[FeeLine, ...]
    note: str = ""
    published_at: date | None = None

    def in_force_on(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    @cached_property
    def _by_service(self) -> Mapping[str, tuple[FeeLine, ...]]:
        index: dict[str, list[FeeLine]] = {}
        for line in self.lines:
            index.setdefault(line.service_code, []).append(line)
        return {code: tuple(lines) for code, lines in index.items()}

    def lines_for(self, service_code: str) -> tuple[FeeLine, ...]:
        """The lines of one service, in schedule order."""
        return self._by_service.get(service_code, ())

    def line(self, line_code: str) -> FeeLine:
        for ln in self.lines:
            if ln.line_code == line_code:
                return ln
        raise KeyError(line_code)


@dataclass(frozen=True)
class SchemeInfo:
    code: str
    name_id: str
    name_en: str


@dataclass(frozen=True)
class Catalog:
    """The services, the placement schemes and every fee schedule version an office knows."""

    services: tuple[Service, ...]
    schedules: tuple[FeeScheduleVersion, ...]
    schemes: tuple[SchemeInfo, ...] = ()
    issuer: str = ""

    @cached_property
    def _index(self) -> Mapping[str, Service]:
        return {s.code: s for s in self.services}

    def service(self, code: str) -> Service:
        """The service with this code (KeyError when unknown)."""
        return self._index[code]

    def schedule_in_force(self, day: date) -> FeeScheduleVersion:
        """The one schedule version in force on ``day``; CatalogError ``no_schedule`` when none is, and
        ``schedules_overlap`` when several are (a catalog that passed ``check`` never overlaps)."""
        matches = [s for s in self.schedules if s.in_force_on(day)]
        if not matches:
            raise CatalogError([f"no fee schedule in force on {day.isoformat()}"], "no_schedule")
        if len(matches) > 1:
            raise CatalogError([f"schedules {', '.join(m.version for m in matches)} overlap on {day.isoformat()}"],
                               "schedules_overlap")
        return matches[0]

    @property
    def label(self) -> str:
        """The newest schedule version's name (what an office calls "the catalog in force")."""
        return max(self.schedules, key=lambda s: s.effective_from).version if self.schedules else ""

    def validate(self) -> list[str]:
        """Every problem, each naming its service, schedule or line and the reason. Empty when usable."""
        problems = self._service_problems()
        known = {s.code for s in self.services}
        problems += _schedule_problems(self.schedules)
        for version in self.schedules:
            problems += _line_problems(version, known)
            priced = {ln.service_code for ln in version.lines}
            problems += [f"schedule {version.version}: service {code} has no fee line (state Rp0 explicitly)"
                         for code in sorted(known - priced)]
        scheme_codes = [s.code for s in self.schemes]
        problems += [f"scheme {c}: unknown scheme" for c in scheme_codes if c not in _SCHEMES]
        problems += [f"scheme {c}: defined twice" for c in _twice(scheme_codes)]
        return problems

    def check(self) -> Catalog:
        """This catalog when ``validate`` finds nothing; otherwise CatalogError listing every problem."""
        problems = self.validate()
        if problems:
            raise CatalogError(problems)
        return self

    def _service_problems(self) -> list[str]:
        problems = [f"service {code}: defined twice" for code in _twice([s.code for s in self.services])]
        for s in self.services:
            where = f"service {s.code or '?'}"
            for name in ("code", "name_id", "legal_basis"):
                if not isinstance(getattr(s, name), str) or not getattr(s, name).strip():
                    problems.append(f"{where}: {name} is required")
            if not isinstance(s.is_placement_service, bool):
                problems.append(f"{where}: is_placement_service must be true or false")
            for step in s.procedure:
                if not _is_int(step.days) or step.days < 0:
                    problems.append(f"{where}: step {step.name_id!r} has an invalid time standard {step.days!r} "
                                    "(whole working days, 0 or more)")
            for code in _twice([r.code for r in s.requirements]):
                problems.append(f"{where}: requirement {code} listed twice")
            for r in s.requirements:
                problems += [f"{where} requirement {r.code}: unknown scheme {x!r}" for x in sorted(r.schemes)
                             if x not in _SCHEMES]
        return problems


_SCHEMES = frozenset(s.value for s in Scheme)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _twice(values: list[str]) -> list[str]:
    """The values that occur more than once, sorted."""
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _schedule_problems(schedules: tuple[FeeScheduleVersion, ...]) -> list[str]:
    problems = [f"schedule {v}: version defined twice" for v in _twice([s.version for s in schedules])]
    dated = []
    for version in schedules:
        where = f"schedule {version.version or '?'}"
        if not isinstance(version.version, str) or not version.version.strip():
            problems.append(f"{where}: version name is required")
        if not isinstance(version.effective_from, date):
            problems.append(f"{where}: effective_from is not a date")
            continue
        if version.effective_to is not None and (not isinstance(version.effective_to, date)
                                                 or version.effective_to < version.effective_from):
            problems.append(f"{where}: effective_to before effective_from")
            continue
        dated.append(version)
    ordered = sorted(dated, key=lambda v: v.effective_from)
    for a, b in zip(ordered, ordered[1:], strict=False):
        # sorted by start: any overlap shows between neighbours
        if a.effective_to is None or a.effective_to >= b.effective_from:
            problems.append(f"schedule {a.version} overlaps {b.version} (effective dates)")
    return problems


def _line_problems(version: FeeScheduleVersion, known_services: set[str]) -> list[str]:
    problems = [f"schedule {version.version} line {c}: line code used twice"
                for c in _twice([ln.line_code for ln in version.lines])]
    groups: dict[tuple[str, str], list[FeeLine]] = {}
    for line in version.lines:
        where = f"schedule {version.version} line {line.line_code or '?'}"
        if not isinstance(line.line_code, str) or not line.line_code.strip():
            problems.append(f"{where}: line code is required")
        if not _is_int(line.amount):
            problems.append(f"{where}: amount must be a whole number of rupiah, got {line.amount!r}")
        elif line.amount < 0:
            problems.append(f"{where}: negative amount {line.amount}")
        if not isinstance(line.payer, Payer):
            problems.append(f"{where}: unknown payer {line.payer!r}")
        elif line.payer is Payer.FREE and line.amount != 0:
            problems.append(f"{where}: a free line must be Rp0")
        exempt = line.payer_if_exempt_job
        if exempt is not None and not isinstance(exempt, Payer):
            problems.append(f"{where}: unknown payer_if_exempt_job {exempt!r}")
        elif exempt is Payer.APPLICANT:
            problems.append(f"{where}: payer_if_exempt_job cannot be the applicant (Perban 9/2020)")
        elif exempt is Payer.FREE and line.amount != 0:
            problems.append(f"{where}: payer_if_exempt_job free needs a Rp0 line")
        if not isinstance(line.confidence, Confidence):
            problems.append(f"{where}: unknown confidence {line.confidence!r} (R, S or U)")
        if not isinstance(line.legal_basis, str) or not line.legal_basis.strip():
            problems.append(f"{where}: no legal basis")
        if not isinstance(line.label_id, str) or not line.label_id.strip():
            problems.append(f"{where}: Indonesian label is required")
        if line.service_code not in known_services:
            problems.append(f"{where}: unknown service {line.service_code}")
        if line.first_time_cpmi_only and line.not_first_time_only:
            problems.append(f"{where}: first_time_cpmi_only and not_first_time_only exclude each other")
        problems += [f"{where}: unknown scheme {x!r}" for x in sorted(line.schemes) if x not in _SCHEMES]
        if (line.choice_group or line.unit) and not line.optional:
            problems.append(f"{where}: a choice_group or unit line must be optional")
        if line.choice_group and line.unit:
            problems.append(f"{where}: a unit line cannot be an alternative of a choice group")
        if line.choice_group:
            groups.setdefault((line.service_code, line.choice_group), []).append(line)
    for (service, group), members in sorted(groups.items()):
        if len(members) < 2:
            problems.append(f"schedule {version.version} line {members[0].line_code}: choice group {group!r} of "
                            f"{service} has a single line")
    return problems
