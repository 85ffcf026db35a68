"""Fee resolution: who pays what, for which profile, on which day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.catalog import Catalog, CatalogError, ExemptJob, Payer, Scheme
from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.fees import ApplicantProfile, FeeQuote, resolve_fees
from tests.domain.test_catalog import SEED, catalogs

DAY = date(2026, 3, 2)
SCHEDULE = SEED.schedule_in_force(DAY)
ALL = [s.code for s in SEED.services]
OPTIONAL = [ln.line_code for ln in SCHEDULE.lines if ln.optional]
FIRST = ApplicantProfile(Scheme.P_TO_P, None, True)


def _amounts(quote: FeeQuote) -> dict[str, tuple[int, Payer]]:
    return {ln.line_code: (ln.amount, ln.payer) for ln in quote.lines}


def test_first_time_cpmi_gets_the_zero_tariff_passport() -> None:
    quote = resolve_fees(SEED, ["POL-01", "IMI-01", "JST-01"], FIRST, DAY)
    assert _amounts(quote) == {"POL-01/pnbp": (30_000, Payer.APPLICANT), "IMI-01/pnbp": (0, Payer.GOVERNMENT),
                               "JST-01/jkk-jkm": (37_500, Payer.APPLICANT)}
    assert (quote.applicant_total, quote.total_for(Payer.GOVERNMENT), quote.grand_total) == (67_500, 0, 67_500)
    assert quote.schedule_version == "2026.1" and quote.on == DAY and quote.complete
    passport = quote.lines[1]
    assert (passport.service, passport.label) == ("IMI-01", "PNBP paspor CPMI pertama (tarif nol)")
    assert "PP 45/2024 Ps 5(1)" in passport.legal_basis and passport.confidence == "S" and not passport.unverified


def test_not_first_time_falls_back_to_the_ordinary_passport_tariff() -> None:
    repeat = resolve_fees(SEED, ["IMI-01"], ApplicantProfile("p_to_p", None, False), DAY)
    assert _amounts(repeat) == {"IMI-01/pnbp-bukan-pertama": (350_000, Payer.APPLICANT)}
    exempt = resolve_fees(SEED, ["IMI-01"], ApplicantProfile("p_to_p", "juru_masak", False), DAY)
    assert _amounts(exempt) == {"IMI-01/pnbp-bukan-pertama": (350_000, Payer.EMPLOYER)}
    assert exempt.lines[0].exempt_moved and exempt.applicant_total == 0


def test_exempt_job_moves_every_exemptable_component() -> None:
    services = ["KES-01", "POL-01", "JST-01", "LAT-01", "IMI-02", "IMI-04", "DUK-01"]
    plain = resolve_fees(SEED, services, FIRST, DAY)
    exempt = resolve_fees(SEED, services, ApplicantProfile("p_to_p", ExemptJob.PENGASUH_LANSIA, True), DAY)
    assert [ln.payer for ln in plain.lines] == [Payer.APPLICANT] * 6 + [Payer.FREE]
    assert [ln.payer for ln in exempt.lines] == [Payer.EMPLOYER, Payer.EMPLOYER, Payer.EMPLOYER, Payer.GOVERNMENT,
                                                 Payer.EMPLOYER, Payer.APPLICANT, Payer.FREE]
    assert exempt.applicant_total == 1_000_000  # same-day acceleration is the applicant's own choice
    assert exempt.total_for(Payer.EMPLOYER) == 30_000 + 37_500 + 350_000
    assert [ln.exempt_moved for ln in exempt.lines] == [True] * 5 + [False, False]


def test_unverified_lines_are_flagged() -> None:
    quote = resolve_fees(SEED, ["KES-01", "POL-01"], FIRST, DAY)
    assert [ln.unverified for ln in quote.lines] == [True, False] and quote.has_unverified
    assert not resolve_fees(SEED, ["POL-01"], FIRST, DAY).has_unverified


def test_alternatives_need_a_choice_and_accept_only_one() -> None:
    open_quote = resolve_fees(SEED, ["JST-02"], FIRST, DAY)
    assert open_quote.lines == () and not open_quote.complete
    assert [(n.code, n.options) for n in open_quote.notices] == [
        ("choice_needed", ("JST-02/6bln", "JST-02/12bln", "JST-02/24bln")),
        ("choice_needed", ("JST-02/jht-tidak", "JST-02/jht-50", "JST-02/jht-100", "JST-02/jht-200",
                           "JST-02/jht-300", "JST-02/jht-400", "JST-02/jht-500", "JST-02/jht-600"))]
    chosen = resolve_fees(SEED, ["JST-02"], FIRST, DAY, chosen_optional=["JST-02/12bln", "JST-02/jht-tidak"])
    assert _amounts(chosen) == {"JST-02/12bln": (189_000, Payer.APPLICANT), "JST-02/jht-tidak": (0, Payer.FREE)}
    assert chosen.complete
    with pytest.raises(CatalogError) as info:
        resolve_fees(SEED, ["JST-02"], FIRST, DAY, chosen_optional=["JST-02/6bln", "JST-02/24bln"])
    assert info.value.code == "choice_conflict" and "JST-02/24bln" in info.value.problems[0]


def test_contract_beyond_24_months_is_charged_per_extra_month() -> None:
    quote = resolve_fees(SEED, ["JST-02"], FIRST, DAY, chosen_optional=["JST-02/24bln", "JST-02/tambahan-bulan",
                                                                       "JST-02/jht-100"],
                         quantities={"JST-02/tambahan-bulan": 6})
    extra = next(ln for ln in quote.lines if ln.line_code == "JST-02/tambahan-bulan")
    assert (extra.quantity, extra.unit_amount, extra.amount, extra.unit) == (6, 13_500, 81_000, "bulan")
    assert quote.applicant_total == 332_500 + 81_000 + 100_000
    for bad in (0, -1, True, 1.5):
        with pytest.raises(CatalogError) as info:
            resolve_fees(SEED, ["JST-02"], FIRST, DAY, chosen_optional=["JST-02/tambahan-bulan"],
                         quantities={"JST-02/tambahan-bulan": bad})
        assert info.value.code == "quantity_invalid"
    with pytest.raises(CatalogError) as info:
        resolve_fees(SEED, ["JST-02"], FIRST, DAY, chosen_optional=["JST-02/6bln"], quantities={"JST-02/6bln": 2})
    assert info.value.code == "quantity_invalid"


@pytest.mark.parametrize("services, option", [
    (["JST-02"], "JST-02/nope"),  # not in the schedule
    (["POL-01"], "POL-01/pnbp"),  # not optional
    (["POL-01"], "JST-02/6bln"),  # its service was not chosen
])
def test_options_must_be_optional_lines_of_chosen_services(services: list[str], option: str) -> None:
    with pytest.raises(CatalogError) as info:
        resolve_fees(SEED, services, FIRST, DAY, chosen_optional=[option])
    assert info.value.code == "unknown_option" and option in info.value.problems[0]


def test_two_passports_are_named_not_silently_charged() -> None:
    quote = resolve_fees(SEED, ["IMI-01", "POL-01", "IMI-02"], FIRST, DAY)
    assert [(n.code, n.options) for n in quote.notices] == [("alternative_services", ("IMI-01", "IMI-02"))]
    assert resolve_fees(SEED, ["IMI-03", "IMI-04"], FIRST, DAY, chosen_optional=["IMI-03/pnbp-10"]).complete


def test_unknown_service_and_wrong_schedule_are_refused() -> None:
    with pytest.raises(CatalogError) as info:
        resolve_fees(SEED, ["POL-01", "XYZ-01"], FIRST, DAY)
    assert info.value.code == "unknown_service" and info.value.problems == ["unknown service XYZ-01"]
    with pytest.raises(CatalogError) as info:
        resolve_fees(SCHEDULE, ["POL-01"], FIRST, date(2024, 1, 1))
    assert info.value.code == "schedule_not_in_force"
    assert resolve_fees(SCHEDULE, ALL, FIRST, DAY).lines == resolve_fees(SEED, ALL, FIRST, DAY).lines
    unpriced = resolve_fees(SCHEDULE, ["XYZ-01"], FIRST, DAY)
    assert [(n.code, n.service_code) for n in unpriced.notices] == [("no_line_applies", "XYZ-01")]


def test_profile_accepts_strings_and_refuses_unknown_values() -> None:
    profile = ApplicantProfile(scheme="sp2t", exempt_job="juru_masak", first_time_cpmi=False)
    assert (profile.scheme, profile.job, profile.exempt_job) == (Scheme.SP2T, ExemptJob.JURU_MASAK,
                                                                ExemptJob.JURU_MASAK)
    assert ApplicantProfile("", "") == ApplicantProfile(None, None, True)
    for kwargs in ({"scheme": "calo"}, {"job": "welder"}, {"first_time_cpmi": None},
                   {"job": "juru_masak", "exempt_job": "sopir_keluarga"}):
        with pytest.raises(LtsaError) as info:
            ApplicantProfile(**kwargs)  # type: ignore[arg-type]
        assert info.value.code == "profile_invalid"


def test_duplicate_services_are_quoted_once_in_the_order_given() -> None:
    quote = resolve_fees(SEED, ["POL-01", "DUK-01", "POL-01"], FIRST, DAY)
    assert [ln.line_code for ln in quote.lines] == ["POL-01/pnbp", "DUK-01/biaya"]


# ---------------------------------------------------------------------------------------------------------------
# properties

profiles = st.builds(ApplicantProfile, scheme=st.none() | st.sampled_from(Scheme),
                     job=st.none() | st.sampled_from(ExemptJob), first_time_cpmi=st.booleans())


@st.composite
def options(draw: st.DrawFn, schedule=SCHEDULE) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Services and a valid choice of optional lines (at most one per choice group)."""
    services = draw(st.lists(st.sampled_from(sorted({ln.service_code for ln in schedule.lines})), max_size=8))
    chosen: dict[tuple[str, str], str] = {}
    for line in schedule.lines:
        if line.optional and line.service_code in services and draw(st.booleans()):
            chosen.setdefault((line.service_code, line.choice_group or line.line_code), line.line_code)
    return services, sorted(chosen.values())


def _check_invariants(catalog: Catalog, quote: FeeQuote, profile: ApplicantProfile) -> None:
    schedule = catalog.schedule_in_force(quote.on)
    assert sum(quote.totals.values()) == quote.grand_total == sum(ln.amount for ln in quote.lines)
    assert quote.applicant_total == sum(ln.applicant_amount for ln in quote.lines)
    for payer in Payer:
        assert quote.total_for(payer) == sum(ln.amount for ln in quote.lines if ln.payer is payer)
    for ln in quote.lines:
        source = schedule.line(ln.line_code)
        assert type(ln.amount) is int and ln.amount == source.amount * ln.quantity >= 0
        assert ln.legal_basis == source.legal_basis and ln.unverified == (source.confidence == "U")
        if profile.job is not None and source.exemptable:
            assert ln.payer is source.payer_if_exempt_job is not Payer.APPLICANT
        else:
            assert ln.payer is source.payer


@given(profiles, options())
def test_seed_totals_add_up_and_exempt_jobs_leave_nothing_exemptable(profile: ApplicantProfile,
                                                                     chosen: tuple[list[str], list[str]]) -> None:
    services, optional = chosen
    quote = resolve_fees(SEED, services, profile, DAY, chosen_optional=optional)
    _check_invariants(SEED, quote, profile)
    assert resolve_fees(SEED, services, profile, DAY, chosen_optional=optional) == quote  # deterministic
    # an exempt job changes who pays, never what is charged, and never raises the applicant's share
    plain = resolve_fees(SEED, services, replace(profile, job=None), DAY, chosen_optional=optional)
    assert [(ln.line_code, ln.amount) for ln in plain.lines] == [(ln.line_code, ln.amount) for ln in quote.lines]
    assert quote.applicant_total <= plain.applicant_total
    if "IMI-01" in services and profile.first_time_cpmi:
        assert _amounts(quote)["IMI-01/pnbp"] == (0, Payer.GOVERNMENT)


@given(catalogs(), profiles, st.data())
def test_generated_catalogs_totals_and_exemptions(catalog: Catalog, profile: ApplicantProfile,
                                                  data: st.DataObject) -> None:
    version = data.draw(st.sampled_from(catalog.schedules))
    services, optional = data.draw(options(version))
    quote = resolve_fees(catalog, services, profile, version.effective_from, chosen_optional=optional)
    _check_invariants(catalog, quote, profile)
