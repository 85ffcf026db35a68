"""Vacancies, matching and counselling through the services: bad input changes nothing, everything is audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from ltsa_desktop.domain.errors import InvalidState, PermissionDenied, StaleRecord, ValidationFailed
from ltsa_desktop.services import applicants, jobs
from ltsa_desktop.storage.models.core import AuditEntry
from ltsa_desktop.storage.models.jobs import CounsellingSession, Vacancy

TODAY = date(2026, 11, 23)  # the office fixture's service day
SITI = applicants.ApplicantInput(
    nik="3212454509950001", full_name="Siti Nurhaliza", birth_date=date(1995, 9, 5), sex="F", education="smp",
    scheme="p_to_p", destination_country="Taiwan", job_position="Pengasuh lansia", exempt_job="pengasuh_lansia")
BUDI = applicants.ApplicantInput(
    nik="3212011203800002", full_name="Budi Santoso", birth_date=date(1980, 3, 12), sex="M", education="sma")
CAREGIVER = jobs.VacancyInput(
    destination_country="Taiwan", position="Pengasuh lansia", scheme="p_to_p", valid_from=TODAY - timedelta(days=3),
    valid_until=TODAY + timedelta(days=60), p3mi_name="PT Mitra Karya", p3mi_licence="KEP.123/P3MI/2024",
    exempt_job="pengasuh_lansia", min_age=21, max_age=40, sex="F", min_education="smp", quota=5,
    salary_amount=20_000, salary_currency="twd", contract_months=36)


def _count(office, model) -> int:  # type: ignore[no-untyped-def]
    with office.ctx.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _actions(office) -> list[str]:  # type: ignore[no-untyped-def]
    with office.ctx.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def _verified(office, data=CAREGIVER):  # type: ignore[no-untyped-def]
    row = jobs.create_vacancy(office.ctx, office.staff, data).value
    return jobs.verify_vacancy(office.ctx, office.supervisor, row.id, row.version).value


def test_vacancy_is_entered_unverified_then_verified_and_offered(office) -> None:  # type: ignore[no-untyped-def]
    row = jobs.create_vacancy(office.ctx, office.staff, CAREGIVER).value
    assert row.data.salary_currency == "TWD" and not row.verified and not row.open_now
    assert jobs.public_vacancies(office.ctx) == []
    done = jobs.verify_vacancy(office.ctx, office.supervisor, row.id, row.version).value
    assert done.verified and done.shown_verified and done.open_now and done.version == row.version + 1
    assert [r.id for r in jobs.public_vacancies(office.ctx)] == [row.id]
    assert _actions(office)[-2:] == ["create_vacancy", "verify_vacancy"]


def test_only_a_supervisor_verifies(office) -> None:  # type: ignore[no-untyped-def]
    row = jobs.create_vacancy(office.ctx, office.staff, CAREGIVER).value
    with pytest.raises(PermissionDenied):
        jobs.verify_vacancy(office.ctx, office.staff, row.id, row.version)
    assert not jobs.get_vacancy(office.ctx, row.id).verified


def test_missing_licence_or_expired_validity_cannot_be_verified(office) -> None:  # type: ignore[no-untyped-def]
    row = jobs.create_vacancy(office.ctx, office.staff, replace(CAREGIVER, p3mi_licence="")).value
    assert row.problems == ("licence_missing",)
    with pytest.raises(ValidationFailed) as info:
        jobs.verify_vacancy(office.ctx, office.supervisor, row.id, row.version)
    assert info.value.fields["p3mi_licence"].code == "licence_missing"
    assert not jobs.get_vacancy(office.ctx, row.id).verified
    # verified while valid; once its validity ends it is no longer shown as verified, nor offered
    good = _verified(office, replace(CAREGIVER, valid_until=TODAY + timedelta(days=1)))
    office.clock.advance(days=2)
    later = jobs.get_vacancy(office.ctx, good.id)
    assert later.verified and not later.shown_verified and not later.open_now
    assert later.problems == ("validity_expired",)
    assert jobs.public_vacancies(office.ctx) == []
    with pytest.raises(ValidationFailed) as info:
        jobs.verify_vacancy(office.ctx, office.supervisor, later.id, later.version)
    assert info.value.fields["valid_until"].code == "validity_expired"


def test_bad_vacancy_input_names_each_field_and_saves_nothing(office) -> None:  # type: ignore[no-untyped-def]
    bad = replace(CAREGIVER, destination_country=" ", scheme="broker", min_age=45, max_age=30, sex="X",
                  min_education="phd", quota=0, salary_currency="rupiah", valid_until=TODAY - timedelta(days=10),
                  exempt_job="astronaut")
    with pytest.raises(ValidationFailed) as info:
        jobs.create_vacancy(office.ctx, office.staff, bad)
    assert {k: e.code for k, e in info.value.fields.items()} == {
        "destination_country": "required", "scheme": "choice_invalid", "min_age": "min_above_max",
        "sex": "choice_invalid", "min_education": "choice_invalid", "quota": "out_of_range",
        "salary_currency": "currency_invalid", "valid_until": "end_before_start", "exempt_job": "choice_invalid"}
    assert _count(office, Vacancy) == 0


def test_editing_a_verified_vacancy_removes_the_verification(office) -> None:  # type: ignore[no-untyped-def]
    row = _verified(office)
    same = jobs.update_vacancy(office.ctx, office.staff, row.id, row.version, row.data).value
    assert same.verified  # saving without a change keeps it
    edited = jobs.update_vacancy(office.ctx, office.staff, row.id, same.version,
                                 replace(row.data, salary_amount=25_000)).value
    assert not edited.verified and not edited.open_now and edited.data.salary_amount == 25_000
    with pytest.raises(StaleRecord):
        jobs.update_vacancy(office.ctx, office.staff, row.id, row.version, replace(row.data, quota=9))
    assert jobs.get_vacancy(office.ctx, row.id).data.quota == 5


def test_close_and_withdraw_keep_the_record(office) -> None:  # type: ignore[no-untyped-def]
    row = _verified(office)
    with pytest.raises(ValidationFailed) as info:
        jobs.set_vacancy_status(office.ctx, office.staff, row.id, row.version, "deleted", "")
    assert set(info.value.fields) == {"status", "reason"}
    closed = jobs.set_vacancy_status(office.ctx, office.staff, row.id, row.version, "closed", "Kuota terpenuhi").value
    assert closed.status == "closed" and not closed.open_now
    with pytest.raises(InvalidState):
        jobs.set_vacancy_status(office.ctx, office.staff, row.id, closed.version, "withdrawn", "lagi")
    with pytest.raises(InvalidState):
        jobs.update_vacancy(office.ctx, office.staff, row.id, closed.version, row.data)
    assert jobs.list_vacancies(office.ctx) == []
    assert [r.status for r in jobs.list_vacancies(office.ctx, include_closed=True)] == ["closed"]
    assert _count(office, Vacancy) == 1


def test_matching_both_ways(office) -> None:  # type: ignore[no-untyped-def]
    siti = applicants.register_applicant(office.ctx, office.staff, SITI).value
    budi = applicants.register_applicant(office.ctx, office.staff, BUDI).value
    care = _verified(office)
    factory = _verified(office, replace(CAREGIVER, destination_country="Korea Selatan", position="Operator pabrik",
                                        exempt_job=None, sex="", min_age=18, max_age=39, min_education="sma",
                                        min_height_cm=160, scheme="g_to_g", programme="G to G Korea (EPS)",
                                        p3mi_licence="", salary_currency="KRW", salary_amount=2_000_000))
    jobs.create_vacancy(office.ctx, office.staff, replace(CAREGIVER, position="Belum diverifikasi"))  # never offered
    ranked = jobs.match_for_applicant(office.ctx, siti.id)
    assert [m.vacancy.id for m in ranked] == [care.id, factory.id]
    assert ranked[0].result.fits and {c.code for c in ranked[0].result.met} == {"age", "sex", "education"}
    assert [c.code for c in ranked[1].result.not_met] == ["education"]
    assert [c.code for c in ranked[1].result.unknown] == ["height"]
    tall = jobs.match_for_applicant(office.ctx, siti.id, height_cm=150)
    assert {c.code for c in tall[1].result.not_met} == {"education", "height"}
    # Budi is 46: too old for both
    assert not any(m.result.fits for m in jobs.match_for_applicant(office.ctx, budi.id))
    assert [c.applicant_id for c in jobs.applicants_for_vacancy(office.ctx, care.id)] == [siti.id]
    candidate = jobs.applicants_for_vacancy(office.ctx, care.id)[0]
    assert candidate.nik_masked.endswith("0001") and candidate.nik_masked.count("*") == 12 and candidate.age == 31


def test_counselling_with_referral_and_its_slip(office) -> None:  # type: ignore[no-untyped-def]
    siti = applicants.register_applicant(office.ctx, office.staff, SITI).value
    care = _verified(office)
    unverified = jobs.create_vacancy(office.ctx, office.staff, replace(CAREGIVER, p3mi_licence="")).value
    with pytest.raises(ValidationFailed) as info:
        jobs.record_counselling(office.ctx, office.staff, siti.id, interests="", advice=" ", next_step="",
                                referral_vacancy_id=care.id)
    assert set(info.value.fields) == {"advice", "next_step"}
    with pytest.raises(ValidationFailed) as info:
        jobs.record_counselling(office.ctx, office.staff, siti.id, interests="Taiwan", advice="Jalur resmi",
                                next_step="NAK-01", referral_vacancy_id=unverified.id)
    assert info.value.fields["referral_vacancy_id"].code == "vacancy_not_open"
    assert _count(office, CounsellingSession) == 0
    rec = jobs.record_counselling(office.ctx, office.staff, siti.id, interests="Perawatan lansia di Taiwan",
                                  advice="Ikuti jalur P to P lewat P3MI berizin.", next_step="Daftar NAK-01",
                                  vacancy_ids=(unverified.id,), referral_vacancy_id=care.id).value
    assert rec.number == "JKT01-BK-2026-00001" and rec.vacancy_ids == (unverified.id, care.id)
    assert [r.id for r in jobs.list_counselling(office.ctx, siti.id)] == [rec.id]
    doc = jobs.referral_slip_doc(office.ctx, rec.id, officer="Budi Petugas")
    assert doc.verified and doc.nik_masked.endswith("0001") and "KEP.123/P3MI/2024" in doc.accountable
    codes = [s.code for s in doc.route]
    assert codes[:2] == ["NAK-01", "KES-01"] and "BPM-02" in codes and "IMI-01" in codes
    # pengasuh lansia is fee-exempt: SKCK and the medical move to the employer, the worker pays nothing
    by_code = {f.service_code: f for f in doc.fees}
    assert by_code["POL-01"].payer == "employer" and by_code["POL-01"].exempt_moved
    assert doc.worker_total == 0 and doc.employer_total == sum(f.amount for f in doc.fees if f.payer == "employer")
    assert doc.employer_total > 0
    assert jobs.referral_slip_pdf(office.ctx, rec.id).startswith(b"%PDF")


def test_non_exempt_vacancy_slip_shows_what_the_worker_pays(office) -> None:  # type: ignore[no-untyped-def]
    budi = applicants.register_applicant(office.ctx, office.staff, replace(BUDI, first_time_cpmi=False)).value
    factory = _verified(office, replace(CAREGIVER, exempt_job=None, sex="", max_age=50, min_education="",
                                        position="Operator pabrik"))
    rec = jobs.record_counselling(office.ctx, office.staff, budi.id, interests="", advice="Jalur resmi",
                                  next_step="NAK-01", referral_vacancy_id=factory.id).value
    doc = jobs.referral_slip_doc(office.ctx, rec.id)
    codes = [s.code for s in doc.route]
    assert "IMI-02" in codes and "IMI-01" not in codes  # not a first placement: no zero-tariff passport
    by_code = {f.service_code: f for f in doc.fees}
    assert by_code["POL-01"].payer == "applicant" and by_code["IMI-02"].amount == 350_000
    assert doc.worker_total == sum(f.amount for f in doc.fees if f.payer == "applicant") >= 380_000


def test_session_without_referral_has_no_slip(office) -> None:  # type: ignore[no-untyped-def]
    siti = applicants.register_applicant(office.ctx, office.staff, SITI).value
    rec = jobs.record_counselling(office.ctx, office.staff, siti.id, interests="", advice="Belum siap berangkat",
                                  next_step="Kembali bulan depan").value
    with pytest.raises(InvalidState):
        jobs.referral_slip_doc(office.ctx, rec.id)
    assert rec.referral_vacancy_id is None and rec.vacancy_ids == ()


def test_vacancy_list_pdf_and_demo_seed(office) -> None:  # type: ignore[no-untyped-def]
    assert jobs.vacancy_list_pdf(office.ctx).startswith(b"%PDF")
    applicants.register_applicant(office.ctx, office.staff, SITI)
    jobs.seed_demo_data(office.ctx, office.admin)
    rows = jobs.list_vacancies(office.ctx)
    assert len(rows) == len(jobs._DEMO)
    unlicensed = [r for r in rows if r.problems == ("licence_missing",)]
    assert len(unlicensed) == 1 and not unlicensed[0].verified
    assert len(jobs.public_vacancies(office.ctx)) == len(rows) - 1
    assert _count(office, CounsellingSession) == 1
    jobs.seed_demo_data(office.ctx, office.admin)  # runs once
    assert len(jobs.list_vacancies(office.ctx)) == len(rows)


@pytest.mark.postgres
def test_vacancies_matching_and_counselling_on_postgresql(postgres_office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.services import auth
    from ltsa_desktop.services.office import open_context
    from tests.conftest import PASSWORD

    ctx = open_context(postgres_office.db, postgres_office.device_file, data_dir=tmp_path)
    admin = auth.sign_in(ctx, "admin", PASSWORD)
    today = jobs._today(ctx)
    data = replace(CAREGIVER, valid_from=today - timedelta(days=1), valid_until=today + timedelta(days=30),
                   min_age=None, max_age=None)
    siti = applicants.register_applicant(ctx, admin, SITI).value
    row = jobs.create_vacancy(ctx, admin, data).value
    row = jobs.verify_vacancy(ctx, admin, row.id, row.version).value
    with pytest.raises(StaleRecord):
        jobs.update_vacancy(ctx, admin, row.id, row.version - 1, replace(data, quota=2))
    assert [m.vacancy.id for m in jobs.match_for_applicant(ctx, siti.id)] == [row.id]
    assert [c.applicant_id for c in jobs.applicants_for_vacancy(ctx, row.id)] == [siti.id]
    rec = jobs.record_counselling(ctx, admin, siti.id, interests="", advice="Jalur resmi", next_step="NAK-01",
                                  referral_vacancy_id=row.id).value
    assert rec.number.endswith(f"-BK-{today.year}-00001")
    assert jobs.referral_slip_pdf(ctx, rec.id).startswith(b"%PDF")
