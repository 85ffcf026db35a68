"""Matching rules: properties over generated profiles and vacancies, and the bad-input cases of issue 11."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ltsa_desktop.domain.matching import (
    EDUCATION_LEVELS,
    CandidateProfile,
    Requirements,
    VacancyFacts,
    age_on,
    check_vacancy,
    fitting_candidates,
    is_open,
    rank_vacancies,
    requirement_errors,
    shown_verified,
    verification_problems,
)

DAY = date(2026, 11, 23)
EDU = sorted(EDUCATION_LEVELS)
CERTS = ("JLPT N4", "EPS-TOPIK", "SSW Kaigo")

opt_age = st.none() | st.integers(18, 70)


@st.composite
def requirements(draw: st.DrawFn) -> Requirements:
    lo, hi = draw(opt_age), draw(opt_age)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Requirements(lo, hi, draw(st.sampled_from(["", "M", "F"])), draw(st.sampled_from(["", *EDU])),
                        tuple(draw(st.lists(st.sampled_from(CERTS), max_size=2, unique=True))),
                        draw(st.sampled_from(["", "tidak buta warna"])), draw(st.none() | st.integers(140, 180)))


@st.composite
def vacancies(draw: st.DrawFn, ident: int = 0) -> VacancyFacts:
    scheme = draw(st.sampled_from(["p_to_p", "g_to_g", "sp2t", "perseorangan"]))
    start = DAY + timedelta(days=draw(st.integers(-60, 10)))
    end = start + timedelta(days=draw(st.integers(0, 120)))
    return VacancyFacts(
        id=f"v{ident:04d}-{draw(st.integers(0, 10**6))}", destination_country=draw(st.sampled_from(
            ["Taiwan", "Hong Kong", "Jepang"])), position=draw(st.sampled_from(["Perawat lansia", "Operator pabrik"])),
        scheme=scheme, requirements=draw(requirements()), valid_from=start, valid_until=end,
        verified=draw(st.booleans()), p3mi_licence=draw(st.sampled_from(["", "KEP.1/P3MI/2024"])),
        programme=draw(st.sampled_from(["", "SP2T"])), employer_name=draw(st.sampled_from(["", "Mr Chen"])),
        status=draw(st.sampled_from(["open", "open", "open", "closed", "withdrawn"])),
        salary_amount=draw(st.integers(0, 50_000)))


@st.composite
def profiles(draw: st.DrawFn) -> CandidateProfile:
    born = draw(st.none() | st.dates(date(1950, 1, 1), date(2008, 12, 31)))
    certs = draw(st.none() | st.frozensets(st.sampled_from([c.casefold() for c in CERTS])))
    return CandidateProfile(born, draw(st.sampled_from(["", "M", "F"])), draw(st.sampled_from(["", *EDU])), certs,
                            draw(st.none() | st.integers(130, 200)), draw(st.sampled_from(["", "Taiwan"])),
                            draw(st.sampled_from(["", "perawat"])))


@given(profiles(), st.lists(vacancies(), max_size=25))
@settings(max_examples=150, deadline=None)
def test_ranking_offers_exactly_the_open_vacancies_fitting_first(p: CandidateProfile, vs: list[VacancyFacts]) -> None:
    ranked = rank_vacancies(p, vs, DAY)
    assert sorted(m.vacancy_id for m in ranked) == sorted(v.id for v in vs if is_open(v, DAY))
    fits = [m.fits for m in ranked]
    assert fits == sorted(fits, reverse=True), "a fitting vacancy ranks below one that does not fit"
    for m in ranked:
        assert m.fits == (not m.not_met)
        assert len(m.met) + len(m.not_met) + len(m.unknown) == len(m.checks)


@given(profiles(), st.lists(vacancies(), max_size=25), st.randoms(use_true_random=False))
@settings(max_examples=100, deadline=None)
def test_ranking_does_not_depend_on_the_input_order(p: CandidateProfile, vs: list[VacancyFacts],
                                                    rnd: random.Random) -> None:
    shuffled = list(vs)
    rnd.shuffle(shuffled)
    assert [m.vacancy_id for m in rank_vacancies(p, vs, DAY)] == [m.vacancy_id for m in rank_vacancies(p, shuffled, DAY)]


@given(profiles(), vacancies())
@settings(max_examples=200, deadline=None)
def test_each_requirement_is_spelled_out_and_unknown_never_counts_against(p: CandidateProfile,
                                                                          v: VacancyFacts) -> None:
    r = v.requirements
    checks = {c.code: c for c in check_vacancy(p, v, DAY).checks}
    assert ("age" in checks) == (r.min_age is not None or r.max_age is not None)
    assert ("sex" in checks) == bool(r.sex)
    assert ("education" in checks) == bool(r.min_education)
    assert ("height" in checks) == (r.min_height_cm is not None)
    if "age" in checks and p.birth_date is not None:
        age = age_on(p.birth_date, DAY)
        inside = (r.min_age is None or age >= r.min_age) and (r.max_age is None or age <= r.max_age)
        assert (checks["age"].state == "met") == inside
    # a profile that says nothing can never be refused: every check is met or unknown
    blank = check_vacancy(CandidateProfile(None), v, DAY)
    assert blank.fits


@given(profiles(), vacancies(), st.sampled_from(EDU))
@settings(max_examples=200, deadline=None)
def test_more_education_or_height_never_makes_a_vacancy_fit_less(p: CandidateProfile, v: VacancyFacts,
                                                                  edu: str) -> None:
    before = check_vacancy(p, v, DAY)
    known = p.education in EDUCATION_LEVELS  # learning an unknown level may well reveal a gap: not this property
    better_edu = edu if known and EDUCATION_LEVELS[edu] >= EDUCATION_LEVELS[p.education] else p.education
    improved = CandidateProfile(p.birth_date, p.sex, better_edu, p.certificates,
                                None if p.height_cm is None else p.height_cm + 10, p.destination_country,
                                p.job_position)
    after = check_vacancy(improved, v, DAY)
    assert len(after.not_met) <= len(before.not_met)


@given(st.lists(vacancies(), min_size=1, max_size=10), st.lists(profiles(), max_size=15))
@settings(max_examples=100, deadline=None)
def test_candidates_for_a_vacancy_are_exactly_those_who_fit(vs: list[VacancyFacts],
                                                            ps: list[CandidateProfile]) -> None:
    v = vs[0]
    keyed = [(f"a{i:03d}", p) for i, p in enumerate(ps)]
    found = fitting_candidates(v, keyed, DAY)
    assert {k for k, _ in found} == {k for k, p in keyed if check_vacancy(p, v, DAY).fits}
    unknowns = [len(m.unknown) for _, m in found]
    assert unknowns == sorted(unknowns)


@given(vacancies(), st.integers(-200, 200))
@settings(max_examples=300, deadline=None)
def test_the_verified_mark_needs_validity_and_someone_accountable(v: VacancyFacts, shift: int) -> None:
    day = DAY + timedelta(days=shift)
    if shown_verified(v, day):
        assert v.verified and v.status == "open" and day <= v.valid_until
        assert v.scheme != "p_to_p" or v.p3mi_licence.strip()
        assert v.scheme not in ("g_to_g", "sp2t") or v.programme.strip()
        assert v.scheme != "perseorangan" or v.employer_name.strip()
    if is_open(v, day):
        assert shown_verified(v, day) and v.valid_from <= day
    if day > v.valid_until:
        assert not shown_verified(v, day) and "validity_expired" in verification_problems(v, day)


def _vacancy(**kw: object) -> VacancyFacts:
    base = {"id": "v1", "destination_country": "Taiwan", "position": "Perawat lansia", "scheme": "p_to_p",
            "requirements": Requirements(21, 40, "F", "smp"), "valid_from": DAY - timedelta(days=5),
            "valid_until": DAY + timedelta(days=30), "verified": True, "p3mi_licence": "KEP.1/P3MI/2024"}
    base.update(kw)
    return VacancyFacts(**base)  # type: ignore[arg-type]


def test_expired_or_unlicensed_vacancy_is_never_shown_as_verified() -> None:
    good = _vacancy()
    assert shown_verified(good, DAY) and is_open(good, DAY)
    expired = _vacancy(valid_until=DAY - timedelta(days=1))
    assert verification_problems(expired, DAY) == ("validity_expired",)
    assert not shown_verified(expired, DAY) and not is_open(expired, DAY)
    no_licence = _vacancy(p3mi_licence="  ")
    assert verification_problems(no_licence, DAY) == ("licence_missing",)
    assert not shown_verified(no_licence, DAY)
    assert verification_problems(_vacancy(scheme="sp2t", p3mi_licence=""), DAY) == ("programme_missing",)
    assert verification_problems(_vacancy(scheme="sp2t", p3mi_licence="", programme="SP2T"), DAY) == ()
    assert not is_open(_vacancy(valid_from=DAY + timedelta(days=1)), DAY)  # not yet valid
    assert not is_open(_vacancy(verified=False), DAY)


def test_impossible_requirements_are_field_errors() -> None:
    errors = requirement_errors(Requirements(min_age=45, max_age=30))
    assert errors["min_age"].code == "min_above_max"
    assert requirement_errors(Requirements(min_age=16))["min_age"].code == "out_of_range"
    assert requirement_errors(Requirements(sex="X"))["sex"].code == "choice_invalid"
    assert requirement_errors(Requirements(min_education="phd"))["min_education"].code == "choice_invalid"
    assert requirement_errors(Requirements(21, 21, "F", "sma", ("JLPT N4",), "", 150)) == {}


def test_worked_example_spells_out_met_and_not_met() -> None:
    v = _vacancy(requirements=Requirements(21, 40, "F", "sma", ("JLPT N4",), "tidak buta warna", 155))
    p = CandidateProfile(date(2000, 11, 24), "F", "smp", frozenset({"jlpt n4"}), None)
    m = check_vacancy(p, v, DAY)
    states = {c.code: c.state for c in m.checks}
    assert states == {"age": "met", "sex": "met", "education": "not_met", "certificate": "met", "height": "unknown",
                      "health": "unknown"}
    assert [c.actual for c in m.checks if c.code == "age"] == ["25"]  # birthday tomorrow: still 25
    assert not m.fits
