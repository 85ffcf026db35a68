"""Catalog, fee resolution and signed bundles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.bundle import (
    BundleError,
    diff_catalogs,
    generate_keypair,
    sign_bundle,
    verify_bundle,
)
from ltsa_desktop.domain.catalog import CatalogError, ExemptJob, Payer
from ltsa_desktop.domain.catalog_seed import catalog_from_dict, catalog_from_toml_text, catalog_to_dict
from ltsa_desktop.domain.fees import ApplicantProfile, resolve_fees

SEED = (Path(__file__).resolve().parents[2] / "resources" / "catalog" / "catalog.toml").read_text("utf-8")
CATALOG = catalog_from_toml_text(SEED)
DAY = date(2026, 11, 23)
ALL = [s.code for s in CATALOG.services]
OPTIONAL = [ln.line_code for ln in CATALOG.schedule_in_force(DAY).lines if ln.optional]


def test_seed_has_every_service_with_basis_and_confidence() -> None:
    assert len(CATALOG.services) >= 17
    assert {"INF-01", "NAK-01", "IMI-01", "POL-01", "JST-02", "PGD-02"} <= set(ALL)
    for line in CATALOG.schedule_in_force(DAY).lines:
        assert line.legal_basis.strip() and line.confidence.value in "RSU"
    kes = CATALOG.schedule_in_force(DAY).lines_for("KES-01")[0]
    assert kes.unverified and "belum terverifikasi" in kes.note


def test_known_amounts() -> None:
    quote = resolve_fees(CATALOG, ["POL-01", "IMI-01", "JST-01"], ApplicantProfile(first_time_cpmi=True), DAY)
    amounts = {ln.line_code: (ln.amount, ln.payer) for ln in quote.lines}
    assert amounts == {"POL-01/pnbp": (30000, Payer.APPLICANT), "IMI-01/pnbp": (0, Payer.GOVERNMENT),
                       "JST-01/jkk-jkm": (37500, Payer.APPLICANT)}
    assert quote.applicant_total == 67500
    repeat = resolve_fees(CATALOG, ["IMI-01"], ApplicantProfile(first_time_cpmi=False), DAY)
    assert repeat.lines == ()  # the zero tariff is for a first passport only: IMI-02 applies instead


profiles = st.builds(ApplicantProfile, scheme=st.sampled_from([None, "p_to_p", "g_to_g", "perseorangan", "sp2t"]),
                     exempt_job=st.one_of(st.none(), st.sampled_from([j.value for j in ExemptJob])),
                     first_time_cpmi=st.booleans())


@given(profiles, st.lists(st.sampled_from(ALL), max_size=10), st.lists(st.sampled_from(OPTIONAL), max_size=4))
def test_totals_add_up_and_exempt_jobs_pay_nothing_exemptable(profile, services, optional) -> None:  # type: ignore[no-untyped-def]
    quote = resolve_fees(CATALOG, services, profile, DAY, chosen_optional=optional)
    assert sum(quote.total_for(p) for p in Payer) == quote.grand_total == sum(ln.amount for ln in quote.lines)
    assert all(isinstance(ln.amount, int) and ln.amount >= 0 for ln in quote.lines)
    schedule = CATALOG.schedule_in_force(DAY)
    by_code = {ln.line_code: ln for ln in schedule.lines}
    for line in quote.lines:
        assert line.service_code in services
        if profile.exempt_job and by_code[line.line_code].payer_if_exempt_job is not None:
            assert line.payer is not Payer.APPLICANT
    assert resolve_fees(CATALOG, services, profile, DAY, chosen_optional=optional) == quote  # deterministic


@given(st.lists(st.integers(min_value=1, max_value=400), min_size=1, max_size=6), st.integers(0, 3000))
def test_exactly_one_schedule_in_force(gaps, probe) -> None:  # type: ignore[no-untyped-def]
    base = CATALOG.schedules[0]
    start = date(2020, 1, 1)
    versions = []
    for i, gap in enumerate(gaps):
        end = start + timedelta(days=gap - 1)
        last = i == len(gaps) - 1
        versions.append(replace(base, version=f"v{i}", effective_from=start, effective_to=None if last else end))
        start = end + timedelta(days=1)
    catalog = replace(CATALOG, schedules=tuple(versions)).check()
    day = date(2020, 1, 1) + timedelta(days=probe)
    assert sum(v.in_force_on(day) for v in catalog.schedules) == 1
    assert catalog.schedule_in_force(day).in_force_on(day)


@pytest.mark.parametrize("mutate, reason", [
    (lambda ln: {**ln, "amount": -5}, "negative amount"),
    (lambda ln: {**ln, "amount": 1.5}, "whole number"),
    (lambda ln: {**ln, "amount": True}, "whole number"),
    (lambda ln: {**ln, "payer": "broker"}, "unknown payer"),
    (lambda ln: {**ln, "legal_basis": "  "}, "no legal basis"),
    (lambda ln: {k: v for k, v in ln.items() if k != "legal_basis"}, "legal_basis is missing"),
])
def test_bad_lines_are_refused_naming_the_line(mutate, reason) -> None:  # type: ignore[no-untyped-def]
    data = catalog_to_dict(CATALOG)
    data["schedules"][0]["lines"][5] = mutate(data["schedules"][0]["lines"][5])
    code = data["schedules"][0]["lines"][5].get("line_code")
    with pytest.raises(CatalogError) as info:
        catalog_from_dict(data)
    assert any(reason in p and str(code) in p for p in info.value.problems), info.value.problems


def test_overlapping_schedules_refused() -> None:
    data = catalog_to_dict(CATALOG)
    second = dict(data["schedules"][0], version="2027.1", effective_from="2026-01-01")
    data["schedules"].append(second)
    with pytest.raises(CatalogError) as info:
        catalog_from_dict(data)
    assert any("overlaps" in p for p in info.value.problems)


def test_signed_bundle_round_trip_and_tampering() -> None:
    private, public = generate_keypair()
    other_private, other_public = generate_keypair()
    bundle = sign_bundle(CATALOG, private, "issuer-1")
    assert verify_bundle(bundle, {"issuer-1": public}) == CATALOG
    for data, code in [
        (bundle.replace(b"30000", b"30001"), "bad_signature"),
        (bundle, "unknown_key"),
        (sign_bundle(CATALOG, other_private, "issuer-1"), "bad_signature"),
        (bundle[: len(bundle) // 2], "bundle_malformed"),
        (b'{"format": "ltsa-bundle/1", "payload": "{}"}', "bundle_unsigned"),
        (b"<html>502 Bad Gateway</html>", "bundle_malformed"),
    ]:
        keys = {"other": other_public} if code == "unknown_key" else {"issuer-1": public}
        with pytest.raises(BundleError) as info:
            verify_bundle(data, keys)
        assert info.value.code == code


def test_diff_for_import_preview() -> None:
    data = catalog_to_dict(CATALOG)
    data["schedules"][0]["lines"] = [dict(ln, amount=35000) if ln["line_code"] == "POL-01/pnbp" else ln
                                     for ln in data["schedules"][0]["lines"] if ln["line_code"] != "BNK-01/setoran"]
    new = catalog_from_dict(data)
    diff = diff_catalogs(CATALOG, new)
    assert diff.changed_lines == (("2026.1:POL-01/pnbp", "amount 30000 → 35000"),)
    assert diff.removed_lines == ("2026.1:BNK-01/setoran",)
    assert diff_catalogs(CATALOG, CATALOG).empty
