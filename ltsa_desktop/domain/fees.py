"""Fee resolution: an applicant's profile + chosen services + a date → itemised lines with who pays each.

Pure and deterministic. A charge exists only as a line of the schedule in force. An exempt job (Peraturan
BP2MI 9/2020) moves every exemptable component to its ``payer_if_exempt_job``, so it never stays on the
applicant. A first-time CPMI gets the zero-tariff passport line (DOMAIN.md §2.1); the schedule carries the
Rp350.000 fallback for everyone else as a ``not_first_time_only`` line. What the quote cannot decide alone (a
contract length not chosen yet, two passports at once) is named in ``notices``, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from ltsa_desktop.domain.catalog import (
    Catalog,
    CatalogError,
    Confidence,
    ExemptJob,
    FeeLine,
    FeeScheduleVersion,
    Payer,
    Scheme,
)
from ltsa_desktop.domain.errors import LtsaError

E = TypeVar("E", bound=StrEnum)

# The most units one per-unit line takes on a quote (the Fees page's units box and ``ltsa-admin fee-quote``).
MAX_UNITS = 240


def _coerce(kind: type[E], value: E | str | None, name: str) -> E | None:
    if value is None or value == "":
        return None
    try:
        return kind(value)
    except ValueError:
        raise LtsaError("profile_invalid", f"unknown {name} {value!r}", field=name, value=value) from None


@dataclass(frozen=True, init=False)
class ApplicantProfile:
    """What decides the fees: the placement scheme, the job when it is one of the ten fee-exempt jobs of
    Peraturan BP2MI 9/2020 (None: not exempt), and whether this is the applicant's first placement.

    Strings are accepted and checked ("" means not given); an unknown scheme or job raises LtsaError
    ``profile_invalid``. ``exempt_job=`` is accepted as another name for ``job``.
    """

    scheme: Scheme | None
    job: ExemptJob | None
    first_time_cpmi: bool

    def __init__(self, scheme: Scheme | str | None = None, job: ExemptJob | str | None = None,
                 first_time_cpmi: bool = True, *, exempt_job: ExemptJob | str | None = None) -> None:
        if job and exempt_job and job != exempt_job:
            raise LtsaError("profile_invalid", "job and exempt_job disagree", field="job", value=job)
        if not isinstance(first_time_cpmi, bool):
            raise LtsaError("profile_invalid", "first_time_cpmi must be true or false", field="first_time_cpmi",
                            value=first_time_cpmi)
        object.__setattr__(self, "scheme", _coerce(Scheme, scheme, "scheme"))
        object.__setattr__(self, "job", _coerce(ExemptJob, job or exempt_job, "job"))
        object.__setattr__(self, "first_time_cpmi", first_time_cpmi)

    @property
    def exempt_job(self) -> ExemptJob | None:
        return self.job


@dataclass(frozen=True)
class QuoteLine:
    """One charge as it applies to this applicant. ``payer`` is after the exempt-job rule (``exempt_moved``
    says it changed); ``amount`` is ``unit_amount × quantity``; ``unverified`` lines (confidence U) are shown
    as "tarif belum terverifikasi", never as fact."""

    service_code: str
    line_code: str
    label_id: str
    label_en: str
    amount: int
    payer: Payer
    legal_basis: str
    confidence: Confidence
    unverified: bool
    exempt_moved: bool
    note: str
    optional: bool = False
    quantity: int = 1
    unit_amount: int = 0
    unit: str = ""

    @property
    def service(self) -> str:
        return self.service_code

    @property
    def label(self) -> str:
        return self.label_id

    @property
    def applicant_amount(self) -> int:
        return self.amount if self.payer is Payer.APPLICANT else 0


# Notices that leave a charge undecided: no payment is taken while one is open.
BLOCKING_NOTICES = frozenset({"choice_needed", "alternative_services"})


@dataclass(frozen=True)
class QuoteNotice:
    """Something the counter must settle before the quote is final. ``code``:

    - ``choice_needed``: one of ``options`` (line codes) must be chosen, e.g. the BPJS contract length;
    - ``alternative_services``: ``options`` (service codes) are alternatives, e.g. two passports at once;
    - ``no_line_applies``: no line of the service applies to this profile (it is not priced, not free).
    """

    code: str
    service_code: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class FeeQuote:
    """Itemised fees under one schedule version on one day, with totals per payer."""

    schedule_version: str
    on: date
    lines: tuple[QuoteLine, ...]
    notices: tuple[QuoteNotice, ...] = ()

    def total_for(self, payer: Payer) -> int:
        return sum(line.amount for line in self.lines if line.payer is payer)

    @property
    def applicant_total(self) -> int:
        return self.total_for(Payer.APPLICANT)

    @property
    def grand_total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def totals(self) -> dict[Payer, int]:
        """Every payer with its total (0 included), in the order of ``Payer``."""
        return {payer: self.total_for(payer) for payer in Payer}

    @property
    def has_unverified(self) -> bool:
        return any(line.unverified for line in self.lines)

    @property
    def complete(self) -> bool:
        """True when nothing is left to settle (no notices)."""
        return not self.notices

    @property
    def blocking(self) -> tuple[QuoteNotice, ...]:
        """The notices that leave a charge undecided (``BLOCKING_NOTICES``): no payment while any is open."""
        return tuple(n for n in self.notices if n.code in BLOCKING_NOTICES)


def _applies(line: FeeLine, profile: ApplicantProfile) -> bool:
    if line.first_time_cpmi_only and not profile.first_time_cpmi:
        return False
    if line.not_first_time_only and profile.first_time_cpmi:
        return False
    return not (line.schemes and profile.scheme not in line.schemes)


def _quote_line(line: FeeLine, profile: ApplicantProfile, quantity: int) -> QuoteLine:
    payer = line.payer
    if profile.job is not None and line.payer_if_exempt_job is not None:
        payer = line.payer_if_exempt_job
    return QuoteLine(line.service_code, line.line_code, line.label_id, line.label_en, line.amount * quantity, payer,
                     line.legal_basis, line.confidence, line.unverified, payer is not line.payer, line.note,
                     line.optional, quantity, line.amount, line.unit)


def _check_options(schedule: FeeScheduleVersion, services: Sequence[str], chosen: set[str],
                   quantities: Mapping[str, int]) -> None:
    requested = set(services)
    problems = []
    groups: dict[tuple[str, str], list[str]] = {}
    for code in sorted(chosen):
        try:
            line = schedule.line(code)
        except KeyError:
            problems.append(f"line {code}: not in schedule {schedule.version}")
            continue
        if not line.optional:
            problems.append(f"line {code}: not an optional line")
        elif line.service_code not in requested:
            problems.append(f"line {code}: its service {line.service_code} was not chosen")
        elif line.choice_group:
            groups.setdefault((line.service_code, line.choice_group), []).append(code)
    if problems:
        raise CatalogError(problems, "unknown_option")
    clashes = [f"lines {', '.join(codes)}: only one of these can be chosen" for codes in groups.values()
               if len(codes) > 1]
    if clashes:
        raise CatalogError(clashes, "choice_conflict")
    bad = []
    for code, n in sorted(quantities.items()):
        if code not in chosen or not schedule.line(code).unit:
            bad.append(f"line {code}: a quantity is only for a chosen per-unit line")
        elif isinstance(n, bool) or not isinstance(n, int) or n < 1:
            bad.append(f"line {code}: quantity must be a whole number of at least 1, got {n!r}")
    if bad:
        raise CatalogError(bad, "quantity_invalid")


def resolve_fees(catalog: Catalog | FeeScheduleVersion, services: Sequence[str], profile: ApplicantProfile,
                 on: date, *, chosen_optional: Iterable[str] = (),
                 quantities: Mapping[str, int] | None = None) -> FeeQuote:
    """Itemise the fees of ``services`` (each once, in the order given) for ``profile`` on ``on``.

    ``catalog``: a checked catalog (the schedule in force on ``on`` is used; an unknown service raises
    CatalogError ``unknown_service``) or one schedule version (which must be in force on ``on``). Optional lines
    are included only when their code is in ``chosen_optional``, which may name only optional lines of the
    chosen services (``unknown_option``) and at most one line per choice group (``choice_conflict``).
    ``quantities`` gives the number of units of a chosen per-unit line (default 1; ``quantity_invalid``).
    A chosen line whose conditions do not match the profile is left out like any other such line.
    """
    if isinstance(catalog, Catalog):
        schedule = catalog.schedule_in_force(on)
        known = {s.code for s in catalog.services}
        unknown = [code for code in services if code not in known]
        if unknown:
            raise CatalogError([f"unknown service {code}" for code in unknown], "unknown_service")
        groups = {s.code: s.alternative_group for s in catalog.services if s.alternative_group}
    else:
        schedule, groups = catalog, {}
        if not schedule.in_force_on(on):
            raise CatalogError([f"schedule {schedule.version} is not in force on {on.isoformat()}"],
                               "schedule_not_in_force")
    chosen = set(chosen_optional)
    counts = dict(quantities or {})
    _check_options(schedule, services, chosen, counts)
    lines: list[QuoteLine] = []
    notices: list[QuoteNotice] = []
    ordered = list(dict.fromkeys(services))
    for code in ordered:
        applicable = [ln for ln in schedule.lines_for(code) if _applies(ln, profile)]
        if not applicable:
            notices.append(QuoteNotice("no_line_applies", code, ()))
        open_groups: dict[str, list[str]] = {}
        for line in applicable:
            if line.choice_group:
                open_groups.setdefault(line.choice_group, []).append(line.line_code)
            if line.optional and line.line_code not in chosen:
                continue
            lines.append(_quote_line(line, profile, counts.get(line.line_code, 1)))
        for options in open_groups.values():
            if not chosen.intersection(options):
                notices.append(QuoteNotice("choice_needed", code, tuple(options)))
    by_group: dict[str, list[str]] = {}
    for code in ordered:
        if code in groups:
            by_group.setdefault(groups[code], []).append(code)
    notices += [QuoteNotice("alternative_services", codes[0], tuple(codes)) for codes in by_group.values()
                if len(codes) > 1]
    return FeeQuote(schedule.version, on, tuple(lines), tuple(notices))


@dataclass(frozen=True)
class QuoteOption:
    """What the counter may choose for a chosen service: with ``group`` set, exactly one of ``lines`` (a choice
    group such as the contract length); with ``group`` empty, one optional line taken or not (a line with a
    ``unit`` also takes a quantity)."""

    service_code: str
    group: str
    lines: tuple[FeeLine, ...]


def quote_options(schedule: FeeScheduleVersion, services: Sequence[str],
                  profile: ApplicantProfile) -> tuple[QuoteOption, ...]:
    """The optional lines of ``services`` that apply to ``profile``, grouped as the counter chooses them, in
    the order of the services and of the schedule. Lines that do not apply to the profile are not offered."""
    options: list[QuoteOption] = []
    for code in dict.fromkeys(services):
        groups: dict[str, list[FeeLine]] = {}
        for line in schedule.lines_for(code):
            if not line.optional or not _applies(line, profile):
                continue
            if line.choice_group:
                if line.choice_group not in groups:
                    groups[line.choice_group] = []
                    options.append(QuoteOption(code, line.choice_group, ()))
                groups[line.choice_group].append(line)
            else:
                options.append(QuoteOption(code, "", (line,)))
        options = [QuoteOption(o.service_code, o.group, tuple(groups[o.group]))
                   if o.service_code == code and o.group else o for o in options]
    return tuple(options)
