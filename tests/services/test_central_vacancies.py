"""Vacancies received from the centre: installed from a signed list in one audited transaction, upserted by the
centre's id, closed (never deleted) when they leave the list, never changed at the office, and offered only under
the same rules as the office's own vacancies."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from ltsa_desktop.domain.bundle import generate_keypair, public_key_for, sign_bundle
from ltsa_desktop.domain.errors import InvalidState, PermissionDenied, ValidationFailed
from ltsa_desktop.domain.vacancy_list import (
    LIST_FORMAT,
    BundleError,
    sign_vacancy_list,
    vacancy_list_from_dict,
)
from ltsa_desktop.services import applicants, catalog, jobs
from ltsa_desktop.storage.models.core import AuditEntry, OfficeSetting, Outbox
from ltsa_desktop.storage.models.jobs import Vacancy
from tests.domain.test_catalog import SEED
from tests.services.test_jobs import CAREGIVER, SITI, TODAY

KEY_ID = "pusat-uji"
PRIVATE = bytes(range(32))
ISSUED = "2026-11-22T09:00:00+07:00"


def trust(office) -> None:  # type: ignore[no-untyped-def]
    """The office trusts the test issuer key (once)."""
    if KEY_ID not in catalog.trusted_keys(office.ctx):
        catalog.trust_issuer_key(office.ctx, office.admin, KEY_ID,
                                 base64.b64encode(public_key_for(PRIVATE)).decode(), "uji")


def entry(central_id: str, **changes: Any) -> dict[str, Any]:
    """A verified centre vacancy for Taiwan caregivers that fits Siti."""
    base: dict[str, Any] = {
        "id": central_id, "destination_country": "Taiwan", "position": "Pengasuh lansia (pusat)",
        "scheme": "p_to_p", "p3mi_name": "PT Mitra Pusat", "p3mi_licence": "KEP.9/P3MI/2025",
        "exempt_job": "pengasuh_lansia", "valid_from": (TODAY - timedelta(days=5)).isoformat(),
        "valid_until": (TODAY + timedelta(days=60)).isoformat(), "min_age": 21, "max_age": 40, "sex": "F",
        "min_education": "smp", "quota": 20, "salary_amount": 20_000, "salary_currency": "TWD",
        "contract_months": 36, "verified": True, "verified_by": "Direktorat Penempatan",
        "verified_at": "2026-11-21T10:00:00+07:00", "status": "open"}
    base.update(changes)
    return base


def signed_list(*entries: dict[str, Any], issued_at: str = ISSUED, key: bytes = PRIVATE,
                key_id: str = KEY_ID) -> bytes:
    return sign_vacancy_list(vacancy_list_from_dict({"format": LIST_FORMAT, "issuer": "BP2MI Pusat",
                                                     "issued_at": issued_at, "vacancies": list(entries)}),
                             key, key_id)


def install(office, data: bytes, version: int) -> jobs.CentralListInstalled:  # type: ignore[no-untyped-def]
    return jobs.install_central_vacancies(office.ctx, office.admin, data, list_version=version).value


def _snapshot(office) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    """Everything an install could change: vacancies, outbox, the installed-list setting."""
    with office.ctx.read() as s:
        rows = sorted((v.id, v.version, v.status, v.quota) for v in s.execute(select(Vacancy)).scalars())
        outbox = s.execute(select(func.count()).select_from(Outbox)).scalar_one()
        state = s.get(OfficeSetting, jobs.CENTRAL_LIST_SETTING)
        return rows, outbox, state.value_json if state else None


def _central(office) -> dict[str, Vacancy]:  # type: ignore[no-untyped-def]
    with office.ctx.read() as s:
        rows = s.execute(select(Vacancy).where(Vacancy.central_id.is_not(None))).scalars().all()
        s.expunge_all()
        return {v.central_id: v for v in rows if v.central_id}


def test_install_adds_verified_central_vacancies_offered_like_office_ones(office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    done = install(office, signed_list(entry("C-1"), entry("C-2", verified=False, verified_by="",
                                                               verified_at=None)), 1)
    assert (done.version, done.key_id, done.added, done.updated, done.closed) == (1, KEY_ID, 2, 0, 0)
    rows = {r.central_id: r for r in jobs.list_vacancies(office.ctx)}
    c1, c2 = rows["C-1"], rows["C-2"]
    assert c1.from_centre and c1.data.source == "central" and c1.central_verified_by == "Direktorat Penempatan"
    assert c1.verified and c1.shown_verified and c1.open_now
    assert not c2.verified and not c2.open_now
    assert [r.central_id for r in jobs.public_vacancies(office.ctx)] == ["C-1"]  # the kiosk board and the PDF
    siti = applicants.register_applicant(office.ctx, office.staff, SITI).value
    matches = jobs.match_for_applicant(office.ctx, siti.id)
    assert [m.vacancy.central_id for m in matches] == ["C-1"] and matches[0].result.fits
    with office.ctx.read() as s:
        entry_ = s.execute(select(AuditEntry).where(AuditEntry.action == "install_central_vacancies")).scalar_one()
        outbox = s.execute(select(func.count()).select_from(Outbox).where(Outbox.entity == "vacancy")).scalar_one()
    details = json.loads(entry_.details_json)
    assert entry_.action == "install_central_vacancies" and entry_.entity_id == "1"
    assert details["added"] == 2 and details["vacancies"] == 2 and details["key_id"] == KEY_ID
    assert outbox == 2  # the office's copies are synced records like any other
    assert jobs.central_list_state(office.ctx)["version"] == 1


def test_a_newer_list_upserts_by_centre_id_and_closes_what_left_it(office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    install(office, signed_list(entry("C-1"), entry("C-2"), entry("C-3")), 1)
    before = _central(office)
    done = install(office, signed_list(entry("C-1"), entry("C-2", quota=5, verified=False, verified_by=""),
                                       entry("C-4"), issued_at="2026-11-23T08:00:00+07:00"), 2)
    assert (done.added, done.updated, done.unchanged, done.closed) == (1, 1, 1, 1)
    after = _central(office)
    assert after["C-1"].id == before["C-1"].id and after["C-1"].version == before["C-1"].version  # untouched
    assert after["C-2"].id == before["C-2"].id and after["C-2"].quota == 5 and not after["C-2"].verified
    assert after["C-3"].status == "closed" and "versi 2" in after["C-3"].status_reason  # closed, not deleted
    assert after["C-3"].id == before["C-3"].id and len(after) == 4
    # back in a later list: open again
    install(office, signed_list(entry("C-3"), issued_at="2026-11-24T08:00:00+07:00"), 3)
    again = _central(office)
    assert again["C-3"].status == "open" and again["C-1"].status == "closed"
    statuses = {v.status for k, v in again.items() if k != "C-3"}
    assert statuses == {"closed"}


def test_the_centres_status_is_taken_over(office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    install(office, signed_list(entry("C-1", status="withdrawn", status_reason="izin P3MI dicabut")), 1)
    row = next(r for r in jobs.list_vacancies(office.ctx, include_closed=True) if r.central_id == "C-1")
    assert row.status == "withdrawn" and row.status_reason == "izin P3MI dicabut" and not row.open_now


def test_a_central_vacancy_cannot_be_changed_at_the_office(office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    install(office, signed_list(entry("C-1")), 1)
    row = next(r for r in jobs.list_vacancies(office.ctx) if r.central_id == "C-1")
    before = _snapshot(office)
    calls = (lambda: jobs.update_vacancy(office.ctx, office.staff, row.id, row.version,
                                         replace(row.data, quota=99, source="office")),
             lambda: jobs.verify_vacancy(office.ctx, office.supervisor, row.id, row.version),
             lambda: jobs.set_vacancy_status(office.ctx, office.staff, row.id, row.version, "closed", "penuh"))
    for call in calls:
        with pytest.raises(InvalidState) as info:
            call()
        assert info.value.code == "vacancy_from_centre" and "centre" in info.value.message
    assert _snapshot(office) == before
    # nor can staff enter a vacancy that claims to come from the centre
    with pytest.raises(ValidationFailed) as refused:
        jobs.create_vacancy(office.ctx, office.staff, replace(CAREGIVER, source="central"))
    assert refused.value.fields["source"].code == "choice_invalid"
    office_row = jobs.create_vacancy(office.ctx, office.staff, CAREGIVER).value
    with pytest.raises(ValidationFailed):
        jobs.update_vacancy(office.ctx, office.staff, office_row.id, office_row.version,
                            replace(CAREGIVER, source="central"))


@pytest.mark.parametrize("case", ["unknown_key", "bad_signature", "wrong_kind", "bundle_tampered",
                                  "vacancy_list_invalid", "not_newer", "older_issue"])
def test_a_refused_list_changes_nothing(office, case) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    install(office, signed_list(entry("C-1"), entry("C-2")), 1)
    before = _snapshot(office)
    other, _ = generate_keypair()
    data = {
        "unknown_key": lambda: signed_list(entry("C-9"), key_id="kunci-asing"),
        "bad_signature": lambda: signed_list(entry("C-9"), key=other),
        "wrong_kind": lambda: sign_bundle(SEED, PRIVATE, KEY_ID),
        "bundle_tampered": lambda: signed_list(entry("C-9")).replace(b"C-9", b"C-8"),
        "vacancy_list_invalid": lambda: signed_list(entry("C-9", salary_currency="rupiah"),
                                                    issued_at="2026-11-23T09:00:00+07:00"),
        "not_newer": lambda: signed_list(entry("C-9")),  # issued at the same moment, even under a new number
        "older_issue": lambda: signed_list(entry("C-9"), issued_at="2026-11-01T09:00:00+07:00"),
    }[case]()
    version = 2
    with pytest.raises((BundleError, InvalidState)) as info:
        install(office, data, version)
    expected = {"not_newer": "vacancy_list_not_newer", "older_issue": "vacancy_list_not_newer"}.get(case, case)
    assert info.value.code == expected
    assert _snapshot(office) == before
    assert set(_central(office)) == {"C-1", "C-2"}


def test_the_signed_issue_time_decides_newer_not_the_servers_number(office) -> None:  # type: ignore[no-untyped-def]
    """A centre restored from an older backup numbers its lists lower again: a list it signed later still
    installs; the number is only a label."""
    trust(office)
    install(office, signed_list(entry("C-1")), 7)
    later = install(office, signed_list(entry("C-1"), entry("C-2"), issued_at="2026-11-23T09:00:00+07:00"), 2)
    assert (later.version, later.added, later.unchanged) == (2, 1, 1)
    assert set(_central(office)) == {"C-1", "C-2"}
    assert jobs.central_list_state(office.ctx)["version"] == 2


def test_a_vacancy_without_verification_time_is_not_rewritten_by_each_list(office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    install(office, signed_list(entry("C-1", verified_at=None)), 1)
    first = _central(office)["C-1"]
    again = install(office, signed_list(entry("C-1", verified_at=None), issued_at="2026-11-23T09:00:00+07:00"), 2)
    assert (again.updated, again.unchanged) == (0, 1)
    now = _central(office)["C-1"]
    assert now.version == first.version and now.verified and now.verified_at is None


def test_a_vacancy_typed_in_as_central_before_lists_existed_stays_the_offices(office) -> None:  # type: ignore[no-untyped-def]
    """Before signed lists, staff could mark a vacancy they typed in as reference data from the centre. Such a
    vacancy has no centre id: the office can still change, close or withdraw it."""
    row = jobs.create_vacancy(office.ctx, office.staff, CAREGIVER).value
    with office.ctx.db.write() as s:  # as an older version of the program stored it
        s.get(Vacancy, row.id).source = "central"
    listed = {r.id: r for r in jobs.list_vacancies(office.ctx)}[row.id]
    assert not listed.from_centre
    closed = jobs.set_vacancy_status(office.ctx, office.supervisor, row.id, listed.version, "withdrawn",
                                     "job order cancelled").value
    assert closed.status == "withdrawn"


def test_only_administrators_install(office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    with pytest.raises(PermissionDenied):
        jobs.install_central_vacancies(office.ctx, office.supervisor, signed_list(entry("C-1")), list_version=1)
    assert _central(office) == {}


def test_an_expired_central_vacancy_is_not_shown_as_verified(office) -> None:  # type: ignore[no-untyped-def]
    trust(office)
    install(office, signed_list(entry("C-1", valid_until=(TODAY + timedelta(days=1)).isoformat()),
                                entry("C-2", p3mi_licence="")), 1)
    rows = {r.central_id: r for r in jobs.list_vacancies(office.ctx)}
    assert not rows["C-2"].shown_verified and rows["C-2"].problems == ("licence_missing",)
    assert rows["C-1"].open_now
    office.clock.advance(days=2)
    later = {r.central_id: r for r in jobs.list_vacancies(office.ctx)}
    assert later["C-1"].verified and not later["C-1"].shown_verified and not later["C-1"].open_now
    assert jobs.public_vacancies(office.ctx) == []


@pytest.mark.postgres
def test_install_upsert_and_close_on_postgresql(postgres_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import auth
    from ltsa_desktop.services.office import open_context
    from tests.conftest import PASSWORD

    ctx = open_context(postgres_office.db, postgres_office.device_file, data_dir=tmp_path)
    admin = auth.sign_in(ctx, "admin", PASSWORD)
    catalog.trust_issuer_key(ctx, admin, KEY_ID, base64.b64encode(public_key_for(PRIVATE)).decode())
    today = jobs._today(ctx)
    dates = {"valid_from": (today - timedelta(days=1)).isoformat(), "valid_until": (today + timedelta(days=30)).isoformat()}
    first = jobs.install_central_vacancies(ctx, admin, signed_list(entry("C-1", **dates), entry("C-2", **dates)),
                                           list_version=1).value
    second = jobs.install_central_vacancies(ctx, admin, signed_list(
        entry("C-1", quota=2, **dates), issued_at="2026-11-23T09:00:00+07:00"), list_version=2).value
    assert (first.added, second.updated, second.closed) == (2, 1, 1)
    rows = {r.central_id: r for r in jobs.list_vacancies(ctx, include_closed=True)}
    assert rows["C-1"].data.quota == 2 and rows["C-1"].open_now and rows["C-2"].status == "closed"
    with pytest.raises(InvalidState):
        jobs.install_central_vacancies(ctx, admin, signed_list(entry("C-3", **dates)), list_version=2)
    assert len(jobs.list_vacancies(ctx, include_closed=True)) == 2
