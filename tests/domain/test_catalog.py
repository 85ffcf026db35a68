"""The catalog and fee-schedule domain: the seed as DOMAIN.md states it, and validation of bad data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.catalog import (
    STANDARD_COMPONENTS,
    Catalog,
    CatalogError,
    Confidence,
    ExemptJob,
    FeeLine,
    FeeScheduleVersion,
    Payer,
    ProcedureStep,
    Requirement,
    Scheme,
    SchemeInfo,
    Service,
)
from ltsa_desktop.domain.catalog_seed import catalog_from_toml_text

SEED_TEXT = (Path(__file__).resolve().parents[2] / "resources" / "catalog" / "catalog.toml").read_text("utf-8")
SEED = catalog_from_toml_text(SEED_TEXT)
DAY = date(2026, 3, 2)
DOMAIN_CODES = ["INF-01", "NAK-01", "NAK-02", "DUK-01", "KES-01", "POL-01", "IMI-01", "IMI-02", "IMI-03", "IMI-04",
                "JST-01", "JST-02", "BNK-01", "LAT-01", "BPM-01", "BPM-02", "BPM-03", "BPM-04", "PGD-01", "PGD-02"]

# ---------------------------------------------------------------------------------------------------------------
# strategies: valid catalogs of any shape (also used by test_fees and test_bundle)

_text = st.text(alphabet="abcdeXYZ 0123/–éÁ()·", min_size=1, max_size=12).filter(str.strip)
_any_text = st.text(alphabet="abc XYZ–é", max_size=8)


@st.composite
def fee_lines(draw: st.DrawFn, service: str, code: str, optional: bool = False, group: str = "") -> FeeLine:
    payer = draw(st.sampled_from(Payer))
    amount = 0 if payer is Payer.FREE else draw(st.integers(0, 5_000_000))
    exempt_payers = [None, Payer.EMPLOYER, Payer.GOVERNMENT] + ([Payer.FREE] if amount == 0 else [])
    first, not_first = draw(st.sampled_from([(False, False), (True, False), (False, True)]))
    unit = "" if group or not optional else draw(st.sampled_from(["", "bulan"]))
    return FeeLine(code, service, draw(_text), draw(_any_text), amount, payer, draw(_text),
                   draw(st.sampled_from(Confidence)), source=draw(_any_text),
                   payer_if_exempt_job=draw(st.sampled_from(exempt_payers)), first_time_cpmi_only=first,
                   not_first_time_only=not_first, schemes=draw(st.frozensets(st.sampled_from(Scheme))),
                   optional=optional, note=draw(_any_text), choice_group=group, unit=unit)


@st.composite
def service_lines(draw: st.DrawFn, service: str) -> list[FeeLine]:
    lines = [draw(fee_lines(service, f"{service}/{i}", optional=draw(st.booleans())))
             for i in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        lines += [draw(fee_lines(service, f"{service}/g{i}", optional=True, group="g"))
                  for i in range(draw(st.integers(2, 3)))]
    return lines


@st.composite
def services(draw: st.DrawFn, code: str) -> Service:
    reqs = tuple(Requirement(f"r{i}", draw(_text), draw(_any_text), draw(st.booleans()),
                             draw(st.frozensets(st.sampled_from(Scheme))), draw(_any_text))
                 for i in range(draw(st.integers(0, 3))))
    steps = tuple(ProcedureStep(draw(_text), draw(_any_text), draw(st.integers(0, 60)), draw(_any_text))
                  for _ in range(draw(st.integers(0, 3))))
    return Service(code, draw(_text), draw(_any_text), draw(_any_text), draw(_any_text), draw(_any_text),
                   draw(_any_text), draw(_text), draw(_any_text), draw(st.booleans()), reqs, steps,
                   alternative_group=draw(st.sampled_from(["", "", "paspor"])), facilities=draw(_any_text),
                   performance_evaluation=draw(_any_text))


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    codes = draw(st.lists(st.from_regex(r"[A-Z]{3}-0[1-9]", fullmatch=True), min_size=1, max_size=5, unique=True))
    start = draw(st.dates(date(2015, 1, 1), date(2030, 1, 1)))
    versions = []
    for i in range(draw(st.integers(1, 3))):
        last = draw(st.booleans())
        end = None if last else start + timedelta(days=draw(st.integers(0, 800)))
        lines = tuple(line for code in codes for line in draw(service_lines(code)))
        versions.append(FeeScheduleVersion(f"20{20 + i}.1", start, end, lines, draw(_any_text),
                                           draw(st.none() | st.dates(date(2015, 1, 1), date(2030, 1, 1)))))
        if end is None:
            break
        start = end + timedelta(days=draw(st.integers(1, 30)))
    schemes = tuple(SchemeInfo(s.value, draw(_text), draw(_any_text))
                    for s in draw(st.lists(st.sampled_from(Scheme), unique=True)))
    return Catalog(tuple(draw(services(c)) for c in codes), tuple(versions), schemes, draw(_any_text))


# ---------------------------------------------------------------------------------------------------------------
# the seed


def test_seed_has_every_domain_service_with_basis_and_confidence_on_every_line() -> None:
    assert [s.code for s in SEED.services] == DOMAIN_CODES
    assert SEED.validate() == []
    schedule = SEED.schedule_in_force(DAY)
    assert (schedule.version, schedule.effective_from, schedule.effective_to) == ("2026.1", date(2024, 12, 18), None)
    for service in SEED.services:
        assert service.legal_basis.strip() and service.name_id and service.desk and service.time_standard
        assert schedule.lines_for(service.code), service.code
    for line in schedule.lines:
        assert line.legal_basis.strip(), line.line_code
        assert isinstance(line.confidence, Confidence) and isinstance(line.payer, Payer)
        assert type(line.amount) is int and line.amount >= 0
    assert {s.code for s in SEED.schemes} == {s.value for s in Scheme}


def test_seed_amounts_and_payers_are_those_of_domain_md() -> None:
    schedule = SEED.schedule_in_force(DAY)
    expected = {  # line: (amount, payer, payer if exempt job, confidence)
        "POL-01/pnbp": (30_000, "applicant", "employer", "S"),
        "IMI-01/pnbp": (0, "government", None, "S"),
        "IMI-01/pnbp-bukan-pertama": (350_000, "applicant", "employer", "S"),
        "IMI-02/pnbp": (350_000, "applicant", "employer", "S"),
        "IMI-03/pnbp-5": (650_000, "applicant", None, "S"),
        "IMI-03/pnbp-10": (950_000, "applicant", None, "S"),
        "IMI-04/percepatan": (1_000_000, "applicant", None, "S"),
        "JST-01/jkk-jkm": (37_500, "applicant", "employer", "R"),
        "JST-02/6bln": (108_000, "applicant", "employer", "R"),
        "JST-02/12bln": (189_000, "applicant", "employer", "R"),
        "JST-02/24bln": (332_500, "applicant", "employer", "R"),
        "JST-02/tambahan-bulan": (13_500, "applicant", "employer", "R"),
        "KES-01/pemeriksaan": (0, "applicant", "employer", "U"),
        "LAT-01/pelatihan": (0, "applicant", "government", "U"),
        "DUK-01/biaya": (0, "free", None, "S"),
        "BPM-02/biaya": (0, "free", None, "R"),
        "BNK-01/setoran": (0, "applicant", None, "U"),
    }
    for code, (amount, payer, exempt, confidence) in expected.items():
        line = schedule.line(code)
        assert (line.amount, line.payer, line.payer_if_exempt_job, line.confidence) == (
            amount, payer, exempt, confidence), code
    assert "79A" in schedule.line("DUK-01/biaya").legal_basis
    assert "PP 45/2024" in schedule.line("IMI-03/pnbp-10").legal_basis
    assert schedule.line("IMI-01/pnbp").first_time_cpmi_only
    assert schedule.line("IMI-01/pnbp-bukan-pertama").not_first_time_only
    assert "3(5)" in schedule.line("LAT-01/pelatihan").legal_basis
    kes = schedule.line("KES-01/pemeriksaan")
    assert kes.unverified and "tarif Permenkes 26/2015 – belum terverifikasi" in kes.note
    jht = [ln for ln in schedule.lines_for("JST-02") if ln.choice_group == "jht" and ln.amount]
    assert [ln.amount for ln in jht] == [50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000]
    assert all(ln.unverified and ln.payer_if_exempt_job is None for ln in jht)  # "per month?" is [U]
    assert {ln.choice_group for ln in schedule.lines_for("IMI-03")} == {"masa-berlaku"}


def test_seed_services_carry_the_standard() -> None:
    assert len(STANDARD_COMPONENTS) == 14
    placement = {s.code for s in SEED.services if s.is_placement_service}
    assert not placement & {"INF-01", "DUK-01", "BNK-01", "PGD-01", "PGD-02"}
    assert {"NAK-01", "KES-01", "POL-01", "IMI-01", "JST-02", "BPM-03"} <= placement
    nak = SEED.service("NAK-01")
    assert nak.procedure_days == 3 and len(nak.requirements) >= 8
    job_order = next(r for r in nak.requirements if r.code == "job_order")
    assert job_order.applies_to("p_to_p") and not job_order.applies_to("perseorangan")
    assert job_order.applies_to(None)
    assert SEED.service("BPM-02").time_standard.startswith("≤ 1 hari kerja")
    assert {s.code for s in SEED.services if s.alternative_group == "paspor"} == {"IMI-01", "IMI-02", "IMI-03"}
    assert "sarana" in SEED.service("INF-01").missing_components()  # not in the sources: shown as not set
    assert "persyaratan" not in SEED.service("INF-01").missing_components()


def test_exempt_jobs_are_the_ten_of_perban_9_2020() -> None:
    assert [j.value for j in ExemptJob] == [
        "pengurus_rumah_tangga", "pengasuh_bayi", "pengasuh_lansia", "juru_masak", "sopir_keluarga",
        "perawat_taman", "pengasuh_anak", "petugas_kebersihan", "pekerja_ladang_perkebunan",
        "awak_kapal_perikanan_migran"]


def test_no_schedule_before_pp_45_2024() -> None:
    with pytest.raises(CatalogError) as info:
        SEED.schedule_in_force(date(2024, 12, 17))
    assert info.value.code == "no_schedule" and "2024-12-17" in info.value.problems[0]


# ---------------------------------------------------------------------------------------------------------------
# validation: each bad value refused, naming the line and the reason

_SCHEDULE = SEED.schedules[0]
_POL = _SCHEDULE.line("POL-01/pnbp")


def _with_line(line: FeeLine, *extra: FeeLine) -> Catalog:
    lines = tuple(line if ln.line_code == line.line_code else ln for ln in _SCHEDULE.lines) + extra
    return replace(SEED, schedules=(replace(_SCHEDULE, lines=lines),))


@pytest.mark.parametrize("change, reason", [
    ({"amount": -5}, "negative amount -5"),
    ({"amount": 1.5}, "whole number of rupiah, got 1.5"),
    ({"amount": True}, "whole number of rupiah, got True"),
    ({"amount": "30000"}, "whole number of rupiah"),
    ({"payer": "broker"}, "unknown payer 'broker'"),
    ({"legal_basis": ""}, "no legal basis"),
    ({"legal_basis": "   "}, "no legal basis"),
    ({"payer_if_exempt_job": Payer.APPLICANT}, "payer_if_exempt_job cannot be the applicant"),
    ({"payer_if_exempt_job": "boss"}, "unknown payer_if_exempt_job"),
    ({"payer": Payer.FREE}, "a free line must be Rp0"),
    ({"confidence": "maybe"}, "unknown confidence"),
    ({"service_code": "XXX-99"}, "unknown service XXX-99"),
    ({"first_time_cpmi_only": True, "not_first_time_only": True}, "exclude each other"),
    ({"schemes": frozenset({"p_to_q"})}, "unknown scheme 'p_to_q'"),
    ({"choice_group": "alone", "optional": True}, "has a single line"),
    ({"unit": "bulan"}, "must be optional"),
    ({"label_id": ""}, "Indonesian label is required"),
])
def test_bad_line_is_refused_with_line_and_reason(change: dict, reason: str) -> None:  # type: ignore[type-arg]
    problems = _with_line(replace(_POL, **change)).validate()
    assert any("POL-01/pnbp" in p and reason in p for p in problems), problems
    with pytest.raises(CatalogError) as info:
        _with_line(replace(_POL, **change)).check()
    assert info.value.code == "catalog_invalid" and info.value.problems == problems


def test_duplicate_codes_and_unpriced_services_are_refused() -> None:
    problems = _with_line(_POL, replace(_POL, amount=1)).validate()
    assert "schedule 2026.1 line POL-01/pnbp: line code used twice" in problems
    no_pol = replace(_SCHEDULE, lines=tuple(ln for ln in _SCHEDULE.lines if ln.service_code != "POL-01"))
    assert replace(SEED, schedules=(no_pol,)).validate() == [
        "schedule 2026.1: service POL-01 has no fee line (state Rp0 explicitly)"]
    twice = replace(SEED, services=SEED.services + (SEED.services[0],))
    assert "service INF-01: defined twice" in twice.validate()
    bad_step = replace(SEED.services[1], procedure=(ProcedureStep("x", "x", -1),))
    assert any("NAK-01" in p and "invalid time standard" in p
               for p in replace(SEED, services=(SEED.services[0], bad_step, *SEED.services[2:])).validate())


def test_overlapping_and_reversed_dates_are_refused() -> None:
    later = replace(_SCHEDULE, version="2027.1", effective_from=date(2026, 1, 1))
    problems = replace(SEED, schedules=(_SCHEDULE, later)).validate()
    assert problems == ["schedule 2026.1 overlaps 2027.1 (effective dates)"]
    with pytest.raises(CatalogError) as info:
        replace(SEED, schedules=(_SCHEDULE, later)).schedule_in_force(date(2026, 6, 1))
    assert info.value.code == "schedules_overlap"
    closed = replace(_SCHEDULE, effective_to=date(2025, 12, 31))
    assert replace(SEED, schedules=(closed, later)).validate() == []
    reversed_ = replace(_SCHEDULE, effective_to=date(2024, 1, 1))
    assert replace(SEED, schedules=(reversed_,)).validate() == [
        "schedule 2026.1: effective_to before effective_from"]
    same_name = replace(SEED, schedules=(closed, replace(later, version="2026.1")))
    assert "schedule 2026.1: version defined twice" in same_name.validate()


# ---------------------------------------------------------------------------------------------------------------
# properties

WINDOW = date(2024, 1, 1)


@given(st.lists(st.tuples(st.integers(0, 60), st.none() | st.integers(0, 40)), min_size=1, max_size=5),
       st.integers(0, 120))
def test_schedule_in_force_is_unique_or_refused(intervals: list[tuple[int, int | None]], probe: int) -> None:
    """On generated versions: validate reports an overlap exactly when some day is covered twice, and a valid
    catalog has exactly one schedule in force on every covered day and none elsewhere."""
    versions = tuple(replace(_SCHEDULE, version=f"v{i}", effective_from=WINDOW + timedelta(days=start),
                             effective_to=None if length is None else WINDOW + timedelta(days=start + length))
                     for i, (start, length) in enumerate(intervals))
    catalog = replace(SEED, schedules=versions)
    horizon = [WINDOW + timedelta(days=d) for d in range(0, 130)]
    covered_twice = any(sum(v.in_force_on(day) for v in versions) > 1 for day in horizon)
    overlap = any("overlaps" in p for p in catalog.validate())
    assert overlap == covered_twice
    day = WINDOW + timedelta(days=probe)
    covering = [v for v in versions if v.in_force_on(day)]
    if len(covering) == 1:
        assert catalog.schedule_in_force(day) is covering[0]
    else:
        with pytest.raises(CatalogError) as info:
            catalog.schedule_in_force(day)
        assert info.value.code == ("no_schedule" if not covering else "schedules_overlap")


@given(catalogs())
def test_generated_catalogs_are_valid_and_have_one_schedule_per_day(catalog: Catalog) -> None:
    assert catalog.validate() == []
    for version in catalog.schedules:
        assert catalog.schedule_in_force(version.effective_from) is version
        if version.effective_to is not None:
            assert catalog.schedule_in_force(version.effective_to) is version
