"""``ltsa-admin fee-quote``: the printable fee quote (rincian biaya) of one or more services, the same PDF the Fees
& payment page prints, for a profile and the choices the schedule offers (``--choice GROUP=OPTION``,
``--units LINE=N``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ltsa_desktop.commands._common import add_data_dir, fail, open_office
from ltsa_desktop.domain.catalog import ExemptJob, FeeLine, Scheme
from ltsa_desktop.domain.fees import MAX_UNITS, QuoteOption

PAPERS = {"a4": "A4", "a5": "A5", "80mm": "80mm", "58mm": "58mm"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("fee-quote", help="the fee quote (rincian biaya) of one or more services as a PDF",
                       description="Write the fee quote the Fees & payment page prints: each component, who pays "
                                   "it and its legal basis, for the profile and choices given. An open choice "
                                   "prints NOT FINAL.")
    add_data_dir(p)
    p.add_argument("--code", required=True, action="append", metavar="CODE",
                   help="service code, e.g. JST-02 (repeat for more services)")
    p.add_argument("--scheme", choices=[s.value for s in Scheme], help="the applicant's placement scheme")
    p.add_argument("--exempt-job", choices=[j.value for j in ExemptJob], metavar="JOB",
                   help="the applicant's job when it is fee-exempt (Perban 9/2020): "
                        + ", ".join(j.value for j in ExemptJob))
    p.add_argument("--not-first-time", action="store_true", help="not the applicant's first placement")
    p.add_argument("--choice", action="append", default=[], metavar="GROUP=OPTION",
                   help="one line of a choice group, e.g. kontrak=12bln or kontrak=JST-02/12bln; "
                        "SERVICE:GROUP=OPTION when two services offer the same group")
    p.add_argument("--units", action="append", default=[], metavar="LINE=N",
                   help=f"take a per-unit line with N units (1-{MAX_UNITS}), e.g. tambahan-bulan=6")
    p.add_argument("--paper", type=str.lower, choices=tuple(PAPERS), default="a4", help="paper (default a4)")
    p.add_argument("--applicant", default="", help="the applicant's name to print on the quote")
    p.add_argument("--pdf", type=Path, required=True)
    p.set_defaults(func=cmd_fee_quote)


class ChoiceError(ValueError):
    """A ``--choice`` or ``--units`` value that names nothing the chosen services offer, or a bad count."""


def _short(line_code: str) -> str:
    """``12bln`` for ``JST-02/12bln``: the part of a line code after its service."""
    return line_code.split("/", 1)[-1]


def _find_line(lines: Sequence[FeeLine], name: str) -> FeeLine | None:
    wanted = name.strip().casefold()
    return next((ln for ln in lines if wanted in (ln.line_code.casefold(), _short(ln.line_code).casefold())), None)


def _split(value: str, flag: str, shape: str) -> tuple[str, str]:
    key, sep, rest = value.partition("=")
    if not sep or not key.strip() or not rest.strip():
        raise ChoiceError(f"{flag} needs {shape}, got {value!r}")
    return key.strip(), rest.strip()


def resolve_choices(options: Sequence[QuoteOption], choices: Sequence[str],
                    units: Sequence[str]) -> tuple[tuple[str, ...], dict[str, int]]:
    """The optional line codes and unit counts named by ``--choice GROUP=OPTION`` and ``--units LINE=N``,
    checked against the ``options`` the chosen services offer for the profile. ``ChoiceError`` names what is
    wrong and what would be accepted."""
    groups = [o for o in options if o.group]
    chosen: list[str] = []
    answered: set[tuple[str, str]] = set()
    for value in choices:
        group_name, option_name = _split(value, "--choice", "GROUP=OPTION (e.g. kontrak=12bln)")
        service, _, bare = group_name.rpartition(":")
        matches = [o for o in groups if o.group.casefold() == bare.casefold()
                   and (not service or o.service_code.casefold() == service.casefold())]
        if not matches:
            offered = ", ".join(f"{o.service_code}:{o.group}" for o in groups) or "none"
            raise ChoiceError(f"unknown choice group {group_name!r}; the chosen services offer: {offered}")
        if len(matches) > 1:
            raise ChoiceError(f"choice group {group_name!r} is offered by "
                              f"{', '.join(o.service_code for o in matches)}; write SERVICE:GROUP=OPTION")
        option = matches[0]
        key = (option.service_code, option.group)
        if key in answered:
            raise ChoiceError(f"choice group {option.service_code}:{option.group} is given more than once")
        line = _find_line(option.lines, option_name)
        if line is None:
            raise ChoiceError(f"unknown option {option_name!r} in choice group {option.service_code}:{option.group};"
                              f" options: {', '.join(_short(ln.line_code) for ln in option.lines)}")
        answered.add(key)
        chosen.append(line.line_code)
    per_unit = [o.lines[0] for o in options if not o.group and o.lines[0].unit]
    quantities: dict[str, int] = {}
    for value in units:
        line_name, count_text = _split(value, "--units", "LINE=N (e.g. tambahan-bulan=6)")
        line = _find_line(per_unit, line_name)
        if line is None:
            offered = ", ".join(_short(ln.line_code) for ln in per_unit) or "none"
            raise ChoiceError(f"unknown per-unit line {line_name!r}; the chosen services offer: {offered}")
        if line.line_code in quantities:
            raise ChoiceError(f"units of {line.line_code} are given more than once")
        count = int(count_text) if count_text.isascii() and count_text.isdigit() else 0
        if not 1 <= count <= MAX_UNITS:
            raise ChoiceError(f"units of {line.line_code} must be a whole number from 1 to {MAX_UNITS}, "
                              f"got {count_text!r}")
        quantities[line.line_code] = count
        chosen.append(line.line_code)
    return tuple(chosen), quantities


def cmd_fee_quote(args: argparse.Namespace) -> int:
    from ltsa_desktop.domain.catalog import Payer
    from ltsa_desktop.domain.fees import ApplicantProfile
    from ltsa_desktop.domain.formatting import format_money
    from ltsa_desktop.services import catalog

    codes = list(dict.fromkeys(code.strip().upper() for code in args.code))
    opened = open_office(args)
    assert opened.ctx is not None
    known = [s.code for s in catalog.list_services(opened.ctx)]
    unknown = [code for code in codes if code not in known]
    if unknown:
        fail(f"unknown service {', '.join(unknown)}; known: {', '.join(known)}", 2)
        return 2
    profile = ApplicantProfile(scheme=args.scheme, exempt_job=args.exempt_job,
                               first_time_cpmi=not args.not_first_time)
    options = catalog.quote_options(opened.ctx, profile, codes)
    try:
        chosen, quantities = resolve_choices(options, args.choice, args.units)
    except ChoiceError as exc:
        fail(str(exc), 2)
        return 2
    pdf = catalog.fee_quote_pdf(opened.ctx, profile, codes, layout=PAPERS[args.paper], chosen_optional=chosen,
                                quantities=quantities, applicant_name=args.applicant)
    quote = catalog.quote(opened.ctx, profile, codes, chosen_optional=chosen, quantities=quantities)
    args.pdf.write_bytes(pdf)
    print(f"fee quote written: {args.pdf} (applicant pays {format_money(quote.applicant_total)}, employer pays "
          f"{format_money(quote.total_for(Payer.EMPLOYER))})")
    group_of = {ln.line_code: o.group for o in options for ln in o.lines if o.group}
    for notice in quote.blocking:
        if notice.code == "choice_needed":
            group = group_of.get(notice.options[0], "GROUP") if notice.options else "GROUP"
            print(f"NOT FINAL: {notice.service_code}: choose one with --choice {group}="
                  f"{'|'.join(_short(code) for code in notice.options)}", file=sys.stderr)
        elif notice.code == "alternative_services":
            print(f"NOT FINAL: {', '.join(notice.options)} are alternatives: give only one of them with --code",
                  file=sys.stderr)
        else:
            print(f"NOT FINAL: {notice.service_code}: {notice.code}", file=sys.stderr)
    return 0
