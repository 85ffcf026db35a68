"""Fee resolution: an applicant's profile + chosen services + a date → itemised lines with who pays each.

Pure and deterministic. A charge exists only as a line of the schedule in force; an exempt job (Peraturan
BP2MI 9/2020) moves every exemptable component off the applicant; a first-time CPMI gets the zero-tariff
passport line (DOMAIN.md §2.1).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ltsa_desktop.domain.catalog import Catalog, CatalogError, FeeLine, FeeScheduleVersion, Payer


@dataclass(frozen=True)
class ApplicantProfile:
    scheme: str | None = None
    exempt_job: str | None = None  # an ExemptJob value, or None
    first_time_cpmi: bool = True


@dataclass(frozen=True)
class QuoteLine:
    service_code: str
    line_code: str
    label_id: str
    label_en: str
    amount: int
    payer: Payer
    legal_basis: str
    confidence: str
    unverified: bool
    exempt_moved: bool  # the payer changed because the job is fee-exempt
    note: str

    @property
    def applicant_amount(self) -> int:
        return self.amount if self.payer is Payer.APPLICANT else 0


@dataclass(frozen=True)
class FeeQuote:
    schedule_version: str
    on: date
    lines: tuple[QuoteLine, ...]

    def total_for(self, payer: Payer) -> int:
        return sum(line.amount for line in self.lines if line.payer is payer)

    @property
    def applicant_total(self) -> int:
        return self.total_for(Payer.APPLICANT)

    @property
    def grand_total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def has_unverified(self) -> bool:
        return any(line.unverified for line in self.lines)


def _applies(line: FeeLine, profile: ApplicantProfile) -> bool:
    if line.first_time_cpmi_only and not profile.first_time_cpmi:
        return False
    if line.not_first_time_only and profile.first_time_cpmi:
        return False
    return not (line.schemes and profile.scheme not in line.schemes)


def _resolve_line(line: FeeLine, profile: ApplicantProfile) -> QuoteLine:
    payer, moved = line.payer, False
    if profile.exempt_job and line.payer_if_exempt_job is not None and line.payer is Payer.APPLICANT:
        payer, moved = line.payer_if_exempt_job, True
    return QuoteLine(line.service_code, line.line_code, line.label_id, line.label_en, line.amount, payer,
                     line.legal_basis, line.confidence.value, line.unverified, moved, line.note)


def resolve_fees(catalog: Catalog | FeeScheduleVersion, services: Sequence[str], profile: ApplicantProfile,
                 on: date, *, chosen_optional: Iterable[str] = ()) -> FeeQuote:
    """Itemise the fees of ``services`` for ``profile`` under the schedule in force ``on``.

    Optional lines (alternatives such as the e-passport validity or the BPJS contract length) are included
    only when their line code is in ``chosen_optional``. An unknown service is refused.
    """
    schedule = catalog.schedule_in_force(on) if isinstance(catalog, Catalog) else catalog
    if isinstance(catalog, Catalog):
        known = {s.code for s in catalog.services}
        unknown = [s for s in services if s not in known]
        if unknown:
            raise CatalogError([f"unknown service {code}" for code in unknown], "unknown_service")
    chosen = set(chosen_optional)
    lines: list[QuoteLine] = []
    for code in dict.fromkeys(services):  # each service once, in the order given
        for line in schedule.lines_for(code):
            if line.optional and line.line_code not in chosen:
                continue
            if _applies(line, profile):
                lines.append(_resolve_line(line, profile))
    return FeeQuote(schedule.version, on, tuple(lines))
